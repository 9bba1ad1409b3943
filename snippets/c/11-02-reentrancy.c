/* A listener that unregisters itself during dispatch. Unregistering shifts the array down, so the
 * dispatch loop's next index skips a listener. Every index stays in bounds: the bug is
 * well-defined, just wrong. The fix: while dispatching, only mark; compact afterwards. */
#include <stdio.h>
#include <string.h>

struct registry;
typedef void (*listener_fn)(struct registry *reg, int slot);

struct registry {
    listener_fn fns[4];
    int count;
    int dispatching; /* 1 while emit() walks the array */
    int deferred;    /* 1 when a removal is waiting for compaction */
    int fixed;       /* 0 = shift immediately (bug), 1 = mark and compact later */
};

static void remove_at(struct registry *reg, int slot) {
    if (reg->fixed && reg->dispatching) {
        reg->fns[slot] = NULL; /* mark only: indices stay valid during dispatch */
        reg->deferred = 1;
        return;
    }
    memmove(&reg->fns[slot], &reg->fns[slot + 1], (size_t)(reg->count - slot - 1) * sizeof reg->fns[0]);
    reg->count--;
}

static void emit(struct registry *reg) {
    reg->dispatching = 1;
    for (int i = 0; i < reg->count; i++)
        if (reg->fns[i])
            reg->fns[i](reg, i);
    reg->dispatching = 0;
    if (reg->deferred) { /* compact: drop the marked slots, keep the order */
        int kept = 0;
        for (int i = 0; i < reg->count; i++)
            if (reg->fns[i])
                reg->fns[kept++] = reg->fns[i];
        reg->count = kept;
        reg->deferred = 0;
    }
}

static void a_once(struct registry *reg, int slot) { printf(" a"); remove_at(reg, slot); }
static void b(struct registry *reg, int slot) { (void)reg; (void)slot; printf(" b"); }
static void c(struct registry *reg, int slot) { (void)reg; (void)slot; printf(" c"); }

int main(void) {
    for (int fixed = 0; fixed <= 1; fixed++) {
        struct registry reg = {{a_once, b, c, NULL}, 3, 0, 0, fixed};
        printf("%s: ran", fixed ? "mark, compact later" : "shift immediately  ");
        emit(&reg);
        printf(", %d left\n", reg.count);
    }
    return 0;
}
