/* PrintTwoNumbers does not know where its numbers come from:
   the caller passes the source. */
#include <stdint.h>
#include <stdio.h>

/* A home-made xorshift32 generator with a fixed seed: the same numbers
   with every C library, unlike rand(), whose sequence differs between
   glibc and musl. */
static uint32_t state = 2463534242u;

static int xorshift_source(void) {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return (int)(state % 1000u);
}

static int constant_source(void) { return 42; }

static void PrintTwoNumbers(int (*number_source)(void)) {
    /* two statements: the order of the two calls is then fixed */
    int first = number_source();
    int second = number_source();
    printf("%d and %d\n", first, second);
}

int main(void) {
    PrintTwoNumbers(xorshift_source);
    PrintTwoNumbers(xorshift_source);
    PrintTwoNumbers(constant_source);
    return 0;
}
