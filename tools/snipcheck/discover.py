"""Find snippets under `snippets/` and read their header options."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path, PurePosixPath

from .errors import ConfigError
from .model import Options, Snippet
from .runtimes import others

SNIPPETS_DIR = "snippets"

# Header lines: `# snipcheck: key = value` (Python) or `// snipcheck: key = value` (C, JS),
# one option per line, in the leading block of comments and blank lines.
_HEADER = re.compile(r"^\s*(?:#|//)\s*snipcheck:\s*(?P<key>[A-Za-z_-]*)\s*(?:=\s*(?P<value>.*?))?\s*$")
_COMMENT = re.compile(r"^\s*(#|//|/\*|\*|$)")

KNOWN_OPTIONS = ("exit", "cflags", "timeout", "stdin", "args", "varies", "skip")

# What `cflags` may add to the compiler's command line: language and warning choices, macros,
# libraries. Nothing that names a file or a program (`-o`, `-B`, `-fplugin`, `-wrapper`, `@file`,
# `-specs`, `-I`) and nothing passed on to another tool (`-Wl,`, `-Wa,`, `-Wp,`, `-Xlinker`).
_CFLAG = re.compile(
    r"-pthread|-g|-[DU][A-Za-z_][A-Za-z0-9_]*(=[^\s]*)?|-l[A-Za-z0-9_+.-]+|-O[0-3sgz]?"
    r"|-std=[a-z0-9+]+|-W(?![lap],)[a-z0-9][a-z0-9=,+-]*|-w|-pedantic(-errors)?"
)
CFLAGS_ALLOWED = "-pthread, -g, -D, -U, -l, -O, -std=, -W (but not -Wl, -Wa, -Wp), -w, -pedantic"


def language_of(path: str, extensions: dict[str, str]) -> str | None:
    """The runner key for a snippet path: Dash apps by folder, others by extension."""
    if path.startswith(f"{SNIPPETS_DIR}/python/dash/") and path.endswith(".py"):
        return "dash"
    return extensions.get(Path(path).suffix)


def parse_header(path: str, text: str, language: str | None = None) -> Options:
    """Read the header options of a snippet; a bad line raises `path:line: message`."""
    found: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if number == 1 and line.startswith("#!"):
            continue
        match = _HEADER.match(line)
        if match is None:
            if _COMMENT.match(line):
                continue
            break
        key, value = match["key"], match["value"]
        if key not in KNOWN_OPTIONS:
            known = ", ".join(KNOWN_OPTIONS)
            raise ConfigError(path, number, f"unknown snipcheck option '{key}' (known: {known})")
        if value is None or value == "":
            raise ConfigError(path, number, f"snipcheck option '{key}' needs a value: {key} = ...")
        if key in found:
            raise ConfigError(path, number, f"snipcheck option '{key}' is given twice")
        found[key] = value
        try:
            _check_value(key, value)
            if key in ("varies", "skip") and language is not None:
                _check_runtimes(language, value)
        except ValueError as error:
            raise ConfigError(path, number, f"snipcheck option '{key}': {error}") from None
    return Options(
        exit_status=int(found.get("exit", "0")),
        cflags=tuple(shlex.split(found.get("cflags", ""))),
        timeout=float(found["timeout"]) if "timeout" in found else None,
        stdin=found.get("stdin"),
        args=tuple(shlex.split(found.get("args", ""))),
        varies=tuple(found.get("varies", "").split()),
        skip=tuple(found.get("skip", "").split()),
    )


def _check_runtimes(language: str, value: str) -> None:
    known = [runtime.name for runtime in others(language)]
    for name in value.split():
        if name not in known:
            choices = ", ".join(known) or "none: this language has no other runtime"
            raise ValueError(f"'{name}' is not another runtime of the {language} matrix (known: {choices})")


def _check_value(key: str, value: str) -> None:
    if key == "exit" and not (value.isdigit() and int(value) < 256):
        raise ValueError(f"expected an exit status from 0 to 255, got '{value}'")
    if key == "timeout":
        try:
            seconds = float(value)
        except ValueError:
            seconds = -1.0
        if not 0 < seconds <= 600:
            raise ValueError(f"expected seconds between 0 and 600, got '{value}'")
    if key in ("cflags", "args"):
        words = shlex.split(value)
        if key == "cflags":
            for word in words:
                if not _CFLAG.fullmatch(word):
                    raise ValueError(f"'{word}' is not allowed; use only {CFLAGS_ALLOWED}")
    if key == "stdin" and ("/" in value or value.startswith(".")):
        raise ValueError(f"expected a file name beside the snippet, got '{value}'")


def load_snippet(root: Path, path: str, extensions: dict[str, str]) -> Snippet:
    """Build the Snippet for one repository-relative path."""
    parts = PurePosixPath(path).parts
    if path.startswith("/") or ".." in parts or len(parts) < 3 or parts[0] != SNIPPETS_DIR:
        raise ConfigError(path, None, "not a snippet: snippets live in snippets/<language>/ (no '..')")
    language = language_of(path, extensions)
    if language is None:
        known = ", ".join(sorted(extensions))
        raise ConfigError(path, None, f"no runner for this file type (known: {known})")
    file = root / path
    if _linked(root, path):
        raise ConfigError(path, None, "a snippet may not be a symbolic link; commit the file itself")
    if not file.is_file():
        raise ConfigError(path, None, "no such snippet")
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError(path, None, "snippet source is not valid UTF-8") from None
    options = parse_header(path, text, language)
    inputs: list[str] = []
    folder = path.rsplit("/", 1)[0]
    if options.stdin is not None:
        inputs.append(f"{folder}/{options.stdin}")
    if language == "dash":
        inputs.append(str(Path(path).with_suffix(".scenario").as_posix()))
    for extra in inputs:
        if _linked(root, extra):  # read on the host: a link could reach any file there
            raise ConfigError(
                path, None, f"declared input '{extra}' is a symbolic link; commit the file itself"
            )
        if not (root / extra).is_file():
            raise ConfigError(path, None, f"declared input '{extra}' does not exist")
    return Snippet(path=path, language=language, options=options, inputs=tuple(inputs))


def _linked(root: Path, path: str) -> bool:
    """True when the file, or a folder on its way from `snippets/`, is a symbolic link."""
    base = root / SNIPPETS_DIR
    return (root / path).is_symlink() or not os.path.realpath(root / path).startswith(
        os.path.realpath(base) + os.sep
    )


def discover(root: Path, extensions: dict[str, str], selected: list[str] | None = None) -> list[Snippet]:
    """Every snippet under `snippets/` (or just `selected`), sorted by path."""
    if selected:
        paths = sorted({_relative(root, item) for item in selected})
    else:
        base = root / SNIPPETS_DIR
        paths = sorted(
            file.relative_to(root).as_posix()
            for file in base.rglob("*")
            if file.is_file()
            and not any(part.startswith(".") for part in file.relative_to(base).parts)
            and language_of(file.relative_to(root).as_posix(), extensions) is not None
        )
    found = [load_snippet(root, path, extensions) for path in paths]
    shots: dict[str, str] = {}
    for snippet in found:
        if snippet.language == "dash":
            stem = Path(snippet.path).stem  # its screenshot is docs/assets/screenshots/STEM.png
            if stem in shots:
                raise ConfigError(
                    snippet.path,
                    None,
                    f"a Dash app named like {shots[stem]} would overwrite its screenshot; rename one of them",
                )
            shots[stem] = snippet.path
    return found


def _relative(root: Path, item: str) -> str:
    path = Path(item)
    absolute = path if path.is_absolute() else (Path.cwd() / path)
    try:
        return absolute.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        raise ConfigError(item, None, f"not inside the project at {root}") from None
