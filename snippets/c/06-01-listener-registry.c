/* A listener registry in C: an array of (function, user data) pairs,
 * called in order. */
#include <stdio.h>

typedef void (*listener_fn)(const char *name, void *user_data);

struct listener {
    listener_fn fn;
    void *user_data;
};

struct signal {
    struct listener slots[8];
    int count;
};

/* Returns 0, or -1 when the table is full: the caller must check. */
static int connect(struct signal *s, listener_fn fn, void *user_data) {
    if (s->count == 8) return -1;
    s->slots[s->count].fn = fn;
    s->slots[s->count].user_data = user_data;
    s->count++;
    return 0;
}

/* Blocking callbacks: every listener has run when emit returns. */
static void emit(const struct signal *s, const char *name) {
    for (int i = 0; i < s->count; i++)
        s->slots[i].fn(name, s->slots[i].user_data);
}

static void log_save(const char *name, void *user_data) {
    (void)user_data;
    printf("  log: %s saved\n", name);
}

static void backup(const char *name, void *user_data) {
    const char *dir = user_data; /* one function, many directories */
    printf("  backup: copying %s to %s\n", name, dir);
}

int main(void) {
    struct signal saved = {0};
    if (connect(&saved, log_save, NULL) != 0 ||
        connect(&saved, backup, "backups/") != 0) {
        fputs("connect: registry full\n", stderr);
        return 1;
    }
    puts("before emit");
    emit(&saved, "report.txt");
    puts("after emit");
    return 0;
}
