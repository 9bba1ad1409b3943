/* A comparator must define a total order and must not overflow:
   never `return a - b;`. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

/* (a > b) - (a < b) is -1, 0 or 1 and cannot overflow. */
static int compare_ints(const void *pa, const void *pb) {
    int a = *(const int *)pa;
    int b = *(const int *)pb;
    return (a > b) - (a < b);
}

int main(void) {
    int v[] = {3, INT_MIN, INT_MAX, 0, -1};
    size_t n = sizeof v / sizeof v[0];

    qsort(v, n, sizeof v[0], compare_ints);
    for (size_t i = 0; i < n; i++) {
        printf("%d\n", v[i]);
    }

    /* Why `a - b` is wrong: the true difference does not fit in an int.
       Computed here in long long, where it is well defined. */
    long long diff = (long long)INT_MAX - (long long)INT_MIN;
    printf("INT_MAX - INT_MIN needs %lld, but INT_MAX is %d\n",
           diff, INT_MAX);
    return 0;
}
