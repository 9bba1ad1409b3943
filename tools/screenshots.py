"""Build the site and save a full-page desktop and phone screenshot of every page into screenshots/.

    .venv/bin/python -m tools.screenshots [--dark] [--out DIR] [PAGE ...]

PAGE filters by substring of the built path ("chapters/03"). The images are for people to look at
(layout, overflow, contrast); nothing compares them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Literal

from playwright.sync_api import sync_playwright

from tools.sitekit import DESKTOP, MOBILE, ROOT, SiteError, build_site, launch, serve, sitemap_pages

# A reader scrolling would load every lazy image; a full-page capture does not scroll.
_LOAD_ALL_IMAGES = """async () => {
  const images = [...document.images];
  for (const img of images) img.loading = 'eager';
  await Promise.all(images.map((img) => img.complete ? null
    : new Promise((done) => { img.addEventListener('load', done); img.addEventListener('error', done); })));
}"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots", description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", metavar="PAGE", help="only pages whose path contains PAGE")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots", help="default: screenshots/")
    parser.add_argument("--dark", action="store_true", help="the dark palette instead of the light one")
    args = parser.parse_args(argv)

    scheme: Literal["dark", "light"] = "dark" if args.dark else "light"
    with tempfile.TemporaryDirectory(prefix="atlas-shots-") as tmp:
        site = Path(tmp) / "site"
        try:
            build_site(site)
            pages = [p for p in sitemap_pages(site) if not args.pages or any(f in p for f in args.pages)]
            args.out.mkdir(parents=True, exist_ok=True)
            with serve(site) as base, sync_playwright() as playwright:
                browser = launch(playwright)
                for size, viewport in (("desktop", DESKTOP), ("mobile", MOBILE)):
                    context = browser.new_context(viewport=viewport, color_scheme=scheme)
                    page = context.new_page()
                    for path in pages:
                        page.goto(base + path, wait_until="networkidle")
                        page.evaluate(_LOAD_ALL_IMAGES)
                        name = path.removesuffix(".html").replace("/", "-")
                        suffix = "-dark" if args.dark else ""
                        shot = args.out / f"{name}-{size}{suffix}.png"
                        page.screenshot(path=shot, full_page=True)
                        print(shot.relative_to(ROOT) if shot.is_relative_to(ROOT) else shot)
                    context.close()
                browser.close()
        except SiteError as e:
            print(f"screenshots: {e}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
