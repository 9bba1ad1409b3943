/* snipcheck-reaper FD COMMAND [ARG...]: run COMMAND and write how it ended to FD, as
 * "exit N" or "signal N". bubblewrap reports a command killed by signal N as exit status
 * 128+N, so without this a crash and a program that exits with 139 would look the same. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        fputs("usage: snipcheck-reaper FD COMMAND [ARG...]\n", stderr);
        return 127;
    }
    int fd = atoi(argv[1]);
    if (fcntl(fd, F_SETFD, FD_CLOEXEC) < 0) {
        perror("snipcheck-reaper: status fd");
        return 127;
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("snipcheck-reaper: fork");
        return 127;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        fprintf(stderr, "snipcheck: cannot run %s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            perror("snipcheck-reaper: waitpid");
            return 127;
        }
    }
    if (WIFSIGNALED(status)) {
        dprintf(fd, "signal %d\n", WTERMSIG(status));
        return 128 + WTERMSIG(status);
    }
    dprintf(fd, "exit %d\n", WEXITSTATUS(status));
    return WEXITSTATUS(status);
}
