"""The built site as readers meet it: every page in offline Chromium, served locally and opened from disk."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit

import pytest
from mkdocs.utils.yaml import yaml_load
from playwright.sync_api import Browser, ConsoleMessage, Error, Page, Request, Response, sync_playwright

from tools.sitekit import (
    DESKTOP,
    MOBILE,
    ROOT,
    SiteError,
    axe_script,
    build_site,
    derived_project,
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
T = TypeVar("T")
LANGUAGES = ("Python", "C", "JavaScript")
SEARCH_WORDS = ("callback", "setImmediate", "qsort")
WORKER_SHIM = ROOT / "docs/assets/vendor/iframe-worker/shim.js"
WORKER_SHIM_PACKAGE = ROOT / "node_modules/iframe-worker/shim/index.js"
SEARCH_OVERRIDE = ROOT / "overrides/partials/search.html"


# -- Fixtures: one build, one server thread, one Chromium for the whole module ------------------


def _or_fail(step: Callable[..., T], *args: Any) -> T:
    """Run `step`; a SiteError (no Chromium, no node_modules, a broken build) fails with its one line."""
    try:
        return step(*args)
    except SiteError as e:
        message = str(e)
    pytest.fail(message, pytrace=False)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site_dir = tmp_path_factory.mktemp("built") / "site"
    _or_fail(build_site, site_dir)
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
        chromium = _or_fail(launch, playwright)
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
        page.on("console", self._console)
        page.on("pageerror", self._uncaught)
        page.on("request", self._request)
        page.on("requestfailed", self._failed)
        page.on("response", self._response)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.problems.append(f"console: {message.text}")

    def _uncaught(self, error: Error) -> None:
        self.problems.append(f"uncaught: {error}")

    def _request(self, request: Request) -> None:
        if not request.url.startswith((self.local_prefix, "data:", "blob:", "about:")):
            self.foreign.append(f"{request.resource_type} {request.url}")

    def _failed(self, request: Request) -> None:
        self.problems.append(f"failed request: {request.url} ({request.failure})")

    def _response(self, response: Response) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")


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
    assert WORKER_SHIM_PACKAGE.is_file(), (
        "iframe-worker is not installed: run `npm ci` at the repository root"
    )
    assert WORKER_SHIM.read_bytes() == WORKER_SHIM_PACKAGE.read_bytes(), (
        f"{WORKER_SHIM.relative_to(ROOT)} differs from the version in package-lock.json: "
        f"cp {WORKER_SHIM_PACKAGE.relative_to(ROOT)} {WORKER_SHIM.relative_to(ROOT)}"
    )


def test_search_partial_override_differs_from_material_only_by_its_name() -> None:
    import material

    theirs = (Path(material.__file__).parent / "templates/partials/search.html").read_text(encoding="utf-8")
    ours = SEARCH_OVERRIDE.read_text(encoding="utf-8")

    def body(template: str) -> str:
        return re.sub(r"\A\{#-.*?-#\}\n", "", template, flags=re.DOTALL)

    expected = body(theirs).replace(
        'role="dialog">', 'role="dialog" aria-label="{{ lang.t(\'search\') }}">', 1
    )
    assert body(ours) == expected, (
        f"Material's partials/search.html changed: copy it to {SEARCH_OVERRIDE.relative_to(ROOT)} again "
        "and re-add the aria-label"
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
    site_root = site.resolve()
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
            if not resolved.is_relative_to(site_root) or not resolved.exists():
                broken.append(f"{rel}: {link}: no such file")
            elif resolved.is_dir():
                broken.append(f"{rel}: {link}: a directory URL works over http only, not from disk")
            elif parts.fragment:
                key = resolved.relative_to(site_root).as_posix()
                if key in parsed and unquote(parts.fragment) not in parsed[key].ids:
                    broken.append(f"{rel}: {link}: no such anchor")
    assert not broken, "\n".join(broken)


def test_strict_build_rejects_a_broken_anchor(tmp_path: Path) -> None:
    def build(link: str) -> None:
        project = tmp_path / link.replace("#", "_")
        pages = {"index.md": f"# Home\n\nSee [the section]({link}).\n", "page.md": "# Page\n\n## Real\n"}
        build_site(project / "site", config=derived_project(project, pages))

    build("page.md#real")  # the same project with a good anchor builds
    build("#home")
    with pytest.raises(
        SiteError, match=re.escape("'page.md#unreal', but the doc 'page.md' does not contain")
    ):
        build("page.md#unreal")
    with pytest.raises(SiteError, match="'#nowhere', but there is no such anchor on this page"):
        build("#nowhere")


# -- Every page, served locally ---------------------------------------------------------------


@pytest.mark.parametrize("path", NAV_PAGES)
def test_page_loads_without_errors(first_visits: dict[str, Visit], path: str) -> None:
    assert not first_visits[path].problems, "\n".join(first_visits[path].problems)


@pytest.mark.parametrize("path", NAV_PAGES)
def test_page_requests_nothing_from_other_hosts(first_visits: dict[str, Visit], path: str) -> None:
    assert not first_visits[path].foreign, "\n".join(first_visits[path].foreign)


_OVERFLOW = """() => {
  const width = document.documentElement.clientWidth, scroll = document.documentElement.scrollWidth;
  if (scroll <= width) return {scroll, width, culprits: []};
  // Elements past the right edge that no scrolling or clipping ancestor contains...
  const clipped = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
      if (getComputedStyle(a).overflowX !== 'visible') return true;
    return false;
  };
  const wide = [...document.querySelectorAll('body *')].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.right > width + 0.5 && !clipped(el);
  });
  // ...and of those, the innermost.
  const culprits = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
  return {scroll, width, culprits: culprits.slice(0, 5).map((el) =>
    el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className.trim()
      ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
    + ' right=' + Math.round(el.getBoundingClientRect().right))};
}"""


def _overflow(page: Page) -> str:
    """Why the page scrolls sideways, or "" when it does not."""
    found = page.evaluate(_OVERFLOW)
    if found["scroll"] <= found["width"]:
        return ""
    return f"the page is {found['scroll']} px wide; too wide: {', '.join(found['culprits'])}"


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
            too_wide = _overflow(page)
            assert not too_wide, f"{path} at {MOBILE['width']} px, {language} tabs: {too_wide}"
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
    axe = _or_fail(axe_script)
    page, _ = visit(browser, base_url + path, base_url, viewport=DESKTOP, color_scheme=scheme)
    try:
        expected = {"light": "default", "dark": "slate"}[scheme]
        # Material applies the system palette from its script, which a loaded machine can delay.
        page.wait_for_function(f"document.body.dataset.mdColorScheme === '{expected}'", timeout=15000)
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
        if all(f">{language}</label>" in html for language in LANGUAGES):
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
    box = page.locator(".md-search__input")
    box.click()
    box.press_sequentially(word)  # Material reads key presses: fill() alone would not search
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    return page.locator(".md-search-result__item mark").all_inner_texts()


@pytest.mark.parametrize("word", SEARCH_WORDS)
def test_search_finds(browser: Browser, base_url: str, word: str) -> None:
    page, _ = visit(browser, base_url + "index.html", base_url, viewport=DESKTOP)
    try:
        marks = _search(page, word)
        assert any(word.lower() in m.lower() for m in marks), f"searching {word!r} highlighted only {marks}"
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
        page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'", timeout=15000)
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
        assert any("callback" in m.lower() for m in marks), f"search from disk highlighted only {marks}"
        assert not seen.problems + seen.foreign, "\n".join(seen.problems + seen.foreign)
    finally:
        page.context.close()


# -- The checks above can fail -------------------------------------------------------------------


def test_visit_reports_other_hosts_and_failed_requests(browser: Browser, base_url: str) -> None:
    page, seen = visit(browser, base_url + NAV_PAGES[0], base_url, viewport=DESKTOP)
    try:
        page.evaluate("fetch('https://fonts.example.com/a.woff2').catch(() => {})")
        page.evaluate("fetch('no-such-file.css').catch(() => {})")
        page.wait_for_load_state("networkidle")
        assert seen.foreign == ["fetch https://fonts.example.com/a.woff2"]
        assert f"HTTP 404: {base_url}no-such-file.css" in seen.problems
        assert any(p.startswith("failed request: https://fonts.example.com/") for p in seen.problems)
    finally:
        page.context.close()


def test_overflow_and_axe_probes_see_a_planted_defect(browser: Browser, base_url: str) -> None:
    page, _ = visit(browser, base_url + NAV_PAGES[0], base_url, viewport=MOBILE)
    try:
        assert _overflow(page) == ""
        page.evaluate("""() => {
          const wide = document.createElement('div');
          wide.className = 'planted';
          wide.style.width = '600px';
          wide.append(Object.assign(document.createElement('img'), {src: 'data:,'}));  // no alt text
          document.querySelector('.md-content article').append(wide);
        }""")
        assert "div.planted right=" in _overflow(page)
        page.add_script_tag(path=_or_fail(axe_script))
        assert any(v.startswith("critical image-alt:") for v in page.evaluate(_AXE_RUN))
    finally:
        page.context.close()
