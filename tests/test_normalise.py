"""Each normalisation rule, on its own."""

from tools.snipcheck.normalise import normalise


def test_run_folders_become_dot() -> None:
    assert (
        normalise(b"/tmp/snipcheck-run-abc/prog: oops", "/repo", "/tmp/snipcheck-run-abc") == b"./prog: oops"
    )


def test_repository_root_paths_become_relative() -> None:
    text = b'File "/home/me/atlas/snippets/python/a.py", line 3'
    assert normalise(text, "/home/me/atlas") == b'File "snippets/python/a.py", line 3'


def test_other_paths_are_left_alone() -> None:
    assert (
        normalise(b"/usr/lib/node and /home/me/atlasx/a", "/home/me/atlas")
        == b"/usr/lib/node and /home/me/atlasx/a"
    )
