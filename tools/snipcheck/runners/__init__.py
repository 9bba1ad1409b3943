"""The language registry: file extension to runner, one small runner per language."""

from __future__ import annotations

from . import c, dash, js, python
from .base import Context, Execution, Runner

REGISTRY: dict[str, Runner] = {
    runner.language: runner for runner in (python.RUNNER, c.RUNNER, js.RUNNER, dash.RUNNER)
}

# Dash apps are `.py` files under snippets/python/dash/ (see discover.language_of).
EXTENSIONS = {".py": "python", ".c": "c", ".js": "js", ".cjs": "js", ".mjs": "js"}

__all__ = ["EXTENSIONS", "REGISTRY", "Context", "Execution", "Runner"]
