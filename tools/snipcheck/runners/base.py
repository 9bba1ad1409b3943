"""What every runner shares: the run context and the one function that executes command steps."""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from ..config import Config, snippet_env
from ..diagnose import diagnose
from ..model import Output, Snippet, Step
from ..normalise import normalise
from ..process import Completed, run
from ..runtimes import BY_NAME
from ..sandbox import Sandbox


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
    sandbox: Sandbox | None = None
    """Where every step runs (see `sandbox.py`); never None when a step runs."""
    runtime: str = ""
    """The runtime of the matrix this run uses (`runtimes.py`); empty means the language's primary."""

    @property
    def primary(self) -> bool:
        """True when this run is the primary runtime's, whose exit status the header declares."""
        return self.runtime == "" or BY_NAME[self.runtime].primary


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

    def execute(self, snippet: Snippet, ctx: Context) -> Execution:
        """Run the snippet `ctx.config.repeat` times, or report why it failed."""
        ...


@dataclass(frozen=True)
class CommandRunner:
    """A runner whose work is a list of command steps (compile steps run once, the rest per repeat)."""

    language: str
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
        done, breach = _sandboxed(
            step, ctx, snippet, cwd=step.cwd or ctx.build, env=snippet_env(config, ctx.build), stdin=None
        )
        verdict = diagnose(
            done, snippet, compile=True, root=str(config.root), folders=(ctx.build,), breach=breach
        )
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
            done, breach = _sandboxed(
                step,
                ctx,
                snippet,
                cwd=step.cwd or workdir,
                env=snippet_env(config, workdir),
                stdin=stdin,
                scratch=workdir,
            )
            verdict = diagnose(
                done,
                snippet,
                compile=False,
                root=root,
                folders=(ctx.build, workdir),
                breach=breach,
                any_status=not ctx.primary,
            )
            if verdict is not None:
                return verdict
            output = Output(
                stdout=normalise(done.stdout, root, ctx.build, workdir),
                stderr=normalise(done.stderr, root, ctx.build, workdir),
                exit_status=done.returncode,
            )
    return output


def _sandboxed(
    step: Step,
    ctx: Context,
    snippet: Snippet,
    *,
    cwd: str,
    env: dict[str, str],
    stdin: bytes | None,
    scratch: str | None = None,
) -> tuple[Completed, str | None]:
    """Run one step in the sandbox: a compile step may write the build folder, a run step only
    its private `scratch` folder. Returns what it did and the limit it ran into, if any."""
    config = ctx.config
    timeout = (snippet.options.timeout or config.timeout) * config.timeout_scale
    if ctx.sandbox is None:
        raise RuntimeError("a snippet step needs a sandbox (Context.sandbox)")
    status_read, status_write = os.pipe()
    try:
        if scratch is None:
            argv = ctx.sandbox.command(step.argv, cwd=cwd, writable=(ctx.build,), status_fd=status_write)
        else:
            argv = ctx.sandbox.command(
                step.argv, cwd=cwd, scratch=scratch, extra_readable=(ctx.build,), status_fd=status_write
            )
        with ctx.sandbox.group() as group:
            done = run(
                (*group.prefix(), *argv),
                cwd="/",
                env=env,
                stdin=stdin,
                timeout=timeout,
                limit=config.limit,
                stop=ctx.stop,
                pass_fds=(status_write,),
            )
            breach = group.breach()
        os.close(status_write)
        status_write = -1
        os.set_blocking(status_read, False)
        try:
            ended = os.read(status_read, 64).split()
        except BlockingIOError:
            ended = []
    finally:
        os.close(status_read)
        if status_write >= 0:
            os.close(status_write)
    if len(ended) == 2 and ended[0] == b"signal" and ended[1].isdigit():
        done = replace(done, returncode=-int(ended[1]))  # bwrap said 128+N: it was a signal
    return done, None if breach is None else ctx.sandbox.limits.describe(breach)


def source(ctx: Context, snippet: Snippet) -> str:
    """Absolute path of the snippet's file."""
    return str(Path(ctx.config.root) / snippet.path)
