"""Excel .xlsx → typed blocks: per sheet a heading (its name), then one table row per non-empty row.

openpyxl reads the workbook in read-only (streaming) mode with cached formula
values (``data_only``): a formula cell shows the value Excel last computed.
Cells are shown as printed: whole numbers without ".0", percentages with their
format's decimals, dates as ISO ``YYYY-MM-DD`` (with the time when it is not
midnight), booleans as TRUE/FALSE. A range merged across columns is one cell
with its colspan (a tier row merged across the sheet is one cell); a range
merged down rows keeps its text once, in its first row, like Word (the
continued cells are empty and listed in the row's origin, ``xlsx:row:7:vmerge=1``). Read-only
mode does not expose merged ranges, so they are read from the sheet's XML,
with the formula cells that have no cached value (W104: read as empty).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from ..errors import Errors, KgError, problem
from ..model import Problem
from . import Read, TextBuilder

__all__ = ["read", "show", "merged_grid"]

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_PERCENT_DECIMALS = re.compile(r"0\.(0+)%")


def show(value: object, number_format: str = "General") -> str:
    """A cell value as Excel prints it (close enough to read names, numbers and dates).

    >>> show(1.0), show(2.5), show(0.125, "0.0%"), show(dt.datetime(2025, 12, 30)), show(True)
    ('1', '2.5', '12.5%', '2025-12-30', 'TRUE')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, (int, float)):
        if "%" in (number_format or ""):
            m = _PERCENT_DECIMALS.search(number_format)
            return f"{value * 100:.{len(m.group(1)) if m else 0}f}%"
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.15g}" if isinstance(value, float) else str(value)
    return str(value)


def _scan(archive: zipfile.ZipFile, sheet_path: str) -> tuple[list[tuple[int, int, int, int]], list[str]]:
    """From one sheet's XML: merged ranges as (min_row, min_col, max_row, max_col), and the
    references of formula cells without a cached value (read-only mode shows neither)."""
    from lxml import etree
    from openpyxl.utils.cell import range_boundaries

    merged, uncached = [], []
    with archive.open(sheet_path) as fh:
        for _, el in etree.iterparse(fh, events=("end",), tag=(f"{_MAIN}mergeCell", f"{_MAIN}c")):
            if el.tag == f"{_MAIN}mergeCell":
                min_col, min_row, max_col, max_row = range_boundaries(el.get("ref"))
                merged.append((min_row, min_col, max_row, max_col))
            elif (el.find(f"{_MAIN}f") is not None and el.get("t") != "str"
                  and not (el.findtext(f"{_MAIN}v") or "").strip()):
                uncached.append(el.get("r") or "?")
            el.clear()
    return merged, uncached


def merged_grid(rows, ranges: list[tuple[int, int, int, int]], first_default: int):
    """(row number, [(text, colspan)], indexes of cells continuing a vertical merge) per non-empty row.

    ``rows``: (row number, {column: text}) in order; ``ranges``: merged ranges as (first row, first column, last
    row, last column), inclusive, numbered as ``rows`` is. Every row starts at the first column any row uses
    (``first_default`` when no row has text). Shared by the .xlsx and .xls readers.
    """
    span: dict[tuple[int, int], int] = {}  # first cell of a merged range in each of its rows → its width
    below: set[tuple[int, int]] = set()  # first cells of a merge in the rows under its first row
    for r0, c0, r1, c1 in ranges:
        for r in range(r0, r1 + 1):
            span[(r, c0)] = c1 - c0 + 1
            if r > r0:
                below.add((r, c0))
    kept = []
    for r, cells in rows:
        used = [col for col, t in cells.items() if t.strip()]
        if used:
            kept.append((r, cells, min(used), max(used)))
    first_col = min((lo for _, _, lo, _ in kept), default=first_default)
    for r, cells, _, last in kept:
        out: list[tuple[str, int]] = []
        cont: list[int] = []
        col = first_col
        while col <= last:
            width = span.get((r, col), 1)
            if (r, col) in below:
                cont.append(len(out))
            out.append(("" if (r, col) in below else cells.get(col, ""), width))
            col += width
        yield r, out, cont


def _sheet_rows(ws, merged: list[tuple[int, int, int, int]]):
    """:func:`merged_grid` of a worksheet (1-based rows and columns)."""

    def rows():
        for row in ws.iter_rows():
            cells = {c.column: show(c.value, c.number_format) for c in row if getattr(c, "column", None)}
            if any(t.strip() for t in cells.values()):
                yield next(c.row for c in row if getattr(c, "row", None)), cells

    ws.reset_dimensions()  # some writers store a wrong <dimension>; read every row that is there
    return merged_grid(rows(), merged, 1)


def read(data: bytes, path: str) -> Read:
    import openpyxl

    if not data:
        raise KgError(Errors.E001.format(path=path))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # zipfile, openpyxl and lxml raise unrelated types for a bad workbook
        raise KgError(Errors.E009.format(path=path, fmt=".xlsx", reason=f"{type(exc).__name__}: {exc}")) from None
    tb = TextBuilder()
    problems: list[Problem] = []
    table = 0
    try:
        for ws in wb.worksheets:
            merged, uncached = _scan(archive, ws._worksheet_path) if hasattr(ws, "_worksheet_path") else ([], [])
            if uncached:
                problems.append(problem(Errors.W104, "warning", path, sheet=ws.title, count=len(uncached),
                                        cells=", ".join(uncached[:5]) + (" …" if len(uncached) > 5 else "")))
            rows = list(_sheet_rows(ws, merged))
            if not rows:
                continue
            tb.add("heading", ws.title, level=1, origin="xlsx:sheet")
            for i, (r, cells, cont) in enumerate(rows):
                origin = f"xlsx:row:{r}" + (f":vmerge={','.join(map(str, cont))}" if cont else "")
                tb.add_row(cells, table=table, row=i, origin=origin)
            table += 1
    except (KeyError, ValueError, TypeError, AttributeError, zipfile.BadZipFile) as exc:
        raise KgError(Errors.E009.format(path=path, fmt=".xlsx", reason=f"{type(exc).__name__}: {exc}")) from None
    finally:
        wb.close()
    props = wb.properties
    meta = tuple((k, v) for k, v in (("title", props.title or ""), ("author", props.creator or "")) if v.strip())
    return Read(tb.text, tuple(tb.blocks), "xlsx", "xlsx", problems, meta)
