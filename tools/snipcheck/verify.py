"""Verify one snippet: run it (or take it from the cache) and insist that repeats agree."""

from __future__ import annotations

import tempfile
import threading
import time
from dataclasses import replace
from typing import Any

from . import cache, sandbox
from .config import Config
from .model import Output, RunResult, Snippet
from .runners import REGISTRY, Context
from .runners.c import flags


def verify(
    snippet: Snippet,
    config: Config,
    tools: dict[str, str],
    digest: str,
    toolchain: tuple[tuple[str, str], ...],
    browser: Any = None,
    stop: threading.Event | None = None,
    runtime: str = "",
) -> RunResult:
    """Run one snippet `config.repeat` times on one runtime, or take its output from the cache."""
    base = RunResult(snippet=snippet, digest=digest, toolchain=toolchain, runtime=runtime)
    if config.use_cache and config.repeat == 1:
        hit = cache.load(config.cache_dir, cache_key(snippet, digest, toolchain, runtime))
        if hit is not None:
            return replace(base, output=hit[0], commands=hit[1], cached=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="snipcheck-build-") as build:
        ctx = Context(config, tools, build, browser, stop, sandbox.for_config(config, tools), runtime)
        done = REGISTRY[snippet.language].execute(snippet, ctx)
    ran = replace(base, commands=done.commands, duration=time.monotonic() - started)
    if done.failure is not None:
        return replace(ran, failure=_located(snippet, done.failure, done.failure_line))
    first = done.outputs[0]
    if runtime in snippet.options.varies:  # declared to vary there: only that it runs is checked
        return replace(ran, output=first)
    for number, other in enumerate(done.outputs[1:], start=2):
        if not other.same_as(first):
            difference = first_difference(first, other, "run 1", f"run {number}")
            return replace(ran, failure=f"{snippet}: output differs between runs: {difference}")
    return replace(ran, output=first)


def cache_key(
    snippet: Snippet, digest: str, toolchain: tuple[tuple[str, str], ...], runtime: str = ""
) -> str:
    """The cache key of a snippet's output: its digest, options, runtime, toolchain and fixed flags."""
    fixed = flags(runtime or "gcc") if snippet.language == "c" else ()
    return cache.key(snippet, digest, toolchain, (runtime, *fixed))


def _located(snippet: Snippet, failure: str, line: int | None) -> str:
    # Dash failures arrive already rendered as `path:line: message`.
    if failure.startswith(snippet.path) or failure.startswith("snippets/"):
        return failure
    where = snippet.path if line is None else f"{snippet.path}:{line}"
    return f"{where}: {failure}"


def first_difference(expected: Output, actual: Output, expected_label: str, actual_label: str) -> str:
    """Where `actual` first departs from `expected`, naming the stream, the line and whose is whose."""
    if expected.exit_status != actual.exit_status:
        return (
            f"exit status {expected.exit_status} in {expected_label}, {actual.exit_status} in {actual_label}"
        )
    for stream in ("stdout", "stderr"):
        a = getattr(expected, stream).decode("utf-8", "replace").split("\n")
        b = getattr(actual, stream).decode("utf-8", "replace").split("\n")
        for index, (left, right) in enumerate(zip(a, b, strict=False), start=1):
            if left != right:
                return f"{stream} line {index} is {left!r} in {expected_label}, {right!r} in {actual_label}"
        if len(a) != len(b):
            index = min(len(a), len(b)) + 1
            lines = f"{len(a)} lines in {expected_label}, {len(b)} in {actual_label}"
            return f"{stream} has {lines} (from line {index})"
    return "outputs differ"
