"""What a first visit to each page costs, next to a bare Material page with the same theme.

    .venv/bin/python -m benchmarks.bench_site [--runs N] [--json PATH]

For every page: the bytes a first visit transfers (fresh browser context, no cache, counted until
the network is idle, so the search index is included) and the time until `load`, in headless
Chromium from a local server that gzips text as GitHub Pages does; the uncompressed size is shown
beside it. The bare page is a one-page site built with the same theme, plugins
and `extra` but no content, CSS or hooks. Medians of --runs visits. Target: the heaviest page at
most 1.5x the bare page's transferred bytes, not counting the Dash chapter's screenshots. Exit status 1 when
the target is missed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as `python benchmarks/bench_site.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import Browser, Request, sync_playwright

from tools.sitekit import DESKTOP, ROOT, SiteError, build_site, derived_project, launch, serve, sitemap_pages

TARGET = 1.5
FAVICON = "assets/images/favicon.png"
SEARCH_INDEX = "search/search_index.json"


@dataclass(frozen=True)
class Cost:
    """Medians over several first visits to one page."""

    page: str
    """Path of the page in the built site; "(bare Material)" for the reference page."""
    bytes: int
    """Response headers and (gzipped) bodies transferred until the network was idle."""
    raw_bytes: int
    """The same responses' bodies uncompressed."""
    search_bytes: int
    """Of `bytes`, the search index, which Material fetches on every first visit."""
    screenshot_bytes: int
    """Of `bytes`, images of the Dash chapter other than the favicon (its app screenshots)."""
    load_ms: float
    """From navigation start to the `load` event."""

    @property
    def counted(self) -> int:
        """The bytes the target applies to."""
        return self.bytes - self.screenshot_bytes


def first_visit(browser: Browser, base: str, page_path: str) -> tuple[int, int, int, int, float]:
    """One visit in a fresh context: bytes sent, uncompressed, of the search index, of Dash screenshots;
    ms until load."""
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    finished: list[Request] = []

    def on_finished(request: Request) -> None:  # Playwright cannot wrap a bound builtin like list.append
        finished.append(request)

    page.on("requestfinished", on_finished)
    page.goto(base + page_path, wait_until="load")
    load_ms = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventStart")
    page.wait_for_load_state("networkidle")
    total = raw = search = shots = 0
    for request in finished:
        response = request.response()
        if response is None:
            continue
        # Content-Length, not sizes()["responseBodySize"]: the latter is 0 for the search worker.
        size = int(response.headers.get("content-length", 0)) + request.sizes()["responseHeadersSize"]
        total += size
        raw += len(response.body())
        if request.url.endswith(SEARCH_INDEX):
            search += size
        is_screenshot = request.resource_type == "image" and not request.url.endswith(FAVICON)
        if page_path.startswith("dash/") and is_screenshot:
            shots += size
    context.close()
    return total, raw, search, shots, float(load_ms)


def measure(browser: Browser, base: str, page_path: str, label: str, runs: int) -> Cost:
    visits = [first_visit(browser, base, page_path) for _ in range(runs)]
    return Cost(
        page=label,
        bytes=round(statistics.median(v[0] for v in visits)),
        raw_bytes=round(statistics.median(v[1] for v in visits)),
        search_bytes=round(statistics.median(v[2] for v in visits)),
        screenshot_bytes=round(statistics.median(v[3] for v in visits)),
        load_ms=statistics.median(v[4] for v in visits),
    )


def build_bare_site(work: Path) -> Path:
    """A one-page site with the project's theme, plugins and extra, and no content, CSS or hooks."""
    config = derived_project(work / "bare", {"index.md": "# Bare\n"})
    build_site(work / "bare" / "site", config=config)
    return work / "bare" / "site"


def report(bare: Cost, pages: list[Cost]) -> tuple[str, bool]:
    """The table, and whether the heaviest page meets the target."""
    rows = [
        f"{'page':42} {'KiB sent':>8} {'x bare':>6} {'search':>6} {'KiB raw':>8} {'x bare':>6} "
        f"{'load ms':>7} {'x bare':>6}"
    ]

    def row(cost: Cost) -> str:
        note = f"  (+{cost.screenshot_bytes / 1024:.0f} KiB screenshots)" if cost.screenshot_bytes else ""
        return (
            f"{cost.page:42} {cost.counted / 1024:8.1f} {cost.counted / bare.counted:6.2f} "
            f"{cost.search_bytes / 1024:6.1f} "
            f"{cost.raw_bytes / 1024:8.1f} {cost.raw_bytes / bare.raw_bytes:6.2f} "
            f"{cost.load_ms:7.0f} {cost.load_ms / bare.load_ms:6.2f}{note}"
        )

    rows.append(row(bare))
    rows.extend(row(cost) for cost in pages)
    heaviest = max(pages, key=lambda c: c.counted)
    ratio = heaviest.counted / bare.counted
    ok = ratio <= TARGET
    without = max((c.counted - c.search_bytes) / (bare.counted - bare.search_bytes) for c in pages)
    rows.append(
        f"heaviest: {heaviest.page}, {ratio:.2f}x the bare page's transferred bytes "
        f"(target <= {TARGET}x): {'met' if ok else 'MISSED'}; "
        f"without the search index on either side: {without:.2f}x"
    )
    return "\n".join(rows), ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_site", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--runs", type=int, default=3, help="visits per page; the median is reported")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "site.json")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="atlas-bench-") as tmp:
        work = Path(tmp)
        try:
            build_site(work / "site")
            bare_site = build_bare_site(work)
            with sync_playwright() as playwright:
                browser = launch(playwright)
                with serve(bare_site, compress=True) as base:
                    bare = measure(browser, base, "index.html", "(bare Material)", args.runs)
                with serve(work / "site", compress=True) as base:
                    pages = [measure(browser, base, p, p, args.runs) for p in sitemap_pages(work / "site")]
                browser.close()
        except SiteError as e:
            print(f"bench_site: {e}", file=sys.stderr)
            return 2

    table, ok = report(bare, pages)
    print(table)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    results = {"runs": args.runs, "target": TARGET, "bare": asdict(bare), "pages": [asdict(c) for c in pages]}
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
