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
