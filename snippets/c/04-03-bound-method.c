/* C has no methods: the "object" is a struct, the "method" a function
   taking it as its first argument, and binding means storing both side
   by side. */
#include <stdio.h>

struct button {
    const char *label;
    int clicks;
};

static void button_on_click(struct button *self) {
    self->clicks++;
    printf("%s: clicked %d time(s)\n", self->label, self->clicks);
}

/* A hand-made "bound method": a function pointer plus the object it
   applies to. */
struct bound_method {
    void (*fn)(struct button *self);
    struct button *self;
};

static void simulate_click(struct bound_method handler) {
    handler.fn(handler.self);
}

int main(void) {
    struct button ok = {"OK", 0};
    struct bound_method handler = {button_on_click, &ok};
    simulate_click(handler);
    simulate_click(handler);
    return 0;
}
