"""Build the site, serve it from a thread and open it in offline Chromium: shared by the site tests,
`tools/screenshots.py` and `benchmarks/bench_site.py`."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Playwright, ViewportSize

from tools.snipcheck.browser import LAUNCH_ARGS

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
MOBILE: ViewportSize = {"width": 375, "height": 812}
COMPRESSED_TYPES = ("application/javascript", "application/json", "image/svg+xml", "application/xml")


class SiteError(Exception):
    """The site could not be built, or a browser or npm package it needs is missing."""


def build_site(site_dir: Path, config: Path = ROOT / "mkdocs.yml") -> None:
    """Run `mkdocs build --strict` into `site_dir`; raise SiteError with mkdocs' own output."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site_dir)],
        cwd=config.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SiteError(f"mkdocs build --strict failed:\n{done.stdout}{done.stderr}".rstrip())


def derived_project(project: Path, pages: dict[str, str]) -> Path:
    """A throwaway project in `project` whose mkdocs.yml inherits ours (theme, plugins, extra,
    validation, Markdown extensions) but has only `pages` (name -> Markdown), no hooks and no
    extra CSS. Returns its config file."""
    docs = project / "docs"
    for name, text in pages.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    # The theme's polyfills point into docs/assets/vendor: a page without them would log a 404.
    shutil.copytree(ROOT / "docs" / "assets" / "vendor", docs / "assets" / "vendor")
    config = {
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "nav": list(pages),
        "hooks": [],
        "extra_css": [],
        "watch": [],
        # Relative paths in the parent would resolve against this project.
        "theme": {"custom_dir": str(ROOT / "overrides")},
    }
    path = project / "mkdocs.yml"
    path.write_text(json.dumps(config, indent=2), encoding="utf-8")  # JSON is YAML
    return path


def site_url(config: Path = ROOT / "mkdocs.yml") -> str:
    """The configured `site_url`, which prefixes every sitemap entry."""
    for line in config.read_text(encoding="utf-8").splitlines():
        if line.startswith("site_url:"):
            return line.split(":", 1)[1].strip().strip("\"'")
    raise SiteError(f"{config}: no site_url")


def sitemap_pages(site_dir: Path, config: Path = ROOT / "mkdocs.yml") -> list[str]:
    """Every page of the built site, as a path relative to the site root ("chapters/01-x.html")."""
    base = urlsplit(site_url(config)).path
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    tree = ET.parse(site_dir / "sitemap.xml")
    pages = []
    for loc in tree.getroot().iterfind("s:url/s:loc", ns):
        path = urlsplit((loc.text or "").strip()).path
        pages.append(path.removeprefix(base))
    return pages


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _GzipHandler(_QuietHandler):
    """Compresses text files for clients that accept gzip, as GitHub Pages and most hosts do."""

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        kind = self.guess_type(str(path))
        textual = kind.startswith("text/") or kind in COMPRESSED_TYPES
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not textual or not path.is_file():
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serve(site_dir: Path, *, compress: bool = False) -> Iterator[str]:
    """Serve `site_dir` on 127.0.0.1 on a free port from a thread; yield the base URL ending in /.

    With `compress`, text files go out gzipped to clients that ask for it (as a real host sends them).
    """
    handler = functools.partial(_GzipHandler if compress else _QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def launch(playwright: Playwright) -> Browser:
    """Debian's Chromium, headless and offline (no Google lookups, no component updates)."""
    if not os.access(CHROMIUM, os.X_OK):
        raise SiteError(
            f"Chromium not found at {CHROMIUM}: run `make system-deps` (apt-get install chromium)"
        )
    return playwright.chromium.launch(executable_path=CHROMIUM, args=list(LAUNCH_ARGS), headless=True)


def axe_script() -> Path:
    """axe-core's browser script, installed from package-lock.json."""
    if not AXE.is_file():
        raise SiteError(f"axe-core not found at {AXE.relative_to(ROOT)}: run `npm ci` at the repository root")
    return AXE
