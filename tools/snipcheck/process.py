"""Run one command in its own process group with a timeout, closed or given stdin, and capped output."""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import subprocess
import threading
import time
from dataclasses import dataclass

from .errors import Interrupted


@dataclass(frozen=True)
class Completed:
    """What one process did."""

    stdout: bytes
    """Standard output (at most the limit)."""
    stderr: bytes
    """Standard error (at most the limit)."""
    returncode: int
    """Exit status, negative for a signal (as in `subprocess`)."""
    timed_out: bool
    """True when the timeout killed the process group."""
    overflow: str | None
    """Name of the stream that passed the output limit (the group was then killed), or None."""
    duration: float
    """Wall-clock seconds."""


def run(
    argv: tuple[str, ...],
    *,
    cwd: str,
    env: dict[str, str],
    stdin: bytes | None,
    timeout: float,
    limit: int,
    stop: threading.Event | None = None,
    pass_fds: tuple[int, ...] = (),
) -> Completed:
    """Run `argv`; kill its whole process group on timeout, on overflow, on exit and on interrupt."""
    started = time.monotonic()
    proc = subprocess.Popen(
        argv,
        cwd=cwd,
        env=env,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        pass_fds=pass_fds,
    )
    chunks: dict[str, list[bytes]] = {"stdout": [], "stderr": []}
    sizes = {"stdout": 0, "stderr": 0}
    timed_out = False
    overflow: str | None = None
    try:
        if stdin is not None and proc.stdin is not None:
            with contextlib.suppress(BrokenPipeError):  # a program may exit without reading
                proc.stdin.write(stdin)
            proc.stdin.close()
        assert proc.stdout is not None and proc.stderr is not None
        with selectors.DefaultSelector() as selector:
            selector.register(proc.stdout, selectors.EVENT_READ, "stdout")
            selector.register(proc.stderr, selectors.EVENT_READ, "stderr")
            deadline = started + timeout
            while selector.get_map():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    timed_out = True
                    break
                if stop is not None and stop.is_set():
                    raise Interrupted(" ".join(argv))
                if proc.poll() is not None:
                    # The program ended: stragglers it left in its group must not keep the pipes open.
                    _kill_group(proc.pid)
                for key, _ in selector.select(timeout=min(remaining, 0.2)):
                    data = os.read(key.fd, 65536)
                    if not data:
                        selector.unregister(key.fileobj)
                        continue
                    name = str(key.data)
                    keep = max(0, limit - sizes[name])
                    chunks[name].append(data[:keep])
                    sizes[name] += len(data)
                    if sizes[name] > limit:
                        overflow = name
                        break
                if overflow:
                    break
    finally:
        _kill_group(proc.pid)
        proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    return Completed(
        stdout=b"".join(chunks["stdout"]),
        stderr=b"".join(chunks["stderr"]),
        returncode=proc.returncode,
        timed_out=timed_out,
        overflow=overflow,
        duration=time.monotonic() - started,
    )


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def signal_name(returncode: int) -> str:
    """`SIGSEGV` for -11; a plain description for anything else."""
    try:
        return signal.Signals(-returncode).name
    except ValueError:
        return f"signal {-returncode}"
