/* The callee decides when, how often and with which argument it calls. */
#include <stdio.h>

static void my_callback(int n) {
    printf("function my_callback was called with %d\n", n);
}

static void count_to_five(void (*callback)(int)) {
    for (int i = 0; i < 5; i++) {
        callback(i);
    }
}

int main(void) {
    count_to_five(my_callback);
    return 0;
}
