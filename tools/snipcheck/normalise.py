"""Normalisation: the short list of rules that make machine-specific text stable."""

from __future__ import annotations


def normalise(data: bytes, root: str, *folders: str) -> bytes:
    """Apply the rules, in order, to captured output or a command line.

    1. A temporary folder of the run (work or build folder) becomes `.`: the program ran there.
    2. The repository root followed by `/` disappears: paths are shown relative to the repository.
    """
    for folder in folders:
        if folder:
            data = data.replace(folder.encode(), b".")
    if root:
        data = data.replace(root.rstrip("/").encode() + b"/", b"")
    return data
