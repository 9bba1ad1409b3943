"""The data model: frozen dataclasses shared by every stage."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Options:
    """What a snippet declares in its header (`# snipcheck: key = value` lines)."""

    exit_status: int = 0
    """The exit status the program is expected to end with."""
    cflags: tuple[str, ...] = ()
    """Extra compiler flags for C snippets, after the fixed ones (for example `-pthread`)."""
    timeout: float | None = None
    """Seconds before the whole process group is killed; None means the run's default."""
    stdin: str | None = None
    """A file, relative to the snippet, fed to standard input; None means stdin is closed."""
    args: tuple[str, ...] = ()
    """Command-line arguments passed to the program."""
    skip: tuple[str, ...] = ()
    """Runtimes of the matrix (not the primary) the program cannot run on (a comment says why):
    they do not run it, and the page says so."""
    varies: tuple[str, ...] = ()
    """Runtimes of the matrix (not the primary) whose output varies from run to run: they must run,
    but their output is neither recorded nor compared, and the page says so."""


@dataclass(frozen=True)
class Snippet:
    """One complete program under `snippets/`."""

    path: str
    """Path relative to the repository root, with forward slashes; the id used everywhere."""
    language: str
    """Key of the runner in the registry (`python`, `c`, `js`, `dash`)."""
    options: Options = field(default_factory=Options)
    """The header options."""
    inputs: tuple[str, ...] = ()
    """Other files whose bytes can change the output (stdin file, browser scenario)."""

    def __str__(self) -> str:
        return self.path


@dataclass(frozen=True)
class Output:
    """What one run of a program produced: the three things a record keeps."""

    stdout: bytes
    """Standard output, after normalisation."""
    stderr: bytes
    """Standard error, after normalisation."""
    exit_status: int
    """The exit status; negative when a signal ended the program (-11 is SIGSEGV)."""
    screenshot: bytes | None = None
    """A PNG of the final browser state, for Dash apps only; never compared byte for byte."""

    def same_as(self, other: Output) -> bool:
        """True when stdout, stderr and exit status are equal (screenshots are not compared)."""
        return (self.stdout, self.stderr, self.exit_status) == (
            other.stdout,
            other.stderr,
            other.exit_status,
        )


@dataclass(frozen=True)
class Step:
    """One command a runner wants executed."""

    argv: tuple[str, ...]
    """The command line."""
    cwd: str | None = None
    """Working directory; None means the run's fresh temporary directory."""
    compile: bool = False
    """True for a build step: its failure means "failed to compile"."""


@dataclass(frozen=True)
class RunResult:
    """The outcome of verifying one snippet once (or `--repeat` times)."""

    snippet: Snippet
    """The snippet that ran."""
    digest: str
    """sha256 of the snippet's source and declared inputs."""
    toolchain: tuple[tuple[str, str], ...]
    """(tool, version line) pairs of everything that ran it."""
    commands: tuple[tuple[str, ...], ...] = ()
    """The exact command lines used."""
    output: Output | None = None
    """What it printed; None when it failed before producing a comparable output."""
    failure: str | None = None
    """Why the snippet failed (compile error, crash, timeout...), or None."""
    duration: float = 0.0
    """Wall-clock seconds of all its steps."""
    cached: bool = False
    """True when the output came from the cache rather than a fresh run."""
    runtime: str = ""
    """The runtime of the matrix that ran it (`runtimes.py`); empty for the language's primary."""

    def __str__(self) -> str:
        return self.snippet.path if not self.runtime else f"{self.snippet.path} on {self.runtime}"


@dataclass(frozen=True)
class StressResult:
    """The outcome of running one snippet many times at once on an oversubscribed machine."""

    snippet: Snippet
    """The snippet that ran."""
    runs: int
    """How many runs were started."""
    differing: int = 0
    """How many runs printed something other than the record (or failed)."""
    first: str | None = None
    """The first difference of the earliest differing run, naming stream and line."""
    failure: str | None = None
    """Why the snippet could not be stressed at all (no record, failed to compile), or None."""

    def __str__(self) -> str:
        return self.snippet.path


@dataclass(frozen=True)
class Record:
    """The recorded, verified output of a snippet, as stored under `records/`."""

    snippet: str
    """Snippet path relative to the repository root."""
    language: str
    """Runner key."""
    digest: str
    """sha256 of source and inputs when the output was recorded."""
    output: Output
    """The recorded stdout, stderr and exit status."""
    toolchain: tuple[tuple[str, str], ...] = ()
    """(tool, version line) pairs the output was verified with."""
    commands: tuple[tuple[str, ...], ...] = ()
    """The command lines that produced it."""
    screenshot_sha256: str | None = None
    """sha256 of the screenshot file embedded in the page (Dash apps)."""
    matrix: tuple[Variant, ...] = ()
    """What the language's other runtimes did with the same snippet, in matrix order."""

    def __str__(self) -> str:
        return self.snippet

    def variant(self, runtime: str) -> Variant | None:
        """The recorded outcome on one runtime of the matrix, or None when there is none."""
        return next((variant for variant in self.matrix if variant.runtime == runtime), None)


@dataclass(frozen=True)
class Variant:
    """One other runtime's outcome for a recorded snippet: an output, or why it could not produce one."""

    runtime: str
    """The runtime's name in `runtimes.RUNTIMES`."""
    toolchain: tuple[tuple[str, str], ...]
    """(tool, version line) pairs it ran with."""
    commands: tuple[tuple[str, ...], ...]
    """The command lines, normalised."""
    output: Output | None = None
    """What it printed (any exit status); None when it failed."""
    failure: str | None = None
    """Why it produced no output (failed to compile, timed out, stopped by the sandbox)."""
    varies: bool = False
    """True when the snippet declares that this runtime's output varies (`varies = NAME`)."""
    skipped: bool = False
    """True when the snippet declares that it cannot run there (`skip = NAME`): nothing ran."""

    def same_outcome(self, other: Variant) -> bool:
        """True when both printed the same thing, failed for the same reason, or both vary."""
        if self.varies or other.varies or self.skipped or other.skipped:
            return (self.varies, self.skipped) == (other.varies, other.skipped)
        if self.output is None or other.output is None:
            return self.output is None and other.output is None and self.failure == other.failure
        return self.output.same_as(other.output)


def encode_bytes(data: bytes) -> str | dict[str, str]:
    """Bytes as JSON: a string when valid UTF-8, else {"base64": ...} so nothing is lost."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(data).decode("ascii")}


def decode_bytes(value: object) -> bytes:
    """Inverse of `encode_bytes`."""
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, dict) and isinstance(value.get("base64"), str):
        return base64.b64decode(value["base64"])
    raise ValueError(f"not an encoded byte string: {value!r}")


def source_path(root: Path, snippet: Snippet) -> Path:
    """The snippet's file on disk."""
    return root / snippet.path
