"""PDF with a text layer → typed blocks, page by page (pdfplumber).

On each page, ruled tables found by pdfplumber become table rows (a cell that
spans several columns keeps its colspan; a cell continued from the row above is
empty and listed in the row's origin, ``pdf:p1:tr:vmerge=1``); a long cell
that wraps onto several lines is joined without a space between CJK
characters. The text outside the tables becomes one paragraph per printed line
(a page set in two text columns is read column by column: kg/readers/pdf_columns.py),
a line that runs to the right edge joined with the next unless that one starts a block of
its own (an entry number, a heading: ``schema/furniture.toml`` ``[pdf]``), in reading order (top to bottom, tables placed at their top edge). Characters
are joined by their gaps: no space between touching glyphs (CJK never gets a
spurious space), one space for a word gap, and a run of spaces for a wide gap,
so columns of an unruled table stay visibly apart for the layout recognisers.

Lines repeated at the top or bottom of most pages (running headers, "- 3 -",
"第 3 页") are furniture ``page-header`` / ``page-footer``
(``schema/furniture.toml`` ``[pdf]``). A page without a text layer is reported
(W103); a PDF without any, an encrypted one or a broken one stops with a
coded error.
"""

from __future__ import annotations

import functools
import io
import re
from collections import Counter

from ..config import load_toml
from ..errors import Errors, KgError, problem
from ..model import Problem
from . import Read, TextBuilder

__all__ = ["read", "line_text"]

_CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\uf900-\ufaff]")
_GAP = re.compile(r"\s{2,}|\u3000")


@functools.cache
def _cfg() -> dict:
    cfg = load_toml("furniture.toml")["pdf"]
    return {**cfg, "page_number": [re.compile(p) for p in cfg["page_number"]],
            "starts_block": re.compile(cfg["starts_block"]), "never_wraps": re.compile(cfg["never_wraps"])}


def line_text(chars: list[dict]) -> str:
    """One printed line from its characters (sorted left to right), spaced by the gaps between them."""
    cfg = _cfg()
    out: list[str] = []
    prev = None
    for ch in chars:
        if prev is not None:
            size = max(1.0, float(prev.get("size") or 10))
            gap = ch["x0"] - prev["x1"]
            if gap > cfg["word_gap"] * size and prev["text"] != " " and ch["text"] != " ":
                out.append(" " * max(1, round(gap / (cfg["space_width"] * size))) if gap > cfg["wide_gap"] * size
                           else " ")
        out.append(ch["text"])
        prev = ch
    return "".join(out).strip()


def _lines(chars: list[dict]) -> list[tuple[float, str]]:
    """(top, text) of each line: characters grouped by their vertical middle."""
    return [(top, text) for top, text, _, _ in _placed_lines(chars)]


def _placed_lines(chars: list[dict]) -> list[tuple[float, str, float, float]]:
    """(top, text, right edge, character size) of each line, top to bottom."""
    from pdfplumber.utils import cluster_objects

    from .pdf_columns import column_order

    rows = cluster_objects(chars, lambda c: (c["top"] + c["bottom"]) / 2, _cfg()["line_tolerance"])
    for row in rows:
        row.sort(key=lambda c: c["x0"])
    rows = sorted((r for r in rows if r), key=lambda r: min(c["top"] for c in r))
    out = []
    for top, row in column_order(rows, line_text, _cfg()["columns"]):  # two text columns: left, then right
        text = line_text(row)
        if text:
            size = max(float(c.get("size") or 10) for c in row)
            out.append((top, text, max(c["x1"] for c in row), size))
    return sorted(out)


def _unwrap(lines: list[tuple[float, str, float, float]]) -> list[tuple[float, str]]:
    """Join a line that runs to the right edge of the page's text with the line after it, unless that
    one starts a block of its own (an entry number, a heading): a title wrapped onto a second line is
    one title (…研发攻关与 / 产业链协同)."""
    cfg = _cfg()
    if len(lines) < 3:
        return [(top, text) for top, text, _, _ in lines]
    right = max(x1 for _, _, x1, _ in lines)
    out: list[tuple[float, list[str]]] = []
    wraps = False
    for top, text, x1, size in lines:
        if out and wraps and not cfg["starts_block"].match(text) and top - out[-1][0] < 3 * size * len(out[-1][1]):
            out[-1][1].append(text)
        else:
            out.append((top, [text]))
        # (a line with a column gap — a running header "某某市委组织部    公示", a table row — never wraps)
        wraps = (x1 >= right - cfg["wrap_margin"] * size and bool(_CJK.search(text[-1:])) and not _GAP.search(text)
                 and not cfg["never_wraps"].search(text))
    return [(top, _join(parts)) for top, parts in out]


def _join(lines: list[str]) -> str:
    """Wrapped lines of one cell: no space where CJK meets CJK."""
    out = ""
    for s in lines:
        if out and not (_CJK.match(out[-1]) and _CJK.match(s[0])):
            out += " "
        out += s
    return out


def _inside(c: dict, bbox: tuple[float, float, float, float]) -> bool:
    x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _table_rows(table, chars: list[dict]) -> list[tuple[list[tuple[str, int]], list[int]]]:
    """Rows of one table: [(cell text, colspan)], and the indexes of cells continuing a merge from above."""
    xs = sorted({round(c[0], 1) for r in table.rows for c in r.cells if c is not None})
    chars = [ch for ch in chars if _inside(ch, table.bbox)]
    out = []
    for r in table.rows:
        cells: list[tuple[str, int]] = []
        cont: list[int] = []
        covered_to = -1.0
        for i, c in enumerate(r.cells):
            if c is None:
                x = xs[i] if i < len(xs) else covered_to
                if x >= covered_to - 0.5:  # no cell of this row spans it: merged from the row above
                    cont.append(len(cells))
                    cells.append(("", 1))
                continue
            span = sum(1 for x in xs if c[0] - 0.5 <= x < c[2] - 0.5) or 1
            covered_to = c[2]
            inner = [ch for ch in chars if _inside(ch, c)]
            cells.append((_join([t for _, t in _lines(inner)]), span))
        out.append((cells, cont))
    return out


def _furniture(pages: list[list[tuple[float, str, str]]], heights: list[float]) -> dict[tuple[int, int], str]:
    """Running headers and footers: (page index, line index) → reason."""
    cfg = _cfg()
    n = len(pages)
    edge = cfg["edge_lines"]
    top, bottom = Counter(), Counter()

    def norm(s: str) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", s))

    for lines in pages:
        texts = [(t, s) for t, s, kind in lines if kind == "line"]
        top.update({norm(s) for _, s in texts[:edge]})
        bottom.update({norm(s) for _, s in texts[-edge:]})
    need = max(2, cfg["repeat_share"] * n)
    out: dict[tuple[int, int], str] = {}
    for p, lines in enumerate(pages):
        idx = [i for i, (_, _, kind) in enumerate(lines) if kind == "line"]
        for rank, i in enumerate(idx):
            y, s, _ = lines[i]
            at_top, at_bottom = rank < edge, rank >= len(idx) - edge
            page_no = any(rx.match(s) for rx in cfg["page_number"])
            margin = cfg["margin_share"] * heights[p]
            if at_top and (top[norm(s)] >= need or (page_no and y < margin)):
                out[(p, i)] = "page-header"
            elif at_bottom and (bottom[norm(s)] >= need or (page_no and y > heights[p] - margin)):
                out[(p, i)] = "page-footer"
    return out


def _open(data: bytes, path: str):
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pdf.pages  # noqa: B018 - parses the page tree now, so a broken file fails here
        return pdf
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise KgError(Errors.E014.format(path=path)) from None
    except Exception as exc:  # pdfminer raises many unrelated types for a broken file
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc  # pdfplumber wraps them
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise KgError(Errors.E014.format(path=path)) from None
        exc = inner
        raise KgError(Errors.E009.format(path=path, fmt="PDF", reason=f"{type(exc).__name__}: {exc}")) from None


def read(data: bytes, path: str) -> Read:
    if not data:
        raise KgError(Errors.E001.format(path=path))
    pdf = _open(data, path)
    problems: list[Problem] = []
    pages: list[list[tuple[float, str, object]]] = []  # per page: (top, text or rows, kind)
    heights: list[float] = []
    try:
        for number, page in enumerate(pdf.pages, 1):
            page = page.dedupe_chars()
            chars = [c for c in page.chars if c.get("upright", True)]
            heights.append(float(page.height))
            if not any(c["text"].strip() for c in chars):
                problems.append(problem(Errors.W103, "warning", path, page=number))
                pages.append([])
                continue
            tables = page.find_tables()
            items: list[tuple[float, object, str]] = []
            for t in tables:
                items.append((t.bbox[1], _table_rows(t, chars), "table"))
            rest = [c for c in chars if not any(_inside(c, t.bbox) for t in tables)]
            items += [(y, s, "line") for y, s in _unwrap(_placed_lines(rest))]
            items.sort(key=lambda it: (it[0], it[2] == "line"))
            pages.append(items)
    except KgError:
        raise
    except Exception as exc:  # a page pdfminer cannot interpret
        raise KgError(Errors.E009.format(path=path, fmt="PDF", reason=f"{type(exc).__name__}: {exc}")) from None
    finally:
        info = _info(pdf)
        pdf.close()
    if all(not p for p in pages):
        raise KgError(Errors.E015.format(path=path, pages=len(pages)))
    furniture = _furniture(pages, heights)  # type: ignore[arg-type]
    tb = TextBuilder()
    table = 0
    for p, items in enumerate(pages):
        for i, (_, body, kind) in enumerate(items):
            origin = f"pdf:p{p + 1}"
            if kind == "table":
                row_no = 0
                for cells, cont in body:  # type: ignore[union-attr]
                    o = f"{origin}:tr" + (f":vmerge={','.join(map(str, cont))}" if cont else "")
                    if tb.add_row(cells, table=table, row=row_no, origin=o):
                        row_no += 1
                table += 1
            elif (p, i) in furniture:
                tb.add("furniture", body, origin=origin, furniture=furniture[(p, i)])  # type: ignore[arg-type]
            else:
                tb.add("paragraph", body, origin=origin)  # type: ignore[arg-type]
    return Read(tb.text, tuple(tb.blocks), "pdf", "pdf", problems, info)


def _info(pdf) -> tuple[tuple[str, str], ...]:
    try:
        info = pdf.metadata or {}
    except Exception:  # metadata is a bonus; the pages were read already
        return ()
    out = []
    for key, name in (("title", "Title"), ("author", "Author")):
        v = info.get(name)
        v = v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v or "")
        if v.strip():
            out.append((key, " ".join(v.split())))
    return tuple(out)
