/* Cancellation in C: registering returns a handle; cancelling marks it, and the loop skips
 * marked entries. A virtual clock makes "later" instant and deterministic. */
#include <stdio.h>

typedef void (*timer_cb)(void *user_data);

struct timer { long due; timer_cb cb; void *user_data; int cancelled; };
static struct timer timers[8];
static int ntimers = 0;

static int set_timeout(long due, timer_cb cb, void *user_data) {
    timers[ntimers] = (struct timer){due, cb, user_data, 0};
    return ntimers++; /* the handle is the slot index */
}

static void clear_timeout(int handle) { timers[handle].cancelled = 1; }

static void run(long until) { /* fire due timers in time order, FIFO on ties */
    for (long now = 0; now <= until; now++)
        for (int i = 0; i < ntimers; i++)
            if (timers[i].due == now && !timers[i].cancelled)
                timers[i].cb(timers[i].user_data);
}

static void say(void *user_data) { printf("t: %s\n", (const char *)user_data); }

static void cancel_other(void *user_data) {
    printf("t: cancelling the 30 ms timer from inside a callback\n");
    clear_timeout(*(int *)user_data);
}

int main(void) {
    int late = set_timeout(30, say, "late timer (never printed)");
    int dropped = set_timeout(10, say, "dropped (never printed)");
    set_timeout(10, say, "kept timer at 10 ms");
    set_timeout(20, cancel_other, &late);
    clear_timeout(dropped);
    run(100);
    printf("loop finished\n");
    return 0;
}
