"""One error hierarchy, rendered compiler-style as `path:line: message`."""

from __future__ import annotations

# Exit codes of `python -m tools.snipcheck` (a small fixed table, documented in docs/conventions.md).
EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_USAGE = 2
EXIT_FAILED = 3
EXIT_INTERRUPTED = 130


class AtlasError(Exception):
    """An error the user can fix; `main()` prints it as one `path:line: message` line."""

    exit_code = EXIT_USAGE

    def __init__(self, path: object, line: int | None, message: str) -> None:
        super().__init__(message)
        self.path = str(path)
        self.line = line
        self.message = message

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


class ConfigError(AtlasError):
    """Bad usage or configuration: an unknown option, a missing toolchain, a bad page directive."""


class SnippetFailure(AtlasError):
    """A snippet failed to compile, crashed, timed out, or could not be driven (exit code 3)."""

    exit_code = EXIT_FAILED


class Drift(AtlasError):
    """A page or record that no longer shows what the program prints (exit code 1)."""

    exit_code = EXIT_DRIFT


class Interrupted(Exception):
    """The run was interrupted (Ctrl-C or SIGTERM) before anything was written."""


class InterruptedAfterWriting(Exception):
    """Ctrl-C or SIGTERM arrived while the update wrote its files: they were all written first."""

    def __init__(self, written: list[str]) -> None:
        super().__init__(f"{len(written)} files written")
        self.written = written
