"""Shared helpers of the fixture authoring scripts (compose_text.py, make_fixtures.py).

Documents are written by hand as data (tier groups of (subject, title, region hint) tuples plus the
surrounding prose); the same data gives the gold rows, so every label comes from the text as composed,
never from kg.  Region hints are administrative names joined by '/', resolved against cpca's adcodes.csv.
"""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))

_ROWS: list[tuple[str, str]] | None = None


def _rows() -> list[tuple[str, str]]:
    global _ROWS
    if _ROWS is None:
        import cpca
        path = os.path.join(os.path.dirname(cpca.__file__), "resources", "adcodes.csv")
        with open(path, encoding="utf-8") as fh:
            _ROWS = [(r["adcode"][:6], r["name"]) for r in csv.DictReader(fh)]
    return _ROWS


def region(hint: str) -> str:
    """'南京市/鼓楼区' -> '320106'; every name must exist and the chain must be unambiguous."""
    if not hint:
        return ""
    code = ""
    for name in hint.split("/"):
        cands = [c for c, n in _rows() if n == name]
        if code:
            pre = code[:2] if code.endswith("0000") else code[:4]
            cands = [c for c in cands if c.startswith(pre)]
        cands = sorted(set(cands))
        if len(cands) != 1:
            raise ValueError(f"region hint {hint!r}: {name!r} -> {cands}")
        code = cands[0]
    return code


CN = "〇一二三四五六七八九十"


def cn_num(n: int) -> str:
    if n <= 10:
        return CN[n] if n < 10 else "十"
    if n < 20:
        return "十" + CN[n - 10]
    t, u = divmod(n, 10)
    return CN[t] + "十" + (CN[u] if u else "")


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

NUMBER_STYLES = {
    "dot": lambda n: f"{n}.",
    "dun": lambda n: f"{n}、",
    "paren": lambda n: f"({n})",
    "cjkparen": lambda n: f"（{cn_num(n)}）",
    "cjkdun": lambda n: f"{cn_num(n)}、",
    "circled": lambda n: CIRCLED[n - 1],
    "ming": lambda n: f"第{n}名",
    "bare": lambda n: f"{n}",
}


@dataclass
class Entry:
    subject: str
    title: str
    hint: str = ""          # region named by the entry's own words ('' -> document context)
    tier: str = ""
    category: str = ""
    rank: int | None = None
    also: str = ""          # second printing (subject text) when the page prints the entry twice


@dataclass
class Doc:
    file: str
    fmt: str                # txt | html | docx | xlsx | pdf
    layout: str             # main layout tag
    layouts: list[str]
    competition: str
    edition: int | None
    year: int | None
    organisers: str = ""
    context: str = ""       # region hint of the document's context place (competition city, dateline)
    announced: int | None = None
    furniture: int = 0
    notes: str = ""
    encoding: str = "utf-8"
    entries: list[Entry] = field(default_factory=list)
    text: str = ""          # the document text (for binaries: the text they are generated from)


def E(tier: str, rows: list[tuple], category: str = "", start: int | None = 1) -> list[Entry]:
    """Entries of one tier; rows are (subject, title, hint[, also]); ranks start at `start` (None: unnumbered)."""
    out = []
    for i, r in enumerate(rows):
        subject, title, hint = r[0], r[1], r[2]
        also = r[3] if len(r) > 3 else ""
        out.append(Entry(subject, title, hint, tier, category, None if start is None else start + i, also))
    return out


GOLD_COLS = ["file", "layout", "competition", "edition", "year", "tier", "category", "rank", "subject",
             "title", "region_code", "region_from", "also_at"]
DOCS_COLS = ["file", "format", "encoding", "layouts", "competition", "edition", "year", "organisers",
             "announced_total", "printed_entries", "furniture_lines", "narratives_expected", "notes"]


def gold_rows(doc: Doc) -> list[list[str]]:
    rows = []
    for e in doc.entries:
        if e.hint:
            code, frm = region(e.hint), "subject"
        elif doc.context:
            code, frm = region(doc.context), "context"
        else:
            code, frm = "", ""
        rows.append([doc.file, doc.layout, getattr(e, "competition", "") or doc.competition, str(doc.edition or ""), str(doc.year or ""),
                     e.tier, e.category, "" if e.rank is None else str(e.rank), e.subject, e.title, code, frm,
                     e.also])
    return rows


def docs_row(doc: Doc) -> list[str]:
    return [doc.file, doc.fmt, doc.encoding, ",".join(doc.layouts), doc.competition, str(doc.edition or ""),
            str(doc.year or ""), doc.organisers, "" if doc.announced is None else str(doc.announced),
            str(len(doc.entries)), str(doc.furniture), "0", doc.notes]
