/* C has no closures: the callback gets its data through a
   `void *user_data` pointer that the registering code passes along
   untouched. */
#include <stdio.h>

typedef void (*click_fn)(void *user_data);

/* The library side: it passes user_data along, never looks inside it. */
static void simulate_clicks(click_fn callback, void *user_data, int times) {
    for (int i = 0; i < times; i++) {
        callback(user_data);
    }
}

/* The application side: the context struct plays the role of a
   closure's variables. */
struct counter {
    const char *name;
    int count;
};

static void on_click(void *user_data) {
    /* void * converts back without a cast in C */
    struct counter *c = user_data;
    c->count++;
    printf("%s: clicked %d time(s)\n", c->name, c->count);
}

int main(void) {
    struct counter ok = {"OK", 0};
    struct counter cancel = {"Cancel", 0};
    simulate_clicks(on_click, &ok, 2);
    simulate_clicks(on_click, &cancel, 1);
    simulate_clicks(on_click, &ok, 1);
    return 0;
}
