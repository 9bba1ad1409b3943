/* No partial application in C: store the pre-set argument in a struct
   and pass it as user data to a small adapter function. */
#include <stdio.h>

static void log_message(const char *level, const char *message) {
    printf("[%s] %s\n", level, message);
}

typedef void (*message_fn)(void *user_data, const char *message);

static void run_job(const char *name, message_fn on_message,
                    void *user_data) {
    char line[64];
    snprintf(line, sizeof line, "%s started", name);
    on_message(user_data, line);
    snprintf(line, sizeof line, "%s finished", name);
    on_message(user_data, line);
}

/* The "partial": the fixed argument lives in the struct; the adapter
   completes the call. */
struct bound_level {
    const char *level;
};

static void log_adapter(void *user_data, const char *message) {
    const struct bound_level *b = user_data;
    log_message(b->level, message);
}

int main(void) {
    struct bound_level info = {"INFO"};
    struct bound_level debug = {"DEBUG"};
    run_job("backup", log_adapter, &info);
    run_job("cleanup", log_adapter, &debug);
    return 0;
}
