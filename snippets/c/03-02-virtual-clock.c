/* A virtual-clock timer loop whose callbacks reschedule themselves.
   Each timer carries user data; ties run in registration order (FIFO). */
#include <stddef.h>
#include <stdio.h>

typedef void (*callback)(void *data);

struct timer {
    long when;
    unsigned long seq;
    callback fn;
    void *data;
};

enum { MAX_TIMERS = 16 };
static struct timer timers[MAX_TIMERS];
static size_t count;
static unsigned long next_seq;
static long now;

static int call_later(long delay, callback fn, void *data) {
    if (count == MAX_TIMERS) {
        return -1;
    }
    timers[count++] = (struct timer){now + delay, next_seq++, fn, data};
    return 0;
}

static int earlier(const struct timer *a, const struct timer *b) {
    return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}

static void run_loop(void) {
    while (count > 0) {
        size_t best = 0;
        for (size_t i = 1; i < count; i++) {
            if (earlier(&timers[i], &timers[best])) {
                best = i;
            }
        }
        struct timer t = timers[best];
        timers[best] = timers[--count];
        now = t.when; /* jump: no sleeping, so the run is instant */
        t.fn(t.data);
    }
}

static void say(void *data) { printf("t=%ld %s\n", now, (const char *)data); }

static void tick(void *data) {
    int *remaining = data;
    printf("t=%ld tick, %d left\n", now, *remaining);
    if (--*remaining > 0) {
        call_later(4, tick, remaining);
    }
}

int main(void) {
    int ticks = 3;
    call_later(10, say, "ten, registered first");
    call_later(10, say, "ten, registered second");
    call_later(3, tick, &ticks);
    printf("all registered at t=0; run_loop() starts the clock\n");
    run_loop();
    printf("queue empty at t=%ld\n", now);
    return 0;
}
