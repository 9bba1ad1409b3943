/* POSIX timers with SIGEV_THREAD call a function on a new thread when they expire.
 * timer_delete() before expiry cancels the call. */
// snipcheck: cflags = -pthread
#define _POSIX_C_SOURCE 200809L
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static sem_t fired; /* sem_post is async-signal-safe and thread-safe: the callback only posts */
static volatile sig_atomic_t which = 0;

static void on_expire(union sigval value) {
    which = value.sival_int;
    sem_post(&fired);
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
    sem_init(&fired, 0, 0);
    timer_t slow, fast;
    if (start_timer(&slow, 1, 60L * 1000000000L) != 0) /* a minute */
        return 1;
    if (start_timer(&fast, 2, 10L * 1000000L) != 0) /* 10 ms */
        return 1;
    timer_delete(slow); /* cancelled before expiry: on_expire(1) never runs */

    sem_wait(&fired); /* wait for the fast timer's callback */
    timer_delete(fast);
    printf("fired: timer %d\n", (int)which);
    sem_destroy(&fired);
    return 0;
}
