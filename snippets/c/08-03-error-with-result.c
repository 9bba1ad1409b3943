/* C's usual shape for "the error travels with the result", modelled on
 * libuv: the completion callback gets the request first and a status
 * second (0, or a negative error code); the result and the caller's own
 * data travel in the request. The callback runs later, from the loop, never
 * inside the call that started the work, even for an error found at once.
 * (libuv's own rule: if a function that takes a callback returns an error,
 * the callback is never called.) */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

struct parse_req;
typedef void (*parse_cb)(struct parse_req *req, int status);

struct parse_req {
    void *data; /* the caller's: the library never touches it */
    long port;  /* the result, valid only when status == 0 */
    int status; /* set by the library, passed to done */
    parse_cb done;
};

/* A minimal loop: completed requests wait here until run() calls them. */
static struct parse_req *completed[4];
static int n_completed = 0;

static void complete(struct parse_req *req, int status) {
    req->status = status; /* exactly one completion on every path */
    completed[n_completed++] = req;
}

static void parse_port(struct parse_req *req, const char *text,
                       parse_cb done) {
    req->done = done;
    char *end;
    errno = 0;
    long port = strtol(text, &end, 10);
    if (end == text || *end != '\0') {
        complete(req, -EINVAL);
        return;
    }
    if (errno == ERANGE || port < 1 || port > 65535) {
        complete(req, -ERANGE);
        return;
    }
    req->port = port;
    complete(req, 0);
}

static void run(void) {
    for (int i = 0; i < n_completed; i++)
        completed[i]->done(completed[i], completed[i]->status);
    n_completed = 0;
}

static void show(struct parse_req *req, int status) {
    const char *label = req->data;
    if (status < 0)
        printf("%s: error %s\n", label,
               status == -EINVAL ? "-EINVAL" : "-ERANGE");
    else
        printf("%s: port %ld\n", label, req->port);
}

int main(void) {
    struct parse_req good = {.data = "good"}, bad = {.data = "bad"},
                     big = {.data = "too big"};
    parse_port(&good, "8080", show);
    parse_port(&bad, "http", show);
    parse_port(&big, "70000", show);
    puts("all three calls returned before any callback ran");
    run();
    return 0;
}
