/* C's usual shape for "the error travels with the result": the completion callback gets a
 * status first (0 or a negative error code, as in libuv) and the result after it. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

typedef void (*done_fn)(int status, long port, void *user_data);

static void parse_port(const char *text, done_fn done, void *user_data) {
    char *end;
    errno = 0;
    long port = strtol(text, &end, 10);
    if (end == text || *end != '\0') {
        done(-EINVAL, 0, user_data); /* exactly one call on every path */
        return;
    }
    if (errno == ERANGE || port < 1 || port > 65535) {
        done(-ERANGE, 0, user_data);
        return;
    }
    done(0, port, user_data);
}

static void show(int status, long port, void *user_data) {
    const char *label = user_data;
    if (status < 0)
        printf("%s: error %s\n", label, status == -EINVAL ? "-EINVAL" : "-ERANGE");
    else
        printf("%s: port %ld\n", label, port);
}

int main(void) {
    parse_port("8080", show, "good");
    parse_port("http", show, "bad");
    parse_port("70000", show, "too big");
    return 0;
}
