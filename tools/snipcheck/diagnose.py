"""Turn what a process did into a failure reason (or None when the snippet behaved)."""

from __future__ import annotations

import re
import signal

from .model import Snippet
from .normalise import normalise
from .process import Completed, signal_name
from .sandbox import Limits

SANITIZER_MARKS = (b"ERROR: AddressSanitizer", b"ERROR: LeakSanitizer", b"runtime error:")
TAIL_LINES = 25
ENOSPC = b"no space left on device"  # compared with the lowercased stderr (Node writes "no space")


def diagnose(
    done: Completed,
    snippet: Snippet,
    *,
    compile: bool,
    root: str,
    folders: tuple[str, ...],
    breach: str | None = None,
    any_status: bool = False,
) -> tuple[str, int | None] | None:
    """A (reason, snippet line) pair for a failed step, or None when it did what was declared.

    `breach` describes the sandbox limit the step ran into ("1024 MiB of memory"), if any. With
    `any_status` (a runtime of the matrix other than the primary one), an exit status, a crash or
    a sanitizer report is part of the output that runtime produced, not a failure."""
    stderr = normalise(done.stderr, root, *folders)
    line = _line(stderr, snippet.path)
    if breach is not None:
        return _with_tail(
            f"stopped by the sandbox: it used more than {breach}, the limit for every snippet "
            "(make the program smaller; the limits are in tools/snipcheck/sandbox.py)",
            stderr,
        ), line
    if done.returncode == -signal.SIGXFSZ:
        return _with_tail(
            f"stopped by the sandbox: it wrote a file larger than {Limits().describe('files')}, "
            "the limit for every snippet (make the program write less)",
            stderr,
        ), line
    if done.timed_out:
        return (
            f"timed out after {done.duration:.1f} s; the process group was killed "
            "(declare `timeout = SECONDS` in the header if it needs longer)"
        ), None
    if done.overflow:
        return (
            f"printed more than {len(done.stdout if done.overflow == 'stdout' else done.stderr)} "
            f"bytes to {done.overflow}; the output was truncated and the program stopped"
        ), None
    if compile:
        if done.returncode != 0:
            if b"file size limit exceeded" in stderr.lower():
                limit = Limits().describe("files")
                reason = (
                    f"failed to compile: the compiler wrote a file larger than {limit}, "
                    "the limit for every snippet"
                )
                return _with_tail(reason, stderr), line
            return _with_tail("failed to compile", stderr), line
        return None
    if done.returncode == 127 and stderr.startswith(b"snipcheck: cannot run "):
        return _with_tail("cannot start the program (see below)", stderr), None  # from the reaper
    if any_status:
        return None
    if any(mark in stderr for mark in SANITIZER_MARKS):
        return _with_tail(f"sanitizer report: {_sanitizer_headline(stderr)}", stderr), line
    if done.returncode < 0:
        return _with_tail(f"crashed: killed by signal {signal_name(done.returncode)}", stderr), line
    expected = snippet.options.exit_status
    if done.returncode != expected:
        full = ""
        if ENOSPC in stderr.lower() or b"enospc" in stderr.lower():
            shown = Limits().describe("files")
            full = f"; the run folder, /tmp and /dev/shm hold at most {shown} each in the sandbox"
        elif b"file too large" in stderr.lower() or b"efbig" in stderr.lower():
            full = f"; a file may hold at most {Limits().describe('files')} in the sandbox"
        return _with_tail(
            f"exited with status {done.returncode}, expected {expected} "
            f"(declare `exit = {done.returncode}` in the header if that is intended){full}",
            stderr,
        ), line
    return None


def _line(stderr: bytes, path: str) -> int | None:
    # gcc, UBSan and Node write `path:LINE`; ASan frames `path:LINE`; Python `File "path", line N`.
    text = stderr.decode("utf-8", "replace")
    python = re.findall(rf'File "{re.escape(path)}", line (\d+)', text)
    if python:
        return int(python[-1])
    found = re.search(rf"{re.escape(path)}:(\d+)", text)
    return int(found.group(1)) if found else None


def _sanitizer_headline(stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace")
    found = re.search(r"ERROR: (\w+Sanitizer: [^\n]*?)(?: on address| \(pc|\n|$)", text)
    if found:
        headline = re.sub(r" 0x[0-9a-f]+", "", found.group(1))
        if "SEGV" in headline:
            headline += " (signal SIGSEGV)"
        return headline
    found = re.search(r"runtime error: ([^\n]*)", text)
    return f"UndefinedBehaviorSanitizer: {found.group(1)}" if found else "see below"


def _with_tail(reason: str, stderr: bytes) -> str:
    lines = stderr.decode("utf-8", "replace").rstrip("\n").splitlines()
    if not lines:
        return reason
    shown = lines[-TAIL_LINES:] if len(lines) > TAIL_LINES else lines
    skipped = f"    ... {len(lines) - len(shown)} earlier lines\n" if len(shown) < len(lines) else ""
    return reason + "\n" + skipped + "\n".join(f"    | {item}" for item in shown)
