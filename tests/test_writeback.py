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


def test_new_files_follow_the_umask_and_old_files_keep_their_mode(tmp_path: Path) -> None:
    fresh = tmp_path / "new.json"
    previous = os.umask(0o022)
    try:
        write_atomic(fresh, b"x")
    finally:
        os.umask(previous)
    assert fresh.stat().st_mode & 0o777 == 0o644
    kept = tmp_path / "kept.md"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    write_atomic(kept, b"new")
    assert kept.stat().st_mode & 0o777 == 0o640
