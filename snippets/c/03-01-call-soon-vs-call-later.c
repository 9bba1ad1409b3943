/* No standard event loop in C: a tiny one with a virtual clock.
   call_soon = due now; call_later = due after `delay` virtual ticks.
   Callbacks due at the same time run in registration order (FIFO). */
#include <stddef.h>
#include <stdio.h>

typedef void (*callback)(void *arg);

struct timer {
    long when;         /* virtual time at which it is due */
    unsigned long seq; /* registration number: breaks ties, FIFO */
    callback fn;
    void *arg;
};

enum { MAX_TIMERS = 16 };
static struct timer timers[MAX_TIMERS];
static size_t count;
static unsigned long next_seq;
static long now; /* the virtual clock: it jumps, it never waits */

static void call_later(long delay, callback fn, void *arg) {
    if (count == MAX_TIMERS) {
        return; /* a real loop would report the error */
    }
    timers[count++] = (struct timer){now + delay, next_seq++, fn, arg};
}

static void call_soon(callback fn, void *arg) { call_later(0, fn, arg); }

static int earlier(const struct timer *a, const struct timer *b) {
    return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}

static void run_loop(void) {
    while (count > 0) {
        size_t best = 0; /* the earliest (when, seq) */
        for (size_t i = 1; i < count; i++) {
            if (earlier(&timers[i], &timers[best])) {
                best = i;
            }
        }
        struct timer t = timers[best];
        /* Remove it before calling: t.fn may add timers. */
        timers[best] = timers[--count];
        now = t.when;
        t.fn(t.arg);
    }
}

/* A future: a result that arrives later, and one done-callback. */
struct future {
    int result;
    callback done_callback;
};

static void set_result(struct future *f, int result) {
    f->result = result;
    call_soon(f->done_callback, f); /* queued, not called here */
}

static void say(void *arg) { printf("  t=%ld %s\n", now, (char *)arg); }

static void print_result(void *arg) {
    const struct future *f = arg;
    printf("  t=%ld done-callback: result %d\n", now, f->result);
}

static void finish_work(void *arg) { set_result(arg, 42); }

int main(void) {
    struct future future = {0, print_result};
    call_later(20, say, "call_later(20)");
    call_later(10, say, "call_later(10)");
    call_soon(say, "call_soon A");
    call_soon(say, "call_soon B");
    call_later(30, finish_work, &future); /* sets the result at t=30 */
    printf("main: all registered, none has run yet\n");
    run_loop();
    printf("main: loop finished at t=%ld\n", now);
    return 0;
}
