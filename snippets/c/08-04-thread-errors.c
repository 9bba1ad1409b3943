// snipcheck: cflags = -pthread
/* C threads have no exceptions to lose. The thread function's return value is its report,
 * and pthread_join() is how the caller collects it. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static void *parse(void *arg) {
    const char *text = arg;
    char *end;
    strtol(text, &end, 10);
    /* Return a small status code cast to a pointer; no printing from this thread. */
    return (void *)(intptr_t)((end == text || *end != '\0') ? 22 : 0);
}

int main(void) {
    const char *inputs[] = {"42", "n/a"};
    pthread_t threads[2];
    for (int i = 0; i < 2; i++) {
        if (pthread_create(&threads[i], NULL, parse, (void *)inputs[i]) != 0) return 1;
    }
    for (int i = 0; i < 2; i++) {
        void *status;
        pthread_join(threads[i], &status);
        printf("thread for \"%s\" returned status %d\n", inputs[i], (int)(intptr_t)status);
    }
    return 0;
}
