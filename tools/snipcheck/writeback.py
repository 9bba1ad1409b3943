"""Write files back once, at the end: each through a temporary file and an atomic rename."""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from .errors import InterruptedAfterWriting


def write_atomic(file: Path, data: bytes) -> None:
    """Replace `file` with `data` so that a reader sees the old or the new content, never a mix."""
    file.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{file.name}.", suffix=".tmp", dir=file.parent)
    try:
        # mkstemp creates 0600 files: keep the old file's mode, or give a new one the umask's.
        os.chmod(temporary, file.stat().st_mode & 0o7777 if file.exists() else 0o666 & ~_umask())
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, file)
    except BaseException:
        os.unlink(temporary)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_all(root: Path, files: dict[str, bytes]) -> None:
    """Write every changed file; records first, then screenshots, then pages, so pages never lead."""
    order = sorted(files, key=lambda path: (path.startswith("docs/"), path.endswith(".md"), path))
    for path in order:
        write_atomic(root / path, files[path])


@contextlib.contextmanager
def update_lock(cache_dir: Path) -> Iterator[None]:
    """Hold the project's update lock: one update at a time reads, embeds and writes the pages,
    so two `--update` runs at once cannot lose each other's page changes."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    with open(cache_dir / "update.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print("waiting for another update of this project to finish", file=sys.stderr)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


WRITTEN: list[str] = []
"""The files the last update of this process wrote, so an interrupt after them is told truly."""


def write_all_whole(root: Path, files: dict[str, bytes]) -> None:
    """`write_all` with Ctrl-C and SIGTERM held back until every file is written.

    A signal that arrives meanwhile is raised afterwards as `InterruptedAfterWriting`, so the
    message can say truthfully that the files were written, each one whole."""
    caught: list[int] = []

    def hold(signum: int, _frame: FrameType | None) -> None:
        caught.append(signum)

    previous = {number: signal.signal(number, hold) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        write_all(root, files)
        WRITTEN[:] = sorted(files)  # a signal from here on is reported as "after writing"
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    if caught:
        raise InterruptedAfterWriting(sorted(files))
