"""The result cache: outputs keyed by everything that can change them."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path

from .model import Output, Snippet, decode_bytes, encode_bytes

# Bump when a runner changes how it runs programs: every cached output becomes invalid.
RUNNER_VERSION = "1"


def key(snippet: Snippet, digest: str, toolchain: tuple[tuple[str, str], ...], flags: tuple[str, ...]) -> str:
    """sha256 of the source digest, the header options, the toolchain versions and the runner."""
    material = json.dumps(
        [RUNNER_VERSION, snippet.language, digest, asdict(snippet.options), list(toolchain), list(flags)],
        sort_keys=True,
    )
    return hashlib.sha256(material.encode()).hexdigest()


def _file(folder: Path, cache_key: str) -> Path:
    return folder / "results" / f"{cache_key}.json"


def load(folder: Path, cache_key: str) -> tuple[Output, tuple[tuple[str, ...], ...]] | None:
    """A cached output and its commands, or None (a damaged entry is ignored)."""
    try:
        data = json.loads(_file(folder, cache_key).read_text())
        shot = data.get("screenshot")
        output = Output(
            decode_bytes(data["stdout"]),
            decode_bytes(data["stderr"]),
            int(data["exit_status"]),
            base64.b64decode(shot) if shot else None,
        )
        return output, tuple(tuple(command) for command in data["commands"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(folder: Path, cache_key: str, output: Output, commands: tuple[tuple[str, ...], ...]) -> None:
    """Remember an output (written atomically; the cache is git-ignored)."""
    file = _file(folder, cache_key)
    file.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "stdout": encode_bytes(output.stdout),
        "stderr": encode_bytes(output.stderr),
        "exit_status": output.exit_status,
        "commands": [list(command) for command in commands],
        "screenshot": base64.b64encode(output.screenshot).decode() if output.screenshot else None,
    }
    temporary = file.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps(data))
    os.replace(temporary, file)
