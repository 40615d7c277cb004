"""Plain text: decoded as-is; one block per non-empty line (layouts decide what lines mean).

A table copied as text with its cell walls (``| 1 | 镜湖区委组织部 | … |``, or box-drawing ``│``/``┃``) is
read as table rows, a cell per wall-to-wall piece (offsets into the text as printed); its rule lines
(``|---|---|``, ``├──┼──┤``) are furniture. Rows pasted from a spreadsheet (cells apart by tabs, a line with at
least two) are table rows too, a cell per tab-apart piece. Tables without walls (columns apart by runs of spaces) are
the layouts' work (kg.layouts.tables). A text that keeps a PDF's printed line breaks joins a line that runs
on over the next into one block (kg.readers.hardwrap).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block, Cell
from . import Read
from .hardwrap import continuations

__all__ = ["read", "line_blocks"]

_WALL = "|│┃｜"
_WALLED = re.compile(rf"^[{_WALL}].*[{_WALL}]$")
_RULE = re.compile(rf"^[{_WALL}\-—:：=+\s─━┼╋├┤┝┥┠┨┌┐└┘┏┓┗┛┬┴╂╀╁╪╫═╞╡]+$")


def _cells(body: str, at: int) -> tuple[Cell, ...]:
    """The cells between the walls of ``body`` (which starts at text offset ``at``), stripped."""
    out, start = [], 1
    for k in range(1, len(body)):
        if body[k] in _WALL:
            piece = body[start:k]
            lead = len(piece) - len(piece.lstrip())
            out.append(Cell(at + start + lead, at + start + lead + len(piece.strip())))
            start = k + 1
    return tuple(out)


def _tab_cells(body: str, at: int) -> tuple[Cell, ...]:
    """The cells of a tab-separated line (``body`` starts at text offset ``at``), stripped; an empty cell keeps its place."""
    out, start = [], 0
    for piece in body.split("\t"):
        lead = len(piece) - len(piece.lstrip())
        out.append(Cell(at + start + lead, at + start + lead + len(piece.strip())))
        start += len(piece) + 1
    return tuple(out)


def line_blocks(text: str, origin: str = "text:line") -> tuple[Block, ...]:
    out: list[Block] = []
    pos = 0
    table, row, prev_row = -1, 0, False
    lines = text.splitlines(keepends=True)
    runs_on = continuations([line.rstrip("\r\n") for line in lines])
    for n, line in enumerate(lines):
        body = line.rstrip("\r\n")
        if n in runs_on and out and out[-1].kind == "paragraph" and body.strip():
            # a hard-wrapped line (a PDF copy): the block before it runs on over it
            out[-1] = replace(out[-1], end=pos + len(body.rstrip()), origin="text:wrapped")
            pos += len(line)
            continue
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        is_row = False
        if stripped:
            a, e = pos + lead, pos + lead + len(stripped)
            if _WALLED.match(stripped) and _RULE.match(stripped):
                out.append(Block("furniture", a, e, origin="text:table-rule", furniture="table rule"))
                is_row = prev_row
            elif _WALLED.match(stripped) and stripped.count(stripped[0]) >= 3:
                if not prev_row:
                    table, row = table + 1, 0
                out.append(Block("table_row", a, e, cells=_cells(stripped, a), table=table, row=row, origin="text:table-row"))
                row += 1
                is_row = True
            elif stripped.count("\t") >= 2 or (prev_row and "\t" in stripped):
                if not prev_row:  # a spreadsheet's rows pasted as text: cells apart by tabs (empty cells kept)
                    table, row = table + 1, 0
                out.append(Block("table_row", a, e, cells=_tab_cells(body[lead:], a), table=table, row=row, origin="text:tab-row"))
                row += 1
                is_row = True
            else:
                out.append(Block("paragraph", a, e, origin=origin))
        prev_row = is_row
        pos += len(line)
    return tuple(out)


def read(data: bytes, path: str) -> Read:
    from ..ingest import decode

    text, encoding, problems = decode(data, path)
    return Read(text, line_blocks(text), encoding, "text", problems)
