"""JavaScript: `.js` and `.cjs` as CommonJS, `.mjs` as an ES module (the file's suffix decides).

Node.js (the primary runtime and the other Node lines of the matrix) runs the file directly; Bun
with `bun run FILE`; Deno with `deno run --allow-all FILE` (the sandbox, not Deno's permission
system, is what confines a snippet).
"""

from __future__ import annotations

from ..model import Snippet, Step
from ..runtimes import primary
from .base import CommandRunner, Context, source

LAUNCH = {"bun": ("run",), "deno": ("run", "--allow-all", "--quiet")}


def _steps(snippet: Snippet, ctx: Context) -> tuple[Step, ...]:
    runtime = ctx.runtime or primary("js").name
    launch = LAUNCH.get(runtime, ())
    return (Step((ctx.tools[runtime], *launch, source(ctx, snippet), *snippet.options.args)),)


RUNNER = CommandRunner(language="js", make_steps=_steps)
