/* Continuation-passing style in C: each step receives the function to
 * call when it is done (its continuation). No closures, so a context
 * struct carries the state from step to step. */
#include <stdio.h>
#include <string.h>

struct job;
typedef void (*step_fn)(struct job *job);

struct job {
    const char *sql;
    const char *host; /* filled in by read_config */
    int error;        /* 0, or the failing step's code */
    int rows;
    step_fn next;     /* the continuation of the step in flight */
};

/* A minimal event loop: deferred continuations, FIFO. */
static struct job *queue[8];
static int head = 0, tail = 0;

static void later(struct job *job, step_fn k) {
    job->next = k;
    queue[tail++] = job;
}

static void read_config(struct job *job, step_fn k) {
    job->host = "db.example";
    later(job, k);
}
static void connect_db(struct job *job, step_fn k) { later(job, k); }
static void query(struct job *job, step_fn k) {
    if (strncmp(job->sql, "DROP", 4) == 0)
        job->error = 13; /* read-only connection */
    else
        job->rows = 2;
    later(job, k);
}

static void done(struct job *job) {
    if (job->error)
        printf("%s: error %d (read-only connection)\n", job->sql,
               job->error);
    else
        printf("%s: %d rows from %s\n", job->sql, job->rows, job->host);
}
static void on_connection(struct job *job) {
    job->error ? done(job) : query(job, done);
}
static void on_config(struct job *job) {
    job->error ? done(job) : connect_db(job, on_connection);
}

int main(void) {
    struct job select = {"SELECT name", NULL, 0, 0, NULL};
    struct job drop = {"DROP TABLE", NULL, 0, 0, NULL};
    read_config(&select, on_config);
    read_config(&drop, on_config);
    printf("both runs started; nothing has completed yet\n");
    while (head < tail) {
        struct job *job = queue[head++];
        job->next(job);
    }
    return 0;
}
