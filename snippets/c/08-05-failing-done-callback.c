/* No exceptions in C: a completion callback can only fail by returning
 * an error code. This dispatcher makes the same choice as Python's
 * futures: report it and go on. */
#include <stdio.h>

typedef int (*done_fn)(int result); /* 0 = fine */

static int broken(int result) {
    (void)result;
    puts("  broken callback: cannot handle this");
    return -1;
}

static int fine(int result) {
    printf("  fine callback: result is %d\n", result);
    return 0;
}

static void set_result(int result, const done_fn *callbacks, int n) {
    for (int i = 0; i < n; i++) {
        int rc = callbacks[i](result);
        if (rc != 0)
            fprintf(stderr, "callback %d failed with %d; ignored\n", i, rc);
    }
}

int main(void) {
    const done_fn callbacks[] = {broken, fine};
    set_result(42, callbacks, 2);
    puts("set_result returned normally");
    return 0;
}
