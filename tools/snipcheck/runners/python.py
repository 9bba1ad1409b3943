"""Python: CPython, the interpreter running this tool (the project's venv), is the primary runtime;
PyPy (Debian's `pypy3`) runs the same file as a second implementation, without the venv's packages."""

from __future__ import annotations

from ..model import Snippet, Step
from ..runtimes import BY_NAME
from .base import CommandRunner, Context, source


def _steps(snippet: Snippet, ctx: Context) -> tuple[Step, ...]:
    interpreter = ctx.tools[BY_NAME[ctx.runtime or "python"].tools[0]]
    return (Step((interpreter, source(ctx, snippet), *snippet.options.args)),)


RUNNER = CommandRunner(language="python", make_steps=_steps)
