/* Deferred callbacks that all receive &i share one variable: when they
   finally run, they all read its final value. (i lives until main
   returns, so the pointers stay valid; reading through a pointer to a
   variable whose lifetime has ended would be undefined behaviour.) */
#include <stdio.h>

typedef void (*callback)(void *user_data);

struct deferred {
    callback fn;
    void *user_data;
};

static struct deferred table[3];
static int pending;

static void defer(callback fn, void *user_data) {
    table[pending++] = (struct deferred){fn, user_data};
}

static void run_deferred(void) {
    for (int k = 0; k < pending; k++) {
        table[k].fn(table[k].user_data);
        table[k] = (struct deferred){0}; /* forget it once it has run */
    }
    pending = 0;
}

static void print_value(void *user_data) {
    printf("callback sees %d\n", *(int *)user_data);
}

int main(void) {
    int i;
    for (i = 0; i < 3; i++) {
        defer(print_value, &i); /* the address of i, not its current value */
    }
    run_deferred(); /* i is 3 now: the loop stopped when i < 3 became false */
    return 0;
}
