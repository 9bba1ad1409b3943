/* C has no futures. The nearest idea: the thread calls a completion callback when it finishes,
 * on its own thread, with the user data it was given. */
// snipcheck: cflags = -pthread
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>

typedef void (*done_fn)(int result, void *user_data);

struct task {
    int a, b;
    done_fn on_done;
    void *user_data;
};

static void *run_task(void *arg) {
    struct task *task = arg;
    task->on_done(task->a * task->b, task->user_data); /* called on the worker thread */
    return NULL;
}

struct report {
    pthread_t main_thread;
    int result;
    int on_main; /* recorded here, printed later by main */
};

static void store(int result, void *user_data) {
    struct report *report = user_data;
    report->result = result;
    report->on_main = pthread_equal(pthread_self(), report->main_thread);
}

int main(void) {
    struct report report = {pthread_self(), 0, 0};
    struct task task = {6, 7, store, &report};
    pthread_t worker;
    if (pthread_create(&worker, NULL, run_task, &task) != 0)
        return 1;
    pthread_join(worker, NULL);
    printf("callback got %d in the %s thread\n", report.result, report.on_main ? "main" : "worker");
    return 0;
}
