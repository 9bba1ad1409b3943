"""Naming the first difference between two runs."""

from tools.snipcheck.model import Output
from tools.snipcheck.verify import first_difference


def test_first_differing_line_is_named() -> None:
    a = Output(b"x\ny\nz\n", b"", 0)
    assert (
        first_difference(a, Output(b"x\nY\nz\n", b"", 0), "run 1", "run 2")
        == "stdout line 2 is 'y' in run 1, 'Y' in run 2"
    )
    assert (
        first_difference(a, Output(b"x\ny\nz\n", b"warn\n", 0), "run 1", "run 3")
        == "stderr line 1 is '' in run 1, 'warn' in run 3"
    )
    assert (
        first_difference(a, Output(b"x\ny\nz\n", b"", 1), "run 1", "run 2")
        == "exit status 0 in run 1, 1 in run 2"
    )
    assert (
        first_difference(a, Output(b"x\ny\nz\nw\n", b"", 0), "run 1", "run 2")
        == "stdout line 4 is '' in run 1, 'w' in run 2"
    )
