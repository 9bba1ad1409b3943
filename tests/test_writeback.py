"""Atomic writes: a reader sees the old or the new file, never a part, and no temporary is left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tools.snipcheck.writeback import write_all, write_atomic


def test_write_replaces_content(tmp_path: Path) -> None:
    file = tmp_path / "a" / "b.json"
    write_atomic(file, b"one")
    write_atomic(file, b"two")
    assert file.read_bytes() == b"two"
    assert [p.name for p in file.parent.iterdir()] == ["b.json"]


def test_interrupted_write_keeps_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "record.json"
    file.write_bytes(b"old and whole")

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(file, b"new")
    assert file.read_bytes() == b"old and whole"
    assert [p.name for p in tmp_path.iterdir()] == ["record.json"]


def test_pages_are_written_after_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    order: list[str] = []
    monkeypatch.setattr("tools.snipcheck.writeback.write_atomic", lambda file, data: order.append(file.name))
    write_all(tmp_path, {"docs/a.md": b"", "records/c/a.c.json": b"", "docs/assets/screenshots/a.png": b""})
    assert order == ["a.c.json", "a.png", "a.md"]
