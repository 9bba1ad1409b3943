"""The portability matrix: which runtimes run each language, the primary one first.

The primary runtime's output is what a page shows; every other runtime of the language runs the
same snippet too, and its output is recorded beside the primary one (`records.py`), so a page can
say where the output is the same and show where it differs (`pages.py`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Runtime:
    """One way to run a language's snippets."""

    name: str
    """The key in records and in the cache: `node`, `node22`, `bun`, `gcc`, `musl`, ..."""
    language: str
    """The runner it belongs to (`js`, `c`, `python`, `dash`)."""
    tools: tuple[str, ...]
    """The executables it needs, resolved by `Config.tool`; the first is the runtime itself."""
    label: str = ""
    """Its reader-facing name without a version (`Node.js`, `PyPy`), for a runtime that did not run."""
    primary: bool = False
    """True for the runtime whose output the page shows (one per language)."""


RUNTIMES: tuple[Runtime, ...] = (
    Runtime("python", "python", ("python",), "CPython", primary=True),
    Runtime("pypy", "python", ("pypy3",), "PyPy"),
    Runtime("dash", "dash", ("python", "chromium"), "CPython", primary=True),
    Runtime("gcc", "c", ("gcc",), "gcc", primary=True),
    Runtime("clang", "c", ("clang",), "clang"),
    Runtime("musl", "c", ("musl-gcc",), "musl"),
    Runtime("node", "js", ("node",), "Node.js", primary=True),
    Runtime("node22", "js", ("node22",), "Node.js 22"),
    Runtime("node24", "js", ("node24",), "Node.js 24"),
    Runtime("bun", "js", ("bun",), "Bun"),
    Runtime("deno", "js", ("deno",), "Deno"),
)

BY_NAME = {runtime.name: runtime for runtime in RUNTIMES}


def of_language(language: str) -> tuple[Runtime, ...]:
    """The language's runtimes, the primary one first."""
    found = [runtime for runtime in RUNTIMES if runtime.language == language]
    return tuple(sorted(found, key=lambda runtime: not runtime.primary))


def primary(language: str) -> Runtime:
    """The runtime whose output pages show."""
    return of_language(language)[0]


def others(language: str) -> tuple[Runtime, ...]:
    """The rest of the language's matrix, in table order."""
    return of_language(language)[1:]
