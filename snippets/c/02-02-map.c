/* Two hand-written higher-order functions: map_ints calls f on each
   element, filter_ints asks a predicate which elements to keep. */
#include <stddef.h>
#include <stdio.h>

typedef int (*int_fn)(int);

/* The contract: f is called exactly once per element, index 0 first,
   before map_ints returns. */
static void map_ints(const int *in, int *out, size_t n, int_fn f) {
    for (size_t i = 0; i < n; i++) {
        out[i] = f(in[i]);
    }
}

/* The contract: keep is called exactly once per element, index 0
   first, before filter_ints returns; the elements for which it returns
   non-zero are copied to out, in order. Returns how many were kept. */
static size_t filter_ints(const int *in, int *out, size_t n, int_fn keep) {
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (keep(in[i])) {
            out[kept++] = in[i];
        }
    }
    return kept;
}

static int square(int n) {
    printf("  square(%d)\n", n);
    return n * n;
}

static int is_even(int n) {
    printf("  is_even(%d)\n", n);
    return n % 2 == 0;
}

int main(void) {
    int in[] = {1, 2, 3};
    int out[3];

    printf("before map_ints()\n");
    map_ints(in, out, 3, square);
    printf("after map_ints(): %d %d %d\n", out[0], out[1], out[2]);

    int numbers[] = {1, 2, 3, 4};
    int evens[4];

    printf("before filter_ints()\n");
    size_t kept = filter_ints(numbers, evens, 4, is_even);
    printf("after filter_ints():");
    for (size_t i = 0; i < kept; i++) {
        printf(" %d", evens[i]);
    }
    printf("\n");
    return 0;
}
