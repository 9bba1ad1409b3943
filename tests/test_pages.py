"""Pages: directives, display rules, rendering through the real Markdown pipeline, page checks."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
import yaml

from tests.conftest import REPO
from tests.htmlblocks import output_blocks, tags
from tools.snipcheck import pages
from tools.snipcheck.errors import ConfigError, Drift
from tools.snipcheck.model import Output, Record

GOLDEN = Path(__file__).parent / "golden" / "display"
CASES = sorted(path.stem for path in GOLDEN.glob("*.raw"))


def site_markdown() -> markdown.Markdown:
    """A Markdown converter configured exactly like the site (from the real mkdocs.yml)."""
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text())
    names: list[str] = []
    settings: dict[str, dict[str, object]] = {}
    for item in config["markdown_extensions"]:
        if isinstance(item, str):
            names.append(item)
        else:
            ((name, options),) = item.items()
            names.append(name)
            settings[name] = dict(options or {})
    settings.setdefault("pymdownx.snippets", {})["base_path"] = [str(REPO)]
    return markdown.Markdown(extensions=names, extension_configs=settings)


def record(stdout: bytes, stderr: bytes = b"", status: int = 0) -> Record:
    return Record(
        "snippets/python/x.py",
        "python",
        "d" * 64,
        Output(stdout, stderr, status),
        (("python", "CPython 3.11.7"),),
        (("/v/bin/python", "snippets/python/x.py"),),
    )


@pytest.mark.parametrize("case", CASES)
def test_display_rules(case: str) -> None:
    raw = (GOLDEN / f"{case}.raw").read_bytes()
    assert pages.display_text(raw) == (GOLDEN / f"{case}.shown").read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("indent", ["", "    "], ids=["top-level", "inside-a-tab"])
def test_rendered_output_reaches_html_verbatim(case: str, indent: str) -> None:
    raw = (GOLDEN / f"{case}.raw").read_bytes()
    page = ['=== "Python"', ""] if indent else []
    page += [f"{indent}<!-- snipcheck: snippets/python/x.py -->", "", f"{indent}<!-- /snipcheck -->", ""]
    text = pages.embed("docs/p.md", "\n".join(page), {"snippets/python/x.py": record(raw, raw)})
    html = site_markdown().convert(text)
    blocks = output_blocks(html)
    shown = (GOLDEN / f"{case}.shown").read_text(encoding="utf-8")
    assert [(b.stream, b.text) for b in blocks] == [("stdout", shown), ("stderr", shown)]
    assert "script" not in tags(html) and "b" not in tags(html) and "h1" not in tags(html)


def test_title_names_toolchain_and_nonzero_exit() -> None:
    html = site_markdown().convert("\n".join(pages.render(record(b"x\n", b"boom\n", 3), "docs/p.md")))
    titles = [block.title for block in output_blocks(html)]
    assert titles == ["Output · exit status 3 · verified with CPython 3.11.7", "Standard error"]


def test_signal_exit_is_named() -> None:
    lines = pages.render(record(b"", b"", -15), "docs/p.md")
    assert 'title="Output (empty) · killed by SIGTERM · verified with CPython 3.11.7"' in lines[1]


def test_reproduce_line_names_the_command() -> None:
    c = Record(
        "snippets/c/a.c",
        "c",
        "d",
        Output(b"", b"", 0),
        (("gcc", "gcc (X) 12.2.0"),),
        (("/usr/bin/gcc", "-std=c17", "snippets/c/a.c", "-o", "./prog"), ("./prog",)),
    )
    assert pages.reproduce(c) == "gcc -std=c17 snippets/c/a.c -o prog && ./prog"


def test_directives_keep_indentation_and_replace_only_their_region() -> None:
    text = "intro\n\n    <!-- snipcheck: snippets/python/x.py -->\n    old\n    <!-- /snipcheck -->\nafter\n"
    updated = pages.embed("docs/p.md", text, {"snippets/python/x.py": record(b"new\n")})
    assert updated.startswith("intro\n\n    <!-- snipcheck: snippets/python/x.py -->\n\n    ``` {")
    assert "old" not in updated
    assert updated.endswith("    <!-- /snipcheck -->\nafter\n")
    assert "    new\n" in updated


def test_directive_inside_a_code_fence_is_an_example() -> None:
    text = "````markdown\n<!-- snipcheck: snippets/python/x.py -->\n\n<!-- /snipcheck -->\n````\n"
    assert pages.directives("docs/p.md", text) == []


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("a\n<!-- snipcheck: snippets/x.py -->\n\n", 2, "is not closed"),
        ("<!-- /snipcheck -->\n", 1, "without an opening directive"),
        ("x\n\n<!--snipcheck snippets/x.py-->\n", 3, "malformed snipcheck directive"),
    ],
)
def test_bad_directives_name_page_and_line(text: str, line: int, message: str) -> None:
    with pytest.raises(ConfigError) as error:
        pages.directives("docs/p.md", text)
    assert str(error.value).startswith(f"docs/p.md:{line}: ")
    assert message in str(error.value)


def test_check_page_reports_each_kind_of_problem(tmp_path: Path) -> None:
    text = "\n".join(
        f"<!-- snipcheck: snippets/python/{name}.py -->\n\n<!-- /snipcheck -->\n"
        for name in ("unknown", "unrecorded", "stale", "edited")
    )
    good = record(b"fine\n")
    records = {
        "snippets/python/unrecorded.py": None,
        "snippets/python/stale.py": good,
        "snippets/python/edited.py": good,
    }
    digests = {
        "snippets/python/unknown.py": None,
        "snippets/python/unrecorded.py": "a",
        "snippets/python/stale.py": "other",
        "snippets/python/edited.py": good.digest,
    }
    problems = pages.check_page(tmp_path, "docs/p.md", text, records, digests)
    assert [type(p) for p in problems] == [ConfigError, Drift, Drift, Drift]
    assert [str(p).split(": ", 1)[0] for p in problems] == [
        "docs/p.md:1",
        "docs/p.md:5",
        "docs/p.md:9",
        "docs/p.md:13",
    ]
    assert "unknown snippet" in str(problems[0])
    assert "no recorded output" in str(problems[1])
    assert "stale output" in str(problems[2])
    assert "edited by hand" in str(problems[3])
    assert all(str(p).endswith(".py") for p in problems[1:])
