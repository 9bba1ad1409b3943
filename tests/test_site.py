"""The built site as readers meet it: every page in offline Chromium, served locally and opened from disk."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from mkdocs.utils.yaml import yaml_load
from playwright.sync_api import Browser, Page, Request, sync_playwright

from tools.sitekit import (
    DESKTOP,
    MOBILE,
    ROOT,
    SiteError,
    axe_script,
    build_site,
    launch,
    serve,
    site_url,
    sitemap_pages,
)

pytestmark = pytest.mark.browser


def _nav_pages() -> list[str]:
    """The pages of mkdocs.yml's nav as built paths (the offline plugin turns directory URLs off)."""

    def walk(entry: Any) -> Iterator[str]:
        if isinstance(entry, str):
            if not re.match(r"[a-z]+://", entry):
                yield str(PurePosixPath(entry).with_suffix(".html"))
        elif isinstance(entry, dict):
            for value in entry.values():
                yield from walk(value)
        elif isinstance(entry, list):
            for value in entry:
                yield from walk(value)

    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as f:
        return list(walk(yaml_load(f)["nav"]))


NAV_PAGES = _nav_pages()
LANGUAGES = ("Python", "C", "JavaScript")
SEARCH_WORDS = ("callback", "setImmediate", "qsort")
WORKER_SHIM = ROOT / "docs/assets/vendor/iframe-worker/shim.js"
WORKER_SHIM_PACKAGE = ROOT / "node_modules/iframe-worker/shim/index.js"


# -- Fixtures: one build, one server thread, one Chromium for the whole module ------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site_dir = tmp_path_factory.mktemp("built") / "site"
    try:
        build_site(site_dir)
    except SiteError as e:
        pytest.fail(str(e), pytrace=False)
    return site_dir


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    # Another module runs its own Playwright session: this one must be stopped at module end.
    playwright = sync_playwright().start()
    try:
        try:
            chromium = launch(playwright)
        except SiteError as e:
            pytest.fail(str(e), pytrace=False)
        yield chromium
        chromium.close()
    finally:
        playwright.stop()


@dataclass
class Visit:
    """What the browser reported while one page loaded."""

    url: str
    local_prefix: str
    problems: list[str] = field(default_factory=list)
    """Console errors, uncaught exceptions, failed requests and HTTP errors."""
    foreign: list[str] = field(default_factory=list)
    """Requests for anything not under `local_prefix` (data: and blob: URLs are local)."""

    def watch(self, page: Page) -> None:
        page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"uncaught: {e}"))
        page.on("requestfailed", self._failed)
        page.on("request", self._request)
        page.on(
            "response",
            lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"),
        )

    def _failed(self, request: Request) -> None:
        self.problems.append(f"failed request: {request.url} ({request.failure})")

    def _request(self, request: Request) -> None:
        url = request.url
        if not url.startswith((self.local_prefix, "data:", "blob:", "about:")):
            self.foreign.append(f"{request.resource_type} {url}")


def visit(browser: Browser, url: str, local_prefix: str, **context: Any) -> tuple[Page, Visit]:
    """Open `url` in a fresh context (no storage, no cache) and wait until the network is idle."""
    page = browser.new_context(**context).new_page()
    seen = Visit(url, local_prefix)
    seen.watch(page)
    page.goto(url, wait_until="networkidle")
    return page, seen


@pytest.fixture(scope="module")
def first_visits(browser: Browser, base_url: str) -> dict[str, Visit]:
    """A first visit to every page of the nav, done once and checked by several tests."""
    visits = {}
    for path in NAV_PAGES:
        page, seen = visit(browser, base_url + path, base_url, viewport=DESKTOP)
        page.context.close()
        visits[path] = seen
    return visits


# -- Structure --------------------------------------------------------------------------------


def test_sitemap_lists_exactly_the_nav(site: Path) -> None:
    assert sorted(sitemap_pages(site)) == sorted(NAV_PAGES)


def test_worker_shim_is_the_pinned_package() -> None:
    assert WORKER_SHIM_PACKAGE.is_file(), "iframe-worker is not installed: run `npm ci` at the repository root"
    assert WORKER_SHIM.read_bytes() == WORKER_SHIM_PACKAGE.read_bytes(), (
        f"{WORKER_SHIM.relative_to(ROOT)} differs from the version in package-lock.json: "
        f"cp {WORKER_SHIM_PACKAGE.relative_to(ROOT)} {WORKER_SHIM.relative_to(ROOT)}"
    )


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
            elif name in ("href", "src") and tag in ("a", "link", "script", "img", "iframe", "source"):
                self.links.append(value)


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    base_path = urlsplit(site_url()).path
    pages = {p.relative_to(site).as_posix(): p for p in site.rglob("*.html")}
    parsed = {}
    for rel, path in pages.items():
        parser = _Links()
        parser.feed(path.read_text(encoding="utf-8"))
        parsed[rel] = parser
    broken = []
    for rel, parser in sorted(parsed.items()):
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme in ("mailto", "data", "javascript") or (parts.scheme and parts.netloc):
                if not link.startswith(site_url()):
                    continue  # another site: not ours to check offline
                parts = urlsplit(link.removeprefix(site_url().rstrip("/")))
            if parts.path.startswith("/"):
                target = PurePosixPath(unquote(parts.path).removeprefix(base_path.rstrip("/")).lstrip("/"))
            elif parts.path:
                target = PurePosixPath(rel).parent / unquote(parts.path)
            else:
                target = PurePosixPath(rel)
            resolved = (site / target).resolve()
            key = resolved.relative_to(site.resolve()).as_posix() if resolved.is_relative_to(site.resolve()) else ""
            if not key or not resolved.exists():
                broken.append(f"{rel}: {link}: no such file")
            elif resolved.is_dir():
                broken.append(f"{rel}: {link}: a directory URL works over http only, not from disk")
            elif parts.fragment and key in parsed and unquote(parts.fragment) not in parsed[key].ids:
                broken.append(f"{rel}: {link}: no such anchor")
    assert not broken, "\n".join(broken)


def test_strict_build_rejects_a_broken_anchor(tmp_path: Path) -> None:
    copy = tmp_path / "project"
    ignore = shutil.ignore_patterns("__pycache__")
    for name in ("docs", "snippets", "records", "tools"):
        shutil.copytree(ROOT / name, copy / name, ignore=ignore)
    shutil.copy(ROOT / "mkdocs.yml", copy)
    with (copy / "docs/glossary.md").open("a", encoding="utf-8") as f:
        f.write("\n[here](#no-such-heading) and [there](chapters/01-what-a-callback-is.md#no-such-section)\n")
    with pytest.raises(SiteError) as failure:
        build_site(copy / "site", config=copy / "mkdocs.yml")
    assert "'#no-such-heading', but there is no such anchor on this page" in str(failure.value)
    assert "'chapters/01-what-a-callback-is.md#no-such-section'" in str(failure.value)


# -- Every page, served locally ---------------------------------------------------------------


@pytest.mark.parametrize("path", NAV_PAGES)
def test_page_loads_without_errors(first_visits: dict[str, Visit], path: str) -> None:
    assert not first_visits[path].problems, "\n".join(first_visits[path].problems)


@pytest.mark.parametrize("path", NAV_PAGES)
def test_page_requests_nothing_from_other_hosts(first_visits: dict[str, Visit], path: str) -> None:
    assert not first_visits[path].foreign, "\n".join(first_visits[path].foreign)


_OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('body *')].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.right > width + 0.5;
  });
  // Report the innermost culprits: wide elements with no wide descendant.
  const culprits = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
  return {scroll: document.documentElement.scrollWidth, width,
          culprits: culprits.slice(0, 5).map((el) =>
            el.tagName.toLowerCase() + (el.className && typeof el.className === 'string'
              ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
            + ' right=' + Math.round(el.getBoundingClientRect().right))};
}"""


@pytest.mark.parametrize("path", NAV_PAGES)
def test_page_does_not_scroll_sideways_on_a_phone(browser: Browser, base_url: str, path: str) -> None:
    page, _ = visit(browser, base_url + path, base_url, viewport=MOBILE)
    try:
        # Every language tab is laid out in turn: a wide C listing must not hide behind Python.
        has_tabs = page.locator(".tabbed-labels label").count() > 0
        for language in LANGUAGES if has_tabs else ("(no tabs)",):
            if has_tabs:
                label = page.locator(".tabbed-labels label", has_text=re.compile(f"^{language}$")).first
                if label.count() == 0:
                    continue
                label.click()
            found = page.evaluate(_OVERFLOW)
            assert found["scroll"] <= found["width"], (
                f"{path} at {MOBILE['width']} px, {language} tabs: the page is {found['scroll']} px wide; "
                f"too wide: {', '.join(found['culprits'])}"
            )
    finally:
        page.context.close()


_AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}x, e.g. ${v.nodes.slice(0, 3)
      .map((n) => n.target.join(' ')).join(' | ')})`);
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", NAV_PAGES)
def test_page_has_no_serious_accessibility_violation(
    browser: Browser, base_url: str, path: str, scheme: str
) -> None:
    try:
        axe = axe_script()
    except SiteError as e:
        pytest.fail(str(e), pytrace=False)
    page, _ = visit(browser, base_url + path, base_url, viewport=DESKTOP, color_scheme=scheme)
    try:
        expected = {"light": "default", "dark": "slate"}[scheme]
        assert page.evaluate("document.body.dataset.mdColorScheme") == expected
        page.add_script_tag(path=axe)
        violations = page.evaluate(_AXE_RUN)
        assert not violations, "\n".join(violations)
    finally:
        page.context.close()


# -- Behaviour readers rely on ----------------------------------------------------------------

_SHOWN_LANGUAGES = """() => [...document.querySelectorAll('.tabbed-set')].flatMap((set) => {
  const labels = [...set.querySelectorAll(':scope > .tabbed-labels > label')];
  const checked = set.querySelector(':scope > input:checked');
  const index = labels.findIndex((label) => label.htmlFor === checked.id);
  const block = set.querySelectorAll(':scope > .tabbed-content > .tabbed-block')[index];
  return labels.some((l) => l.innerText.trim() === 'C')
    ? [labels[index].innerText.trim() + (block && block.offsetParent !== null ? '' : ' (hidden)')] : [];
})"""


def _pages_with_language_tabs(site: Path) -> list[str]:
    found = []
    for path in NAV_PAGES:
        html = (site / path).read_text(encoding="utf-8")
        if all(f'">{language}</a></label>' in html for language in LANGUAGES):
            found.append(path)
    return found


def test_chosen_language_follows_the_reader_to_the_next_page(
    browser: Browser, base_url: str, site: Path
) -> None:
    pages = _pages_with_language_tabs(site)
    assert len(pages) >= 2, f"needs two pages with Python | C | JavaScript tabs, found {pages}"
    first, second = pages[:2]
    page, _ = visit(browser, base_url + first, base_url, viewport=DESKTOP)
    try:
        assert set(page.evaluate(_SHOWN_LANGUAGES)) == {"Python"}, f"{first}: Python is not shown first"
        page.locator(".tabbed-labels label", has_text=re.compile("^C$")).first.click()
        assert set(page.evaluate(_SHOWN_LANGUAGES)) == {"C"}, f"{first}: choosing C did not switch every set"
        page.goto(base_url + second)
        assert set(page.evaluate(_SHOWN_LANGUAGES)) == {"C"}, f"{second}: C was not remembered"
        page.reload()
        assert set(page.evaluate(_SHOWN_LANGUAGES)) == {"C"}, f"{second}: C was lost on reload"
    finally:
        page.context.close()


def _search(page: Page, word: str) -> list[str]:
    """Type `word` into the header's search box; return the highlighted words of the results."""
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").fill(word)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    return page.locator(".md-search-result__item mark").all_inner_texts()


@pytest.mark.parametrize("word", SEARCH_WORDS)
def test_search_finds(browser: Browser, base_url: str, word: str) -> None:
    page, _ = visit(browser, base_url + "index.html", base_url, viewport=DESKTOP)
    try:
        marks = _search(page, word)
        assert word.lower() in {m.lower() for m in marks}, f"searching {word!r} highlighted only {marks}"
    finally:
        page.context.close()


def _background(page: Page) -> tuple[int, ...]:
    colour = page.evaluate("getComputedStyle(document.body).backgroundColor")
    return tuple(int(n) for n in re.findall(r"\d+", colour)[:3])


def test_palette_toggle_switches_light_and_dark_and_is_remembered(browser: Browser, base_url: str) -> None:
    page, _ = visit(browser, base_url + NAV_PAGES[0], base_url, viewport=DESKTOP, color_scheme="light")
    toggle = page.locator("form[data-md-component=palette] label:not([hidden])")
    try:
        assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
        light = _background(page)
        toggle.click()
        page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
        dark = _background(page)
        assert sum(dark) < sum(light), f"dark background {dark} is not darker than light {light}"
        page.reload()
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate", "dark mode lost on reload"
        toggle.click()
        page.wait_for_function("document.body.dataset.mdColorScheme === 'default'")
        assert _background(page) == light
    finally:
        page.context.close()


def test_dark_system_preference_starts_dark(browser: Browser, base_url: str) -> None:
    page, _ = visit(browser, base_url + NAV_PAGES[0], base_url, viewport=DESKTOP, color_scheme="dark")
    try:
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    finally:
        page.context.close()


# -- Opened from disk, no server ----------------------------------------------------------------


@pytest.mark.parametrize("path", [NAV_PAGES[0], "chapters/01-what-a-callback-is.html"])
def test_page_works_from_disk(browser: Browser, site: Path, path: str) -> None:
    page, seen = visit(browser, (site / path).as_uri(), site.as_uri() + "/", viewport=DESKTOP)
    try:
        assert not seen.problems + seen.foreign, "\n".join(seen.problems + seen.foreign)
        assert page.locator(".md-content h1").count() == 1
    finally:
        page.context.close()


def test_search_works_from_disk(browser: Browser, site: Path) -> None:
    page, seen = visit(browser, (site / "index.html").as_uri(), site.as_uri() + "/", viewport=DESKTOP)
    try:
        marks = _search(page, "callback")
        assert "callback" in {m.lower() for m in marks}, f"search from disk highlighted only {marks}"
        assert not seen.problems + seen.foreign, "\n".join(seen.problems + seen.foreign)
    finally:
        page.context.close()
