"""Node.js: `.js` and `.cjs` as CommonJS, `.mjs` as an ES module (the file's suffix decides)."""

from __future__ import annotations

from ..model import Snippet, Step
from .base import CommandRunner, Context, source


def _steps(snippet: Snippet, ctx: Context) -> tuple[Step, ...]:
    return (Step((ctx.tools["node"], source(ctx, snippet), *snippet.options.args)),)


RUNNER = CommandRunner(language="js", tools=("node",), make_steps=_steps)
