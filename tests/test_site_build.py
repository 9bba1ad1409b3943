"""The real site: `mkdocs build --strict` passes and every output block in the HTML equals its record."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.htmlblocks import output_blocks
from tools.snipcheck import records


def expected_text(raw: bytes) -> str:
    """The display rules, written out independently of the tool (see docs/conventions.md)."""
    text = raw.decode("utf-8", "replace")
    pictures = {chr(code): chr(0x2400 + code) for code in range(32) if chr(code) not in "\t\n"}
    pictures["\x7f"] = "\u2421"
    text = "".join(pictures.get(char, char) for char in text)
    text = "\n".join(line.expandtabs(8) for line in text.split("\n"))
    return text.removesuffix("\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(target)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
    )
    assert build.returncode == 0, build.stderr
    return target


def test_every_output_block_equals_its_record(site: Path) -> None:
    seen: set[str] = set()
    checked = 0
    for page in sorted(site.rglob("*.html")):
        for block in output_blocks(page.read_text(encoding="utf-8")):
            record = records.load(REPO, block.snippet)
            assert record is not None, f"{page}: block for {block.snippet} has no record"
            output = record.output
            for runtime in block.runtimes:  # a block of another runtime's output: each one it names
                variant = record.variant(runtime)
                assert variant is not None and variant.output is not None, f"{page}: {runtime} not recorded"
                output = variant.output
                raw = output.stdout if block.stream == "stdout" else output.stderr
                where = f"{page.relative_to(site)}: {block.snippet} {block.stream} on {runtime}"
                assert block.text in (expected_text(raw).rstrip("\n"), expected_text(raw)), where
            if block.runtimes:
                checked += 1
                continue
            raw = output.stdout if block.stream == "stdout" else output.stderr
            where = f"{page.relative_to(site)}: {block.snippet} {block.stream}"
            assert block.text == expected_text(raw).rstrip("\n") or block.text == expected_text(raw), where
            seen.add(block.snippet)
            checked += 1
    assert checked >= 18
    recorded = {str(p.relative_to(REPO / "records")) for p in (REPO / "records").rglob("*.json")}
    shown = {records.record_path(s).removeprefix("records/") for s in seen}
    assert recorded <= shown, f"recorded but shown on no page: {sorted(recorded - shown)}"


def test_every_footnote_renders(site: Path) -> None:
    # Python-Markdown leaves an undefined or misplaced footnote reference as literal `[^id]` text.
    for page in sorted(site.rglob("*.html")):
        text = re.sub(r"<(pre|code)\b.*?</\1>", "", page.read_text(encoding="utf-8"), flags=re.DOTALL)
        assert "[^" not in text, f"{page.relative_to(site)}: a footnote reference did not render"
