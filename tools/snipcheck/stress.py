"""The stress check: run each snippet many times at once on an oversubscribed machine.

A quiet machine hides races: two timers whose order depends on how long the process took
between registering them print the same order a thousand times in a row, then swap on a busy CI
runner. Running many copies at once (by default 16 per core) stretches every gap between two
statements, so an order that no platform guarantees shows up as a run that differs from the
record.
"""

from __future__ import annotations

import concurrent.futures
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass, replace

from . import records, sandbox
from .config import Config
from .model import Output, Snippet, Step, StressResult
from .runners import REGISTRY, Context
from .runners.base import CommandRunner, build, run_once
from .verify import first_difference

# Each run's timeout is multiplied by this: with 16 copies per core a run takes many times its
# quiet wall-clock time, and the stress check looks for wrong orders, not for slowness. A run that
# still times out has hung (or nearly so), and counts as a differing run.
TIMEOUT_SCALE = 4.0

# What makes a program's output depend on scheduling: timers, threads, signals, processes and
# event loops. `--timing-only` stresses just the snippets whose source mentions one of these.
TIMING = {
    "python": re.compile(
        r"\b(asyncio|threading|_thread|concurrent|multiprocessing|subprocess|signal|sched|"
        r"time\.sleep|atexit|selectors|weakref|gc\.collect)\b"
    ),
    "c": re.compile(
        r"<(pthread|signal|threads|semaphore|time|unistd|sys/wait)\.h>|"
        r"\b(fork|atexit|at_quick_exit|raise|kill|alarm|sleep|usleep|nanosleep)\s*\("
    ),
    "js": re.compile(
        r"\b(setTimeout|setInterval|setImmediate|nextTick|queueMicrotask|Promise|async|await|"
        r"worker_threads|child_process|process\.(on|once|kill|exit)|fs\.|AbortController|"
        r"FinalizationRegistry|WeakRef)\b"
    ),
}


def uses_timing(config: Config, snippet: Snippet) -> bool:
    """True when the snippet's source uses timers, threads, signals, processes or an event loop."""
    pattern = TIMING.get(snippet.language)
    return pattern is not None and bool(pattern.search((config.root / snippet.path).read_text()))


def stressable(snippet: Snippet) -> bool:
    """Command snippets can be stressed; Dash apps are driven one at a time by the shared browser."""
    return isinstance(REGISTRY[snippet.language], CommandRunner)


@dataclass
class _Tally:
    """What the runs of one snippet found so far (guarded by the stress run's lock)."""

    expected: Output
    differing: int = 0
    first_run: int = 0
    first: str | None = None


def stress(
    config: Config,
    snippets: list[Snippet],
    tools: dict[str, str],
    runs: int,
    load: int,
    stop: threading.Event,
) -> list[StressResult]:
    """Build each snippet once, then run it `runs` times with `load` runs in flight across all snippets."""
    config = replace(config, timeout_scale=TIMEOUT_SCALE)
    results: dict[str, StressResult] = {}
    planned: list[tuple[Snippet, tuple[Step, ...], Context]] = []
    tallies: dict[str, _Tally] = {}
    folders: list[str] = []
    lock = threading.Lock()
    try:
        for snippet in snippets:
            record = records.load(config.root, snippet.path)
            if record is None:
                results[snippet.path] = StressResult(snippet, runs, failure="no recorded output yet")
                continue
            folders.append(tempfile.mkdtemp(prefix="snipcheck-stress-"))
            ctx = Context(config, tools, folders[-1], None, stop, sandbox.for_config(config, tools))
            runner = REGISTRY[snippet.language]
            assert isinstance(runner, CommandRunner)
            planned.append((snippet, runner.make_steps(snippet, ctx), ctx))
            tallies[snippet.path] = _Tally(record.output)

        with concurrent.futures.ThreadPoolExecutor(max_workers=config.jobs) as pool:
            built = list(pool.map(lambda item: build(item[1], item[0], item[2]), planned))
        ready = []
        for (snippet, steps, ctx), failure in zip(planned, built, strict=True):
            if failure is None:
                ready.append((snippet, steps, ctx))
            else:
                results[snippet.path] = StressResult(snippet, runs, failure=f"failed to build: {failure[0]}")

        def one(snippet: Snippet, steps: tuple[Step, ...], ctx: Context, number: int) -> None:
            done = run_once(steps, snippet, ctx)
            tally = tallies[snippet.path]
            with lock:
                if isinstance(done, Output):
                    differs = not done.same_as(tally.expected)
                    reason = differs and first_difference(tally.expected, done, "the record", f"run {number}")
                else:
                    differs, reason = True, f"run {number} failed: {done[0].splitlines()[0]}"
                if differs:
                    tally.differing += 1
                    if tally.first is None or number < tally.first_run:
                        tally.first, tally.first_run = str(reason), number
            if stop.is_set():
                raise KeyboardInterrupt

        with concurrent.futures.ThreadPoolExecutor(max_workers=load) as pool:
            # Round-robin across snippets, so different programs compete for the cores at once.
            futures = [
                pool.submit(one, snippet, steps, ctx, number)
                for number in range(1, runs + 1)
                for snippet, steps, ctx in ready
            ]
            try:
                for future in concurrent.futures.as_completed(futures):
                    future.result()
            except BaseException:
                stop.set()
                for future in futures:
                    future.cancel()
                raise
        for snippet, _, _ in ready:
            tally = tallies[snippet.path]
            results[snippet.path] = StressResult(snippet, runs, tally.differing, tally.first)
    finally:
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
    return [results[s.path] for s in snippets]
