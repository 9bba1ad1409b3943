"""Read output blocks out of built HTML: each element with data-snippet, and the text of its <code>."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser


@dataclass
class Block:
    snippet: str
    stream: str
    title: str
    text: str
    runtimes: tuple[str, ...] = ()
    """`data-runtime`: the other runtimes of the matrix whose output this block shows (none: the primary)."""


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self.depth = 0
        self.in_code = False
        self.in_title = False
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if self.current is None and "data-snippet" in found and "data-stream" in found:
            runtimes = tuple(str(found.get("data-runtime") or "").split())
            self.current = Block(str(found["data-snippet"]), str(found["data-stream"]), "", "", runtimes)
            self.depth = 0
        if self.current is not None:
            self.depth += 1
            if tag == "code":
                self.in_code = True
            if tag == "span" and found.get("class") == "filename":
                self.in_title = True

    def handle_endtag(self, tag: str) -> None:
        if self.current is not None:
            if tag == "code":
                self.in_code = False
            if tag == "span":
                self.in_title = False
            self.depth -= 1
            if self.depth == 0:
                self.blocks.append(self.current)
                self.current = None

    def handle_data(self, data: str) -> None:
        if self.current is not None and self.in_code:
            self.current.text += data
        elif self.current is not None and self.in_title:
            self.current.title += data


def output_blocks(html: str) -> list[Block]:
    """Every output block of a page, in order; `text` is the visible text of its code."""
    parser = _Parser()
    parser.feed(html)
    parser.close()
    for block in parser.blocks:
        if block.text.endswith("\n"):
            block.text = block.text[:-1]  # the code element's own line end
    return parser.blocks


def tags(html: str) -> list[str]:
    """Every start tag name in the document."""
    parser = _Parser()
    parser.feed(html)
    return parser.tags
