/* The Unix seed example: clean up on SIGTERM instead of dying at once.
 * The handler only sets a flag; main notices it and does the real work
 * (printing, cleanup). */
// snipcheck: exit = 143
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <string.h>

/* volatile: re-read on every test;
 * sig_atomic_t: written in one indivisible step. */
static volatile sig_atomic_t got_signal = 0;

static void on_signal(int signo) {
    got_signal = signo; /* no printf here: stdio is not async-signal-safe */
}

static void cleanup(void) { printf("cleanup: removing temporary files\n"); }

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGTERM, &sa, NULL) != 0) {
        perror("sigaction");
        return 1;
    }
    for (int step = 1; step <= 3 && !got_signal; step++) {
        printf("working: step %d\n", step);
        if (step == 2)
            raise(SIGTERM); /* the handler has run when raise() returns */
    }
    if (got_signal == SIGTERM) {
        printf("main: the flag says SIGTERM arrived\n");
        cleanup();
        return 128 + SIGTERM;
    }
    return 0;
}
