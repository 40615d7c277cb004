"""Readers: a file's bytes → text and typed blocks (:class:`~kg.model.Block`).

Readers only produce blocks; they never decide what a block means. Layout
recognisers (:mod:`kg.layouts`) read meaning from blocks. Each reader is a
function ``read(data: bytes, path: str) -> Read`` registered by file suffix in
:data:`READERS`; the text of every block is a slice of ``Read.text`` so every
later stage reports positions in the same offsets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Block, BlockKind, Cell, Problem

__all__ = ["Read", "TextBuilder", "READERS", "reader_for", "SUPPORTED_SUFFIXES"]


@dataclass
class Read:
    """What a reader returns."""

    text: str
    blocks: tuple[Block, ...]
    encoding: str
    format: str
    problems: list[Problem] = field(default_factory=list)
    meta: tuple[tuple[str, str], ...] = ()


class TextBuilder:
    """Builds a document's text block by block, one block per line.

    Line breaks inside a block or a cell become spaces (same length), so a
    block is always one line of the text and a table row keeps its cells on
    one line, separated by tabs.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.blocks: list[Block] = []

    def _put(self, s: str) -> tuple[int, int]:
        s = s.replace("\r", " ").replace("\n", " ")
        if self._parts:
            self._parts.append("\n")
            self._len += 1
        start = self._len
        self._parts.append(s)
        self._len += len(s)
        return start, self._len

    def add(self, kind: BlockKind, text: str, *, level: int = 0, origin: str = "", furniture: str = "") -> Block | None:
        text = text.strip()
        if not text:
            return None
        start, end = self._put(text)
        b = Block(kind, start, end, level=level, origin=origin, furniture=furniture)
        self.blocks.append(b)
        return b

    def add_row(self, cells: list[str] | list[tuple[str, int]], *, table: int, row: int, origin: str = "") -> Block | None:
        """A table row; ``cells`` are texts or ``(text, colspan)`` pairs. Empty rows are skipped."""
        pairs = [(c, 1) if isinstance(c, str) else c for c in cells]
        pairs = [(" ".join(t.split()), span) for t, span in pairs]
        if not any(t for t, _ in pairs):
            return None
        line = "\t".join(t for t, _ in pairs)
        start, end = self._put(line)
        out, pos = [], start
        for t, span in pairs:
            out.append(Cell(pos, pos + len(t), span))
            pos += len(t) + 1
        b = Block("table_row", start, end, cells=tuple(out), table=table, row=row, origin=origin)
        self.blocks.append(b)
        return b

    @property
    def text(self) -> str:
        return "".join(self._parts)


Reader = Callable[[bytes, str], Read]


def _registry() -> dict[str, Reader]:
    from . import csvfile, doc, docx, html, markdown, mhtml, pdf, rtf, text, xls, xlsx

    return {
        ".txt": text.read,
        ".text": text.read,
        "": text.read,
        ".md": markdown.read,
        ".markdown": markdown.read,
        ".html": html.read,
        ".htm": html.read,
        ".shtml": html.read,
        ".xhtml": html.read,
        ".mht": mhtml.read,
        ".mhtml": mhtml.read,
        ".docx": docx.read,
        ".doc": doc.read,
        ".wps": doc.read,  # WPS Writer: a Word 97-2003 (OLE) file, or RTF/HTML, sniffed like .doc
        ".rtf": rtf.read,
        ".xlsx": xlsx.read,
        ".xlsm": xlsx.read,
        ".xls": xls.read,
        ".et": xls.read,  # WPS Spreadsheets: the Excel 97-2003 (BIFF) format
        ".csv": csvfile.read,
        ".pdf": pdf.read,
    }


SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".shtml", ".xhtml", ".mht", ".mhtml", ".docx", ".doc", ".wps",
                      ".rtf", ".xlsx", ".xlsm", ".xls", ".et", ".csv", ".pdf")
READERS: dict[str, Reader] = {}


def reader_for(suffix: str) -> Reader | None:
    if not READERS:
        READERS.update(_registry())
    return READERS.get(suffix.lower())
