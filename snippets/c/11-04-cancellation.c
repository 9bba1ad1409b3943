/* Cancellation in C: registering returns a handle; cancelling marks the
 * entry, and the loop skips marked entries. Each timer ends exactly once:
 * it fires once (marked FIRED before its callback runs) or it is
 * cancelled, and a cancel that comes too late reports that it changed
 * nothing. A virtual clock makes "later" instant and deterministic. */
#include <stdio.h>

typedef void (*timer_cb)(void *user_data);

enum state { PENDING, FIRED, CANCELLED };
struct timer {
    long due;
    timer_cb cb;
    void *user_data;
    enum state state;
};
static struct timer timers[8];
static int ntimers = 0;
static long now = 0; /* the virtual clock, in ms */

/* Due `delay` ms after the current virtual time, even when called from
 * inside a callback: a new timer is never due in the past. */
static int set_timeout(long delay, timer_cb cb, void *user_data) {
    if (ntimers == (int)(sizeof timers / sizeof timers[0]) || delay < 0)
        return -1;
    timers[ntimers] = (struct timer){now + delay, cb, user_data, PENDING};
    return ntimers++; /* the handle is the slot index */
}

/* 1 if this call cancelled the timer, 0 if it had already ended. */
static int clear_timeout(int handle) {
    if (handle < 0 || handle >= ntimers || timers[handle].state != PENDING)
        return 0;
    timers[handle].state = CANCELLED;
    return 1;
}

/* Until no timer is pending: fire the earliest due timer, the one
 * registered first on ties (this loop's rule). Timers registered by a
 * callback join the same search, so every timer is reached. */
static void run(void) {
    for (;;) {
        int next = -1;
        for (int i = 0; i < ntimers; i++)
            if (timers[i].state == PENDING &&
                (next < 0 || timers[i].due < timers[next].due))
                next = i;
        if (next < 0)
            return;
        now = timers[next].due;
        timers[next].state = FIRED; /* before the call: never twice */
        timers[next].cb(timers[next].user_data);
    }
}

static void say(void *user_data) {
    printf("t=%ld: %s\n", now, (const char *)user_data);
}

static void cancel_and_follow_up(void *user_data) {
    int cancelled = clear_timeout(*(int *)user_data);
    printf("t=%ld: cancelling the 30 ms timer: clear_timeout = %d\n", now,
           cancelled);
    set_timeout(0, say, "0 ms timer registered by the t=20 callback");
}

int main(void) {
    int late = set_timeout(30, say, "late timer (never printed)");
    int dropped = set_timeout(10, say, "dropped (never printed)");
    int kept = set_timeout(10, say, "kept timer");
    set_timeout(20, cancel_and_follow_up, &late);

    int cancelled = clear_timeout(dropped);
    printf("cancel before start : clear_timeout = %d\n", cancelled);
    run();
    cancelled = clear_timeout(kept);
    printf("cancel after success: clear_timeout = %d (it fired once and "
           "stays fired)\n",
           cancelled);
    return 0;
}
