"""C: compile with strict, sanitised flags (gcc, the primary compiler, or clang), then run the binary.

musl's C library is tried with gcc through Debian's `musl-gcc`, without the sanitizers: their
runtimes support glibc only, so a musl build checks the program's output, not its memory safety.
"""

from __future__ import annotations

import os

from ..model import Snippet, Step
from ..runtimes import BY_NAME, primary
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
# The same flags without the sanitizers, for musl.
PLAIN_CFLAGS = tuple(flag for flag in CFLAGS if not flag.startswith(("-fsanitize", "-fno-sanitize")))


def flags(runtime: str) -> tuple[str, ...]:
    """The fixed flags a runtime of the C matrix compiles with."""
    return PLAIN_CFLAGS if runtime == "musl" else CFLAGS


def _steps(snippet: Snippet, ctx: Context) -> tuple[Step, ...]:
    runtime = ctx.runtime or primary("c").name
    compiler = ctx.tools[BY_NAME[runtime].tools[0]]
    binary = os.path.join(ctx.build, "prog")
    # Compiled from the repository root with the relative path, so gcc's and the sanitizers'
    # messages name `snippets/c/....c:LINE` and `__FILE__` is the same on every machine.
    compile_step = Step(
        (compiler, *flags(runtime), snippet.path, "-o", binary, *snippet.options.cflags),
        cwd=str(ctx.config.root),
        compile=True,
    )
    return compile_step, Step((binary, *snippet.options.args))


RUNNER = CommandRunner(language="c", make_steps=_steps)
