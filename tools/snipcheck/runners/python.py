"""CPython: run the snippet with the interpreter running this tool (the project's venv)."""

from __future__ import annotations

from ..model import Snippet, Step
from .base import CommandRunner, Context, source


def _steps(snippet: Snippet, ctx: Context) -> tuple[Step, ...]:
    return (Step((ctx.tools["python"], source(ctx, snippet), *snippet.options.args)),)


RUNNER = CommandRunner(language="python", make_steps=_steps)
