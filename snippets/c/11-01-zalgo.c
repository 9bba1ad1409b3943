/* No standard event loop in C, but any loop-based C library faces the
 * same choice. A tiny run queue: the sometimes-sync lookup calls back at
 * once on a cache hit; the fixed one always queues the call, so the
 * caller's next line always runs first. */
#include <stdio.h>
#include <string.h>

typedef void (*lookup_cb)(const char *value, void *user_data);

struct call { lookup_cb cb; const char *value; void *user_data; };
static struct call queue[8];
static int queued = 0;

static void defer(lookup_cb cb, const char *value, void *user_data) {
    queue[queued].cb = cb;
    queue[queued].value = value;
    queue[queued].user_data = user_data;
    queued++;
}

static void run_queue(void) { /* the "event loop": one pass */
    for (int i = 0; i < queued; i++)
        queue[i].cb(queue[i].value, queue[i].user_data);
    queued = 0;
}

static int cached = 0;

static void lookup_sometimes_sync(lookup_cb cb, void *user_data) {
    if (cached)
        cb("ada", user_data); /* hit: called before lookup returns */
    else {
        cached = 1;
        defer(cb, "ada", user_data); /* miss: called later, like real I/O */
    }
}

static void lookup_always_async(lookup_cb cb, void *user_data) {
    cached = 1;
    defer(cb, "ada", user_data); /* hit or miss: always later */
}

static void report(const char *value, void *user_data) {
    const int *returned = user_data;
    printf("  callback(%s) ran %s lookup returned\n", value,
           *returned ? "after" : "BEFORE");
}

static void demo(const char *label, void (*lookup)(lookup_cb, void *)) {
    int returned = 0;
    printf("%s\n", label);
    lookup(report, &returned);
    returned = 1;
    run_queue();
}

int main(void) {
    cached = 0;
    demo("sometimes-sync, miss:", lookup_sometimes_sync);
    demo("sometimes-sync, hit:", lookup_sometimes_sync);
    cached = 0;
    demo("always-async, miss:", lookup_always_async);
    demo("always-async, hit:", lookup_always_async);
    return 0;
}
