/* The fix in C: give each deferred callback its own copy of the value. */
#include <stdio.h>
#include <stdlib.h>

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

static void print_and_free(void *user_data) {
    print_value(user_data);
    free(user_data); /* the callback owns its copy */
}

int main(void) {
    /* Copy 1: an array that outlives the callbacks, one slot each. */
    int values[3];
    for (int i = 0; i < 3; i++) {
        values[i] = i;
        defer(print_value, &values[i]);
    }
    run_deferred();

    /* Copy 2: one heap allocation per callback, freed by the callback. */
    for (int i = 0; i < 3; i++) {
        int *copy = malloc(sizeof *copy);
        if (copy == NULL) {
            return 1;
        }
        *copy = 10 + i;
        defer(print_and_free, copy);
    }
    run_deferred();
    return 0;
}
