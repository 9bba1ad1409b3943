/* pthread_once(&once, init) calls init exactly once, however many threads
 * ask, and every caller returns only after init has finished. */
// snipcheck: cflags = -pthread
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int init_calls = 0; /* written only inside init */
static int table[4];

static void init(void) { /* the callback: no arguments, no result */
    init_calls++;
    for (int i = 0; i < 4; i++)
        table[i] = i * i;
}

static void *worker(void *arg) {
    int *out = arg;
    pthread_once(&once, init); /* after this, table is ready */
    *out = table[3];
    return NULL;
}

int main(void) {
    pthread_t threads[4];
    int seen[4] = {0};
    for (int i = 0; i < 4; i++)
        if (pthread_create(&threads[i], NULL, worker, &seen[i]) != 0)
            return 1;
    for (int i = 0; i < 4; i++)
        pthread_join(threads[i], NULL);
    printf("4 threads asked, init ran %d time(s)\n", init_calls);
    printf("every thread saw table[3] = %d %d %d %d\n", seen[0], seen[1],
           seen[2], seen[3]);
    return 0;
}
