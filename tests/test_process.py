"""The process stage: timeouts kill the whole group, output is capped, stdin is closed or fed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tools.snipcheck.process import run, signal_name


def python(code: str, **kwargs: object) -> object:
    options = {
        "cwd": "/tmp",
        "env": {"PATH": "/usr/bin:/bin"},
        "stdin": None,
        "timeout": 10.0,
        "limit": 1 << 20,
    }
    options.update(kwargs)
    return run((sys.executable, "-c", code), **options)  # type: ignore[arg-type]


def test_captures_both_streams_and_status() -> None:
    done = python("import sys; print('out'); print('err', file=sys.stderr); sys.exit(4)")
    assert (done.stdout, done.stderr, done.returncode, done.timed_out) == (b"out\n", b"err\n", 4, False)


def test_stdin_closed_unless_given() -> None:
    assert python("import sys; print(repr(sys.stdin.read()))").stdout == b"''\n"
    assert python("import sys; print(sys.stdin.read().upper())", stdin=b"abc").stdout == b"ABC\n"


def test_timeout_kills_the_whole_process_group() -> None:
    # The child starts a grandchild that would outlive it; both must be gone after the timeout.
    code = (
        "import subprocess, sys, time\n"
        "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        "print(p.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    started = time.monotonic()
    done = python(code, timeout=1.0)
    assert done.timed_out
    assert time.monotonic() - started < 5
    grandchild = int(done.stdout.split()[0])
    time.sleep(0.2)
    stat = Path(f"/proc/{grandchild}/stat")
    assert not stat.exists() or stat.read_text().split()[2] == "Z"  # gone, or a zombie awaiting reaping


def test_output_over_the_limit_stops_the_program() -> None:
    started = time.monotonic()
    done = python("import sys\nwhile True: sys.stdout.write('x' * 65536)", limit=100_000)
    assert done.overflow == "stdout"
    assert len(done.stdout) == 100_000
    assert time.monotonic() - started < 5


def test_signal_names() -> None:
    assert signal_name(-11) == "SIGSEGV"
    assert signal_name(-15) == "SIGTERM"
    assert python("import os, signal; os.kill(os.getpid(), signal.SIGABRT)").returncode == -6
