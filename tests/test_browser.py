"""The browser stage: scenario parsing, and real Dash apps driven in the shared headless Chromium."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tools.snipcheck.browser import Browser, ScenarioStep, parse_scenario
from tools.snipcheck.errors import ConfigError, SnippetFailure

REPO = Path(__file__).resolve().parent.parent
ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1"}


def scenario(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "app.scenario"
    path.write_text(textwrap.dedent(text))
    return path


def test_parse_every_command(tmp_path: Path) -> None:
    path = scenario(
        tmp_path,
        """\
        # comments and blank lines are skipped

        read #out "#graph .gtitle"
        load
        type #name  hello   world
        clear #name
        click "#form button"
        read #out
        select #country-dropdown New Zealand
        slide #year 1977
        press #name Enter
        wait 0.5
        """,
    )
    plan = parse_scenario(path, "snippets/app.scenario")
    reads = ("#out", "#graph .gtitle")
    assert plan.steps == (
        ScenarioStep(4, "load", "", "", reads),
        ScenarioStep(5, "type", "#name", "hello   world", reads),
        ScenarioStep(6, "clear", "#name", "", reads),
        ScenarioStep(7, "click", "#form button", "", reads),
        ScenarioStep(9, "select", "#country-dropdown", "New Zealand", ("#out",)),
        ScenarioStep(10, "slide", "#year", "1977", ("#out",)),
        ScenarioStep(11, "press", "#name", "Enter", ("#out",)),
        ScenarioStep(12, "wait", "", "0.5", ("#out",)),
    )
    assert [str(step) for step in plan.steps] == [
        "load",
        'type "hello   world" into #name',
        "clear #name",
        "click #form button",
        'select "New Zealand" in #country-dropdown',
        "slide #year to 1977",
        "press Enter in #name",
        "wait 0.5",
    ]
    assert str(plan) == "snippets/app.scenario"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("read #a\nload\nfly #x\n", "3: unknown command 'fly'; expected one of: read, load, type, "
         "clear, click, select, slide, press, wait"),
        ("load\n", "1: no 'read' line before the first step"),
        ("read #a\nclick #b\n", "2: the first step must be 'load'"),
        ("read #a\nload\nload\n", "3: 'load' must come once, as the first step"),
        ("read\n", "1: usage: read SELECTOR [SELECTOR ...]"),
        ('read "#a\n', "1: read: No closing quotation"),
        ("read #a\nload now\n", "2: usage: load"),
        ("read #a\nload\ntype #x\n", "3: usage: type SELECTOR TEXT"),
        ("read #a\nload\nclick #x twice\n", "3: usage: click SELECTOR"),
        ("read #a\nload\nselect\n", "3: usage: select SELECTOR LABEL"),
        ("read #a\nload\nslide #s soon\n", "3: slide: 'soon' is not a number"),
        ("read #a\nload\nwait 11\n", "3: wait: seconds must be more than 0 and at most 10"),
        ("# nothing but a comment\n", "no steps: a scenario starts with 'read SELECTOR' and 'load'"),
    ],
)  # fmt: skip
def test_bad_scenarios_name_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_scenario(scenario(tmp_path, text), "snippets/python/dash/app.scenario")
    sep = ":" if message[0].isdigit() else ": "
    assert str(caught.value) == f"snippets/python/dash/app.scenario{sep}{message}"


def test_missing_chromium_says_how_to_install_it() -> None:
    with pytest.raises(ConfigError) as caught, Browser("/nonexistent/chromium"):
        pass
    assert "chromium not found at /nonexistent/chromium; install it with: apt-get install chromium" in str(
        caught.value
    )


# The real browser. One Chromium for the module, as in a real run; a missing Chromium fails here
# with the install hint, never a skip.

APP = """\
from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="name", value="world"),
    dcc.RadioItems(["red", "green"], "red", id="colour"),
    html.Button("Go", id="go"),
    html.Div(id="out"),
])


@callback(Output("out", "children"), Input("name", "value"), Input("colour", "value"),
          Input("go", "n_clicks"))
def greet(name, colour, clicks):
    if clicks == 2:
        return 1 / 0
    return f"hello {name!r} in {colour}, clicks {clicks}"


if __name__ == "__main__":
    app.run(debug=False)
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with Browser() as shared:
        yield shared


def play(browser: Browser, tmp_path: Path, app: str, steps: str, timeout: float = 20) -> str:
    (tmp_path / "app.py").write_text(app)
    scenario(tmp_path, steps)
    run = browser.run_app(
        tmp_path / "app.py",
        tmp_path / "app.scenario",
        display_path="snippets/python/dash/app.py",
        python=sys.executable,
        env=ENV,
        cwd=tmp_path,
        timeout=timeout,
    )
    assert run.screenshot.startswith(b"\x89PNG\r\n\x1a\n")
    assert run.commands == ((sys.executable, str(tmp_path / "app.py")),)
    return run.transcript


@pytest.mark.browser
def test_transcript_records_each_step(browser: Browser, tmp_path: Path) -> None:
    steps = "read #out #name\nload\ntype #name Ada\nselect #colour green\nclick #go\nclear #name\n"
    assert play(browser, tmp_path, APP, steps) == textwrap.dedent("""\
        step 1: load
          #out: hello 'world' in red, clicks None
          #name: world
        step 2: type "Ada" into #name
          #out: hello 'Ada' in red, clicks None
          #name: Ada
        step 3: select "green" in #colour
          #out: hello 'Ada' in green, clicks None
          #name: Ada
        step 4: click #go
          #out: hello 'Ada' in green, clicks 1
          #name: Ada
        step 5: clear #name
          #out: hello '' in green, clicks 1
          #name: (empty)
        """)


@pytest.mark.browser
def test_app_failing_at_import(browser: Browser, tmp_path: Path) -> None:
    with pytest.raises(SnippetFailure) as caught:
        play(browser, tmp_path, "x = 1 / 0\n" + APP, "read #out\nload\n")
    assert str(caught.value) == (
        "snippets/python/dash/app.py: the app exited with status 1 before serving: "
        "ZeroDivisionError: division by zero"
    )


@pytest.mark.browser
def test_missing_element(browser: Browser, tmp_path: Path) -> None:
    with pytest.raises(SnippetFailure) as caught:
        play(browser, tmp_path, APP, "read #out\nload\nread #out #nothing\nclick #go\n")
    assert str(caught.value) == (
        "snippets/python/dash/app.scenario:4: step 2 (click #go): no element matches '#nothing'"
    )
    with pytest.raises(SnippetFailure) as caught:
        play(browser, tmp_path, APP, "read #out\nload\nclick #stop\n")
    assert str(caught.value) == (
        "snippets/python/dash/app.scenario:3: step 2 (click #stop): no element matches '#stop'"
    )


@pytest.mark.browser
def test_failing_callback_leaves_no_process(browser: Browser, tmp_path: Path) -> None:
    renderers = len(chromium_renderers())
    with pytest.raises(SnippetFailure) as caught:
        play(browser, tmp_path, APP, "read #out\nload\nclick #go\nclick #go\n")
    assert str(caught.value) == (
        "snippets/python/dash/app.scenario:4: step 3 (click #go): "
        "callback failed with HTTP 500: ZeroDivisionError: division by zero"
    )
    assert [cmd for cmd in live_processes().values() if str(tmp_path / "app.py") in cmd] == []
    # The page's renderer process goes away with its context (Chromium ends it asynchronously).
    for _ in range(50):
        if len(chromium_renderers()) <= renderers:
            break
        time.sleep(0.1)
    assert len(chromium_renderers()) <= renderers


@pytest.mark.browser
def test_hanging_callback_times_out(browser: Browser, tmp_path: Path) -> None:
    hanging = APP.replace("return 1 / 0", "import time; time.sleep(60)")
    with pytest.raises(SnippetFailure) as caught:
        play(browser, tmp_path, hanging, "read #out\nload\nclick #go\nclick #go\n", timeout=6)
    assert str(caught.value) == (
        "snippets/python/dash/app.scenario:4: step 3 (click #go): "
        "timed out after 6 s waiting for Dash to settle (a callback still running?)"
    )
    assert [cmd for cmd in live_processes().values() if str(tmp_path / "app.py") in cmd] == []


@pytest.mark.browser
def test_closing_the_browser_leaves_no_process(tmp_path: Path) -> None:
    # A second Playwright cannot start in this process while the module's browser runs: use a child.
    (tmp_path / "app.py").write_text(APP)
    scenario(tmp_path, "read #out\nload\nclick #missing\n")
    code = f"""if True:
        import json, sys
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from tests.test_browser import chromium_renderers, live_processes, descendants
        from tools.snipcheck.browser import Browser
        from tools.snipcheck.errors import SnippetFailure
        with Browser() as browser:
            try:
                browser.run_app(Path({str(tmp_path / "app.py")!r}), Path({str(tmp_path / "app.scenario")!r}),
                                display_path="app.py", python=sys.executable, env={ENV!r},
                                cwd=Path({str(tmp_path)!r}), timeout=20)
            except SnippetFailure as err:
                failure = str(err)
            started = sorted(descendants())
        print(json.dumps({{"failure": failure, "started": started, "live": sorted(live_processes())}}))
    """
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO, timeout=120
    )
    report = json.loads(done.stdout)
    assert report["failure"] == "app.scenario:3: step 2 (click #missing): no element matches '#missing'"
    assert len(report["started"]) >= 2  # the Playwright driver and Chromium, at least
    for _ in range(50):  # Chromium's helpers exit just after the browser process
        left = set(report["started"]) & set(live_processes())
        if not left:
            break
        time.sleep(0.1)
    assert left == set()


def live_processes() -> dict[int, str]:
    """pid -> command line of every process that is not a zombie."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            state = (entry / "stat").read_text().rpartition(")")[2].split()[0]
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # it ended while we looked
            continue
        if state != "Z":
            found[int(entry.name)] = command
    return found


def descendants(root: int | None = None) -> set[int]:
    """Live processes started, directly or not, by `root` (this process by default)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rpartition(")")[2].split()[1])
            except OSError:
                continue
    found: set[int] = set()
    frontier = {os.getpid() if root is None else root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found & set(live_processes())


def chromium_renderers() -> set[int]:
    """This process's Chromium renderer processes (one per open page, plus spares)."""
    live = live_processes()
    return {pid for pid in descendants() if "--type=renderer" in live.get(pid, "")}
