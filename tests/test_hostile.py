"""Hostile snippets: each tries one escape a contributor could attempt, and the sandbox contains it.

Every test runs the real CLI on a throwaway project, so the snippet runs exactly as on the site:
in bubblewrap, with the limits of `tools/snipcheck/sandbox.py`.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import signal
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import Project, alive
from tools.snipcheck.sandbox import Limits

PY = "snippets/python/hostile.py"
C = "snippets/c/hostile.c"
JS = "snippets/js/hostile.js"


def recorded(project: Project, path: str) -> dict[str, object]:
    """Record the snippet (it must run to completion) and return its record."""
    project.page_for(path)
    done = project.snipcheck("--update", "--no-cache", str(project.root / path), timeout=180)
    assert done.returncode == 0, done.stderr
    record: dict[str, object] = json.loads(
        (project.root / "records" / (path[len("snippets/") :] + ".json")).read_text()
    )
    return record


def test_detached_descendants_end_with_the_run(project: Project) -> None:
    # Three ways out of a process group: setsid, a double fork, and a detached Node child.
    project.write(
        PY,
        "import os, subprocess\n"
        "subprocess.Popen(['sleep', '987.1'], start_new_session=True)\n"
        "if os.fork() == 0:\n"
        "    os.setsid()\n"
        "    if os.fork() == 0:\n"
        "        os.execvp('sleep', ['sleep', '987.2'])\n"
        "    os._exit(0)\n"
        "print('parent done')\n",
    )
    project.write(
        JS,
        "const { spawn } = require('node:child_process');\n"
        "spawn('sleep', ['987.3'], { detached: true, stdio: 'ignore' }).unref();\n"
        "console.log('parent done');\n",
    )
    for path in (PY, JS):
        assert recorded(project, path)["stdout"] == "parent done\n"
    time.sleep(0.5)
    assert alive("sleep 987.") == []


def test_repository_and_environment_are_out_of_reach(project: Project) -> None:
    # The snippet tries to rewrite records, pages, snippets and the tool's interpreter (a `.pth`
    # file would run code in every later check), and to
    # read the tool's environment (its own, its parent's through /proc, every process's).
    site_packages = Path(
        sys.prefix, "lib", f"python{sys.version_info[0]}.{sys.version_info[1]}", "site-packages"
    )
    project.write("records/python/other.py.json", "{}\n")
    project.write("docs/other.md", "# Other\n")
    targets = [
        project.root / "records/python/other.py.json",
        project.root / "docs/other.md",
        project.root / "snippets/python/other.py",
        project.root / "mkdocs.yml",
        site_packages / "zz_snipcheck_hostile.pth",
        Path.home() / "snipcheck-hostile",
    ]
    project.write(
        PY,
        "import glob, os\n"
        "here = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))\n"
        "print('repository holds:', sorted(os.listdir(here)))\n"
        f"for target in {[str(t) for t in targets]!r}:\n"
        "    try:\n"
        "        with open(target, 'a') as f:\n"
        "            f.write('owned')\n"
        "    except OSError:\n"
        "        pass\n"
        "leaks = [k for k in os.environ if 'SNIPCHECK_SECRET' in k]\n"
        "for path in glob.glob('/proc/*/environ'):\n"
        "    try:\n"
        "        if b'hunter2' in open(path, 'rb').read():\n"
        "            leaks.append(path)\n"
        "    except OSError:\n"
        "        pass\n"
        "print('leaks:', leaks)\n",
    )
    before = {t: t.read_bytes() if t.exists() else None for t in targets}
    project.page_for(PY)
    env = {**os.environ, "SNIPCHECK_SECRET_TOKEN": "hunter2"}
    done = project.snipcheck("--update", "--no-cache", str(project.root / PY), env=env, timeout=180)
    assert done.returncode == 0, done.stderr
    record = json.loads((project.root / "records/python/hostile.py.json").read_text())
    # Whatever the snippet wrote went to its private, temporary world: the real files are unchanged.
    assert record["stdout"] == "repository holds: ['snippets']\nleaks: []\n"
    assert {t: t.read_bytes() if t.exists() else None for t in targets} == before
    assert "hunter2" not in (project.root / "records/python/hostile.py.json").read_text()


def test_no_network(project: Project) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        project.write(
            PY,
            f"# snipcheck: args = {port}\n"
            "import socket, sys\n"
            "try:\n"
            "    socket.create_connection(('127.0.0.1', int(sys.argv[1])), timeout=2)\n"
            "    print('connected')\n"
            "except OSError:\n"
            "    print('no network')\n",
        )
        assert recorded(project, PY)["stdout"] == "no network\n"


def failure_of(project: Project, path: str) -> str:
    project.page_for(path)
    done = project.snipcheck("--no-cache", str(project.root / path), timeout=180)
    assert done.returncode != 0
    return done.stderr


def test_memory_limit_names_the_snippet_and_the_limit(project: Project) -> None:
    mib = Limits().memory // (1024 * 1024)
    project.write(
        PY, f"blocks = [bytearray({mib // 8} * 1024 * 1024) for _ in range(16)]\nprint('survived')\n"
    )
    message = failure_of(project, PY)
    assert f"{PY}: stopped by the sandbox: it used more than {mib} MiB of memory" in message


def test_memory_limit_holds_for_sanitized_c(project: Project) -> None:
    # AddressSanitizer reserves terabytes of address space, so the limit is on memory in use.
    mib = Limits().memory // (1024 * 1024)
    project.write(
        C,
        "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n"
        "int main(void) {\n"
        f"    for (int i = 0; i < 16; i++) {{\n"
        f"        char *block = malloc({mib // 8} * 1024 * 1024);\n"
        f"        if (block == NULL) return 2;\n"
        f"        memset(block, 1, {mib // 8} * 1024 * 1024);\n"
        "    }\n"
        '    puts("survived");\n'
        "    return 0;\n"
        "}\n",
    )
    message = failure_of(project, C)
    assert f"{C}: stopped by the sandbox: it used more than {mib} MiB of memory" in message


def test_process_limit(project: Project) -> None:
    limit = Limits().processes
    project.write(
        PY,
        "import os, time\n"
        f"for _ in range({limit * 2}):\n"
        "    if os.fork() == 0:\n"
        "        time.sleep(30)\n"
        "        os._exit(0)\n"
        "print('survived')\n",
    )
    message = failure_of(project, PY)
    assert re.search(
        rf"{PY}(:\d+)?: stopped by the sandbox: it used more than {limit} processes and threads", message
    )


def test_files_limit(project: Project) -> None:
    mib = Limits().files // (1024 * 1024)
    # Two files, each under the size limit of one file, together over the folder's.
    half = mib // 2 + 1
    project.write(PY, f"for name in 'ab':\n    open(name, 'wb').write(b'x' * {half} * 1024 * 1024)\n")
    message = failure_of(project, PY)
    assert f"the run folder, /tmp and /dev/shm hold at most {mib} MiB of files each" in message


def test_files_limit_is_named_for_node_too(project: Project) -> None:
    """Node writes "ENOSPC: no space left on device" (lowercase): the hint must still appear."""
    mib = Limits().files // (1024 * 1024)
    half = mib // 2 + 1
    project.write(
        JS,
        "for (const name of ['a', 'b'])\n"
        f"  require('node:fs').writeFileSync(name, Buffer.alloc({half} * 1024 * 1024));\n",
    )
    message = failure_of(project, JS)
    assert f"the run folder, /tmp and /dev/shm hold at most {mib} MiB of files each" in message


def test_no_user_namespace_inside_the_sandbox(project: Project) -> None:
    """A nested user namespace would let a snippet mount cgroupfs and leave its step's limits."""
    project.write(
        PY,
        "import subprocess\n"
        "done = subprocess.run(['unshare', '-r', 'true'], capture_output=True)\n"
        "print('nested user namespace:', 'refused' if done.returncode else 'created')\n",
    )
    project.page_for(PY)
    assert project.snipcheck("--update", "--no-cache").returncode == 0
    record = json.loads((project.root / "records/python/hostile.py.json").read_text())
    assert record["stdout"] == "nested user namespace: refused\n"


@pytest.mark.parametrize("link_to", ["/proc/self/environ", "../../.git/config"])
def test_a_declared_input_that_is_a_link_is_refused(project: Project, link_to: str) -> None:
    """stdin files are read on the host: a link could publish the tool's environment or a token."""
    project.write(PY, "# snipcheck: stdin = input.txt\nimport sys\nprint(sys.stdin.read())\n")
    (project.root / "snippets/python/input.txt").symlink_to(link_to)
    project.page_for(PY)
    before = project.snapshot()
    done = project.snipcheck("--update", "--no-cache")
    assert done.returncode == 2
    assert done.stderr.startswith(
        f"{PY}: declared input 'snippets/python/input.txt' is a symbolic link; commit the file itself"
    )
    assert project.snapshot() == before


@pytest.mark.parametrize("flag", ["-o", "-B/tmp", "-fplugin=x.so", "-wrapper", "@flags.txt", "-specs=x"])
def test_cflags_outside_the_allowlist_are_refused(project: Project, flag: str) -> None:
    project.write(C, f"// snipcheck: cflags = {flag} docs/index.md\nint main(void) {{ return 0; }}\n")
    page = project.page_for(C)
    before = page.read_bytes()
    done = project.snipcheck("--update", str(project.root / C))
    assert done.returncode == 2, done.stderr
    assert f"{C}:1: snipcheck option 'cflags': '{flag}' is not allowed; use only -pthread" in done.stderr
    assert page.read_bytes() == before


def test_allowed_cflags_still_work(project: Project) -> None:
    project.write(
        C,
        "// snipcheck: cflags = -pthread -DGREETING=42 -O1 -Wno-unused -lm\n"
        '#include <stdio.h>\nint main(void) { printf("%d\\n", GREETING); return 0; }\n',
    )
    assert recorded(project, C)["stdout"] == "42\n"


def test_tool_killed_mid_run_leaves_no_snippet_behind(project: Project) -> None:
    project.write(PY, "import subprocess\nsubprocess.run(['sleep', '987.4'])\n")
    project.page_for(PY)
    tool = project.start("--no-cache", str(project.root / PY))
    deadline = time.monotonic() + 60
    while not alive("987.4") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert alive("987.4"), "the snippet never started"
    tool.kill()
    tool.communicate()
    deadline = time.monotonic() + 5
    while alive("987.4") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert alive("987.4") == []


def test_output_that_looks_like_a_directive_cannot_corrupt_its_page(project: Project) -> None:
    project.write(
        PY,
        "print('<!-- /snipcheck -->')\n"
        "print('<!-- snipcheck: snippets/python/other.py -->')\n"
        "print('```')\n"
        "print('--8<-- \"mkdocs.yml\"')\n",
    )
    assert recorded(project, PY)["exit_status"] == 0
    page = (project.root / "docs/index.md").read_text()
    again = project.snipcheck(str(project.root / PY))
    assert again.returncode == 0, again.stderr
    assert (project.root / "docs/index.md").read_text() == page
    twice = project.snipcheck("--update", str(project.root / PY))
    assert twice.returncode == 0, twice.stderr
    assert (project.root / "docs/index.md").read_text() == page


def test_args_shown_to_readers_are_quoted_and_inert(project: Project) -> None:
    import markdown

    project.write(
        PY,
        "# snipcheck: args = '`<img src=x onerror=alert(1)>`' 'two words'\n"
        "import sys\nprint(len(sys.argv))\n",
    )
    assert recorded(project, PY)["stdout"] == "3\n"
    line = next(x for x in (project.root / "docs/index.md").read_text().splitlines() if "reproduce:" in x)
    html = markdown.markdown(line)
    assert "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "'two words'" in html


def test_concurrent_updates_lose_no_page_change(project: Project) -> None:
    a, b = "snippets/python/a.py", "snippets/python/b.py"
    page = project.page_for(a, b)
    for path in (a, b):
        project.write(path, "print('first')\n")
    assert project.snipcheck("--update").returncode == 0
    for number in range(6):
        project.write(a, f"print('a{number}')\n")
        project.write(b, f"print('b{number}')\n")
        runs = [project.start("--update", str(project.root / p)) for p in (a, b)]
        for run in runs:
            _, errors = run.communicate(timeout=120)
            # 1 is fine: the run that checks first sees the other snippet's update still pending.
            assert run.returncode in (0, 1), errors
        again = project.snipcheck()
        assert again.returncode == 0, f"round {number}: {again.stderr}"
        text = page.read_text()
        assert f"\na{number}\n" in text and f"\nb{number}\n" in text, f"round {number} lost an update"


def test_signal_during_an_update_leaves_whole_files_and_a_true_message(project: Project) -> None:
    paths = [f"snippets/python/s{n:02}.py" for n in range(24)]
    for path in paths:
        project.write(path, f"print('{path}')\n")
    project.page_for(*paths)
    for attempt, delay in enumerate((0.3, 0.8, 1.2, 1.6, 2.0, 2.5)):
        for path in paths:  # a new output each attempt, so each update has files to write
            project.write(path, f"print('{path} {attempt}')\n")
        before = project.snapshot()
        tool = project.start("--update", "--no-cache")
        time.sleep(delay)
        tool.send_signal(signal.SIGTERM if attempt % 2 else signal.SIGINT)
        _, errors = tool.communicate(timeout=120)
        after = project.snapshot()
        assert not list(project.root.rglob("*.tmp")), errors
        for name, data in after.items():
            if name.endswith(".json"):
                json.loads(data)  # whole, never half-written
        if "interrupted after the update had written" in errors:
            assert tool.returncode == 130
            assert all(after.get(name) != before.get(name) for name in after if name in errors), errors
        elif tool.returncode != 0:  # stopped before writing (even during start-up): nothing changed
            assert after == before, errors
            assert "wrote " not in errors


@pytest.mark.parametrize(
    "target", [".git/config", ".venv/pyvenv.cfg", "snippets/../mkdocs.yml", "/etc/passwd"]
)
def test_pages_may_include_only_snippets(project: Project, target: str) -> None:
    project.write(PY, "print('ok')\n")
    assert project.snipcheck("--update", str(project.root / PY)).returncode == 0
    project.write("docs/leak.md", f'# Leak\n\n```ini\n--8<-- "{target}"\n```\n')
    check = project.snipcheck()
    assert check.returncode == 2, check.stderr
    assert (
        f"docs/leak.md:4: includes '{target}': a page may include only files under snippets/" in check.stderr
    )
    build = project.build()
    assert build.returncode != 0
    assert "a page may include only files under snippets/" in build.stderr
    assert not (project.root / "site" / "leak" / "index.html").exists()


@pytest.mark.parametrize("path", ["../outside.py", "snippets/../docs/x.py", "docs/x.py"])
def test_directives_name_only_snippets(project: Project, path: str) -> None:
    project.write("docs/x.py", "print('not a snippet')\n")
    project.write("docs/index.md", f"# Page\n\n<!-- snipcheck: {path} -->\n\n<!-- /snipcheck -->\n")
    check = project.snipcheck()
    assert check.returncode != 0
    assert "docs/index.md:3: unknown snippet" in check.stderr


def test_file_size_limit_holds_where_the_disk_is_the_hosts(project: Project) -> None:
    """The compile step writes into a host folder: a huge object file is stopped at the files limit."""
    mib = Limits().files // (1024 * 1024)
    project.write(
        C,
        f'__asm__(".section .data.big,\\"aw\\"\\n.fill {mib + 8}*1024*1024,1,1\\n.text\\n");\n'
        "int main(void) { return 0; }\n",
    )
    message = failure_of(project, C)
    assert f"{C}: failed to compile" in message
    assert "File size limit exceeded" in message or "file too large" in message.lower(), message


def test_file_size_limit_is_named_for_a_run(project: Project) -> None:
    mib = Limits().files // (1024 * 1024)
    project.write(
        C,
        "#include <stdio.h>\n#include <string.h>\nstatic char block[1 << 20];\n"
        'int main(void) {\n    FILE *f = fopen("/tmp/big", "wb");\n    memset(block, \'x\', sizeof block);\n'
        f"    for (int i = 0; i < {mib + 2}; i++) fwrite(block, 1, sizeof block, f);\n"
        "    fclose(f);\n    return 0;\n}\n",
    )
    message = failure_of(project, C)
    assert f"{C}: stopped by the sandbox: it wrote a file larger than {mib} MiB of files" in message
    # CPython ignores SIGXFSZ and raises instead ("File too large"): the hint names the limit.
    project.write(PY, f"with open('/tmp/big', 'wb') as f:\n    f.truncate({mib + 1} * 1024 * 1024)\n")
    message = failure_of(project, PY)
    assert f"; a file may hold at most {mib} MiB of files in the sandbox" in message


@pytest.mark.parametrize(
    "target", ["snippets/python/hostile.py:1,/../../.git/config", "snippets/python/hostile.py:1:2,x/../../y"]
)
def test_an_include_suffix_cannot_smuggle_a_path(project: Project, target: str) -> None:
    project.write(PY, "print(1)\n")
    project.write("docs/index.md", f'# Page\n\n```text\n--8<-- "{target}"\n```\n')
    done = project.snipcheck()
    assert done.returncode == 2
    assert (
        f"docs/index.md:4: includes '{target}': a page may include only files under snippets/\n"
        in done.stderr
    )


def test_a_link_anywhere_under_docs_is_refused_by_the_check_and_the_build(project: Project) -> None:
    """MkDocs copies every file under docs/ into the site, following links."""
    project.write(PY, "print(1)\n")
    project.page_for(PY)
    project.write(".git/config", "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n")
    (project.root / "docs/assets").mkdir()
    (project.root / "docs/assets/notes.txt").symlink_to("../../.git/config")
    done = project.snipcheck("--update")
    assert done.returncode == 2
    assert "docs/assets/notes.txt: a symbolic link; commit the file itself\n" in done.stderr
    build = project.build()
    assert build.returncode != 0
    assert "docs/assets/notes.txt: a symbolic link; commit the file itself" in build.stderr
    assert not (project.root / "site/assets/notes.txt").exists()


def test_includes_cannot_reach_outside_snippets_through_a_file_or_a_link(project: Project) -> None:
    """pymdownx.snippets expands includes inside included files and follows links: both refused."""
    project.write(PY, 'NOTE = """\n--8<-- ".git/config"\n"""\nprint("hello")\n')
    (project.root / "snippets/python/env.txt").symlink_to("/proc/self/environ")
    page = (
        '# Page\n\n```python\n--8<-- "snippets/python/hostile.py"\n```\n\n'
        '```text\n--8<-- "snippets/python/env.txt"\n```\n'
    )
    project.write("docs/index.md", page)
    project.write(".git/config", "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n")
    (project.root / "docs/leak.md").symlink_to("../.git/config")
    done = project.snipcheck("--update")
    assert done.returncode == 2
    assert (
        "docs/index.md:4: includes 'snippets/python/hostile.py', whose line 2 includes another file; "
        "escape it as `;--8<--` or remove it\n"
    ) in done.stderr
    assert (
        "docs/index.md:8: includes 'snippets/python/env.txt', a symbolic link: commit the file itself\n"
        in (done.stderr)
    )
    assert "docs/leak.md: a page may not be a symbolic link; commit the file itself\n" in done.stderr


def test_a_dash_page_reaches_only_its_own_server(project: Project, tmp_path: Path) -> None:
    """The browser runs outside the sandbox: the app's page must not reach the host's other services."""
    hits: list[str] = []

    class Spy(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(b"host-only-secret")

        def log_message(self, *args: object) -> None:
            pass

    spy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Spy)
    threading.Thread(target=spy.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{spy.server_address[1]}"
    try:
        app = "snippets/python/dash/13-99-spy.py"
        project.write(
            app,
            "from dash import Dash, html\n"
            "from flask import redirect\n"
            "app = Dash(__name__)\n"
            f"app.server.add_url_rule('/go', 'go', lambda: redirect('{url}/redirected'))\n"
            "app.index_string = app.index_string.replace('{%app_entry%}', '{%app_entry%}<script>"
            f'fetch("{url}/fetch").then(r => r.text()).then(t => document.title = t, () => 0);'
            "</script>')\n"
            f'app.layout = html.Div([html.Div("an innocent app", id="out"), html.Iframe(src="{url}/frame"),'
            f' html.Img(src="{url}/image.png"), html.Iframe(src="/go")])\n'
            "if __name__ == '__main__':\n    app.run()\n",
        )
        project.write("snippets/python/dash/13-99-spy.scenario", "read #out\nload\nwait 1\n")
        project.page_for(app)
        done = project.snipcheck("--update", "--no-cache", timeout=240)
        assert done.returncode == 0, done.stderr
    finally:
        spy.shutdown()
        spy.server_close()
    assert hits == []


def test_a_dash_transcript_is_capped_like_any_output(project: Project) -> None:
    app = "snippets/python/dash/13-98-big.py"
    project.write(
        app,
        "from dash import Dash, html\napp = Dash(__name__)\n"
        "app.layout = html.Pre('z' * (2 * 1024 * 1024), id='out')\n"
        "if __name__ == '__main__':\n    app.run()\n",
    )
    project.write("snippets/python/dash/13-98-big.scenario", "read #out\nload\n")
    message = failure_of(project, app)
    assert (
        f"{app}: its transcript holds more than {1024 * 1024} bytes, the output limit for every snippet"
        in message
    )
