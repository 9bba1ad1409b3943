/* C has no async/await. The nearest idea is an async function written as
 * a state machine: the function's locals move into a struct, and each
 * await becomes "save the state, return; the callback calls me again". */
#include <stdio.h>

struct task {
    int state; /* where to resume: 0 = start, 1 = after the first await,
                  2 = after the second */
    int first; /* a local that must survive across the awaits */
    int done;
};

/* The one "I/O" in flight: resume this task with next_value. */
static struct task *waiting = NULL;
static int next_value = 0;

static void start_io(struct task *task, int value) {
    waiting = task;
    next_value = value;
}

static void resume(struct task *task, int value) {
    switch (task->state) {
    case 0:
        printf("task: step 0, awaiting the first value\n");
        task->state = 1;
        start_io(task, 20);
        return; /* "await": give control back to the loop */
    case 1:
        task->first = value;
        printf("task: step 1, got %d, awaiting the second value\n", value);
        task->state = 2;
        start_io(task, 22);
        return;
    case 2:
        printf("task: step 2, got %d, result %d\n", value,
               task->first + value);
        task->done = 1;
        return;
    }
}

int main(void) {
    struct task task = {0, 0, 0};
    resume(&task, 0);
    while (waiting) { /* the event loop: finish the I/O, call back */
        struct task *t = waiting;
        waiting = NULL;
        printf("loop: I/O done, calling the task back\n");
        resume(t, next_value);
    }
    printf("loop: nothing left, task done = %d\n", task.done);
    return 0;
}
