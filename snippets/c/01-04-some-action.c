/* One higher-order function, several behaviours:
   the function pointer is the part that varies. */
#include <stdio.h>

/* A name for "pointer to a function of two ints returning an int". */
typedef int (*binary_op)(int, int);

static int some_action(int x, int y, binary_op some_callback) {
    return some_callback(x, y);
}

static int calc_product(int x, int y) { return x * y; }
static int calc_sum(int x, int y) { return x + y; }
/* C has no lambdas: the third behaviour needs a name too. */
static int calc_difference(int x, int y) { return x - y; }

int main(void) {
    printf("product: %d\n", some_action(5, 15, calc_product));
    printf("sum: %d\n", some_action(5, 15, calc_sum));
    printf("difference: %d\n", some_action(5, 15, calc_difference));
    return 0;
}
