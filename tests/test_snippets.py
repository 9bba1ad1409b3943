"""One test per real snippet: run it afresh and compare with its record (the test id is its path)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import REPO
from tools.snipcheck import records
from tools.snipcheck.cli import toolchains
from tools.snipcheck.config import Config
from tools.snipcheck.discover import discover
from tools.snipcheck.report import drift_diff
from tools.snipcheck.runners import EXTENSIONS
from tools.snipcheck.runtimes import primary
from tools.snipcheck.verify import verify

CONFIG = Config(root=REPO, use_cache=False, search_path=os.environ.get("PATH", ""))
SNIPPETS = discover(REPO, EXTENSIONS)


def test_the_project_has_snippets() -> None:
    assert len(SNIPPETS) >= 18


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not any(s.language == "dash" for s in SNIPPETS):
        yield None
        return
    from tools.snipcheck.browser import Browser

    with Browser(CONFIG.tool("chromium")) as shared:
        yield shared


@pytest.mark.parametrize("snippet", SNIPPETS, ids=str)
def test_snippet_prints_its_record(snippet: Any, browser: Any) -> None:
    tools, versions = toolchains(CONFIG, [snippet], matrix=False)
    result = verify(
        snippet,
        CONFIG,
        tools,
        records.digest(REPO, snippet),
        versions[primary(snippet.language).name],
        browser if snippet.language == "dash" else None,
    )
    assert result.failure is None, result.failure
    record = records.load(REPO, snippet.path)
    assert record is not None, f"no record: run python -m tools.snipcheck --update {snippet.path}"
    assert result.output is not None
    assert record.output.same_as(result.output), drift_diff(record.output, result.output)
    assert record.digest == result.digest, (
        f"stale record: run python -m tools.snipcheck --update {snippet.path}"
    )
