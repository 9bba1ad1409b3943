"""What pages say about the other runtimes of the matrix: a line under each output, and a table.

Under a primary output: "Same on Node.js 22 and 24, Bun 1.4 and Deno 2.9." or, where a runtime
printed something else, that runtime's output in a block of its own, labelled with its name and
version. The table (`<!-- snipcheck: portability -->`) counts, per chapter and runtime, the
snippets whose output is the same, differs, or could not be produced.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from .model import Output, Record, Variant
from .runtimes import BY_NAME, RUNTIMES
from .toolchain import short

TABLE = "portability"
"""The snippet name of the table directive: `<!-- snipcheck: portability -->`."""


def label(variant: Variant) -> str:
    """`Bun 1.4.5`: the runtime's reader-facing name and full version."""
    if variant.toolchain:
        return short(*variant.toolchain[0])
    return BY_NAME[variant.runtime].label if variant.runtime in BY_NAME else variant.runtime


def _family_version(full: str, brief: bool) -> tuple[str, str]:
    family, _, number = full.rpartition(" ")
    if not family:
        return full, ""
    if brief:
        parts = number.split(".")
        keep = 1 if family in ("Node.js", "clang", "gcc") else 2
        number = ".".join(parts[:keep]) if family != "musl" else number
    return family, number


def names(fulls: list[str], brief: bool = True) -> str:
    """`Node.js 22 and 24, Bun 1.4 and Deno 2.9`: versions of one family share its name."""
    families: dict[str, list[str]] = {}
    for full in fulls:
        family, number = _family_version(full, brief)
        if number not in families.setdefault(family, []):
            families[family].append(number)
    parts = [f"{family} {_join(numbers)}".strip() for family, numbers in families.items()]
    if any(len(numbers) > 1 for numbers in families.values()):
        return ", ".join(parts)  # "Node.js 22 and 24, Bun 1.4 and Deno 2.9" would read as pairs
    return _join(parts)


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def summary_lines(
    record: Record,
    fence: Callable[[str, str], list[str]],
    display: Callable[[bytes], str],
    command: Callable[[tuple[tuple[str, ...], ...]], str],
) -> list[str]:
    """The lines under a primary output that tell how the other runtimes did (none without a matrix)."""
    if not record.matrix:
        return []
    same: list[str] = []
    differing: dict[tuple[bytes, bytes, int], list[Variant]] = {}
    failing: list[Variant] = []
    varying: list[str] = []
    skipped: list[str] = []
    for variant in record.matrix:
        if variant.skipped:
            skipped.append(label(variant))
        elif variant.varies:
            varying.append(label(variant))
        elif variant.output is None:
            failing.append(variant)
        elif variant.output.same_as(record.output):
            same.append(label(variant))
        else:
            key = (variant.output.stdout, variant.output.stderr, variant.output.exit_status)
            differing.setdefault(key, []).append(variant)
    sentences = [f"Same on {names(same)}."] if same else []
    if differing:
        others = [label(v) for group in differing.values() for v in group]
        sentences.append(f"Different on {names(others)}: see below.")
    sentences += [f"Fails on {names([label(v)])}: {v.failure}." for v in failing]
    if varying:
        sentences.append(f"Varies from run to run on {names(varying)} (not compared).")
    if skipped:
        sentences.append(f"Not run on {names(skipped)}: the program says why.")
    lines = ["", " ".join(sentences), "{: .snipcheck-matrix }"]
    for group in differing.values():
        output = group[0].output
        assert output is not None
        who = names([label(v) for v in group], brief=False)
        verb = "prints" if len(group) == 1 else "print"
        status = "" if output.exit_status == record.output.exit_status else f" · {_status(output)}"
        base = (
            f'.text data-snippet="{record.snippet}" data-runtime="{" ".join(v.runtime for v in group)}" '
            'data-search-exclude="output"'
        )
        same_stdout = output.stdout == record.output.stdout and not status
        if not same_stdout:
            empty = " (nothing)" if not output.stdout else ""
            title = f"{who} {verb}{empty}{status}"
            lines += ["", *fence(display(output.stdout), f'{base} data-stream="stdout" title="{title}"')]
        if output.stderr or same_stdout:
            # Only standard error differs: show that (even when it is empty), not the same output.
            title = f"Standard error on {who}"
            if same_stdout:
                title += (
                    " (nothing; standard output as above)"
                    if not output.stderr
                    else " (standard output as above)"
                )
            lines += ["", *fence(display(output.stderr), f'{base} data-stream="stderr" title="{title}"')]
        shown = " · ".join(f"{label(v)}: {command(v.commands)}" for v in group)
        lines += ["", f"Reproduce on {shown}", "{: .snipcheck-run }"]
    return lines


def _status(output: Output) -> str:
    if output.exit_status < 0:
        return f"killed by signal {-output.exit_status}"
    return f"exit status {output.exit_status}"


def chapters(root: Path, docs: str = "docs") -> list[tuple[str, str, list[str]]]:
    """(page, title, snippets shown) for every page with output directives, in file order."""
    from .pages import directives, pages  # pages renders through this module

    found = []
    for page in pages(root):
        text = (root / page).read_text(encoding="utf-8")
        shown = [d.snippet for d in directives(page, text) if d.snippet != TABLE]
        if shown:
            title = next((line[2:].strip() for line in text.split("\n") if line.startswith("# ")), page)
            found.append((page, title, shown))
    return found


def table_lines(root: Path, page: str, records: Mapping[str, Record | None]) -> list[str]:
    """The portability table: one row per page with outputs, one column per runtime outside the primaries."""
    columns = sorted((r for r in RUNTIMES if not r.primary), key=lambda r: r.language != "js")
    seen: dict[str, list[str]] = {runtime.name: [] for runtime in columns}
    rows: list[str] = []
    for chapter, title, shown in chapters(root):
        if chapter == page:
            continue
        cells: list[str] = []
        counted = False
        for runtime in columns:
            same = differ = fail = vary = skip = 0
            for snippet in shown:
                record = records.get(snippet)
                variant = record.variant(runtime.name) if record is not None else None
                if record is None or variant is None:
                    continue
                if variant.skipped:
                    skip += 1
                    continue
                seen[runtime.name].append(label(variant))
                if variant.varies:
                    vary += 1
                elif variant.output is None:
                    fail += 1
                elif variant.output.same_as(record.output):
                    same += 1
                else:
                    differ += 1
            counted = counted or bool(same + differ + fail + vary + skip)
            cells.append(_cell(same, differ, fail, vary, skip))
        if counted:
            link = os.path.relpath(chapter, os.path.dirname(page))
            rows.append(f"| [{title}]({link}) | " + " | ".join(cells) + " |")
    heads = [names(sorted(set(seen[r.name])) or [r.label], brief=False) for r in columns]
    return [
        "",
        "| Chapter | " + " | ".join(heads) + " |",
        "|---|" + "---|" * len(columns),
        *rows,
        "",
    ]


def _cell(same: int, differ: int, fail: int, vary: int, skip: int) -> str:
    total = same + differ + fail + vary + skip
    if total == 0:
        return "–"
    if same == total:
        return f"same ({total})"
    parts = [f"{differ} of {total} differ{'s' if differ == 1 else ''}"] if differ else []
    parts += [f"{fail} of {total} fail{'s' if fail == 1 else ''}"] if fail else []
    parts += [f"{vary} of {total} var{'ies' if vary == 1 else 'y'}"] if vary else []
    parts += [f"{skip} of {total} not run"] if skip else []
    return "**" + ", ".join(parts) + "**"
