"""C: compile with gcc and strict, sanitised flags, then run the binary."""

from __future__ import annotations

import os

from ..model import Snippet, Step
from .base import CommandRunner, Context

# Every C snippet is compiled with these; a warning or a sanitizer report fails the snippet.
CFLAGS = (
    "-std=c17",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-pedantic",
    "-fsanitize=address,undefined",
    "-fno-sanitize-recover=all",
    "-g",
)


def _steps(snippet: Snippet, ctx: Context) -> tuple[Step, ...]:
    binary = os.path.join(ctx.build, "prog")
    # Compiled from the repository root with the relative path, so gcc's and the sanitizers'
    # messages name `snippets/c/....c:LINE` and `__FILE__` is the same on every machine.
    compile_step = Step(
        (ctx.tools["gcc"], *CFLAGS, snippet.path, "-o", binary, *snippet.options.cflags),
        cwd=str(ctx.config.root),
        compile=True,
    )
    return compile_step, Step((binary, *snippet.options.args))


RUNNER = CommandRunner(language="c", tools=("gcc",), make_steps=_steps)
