/* Without a handler, SIGTERM ends a process at once: the code after the
 * signal never runs, and neither do the exit handlers. */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static void child_exit_handler(void) { printf("child: exit handler\n"); }

int main(void) {
    fflush(stdout); /* nothing buffered may be copied into the child */
    pid_t child = fork();
    if (child < 0) {
        perror("fork");
        return 1;
    }
    if (child == 0) {
        /* registered, but never called */
        if (atexit(child_exit_handler) != 0)
            _exit(1);
        printf("child: working\n");
        fflush(stdout); /* flush now: a killed process does not flush stdio */
        raise(SIGTERM); /* default action: terminate */
        printf("child: cleaning up\n");
        return 0;
    }
    int status = 0;
    if (waitpid(child, &status, 0) < 0) {
        perror("waitpid");
        return 1;
    }
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM)
        printf("parent: child ended by SIGTERM\n");
    else if (WIFSIGNALED(status))
        printf("parent: child ended by signal %d\n", WTERMSIG(status));
    else
        printf("parent: child exited with status %d\n", WEXITSTATUS(status));
    return 0;
}
