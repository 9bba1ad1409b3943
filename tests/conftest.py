"""Shared fixtures: a small fake project in tmp_path, the CLI as a subprocess, and no silent skips in CI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

MKDOCS_YML = """\
site_name: Fake
hooks:
  - {hook}
markdown_extensions:
  - attr_list
  - admonition
  - pymdownx.highlight:
      stripnl: false
  - pymdownx.snippets:
      base_path: ["."]
      check_paths: true
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
"""


class Project:
    """A throwaway repository layout: snippets/, docs/, records/, mkdocs.yml."""

    def __init__(self, root: Path) -> None:
        self.root = root
        for folder in ("snippets/python", "snippets/c", "snippets/js", "docs", "records"):
            (root / folder).mkdir(parents=True, exist_ok=True)
        (root / "mkdocs.yml").write_text(MKDOCS_YML.format(hook=REPO / "tools" / "mkdocs_hook.py"))
        # The runtimes this repository pins in package.json (the JavaScript matrix), as `npm ci` left them.
        (root / "node_modules").symlink_to(REPO / "node_modules")

    def write(self, path: str, text: str | bytes) -> Path:
        file = self.root / path
        file.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            file.write_bytes(text)
        else:
            file.write_text(text)
        return file

    def page_for(self, *snippets: str, name: str = "docs/index.md") -> Path:
        """A page that shows each snippet's output."""
        parts = ["# Page", ""]
        for snippet in snippets:
            parts += [f"<!-- snipcheck: {snippet} -->", "", "<!-- /snipcheck -->", ""]
        return self.write(name, "\n".join(parts))

    def snapshot(self) -> dict[str, bytes]:
        """Every file under records/ and docs/ with its bytes (to prove nothing changed)."""
        return {
            file.relative_to(self.root).as_posix(): file.read_bytes()
            for folder in ("records", "docs")
            for file in sorted((self.root / folder).rglob("*"))
            if file.is_file()
        }

    def start(self, *args: str, stdout: int | None = subprocess.DEVNULL) -> subprocess.Popen[str]:
        """Start the real CLI on this project without waiting (for tests that signal or watch it)."""
        return subprocess.Popen(
            [sys.executable, "-m", "tools.snipcheck", "--root", str(self.root), *args],
            cwd=REPO,
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
        )

    def build(self) -> subprocess.CompletedProcess[str]:
        """`mkdocs build --strict` of this project into its `site/` folder (the hook included)."""
        return subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(self.root / "site")],
            cwd=self.root,
            capture_output=True,
            text=True,
            check=False,
            env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        )

    def snipcheck(
        self, *args: str, env: dict[str, str] | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        """Run the real CLI on this project."""
        return subprocess.run(
            [sys.executable, "-m", "tools.snipcheck", "--root", str(self.root), *args],
            cwd=REPO,
            capture_output=True,
            text=True,
            env=env if env is not None else os.environ.copy(),
            timeout=timeout,
            check=False,
        )


def alive(marker: str) -> list[str]:
    """Command lines of processes on this machine that contain `marker`."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                line = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if marker in line and " -m pytest" not in line and not line.split()[0].endswith("pytest"):
                found.append(line)
    return found


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    yield Project(tmp_path / "project")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    # In CI a skipped test is a failure: nothing the product needs may be silently left out.
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI") and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which counts as a failure: {report.longrepr}"
