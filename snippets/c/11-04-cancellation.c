/* Cancellation in C: registering returns a handle; cancelling marks the entry, and the loop skips
 * marked entries. Each timer completes at most once: it is marked FIRED before its callback runs,
 * and a cancel that comes too late reports that it changed nothing. A virtual clock makes
 * "later" instant and deterministic. */
#include <stdio.h>

typedef void (*timer_cb)(void *user_data);

enum state { PENDING, FIRED, CANCELLED };
struct timer { long due; timer_cb cb; void *user_data; enum state state; };
static struct timer timers[8];
static int ntimers = 0;
static long now = 0; /* the virtual clock, in ms */

static int set_timeout(long due, timer_cb cb, void *user_data) {
    timers[ntimers] = (struct timer){due, cb, user_data, PENDING};
    return ntimers++; /* the handle is the slot index */
}

/* Returns 1 if this call cancelled the timer, 0 if it had already fired or been cancelled. */
static int clear_timeout(int handle) {
    if (timers[handle].state != PENDING)
        return 0;
    timers[handle].state = CANCELLED;
    return 1;
}

static void run(long until) { /* fire due timers in time order, FIFO on ties */
    for (now = 0; now <= until; now++)
        for (int i = 0; i < ntimers; i++)
            if (timers[i].due == now && timers[i].state == PENDING) {
                timers[i].state = FIRED; /* before the call: nothing can fire it twice */
                timers[i].cb(timers[i].user_data);
            }
}

static void say(void *user_data) { printf("t=%ld: %s\n", now, (const char *)user_data); }

static void cancel_other(void *user_data) {
    int cancelled = clear_timeout(*(int *)user_data);
    printf("t=%ld: cancelling the 30 ms timer: clear_timeout = %d\n", now, cancelled);
}

int main(void) {
    int late = set_timeout(30, say, "late timer (never printed)");
    int dropped = set_timeout(10, say, "dropped (never printed)");
    int kept = set_timeout(10, say, "kept timer");
    set_timeout(20, cancel_other, &late);

    int cancelled = clear_timeout(dropped);
    printf("cancel before start : clear_timeout = %d\n", cancelled);
    run(100);
    cancelled = clear_timeout(kept);
    printf("cancel after success: clear_timeout = %d (it fired once and stays fired)\n",
           cancelled);
    return 0;
}
