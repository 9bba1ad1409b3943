/* No standard event loop in C: a tiny one with a ready queue and a virtual clock.
   call_soon = due now; call_later = due after `delay` virtual ticks.
   Callbacks due at the same time run in registration order (FIFO on ties). */
#include <stddef.h>
#include <stdio.h>

typedef void (*callback)(const char *label);

struct timer {
    long when;          /* virtual time at which it is due */
    unsigned long seq;  /* registration number: breaks ties, first come first served */
    callback fn;
    const char *label;
};

enum { MAX_TIMERS = 16 };
static struct timer timers[MAX_TIMERS];
static size_t count;
static unsigned long next_seq;
static long now; /* the virtual clock: it jumps, it never waits */

static void call_later(long delay, callback fn, const char *label) {
    if (count == MAX_TIMERS) {
        return; /* a real loop would report the error */
    }
    timers[count++] = (struct timer){now + delay, next_seq++, fn, label};
}

static void call_soon(callback fn, const char *label) { call_later(0, fn, label); }

static void run_loop(void) {
    while (count > 0) {
        size_t best = 0; /* earliest (when, seq) */
        for (size_t i = 1; i < count; i++) {
            if (timers[i].when < timers[best].when ||
                (timers[i].when == timers[best].when && timers[i].seq < timers[best].seq)) {
                best = i;
            }
        }
        struct timer t = timers[best];
        timers[best] = timers[--count]; /* remove before calling: t.fn may add timers */
        now = t.when;
        t.fn(t.label);
    }
}

static void say(const char *label) { printf("  t=%ld %s\n", now, label); }

int main(void) {
    call_later(20, say, "call_later(20)");
    call_later(10, say, "call_later(10)");
    call_soon(say, "call_soon A");
    call_soon(say, "call_soon B");
    printf("main: all registered, none has run yet\n");
    run_loop();
    printf("main: loop finished at t=%ld\n", now);
    return 0;
}
