/* atexit() handlers run when main returns (or exit() is called),
 * last registered first. */
#include <stdio.h>
#include <stdlib.h>

static void first(void) { printf("exit handler A (registered first)\n"); }
static void second(void) { printf("exit handler B\n"); }
static void third(void) { printf("exit handler C (registered last)\n"); }

int main(void) {
    /* Separate statements: each registration is checked, in a fixed order. */
    if (atexit(first) != 0)
        return 1;
    if (atexit(second) != 0)
        return 1;
    if (atexit(third) != 0)
        return 1;
    printf("main: returning\n");
    return 0;
}
