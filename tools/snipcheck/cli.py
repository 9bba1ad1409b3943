"""The command line: check by default, write records and pages only with `--update`."""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import os
import signal
import sys
import threading
from dataclasses import replace
from pathlib import Path
from types import FrameType
from typing import Any

from . import cache, pages, records, sandbox, stress, writeback
from .config import Config
from .discover import discover
from .errors import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    AtlasError,
    Drift,
    Interrupted,
    InterruptedAfterWriting,
)
from .model import Record, RunResult, Snippet
from .report import Progress, drift_diff, json_report, text_diff
from .runners import EXTENSIONS
from .runtimes import Runtime, of_language, primary
from .toolchain import short, version
from .verify import cache_key, verify

FIX = "python -m tools.snipcheck --update"
STRESS = "python -m tools.snipcheck --stress"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tools.snipcheck",
        description="Run every snippet, compare with its record and check the pages that show it.",
        epilog="Exit codes: 0 in sync, 1 drift, 2 usage or configuration error, "
        "3 a snippet failed to compile, crashed or timed out, 130 interrupted.",
    )
    parser.add_argument("paths", nargs="*", help="snippets to run (default: all under snippets/)")
    parser.add_argument("--update", action="store_true", help="record new output and embed it in the pages")
    parser.add_argument("--diff", action="store_true", help="also show the file changes --update would make")
    parser.add_argument("--json", action="store_true", help="write a machine-readable report on stdout")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="snippets run at once")
    parser.add_argument("--repeat", type=int, default=1, help="run each snippet N times; outputs must agree")
    parser.add_argument(
        "--stress",
        type=int,
        metavar="N",
        help="run each snippet N times, many at once; fail on any run that differs from its record",
    )
    parser.add_argument(
        "--load", type=int, default=16, help="with --stress: copies in flight per core, on top of --jobs (16)"
    )
    parser.add_argument(
        "--timing-only",
        action="store_true",
        help="with --stress: only snippets that use timers, threads, signals, processes or an event loop",
    )
    parser.add_argument("--no-cache", action="store_true", help="run everything, ignore cached outputs")
    parser.add_argument("--timeout", type=float, default=10.0, help="default seconds per run (10)")
    parser.add_argument("--watch", action="store_true", help="re-verify each snippet when it is saved")
    parser.add_argument("--root", default=".", help="the repository root (default: current folder)")
    args = parser.parse_args(argv)
    if args.jobs < 1 or args.repeat < 1 or args.timeout <= 0:
        parser.error("--jobs and --repeat take a whole number from 1, --timeout a positive number")
    if args.stress is not None:
        if args.stress < 1 or args.load < 1:
            parser.error("--stress and --load take a whole number from 1")
        clash = [name for name in ("update", "diff", "json", "watch") if getattr(args, name)]
        if clash or args.repeat != 1:
            other = (clash or ["repeat"])[0]
            parser.error(f"--stress checks against the records; it cannot be combined with --{other}")
    elif args.timing_only:
        parser.error("--timing-only selects snippets for --stress; add --stress N")
    return args


def build_config(args: argparse.Namespace) -> Config:
    root = Path(args.root).resolve()
    if not (root / "snippets").is_dir():
        raise AtlasError(root, None, "no snippets/ folder here; run from the repository root or pass --root")
    return Config(
        root=root,
        jobs=args.jobs,
        use_cache=not args.no_cache and args.repeat == 1,
        repeat=args.repeat,
        timeout=args.timeout,
        search_path=os.environ.get("PATH", ""),
        require_limits=os.environ.get("CI", "") not in ("", "0", "false"),
    )


def toolchains(
    config: Config, snippets: list[Snippet], matrix: bool = True
) -> tuple[dict[str, str], dict[str, tuple[tuple[str, str], ...]]]:
    """Resolve every tool the selected snippets' runtimes need (a missing one is a ConfigError) and
    each runtime's toolchain: (tool, version line) pairs, keyed by runtime name."""
    tools: dict[str, str] = {}
    versions: dict[str, str] = {}
    languages = sorted({snippet.language for snippet in snippets})
    needed = [
        rt for language in languages for rt in (of_language(language) if matrix else (primary(language),))
    ]
    for runtime in needed:
        for name in runtime.tools:
            if name not in tools:
                tools[name] = config.tool(name)
                versions[name] = version(tools[name], name, config.cache_dir / "toolchains.json")
    if tools:
        sandbox.for_config(config, tools)  # a missing bwrap or unusable cgroup fails here, once
    return tools, {rt.name: tuple((name, versions[name]) for name in rt.tools) for rt in needed}


def run_all(
    config: Config,
    snippets: list[Snippet],
    digests: dict[str, str],
    tools: dict[str, str],
    versions: dict[str, tuple[tuple[str, str], ...]],
    progress: Progress,
) -> list[RunResult]:
    """Verify the snippets on every runtime of their matrix, in parallel (primary runs first, so
    they are never starved); Dash apps in one thread that owns the shared browser.

    The result list holds the primary runs in the order of `snippets`, then the other runtimes'."""
    stop = threading.Event()
    results: dict[tuple[str, str], RunResult] = {}
    browser_holder: list[Any] = []
    jobs = [(s, rt) for s in snippets for rt in of_language(s.language)[:1]]
    jobs += [
        (s, rt)
        for s in snippets
        for rt in of_language(s.language)[1:]
        if rt.name in versions and rt.name not in s.options.skip
    ]

    def one(snippet: Snippet, runtime: Runtime, browser: Any = None) -> RunResult:
        name = "" if runtime.primary else runtime.name
        return verify(
            snippet, config, tools, digests[snippet.path], versions[runtime.name], browser, stop, name
        )

    def dash(snippet: Snippet, runtime: Runtime) -> RunResult:
        if not browser_holder:
            from .browser import Browser  # imported only when a Dash app runs: Playwright is heavy

            browser_holder.append(Browser(tools["chromium"]).__enter__())
        return one(snippet, runtime, browser_holder[0])

    def close_browser() -> None:
        if browser_holder:
            browser_holder.pop().__exit__(None, None, None)

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=config.jobs)
    browser_thread = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        futures = [
            browser_thread.submit(dash, s, rt) if s.language == "dash" else pool.submit(one, s, rt)
            for s, rt in jobs
        ]
        for future in concurrent.futures.as_completed(futures):
            result = future.result()
            results[(result.snippet.path, result.runtime)] = result
            progress.advance(result)
            if not result.cached and result.output is not None and config.repeat == 1:
                key = cache_key(result.snippet, result.digest, result.toolchain, result.runtime)
                cache.store(config.cache_dir, key, result.output, result.commands)
    except BaseException:
        stop.set()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        browser_thread.submit(close_browser).result()
        browser_thread.shutdown(wait=True)
        progress.finish()
    return [results[(s.path, "" if rt.primary else rt.name)] for s, rt in jobs]


def main(argv: list[str] | None = None) -> int:
    """Parse, run, report; only here are errors mapped to exit codes."""

    def interrupt(_signum: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        config = build_config(args)
        if args.watch:
            from .watch import watch

            return watch(config)
        if args.stress is not None:
            return execute_stress(config, args)
        return execute(config, args)
    except AtlasError as error:
        print(str(error), file=sys.stderr)
        return error.exit_code
    except (KeyboardInterrupt, Interrupted, InterruptedAfterWriting):
        # A signal held back during the writes, or one that came after them: say what was written.
        if writeback.WRITTEN:
            written = list(writeback.WRITTEN)
            print(
                f"interrupted after the update had written {_plural(len(written), 'file')}, "
                f"each one whole: {', '.join(written)}; the check of the pages did not run",
                file=sys.stderr,
            )
            return EXIT_INTERRUPTED
        print("interrupted: no record or page was written", file=sys.stderr)
        return EXIT_INTERRUPTED


def execute(config: Config, args: argparse.Namespace) -> int:
    """One check or update run over the selected snippets."""
    writeback.WRITTEN.clear()
    every = discover(config.root, EXTENSIONS)
    selected = discover(config.root, EXTENSIONS, args.paths) if args.paths else every
    digests = {s.path: records.digest(config.root, s) for s in every + selected}
    tools, versions = toolchains(config, selected)
    progress = Progress(sum(len(of_language(s.language)) - len(s.options.skip) for s in selected))
    everything = run_all(config, selected, digests, tools, versions, progress)
    results = [result for result in everything if not result.runtime]
    others: dict[str, list[RunResult]] = {}
    for result in everything:
        if result.runtime:
            others.setdefault(result.snippet.path, []).append(result)

    old = {s.path: records.load(config.root, s.path) for s in every + selected}
    new: dict[str, Record | None] = dict(old)
    verdicts: dict[str, str] = {}
    problems: list[str] = []
    failed = drifted = misconfigured = False
    writes: dict[str, bytes] = {}
    for result in results:
        path = result.snippet.path
        record = old[path]
        if result.failure is not None or result.output is None:
            verdicts[path] = "failed"
            failed = True
            problems.append(f"{result.failure}\n  fix the snippet, then run: {FIX} {path}")
            continue
        fresh = records.from_result(result, tuple(others.get(path, ())))
        changes = [] if record is None else matrix_changes(record, fresh)
        if record is None:
            verdicts[path] = "missing"
        elif not record.output.same_as(result.output) or any(kind == "drift" for kind, _ in changes):
            verdicts[path] = "drift"
        elif changes:
            verdicts[path] = "missing"
        elif record.digest != result.digest or _runtimes(record) != _runtimes(fresh):
            verdicts[path] = "stale"
        else:
            # Same source, same outputs everywhere: the record stays as it is, so a new patch
            # release of a toolchain rewrites no record and no page.
            verdicts[path] = "ok"
            continue
        if (
            record is not None
            and verdicts[path] == "stale"
            and records.screenshot_matches(config.root, record)
        ):
            fresh = replace(fresh, screenshot_sha256=record.screenshot_sha256)
        elif result.output.screenshot is not None:
            writes[records.screenshot_path(path)] = result.output.screenshot
        new[path] = fresh
        writes[records.record_path(path)] = records.dumps(fresh).encode()
        if args.update:
            continue
        if record is None:
            drifted = True
            problems.append(f"{path}: no recorded output yet\n  run: {FIX} {path}")
        elif verdicts[path] in ("drift", "missing"):
            drifted = True
            if not record.output.same_as(result.output):
                problems.append(
                    f"{path}: output differs from {records.record_path(path)}\n"
                    f"{drift_diff(record.output, result.output)}"
                    f"  if the new output is right, run: {FIX} {path}"
                )
            for _, message in changes:
                problems.append(f"{path}: {message}\n  if the new output is right, run: {FIX} {path}")

    # One update at a time reads, embeds and writes pages: concurrent updates lose nothing.
    locked = contextlib.ExitStack()
    if args.update:
        locked.enter_context(writeback.update_lock(config.cache_dir))
    shown = new if args.update else old
    # Only the selected snippets' regions are rewritten: `--update PATH` touches nothing else.
    ours = {s.path: record for s in selected if (record := new.get(s.path)) is not None}
    texts: dict[str, str] = {}
    for link in pages.links(config.root):
        problems.append(str(link))
        misconfigured = True
    for page in pages.pages(config.root):
        if (config.root / page).is_symlink():  # never read, never rewritten: it could be any file
            problems.append(f"{page}: a page may not be a symbolic link; commit the file itself")
            misconfigured = True
            continue
        text = (config.root / page).read_text(encoding="utf-8")
        if args.update:
            updated = pages.embed(page, text, ours, config.root, new)
            if updated != text:
                writes[page] = updated.encode()
            text = updated
        texts[page] = text

    changed = {path: data for path, data in writes.items() if _differs(config.root / path, data)}
    if args.diff:
        for path, data in sorted(changed.items()):
            if not path.endswith(".png"):
                old_text = (config.root / path).read_text() if (config.root / path).exists() else ""
                sys.stdout.write(text_diff(path, old_text, data.decode()))
    if args.update:
        try:
            writeback.write_all_whole(config.root, changed)
        finally:
            locked.close()
        for path in sorted(changed):
            print(f"wrote {path}", file=sys.stderr)

    # Pages are checked as they now stand on disk (after an update, with its new screenshots).
    for page, text in texts.items():
        for problem in pages.check_page(config.root, page, text, shown, digests):
            drifted = drifted or isinstance(problem, Drift)
            misconfigured = misconfigured or not isinstance(problem, Drift)
            problems.append(str(problem))

    if args.json:
        print(json_report(results, verdicts, old))
    for message in problems:
        print(message, file=sys.stderr)
    counts = {v: list(verdicts.values()).count(v) for v in ("ok", "stale", "drift", "missing", "failed")}
    summary = ", ".join(f"{n} {v}" for v, n in counts.items() if n)
    print(f"{len(results)} snippets: {summary or 'none'}", file=sys.stderr)
    if failed:
        return EXIT_FAILED
    if misconfigured:
        return EXIT_USAGE
    return Drift.exit_code if drifted else EXIT_OK


def execute_stress(config: Config, args: argparse.Namespace) -> int:
    """Run each selected snippet `--stress` times under heavy load; report every unstable one."""
    chosen = (
        discover(config.root, EXTENSIONS, args.paths) if args.paths else discover(config.root, EXTENSIONS)
    )
    dash = [s for s in chosen if not stress.stressable(s)]
    selected = [s for s in chosen if stress.stressable(s)]
    quiet = []
    if args.timing_only:
        quiet = [s for s in selected if not stress.uses_timing(config, s)]
        selected = [s for s in selected if stress.uses_timing(config, s)]
    tools, _ = toolchains(config, selected, matrix=False)
    in_flight = args.load * (os.cpu_count() or 1) + config.jobs
    results = stress.stress(config, selected, tools, args.stress, in_flight, threading.Event())
    exit_code = EXIT_OK
    for result in results:
        path = result.snippet.path
        if result.failure is not None:
            fix = "fix the snippet, then run" if result.failure.startswith("failed") else "run"
            print(f"{path}: cannot stress: {result.failure}\n  {fix}: {FIX} {path}", file=sys.stderr)
            exit_code = max(
                exit_code, EXIT_FAILED if result.failure.startswith("failed") else Drift.exit_code
            )
        elif result.differing:
            print(
                f"{path}: {result.differing} of {result.runs} runs under load differ from "
                f"{records.record_path(path)}; first: {result.first}\n"
                "  make the output depend only on orders the platform guarantees (a virtual clock, "
                "explicit synchronisation; see docs/conventions.md), "
                f"then run: {STRESS} {args.stress} {path}",
                file=sys.stderr,
            )
            exit_code = EXIT_FAILED
    unstable = sum(1 for r in results if r.differing)
    broken = sum(1 for r in results if r.failure is not None)
    counts = [f"{len(results) - unstable - broken} stable"]
    counts += [f"{unstable} unstable"] if unstable else []
    counts += [f"{broken} not run"] if broken else []
    left = [f"{_plural(len(dash), 'Dash app')} (use --repeat)"] if dash else []
    left += [f"{_plural(len(quiet), 'snippet')} without timers, threads or signals"] if quiet else []
    print(
        f"stress: {_plural(len(results), 'snippet')} x {args.stress} runs, {in_flight} at once: "
        + ", ".join(counts)
        + (f"; not stressed: {', '.join(left)}" if left else ""),
        file=sys.stderr,
    )
    if not results:
        print("stress: nothing selected to stress", file=sys.stderr)
        return EXIT_USAGE
    return exit_code


def matrix_changes(record: Record, fresh: Record) -> list[tuple[str, str]]:
    """How the other runtimes' fresh outcomes depart from the record: ("missing" | "drift", message)."""
    changes: list[tuple[str, str]] = []
    for variant in fresh.matrix:
        label = short(*variant.toolchain[0]) if variant.toolchain else variant.runtime
        recorded = record.variant(variant.runtime)
        if recorded is None:
            changes.append(("missing", f"no recorded output on {label} yet"))
        elif not recorded.same_outcome(variant):
            where = f"on {label} the output differs from {records.record_path(record.snippet)}"
            if recorded.output is not None and variant.output is not None:
                changes.append(("drift", f"{where}\n{drift_diff(recorded.output, variant.output)}".rstrip()))
            else:
                was = recorded.failure if recorded.output is None else "printed its output"
                now = variant.failure if variant.output is None else "printed an output"
                changes.append(("drift", f"{where}: recorded: {was}; now: {now}"))
    return changes


def _runtimes(record: Record) -> list[str]:
    return [variant.runtime for variant in record.matrix]


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _differs(file: Path, data: bytes) -> bool:
    return not file.is_file() or file.read_bytes() != data
