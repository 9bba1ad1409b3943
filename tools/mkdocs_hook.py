"""MkDocs hook: refuse to build a page that shows stale, missing or unknown snippet output.

It never runs a program: it compares the page with the records written by
`python -m tools.snipcheck --update` and with the snippets' current source digests.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

TOOLS_HOME = Path(__file__).resolve().parent.parent
if str(TOOLS_HOME) not in sys.path:  # `mkdocs` started as a script does not put it on sys.path
    sys.path.insert(0, str(TOOLS_HOME))

from tools.snipcheck.checkpage import problems_of_page  # noqa: E402
from tools.snipcheck.pages import links  # noqa: E402


def on_pre_build(config: Any) -> None:
    """Refuse a symbolic link under docs/ or snippets/: MkDocs would publish what it points to."""
    root = Path(config.config_file_path).resolve().parent
    found = links(root)
    if found:
        raise PluginError(str(found[0]))


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Fail the build with one `page:line: message` line when the page disagrees with a record."""
    root = Path(config.config_file_path).resolve().parent
    docs = Path(config.docs_dir).resolve().relative_to(root).as_posix()
    problems = problems_of_page(root, f"{docs}/{page.file.src_uri}", markdown)
    if problems:
        raise PluginError(str(problems[0]))
    return markdown
