/* C has no microtasks. This sketch builds, by hand, the rule that browsers
   (the HTML event loop) and Node follow: two FIFO queues, and the microtask
   queue is drained completely after every macrotask (and after the main
   program). */
#include <stddef.h>
#include <stdio.h>

typedef void (*task_fn)(const char *label);

struct task {
    task_fn fn;
    const char *label;
};

struct queue {
    struct task items[16];
    size_t head, tail;
};

static struct queue macrotasks, microtasks;

static void push(struct queue *q, task_fn fn, const char *label) {
    if (q->tail < sizeof q->items / sizeof q->items[0]) {
        q->items[q->tail++] = (struct task){fn, label};
    }
}

static int pop(struct queue *q, struct task *out) {
    if (q->head == q->tail) {
        return 0;
    }
    *out = q->items[q->head++];
    return 1;
}

static void drain_microtasks(void) {
    struct task t;
    while (pop(&microtasks, &t)) { /* those queued meanwhile run too */
        t.fn(t.label);
    }
}

static void run_loop(void) {
    struct task t;
    drain_microtasks();
    while (pop(&macrotasks, &t)) {
        t.fn(t.label);
        drain_microtasks();
    }
}

static void say(const char *label) { printf("%s\n", label); }

static void micro_that_queues(const char *label) {
    say(label);
    push(&microtasks, say, "microtask queued by a microtask");
}

int main(void) {
    say("sync: start");
    push(&macrotasks, say, "macrotask (like setTimeout 0)");
    push(&microtasks, micro_that_queues, "microtask (like promise.then)");
    push(&microtasks, say, "second microtask");
    say("sync: end");
    run_loop();
    return 0;
}
