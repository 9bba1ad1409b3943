"""The reader promise: every concept in three linked tabs, every snippet shown on some page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO
from tools.snipcheck import records
from tools.snipcheck.discover import discover
from tools.snipcheck.runners import EXTENSIONS
from tools.snipcheck.toolchain import short

TABS = ["Python", "C", "JavaScript"]
INCLUDE = re.compile(r'--8<-- "(?P<path>snippets/[^"]+)"')
DIRECTIVE = re.compile(r"<!-- snipcheck: (?P<path>\S+) -->")


def nav_pages() -> list[str]:
    def walk(node: object) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, dict):
            return [page for value in node.values() for page in walk(value)]
        if isinstance(node, list):
            return [page for item in node for page in walk(item)]
        return []

    return walk(yaml.safe_load((REPO / "mkdocs.yml").read_text())["nav"])


CHAPTERS = [page for page in nav_pages() if page.startswith("chapters/")]


def sections(text: str) -> list[tuple[str, str]]:
    """(title, body) of each `## ` section."""
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return list(zip(parts[1::2], parts[2::2], strict=True))


def tabs(body: str) -> list[tuple[str, str]]:
    """(label, content) of each top-level content tab in a section."""
    parts = re.split(r'^=== "([^"]+)"$', body, flags=re.MULTILINE)
    found = []
    for label, content in zip(parts[1::2], parts[2::2], strict=True):
        indented = re.match(r"(?:(?:    .*)?\n)*", content.lstrip("\n"))
        found.append((label, indented.group(0) if indented else ""))
    return found


def test_all_twelve_chapters_are_in_the_nav() -> None:
    assert [page.split("/")[1][:2] for page in CHAPTERS] == [f"{n:02d}" for n in range(1, 13)]


@pytest.mark.parametrize("page", CHAPTERS)
def test_every_concept_has_three_tabs_with_output_or_a_note(page: str) -> None:
    text = (REPO / "docs" / page).read_text()
    concepts = [(title, body) for title, body in sections(text) if '=== "' in body]
    assert len(concepts) >= 2, f"{page}: fewer than two concepts with tabs"
    for title, body in concepts:
        found = tabs(body)
        labels = [label for label, _ in found]
        assert labels == TABS, f"{page}: section '{title}' has tabs {labels}"
        for label, content in found:
            shows_output = DIRECTIVE.search(content) is not None
            has_note = re.search(r'^    !!! \w+ "No natural equivalent', content, flags=re.MULTILINE)
            assert shows_output or has_note, f"{page}: section '{title}', tab {label}: no output and no note"


def test_every_snippet_is_shown_with_its_source_and_output() -> None:
    included: set[str] = set()
    outputs: set[str] = set()
    for page in (REPO / "docs").rglob("*.md"):
        text = page.read_text()
        if page.name == "conventions.md":
            continue  # examples for authors, not pages that show programs
        included |= {m["path"] for m in INCLUDE.finditer(text)}
        outputs |= {m["path"] for m in DIRECTIVE.finditer(text)}
    snippets = {s.path for s in discover(REPO, EXTENSIONS)}
    assert snippets - included == set(), "snippets whose source no page shows"
    assert snippets - outputs == set(), "snippets whose output no page shows"
    assert included - snippets - {p for p in included if Path(REPO / p).is_file()} == set()


def test_landing_page_names_the_toolchains_of_the_records() -> None:
    landing = " ".join((REPO / "docs" / "index.md").read_text().split())
    versions = set()
    for record_file in (REPO / "records").rglob("*.json"):
        record = records.load(
            REPO, "snippets/" + str(record_file.relative_to(REPO / "records"))[: -len(".json")]
        )
        assert record is not None
        versions |= {short(tool, line) for tool, line in record.toolchain}
    missing = sorted(version for version in versions if version not in landing)
    assert not missing, f"docs/index.md does not name {missing}: update its last paragraph"
