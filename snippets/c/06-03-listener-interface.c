/* Interface-style listeners in C: a struct of function pointers plus
 * the object they act on. */
#include <stdio.h>

struct download_listener_ops { /* the "interface": one pointer per event */
    void (*on_progress)(void *self, int percent);
    void (*on_done)(void *self, const char *name);
};

struct download_listener {
    const struct download_listener_ops *ops;
    void *self;
};

static void run_download(const char *name,
                         const struct download_listener *l, int n) {
    for (int percent = 50; percent <= 100; percent += 50)
        for (int i = 0; i < n; i++)
            l[i].ops->on_progress(l[i].self, percent);
    for (int i = 0; i < n; i++)
        if (l[i].ops->on_done) /* an optional slot */
            l[i].ops->on_done(l[i].self, name);
}

struct progress_bar {
    int width;
};

static void bar_progress(void *self, int percent) {
    const struct progress_bar *bar = self;
    int filled = bar->width * percent / 100;
    printf("  bar: [%.*s%*s] %d%%\n", filled, "##########",
           bar->width - filled, "", percent);
}

static void bar_done(void *self, const char *name) {
    (void)self;
    printf("  bar: %s complete\n", name);
}

static void quiet_progress(void *self, int percent) {
    int *last = self;
    *last = percent;
}

static const struct download_listener_ops bar_ops = {bar_progress,
                                                     bar_done};
/* no on_done: */
static const struct download_listener_ops quiet_ops = {quiet_progress,
                                                       NULL};

int main(void) {
    struct progress_bar bar = {10};
    int last = 0;
    const struct download_listener listeners[] = {
        {&bar_ops, &bar},
        {&quiet_ops, &last},
    };
    run_download("data.csv", listeners, 2);
    printf("quiet listener saw %d%% last\n", last);
    return 0;
}
