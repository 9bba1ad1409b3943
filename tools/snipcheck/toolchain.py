"""Probe toolchain versions once, remembering them on disk by the executable's identity."""

from __future__ import annotations

import json
import os
import platform
import subprocess
from pathlib import Path

# The arguments that make each tool print its version on its first line.
VERSION_ARGS = {"gcc": ("--version",), "node": ("--version",), "chromium": ("--version",)}


def version(executable: str, name: str, cache_file: Path | None) -> str:
    """The first line of `executable --version` (for Python: this interpreter's own version)."""
    if name == "python":
        return f"{platform.python_implementation()} {platform.python_version()}"
    stat = os.stat(os.path.realpath(executable))
    identity = f"{os.path.realpath(executable)}:{stat.st_size}:{stat.st_mtime_ns}"
    known = _load(cache_file)
    if identity in known:
        return known[identity]
    completed = subprocess.run(
        [executable, *VERSION_ARGS.get(name, ("--version",))],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"},
        timeout=30,
        check=False,
    )
    line = (completed.stdout or completed.stderr).strip().splitlines()
    found = line[0] if line else "unknown"
    if cache_file is not None:
        known[identity] = found
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache_file.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(known, indent=1, sort_keys=True))
        os.replace(temporary, cache_file)
    return found


def short(tool: str, line: str) -> str:
    """A reader-facing name: `gcc 12.2.0`, `Node.js 20.20.2`, `CPython 3.11.7`."""
    words = line.split()
    if tool == "gcc" and words:
        return f"gcc {words[-1]}"
    if tool == "node":
        return f"Node.js {line.lstrip('v')}"
    if tool == "chromium" and len(words) >= 2:
        return f"Chromium {words[1]}"
    return line


def _load(cache_file: Path | None) -> dict[str, str]:
    if cache_file is None or not cache_file.is_file():
        return {}
    try:
        data = json.loads(cache_file.read_text())
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
