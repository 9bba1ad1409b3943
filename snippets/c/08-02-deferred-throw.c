/* C has no exceptions. The nearest picture: a deferred task fails long
 * after the code that queued it has returned, so its error code can only
 * go to whoever runs the task: the loop, which hands it to a loop-wide
 * error handler. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

/* 0 on success, an error code otherwise */
typedef int (*task_fn)(const char *arg);

struct loop {
    task_fn tasks[4];
    const char *args[4];
    int len;
    void (*on_error)(int code, const char *arg);
};

/* Returns 0 if queued: that is all it can know, since the task has not
 * run yet. */
static int call_soon(struct loop *l, task_fn fn, const char *arg) {
    if (l->len == 4) return -1;
    l->tasks[l->len] = fn;
    l->args[l->len] = arg;
    l->len++;
    return 0;
}

static void run(struct loop *l) {
    for (int i = 0; i < l->len; i++) {
        int rc = l->tasks[i](l->args[i]);
        if (rc != 0 && l->on_error != NULL) l->on_error(rc, l->args[i]);
    }
    l->len = 0;
}

static int parse_later(const char *text) {
    printf("  task running: parse \"%s\"\n", text);
    char *end;
    strtol(text, &end, 10);
    return (end == text || *end != '\0') ? EINVAL : 0;
}

static void loop_handler(int code, const char *arg) {
    printf("loop error handler: task for \"%s\" failed with %s\n", arg,
           code == EINVAL ? "EINVAL" : "another error");
}

int main(void) {
    struct loop l = {.on_error = loop_handler};
    int rc = call_soon(&l, parse_later, "n/a");
    printf("call_soon returned %d: queued, nothing has failed yet\n", rc);
    run(&l);
    puts("main goes on");
    return 0;
}
