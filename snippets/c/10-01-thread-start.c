/* pthread_create(&t, NULL, start, arg) calls start(arg) back on a new
 * thread; the workers compute, and only main prints. */
// snipcheck: cflags = -pthread
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>

struct job {
    long from, to; /* input */
    long total;    /* output, written only by this job's thread */
};

/* The start routine. pthreads fixes its type, void *(*)(void *), so the
 * job's data travels as the void * argument. */
static void *sum_range(void *arg) {
    struct job *job = arg;
    job->total = 0;
    for (long n = job->from; n <= job->to; n++)
        job->total += n;
    return NULL; /* no printing here: only main prints */
}

int main(void) {
    struct job jobs[] = {{1, 5000, 0}, {5001, 10000, 0}};
    enum { N = sizeof jobs / sizeof jobs[0] };
    pthread_t threads[N];
    for (int i = 0; i < N; i++) {
        if (pthread_create(&threads[i], NULL, sum_range, &jobs[i]) != 0) {
            fprintf(stderr, "pthread_create failed\n");
            return 1;
        }
    }
    /* pthread_join waits for the thread and makes its writes visible. */
    for (int i = 0; i < N; i++)
        pthread_join(threads[i], NULL);
    for (int i = 0; i < N; i++)
        printf("sum(%ld..%ld) = %ld\n", jobs[i].from, jobs[i].to,
               jobs[i].total);
    return 0;
}
