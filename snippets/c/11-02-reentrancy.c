/* A listener that unregisters itself during dispatch. Unregistering
 * shifts the array down, so the dispatch loop's next index skips a
 * listener. Every index stays in bounds: the bug is well-defined, just
 * wrong. The fix: while any emit() is running, only mark; the outermost
 * emit() compacts the array when it returns. */
#include <stdio.h>
#include <string.h>

struct registry;
typedef void (*listener_fn)(struct registry *reg, int slot);

struct registry {
    listener_fn fns[4];
    int count;
    int depth;    /* how many emit() calls are running (nested emits) */
    int deferred; /* 1 when a removal is waiting for compaction */
    int fixed;    /* 0 = shift immediately (bug), 1 = mark, compact later */
};

static void remove_at(struct registry *reg, int slot) {
    if (reg->fixed && reg->depth > 0) {
        reg->fns[slot] = NULL; /* mark only: indices stay valid */
        reg->deferred = 1;
        return;
    }
    memmove(&reg->fns[slot], &reg->fns[slot + 1],
            (size_t)(reg->count - slot - 1) * sizeof reg->fns[0]);
    reg->count--;
}

static void emit(struct registry *reg) {
    reg->depth++;
    for (int i = 0; i < reg->count; i++)
        if (reg->fns[i])
            reg->fns[i](reg, i);
    reg->depth--;
    /* Compact only when the outermost emit() ends: an inner emit() must
     * not move entries under an outer loop that is still walking them. */
    if (reg->depth == 0 && reg->deferred) {
        int kept = 0;
        for (int i = 0; i < reg->count; i++)
            if (reg->fns[i])
                reg->fns[kept++] = reg->fns[i];
        reg->count = kept;
        reg->deferred = 0;
    }
}

static void a_once(struct registry *reg, int slot) {
    printf(" a");
    remove_at(reg, slot); /* reentrant call into the registry */
}
static void b(struct registry *reg, int slot) {
    (void)reg;
    (void)slot;
    printf(" b");
}
static void c(struct registry *reg, int slot) {
    (void)reg;
    (void)slot;
    printf(" c");
}

static int nested_emits = 0;
static void emit_again(struct registry *reg, int slot) { /* once */
    (void)slot;
    printf(" n");
    if (nested_emits++ == 0) {
        printf(" (");
        emit(reg); /* a nested emit, inside the outer one */
        printf(" )");
    }
}

static void demo(const char *label, int fixed, int nested) {
    struct registry reg = {{a_once, b, c, NULL}, 3, 0, 0, fixed};
    if (nested) { /* a, n, b, c: n emits again while a's slot is marked */
        listener_fn fns[4] = {a_once, emit_again, b, c};
        memcpy(reg.fns, fns, sizeof fns);
        reg.count = 4;
    }
    printf("%s: ran", label);
    emit(&reg);
    printf(", %d left\n", reg.count);
}

int main(void) {
    demo("shift immediately  ", 0, 0);
    demo("mark, compact later", 1, 0);
    demo("marked, nested emit", 1, 1);
    return 0;
}
