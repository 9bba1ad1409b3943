"""Run every step of a snippet inside a bubblewrap sandbox, with memory and process limits.

A snippet is untrusted code from a contributor. Each step (compile, run, Dash server) runs in:
- new user, PID, mount, network, IPC, UTS and cgroup namespaces (`bwrap --unshare-all`), as
  user 65534 with no capabilities; when the step's first process ends, its PID namespace ends
  and every descendant with it, whatever it called (`setsid`, double forks); it also dies with
  the tool (`--die-with-parent`);
- a new root holding only the system's `/usr`, the interpreters, the repository's `snippets/`
  (read-only) and the run's folders: the rest of the repository (records, pages, `.git`) and
  the tool's files do not exist in there; a fresh `/proc` shows only the sandbox's processes;
- a private `/tmp` and run folder, each a tmpfs capped at `Limits.files` bytes;
- no network: a Dash server gets an already listening socket from the tool instead;
- a control group capping memory and processes (`Limits`), whose breach is named afterwards.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .config import Config
from .errors import ConfigError

CGROUP_ROOT = Path("/sys/fs/cgroup")
NOBODY = "65534"
REAPER = "/.snipcheck-reaper"
_counter = itertools.count()


@dataclass(frozen=True)
class Limits:
    """What one step may use."""

    memory: int = 1024 * 1024 * 1024
    """Bytes of memory (resident memory and tmpfs files), for the step and all its processes."""
    processes: int = 128
    """Processes and threads alive at once."""
    files: int = 64 * 1024 * 1024
    """Bytes that may be written to the run folder, and again to `/tmp`."""

    def describe(self, name: str) -> str:
        """`1024 MiB of memory`, for messages."""
        if name == "memory":
            return f"{self.memory // (1024 * 1024)} MiB of memory"
        if name == "processes":
            return f"{self.processes} processes and threads"
        return f"{self.files // (1024 * 1024)} MiB of files"


@dataclass(frozen=True)
class Sandbox:
    """How steps are wrapped: the bubblewrap binary, the read-only paths, the limits."""

    bwrap: str
    """Absolute path of `bwrap`."""
    readable: tuple[str, ...]
    """Host paths bound read-only at the same place (symlinked paths are recreated as symlinks)."""
    limits: Limits
    """Per-step limits."""
    cgroups: bool
    """True when memory and process limits are enforced through control groups."""
    reaper: str = ""
    """The compiled `native/reaper.c`, which tells a crash from an exit status above 128."""

    def command(
        self,
        argv: Iterable[str],
        *,
        cwd: str,
        scratch: str | None = None,
        writable: Iterable[str] = (),
        extra_readable: Iterable[str] = (),
        status_fd: int | None = None,
    ) -> tuple[str, ...]:
        """The bwrap command line that runs `argv` in `cwd`, with `scratch` (if any) a private tmpfs."""
        size = str(self.limits.files)
        args: list[str] = [
            self.bwrap,
            "--unshare-all",
            "--unshare-user",
            # No user namespace inside: a nested one would let a snippet mount cgroupfs, leave its
            # step's control group (and its limits) and outlive the run (found by a hostile review).
            "--disable-userns",
            "--uid",
            NOBODY,
            "--gid",
            NOBODY,
            "--cap-drop",
            "ALL",
            "--die-with-parent",
            "--new-session",
            "--proc",
            "/proc",
            "--dev",
            "/dev",
            "--size",
            size,
            "--tmpfs",
            "/tmp",
            "--size",
            size,
            "--tmpfs",
            "/dev/shm",
        ]
        args += _system_mounts()
        for path in (*self.readable, *extra_readable):
            args += _bind("--ro-bind", path)
        if scratch is not None:
            args += ["--size", size, "--tmpfs", scratch]
        for path in writable:
            args += _bind("--bind", path)
        if status_fd is not None:  # the reaper writes "exit N" or "signal N" to this inherited fd
            args += ["--ro-bind", self.reaper, REAPER]
            argv = (REAPER, str(status_fd), *argv)
        # The new root itself (and the folders bwrap made in it) becomes read-only too.
        args += ["--remount-ro", "/", "--chdir", cwd, "--", *argv]
        return tuple(args)

    @contextlib.contextmanager
    def group(self) -> Iterator[Group]:
        """A fresh control group for one step (a no-op group when cgroups are unavailable)."""
        group = Group.create(self.limits) if self.cgroups else Group((), self.limits)
        try:
            yield group
        finally:
            group.remove()


@dataclass(frozen=True)
class Group:
    """One step's control group directories (v1: one per controller; v2: one)."""

    dirs: tuple[Path, ...]
    limits: Limits

    @classmethod
    def create(cls, limits: Limits) -> Group:
        name = f"snipcheck-{os.getpid()}-{next(_counter)}"
        dirs: list[Path] = []
        try:
            v2 = _v2_parent()
            if v2 is not None:
                path = v2 / name
                path.mkdir()
                dirs.append(path)
                (path / "memory.max").write_text(str(limits.memory))
                (path / "memory.swap.max").write_text("0")
                (path / "pids.max").write_text(str(limits.processes))
            else:
                memory = _v1_parent("memory") / name
                memory.mkdir()
                dirs.append(memory)
                (memory / "memory.limit_in_bytes").write_text(str(limits.memory))
                with contextlib.suppress(OSError):  # absent without swap accounting
                    (memory / "memory.memsw.limit_in_bytes").write_text(str(limits.memory))
                pids = _v1_parent("pids") / name
                pids.mkdir()
                dirs.append(pids)
                (pids / "pids.max").write_text(str(limits.processes))
        except OSError as error:
            Group(tuple(dirs), limits).remove()
            raise ConfigError("sandbox", None, f"cannot create a control group: {error}") from error
        return cls(tuple(dirs), limits)

    def prefix(self) -> tuple[str, ...]:
        """An argv prefix that moves the command into this group and caps the size of any file it
        writes (`Limits.files`: the build folder and a Dash server's log are on the host's disk)."""
        # "0" is the writer itself. In cgroup v1, moving only the calling thread (`tasks`) skips the
        # kernel's global threadgroup lock, whose RCU grace period made `cgroup.procs` cost about
        # 15 ms per step here (measured: 31 ms against 45 ms for `python -c pass`); the shell is
        # single-threaded, and what it execs and forks inherits the group. v2 has only `cgroup.procs`.
        moves = [f'echo 0 > "${i + 1}"' for i in range(len(self.dirs))]
        blocks = self.limits.files // 512  # POSIX `ulimit -f` counts 512-byte blocks
        return (
            "/bin/sh",
            "-c",
            " && ".join([*moves, f"ulimit -f {blocks}", f"shift {len(self.dirs)}", 'exec "$@"']),
            "snipcheck-enter",
            *(str(d / ("tasks" if (d / "tasks").exists() else "cgroup.procs")) for d in self.dirs),
        )

    def breach(self) -> str | None:
        """The limit the step ran into ("memory" or "processes"), or None."""
        for path in self.dirs:
            if _counts(path / "memory.events").get("oom_kill", 0) > 0:
                return "memory"
            if _counts(path / "memory.oom_control").get("oom_kill", 0) > 0:
                return "memory"
            failcnt = path / "memory.failcnt"
            if failcnt.is_file() and int(failcnt.read_text() or 0) > 0:
                usage = int((path / "memory.max_usage_in_bytes").read_text() or 0)
                if usage >= self.limits.memory:
                    return "memory"
            if _counts(path / "pids.events").get("max", 0) > 0:
                return "processes"
        return None

    def remove(self) -> None:
        """Kill whatever is left in the group and delete it."""
        for path in self.dirs:
            for _ in range(200):
                try:
                    pids = [int(p) for p in (path / "cgroup.procs").read_text().split()]
                except OSError:
                    break
                for pid in pids:
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.kill(pid, signal.SIGKILL)
                try:
                    path.rmdir()
                    break
                except OSError:
                    time.sleep(0.01)


_made: dict[tuple[object, ...], Sandbox] = {}
_made_lock = threading.Lock()


def for_config(config: Config, tools: dict[str, str]) -> Sandbox:
    """The sandbox for a run (made once per configuration and tool set)."""
    key = (config.root, config.search_path, config.require_limits, tuple(sorted(tools.items())))
    with _made_lock:
        if key not in _made:
            made = create(
                config.tool("bwrap"), tools, config.root / "snippets", required=config.require_limits
            )
            _made[key] = replace(made, reaper=_reaper(config))
        return _made[key]


def _reaper(config: Config) -> str:
    """Compile `native/reaper.c` once into the cache (named by its digest) and return its path."""
    source = Path(__file__).parent / "native" / "reaper.c"
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = config.cache_dir / f"reaper-{digest}"
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        try:
            done = subprocess.run(
                [
                    config.tool("gcc"),
                    "-O2",
                    "-std=c11",
                    "-Wall",
                    "-Werror",
                    str(source),
                    "-o",
                    str(temporary),
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                raise ConfigError(
                    str(source), None, f"cannot compile the sandbox's reaper: {done.stderr.strip()}"
                )
            os.replace(temporary, target)
        finally:  # failed or interrupted: leave no half-written file behind
            temporary.unlink(missing_ok=True)
    return str(target)


def create(bwrap: str, tools: dict[str, str], snippets: Path, *, required: bool) -> Sandbox:
    """A sandbox for this machine; without usable cgroups, a ConfigError when `required`."""
    readable = {str(snippets), sys.prefix, sys.base_prefix}
    for name, executable in tools.items():
        if name in ("chromium", "bwrap"):
            continue
        real = Path(os.path.realpath(executable))
        if not str(real).startswith("/usr/"):
            readable.add(str(real.parent.parent))
            # Reached through a symlink (a checkout whose node_modules links to another's): the
            # path the command names must exist in the sandbox too (`_bind` links it).
            readable.add(str(Path(os.path.abspath(executable)).parent.parent))
    cgroups = _cgroups_usable()
    if not cgroups and required:
        raise ConfigError(
            "sandbox",
            None,
            "memory and process limits need a writable control group (run as root, or give this "
            "user a delegated cgroup); they are required when CI is set",
        )
    return Sandbox(bwrap, tuple(sorted(readable)), Limits(), cgroups)


def _system_mounts() -> list[str]:
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("bin", "sbin", "lib", "lib64", "lib32", "libx32"):
        path = Path("/") / name
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), str(path)]
        elif path.is_dir():
            args += ["--ro-bind", str(path), str(path)]
    for name in ("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "alternatives", "localtime"):
        args += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
    return args


def _bind(kind: str, path: str) -> list[str]:
    absolute = os.path.abspath(path)
    real = os.path.realpath(absolute)
    args = [kind, real, real]
    if real != absolute:  # e.g. a clone whose .venv links to another checkout's
        args += ["--symlink", real, absolute]
    return args


def _counts(path: Path) -> dict[str, int]:
    try:
        lines = path.read_text().splitlines()
    except OSError:
        return {}
    found: dict[str, int] = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 2 and parts[1].isdigit():
            found[parts[0]] = int(parts[1])
    return found


def _own_cgroup(controller: str) -> str:
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        if controller in controllers.split(","):
            return path
    raise OSError(f"no {controller} controller in /proc/self/cgroup")


def _v1_parent(controller: str) -> Path:
    base = CGROUP_ROOT / controller
    nested = base / _own_cgroup(controller).lstrip("/")
    return nested if nested.is_dir() else base


def _v2_parent() -> Path | None:
    if not (CGROUP_ROOT / "cgroup.controllers").is_file():
        return None
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        if line.startswith("0::"):
            parent = CGROUP_ROOT / line[3:].lstrip("/")
            enabled = (parent / "cgroup.subtree_control").read_text().split()
            if not {"memory", "pids"} <= set(enabled):
                (parent / "cgroup.subtree_control").write_text("+memory +pids")
            return parent
    return None


def _cgroups_usable() -> bool:
    try:
        Group.create(Limits()).remove()
    except ConfigError:
        return False
    _remove_stale()
    return True


def _remove_stale() -> None:
    """Delete the empty groups of earlier runs that were killed before they could clean up."""
    try:
        parents = [_v2_parent()] if _v2_parent() is not None else [_v1_parent("memory"), _v1_parent("pids")]
    except OSError:
        return
    for parent in parents:
        assert parent is not None
        for group in parent.glob("snipcheck-*-*"):
            owner = group.name.split("-")[1]
            if owner.isdigit() and not Path(f"/proc/{owner}").exists():
                with contextlib.suppress(OSError):
                    group.rmdir()
