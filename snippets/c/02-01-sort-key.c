/* qsort calls the comparator many times, all before it returns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How often qsort called us; its exact value is up to the C library. */
static int calls;

static int by_length(const void *pa, const void *pb) {
    const char *a = *(const char *const *)pa;
    const char *b = *(const char *const *)pb;
    size_t la = strlen(a);
    size_t lb = strlen(b);
    calls++;
    if (la != lb) {
        return (la > lb) - (la < lb);
    }
    /* equal lengths: alphabetical, so the order is total */
    return strcmp(a, b);
}

int main(void) {
    const char *words[] = {"kiwi", "fig", "banana", "plum", "apple"};
    size_t n = sizeof words / sizeof words[0];

    printf("before qsort(): comparator called: %s\n",
           calls > 0 ? "yes" : "no");
    qsort(words, n, sizeof words[0], by_length);
    /* Print only whether it ran: the call count differs between C
       libraries. */
    printf("after qsort():  comparator called: %s\n",
           calls > 0 ? "yes" : "no");
    for (size_t i = 0; i < n; i++) {
        printf("%s%s", i ? " " : "", words[i]);
    }
    printf("\n");
    return 0;
}
