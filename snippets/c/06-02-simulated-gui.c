/* A GUI toolkit simulated: widgets store callbacks, a main loop
 * dispatches queued input events. There is no display here, so a
 * scripted array of events stands in for the user. GTK 3 works the
 * same way: g_signal_connect(button, "clicked", G_CALLBACK(cb), data),
 * then gtk_main(). */
#include <stdio.h>
#include <string.h>

typedef void (*clicked_fn)(void *user_data);

struct button {
    const char *label;
    clicked_fn on_clicked;
    void *user_data;
};

struct event {
    const char *kind;
    int target; /* index of the widget */
};

static int running = 1;

static void on_ok(void *user_data) {
    int *count = user_data;
    (*count)++;
    printf("  on_ok: clicked %d time(s)\n", *count);
}

static void on_quit(void *user_data) {
    (void)user_data;
    puts("  on_quit: closing");
    running = 0; /* like gtk_main_quit(): the loop stops after this */
}

int main(void) {
    int count = 0;
    struct button widgets[] = {
        {"OK", on_ok, &count},
        {"Quit", on_quit, NULL},
    };
    const struct event script[] = {
        {"click", 0}, {"key", 0}, {"click", 0}, {"click", 1}, {"click", 0},
    };
    const int n = (int)(sizeof script / sizeof script[0]);

    puts("setup done; entering the main loop");
    for (int i = 0; i < n && running; i++) {
        const struct button *w = &widgets[script[i].target];
        printf("loop: %s on \"%s\"\n", script[i].kind, w->label);
        if (strcmp(script[i].kind, "click") == 0)
            w->on_clicked(w->user_data);
    }
    puts("main loop returned");
    return 0;
}
