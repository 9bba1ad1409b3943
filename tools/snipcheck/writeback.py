"""Write files back once, at the end: each through a temporary file and an atomic rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
