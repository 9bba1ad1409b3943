/* A hand-written higher-order function: map_ints calls f on each element, in order. */
#include <stddef.h>
#include <stdio.h>

typedef int (*int_fn)(int);

/* The contract: f is called exactly once per element, index 0 first, before map_ints returns. */
static void map_ints(const int *in, int *out, size_t n, int_fn f) {
    for (size_t i = 0; i < n; i++) {
        out[i] = f(in[i]);
    }
}

static int square(int n) {
    printf("  square(%d)\n", n);
    return n * n;
}

int main(void) {
    int in[] = {1, 2, 3};
    int out[3];

    printf("before map_ints()\n");
    map_ints(in, out, 3, square);
    printf("after map_ints(): %d %d %d\n", out[0], out[1], out[2]);
    return 0;
}
