/* C has no weak references: an object that registered a listener must
 * unregister it before it is freed, or the registry keeps a dangling
 * pointer. */
#include <stdio.h>
#include <stdlib.h>

typedef void (*listener_fn)(const char *theme, void *user_data);

struct listener {
    listener_fn fn;
    void *user_data;
};

static struct listener slots[4];
static int count;

static void emit(const char *theme) {
    for (int i = 0; i < count; i++) slots[i].fn(theme, slots[i].user_data);
}

static void disconnect_all(void *user_data) {
    int kept = 0;
    for (int i = 0; i < count; i++)
        if (slots[i].user_data != user_data) slots[kept++] = slots[i];
    count = kept;
}

struct window {
    char title[16];
};

static void on_theme(const char *theme, void *user_data) {
    const struct window *w = user_data;
    printf("  %s: switching to %s\n", w->title, theme);
}

static struct window *window_new(const char *title) {
    struct window *w = malloc(sizeof *w);
    if (w == NULL) return NULL;
    snprintf(w->title, sizeof w->title, "%s", title);
    if (count < 4) slots[count++] = (struct listener){on_theme, w};
    return w;
}

/* The destructor is where the "weak" part happens, by hand. */
static void window_free(struct window *w) {
    disconnect_all(w);
    free(w);
}

int main(void) {
    struct window *w = window_new("editor");
    if (w == NULL) return 1;
    emit("dark");
    /* Without disconnect_all, the next emit would read freed memory. */
    window_free(w);
    emit("light");
    printf("  listeners left: %d\n", count);
    return 0;
}
