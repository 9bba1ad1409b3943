"""Serve a Dash app in its own process, drive it in headless Chromium from a scenario, record it."""

# A scenario is `<app stem>.scenario` beside the app: one command a line, '#' starts a comment line.
#
#   read SEL [SEL ...]   elements recorded after every following step (CSS selectors; quote
#                        one that contains spaces: read #total "#graph .gtitle")
#   load                 open the app; always the first step
#   type SEL TEXT        clear the input SEL, then type TEXT (the rest of the line)
#   clear SEL            empty the input SEL
#   click SEL            click the element SEL
#   select SEL LABEL     pick the option labelled LABEL in a dcc.Dropdown or <select>;
#                        click the item labelled LABEL in a dcc.RadioItems or dcc.Checklist
#   slide SEL VALUE      move the dcc.Slider SEL to VALUE
#   press SEL KEY        press KEY (Enter, Tab, ArrowDown...) with SEL focused
#   wait SECONDS         let time pass (only for timers: dcc.Interval, debounce); at most 10
#
# After each step the page must settle: the renderer loaded, no callback pending or fetch in
# flight, no script loading, and the DOM unchanged for QUIET_MS and a few frames. Then each read
# element's visible text (an input's value) is recorded: tabs (table cells) become " | ",
# trailing spaces go, several matches give one line each. A selector matching nothing, a callback
# answering HTTP >= 400 and an uncaught page error all fail the scenario.

from __future__ import annotations

import contextlib
import http.client
import os
import shlex
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from playwright.sync_api import Browser as PlaywrightBrowser
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, Playwright, Response, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tools.snipcheck.errors import ConfigError, SnippetFailure

LAUNCH_ARGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--disable-quic", "--no-first-run",
    "--no-default-browser-check",
    # Without this Chromium still looks up Google hosts, even offline.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
)  # fmt: skip
VIEWPORT = {"width": 1000, "height": 700}
QUIET_MS = 80
MAX_WAIT = 10.0
USAGE = {
    "read": "read SELECTOR [SELECTOR ...]", "load": "load", "type": "type SELECTOR TEXT",
    "clear": "clear SELECTOR", "click": "click SELECTOR", "select": "select SELECTOR LABEL",
    "slide": "slide SELECTOR VALUE", "press": "press SELECTOR KEY", "wait": "wait SECONDS",
}  # fmt: skip

# Runs before the app's scripts: counts fetches and loading scripts, notes the last DOM change.
_INSTRUMENT = """(() => {
  const s = window.__snipcheck = {busy: 0, last: performance.now(), calm: 0, token: null};
  const done = () => { s.busy--; s.last = performance.now(); };
  const fetch = window.fetch;
  window.fetch = function (...args) { s.busy++; return fetch.apply(this, args).finally(done); };
  new MutationObserver((records) => {
    s.last = performance.now();
    for (const r of records) for (const n of r.addedNodes)
      if (n.tagName === 'SCRIPT' && n.src) {
        s.busy++; n.addEventListener('load', done); n.addEventListener('error', done);
      }
  }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
})()"""
_SETTLED = """([quiet, token]) => {
  const s = window.__snipcheck, now = performance.now();
  if (s.token !== token) { s.token = token; s.last = now; s.calm = 0; return false; }
  const st = window.store && window.store.getState();
  if (!st || st.appLifecycle !== 'HYDRATED' || st.isLoading || s.busy > 0
      || document.readyState !== 'complete') { s.last = now; s.calm = 0; return false; }
  if (now - s.last < quiet) { s.calm = 0; return false; }
  return ++s.calm >= 3;
}"""
_READ = """(sels) => sels.map((sel) => {
  let els;
  try { els = Array.from(document.querySelectorAll(sel)); } catch (e) { return null; }
  return els.map((el) => ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) ? el.value
                                                                           : el.innerText ?? el.textContent);
})"""
_KIND = """(el) => el.tagName === 'SELECT' ? 'native' : el.classList.contains('dash-dropdown') ? 'dropdown'
  : el.classList.contains('dash-options-list') ? 'options' : '<' + el.tagName.toLowerCase() + '>'"""
_TEXTS = "(els) => els.map((el) => el.innerText.trim())"


@dataclass(frozen=True)
class ScenarioStep:
    """One step of a scenario and what is read after it."""

    line: int
    """Line number in the scenario file."""
    action: str
    """load, type, clear, click, select, slide, press or wait."""
    target: str = ""
    """The selector acted on; empty for load and wait."""
    argument: str = ""
    """The text typed, option label, slider value, key or seconds."""
    reads: tuple[str, ...] = ()
    """Selectors whose text is recorded after the step."""

    def __str__(self) -> str:
        a, t = self.argument, self.target
        return {
            "type": f'type "{a}" into {t}', "select": f'select "{a}" in {t}',
            "slide": f"slide {t} to {a}", "press": f"press {a} in {t}", "wait": f"wait {a}",
        }.get(self.action, f"{self.action} {t}".strip())  # fmt: skip


@dataclass(frozen=True)
class Scenario:
    """A parsed `.scenario` file."""

    path: str
    """Display path of the scenario file, used in every message."""
    steps: tuple[ScenarioStep, ...]
    """The steps in order; the first one is `load`."""

    def __str__(self) -> str:
        return self.path


@dataclass(frozen=True)
class AppRun:
    """What one scenario run of a Dash app showed."""

    transcript: str
    """Each step and what the read elements showed after it; byte-identical between runs."""
    screenshot: bytes
    """PNG of the page at the end of the scenario."""
    commands: tuple[tuple[str, ...], ...]
    """The command line(s) used to serve the app."""


def parse_scenario(path: Path, display_path: str) -> Scenario:
    """Parse a scenario file; a bad line raises ConfigError at `display_path:line`."""
    steps: list[ScenarioStep] = []
    reads: tuple[str, ...] = ()
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        command, _, rest = text.partition(" ")
        rest = rest.strip()

        def bad(message: str, line: int = number) -> ConfigError:
            return ConfigError(display_path, line, message)

        if command not in USAGE:
            raise bad(f"unknown command {command!r}; expected one of: {', '.join(USAGE)}")
        if command == "read":
            try:
                reads = tuple(shlex.split(rest))
            except ValueError as err:
                raise bad(f"read: {err}") from None
            if not reads:
                raise bad(f"usage: {USAGE[command]}")
            continue
        target, argument = "", rest
        if command not in ("load", "wait"):
            target, argument = _split_selector(rest)
        needs_argument = command in ("type", "select", "slide", "press", "wait")
        if not target and command not in ("load", "wait") or bool(argument) != needs_argument:
            raise bad(f"usage: {USAGE[command]}")
        if command in ("slide", "wait") and not _is_number(argument):
            raise bad(f"{command}: {argument!r} is not a number")
        if command == "wait" and not 0 < float(argument) <= MAX_WAIT:
            raise bad(f"wait: seconds must be more than 0 and at most {MAX_WAIT:g}")
        if (command == "load") != (not steps):
            raise bad("the first step must be 'load'" if not steps else "'load' must come only once, first")
        if not reads:
            raise bad("no 'read' line before the first step")
        steps.append(ScenarioStep(number, command, target, argument, reads))
    if not steps:
        raise ConfigError(display_path, None, "the scenario has no steps (start with 'read' and 'load')")
    return Scenario(display_path, tuple(steps))


def _split_selector(rest: str) -> tuple[str, str]:
    if rest[:1] in ("'", '"'):
        end = rest.find(rest[0], 1)
        return (rest[1:end], rest[end + 1 :].strip()) if end > 0 else ("", rest)
    selector, _, argument = rest.partition(" ")
    return selector, argument.strip()


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


class Browser:
    """One headless Chromium shared by all scenarios of a run; use it from the thread that created it."""

    def __init__(self, executable: str = "/usr/bin/chromium") -> None:
        self.executable = executable
        self._playwright: Playwright | None = None
        self._browser: PlaywrightBrowser | None = None

    def __enter__(self) -> Browser:
        if not os.access(self.executable, os.X_OK):
            raise ConfigError(
                self.executable,
                None,
                f"chromium not found at {self.executable}; install it with: apt-get install chromium",
            )
        self._playwright = sync_playwright().start()
        try:
            self._browser = self._playwright.chromium.launch(
                executable_path=self.executable, args=list(LAUNCH_ARGS), headless=True
            )
        except PlaywrightError as err:
            self._playwright.stop()
            self._playwright = None
            first = str(err).strip().splitlines()[0]
            raise ConfigError(self.executable, None, f"chromium failed to start: {first}") from None
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self._browser is not None:
                with contextlib.suppress(PlaywrightError):
                    self._browser.close()
        finally:
            self._browser = None
            if self._playwright is not None:
                self._playwright.stop()
                self._playwright = None

    def run_app(
        self,
        app: Path,
        scenario: Path,
        *,
        display_path: str,
        python: str,
        env: dict[str, str],
        cwd: Path,
        timeout: float,
    ) -> AppRun:
        """Serve `app` (shown as `display_path`), play `scenario` against it, return what it showed."""
        if self._browser is None:
            raise RuntimeError("Browser.run_app() called outside `with Browser() as browser:`")
        plan = parse_scenario(scenario, str(PurePosixPath(display_path).with_name(scenario.name)))
        deadline = time.monotonic() + timeout
        command = (python, str(app))
        port = _free_port()
        with tempfile.TemporaryFile() as log:
            server = subprocess.Popen(
                command,
                cwd=cwd,
                env={**env, "HOST": "127.0.0.1", "PORT": str(port)},
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            context = None
            try:
                context = self._browser.new_context(
                    viewport=VIEWPORT,  # type: ignore[arg-type]
                    device_scale_factor=1,
                    locale="en-US",
                    timezone_id="UTC",
                    reduced_motion="reduce",
                    service_workers="block",
                )
                page = context.new_page()
                page.add_init_script(_INSTRUMENT)
                _wait_for_server(server, port, log, display_path, deadline, timeout)
                transcript = _Player(page, plan, log, deadline, timeout).play(f"http://127.0.0.1:{port}/")
                screenshot = page.screenshot(full_page=True, animations="disabled", caret="hide")
            finally:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(server.pid, signal.SIGKILL)
                server.wait()
                if context is not None:
                    with contextlib.suppress(PlaywrightError):
                        context.close()
        return AppRun(transcript, screenshot, (command,))


class _Player:
    """Plays one scenario on one page and builds its transcript."""

    def __init__(self, page: Page, plan: Scenario, log: IO[bytes], deadline: float, timeout: float) -> None:
        self.page, self.plan, self.log = page, plan, log
        self.deadline, self.timeout = deadline, timeout
        self.failed_callbacks: list[int] = []
        self.page_errors: list[str] = []
        page.on("response", self._on_response)
        page.on("pageerror", lambda err: self.page_errors.append(f"{err.name}: {err.message}"))

    def _on_response(self, response: Response) -> None:
        if "/_dash-update-component" in response.url and response.status >= 400:
            self.failed_callbacks.append(response.status)

    def ms(self) -> float:
        """Milliseconds left before the deadline (Playwright reads 0 as 'no limit')."""
        return max(1.0, (self.deadline - time.monotonic()) * 1000)

    def play(self, url: str) -> str:
        lines: list[str] = []
        for number, step in enumerate(self.plan.steps, start=1):
            where = f"step {number} ({step})"
            phase = "acting"
            try:
                if step.action == "load":
                    self.page.goto(url, wait_until="commit", timeout=self.ms())
                else:
                    self.act(step, where)
                phase = "waiting for Dash to settle (a callback still running?)"
                self.page.wait_for_function(_SETTLED, arg=[QUIET_MS, number], polling="raf", timeout=self.ms())
                self.check(step, where)
                texts: list[list[str] | None] = self.page.evaluate(_READ, list(step.reads))
            except PlaywrightTimeout:
                self.check(step, where)
                raise self.fail(step, f"{where}: timed out after {self.timeout:g} s {phase}") from None
            except PlaywrightError as err:
                self.check(step, where)
                raise self.fail(step, f"{where}: {str(err).strip().splitlines()[0]}") from None
            lines.append(f"step {number}: {step}")
            for selector, found in zip(step.reads, texts, strict=True):
                if found is None:
                    raise self.fail(step, f"{where}: invalid CSS selector {selector!r}")
                if not found:
                    raise self.fail(step, f"{where}: no element matches {selector!r}")
                lines.extend(_format(selector, found))
        self.page.mouse.move(0, 0)  # no hover effects in the screenshot
        return "\n".join(lines) + "\n"

    def fail(self, step: ScenarioStep, message: str) -> SnippetFailure:
        return SnippetFailure(self.plan.path, step.line, message)

    def check(self, step: ScenarioStep, where: str) -> None:
        if self.failed_callbacks:
            reason = _last_error(self.log)
            raise self.fail(step, f"{where}: callback failed with HTTP {self.failed_callbacks[0]}: {reason}")
        if self.page_errors:
            raise self.fail(step, f"{where}: error in the page: {self.page_errors[0]}")

    def act(self, step: ScenarioStep, where: str) -> None:
        if step.action == "wait":
            self.page.wait_for_timeout(float(step.argument) * 1000)
            return
        target = self.page.locator(step.target)
        count = target.count()
        if count != 1:
            raise self.fail(
                step,
                f"{where}: no element matches {step.target!r}"
                if count == 0
                else f"{where}: {step.target!r} matches {count} elements; name exactly one",
            )
        if step.action == "click":
            target.click(timeout=self.ms())
        elif step.action in ("type", "clear"):
            target.fill(step.argument, timeout=self.ms())
        elif step.action == "press":
            target.press(step.argument, timeout=self.ms())
        elif step.action == "slide":
            self.slide(step, where)
        else:
            self.select(step, where)

    def select(self, step: ScenarioStep, where: str) -> None:
        target, label = self.page.locator(step.target), step.argument
        kind = target.evaluate(_KIND)
        if kind == "native":
            target.select_option(label=label, timeout=self.ms())
            return
        if kind == "options":
            options = target.locator("[role=option]")
        elif kind == "dropdown":
            target.click(timeout=self.ms())
            options = self.page.locator(".dash-dropdown-content[data-state=open] [role=option]")
            options.first.wait_for(timeout=self.ms())
        else:
            raise self.fail(step, f"{where}: select needs a dcc.Dropdown, RadioItems, Checklist or <select>, not {kind}")
        texts: list[str] = options.evaluate_all(_TEXTS)
        if label not in texts:
            raise self.fail(step, f"{where}: no option {label!r} (options: {', '.join(texts)})")
        options.nth(texts.index(label)).click(timeout=self.ms())
        if kind == "dropdown" and self.page.locator(".dash-dropdown-content[data-state=open]").count():
            self.page.keyboard.press("Escape")  # a multi-value dropdown stays open

    def slide(self, step: ScenarioStep, where: str) -> None:
        slider = self.page.locator(step.target)
        thumb = slider.locator("[role=slider]")
        if thumb.count() != 1:
            raise self.fail(step, f"{where}: {step.target!r} is not a dcc.Slider with one handle")
        wanted = float(step.argument)
        marks = slider.locator(".dash-slider-mark")
        labels: list[str] = marks.evaluate_all(_TEXTS)
        at = [i for i, text in enumerate(labels) if _is_number(text) and float(text) == wanted]
        if at:  # marks ignore the pointer; a click at the mark lands on the track below it
            marks.nth(at[0]).click(force=True, timeout=self.ms())
        else:
            low, high = (float(thumb.get_attribute(f"aria-value{e}") or 0) for e in ("min", "max"))
            box = slider.locator(".dash-slider-root").bounding_box(timeout=self.ms())
            if box is None or high <= low:
                raise self.fail(step, f"{where}: {step.target!r} cannot be moved")
            fraction = min(1.0, max(0.0, (wanted - low) / (high - low)))
            self.page.mouse.click(box["x"] + fraction * box["width"], box["y"] + box["height"] / 2)
        now = float(thumb.get_attribute("aria-valuenow", timeout=self.ms()) or "nan")
        if now != wanted:
            raise self.fail(step, f"{where}: the slider stopped at {now:g}, not {wanted:g} (no mark or step there?)")


def _format(selector: str, found: list[str]) -> list[str]:
    lines = [
        line.replace("\t", " | ").replace("\xa0", " ").rstrip()
        for text in found
        for line in text.splitlines()
    ]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if len(lines) <= 1:
        return [f"  {selector}: {lines[0] if lines else '(empty)'}"]
    return [f"  {selector}:"] + [f"    {line}" if line else "" for line in lines]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_for_server(
    server: subprocess.Popen[bytes], port: int, log: IO[bytes], display_path: str, deadline: float, timeout: float
) -> None:
    while True:
        status = server.poll()
        if status is not None:
            reason = _last_error(log)
            raise SnippetFailure(display_path, None, f"the app exited with status {status} before serving: {reason}")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=max(0.05, deadline - time.monotonic()))
        try:
            connection.request("GET", "/")
            connection.getresponse().read()
            return
        except (OSError, http.client.HTTPException):
            pass
        finally:
            connection.close()
        if time.monotonic() >= deadline:
            reason = _last_error(log)
            raise SnippetFailure(
                display_path, None, f"the app did not answer HTTP within {timeout:g} s (does app.run() read PORT?): {reason}"
            )
        time.sleep(0.02)


def _last_error(log: IO[bytes]) -> str:
    """The exception line of the last traceback in the server's output, else its last line."""
    # pread: the server shares this file's offset, so seeking would make it overwrite its own output.
    data = os.pread(log.fileno(), os.fstat(log.fileno()).st_size, 0)
    lines = [line.rstrip() for line in data.decode("utf-8", "replace").splitlines()]
    starts = [i for i, line in enumerate(lines) if line.startswith("Traceback (most recent call last)")]
    if starts:
        for line in lines[starts[-1] + 1 :]:
            if line and not line[0].isspace():
                return line
    rest = [line.strip() for line in lines if line.strip()]
    return rest[-1] if rest else "(no output)"
