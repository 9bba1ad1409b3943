"""Discovery: which files are snippets, and their header options."""

from __future__ import annotations

import pytest

from tests.conftest import Project
from tools.snipcheck.discover import discover, language_of, parse_header
from tools.snipcheck.errors import ConfigError
from tools.snipcheck.model import Options
from tools.snipcheck.runners import EXTENSIONS


@pytest.mark.parametrize(
    ("path", "language"),
    [
        ("snippets/python/01-01-a.py", "python"),
        ("snippets/python/dash/13-01-a.py", "dash"),
        ("snippets/c/01-01-a.c", "c"),
        ("snippets/js/01-01-a.js", "js"),
        ("snippets/js/01-01-a.mjs", "js"),
        ("snippets/js/01-01-a.cjs", "js"),
        ("snippets/js/package.json", None),
        ("snippets/python/dash/13-01-a.scenario", None),
    ],
)
def test_language_of(path: str, language: str | None) -> None:
    assert language_of(path, EXTENSIONS) == language


def test_header_with_every_option() -> None:
    text = (
        "// A comment first is fine.\n"
        "// snipcheck: exit = 3\n"
        "// snipcheck: cflags = -pthread -D_GNU_SOURCE\n"
        "// snipcheck: timeout = 2.5\n"
        "// snipcheck: stdin = input.txt\n"
        "// snipcheck: args = one 'two words'\n"
        "#include <stdio.h>\n"
    )
    assert parse_header("a.c", text) == Options(
        3, ("-pthread", "-D_GNU_SOURCE"), 2.5, "input.txt", ("one", "two words")
    )


def test_header_stops_at_first_code_line() -> None:
    text = '"""Docstring."""\n# snipcheck: exit = 3\n'
    assert parse_header("a.py", text) == Options()


def test_python_header_after_shebang_and_comments() -> None:
    assert parse_header("a.py", "#!/usr/bin/env python3\n# intro\n\n# snipcheck: exit = 1\n").exit_status == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "# snipcheck: colour = red\n",
            "a.py:1: unknown snipcheck option 'colour' "
            "(known: exit, cflags, timeout, stdin, args, varies, skip)",
        ),
        (
            "#\n# snipcheck: exit = -1\n",
            "a.py:2: snipcheck option 'exit': expected an exit status from 0 to 255, got '-1'",
        ),
        (
            "# snipcheck: timeout = forever\n",
            "a.py:1: snipcheck option 'timeout': expected seconds between 0 and 600, got 'forever'",
        ),
        ("# snipcheck: exit\n", "a.py:1: snipcheck option 'exit' needs a value: exit = ..."),
        ("# snipcheck: exit = 1\n# snipcheck: exit = 2\n", "a.py:2: snipcheck option 'exit' is given twice"),
        (
            "# snipcheck: stdin = ../secret\n",
            "a.py:1: snipcheck option 'stdin': expected a file name beside the snippet, got '../secret'",
        ),
        ("# snipcheck: args = 'unclosed\n", "a.py:1: snipcheck option 'args': No closing quotation"),
    ],
)
def test_bad_header_lines_name_file_and_line(text: str, message: str) -> None:
    with pytest.raises(ConfigError) as error:
        parse_header("a.py", text)
    assert str(error.value) == message


def test_discover_finds_snippets_sorted_and_skips_others(project: Project) -> None:
    project.write("snippets/python/02-01-b.py", "print(2)\n")
    project.write("snippets/python/01-01-a.py", "print(1)\n")
    project.write("snippets/js/package.json", "{}\n")
    project.write("snippets/js/.hidden/x.js", "1\n")
    project.write("snippets/c/notes.txt", "x\n")
    found = discover(project.root, EXTENSIONS)
    assert [s.path for s in found] == ["snippets/python/01-01-a.py", "snippets/python/02-01-b.py"]


def test_declared_inputs_must_exist(project: Project) -> None:
    project.write("snippets/python/a.py", "# snipcheck: stdin = in.txt\nprint(input())\n")
    with pytest.raises(
        ConfigError, match=r"snippets/python/a.py: declared input 'snippets/python/in.txt' does not exist"
    ):
        discover(project.root, EXTENSIONS)


def test_dash_app_needs_its_scenario(project: Project) -> None:
    project.write("snippets/python/dash/13-01-a.py", "print(1)\n")
    with pytest.raises(ConfigError, match=r"13-01-a.scenario' does not exist"):
        discover(project.root, EXTENSIONS)
