"""Probe toolchain versions once, remembering them on disk by the executable's identity."""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
from pathlib import Path

# The arguments that make each tool print its version on its first line.
VERSION_ARGS = {
    "gcc": ("--version",),
    "node": ("--version",),
    "chromium": ("--version",),
    # PyPy's --version names its Python version first; this names PyPy's own first.
    "pypy3": (
        "-c",
        "import sys; print('PyPy %d.%d.%d' % sys.pypy_version_info[:3], 'for Python', "
        "sys.version.split()[0])",
    ),
}


def version(executable: str, name: str, cache_file: Path | None) -> str:
    """The first line of `executable --version` (for Python: this interpreter's own version)."""
    if name == "python":
        return f"{platform.python_implementation()} {platform.python_version()}"
    stat = os.stat(os.path.realpath(executable))
    identity = f"{os.path.realpath(executable)}:{stat.st_size}:{stat.st_mtime_ns}"
    known = _load(cache_file)
    if identity in known:
        return known[identity]
    probe = [executable, *VERSION_ARGS.get(name, ("--version",))]
    if name == "musl-gcc":  # the wrapper reports gcc's version; musl's loader reports musl's
        probe = [_musl_loader(executable)]
    completed = subprocess.run(
        probe,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"},
        timeout=30,
        check=False,
    )
    line = (completed.stdout or completed.stderr).strip().splitlines()
    found = line[0] if line else "unknown"
    if name == "musl-gcc":
        number = re.search(r"^Version (\S+)", completed.stdout + completed.stderr, re.MULTILINE)
        found = f"musl {number[1]}" if number else "musl (version unknown)"
    if cache_file is not None:
        known[identity] = found
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache_file.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(known, indent=1, sort_keys=True))
        os.replace(temporary, cache_file)
    return found


def short(tool: str, line: str) -> str:
    """A reader-facing name: `gcc 12.2.0`, `Node.js 26.12.1`, `CPython 3.11.7`, `Bun 1.4.5`."""
    words = line.split()
    if tool == "gcc" and words:
        return f"gcc {words[-1]}"
    if tool.startswith("node"):
        return f"Node.js {line.lstrip('v')}"
    if tool == "chromium" and len(words) >= 2:
        return f"Chromium {words[1]}"
    if tool == "pypy3" and len(words) >= 2:
        return f"PyPy {words[1]}"
    if tool == "bun":
        return f"Bun {line}"
    if tool == "deno" and len(words) >= 2:
        return f"Deno {words[1]}"
    if tool == "clang":
        number = re.search(r"clang version (\S+)", line)
        return f"clang {number[1]}" if number else line
    return line


def _musl_loader(wrapper: str) -> str:
    """Debian's `musl-gcc` is a script naming musl's specs file; `libc.so` beside it prints the version."""
    specs = re.search(r'-specs "([^"]+)"', Path(wrapper).read_text(errors="replace"))
    if specs is None:
        return wrapper
    return str(Path(specs[1]).parent / "libc.so")


def _load(cache_file: Path | None) -> dict[str, str]:
    if cache_file is None or not cache_file.is_file():
        return {}
    try:
        data = json.loads(cache_file.read_text())
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
