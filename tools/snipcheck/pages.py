"""Pages: find output directives in `docs/`, render records as Markdown, embed and check them."""

from __future__ import annotations

import os
import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pymdownx.snippets import SnippetPreprocessor

from .errors import AtlasError, ConfigError, Drift
from .model import Record
from .portability import TABLE, summary_lines, table_lines
from .records import screenshot_matches, screenshot_path
from .toolchain import short

DOCS_DIR = "docs"
SNIPPETS = "snippets"
OPEN = re.compile(r"^(?P<indent>[ \t]*)<!-- snipcheck: (?P<snippet>\S+) -->[ \t]*$")
CLOSE = re.compile(r"^[ \t]*<!-- /snipcheck -->[ \t]*$")
# Anything that looks like a directive but is not one is an error, not silently ignored.
LOOSE = re.compile(r"<!--\s*/?\s*snipcheck")
FENCE = re.compile(r"^[ \t]*(?P<mark>`{3,}|~{3,})(?P<rest>.*)$")
INCLUDE_TARGET = re.compile(
    r"(?P<path>[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_][A-Za-z0-9_.-]*)*)"
    r"(?::-?\d*(?::-?\d*)?(?:,-?\d*(?::-?\d*)?)*|:[a-z][-_0-9a-z]*)?"
)


@dataclass(frozen=True)
class Directive:
    """One `<!-- snipcheck: PATH -->` ... `<!-- /snipcheck -->` region of a page."""

    page: str
    """The page, relative to the repository root."""
    line: int
    """1-based line of the opening comment."""
    snippet: str
    """The snippet whose output the region shows."""
    indent: str
    """The opening comment's indentation, repeated on every generated line."""
    start: int
    """Index of the opening line."""
    end: int
    """Index of the closing line."""
    body: tuple[str, ...]
    """The lines between the two comments, as they are now."""

    def __str__(self) -> str:
        return f"{self.page}:{self.line}"


def pages(root: Path) -> list[str]:
    """Every Markdown page under `docs/`, relative to the root, sorted."""
    return sorted(p.relative_to(root).as_posix() for p in (root / DOCS_DIR).rglob("*.md"))


def directives(page: str, text: str) -> list[Directive]:
    """The directives of a page, in order; an unclosed or malformed one raises `page:line: ...`."""
    lines = text.split("\n")
    found: list[Directive] = []
    index = 0
    fence_mark: str | None = None  # directives shown inside a fenced code block are examples
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if fence_mark is not None:
            if opening and opening["mark"].startswith(fence_mark) and not opening["rest"].strip():
                fence_mark = None
            index += 1
            continue
        if opening:
            fence_mark = opening["mark"]
            index += 1
            continue
        match = OPEN.match(lines[index])
        if match is None:
            if LOOSE.search(lines[index]) and not CLOSE.match(lines[index]):
                raise ConfigError(
                    page,
                    index + 1,
                    "malformed snipcheck directive; "
                    "write `<!-- snipcheck: snippets/LANG/FILE -->` on a line of its own",
                )
            if CLOSE.match(lines[index]):
                raise ConfigError(page, index + 1, "`<!-- /snipcheck -->` without an opening directive")
            index += 1
            continue
        close = index + 1
        inner: str | None = None  # the region's output fences: a line inside one is output, whatever it says
        while close < len(lines):
            fenced = FENCE.match(lines[close])
            if inner is not None:
                if fenced and fenced["mark"].startswith(inner) and not fenced["rest"].strip():
                    inner = None
            elif fenced:
                inner = fenced["mark"]
            elif CLOSE.match(lines[close]) or OPEN.match(lines[close]):
                break
            close += 1
        if close >= len(lines) or not CLOSE.match(lines[close]):
            raise ConfigError(page, index + 1, "snipcheck directive is not closed by `<!-- /snipcheck -->`")
        found.append(
            Directive(
                page,
                index + 1,
                match["snippet"],
                match["indent"],
                index,
                close,
                tuple(lines[index + 1 : close]),
            )
        )
        index = close + 1
    return found


# Control characters other than tab and newline are shown as their Unicode control pictures.
_VISIBLE = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\t\n"} | {0x7F: 0x2421}


def display_text(data: bytes) -> str:
    """What a reader sees for raw output bytes (the display rules in docs/conventions.md)."""
    text = data.decode("utf-8", "replace").translate(_VISIBLE)
    if "\t" in text:
        text = "\n".join(line.expandtabs(8) for line in text.split("\n"))
    return text[:-1] if text.endswith("\n") else text


def _escape_snippet_syntax(line: str) -> str:
    # pymdownx.snippets acts on `--8<--` lines even inside fences; one more `;` is its escape.
    if "8<-" not in line:
        return line
    match = SnippetPreprocessor.RE_ALL_SNIPPETS.match(line) or SnippetPreprocessor.RE_SNIPPET_SECTION.match(
        line
    )
    if match is None:
        return line
    at = match.start("escape")
    return line[:at] + ";" + line[at:]


def fence(text: str, attributes: str) -> list[str]:
    """A fenced block showing `text` verbatim; the fence is longer than any backtick run in it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    marks = "`" * max(3, longest + 1)
    body = [_escape_snippet_syntax(line) for line in text.split("\n")] if text else []
    return [f"{marks} {{ {attributes} }}", *body, marks]


def _status(exit_status: int) -> str:
    if exit_status < 0:
        import signal

        try:
            return f"killed by {signal.Signals(-exit_status).name}"
        except ValueError:
            return f"killed by signal {-exit_status}"
    return f"exit status {exit_status}"


def render(record: Record, page: str) -> list[str]:
    """The lines (without indentation) that stand between a directive's two comments."""
    tools = " · ".join(short(name, line) for name, line in record.toolchain)
    # Outputs stay out of the search index: they repeat what the source shows, and the index
    # is downloaded by every first visit.
    base = f'.text data-snippet="{record.snippet}" data-search-exclude="output"'
    status = "" if record.output.exit_status == 0 else f" · {_status(record.output.exit_status)}"
    label = "Browser transcript" if record.screenshot_sha256 else "Output"
    empty = " (empty)" if not record.output.stdout else ""
    lines = [""]
    lines += fence(
        display_text(record.output.stdout),
        f'{base} data-stream="stdout" title="{label}{empty}{status} · verified with {tools}"',
    )
    if record.output.stderr:
        lines += [
            "",
            *fence(display_text(record.output.stderr), f'{base} data-stream="stderr" title="Standard error"'),
        ]
    lines += summary_lines(
        record, fence, display_text, lambda commands: code_span(reproduce_commands(commands, record.language))
    )
    if record.screenshot_sha256:
        image = os.path.relpath(screenshot_path(record.snippet), os.path.dirname(page))
        lines += [
            "",
            f"![The app in the browser at the end of its scenario]({image})"
            f'{{ data-snippet="{record.snippet}" loading=lazy }}',
        ]
    shown = f"Source: {code_span(record.snippet)} · reproduce: {code_span(reproduce(record))}"
    lines += ["", shown, "{: .snipcheck-run }"]
    return [*lines, ""]


def code_span(text: str) -> str:
    """`text` as inline code that nothing in it can end: the backtick run is longer than any inside."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if longest else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def reproduce(record: Record) -> str:
    """The command a reader types, from the repository root, to see this output."""
    return reproduce_commands(record.commands, record.language)


def reproduce_commands(commands: tuple[tuple[str, ...], ...], language: str) -> str:
    """Recorded command lines as a reader types them: toolchains by name, `./prog` for C."""
    steps = [list(command) for command in commands]
    for command in steps:
        if command and command[0].endswith(("/python", "/python3")):
            command[0] = "python3"
        elif command and "/" in command[0]:  # a toolchain, named as readers call it
            command[0] = os.path.basename(command[0])
    if language == "c" and len(steps) == 2:
        steps[-1][0] = "./prog"
        steps[0] = [arg if arg != "./prog" else "prog" for arg in steps[0]]
    text = " && ".join(shlex.join(command) for command in steps)
    if language == "dash":
        text += "  # then open http://127.0.0.1:8050"
    return text


def embed(
    page: str,
    text: str,
    records: dict[str, Record],
    root: Path | None = None,
    every: Mapping[str, Record | None] | None = None,
) -> str:
    """The page with every directive whose snippet has a record re-rendered from it; with `root`
    and `every` (all records), the portability table too."""
    lines = text.split("\n")
    for directive in reversed(directives(page, text)):
        if directive.snippet == TABLE:
            if root is None or every is None:
                continue
            rendered = table_lines(root, page, every)
        else:
            record = records.get(directive.snippet)
            if record is None:
                continue
            rendered = render(record, page)
        body = [f"{directive.indent}{line}" if line else "" for line in rendered]
        lines[directive.start + 1 : directive.end] = body
    return "\n".join(lines)


def links(root: Path) -> list[AtlasError]:
    """A symbolic link under `docs/` or `snippets/` is an error: the build copies what it points
    to into the site (any file of the machine), and the tool would read it on the host."""
    found: list[AtlasError] = []
    for top in (DOCS_DIR, SNIPPETS):
        for folder, dirs, files in os.walk(root / top):
            for name in sorted(dirs + files):
                path = Path(folder) / name
                if path.is_symlink():
                    where = path.relative_to(root).as_posix()
                    found.append(ConfigError(where, None, "a symbolic link; commit the file itself"))
    return found


def includes(text: str) -> list[tuple[int, str]]:
    """The files a page pulls in with `--8<--` (pymdownx.snippets), as (line, path), escaped ones left out.

    The snippets extension acts on these lines anywhere, inside fences too, so every one counts."""
    found: list[tuple[int, str]] = []
    in_block = False
    for number, line in enumerate(text.split("\n"), start=1):
        match = SnippetPreprocessor.RE_ALL_SNIPPETS.match(line)
        if match is not None and not match["escape"]:
            if match["block_marker"]:
                in_block = not in_block
            elif match["snippet"]:
                found.append((number, match["snippet"][1:-1]))
            continue
        if in_block and line.strip():
            found.append((number, line.strip()))
    return found


def include_problems(page: str, text: str, root: Path | None = None) -> list[AtlasError]:
    """An include outside `snippets/` (a page could show `.git/config` or the venv) is an error.

    With `root`, what the include reaches is checked on disk too: pymdownx.snippets follows
    symbolic links and expands `--8<--` lines inside the files it includes, so an included file
    must resolve inside `snippets/` and include nothing itself."""
    problems: list[AtlasError] = []
    if root is not None and (root / page).is_symlink():  # the build reads it through the link
        problems.append(ConfigError(page, None, "a page may not be a symbolic link; commit the file itself"))
    for number, target in includes(text):
        # An allowlist, not a parser: a path of plain names, then at most line ranges
        # (`:3`, `:3:8`, `:3:8,10:12`) or a section (`:name`). pymdownx.snippets reads anything
        # after a comma as more of the path, so `file:1,/../../.git/config` must not pass.
        found = INCLUDE_TARGET.fullmatch(target)
        name = found["path"] if found else target
        parts = PurePosixPath(name).parts
        if (
            found is None
            or name.startswith("/")
            or "://" in name
            or ".." in parts
            or not parts
            or parts[0] != SNIPPETS
            or len(parts) < 2
        ):
            problems.append(
                ConfigError(
                    page, number, f"includes '{target}': a page may include only files under snippets/"
                )
            )
        elif root is not None:
            problems += _reached_problems(root, page, number, name)
    return problems


def _reached_problems(root: Path, page: str, number: int, name: str) -> list[AtlasError]:
    file = root / name
    base = os.path.realpath(root / SNIPPETS) + os.sep
    if file.is_symlink() or not os.path.realpath(file).startswith(base):
        return [ConfigError(page, number, f"includes '{name}', a symbolic link: commit the file itself")]
    if not file.is_file():
        return []  # the build names a missing file itself (check_paths)
    nested = includes(file.read_text(encoding="utf-8", errors="replace"))
    if nested:
        return [
            ConfigError(
                page,
                number,
                f"includes '{name}', whose line {nested[0][0]} includes another file; "
                "escape it as `;--8<--` or remove it",
            )
        ]
    return []


def check_page(
    root: Path,
    page: str,
    text: str,
    records: Mapping[str, Record | None],
    digests: Mapping[str, str | None],
    found: list[Directive] | None = None,
) -> list[AtlasError]:
    """Problems a reader would suffer: unknown snippet, missing or stale output, a hand-edited block.

    `records` and `digests` map snippet paths to their record and current source digest
    (None when the record or the snippet file does not exist); `found` are the page's
    directives when the caller has parsed them already.
    """
    problems: list[AtlasError] = list(include_problems(page, text, root))
    fix = "run: python -m tools.snipcheck --update"
    for directive in directives(page, text) if found is None else found:
        snippet = directive.snippet
        if snippet == TABLE:
            table = [f"{directive.indent}{line}" if line else "" for line in table_lines(root, page, records)]
            if list(directive.body) != table:
                problems.append(
                    Drift(
                        page,
                        directive.line,
                        "the portability table does not match the records; "
                        "run: python -m tools.snipcheck --update",
                    )
                )
            continue
        if digests.get(snippet) is None:
            problems.append(ConfigError(page, directive.line, f"unknown snippet {snippet}"))
            continue
        record = records.get(snippet)
        if record is None:
            problems.append(Drift(page, directive.line, f"no recorded output for {snippet}; {fix} {snippet}"))
            continue
        if record.digest != digests[snippet]:
            problems.append(
                Drift(
                    page,
                    directive.line,
                    f"stale output: {snippet} changed since its output was recorded; {fix} {snippet}",
                )
            )
            continue
        expected = [f"{directive.indent}{line}" if line else "" for line in render(record, page)]
        if list(directive.body) != expected:
            problems.append(
                Drift(
                    page,
                    directive.line,
                    f"the page does not show the recorded output "
                    f"of {snippet} (missing or edited by hand); {fix} {snippet}",
                )
            )
            continue
        if not screenshot_matches(root, record):
            problems.append(
                Drift(
                    page,
                    directive.line,
                    f"screenshot {screenshot_path(snippet)} "
                    f"does not match the record of {snippet}; {fix} {snippet}",
                )
            )
    return problems
