/* C's usual shape for "the error travels with the result", modelled on libuv: the callback gets
 * the request first and a status second (0, or a negative error code); the result and the
 * caller's own data travel in the request. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

struct parse_req {
    void *data; /* the caller's: the library never touches it, like libuv's req->data */
    long port;  /* the result, valid only when status == 0 */
};

typedef void (*parse_cb)(struct parse_req *req, int status);

static void parse_port(struct parse_req *req, const char *text, parse_cb done) {
    char *end;
    errno = 0;
    long port = strtol(text, &end, 10);
    if (end == text || *end != '\0') {
        done(req, -EINVAL); /* exactly one call on every path */
        return;
    }
    if (errno == ERANGE || port < 1 || port > 65535) {
        done(req, -ERANGE);
        return;
    }
    req->port = port;
    done(req, 0);
}

static void show(struct parse_req *req, int status) {
    const char *label = req->data;
    if (status < 0)
        printf("%s: error %s\n", label, status == -EINVAL ? "-EINVAL" : "-ERANGE");
    else
        printf("%s: port %ld\n", label, req->port);
}

int main(void) {
    struct parse_req good = {.data = "good"}, bad = {.data = "bad"}, big = {.data = "too big"};
    parse_port(&good, "8080", show);
    parse_port(&bad, "http", show);
    parse_port(&big, "70000", show);
    return 0;
}
