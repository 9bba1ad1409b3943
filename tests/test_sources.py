"""Citations: every footnote on the site is used, defined once, and links a primary source."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from tests.conftest import REPO

PAGES = sorted(p.relative_to(REPO / "docs").as_posix() for p in (REPO / "docs").rglob("*.md"))

# Primary sources (docs/conventions.md, "Citing sources"): specifications, standards, official
# documentation, and runtime source code at a named version.
PRIMARY_HOSTS = {
    "tc39.es",
    "262.ecma-international.org",
    "html.spec.whatwg.org",
    "dom.spec.whatwg.org",
    "webidl.spec.whatwg.org",
    "www.open-std.org",
    "open-std.org",
    "pubs.opengroup.org",
    "nodejs.org",
    "docs.deno.com",
    "bun.com",
    "docs.python.org",
    "peps.python.org",
    "sourceware.org",
    "www.gnu.org",
    "gcc.gnu.org",
    "man7.org",
    "docs.libuv.org",
    "dash.plotly.com",
    "wiki.sei.cmu.edu",
    "git.musl-libc.org",
    "man.freebsd.org",
    "developer.apple.com",
    "www.x.org",
    "learn.microsoft.com",
    "docs.oracle.com",
    "docs.gtk.org",
}
SOURCE_REPOS = (
    "nodejs/node",
    "python/cpython",
    "plotly/dash",
    "pallets/flask",
    "pallets/werkzeug",
    "libuv/libuv",
    "v8/v8",
    "bminor/glibc",
    "apple-oss-distributions/Libc",
    "torvalds/linux",
    "denoland/deno",
    "nodejs/Release",
    "oven-sh/bun",
)

DEFINITION = re.compile(r"^\[\^(?P<id>[^\]]+)\]:(?P<text>.*)$", re.MULTILINE)
REFERENCE = re.compile(r"\[\^(?P<id>[^\]]+)\](?!:)")
FENCE = re.compile(r"^([ \t]*)(```+|~~~+).*?^\1\2[ \t]*$", re.MULTILINE | re.DOTALL)
LINK = re.compile(r"\]\((?P<url>https?://[^)\s]+)\)")


def prose(page: str) -> str:
    """The page without code fences (a footnote shown inside an example is not a citation)."""
    return FENCE.sub("", (REPO / "docs" / page).read_text(encoding="utf-8"))


def primary(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.hostname == "github.com":
        # Source code counts only at a named version: a tag or a commit, never a moving branch.
        found = re.match(r"^/([^/]+/[^/]+)/blob/([^/]+)/", parsed.path)
        return bool(found) and found.group(1) in SOURCE_REPOS and found.group(2) not in ("main", "master")
    return parsed.hostname in PRIMARY_HOSTS


@pytest.mark.parametrize("page", PAGES)
def test_footnotes_are_defined_used_and_primary(page: str) -> None:
    text = prose(page)
    definitions = [m["id"] for m in DEFINITION.finditer(text)]
    references = {m["id"] for m in REFERENCE.finditer(text)}
    assert len(definitions) == len(set(definitions)), f"{page}: a footnote id is defined twice"
    assert references <= set(definitions), f"{page}: cited but not defined: {references - set(definitions)}"
    assert set(definitions) <= references, f"{page}: defined but never cited: {set(definitions) - references}"
    for found in DEFINITION.finditer(text):
        urls = [m["url"] for m in LINK.finditer(found["text"])]
        assert urls, f"{page}: footnote [^{found['id']}] links no source"
        assert any(primary(url) for url in urls), (
            f"{page}: footnote [^{found['id']}] cites no primary source: {urls}"
        )


def test_the_primary_rule_can_refuse() -> None:
    assert primary("https://nodejs.org/api/timers.html#settimeoutcallback-delay-args")
    assert primary("https://github.com/nodejs/node/blob/v20.20.2/lib/internal/timers.js#L1")
    assert not primary("https://github.com/nodejs/node/blob/main/lib/internal/timers.js")
    assert not primary("https://developer.mozilla.org/en-US/docs/Web/API/setTimeout")
    assert not primary("https://stackoverflow.com/questions/1")
