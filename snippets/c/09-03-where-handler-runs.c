/* A C handler interrupts main between any two instructions: it may call only async-signal-safe
 * functions. write(2) is one; printf is not. This program therefore uses write(2) alone and no
 * stdio at all, so the two never share a buffer. */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t count = 0;

static void say(const char *text) {
    /* write(2) is on POSIX's list of async-signal-safe functions; strlen is too. */
    ssize_t ignored = write(STDOUT_FILENO, text, strlen(text));
    (void)ignored;
}

static void on_usr1(int signo) {
    (void)signo;
    count = count + 1;
    say("handler: SIGUSR1 (via write, not printf)\n");
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGUSR1, &sa, NULL) != 0)
        return 1;
    for (int i = 0; i < 2; i++) {
        raise(SIGUSR1);
        say("main: raise() returned\n");
    }
    char line[] = "main: handler ran N times\n";
    line[strlen("main: handler ran ")] = (char)('0' + count);
    say(line);
    return 0;
}
