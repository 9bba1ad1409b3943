/* A POSIX timer with SIGEV_THREAD calls its function as if it were the
 * start routine of a new thread. timer_delete() before expiry cancels the
 * call. The callback is an ordinary thread, not a signal handler, so it
 * hands its result to main the way threads do: under a mutex, with a
 * condition variable to wake main up. */
// snipcheck: cflags = -pthread
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t fired_changed = PTHREAD_COND_INITIALIZER;
static int fired = 0; /* which timer fired; used only with lock held */

/* Runs on a thread that the C library starts for the timer. */
static void on_expire(union sigval value) {
    pthread_mutex_lock(&lock);
    fired = value.sival_int;
    pthread_cond_signal(&fired_changed);
    pthread_mutex_unlock(&lock);
}

static int start_timer(timer_t *timer, int id, long nanoseconds) {
    struct sigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = SIGEV_THREAD;
    ev.sigev_notify_function = on_expire;
    ev.sigev_value.sival_int = id;
    if (timer_create(CLOCK_MONOTONIC, &ev, timer) != 0)
        return -1;
    struct itimerspec when;
    memset(&when, 0, sizeof when);
    when.it_value.tv_sec = nanoseconds / 1000000000L;
    when.it_value.tv_nsec = nanoseconds % 1000000000L;
    return timer_settime(*timer, 0, &when, NULL);
}

int main(void) {
    timer_t slow, fast;
    if (start_timer(&slow, 1, 60L * 1000000000L) != 0) /* a minute */
        return 1;
    if (start_timer(&fast, 2, 10L * 1000000L) != 0) /* 10 ms */
        return 1;
    timer_delete(slow); /* cancelled before expiry: on_expire(1) never runs */

    pthread_mutex_lock(&lock);
    while (fired == 0) /* a loop: a wait can also end without a signal */
        pthread_cond_wait(&fired_changed, &lock);
    int which = fired;
    pthread_mutex_unlock(&lock);

    timer_delete(fast);
    printf("fired: timer %d\n", which);
    return 0;
}
