/* A classic double call in C: the error branch calls back but forgets to
 * return, so the success call runs too. The fix is the return; a `done`
 * flag in the context catches any such slip. */
#include <stdio.h>

typedef void (*result_cb)(int err, int value, void *user_data);

static void parse_buggy(const char *text, result_cb cb, void *user_data) {
    if (text == NULL)
        cb(-1, 0, user_data); /* missing return: execution falls through */
    cb(0, 42, user_data);
}

static void parse_fixed(const char *text, result_cb cb, void *user_data) {
    if (text == NULL) {
        cb(-1, 0, user_data);
        return;
    }
    cb(0, 42, user_data);
}

struct context {
    int done; /* the exactly-once guard travels with the user data */
    int calls;
};

static void on_result(int err, int value, void *user_data) {
    struct context *ctx = user_data;
    ctx->calls++;
    if (ctx->done) {
        printf("  guard: call %d ignored (err=%d, value=%d)\n", ctx->calls,
               err, value);
        return;
    }
    ctx->done = 1;
    printf("  call %d: err=%d, value=%d\n", ctx->calls, err, value);
}

int main(void) {
    struct context buggy = {0, 0}, fixed = {0, 0};
    printf("parse_buggy(NULL):\n");
    parse_buggy(NULL, on_result, &buggy);
    printf("parse_fixed(NULL):\n");
    parse_fixed(NULL, on_result, &fixed);
    printf("callback entered %d time(s) vs %d time(s)\n", buggy.calls,
           fixed.calls);
    return 0;
}
