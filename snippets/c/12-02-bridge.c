/* C has no promises to bridge to. The nearest idea is a hand-made
 * "completion": a struct the callback fills in once, which the caller
 * reads only after checking that it is done. */
#include <stdio.h>

typedef void (*fetch_cb)(int err, const char *value, void *user_data);

struct pending {
    fetch_cb cb;
    int err;
    const char *value;
    void *user_data;
};
static struct pending queue[4];
static int queued = 0;

static void legacy_fetch(const char *key, fetch_cb cb, void *user_data) {
    int missing = key[0] == 'm';
    queue[queued++] = (struct pending){
        cb, missing ? 2 : 0, missing ? NULL : "value of config", user_data};
}

static void run_loop(void) {
    for (int i = 0; i < queued; i++)
        queue[i].cb(queue[i].err, queue[i].value, queue[i].user_data);
    queued = 0;
}

struct completion { /* a future by hand */
    int done;
    int err;
    const char *value;
};

static void settle(int err, const char *value, void *user_data) {
    struct completion *c = user_data;
    if (c->done)
        return; /* like a promise: only the first outcome counts */
    c->done = 1;
    c->err = err;
    c->value = value;
}

static void report(const char *key, const struct completion *c) {
    if (!c->done)
        printf("%s: still pending\n", key); /* nothing to read yet */
    else if (c->err)
        printf("%s: error %d\n", key, c->err);
    else
        printf("%s: %s\n", key, c->value);
}

int main(void) {
    struct completion config = {0, 0, NULL}, missing = {0, 0, NULL};
    legacy_fetch("config", settle, &config);
    legacy_fetch("missing", settle, &missing);
    printf("before the loop: done = %d, %d\n", config.done, missing.done);
    run_loop();
    report("config", &config);
    report("missing", &missing);
    return 0;
}
