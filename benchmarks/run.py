"""`make bench`: the check's speed as ratios against floors measured in the same run (medians)."""

from __future__ import annotations

import concurrent.futures
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.snipcheck.config import Config, snippet_env  # noqa: E402
from tools.snipcheck.discover import discover  # noqa: E402
from tools.snipcheck.model import Snippet  # noqa: E402
from tools.snipcheck.runners import EXTENSIONS, REGISTRY, Context  # noqa: E402
from tools.snipcheck.runners.base import CommandRunner  # noqa: E402
from tools.snipcheck.runners.c import CFLAGS  # noqa: E402
from tools.snipcheck.runtimes import Runtime, of_language  # noqa: E402

PY = sys.executable
CORES = os.cpu_count() or 1
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def quiet(argv: list[str], **kwargs: object) -> None:
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)  # type: ignore[call-overload]


def floors(work: Path) -> dict[str, float]:
    """The bare cost of one program per language, with the tool's own environment and flags."""
    env = snippet_env(Config(root=ROOT), str(work))
    (work / "hello.c").write_text('#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n')
    node = shutil.which("node") or "node"
    gcc = shutil.which("gcc") or "gcc"

    def c() -> None:
        quiet([gcc, *CFLAGS, "hello.c", "-o", "prog"], cwd=work, env=env)
        quiet(["./prog"], cwd=work, env=env)

    return {
        "python": median_seconds(lambda: quiet([PY, "-c", "pass"], env=env), 7),
        "js": median_seconds(lambda: quiet([node, "-e", "0"], env=env), 7),
        "c": median_seconds(c, 5),
    }


def same_processes(snippets: list[Snippet]) -> float:
    """Wall seconds to run every snippet's own commands bare (no tool, no sandbox), CORES at once,
    on every runtime of its matrix (Node.js 22, 24 and 26, Bun, Deno; gcc, clang, musl).

    The commands are the runners' own (same compiler flags, interpreter, arguments, stdin and
    environment), so the ratio of the tool's cold check to this floor is what the tool and its
    sandbox add, whatever the programs themselves spend (sleeps, timers, threads)."""
    config = Config(root=ROOT, search_path=os.environ.get("PATH", ""))
    jobs = [(s, rt) for s in snippets for rt in of_language(s.language)]
    tools = {name: config.tool(name) for _, rt in jobs for name in rt.tools}

    def one(job: tuple[Snippet, Runtime]) -> None:
        snippet, runtime = job
        runner = REGISTRY[snippet.language]
        assert isinstance(runner, CommandRunner)
        stdin = None
        if snippet.options.stdin is not None:
            stdin = (ROOT / snippet.path).parent.joinpath(snippet.options.stdin).read_bytes()
        name = "" if runtime.primary else runtime.name
        with tempfile.TemporaryDirectory() as build, tempfile.TemporaryDirectory() as folder:
            for step in runner.make_steps(snippet, Context(config, tools, build, runtime=name)):
                subprocess.run(
                    step.argv,
                    cwd=step.cwd or (build if step.compile else folder),
                    env=snippet_env(config, folder),
                    input=stdin if not step.compile else None,
                    stdin=None if stdin is not None and not step.compile else subprocess.DEVNULL,
                    capture_output=True,
                    start_new_session=True,
                    check=False,
                )

    def all_of_them() -> None:
        with concurrent.futures.ThreadPoolExecutor(max_workers=CORES) as pool:
            list(pool.map(one, jobs))

    return median_seconds(all_of_them)


def sandbox_cost(work: Path) -> tuple[float, float]:
    """One trivial Python run bare and inside the tool's sandbox (bwrap, control group, reaper)."""
    from tools.snipcheck import sandbox

    config = Config(root=ROOT, search_path=os.environ.get("PATH", ""))
    box = sandbox.for_config(config, {"python": PY})
    env = snippet_env(config, str(work))
    bare = median_seconds(lambda: quiet([PY, "-c", "pass"], env=env), 15)

    def boxed() -> None:
        with box.group() as group:
            argv = box.command((PY, "-c", "pass"), cwd=str(work), scratch=str(work))
            quiet([*group.prefix(), *argv], env=env)

    return bare, median_seconds(boxed, 15)


def tool(args: list[str], root: Path = ROOT) -> None:
    subprocess.run(
        [PY, "-m", "tools.snipcheck", "--root", str(root), *args],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )


def tool_peak_rss(args: list[str], root: Path) -> float:
    """Peak resident memory of the tool's own process in MiB (children excluded)."""
    code = (
        "import resource, sys; from tools.snipcheck.cli import main\n"
        "import contextlib, io\n"
        f"with contextlib.redirect_stderr(io.StringIO()): main({args!r} + ['--root', {str(root)!r}])\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([PY, "-c", code], cwd=ROOT, env=ENV, capture_output=True, text=True, check=False)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def tree_rss_mib(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MiB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                children.setdefault(int(stat[1]), []).append(int(entry.name))
                rss[int(entry.name)] = int(stat[21]) * os.sysconf("SC_PAGE_SIZE")
            except (OSError, IndexError, ValueError):
                continue
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack.extend(children.get(current, []))
    return total / 2**20


def run_with_peak(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak memory of a whole process tree (sampled every 50 ms)."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, tree_rss_mib(proc.pid))
        time.sleep(0.05)
    return time.perf_counter() - started, peak


def scaling(work: Path) -> list[tuple[int, float, float]]:
    """Cold check of N generated trivial snippets: seconds per snippet and peak tool memory."""
    rows = []
    for count in (100, 250, 500):
        project = work / f"gen{count}"
        (project / "snippets" / "python").mkdir(parents=True)
        (project / "docs").mkdir()
        for index in range(count):
            (project / "snippets" / "python" / f"99-{index:03d}-trivial.py").write_text(f"print({index})\n")
        tool(["--update", "--no-cache"], project)
        seconds = median_seconds(lambda p=project: tool(["--no-cache"], p), 1 if count == 500 else RUNS)
        rows.append((count, seconds / count, tool_peak_rss(["--no-cache"], project)))
    return rows


def mkdocs_overhead() -> tuple[float, float]:
    """Build time of the site with the hook and of the same site without it."""
    plain = ROOT / ".bench-no-hook.yml"
    text = (ROOT / "mkdocs.yml").read_text().replace("hooks:\n  - tools/mkdocs_hook.py\n", "")
    plain.write_text(text)
    try:
        with tempfile.TemporaryDirectory() as out:

            def build(config: str) -> None:
                quiet([PY, "-m", "mkdocs", "build", "-q", "-f", config, "-d", out], cwd=ROOT, env=ENV)

            build("mkdocs.yml")
            build(str(plain))
            with_hook = median_seconds(lambda: build("mkdocs.yml"))
            without = median_seconds(lambda: build(str(plain)))
    finally:
        plain.unlink()
    return with_hook, without


def dash_figures(apps: list[str]) -> tuple[float, float, float] | None:
    """Browser start-up, seconds per app with the shared browser, and the run's peak memory."""
    if not apps:
        return None
    code = "from tools.snipcheck.browser import Browser\nwith Browser() as b:\n    b.__dict__\n"
    start = median_seconds(lambda: quiet([PY, "-c", code], cwd=ROOT, env=ENV))
    bare = median_seconds(lambda: quiet([PY, "-c", "import tools.snipcheck.browser"], cwd=ROOT, env=ENV))
    seconds, peak = run_with_peak([PY, "-m", "tools.snipcheck", "--no-cache", "--jobs", "1", *apps])
    return start - bare, (seconds - start) / len(apps), peak


def main() -> None:
    snippets = discover(ROOT, EXTENSIONS)
    plain = [s for s in snippets if s.language in ("python", "c", "js")]
    apps = [s.path for s in snippets if s.language == "dash"]
    print(
        f"Callback Atlas benchmarks: {len(plain)} snippets + {len(apps)} Dash apps, {CORES} cores, "
        f"medians of {RUNS} runs\n"
    )
    with tempfile.TemporaryDirectory(prefix="atlas-bench-") as tmp:
        work = Path(tmp)
        floor = floors(work)
        counts = {lang: sum(s.language == lang for s in plain) for lang in floor}
        total_floor = sum(floor[lang] * counts[lang] for lang in floor) / CORES
        print("A trivial program per language, bare:")
        for lang, seconds in floor.items():
            print(f"  {lang:<7} {seconds * 1000:7.1f} ms  x {counts[lang]:3d} snippets")
        print(f"  that many trivial programs / {CORES} cores: {total_floor:.2f} s\n")

        bare, boxed = sandbox_cost(work)
        print(
            f"sandbox cost per run: {(boxed - bare) * 1000:5.1f} ms  "
            f"(python -c pass: {bare * 1000:.1f} ms bare, {boxed * 1000:.1f} ms in the sandbox)\n"
        )

        paths = [s.path for s in plain]
        bare_all = same_processes(plain)
        runs = sum(len(of_language(s.language)) for s in plain)
        print(
            f"the same {len(plain)} programs on every runtime of the matrix ({runs} runs), bare, "
            f"{CORES} at once: {bare_all:.2f} s (the floor)"
        )
        cold = median_seconds(lambda: tool(["--no-cache", *paths]))
        warm = median_seconds(lambda: tool(["--update", *paths]))
        print(
            f"cold check (--no-cache):          {cold:6.2f} s   "
            f"ratio to floor {cold / bare_all:4.2f}  (target <= 1.5)"
        )
        print(f"warm --update, nothing changed:   {warm:6.2f} s   (target < 0.5 s)")

        with_hook, without = mkdocs_overhead()
        print(
            f"mkdocs build with the check hook: {with_hook:6.2f} s   without: {without:.2f} s   "
            f"ratio {with_hook / without:4.2f}  (target <= 1.2)\n"
        )

        print("Generated trivial Python snippets, cold check (cost per snippet should stay flat):")
        print(f"  {'count':>5} {'ms/snippet':>11} {'ratio to python floor/cores':>28} {'tool peak MiB':>14}")
        for count, per, rss in scaling(work):
            print(f"  {count:5d} {per * 1000:11.1f} {per / (floor['python'] / CORES):28.2f} {rss:14.1f}")

    dash = dash_figures(apps)
    if dash is not None:
        start, per_app, peak = dash
        print(
            f"\nDash apps: browser start {start:.2f} s (once), {per_app:.2f} s per app with the shared "
            f"browser (target <= 1.5 s), peak memory of the run {peak:.0f} MiB"
        )

    print()  # page weight and load time against a bare Material page (reports MISSED targets itself)
    subprocess.run([PY, "-m", "benchmarks.bench_site"], cwd=ROOT, env=ENV, check=False)


if __name__ == "__main__":
    threading.excepthook = lambda args: None
    main()
