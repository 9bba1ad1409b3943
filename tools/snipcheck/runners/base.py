"""What every runner shares: the run context and the one function that executes command steps."""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..config import Config, snippet_env
from ..diagnose import diagnose
from ..model import Output, Snippet, Step
from ..normalise import normalise
from ..process import run


@dataclass(frozen=True)
class Context:
    """What a runner gets: the configuration, the resolved tools, a build folder, the browser."""

    config: Config
    """The run's configuration."""
    tools: dict[str, str]
    """Toolchain name to absolute executable path."""
    build: str
    """A temporary folder for build products, shared by the repeats of one snippet."""
    browser: Any = None
    """The shared browser session (Dash runner only)."""
    stop: threading.Event | None = None
    """Set when the run is interrupted: running programs are killed."""


@dataclass(frozen=True)
class Execution:
    """What a runner reports: one output per repeat, or a failure."""

    outputs: tuple[Output, ...]
    """The outputs of the repeated runs, in order."""
    commands: tuple[tuple[str, ...], ...]
    """The exact command lines, normalised."""
    failure: str | None = None
    """Why the snippet failed, or None."""
    failure_line: int | None = None
    """The snippet line the failure points at, when known."""


class Runner(Protocol):
    """One language: the tools it needs and how to execute a snippet."""

    @property
    def language(self) -> str:
        """The registry key."""
        ...

    @property
    def tools(self) -> tuple[str, ...]:
        """Toolchain names it needs, resolved by the CLI (`python`, `gcc`, `node`, `chromium`)."""
        ...

    def execute(self, snippet: Snippet, ctx: Context) -> Execution:
        """Run the snippet `ctx.config.repeat` times, or report why it failed."""
        ...


@dataclass(frozen=True)
class CommandRunner:
    """A runner whose work is a list of command steps (compile steps run once, the rest per repeat)."""

    language: str
    tools: tuple[str, ...]
    make_steps: Callable[[Snippet, Context], tuple[Step, ...]]

    def execute(self, snippet: Snippet, ctx: Context) -> Execution:
        return execute_steps(self.make_steps(snippet, ctx), snippet, ctx)


def execute_steps(steps: tuple[Step, ...], snippet: Snippet, ctx: Context) -> Execution:
    """Run the build steps once, then the run steps `repeat` times, each in a fresh folder."""
    display = shown_commands(steps, ctx)
    failure = build(steps, snippet, ctx)
    if failure is not None:
        return Execution((), display, *failure)
    outputs: list[Output] = []
    for _ in range(ctx.config.repeat):
        done = run_once(steps, snippet, ctx)
        if not isinstance(done, Output):
            return Execution(tuple(outputs), display, *done)
        outputs.append(done)
    return Execution(tuple(outputs), display)


def shown_commands(steps: tuple[Step, ...], ctx: Context) -> tuple[tuple[str, ...], ...]:
    """The command lines as records and pages show them (repository and build paths normalised)."""
    root = str(ctx.config.root)
    return tuple(
        tuple(normalise(arg.encode(), root, ctx.build).decode() for arg in step.argv) for step in steps
    )


def build(steps: tuple[Step, ...], snippet: Snippet, ctx: Context) -> tuple[str, int | None] | None:
    """Run the compile steps once, in `ctx.build`; a (reason, line) failure or None."""
    config = ctx.config
    for step in (s for s in steps if s.compile):
        done = run(
            step.argv,
            cwd=step.cwd or ctx.build,
            env=snippet_env(config, ctx.build),
            stdin=None,
            timeout=(snippet.options.timeout or config.timeout) * config.timeout_scale,
            limit=config.limit,
            stop=ctx.stop,
        )
        verdict = diagnose(done, snippet, compile=True, root=str(config.root), folders=(ctx.build,))
        if verdict is not None:
            return verdict
    return None


def run_once(steps: tuple[Step, ...], snippet: Snippet, ctx: Context) -> Output | tuple[str, int | None]:
    """Run the non-compile steps once in a fresh folder: the output, or a (reason, line) failure."""
    config = ctx.config
    root = str(config.root)
    stdin = None
    if snippet.options.stdin is not None:
        stdin = (config.root / snippet.path).parent.joinpath(snippet.options.stdin).read_bytes()
    output = Output(b"", b"", 0)
    with tempfile.TemporaryDirectory(prefix="snipcheck-run-") as workdir:
        for step in (s for s in steps if not s.compile):
            done = run(
                step.argv,
                cwd=step.cwd or workdir,
                env=snippet_env(config, workdir),
                stdin=stdin,
                timeout=(snippet.options.timeout or config.timeout) * config.timeout_scale,
                limit=config.limit,
                stop=ctx.stop,
            )
            verdict = diagnose(done, snippet, compile=False, root=root, folders=(ctx.build, workdir))
            if verdict is not None:
                return verdict
            output = Output(
                stdout=normalise(done.stdout, root, ctx.build, workdir),
                stderr=normalise(done.stderr, root, ctx.build, workdir),
                exit_status=done.returncode,
            )
    return output


def source(ctx: Context, snippet: Snippet) -> str:
    """Absolute path of the snippet's file."""
    return str(Path(ctx.config.root) / snippet.path)
