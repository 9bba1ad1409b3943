"""Records: paths, lossless JSON round trip, damaged files."""

from __future__ import annotations

import pytest

from tests.conftest import Project
from tools.snipcheck import records
from tools.snipcheck.errors import ConfigError
from tools.snipcheck.model import Output, Record


def test_record_and_screenshot_paths() -> None:
    assert records.record_path("snippets/c/01-01-x.c") == "records/c/01-01-x.c.json"
    assert records.record_path("snippets/python/dash/13-01-a.py") == "records/python/dash/13-01-a.py.json"
    assert records.screenshot_path("snippets/python/dash/13-01-a.py") == "docs/assets/screenshots/13-01-a.png"


def test_round_trip_keeps_every_byte(project: Project) -> None:
    original = Record(
        "snippets/c/a.c",
        "c",
        "f" * 64,
        Output(b"ok \xff\x00\x1b[0m\n", b"\xfe", -11),
        (("gcc", "gcc 12"),),
        (("gcc", "a.c"), ("./prog",)),
    )
    project.write(records.record_path("snippets/c/a.c"), records.dumps(original))
    assert records.load(project.root, "snippets/c/a.c") == original


def test_damaged_record_names_the_file_and_the_fix(project: Project) -> None:
    project.write("records/c/a.c.json", "{not json")
    with pytest.raises(ConfigError) as error:
        records.load(project.root, "snippets/c/a.c")
    assert str(error.value).startswith("records/c/a.c.json: damaged record (")
    assert str(error.value).endswith("run: python -m tools.snipcheck --update snippets/c/a.c")


def test_digest_covers_declared_inputs(project: Project) -> None:
    from tools.snipcheck.model import Snippet

    project.write("snippets/python/a.py", "print(input())\n")
    project.write("snippets/python/in.txt", "one\n")
    snippet = Snippet("snippets/python/a.py", "python", inputs=("snippets/python/in.txt",))
    before = records.digest(project.root, snippet)
    project.write("snippets/python/in.txt", "two\n")
    assert records.digest(project.root, snippet) != before


def test_a_failure_shown_on_a_page_carries_no_program_output() -> None:
    from tools.snipcheck.model import RunResult, Snippet
    from tools.snipcheck.records import failure_reason

    snippet = Snippet("snippets/js/a.js", "js")
    differs = RunResult(
        snippet,
        "0",
        (),
        failure="snippets/js/a.js: output differs between runs: stdout line 1 is '<script>' in run 1",
    )
    assert failure_reason(differs) == "its output differs from run to run"
    slow = RunResult(
        snippet,
        "0",
        (),
        failure="snippets/js/a.js: timed out after 12.5 s; killed (declare `timeout`)\n  | x",
    )
    assert failure_reason(slow) == "timed out; killed (declare timeout)"
