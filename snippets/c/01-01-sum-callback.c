/* The seed example in C: main_with passes 1 and 2
   to whatever function it is given. */
#include <stdio.h>

static void callback_func(int a, int b) { printf("Sum = %d\n", a + b); }

/* The parameter is a pointer to a function
   taking two ints and returning nothing. */
static void main_with(void (*callback)(int, int)) { callback(1, 2); }

int main(void) {
    /* used as a value, the function's name converts to a pointer to it */
    main_with(callback_func);
    return 0;
}
