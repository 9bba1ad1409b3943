/* Without a handler, SIGTERM ends a process at once: the code after the signal never runs. */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
    fflush(stdout); /* nothing buffered may be copied into the child */
    pid_t child = fork();
    if (child < 0) {
        perror("fork");
        return 1;
    }
    if (child == 0) {
        printf("child: working\n");
        fflush(stdout); /* the signal kills the process before stdio would flush */
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
    else
        printf("parent: child exited normally\n");
    return 0;
}
