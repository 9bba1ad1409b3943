"""`--watch`: re-verify a snippet and refresh its pages whenever its file is saved."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .config import Config
from .errors import AtlasError

POLL_SECONDS = 0.3


def _stamps(root: Path) -> dict[str, int]:
    return {
        file.relative_to(root).as_posix(): file.stat().st_mtime_ns
        for file in (root / "snippets").rglob("*")
        if file.is_file() and not any(part.startswith(".") for part in file.relative_to(root).parts)
    }


def watch(config: Config) -> int:
    """Poll `snippets/` and run `--update` on each changed snippet until interrupted."""
    from .cli import execute  # the watcher is a loop around one ordinary update run

    print(f"watching {config.root / 'snippets'} (Ctrl-C to stop)", file=sys.stderr)
    seen = _stamps(config.root)
    while True:
        time.sleep(POLL_SECONDS)
        now = _stamps(config.root)
        changed = sorted(path for path, stamp in now.items() if seen.get(path) != stamp)
        seen = now
        # A scenario or stdin file belongs to the program beside it.
        programs = sorted(p for p in {_program(config.root, path) for path in changed} if p is not None)
        if not programs:
            continue
        args = argparse.Namespace(paths=programs, update=True, diff=False, json=False)
        try:
            execute(config, args)
        except AtlasError as error:
            print(str(error), file=sys.stderr)


def _program(root: Path, path: str) -> str | None:
    if path.endswith(".scenario"):
        app = Path(path).with_suffix(".py").as_posix()
        return app if (root / app).is_file() else None
    if Path(path).suffix in (".py", ".c", ".js", ".cjs", ".mjs"):
        return path
    return None
