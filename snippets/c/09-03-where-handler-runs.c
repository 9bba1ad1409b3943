/* A C handler interrupts main between any two instructions, so it calls
 * only async-signal-safe functions. write(2) is one; printf is not. This
 * program therefore uses write(2) alone and no stdio at all, so the two
 * never share a buffer. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t got_usr2 = 0;

static void say(const char *text) {
    /* write(2) and strlen are on POSIX's async-signal-safe list. */
    ssize_t ignored = write(STDOUT_FILENO, text, strlen(text));
    (void)ignored;
}

static void on_usr2(int signo) {
    (void)signo;
    int saved_errno = errno; /* write() may set errno: restore it below */
    got_usr2 = 1;            /* volatile sig_atomic_t: safe to assign */
    say("handler: SIGUSR2, running inside raise() "
        "(via write, not printf)\n");
    errno = saved_errno;
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr2;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGUSR2, &sa, NULL) != 0)
        return 1;
    raise(SIGUSR2); /* returns only after the handler has returned */
    say(got_usr2 ? "main: raise() returned; the flag is set\n"
                 : "main: the flag is not set\n");
    return 0;
}
