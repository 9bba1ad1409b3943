"""The stress check: many copies at once, each run compared with the record."""

from __future__ import annotations

import json
import re
import time

from tests.conftest import Project, alive
from tools.snipcheck.config import Config
from tools.snipcheck.model import Snippet
from tools.snipcheck.stress import uses_timing

PY = "snippets/python/a.py"

# Each run flips a coin: under --stress most runs differ from the recorded side.
COIN = "import random\nprint(random.SystemRandom().choice(['heads', 'tails']))\n"


def test_stable_snippet_passes(project: Project) -> None:
    project.write(
        PY, "import threading\nt = threading.Thread(target=print, args=('hi',))\nt.start(); t.join()\n"
    )
    assert project.snipcheck("--update", str(project.root / PY)).returncode == 0
    result = project.snipcheck("--stress", "20")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"stress: 1 snippet x 20 runs, \d+ at once: 1 stable\n", result.stderr)


def test_copies_run_side_by_side(project: Project) -> None:
    # Counted from outside: each run is sandboxed and cannot see the others.
    path = "snippets/python/crowd.py"
    project.write(path, "import time\ntime.sleep(0.5)\nprint('done')\n")
    assert project.snipcheck("--update", str(project.root / path)).returncode == 0
    tool = project.start("--stress", "40", "--load", "8")
    peak = 0
    while tool.poll() is None:
        running = [line for line in alive("crowd.py") if line.split()[0].endswith("python")]
        peak = max(peak, len(running))
        time.sleep(0.02)
    _, errors = tool.communicate()
    assert tool.returncode == 0, errors
    assert peak >= 8


def test_differences_are_counted_and_the_first_is_named(project: Project) -> None:
    path = "snippets/python/coin.py"
    project.write(path, COIN)
    assert project.snipcheck("--update", str(project.root / path)).returncode == 0
    recorded_side = json.loads((project.root / "records/python/coin.py.json").read_text())["stdout"].strip()
    other = {"heads": "tails", "tails": "heads"}[recorded_side]
    result = project.snipcheck("--stress", "40", "--load", "8")
    assert result.returncode == 3
    found = re.match(
        r"snippets/python/coin\.py: (\d+) of 40 runs under load differ from records/python/coin\.py\.json; "
        rf"first: stdout line 1 is '{recorded_side}' in the record, '{other}' in run (\d+)\n"
        r"  make the output depend only on orders the platform guarantees .*"
        r"then run: python -m tools\.snipcheck --stress 40 snippets/python/coin\.py\n"
        r"stress: 1 snippet x 40 runs, \d+ at once: 0 stable, 1 unstable\n",
        result.stderr,
    )
    assert found, result.stderr
    differing, first = int(found.group(1)), int(found.group(2))
    assert 1 <= differing <= 40 and 1 <= first <= 40


def test_a_failing_run_counts_as_different(project: Project) -> None:
    project.write(PY, "print('ok')\n")
    assert project.snipcheck("--update", str(project.root / PY)).returncode == 0
    project.write(PY, "print('ok')\nraise SystemExit(4)\n")
    # The source changed, so its record is stale, but --stress compares outputs only.
    result = project.snipcheck("--stress", "3")
    assert result.returncode == 3
    assert result.stderr.startswith(
        "snippets/python/a.py: 3 of 3 runs under load differ from records/python/a.py.json; "
        "first: run 1 failed: exited with status 4, expected 0"
    )


def test_no_record_and_build_failures_are_named(project: Project) -> None:
    project.write(PY, "print('new')\n")
    result = project.snipcheck("--stress", "2")
    assert result.returncode == 1
    assert result.stderr == (
        "snippets/python/a.py: cannot stress: no recorded output yet\n"
        "  run: python -m tools.snipcheck --update snippets/python/a.py\n"
        "stress: 1 snippet x 2 runs, "
        + result.stderr.split(" runs, ")[1].split(" at once")[0]
        + " at once: 0 stable, 1 not run\n"
    )
    c = "snippets/c/b.c"
    project.write(c, '#include <stdio.h>\nint main(void) { puts("c"); return 0; }\n')
    assert project.snipcheck("--update", str(project.root / c)).returncode == 0
    project.write(c, "int main(void) { return nope; }\n")
    broken = project.snipcheck("--stress", "2", str(project.root / c))
    assert broken.returncode == 3
    assert broken.stderr.startswith("snippets/c/b.c: cannot stress: failed to build: failed to compile\n")


def test_timing_only_selects_by_source(project: Project) -> None:
    project.write(PY, "print('plain')\n")
    project.write("snippets/js/t.js", "setTimeout(() => console.log('later'), 1);\n")
    assert project.snipcheck("--update").returncode == 0
    result = project.snipcheck("--stress", "2", "--timing-only")
    assert result.returncode == 0, result.stderr
    assert result.stderr.endswith(
        "at once: 1 stable; not stressed: 1 snippet without timers, threads or signals\n"
    )


def test_stress_refuses_options_that_write_or_repeat(project: Project) -> None:
    project.write(PY, "print('x')\n")
    for extra in (["--update"], ["--repeat", "2"], ["--json"]):
        result = project.snipcheck("--stress", "2", *extra)
        assert result.returncode == 2
        assert "--stress checks against the records; it cannot be combined with" in result.stderr
    lone = project.snipcheck("--timing-only")
    assert lone.returncode == 2 and "add --stress N" in lone.stderr


def test_timing_patterns(project: Project) -> None:
    config = Config(root=project.root)
    cases = {
        "snippets/python/t1.py": ("import asyncio\n", True),
        "snippets/python/t2.py": ("print(sorted([3, 1]))\n", False),
        "snippets/c/t3.c": ("#include <pthread.h>\nint main(void) { return 0; }\n", True),
        "snippets/c/t4.c": ("#include <stdlib.h>\nint main(void) { return 0; }\n", False),
        "snippets/js/t5.js": ("Promise.resolve(1).then(console.log);\n", True),
        "snippets/js/t6.js": ("[1, 2].forEach((x) => console.log(x));\n", False),
    }
    for path, (text, expected) in cases.items():
        project.write(path, text)
        language = {"py": "python", "c": "c", "js": "js"}[path.rsplit(".", 1)[1]]
        assert uses_timing(config, Snippet(path, language)) is expected, path


def test_runs_under_stress_get_four_times_the_timeout(project: Project) -> None:
    project.write(PY, "import time\ntime.sleep(1.5)\nprint('slow but fine')\n")
    assert project.snipcheck("--update", "--timeout", "3", str(project.root / PY)).returncode == 0
    assert project.snipcheck("--no-cache", "--timeout", "1").returncode == 3  # a quiet run: too slow
    result = project.snipcheck("--stress", "2", "--timeout", "1")  # 4 s each under stress
    assert result.returncode == 0, result.stderr
