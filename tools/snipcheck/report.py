"""What the user reads: progress, unified diffs of drift, and the `--json` report."""

from __future__ import annotations

import difflib
import json
import sys
from typing import TextIO

from .model import Output, Record, RunResult, encode_bytes


class Progress:
    """Snippets done / total and failures so far: one updating line on a terminal, plain lines in CI."""

    def __init__(self, total: int, stream: TextIO = sys.stderr) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self.stream = stream
        self.live = stream.isatty()

    def advance(self, result: RunResult) -> None:
        """Count one finished snippet."""
        self.done += 1
        self.failed += result.failure is not None
        if self.live:
            self.stream.write(f"\r\033[K[{self.done}/{self.total}] {self.failed} failed  {result}")
            self.stream.flush()
        else:
            state = "failed" if result.failure else ("cached" if result.cached else "ran")
            self.stream.write(f"[{self.done}/{self.total}] {result} {state}\n")

    def finish(self) -> None:
        """Clear the live line."""
        if self.live and self.total:
            self.stream.write("\r\033[K")
            self.stream.flush()


def drift_diff(recorded: Output, actual: Output) -> str:
    """A unified diff per changed stream (and the exit status) between record and actual run."""
    parts: list[str] = []
    for stream in ("stdout", "stderr"):
        old = getattr(recorded, stream).decode("utf-8", "replace").splitlines(keepends=True)
        new = getattr(actual, stream).decode("utf-8", "replace").splitlines(keepends=True)
        if old != new:
            lines = difflib.unified_diff(old, new, f"recorded {stream}", f"actual {stream}")
            parts.append(
                "".join(line if line.endswith("\n") else line + "\n\\ No newline at end\n" for line in lines)
            )
    if recorded.exit_status != actual.exit_status:
        parts.append(f"exit status: recorded {recorded.exit_status}, actual {actual.exit_status}\n")
    return "".join(parts)


def text_diff(path: str, old: str, new: str) -> str:
    """A unified diff of a file that `--update` would rewrite."""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{path}", f"b/{path}"
    )
    return "".join(lines)


def json_report(results: list[RunResult], verdicts: dict[str, str], records: dict[str, Record | None]) -> str:
    """The machine-readable report: one entry per snippet."""
    entries = []
    for result in results:
        record = records.get(result.snippet.path)
        output = result.output
        entries.append(
            {
                "path": result.snippet.path,
                "language": result.snippet.language,
                "verdict": verdicts[result.snippet.path],
                "commands": [list(command) for command in result.commands],
                "toolchain": dict(result.toolchain),
                "source_sha256": result.digest,
                "duration_seconds": round(result.duration, 4),
                "cached": result.cached,
                "failure": result.failure,
                "recorded": None
                if record is None
                else {
                    "stdout": encode_bytes(record.output.stdout),
                    "stderr": encode_bytes(record.output.stderr),
                    "exit_status": record.output.exit_status,
                },
                "actual": None
                if output is None
                else {
                    "stdout": encode_bytes(output.stdout),
                    "stderr": encode_bytes(output.stderr),
                    "exit_status": output.exit_status,
                },
            }
        )
    return json.dumps({"snippets": entries}, indent=2)
