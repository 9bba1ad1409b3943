"""Serve a Dash app in its own process, play its scenario in headless Chromium, record what it showed."""

# A scenario is `<app stem>.scenario` beside the app: one command a line; '#' starts a comment line.
#
#   read SEL [SEL ...]   what every later step records: CSS selectors, quoted if they hold spaces
#                        (read #total "#graph .gtitle"); a later `read` line replaces the list
#   load                 open the app; always the first step, and only once
#   type SEL TEXT        clear the input SEL, then type TEXT (the rest of the line)
#   clear SEL            empty the input SEL
#   click SEL            click the element SEL
#   select SEL LABEL     pick the option labelled LABEL in a dcc.Dropdown or <select>, or click the
#                        item labelled LABEL in a dcc.RadioItems or dcc.Checklist
#   slide SEL VALUE      move the dcc.Slider SEL to its mark labelled VALUE
#   press SEL KEY        press KEY (Enter, Tab, ArrowDown...) in SEL
#   wait SECONDS         let time pass, for timers only (dcc.Interval, debounce); at most 10
#
# After each step the page must settle: no callback pending, no request or script loading, and
# the DOM unchanged for QUIET_MS and three frames. Then every read selector's matches are recorded:
# the visible text (an input's value), one line per match and per line of text, table cells
# joined by " | ", trailing spaces removed. A selector matching nothing, a callback answering
# HTTP >= 400 and an uncaught error in the page each fail the scenario at that step.

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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from playwright.sync_api import Browser as PlaywrightBrowser
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, Playwright, Request, Response, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tools.snipcheck.errors import ConfigError, SnippetFailure

LAUNCH_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--disable-quic", "--no-first-run",
    "--no-default-browser-check",
    # Without this rule Chromium still looks up Google hosts, even offline.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
]  # fmt: skip
QUIET_MS = 50
MAX_WAIT = 10.0
USAGE = {
    "read": "read SELECTOR [SELECTOR ...]", "load": "load", "type": "type SELECTOR TEXT",
    "clear": "clear SELECTOR", "click": "click SELECTOR", "select": "select SELECTOR LABEL",
    "slide": "slide SELECTOR VALUE", "press": "press SELECTOR KEY", "wait": "wait SECONDS",
}  # fmt: skip
TAKES_TEXT = ("type", "select", "slide", "press", "wait")

# Runs before the app's own scripts: counts fetches and loading scripts, notes each DOM change.
_INSTRUMENT = """(() => {
  const s = window.__snipcheck = {busy: 0, last: 0, seen: 0, calm: 0, token: null};
  const done = () => { s.busy--; s.last = performance.now(); };
  const fetch = window.fetch;
  window.fetch = function (...args) { s.busy++; return fetch.apply(this, args).finally(done); };
  new MutationObserver((records) => {
    s.last = performance.now();
    for (const r of records) for (const n of r.addedNodes) if (n.tagName === 'SCRIPT' && n.src) {
      s.busy++; n.addEventListener('load', done); n.addEventListener('error', done);
    }
  }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
})()"""
# Polled once a frame. Dash's store says whether callbacks are pending; a new token starts a step.
_SETTLED = """([quiet, token]) => {
  const s = window.__snipcheck, now = performance.now(), st = window.store && window.store.getState();
  if (!s) return false;
  if (s.token !== token || !st || st.appLifecycle !== 'HYDRATED' || st.isLoading || s.busy > 0
      || document.readyState !== 'complete') { s.token = token; s.last = now; }
  s.calm = s.last === s.seen ? s.calm + 1 : 0;
  s.seen = s.last;
  return s.calm >= 3 && now - s.last >= quiet;
}"""
_READ = """(sels) => sels.map((sel) => {
  try { document.querySelector(sel); } catch (e) { return null; }
  return Array.from(document.querySelectorAll(sel), (el) =>
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) ? el.value : el.innerText ?? el.textContent);
})"""
_KIND = """(el) => el.tagName === 'SELECT' ? 'native' : el.classList.contains('dash-dropdown') ? 'dropdown'
  : el.classList.contains('dash-options-list') ? 'options' : `a <${el.tagName.toLowerCase()}>`"""
_TEXTS = "(els) => els.map((el) => el.innerText.trim())"


@dataclass(frozen=True)
class ScenarioStep:
    """One step of a scenario."""

    line: int
    """Line number in the scenario file."""
    action: str
    """load, type, clear, click, select, slide, press or wait."""
    target: str
    """The selector acted on; empty for load and wait."""
    argument: str
    """The text typed, option label, slider value, key or seconds; empty for load, clear, click."""
    reads: tuple[str, ...]
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
    """The steps in order; the first is `load`."""

    def __str__(self) -> str:
        return self.path


@dataclass(frozen=True)
class AppRun:
    """What one scenario run of a Dash app showed."""

    transcript: str
    """Each step and what the read elements showed after it; byte-identical between runs."""
    screenshot: bytes
    """PNG of the whole page at the end of the scenario."""
    commands: tuple[tuple[str, ...], ...]
    """The command line(s) used to serve the app."""


def parse_scenario(path: Path, display_path: str) -> Scenario:
    """Parse a scenario file; a bad line raises ConfigError at `display_path:line`."""
    steps: list[ScenarioStep] = []
    reads: tuple[str, ...] = ()
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        command, _, rest = raw.strip().partition(" ")
        rest = rest.strip()
        if not command or command.startswith("#"):
            continue
        if command not in USAGE:
            message = f"unknown command {command!r}; expected one of: {', '.join(USAGE)}"
            raise ConfigError(display_path, number, message)
        target, argument = _split_selector(rest) if command not in ("load", "wait") else ("", rest)
        if command == "read":
            try:
                reads = tuple(shlex.split(rest))
            except ValueError as err:
                raise ConfigError(display_path, number, f"read: {err}") from None
            if reads:
                continue
            problem = f"usage: {USAGE[command]}"
        elif (command not in ("load", "wait") and not target) or bool(argument) != (command in TAKES_TEXT):
            problem = f"usage: {USAGE[command]}"
        elif command in ("slide", "wait") and not _is_number(argument):
            problem = f"{command}: {argument!r} is not a number"
        elif command == "wait" and not 0 < float(argument) <= MAX_WAIT:
            problem = f"wait: seconds must be more than 0 and at most {MAX_WAIT:g}"
        elif (command == "load") != (not steps):
            problem = "'load' must come once, as the first step" if steps else "the first step must be 'load'"
        elif not reads:
            problem = "no 'read' line before the first step"
        else:
            steps.append(ScenarioStep(number, command, target, argument, reads))
            continue
        raise ConfigError(display_path, number, problem)
    if not steps:
        raise ConfigError(display_path, None, "no steps: a scenario starts with 'read SELECTOR' and 'load'")
    return Scenario(display_path, tuple(steps))


def _split_selector(rest: str) -> tuple[str, str]:
    """The leading selector (quoted if it holds spaces) and the rest of the line."""
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
            hint = f"chromium not found at {self.executable}; install it with: apt-get install chromium"
            raise ConfigError(self.executable, None, hint)
        self._playwright = sync_playwright().start()
        try:
            self._browser = self._playwright.chromium.launch(
                executable_path=self.executable, args=LAUNCH_ARGS, headless=True
            )
        except PlaywrightError as err:
            self.__exit__()
            message = f"chromium failed to start: {str(err).strip().splitlines()[0]}"
            raise ConfigError(self.executable, None, message) from None
        return self

    def __exit__(self, *exc: object) -> None:
        browser, playwright = self._browser, self._playwright
        self._browser = self._playwright = None
        try:
            if browser is not None:
                with contextlib.suppress(PlaywrightError):
                    browser.close()
        finally:
            if playwright is not None:
                playwright.stop()  # ends the driver, which ends any Chromium left

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
        wrap: Callable[[tuple[str, ...]], tuple[str, ...]] = lambda argv: argv,
    ) -> AppRun:
        """Serve `app` (shown as `display_path`), play `scenario` on it, and return what it showed.

        The server gets a socket this tool already listens on (Werkzeug serves an inherited
        socket named by `WERKZEUG_SERVER_FD`), so `wrap` can run it in a sandbox without any
        network of its own."""
        if self._browser is None:
            raise RuntimeError("Browser.run_app() needs `with Browser() as browser:`")
        plan = parse_scenario(scenario, str(PurePosixPath(display_path).with_name(scenario.name)))
        deadline = time.monotonic() + timeout
        command = (python, str(app))
        with socket.socket() as listener, tempfile.TemporaryFile() as log:
            listener.bind(("127.0.0.1", 0))
            listener.listen(64)
            port: int = listener.getsockname()[1]
            served = {
                "HOST": "127.0.0.1",
                "PORT": str(port),
                "WERKZEUG_RUN_MAIN": "true",  # "a reloaded child": serve the inherited socket
                "WERKZEUG_SERVER_FD": str(listener.fileno()),
            }
            server = subprocess.Popen(
                wrap(command),
                cwd=cwd,
                env={**env, **served},
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                pass_fds=(listener.fileno(),),
                start_new_session=True,  # one process group: the app and any workers it starts
            )
            context = None
            try:
                # The browser side starts while the app imports.
                context = self._browser.new_context(
                    # The browser runs outside the sandbox: everything but the app's own server
                    # (a fetch, a frame, an image, a WebSocket, a redirect from the app) goes to a
                    # proxy that is not there. Chromium bypasses a proxy for loopback addresses
                    # unless told `<-loopback>`.
                    proxy={
                        "server": f"http://127.0.0.1:{_dead_port()}",
                        "bypass": f"<-loopback>,127.0.0.1:{port}",
                    },
                    viewport={"width": 1000, "height": 700},
                    locale="en-US",
                    timezone_id="UTC",
                    reduced_motion="reduce",
                    service_workers="block",
                )
                page = context.new_page()
                page.add_init_script(_INSTRUMENT)
                _wait_for_server(server, port, log, where=display_path, deadline=deadline, timeout=timeout)
                player = _Player(page, plan, log, deadline, timeout)
                transcript = player.play(f"http://127.0.0.1:{port}/")
                # Cropped to the app's root element: the page's empty viewport is not the app.
                root = page.locator("#react-entry-point")
                shot = root if root.count() == 1 else page
                screenshot = shot.screenshot(animations="disabled", caret="hide")
            finally:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(server.pid, signal.SIGKILL)
                server.wait()
                if context is not None:
                    with contextlib.suppress(PlaywrightError):
                        context.close()
        return AppRun(transcript, screenshot, (command,))


def _dead_port() -> int:
    """A loopback port nothing listens on (bound, then closed at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _wait_for_server(
    server: subprocess.Popen[bytes], port: int, log: IO[bytes], *, where: str, deadline: float, timeout: float
) -> None:
    """Return once the app answers HTTP; fail if it exits first or the deadline passes."""
    while (status := server.poll()) is None:
        # Short attempts: the tool's own socket accepts a connection even when the app died
        # before serving, so one long read would hide its exit until the deadline.
        connection = http.client.HTTPConnection(
            "127.0.0.1", port, timeout=max(0.1, min(1.0, deadline - time.monotonic()))
        )
        try:
            connection.request("GET", "/")
            connection.getresponse().read(65536)  # it answers: that is all the tool needs to know
            return
        except (OSError, http.client.HTTPException):
            pass
        finally:
            connection.close()
        if time.monotonic() >= deadline:
            serving = [line.strip() for line in _output(log) if "Running on http" in line]
            hint = f" (it says: {serving[-1]})" if serving else ""
            raise SnippetFailure(where, None, f"the app did not answer on $PORT within {timeout:g} s{hint}")
        time.sleep(0.02)
    raise SnippetFailure(where, None, f"the app exited with status {status} before serving: {_reason(log)}")


def _output(log: IO[bytes]) -> list[str]:
    """The app's output so far, as lines."""
    # pread: the app shares this file's offset, and a seek would make it overwrite its own output.
    data = os.pread(log.fileno(), os.fstat(log.fileno()).st_size, 0)
    return [line.rstrip() for line in data.decode("utf-8", "replace").splitlines()]


def _reason(log: IO[bytes]) -> str:
    """The exception line of the app's last traceback, else its last line of output."""
    lines = _output(log)
    starts = [i for i, line in enumerate(lines) if line.startswith("Traceback (most recent call last)")]
    for line in lines[starts[-1] + 1 :] if starts else ():
        if line and not line[0].isspace():
            return line
    rest = [line.strip() for line in lines if line.strip()]
    return rest[-1] if rest else "(no output)"


class _Player:
    """Plays one scenario on one page and builds its transcript."""

    def __init__(self, page: Page, plan: Scenario, log: IO[bytes], deadline: float, timeout: float) -> None:
        self.page, self.plan, self.log, self.deadline, self.timeout = page, plan, log, deadline, timeout
        self.failed_callbacks: list[str] = []
        self.page_errors: list[str] = []
        page.on("response", self._on_response)
        page.on("requestfailed", self._on_request_failed)
        page.on("pageerror", lambda err: self.page_errors.append(f"{err.name}: {err.message}"))

    def _on_response(self, response: Response) -> None:
        if "/_dash-update-component" in response.url and response.status >= 400:
            self.failed_callbacks.append(f"HTTP {response.status}")

    def _on_request_failed(self, request: Request) -> None:
        if "/_dash-update-component" in request.url:  # the app died, or closed the connection
            self.failed_callbacks.append(request.failure or "no response")

    def ms(self) -> float:
        """Milliseconds left before the deadline (never 0, which Playwright reads as 'no limit')."""
        return max(1.0, (self.deadline - time.monotonic()) * 1000)

    def fail(self, step: ScenarioStep, message: str) -> SnippetFailure:
        return SnippetFailure(self.plan.path, step.line, message)

    def play(self, url: str) -> str:
        lines: list[str] = []
        for number, step in enumerate(self.plan.steps, start=1):
            where, doing = f"step {number} ({step})", "acting"
            try:
                if step.action == "load":
                    self.page.goto(url, wait_until="commit", timeout=self.ms())
                else:
                    self.act(step, where)
                    self.page.mouse.move(0, 0)  # no hover labels in what is read or shot
                doing = "waiting for Dash to settle (a callback still running?)"
                self.page.wait_for_function(
                    _SETTLED, arg=[QUIET_MS, number], polling="raf", timeout=self.ms()
                )
                self.check(step, where)
                found: list[list[str] | None] = self.page.evaluate(_READ, list(step.reads))
            except PlaywrightTimeout:
                self.check(step, where)
                raise self.fail(step, f"{where}: timed out after {self.timeout:g} s {doing}") from None
            except PlaywrightError as err:
                self.check(step, where)
                raise self.fail(step, f"{where}: {str(err).strip().splitlines()[0]}") from None
            lines.append(f"step {number}: {step}")
            for selector, texts in zip(step.reads, found, strict=True):
                if not texts:
                    problem = "invalid CSS selector" if texts is None else "no element matches"
                    raise self.fail(step, f"{where}: {problem} {selector!r}")
                lines.extend(_format(selector, texts))
        return "\n".join(lines) + "\n"

    def check(self, step: ScenarioStep, where: str) -> None:
        """Fail the step if a callback failed or the page threw."""
        if self.failed_callbacks:
            what = self.failed_callbacks[0]
            raise self.fail(step, f"{where}: callback failed with {what}: {_reason(self.log)}")
        if self.page_errors:
            raise self.fail(step, f"{where}: error in the page: {self.page_errors[0]}")

    def act(self, step: ScenarioStep, where: str) -> None:
        if step.action == "wait":
            self.page.wait_for_timeout(float(step.argument) * 1000)
            return
        target = self.page.locator(step.target)
        if (count := target.count()) != 1:
            many = f"{step.target!r} matches {count} elements; an action needs exactly one"
            raise self.fail(step, f"{where}: {many if count else f'no element matches {step.target!r}'}")
        if step.action == "click":
            target.click(timeout=self.ms())
        elif step.action in ("type", "clear"):
            target.fill(step.argument, timeout=self.ms())
        elif step.action == "press":
            target.press(step.argument, timeout=self.ms())
        elif step.action == "slide":
            # The marks ignore the pointer: a forced click at a mark lands on the track under it.
            marks = target.locator(".dash-slider-mark")
            labels: list[str] = marks.evaluate_all(_TEXTS)
            wanted = [i for i, label in enumerate(labels) if _is_number(label)]
            wanted = [i for i in wanted if float(labels[i]) == float(step.argument)]
            if not wanted:
                raise self.fail(step, f"{where}: no mark {step.argument} (marks: {', '.join(labels)})")
            marks.nth(wanted[0]).click(force=True, timeout=self.ms())
        else:
            self.select(step, where)

    def select(self, step: ScenarioStep, where: str) -> None:
        target = self.page.locator(step.target)
        kind = target.evaluate(_KIND)
        if kind == "native":
            target.select_option(label=step.argument, timeout=self.ms())
            return
        if kind == "options":
            options = target.locator("[role=option]")
        elif kind == "dropdown":
            target.click(timeout=self.ms())  # the options live in a popover at the end of <body>
            options = self.page.locator(".dash-dropdown-content[data-state=open] [role=option]")
            options.first.wait_for(timeout=self.ms())
        else:
            kinds = "a dcc.Dropdown, RadioItems, Checklist or <select>"
            raise self.fail(step, f"{where}: select needs {kinds}; {step.target!r} is {kind}")
        labels: list[str] = options.evaluate_all(_TEXTS)
        if step.argument not in labels:
            raise self.fail(step, f"{where}: no option {step.argument!r} (options: {', '.join(labels)})")
        options.nth(labels.index(step.argument)).click(timeout=self.ms())
        if kind == "dropdown" and self.page.locator(".dash-dropdown-content[data-state=open]").count():
            self.page.keyboard.press("Escape")  # a multi-value dropdown stays open


def _format(selector: str, texts: list[str]) -> list[str]:
    """Transcript lines for what one selector matched."""
    lines = [
        line.replace("\t", " | ").replace("\xa0", " ").rstrip() for t in texts for line in t.splitlines()
    ]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    if len(lines) <= 1:
        return [f"  {selector}: {lines[0] if lines else '(empty)'}"]
    return [f"  {selector}:", *(f"    {line}" if line else "" for line in lines)]
