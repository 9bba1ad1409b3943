/* Installing a handler does not make a C program wait for a signal: main
 * returns as usual, handler or not. To wait, block the signal and call
 * sigsuspend(), which unblocks it and sleeps in one atomic step. */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <string.h>

static volatile sig_atomic_t got_term = 0;

static void on_term(int signo) {
    (void)signo;
    got_term = 1;
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_term;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGTERM, &sa, NULL) != 0)
        return 1;

    sigset_t term, old;
    sigemptyset(&term);
    sigaddset(&term, SIGTERM);
    sigprocmask(SIG_BLOCK, &term, &old); /* hold SIGTERM back for a moment */
    raise(SIGTERM);                      /* now pending, not yet handled */
    printf("main: SIGTERM pending, handler not run yet (flag = %d)\n",
           (int)got_term);

    sigset_t wait_mask = old;
    sigdelset(&wait_mask, SIGTERM);
    sigsuspend(&wait_mask); /* returns after the handler ran */
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("main: sigsuspend returned (flag = %d)\n", (int)got_term);
    printf("main: returning, with the handler still installed\n");
    return 0;
}
