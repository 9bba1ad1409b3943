/* A predicate modelled on Xlib's
 * XCheckIfEvent(display, &event, predicate, arg): the library walks its
 * queue and asks your function "this one?"; the first event the predicate
 * accepts is removed and returned, the others stay queued in order. */
#include <stdio.h>
#include <string.h>

typedef int Bool; /* Xlib's Bool: True or False */
enum { False = 0, True = 1 };

struct event {
    const char *type;
    int window;
};

struct queue {
    struct event items[8];
    int len;
};

/* Same shape as Xlib's predicate:
 * Bool (*)(Display *, XEvent *, XPointer arg).
 * const: a predicate must not change the queue it is asked about; Xlib
 * leaves the result undefined if it does. */
typedef Bool (*predicate_fn)(const struct queue *q, const struct event *ev,
                             void *arg);

static Bool check_if_event(struct queue *q, struct event *out,
                           predicate_fn pred, void *arg) {
    for (int i = 0; i < q->len; i++) {
        if (pred(q, &q->items[i], arg)) {
            *out = q->items[i];
            for (int j = i; j < q->len - 1; j++)
                q->items[j] = q->items[j + 1];
            q->len--;
            return True;
        }
    }
    return False; /* unlike XIfEvent, never waits for a matching event */
}

static Bool is_expose_for(const struct queue *q, const struct event *ev,
                          void *arg) {
    (void)q;
    const int *window = arg;
    printf("  predicate asked about %s on window %d\n", ev->type,
           ev->window);
    return ev->window == *window && strcmp(ev->type, "Expose") == 0;
}

int main(void) {
    struct queue q = {{{"KeyPress", 1}, {"Expose", 2}, {"Expose", 1},
                       {"ButtonPress", 1}},
                      4};
    struct event ev;
    int window = 1;
    if (check_if_event(&q, &ev, is_expose_for, &window))
        printf("got %s for window %d\n", ev.type, ev.window);
    window = 3;
    if (!check_if_event(&q, &ev, is_expose_for, &window))
        puts("no Expose for window 3: returned at once");
    printf("still queued:");
    for (int i = 0; i < q.len; i++)
        printf(" %s/%d", q.items[i].type, q.items[i].window);
    printf("\n");
    return 0;
}
