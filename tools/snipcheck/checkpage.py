"""Check one page against the records, without running anything (used by the MkDocs hook)."""

from __future__ import annotations

from pathlib import Path

from . import pages, records
from .discover import load_snippet
from .errors import AtlasError, ConfigError
from .model import Record
from .portability import TABLE, chapters
from .runners import EXTENSIONS


def problems_of_page(root: Path, page: str, text: str) -> list[AtlasError]:
    """What is wrong with the outputs a page shows: unknown snippet, missing, stale or edited output."""
    found_directives = pages.directives(page, text)
    wanted = {directive.snippet for directive in found_directives}
    digests: dict[str, str | None] = {}
    found: dict[str, Record | None] = {}
    if TABLE in wanted:  # the table counts every record of every page
        wanted.discard(TABLE)
        wanted |= {snippet for _, _, shown in chapters(root) for snippet in shown}
    for path in wanted:
        try:
            snippet = load_snippet(root, path, EXTENSIONS)
        except ConfigError:
            digests[path] = None
            continue
        digests[path] = records.digest(root, snippet)
        found[path] = records.load(root, path)
    return pages.check_page(root, page, text, found, digests, found_directives)
