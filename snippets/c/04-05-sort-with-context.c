/* qsort's comparator gets no context. glibc's qsort_r passes a third
   `void *` argument. It is not ISO C, and glibc declares it only with
   _GNU_SOURCE. POSIX.1-2024 adopted this form; macOS and FreeBSD before
   14 have a qsort_r with the context in other positions. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct priority {
    const char *name;
    int rank;
};

struct context {
    const struct priority *table;
    size_t size;
};

static int rank_of(const struct context *ctx, const char *name) {
    for (size_t i = 0; i < ctx->size; i++) {
        if (strcmp(ctx->table[i].name, name) == 0) {
            return ctx->table[i].rank;
        }
    }
    return 1000; /* unknown names go last */
}

static int by_priority(const void *pa, const void *pb, void *user_data) {
    const struct context *ctx = user_data;
    int a = rank_of(ctx, *(const char *const *)pa);
    int b = rank_of(ctx, *(const char *const *)pb);
    return (a > b) - (a < b);
}

static void sort_and_print(const char **tasks, size_t n,
                           const struct context *ctx) {
    qsort_r(tasks, n, sizeof tasks[0], by_priority, (void *)ctx);
    for (size_t i = 0; i < n; i++) {
        printf("%s%s", i ? " " : "", tasks[i]);
    }
    printf("\n");
}

int main(void) {
    static const struct priority release[] = {
        {"lint", 0}, {"build", 1}, {"test", 2}, {"deploy", 3}};
    static const struct priority hotfix[] = {
        {"build", 0}, {"deploy", 1}, {"test", 2}, {"lint", 3}};
    const char *tasks[] = {"deploy", "lint", "test", "build"};
    struct context ctx_release = {release, 4};
    struct context ctx_hotfix = {hotfix, 4};

    sort_and_print(tasks, 4, &ctx_release);
    sort_and_print(tasks, 4, &ctx_hotfix);
    return 0;
}
