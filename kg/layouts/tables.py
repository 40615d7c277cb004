"""Tables: real ones (HTML, Word, Excel, PDF rows with cells) and flattened text tables.

The header row's words decide what each column holds (``[table]`` in
``schema/layouts.toml``: 序号, 申报单位, 项目名称, 奖项 …). A row with one
filled cell between data rows is a section row: a tier (一等奖), a category
(党建赋能类) or a competition title. A tier cell left empty under a merged
cell keeps the tier of the row above. Flattened text tables are lines whose
columns are separated by runs of spaces; a line that fills only some columns
continues the cells above it (a long title wrapped onto the next line).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .context import competition_header
from .items import split_item, unit_like
from .rules import numeral, rules

__all__ = ["Column", "header_roles", "Row", "text_table_rows", "read_rows"]


@dataclass(frozen=True, slots=True)
class Row:
    """A table row: its cells as (start, end) in the document text, and the block it came from."""

    cells: tuple[tuple[int, int], ...]
    block: int
    start: int
    end: int
    more: tuple[tuple[tuple[int, int], ...], ...] = ()  # per cell: continuation pieces on the lines below


Column = str  # rank | edition | subject | title | tier | category | region | parent | note | ""


def header_roles(cells: list[str]) -> list[Column] | None:
    """Column roles from a header row, or ``None`` when the row is not a header.

    >>> header_roles(["序号", "申报单位", "项目名称", "获奖等次"])
    ['rank', 'subject', 'title', 'tier']
    >>> header_roles(["序号", "单位", "项目名称", "类别及等次"])
    ['rank', 'subject', 'title', 'tier']
    >>> header_roles(["序号", "推荐单位", "申报单位", "案例名称"])
    ['rank', 'parent', 'subject', 'title']
    >>> header_roles(["序号", "镇街", "申报单位", "项目名称", "等次"])
    ['rank', 'parent', 'subject', 'title', 'tier']
    >>> header_roles(["1", "某某区委组织部", "红色引擎"]) is None
    True
    """
    t = rules().table
    roles: list[Column] = []
    for c in cells:
        c = re.sub(r"[\s:：()（）]+", "", c)
        role = ""
        if len(c) <= 8 and not any(ch.isdigit() for ch in c) and "“" not in c:
            for name in ("rank", "edition", "tier", "category", "region", "note", "subject", "title"):
                m = t[name].search(c)
                # the cell is a column word, not a value (or made of column words only: 企业党组织)
                if m and ((m.end() - m.start()) * 2 >= len(c) or _only_words(name, c)):
                    role = name
                    break
        if not role and len(c) <= 14 and not any(ch.isdigit() for ch in c) and t["subject"].search(c) \
                and t["title"].search(c) and re.search(r"[及和与、/]", c):
            role = "title"  # 申报单位及案例名称: one column of both, split per cell (UNIT 《TITLE》)
        if not role and len(c) <= 10 and t["category"].search(c) and t["tier"].search(c) and re.search(r"[及和与、/]", c):
            role = "tier"  # 类别及等次: one column of both, read as a tier cell (城市基层党建类一等奖: category + tier)
        roles.append(role)
    if roles.count("subject") > 1:  # 单位 … 单位名称: keep the first; but 企业名称 | 党组织名称: the party organisation is
        # the unit, the company (school, department) it belongs to is its parent (a place for its region, merged down)
        subjects = [i for i, r in enumerate(roles) if r == "subject"]
        party = [i for i in subjects if t["party_column"].search(re.sub(r"[\s:：()（）]+", "", cells[i]))]
        # 推荐单位 | 申报单位: the recommending body is the winner's parent (its place), not the winner
        sent = [i for i in subjects if not t["recommender"].search(re.sub(r"[\s:：()（）]+", "", cells[i]))]
        # 镇街 | 申报单位: the towns are the winners' place, the unit column names them
        towns = [i for i in subjects if t["town_column"].search(re.sub(r"[\s:：()（）]+", "", cells[i]))]
        units = [i for i in subjects if i not in towns]
        parent = bool(party) or len(sent) < len(subjects) or bool(towns and units)
        keep = party[0] if party else (units[0] if towns and units else sent[0] if sent else subjects[0])
        roles = [("subject" if i == keep else "parent" if parent else "") if r == "subject" else r for i, r in enumerate(roles)]
    filled = [r for r in roles if r]
    if len(filled) >= 2 and ("title" in filled or "subject" in filled):
        return roles
    return None


def _only_words(role: str, cell: str) -> bool:
    """``cell`` is nothing but words of the ``role`` column (企业党组织 = 企业 + 党组织)."""
    return re.fullmatch(rf"(?:{rules().table[role].pattern.strip('^$')})+", cell) is not None


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def text_table_rows(text: str, lines: list[tuple[int, int, int]]) -> list[list[tuple[int, int, int]]]:
    """Split flattened lines into cells by runs of spaces.

    ``lines`` are (line start incl. indentation, content start, end); returns per line
    a list of (display column, start, end) cells.
    """
    gap = re.compile(r"\t|[ \u3000]{%d,}" % rules().table_gap)
    out = []
    for ls, a, b in lines:
        cells = []
        pos = a
        for m in list(gap.finditer(text, a, b)) + [None]:
            e = m.start() if m else b
            if e > pos:
                cells.append((_width(text[ls:pos]), pos, e))
            if m:
                pos = m.end()
        out.append(cells)
    return out


def _cell_text(text: str, span: tuple[int, int]) -> str:
    return re.sub(r"\s+", "", text[span[0] : span[1]])


def _fit(text: str, cells: tuple[tuple[int, int], ...], roles: list[Column]) -> int:
    """How well cells fit column roles: a number under 序号, a unit under 单位, a tier under 奖项."""
    r = rules()
    score = 0
    for (a, b), role in zip(cells, roles):
        t = _cell_text(text, (a, b))
        if not t:
            continue
        if role == "rank":
            score += 2 if numeral(t.rstrip(".、．")) is not None else -2
        elif role == "subject":
            score += 1 if unit_like(t) else -1
        elif role == "tier":
            score += 2 if r.tier_words.search(t) else -1
        elif role == "title":
            score += 1 if not unit_like(t) else 0
    return score


def _filled(texts: list[str], cells: tuple[tuple[int, int], ...]) -> list[int]:
    """Indexes of the cells with text, a cell spanning several columns once (its first column); linear, so a
    row of 100,000 cells costs no more than its length."""
    seen: set[tuple[int, int]] = set()
    out = []
    for i, (t, c) in enumerate(zip(texts, cells)):
        if t and c not in seen:
            out.append(i)
        seen.add(c)
    return out


def read_rows(text: str, rows: list[Row], roles: list[Column] | None):
    """Yield table events in order: ('header', row) | ('section', row, kind, value, start) | ('entry', row, fields).

    ``fields`` maps a role to the (start, end) of its cell; ``kind`` of a section row is
    'tier', 'category', 'competition' or 'other'.
    """
    r = rules()
    previous_header = False
    for row in rows:
        if roles is not None and 1 < len(row.cells) < len(roles):
            # a short row: cells merged down from the rows above (rowspan) are printed once, so
            # its cells belong to the rightmost columns; or empty cells at its end were left out.
            # Take the alignment whose cells fit their columns best.
            pad = len(roles) - len(row.cells)
            right = ((row.start, row.start),) * pad + row.cells
            if _fit(text, right, roles) > _fit(text, row.cells, roles):
                row = Row(right, row.block, row.start, row.end, (((),) * pad + row.more) if row.more else ())
        texts = [_cell_text(text, c) for c in row.cells]
        filled = _filled(texts, row.cells)
        if roles is None:
            yield ("unread", row)
            continue
        sub = header_roles(texts) if len(filled) >= 2 else None
        if sub is not None:
            if previous_header and len(sub) == len(roles):
                # a second header row under cells that span it (项目 over 名称 | 类别): its words name those columns
                roles = [s or m for m, s in zip(roles, sub)]
            previous_header = True
            yield ("header", row)
            continue
        previous_header = False
        if len(filled) == 1 and (len(row.cells) > 1 or len(roles) > 1):
            t = texts[filled[0]]
            cs, ce = row.cells[filled[0]]
            th = r.tier_header.match(t)
            if th:
                yield ("section", row, "tier", th, cs)
                continue
            ch = r.category_header.match(t)
            if ch:
                yield ("section", row, "category", ch.group("category"), cs)
                continue
            hd = competition_header(text[cs:ce], cs)
            if hd:
                yield ("section", row, "competition", hd, cs)
                continue
            if roles[filled[0]] not in ("title", "subject"):
                yield ("section", row, "other", t, cs)
                continue
        fields: dict[str, tuple[int, int]] = {}
        more: dict[str, list[tuple[int, int]]] = {}
        for i, role in enumerate(roles[: len(row.cells)]):
            if role and role not in fields and texts[i]:
                fields[role] = row.cells[i]
                if row.more and row.more[i]:
                    more[role] = list(row.more[i])
        if len(row.cells) > len(roles) and "title" not in fields:
            fields["title"] = row.cells[len(roles)]
        if "title" not in fields and "subject" not in fields:
            yield ("unread", row)
            continue
        if len({fields[k] for k in ("subject", "title") if k in fields} | {fields.get("tier")} - {None}) < len(
                [k for k in ("subject", "title", "tier") if k in fields]):
            # one cell spanning the unit, title and tier columns (备注 | 一等3个、二等3个…): a note, not an entry
            yield ("section", row, "other", texts[filled[-1]], row.cells[filled[-1]][0])
            continue
        yield ("entry", row, fields, more)


def split_combined(text: str, span: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A single cell holding both unit and title (《…》 or a colon): (subject, title)."""
    it = split_item(text, span[0], span[1])
    if it is None or it.form in ("title-only", "admin-split"):
        return None
    if it.subject[1] > it.subject[0] and unit_like(text[slice(*it.subject)]) or it.form.startswith("marks"):
        return it.subject, it.title
    return None


def rank_of(text: str, span: tuple[int, int] | None) -> int | None:
    if span is None:
        return None
    # (a card's badge: NO.1, No.01, #3)
    return numeral(re.sub(r"^(?:NO|No|no|#)|[\s.、．]", "", text[span[0] : span[1]]))
