"""The cache key changes with everything that can change an output, and entries round-trip."""

from __future__ import annotations

from pathlib import Path

from tools.snipcheck import cache
from tools.snipcheck.model import Options, Output, Snippet

BASE = Snippet("snippets/c/a.c", "c")
TOOLS = (("gcc", "gcc 12.2.0"),)


def test_key_depends_on_every_input() -> None:
    keys = {
        cache.key(BASE, "d1", TOOLS, ("-O0",)),
        cache.key(BASE, "d2", TOOLS, ("-O0",)),
        cache.key(Snippet("snippets/c/a.c", "c", Options(cflags=("-pthread",))), "d1", TOOLS, ("-O0",)),
        cache.key(BASE, "d1", (("gcc", "gcc 13.1.0"),), ("-O0",)),
        cache.key(BASE, "d1", TOOLS, ("-O2",)),
        cache.key(Snippet("snippets/c/a.c", "python"), "d1", TOOLS, ("-O0",)),
    }
    assert len(keys) == 6
    assert cache.key(BASE, "d1", TOOLS, ("-O0",)) == cache.key(BASE, "d1", TOOLS, ("-O0",))


def test_store_and_load(tmp_path: Path) -> None:
    output = Output(b"\xffout", b"err", 2, b"\x89PNG")
    cache.store(tmp_path, "k", output, (("a", "b"),))
    assert cache.load(tmp_path, "k") == (output, (("a", "b"),))
    assert cache.load(tmp_path, "missing") is None
    (tmp_path / "results" / "bad.json").write_text("{")
    assert cache.load(tmp_path, "bad") is None
