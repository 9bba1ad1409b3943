/* C has no futures, so this one is made by hand, with the rule CPython's
 * concurrent.futures follows: on_done() on a pending future stores the
 * callback for the thread that completes the future; on a future that is
 * already done, on_done() calls it at once, on the caller's thread. */
// snipcheck: cflags = -pthread
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>

typedef void (*done_fn)(int result, void *user_data);

struct future {
    pthread_mutex_t lock; /* guards every field below */
    int done, result;
    done_fn callback; /* one callback is enough for this example */
    void *user_data;
};

/* Called by the thread that completes the future. */
static void set_result(struct future *f, int result) {
    pthread_mutex_lock(&f->lock);
    f->result = result;
    f->done = 1;
    done_fn callback = f->callback;
    void *user_data = f->user_data;
    pthread_mutex_unlock(&f->lock);
    if (callback != NULL)
        callback(result, user_data); /* on this thread, lock released */
}

static void on_done(struct future *f, done_fn callback, void *user_data) {
    pthread_mutex_lock(&f->lock);
    int done = f->done, result = f->result;
    if (!done) { /* pending: set_result() will call it */
        f->callback = callback;
        f->user_data = user_data;
    }
    pthread_mutex_unlock(&f->lock);
    if (done)
        callback(result, user_data); /* done: call it now, here */
}

/* The log. A worker adds its line while main waits in pthread_join, and
 * the join makes that line visible to main. */
static char lines[4][64];
static int n_lines;
static pthread_t main_thread;

static void note(const char *text) {
    snprintf(lines[n_lines++], sizeof lines[0], "%s", text);
}

static void record(int result, void *label) { /* the callback */
    int on_main = pthread_equal(pthread_self(), main_thread);
    snprintf(lines[n_lines++], sizeof lines[0],
             "%s: callback got %d in the %s thread", (char *)label, result,
             on_main ? "main" : "worker");
}

struct job {
    struct future *future;
    int a, b;
};

static void *work(void *arg) {
    struct job *job = arg;
    set_result(job->future, job->a * job->b);
    return NULL;
}

/* Run one job on a new thread and wait until that thread has ended. */
static int run_on_worker(struct future *f, int a, int b) {
    struct job job = {f, a, b};
    pthread_t worker;
    if (pthread_create(&worker, NULL, work, &job) != 0)
        return -1;
    return pthread_join(worker, NULL);
}

int main(void) {
    main_thread = pthread_self();

    /* Pending: the worker that completes it starts after we register. */
    static struct future pending = {.lock = PTHREAD_MUTEX_INITIALIZER};
    on_done(&pending, record, "pending");
    note("pending: on_done() returned");
    if (run_on_worker(&pending, 6, 7) != 0)
        return 1;

    /* Already done: on_done() calls back before it returns. */
    static struct future done = {.lock = PTHREAD_MUTEX_INITIALIZER};
    if (run_on_worker(&done, 2, 2) != 0)
        return 1;
    on_done(&done, record, "done");
    note("done: on_done() returned");

    for (int i = 0; i < n_lines; i++)
        puts(lines[i]);
    return 0;
}
