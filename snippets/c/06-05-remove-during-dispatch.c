/* A listener removes another one during dispatch: a snapshot copy
 * vs a live "active" flag. */
#include <stdio.h>
#include <string.h>

struct listener {
    void (*fn)(struct listener *all);
    int active; /* removal clears it; the slot stays where it is */
};

enum { FIRST, SECOND, COUNT };

static void first(struct listener *all) {
    puts("  first: removing second");
    all[SECOND].active = 0;
}

static void second(struct listener *all) {
    (void)all;
    puts("  second ran");
}

/* Like Node's EventEmitter: decide who runs before calling anyone. */
static void emit_snapshot(struct listener *all) {
    struct listener copy[COUNT];
    memcpy(copy, all, sizeof copy);
    for (int i = 0; i < COUNT; i++)
        if (copy[i].active) copy[i].fn(all);
}

/* Roughly like the DOM's EventTarget, which skips an entry whose
 * "removed" flag is set: check the live flag just before each call.
 * Unlike the DOM's list, this fixed array cannot gain listeners. */
static void emit_live(struct listener *all) {
    for (int i = 0; i < COUNT; i++)
        if (all[i].active) all[i].fn(all);
}

int main(void) {
    struct listener a[COUNT] = {{first, 1}, {second, 1}};
    puts("snapshot, emit 1:");
    emit_snapshot(a);
    puts("snapshot, emit 2:");
    emit_snapshot(a);

    struct listener b[COUNT] = {{first, 1}, {second, 1}};
    puts("live, emit 1:");
    emit_live(b);
    puts("live, emit 2:");
    emit_live(b);
    return 0;
}
