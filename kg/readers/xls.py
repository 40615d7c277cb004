"""Excel 97-2003 .xls → typed blocks, like :mod:`kg.readers.xlsx`: per sheet a heading (its name), then one
table row per non-empty row.

xlrd reads the BIFF workbook with ``formatting_info=True`` (without it xlrd does not report merged ranges)
and ``on_demand=True`` (sheets are parsed one at a time). Cells are shown as :func:`kg.readers.xlsx.show`
prints them: whole numbers without ".0" (every number in .xls is a float), dates (a number whose format is
a date format) as ISO ``YYYY-MM-DD``, booleans as TRUE/FALSE, error cells as Excel prints them (``#N/A``).
A range merged across columns is one cell with its colspan; a range merged down rows keeps its text once, in
its first row, and the continued cells are empty and listed in the row's origin (``xls:row:7:vmerge=1``).
"""

from __future__ import annotations

from ..errors import Errors, KgError
from . import Read, TextBuilder
from .xlsx import merged_grid, show

__all__ = ["read", "cell_text"]


def cell_text(book, cell) -> str:
    """One cell as printed."""
    import xlrd

    kind, value = cell.ctype, cell.value
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if kind == xlrd.XL_CELL_TEXT:
        return value
    if kind == xlrd.XL_CELL_BOOLEAN:
        return show(bool(value))
    if kind == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(value, "#ERR")
    fmt = "General"
    if book.formatting_info:
        xf = book.xf_list[cell.xf_index] if cell.xf_index is not None and cell.xf_index < len(book.xf_list) else None
        f = book.format_map.get(xf.format_key) if xf is not None else None
        fmt = f.format_str if f is not None else "General"
    if kind == xlrd.XL_CELL_DATE:
        try:
            return show(xlrd.xldate.xldate_as_datetime(value, book.datemode))
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return show(value, fmt)
    return show(value, fmt)


def _sheet_rows(book, sh):
    """:func:`~kg.readers.xlsx.merged_grid` of a sheet (rows 1-based as Excel shows them, columns 0-based)."""
    rows = ((r + 1, {c: cell_text(book, sh.cell(r, c)) for c in range(sh.row_len(r))}) for r in range(sh.nrows))
    ranges = [(r0 + 1, c0, r1, c1 - 1) for r0, r1, c0, c1 in sh.merged_cells]  # xlrd's are half-open and 0-based
    return merged_grid(rows, ranges, 0)


def read(data: bytes, path: str) -> Read:
    import xlrd

    if not data:
        raise KgError(Errors.E001.format(path=path))
    if data.startswith(b"PK\x03\x04"):  # an .xlsx saved with an .xls name
        from ..safefs import check_zip
        from . import xlsx

        check_zip(data, path)
        return xlsx.read(data, path)
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True, logfile=_Quiet())
    except Exception as exc:  # xlrd raises XLRDError, CompDocError, struct.error, IndexError … for a bad file
        raise KgError(Errors.E009.format(path=path, fmt=".xls", reason=f"{type(exc).__name__}: {exc}")) from None
    tb = TextBuilder()
    table = 0
    try:
        for i in range(book.nsheets):
            sh = book.sheet_by_index(i)
            rows = list(_sheet_rows(book, sh))
            if rows:
                tb.add("heading", sh.name, level=1, origin="xls:sheet")
                for k, (r, cells, cont) in enumerate(rows):
                    origin = f"xls:row:{r}" + (f":vmerge={','.join(map(str, cont))}" if cont else "")
                    tb.add_row(cells, table=table, row=k, origin=origin)
                table += 1
            book.unload_sheet(i)
    except Exception as exc:  # a damaged sheet record
        raise KgError(Errors.E009.format(path=path, fmt=".xls", reason=f"{type(exc).__name__}: {exc}")) from None
    finally:
        book.release_resources()
    author = (book.user_name or "").strip()
    return Read(tb.text, tuple(tb.blocks), "xls", "xls", [], (("author", author),) if author else ())


class _Quiet:
    """xlrd writes warnings (e.g. about odd records) to a log file; kg does not print them."""

    def write(self, _s: str) -> None:
        pass
