"""Tables inside the block pass: rows of a Word/HTML/Excel/PDF table, and flattened text tables.

A mixin of :class:`kg.layouts.scan._Scanner` (it shares the scanner's state:
the document's text, its blocks, the list being read and the drafts so far).
Header words decide the columns (:func:`~kg.layouts.tables.header_roles`);
a one-cell row is a section (a tier, a category or a competition); a merged
tier cell holds for the rows below it; a text line that fills only some
columns continues the cells above it (a wrapped title).
"""

from __future__ import annotations

import re

from .context import competition_of, series_name
from .items import bare_unit, place_like, unit_like
from .rules import edition_number, rules
from .tables import Row, header_roles, rank_of, read_rows, split_combined, text_table_rows

__all__ = ["TableReader"]


class TableReader:
    """Table reading for the block scanner (needs ``norm``, ``blocks``, ``skip``, ``ctx``, ``state``,
    ``claimed``, ``drafts``, ``unread_in_list``, ``add``, ``set_tier_header`` and ``heading_tier``)."""

    def table(self, rows: list[Row], layout: str) -> None:
        norm = self.norm
        roles = None
        for row in rows:
            roles = header_roles([re.sub(r"\s+", "", norm[a:b]) for a, b in row.cells])
            if roles:
                break
        cells = [(r, a, b) for r in rows for a, b in r.cells if norm[a:b].strip()]
        if (roles is None and len(cells) >= 2 and (self.state.in_list or self.state.units_left)
                and all(bare_unit(norm[a:b]) for _, a, b in cells)):
            # no header and nothing but units in every cell: a grid of units (示范党支部（6个） over a 2-column table)
            for r, a, b in cells:
                lead = len(norm[a:b]) - len(norm[a:b].lstrip())
                self.add_unit(r.block, a + lead, a + len(norm[a:b].rstrip()), layout + ":units")
            return
        if roles is None and rows and all(len(r.cells) >= 2 for r in rows):
            # no header: a unit/title table, maybe after a column of numbers (1 | UNIT | TITLE, 1. | UNIT：TITLE)
            lead = 1 if all(rank_of(norm, r.cells[0]) is not None for r in rows) else 0
            first = rows[0].cells[lead:]
            if len(first) == 1 and lead and split_combined(norm, first[0]):
                roles = ["rank", "title"]
            elif len(first) >= 2 and unit_like(norm[slice(*first[0])]):
                roles = ["rank"] * lead + ["subject", "title"] + [""] * (len(first) - 2)
            elif len(first) >= 2 and unit_like(norm[slice(*first[-1])]):
                roles = ["rank"] * lead + ["title"] * (len(first) - 1) + ["subject"]
            else:
                roles = _column_roles(norm, rows)
            if roles is not None:
                tiers = _tier_columns(norm, rows)
                roles = [("tier" if k in tiers else r) for k, r in enumerate(roles)]
        last_tier_cell = None
        last_category = ""
        last_region: tuple[int, int] | None = None
        last_parent: tuple[int, int] | None = None
        for ev in read_rows(norm, rows, roles):
            kind, row = ev[0], ev[1]
            if kind == "header":
                self.claimed.add(row.block)
                self.state.in_list = True
            elif kind == "section":
                what, value, at = ev[2], ev[3], ev[4]
                if what == "tier":
                    self.set_tier_header(row.block, value, at)
                elif what == "category":
                    self.state.set_tier(None, -1, value)
                elif what == "competition":
                    comp = competition_of(value.name, self.ctx.place, self.ctx.competition.organisers, False)
                    same = comp.key == self.state.competition.key
                    self.state.competition = comp
                    self.state.edition, self.state.year = value.edition, value.year or self.ctx.year
                    self.heading_tier(norm[row.start : row.end], row.start, same)
                    self.headers.append(("", at, None, len(self.drafts)))  # a new competition ends the tier's count
                self.claimed.add(row.block)
            elif kind == "entry":
                f, more = ev[2], ev[3]
                subj = f.get("subject")
                title = f.get("title")
                if title is not None and subj is None:
                    both = split_combined(norm, title)
                    if both:
                        subj, title = both
                    elif bare_unit(norm[slice(*title)]):  # 小区名称: a "name" column that holds units
                        subj, title = title, (title[1], title[1])
                elif subj is not None and title is None:
                    both = split_combined(norm, subj)
                    if both:
                        subj, title = both
                subj = subj or ((title[0], title[0]) if title else (row.start, row.start))
                title = title or (subj[1], subj[1])
                tier = tier_at = None
                row_comp = None
                if "tier" in f:
                    tt = re.sub(r"\s+", "", norm[slice(*f["tier"])])
                    found = rules().find_tier(tt, last=True)
                    label = found[2].label if found else tt
                    cat = tt[: found[0]] if found else ""
                    if cat and not cat.endswith(("类", "组", "赛道", "领域")):
                        if rules().comp_topic.search(cat) and len(cat) >= 6:  # 获奖情况: 辽宁省城市基层党建创新案例一等奖
                            row_comp = cat
                        cat = ""
                    tier, tier_at = rules().tier(label), f["tier"][0]
                    last_tier_cell = (tier, tier_at, cat)
                elif roles and "tier" in roles and last_tier_cell:
                    tier, tier_at, _ = last_tier_cell  # a merged tier cell covers the rows below it
                cat = None
                if "category" in f and tier is None:  # a 类别 column holding tier words (示范点/培育点) is the tier
                    cw = re.sub(r"\s+", "", norm[slice(*f["category"])])
                    found = rules().find_tier(cw, last=True)
                    if found and found[0] == 0 and len(found[2].label) == len(cw) and found[2].known:
                        tier, tier_at = found[2], f["category"][0]
                        f = {k: v for k, v in f.items() if k != "category"}
                if "category" in f:
                    cat = last_category = re.sub(r"\s+", "", norm[slice(*f["category"])])
                elif last_tier_cell and tier is last_tier_cell[0] and last_tier_cell[2]:
                    cat = last_tier_cell[2]
                elif roles and "category" in roles and last_category:
                    cat = last_category  # a category cell merged down over the rows below it
                if "edition" in f:  # 届次 第一届（2020年） / 年度 2023年度: this row's edition (merged cells: the rows below)
                    self.row_edition(norm[slice(*f["edition"])])
                if not self.add(row.block, subj, title, (row.start, row.end), layout, rank_of(norm, f.get("rank")),
                                tier, -1 if tier_at is None else tier_at, cat):
                    continue  # (a tally's count, a signature row: no entry)
                if more:
                    self.drafts[-1].more = {k: v for k, v in more.items() if k in ("subject", "title")}
                if "region" in f and place_like(norm[slice(*f["region"])]):
                    self.drafts[-1].place = last_region = f["region"]  # a 所在区县 column: the entry's context place
                elif roles and "region" in roles and last_region and "region" not in f:
                    self.drafts[-1].place = last_region  # a region cell merged down over the rows below it
                if "parent" in f:
                    last_parent = f["parent"]
                if roles and "parent" in roles and last_parent and self.drafts[-1].place is None \
                        and place_like(norm[slice(*last_parent)]):
                    self.drafts[-1].place = last_parent  # 河北冀通…集团有限公司 | 冀通交投…党委: the company's place
                if row_comp:
                    self.drafts[-1].competition = competition_of(series_name(row_comp), self.ctx.place,
                                                          self.ctx.competition.organisers, False)
                    self.drafts[-1].edition = None
            else:
                self.unread_in_list.append(row.block)

    def row_edition(self, cell: str) -> None:
        """A cumulative table's edition cell: 第一届（2020年） → edition 1, year 2020; 2023年度 → year 2023 (no ordinal).
        A cell naming neither (a merged cell read blank, 合计) leaves the edition of the rows above."""
        r = rules()
        em, ym = r.edition.search(cell), r.year.search(cell)
        if em is None and ym is None:
            return
        st = self.state
        st.edition = edition_number(em)
        st.year = int(ym.group("y")) if ym else None

    def text_table(self, start: int) -> int:
        """A flattened text table from block ``start``; returns the index after it (== start: none)."""
        norm = self.norm
        i = start
        b = self.blocks[i]
        ls = norm.rfind("\n", 0, b.start) + 1
        lines = [(ls, b.start, b.end)]
        cells = text_table_rows(norm, lines)[0]
        if len(cells) < 2 or header_roles([norm[a:e] for _, a, e in cells]) is None:
            return start
        cols = [c for c, _, _ in cells]
        tabbed = "\t" in norm[b.start : b.end]
        rows: list[Row] = [Row(tuple((a, e) for _, a, e in cells), i, b.start, b.end)]
        j = i + 1
        while j < len(self.blocks) and j not in self.skip and self.blocks[j].kind in ("paragraph", "list_item"):
            bj = self.blocks[j]
            ls = norm.rfind("\n", 0, bj.start) + 1
            cj = text_table_rows(norm, [(ls, bj.start, bj.end)])[0]
            if not cj:
                break
            if len(cj) == 1 and (rules().tier_header.match(norm[bj.start : bj.end])
                                 or rules().category_header.match(norm[bj.start : bj.end])):
                rows.append(Row(((bj.start, bj.end),), j, bj.start, bj.end))  # a section line: 一等奖
                j += 1
                continue
            if len(cj) == 1 and cj[0][0] == 0 and rows and len(rows) > 1 and not norm[bj.start].isdigit():
                # a line with no indent (a PDF drops it): the end of a wrapped cell when it completes the row's
                # unit (徐州经济技术开发区大黄山 / 街道党工委), or short words going on with its title (的党建密码)
                k = _wrapped_into(norm, rows[-1], header_roles([norm[a:e] for a, e in rows[0].cells]) or [], norm[bj.start:bj.end])
                if k is None:
                    break
                prev = rows[-1]
                more = [list(m) for m in prev.more] if prev.more else [[] for _ in prev.cells]
                more[k].append((bj.start, bj.end))
                rows[-1] = Row(prev.cells, prev.block, prev.start, bj.end, tuple(tuple(m) for m in more))
                self.claimed.add(j)
                j += 1
                continue
            if tabbed and len(cj) == len(cols) and "\t" in norm[bj.start : bj.end]:
                aligned = list(range(len(cols)))  # cells apart by tabs: their order, not their printed columns
            else:
                aligned = [min(range(len(cols)), key=lambda k: abs(cols[k] - c)) for c, _, _ in cj]
            if len(cj) >= max(2, len(cols) - 1) and cj[0][0] <= cols[0] + 2:
                slots: list[tuple[int, int]] = [(bj.start, bj.start)] * len(cols)
                for k, (_, a, e) in zip(aligned, cj):
                    slots[k] = (a, e) if slots[k][0] == slots[k][1] else (slots[k][0], e)
                rows.append(Row(tuple(slots), j, bj.start, bj.end))
            elif len(rows) > 1 and len(rows[-1].cells) > 1:  # a long cell wrapped onto this line
                prev = rows[-1]
                more = [list(m) for m in prev.more] if prev.more else [[] for _ in prev.cells]
                for k, (_, a, e) in zip(aligned, cj):
                    if k < len(more):
                        more[k].append((a, e))
                rows[-1] = Row(prev.cells, prev.block, prev.start, bj.end, tuple(tuple(m) for m in more))
                self.claimed.add(j)
            else:
                break
            j += 1
        if len(rows) < 2:
            return start
        self.table(rows, "text-table")
        for k in range(start, j):
            self.claimed.add(k)
        return j


def _wrapped_into(norm: str, row: Row, roles: list, line: str) -> int | None:
    """The column of ``row`` a short unindented line continues, or None when it is no continuation: the unit
    when the unit does not end like an organisation and goes on to one with the line; else the title, when
    the line is a few words without a full stop, a colon or a number."""
    if not roles or len(row.cells) != len(roles) or len(line) > 16 or re.search(r"[。：:\d]", line):
        return None
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", line):
        return None  # -- (an e-mail's signature line), ——, ……: no words to continue a cell with
    if "subject" in roles:
        k = roles.index("subject")
        unit = norm[slice(*row.cells[k])]
        if unit and not unit_like(unit) and unit_like(unit + line):
            return k
    if "title" in roles:
        k = roles.index("title")
        if row.cells[k][1] > row.cells[k][0] and not unit_like(line) and not rules().tier_words.search(line):
            return k
    return None


def _tier_columns(norm: str, rows: list[Row]) -> set[int]:
    """Columns of a header-less table whose every cell is a tier word (一等奖, 十佳): the tier column."""
    n = min(len(r.cells) for r in rows)
    r = rules()
    out = set()
    for k in range(n):
        vals = [re.sub(r"\s+", "", norm[slice(*row.cells[k])]) for row in rows]
        if all(v and (m := r.find_tier(v)) and m[2].known and m[1] - m[0] == len(v) for v in vals):
            out.add(k)
    return out


def _column_roles(norm: str, rows: list[Row]) -> list[str] | None:
    """A header-less table's columns from their cells (cards: TITLE | UNIT | TIER): the column whose cells are
    mostly units is the unit, the other column of text the title, a column of tier words the tier."""
    n = min(len(r.cells) for r in rows)
    tiers = _tier_columns(norm, rows)
    units = [k for k in range(n) if k not in tiers
             and sum(unit_like(norm[slice(*row.cells[k])]) for row in rows) * 4 >= len(rows) * 3]
    rest = [k for k in range(n) if k not in tiers and k not in units]
    if len(units) != 1 or len(rest) != 1:
        return None
    return ["subject" if k in units else "title" if k in rest else "tier" if k in tiers else "" for k in range(n)]
