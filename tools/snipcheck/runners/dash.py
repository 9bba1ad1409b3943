"""Dash apps: serve the app in its own process and drive its scenario in the shared Chromium."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..config import snippet_env
from ..errors import SnippetFailure
from ..model import Output, Snippet
from ..normalise import normalise
from ..sandbox import Group
from .base import Context, Execution

# A Dash app's run covers importing Dash (and plotly), starting the server and every scenario step;
# on a loaded two-core machine the import alone was measured at 13 to 31 s.
DASH_TIMEOUT = 60.0


@dataclass(frozen=True)
class DashRunner:
    """Runs `snippets/python/dash/*.py` with the `.scenario` file beside each app."""

    language: str = "dash"

    def execute(self, snippet: Snippet, ctx: Context) -> Execution:
        root = Path(ctx.config.root)
        app = root / snippet.path
        scenario = app.with_suffix(".scenario")
        outputs: list[Output] = []
        commands: tuple[tuple[str, ...], ...] = ()
        if ctx.sandbox is None:
            raise RuntimeError("a Dash app needs a sandbox (Context.sandbox)")
        sandbox = ctx.sandbox
        for _ in range(ctx.config.repeat):
            with tempfile.TemporaryDirectory(prefix="snipcheck-dash-") as workdir, sandbox.group() as group:

                def wrap(
                    argv: tuple[str, ...], folder: str = workdir, entry: Group = group
                ) -> tuple[str, ...]:
                    return (*entry.prefix(), *sandbox.command(argv, cwd=folder, scratch=folder))

                try:
                    done = ctx.browser.run_app(
                        app,
                        scenario,
                        display_path=snippet.path,
                        python=ctx.tools["python"],
                        env=snippet_env(ctx.config, workdir),
                        cwd=Path("/"),
                        timeout=snippet.options.timeout or max(ctx.config.timeout, DASH_TIMEOUT),
                        wrap=wrap,
                    )
                except SnippetFailure as failure:
                    breach = group.breach()
                    if breach is None:
                        return Execution(tuple(outputs), commands, str(failure))
                    shown = sandbox.limits.describe(breach)
                    return Execution(
                        tuple(outputs),
                        commands,
                        f"stopped by the sandbox: it used more than {shown}; {failure}",
                    )
            commands = tuple(
                tuple(normalise(arg.encode(), str(root)).decode() for arg in command)
                for command in done.commands
            )
            transcript = done.transcript.encode()
            if len(transcript) > ctx.config.limit:  # the same cap as a program's stdout
                return Execution(
                    tuple(outputs),
                    commands,
                    f"its transcript holds more than {ctx.config.limit} bytes, the output limit for "
                    "every snippet; read fewer or smaller elements",
                )
            outputs.append(Output(transcript, b"", 0, done.screenshot))
        return Execution(tuple(outputs), commands)


RUNNER = DashRunner()
