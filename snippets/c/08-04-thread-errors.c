// snipcheck: cflags = -pthread
/* C threads have no exceptions to lose. The thread function's return
 * value is its report, and pthread_join() is how the caller collects
 * it. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

/* The thread returns a pointer to one of these static objects, so its
 * report outlives the thread. */
static int status_ok = 0, status_invalid = EINVAL;

static void *parse(void *arg) {
    const char *text = arg;
    char *end;
    strtol(text, &end, 10);
    /* No printing from this thread: its report is its return value. */
    return (end == text || *end != '\0') ? &status_invalid : &status_ok;
}

int main(void) {
    const char *inputs[] = {"42", "n/a"};
    pthread_t threads[2];
    for (int i = 0; i < 2; i++) {
        void *arg = (void *)inputs[i];
        if (pthread_create(&threads[i], NULL, parse, arg) != 0) return 1;
    }
    for (int i = 0; i < 2; i++) {
        void *report;
        if (pthread_join(threads[i], &report) != 0) return 1;
        int status = *(int *)report;
        printf("thread for \"%s\" returned %s\n", inputs[i],
               status == 0 ? "0 (ok)" : "EINVAL");
    }
    return 0;
}
