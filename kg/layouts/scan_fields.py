"""Field records inside the block pass: entries printed as groups of ``LABEL：VALUE`` lines.

A mixin of :class:`kg.layouts.scan._Scanner`. Each entry is a run of consecutive
lines such as::

    1. 单位名称：某某街道党工委
       案例名称：“红色议事厅”破解老旧小区治理难题

A line's label decides its field the way a table's header word decides a column
(the ``[table]`` words of schema/layouts.toml, plus the ``[fields]`` extras): the
unit, the title, the tier (获奖等次：一等奖), the region (所在地区：, the entry's context
place) or the category; other labels (联系人：) stay inside the record's span. A new
record starts at a printed number, after a blank line, or where a field the record
already has comes again. A record is an entry when it has a unit and a title; records
with a unit only are entries when two or more of them, under one label, follow a
tier header (a list of units). A notice's 联系人：/联系电话： lines, or one 主办单位： line
in a lead, are no records.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .items import bare_unit, line_unit, place_like, title_like, unit_like
from .rules import numeral, rules

__all__ = ["FieldReader", "field_role"]

_MAX_VALUE = 160  # a value longer than this is prose


@functools.cache
def _cfg() -> tuple[re.Pattern[str], re.Pattern[str], tuple[re.Pattern[str], ...], tuple[tuple[str, re.Pattern[str]], ...]]:
    """(label, a label after another field on the same line, labels of no field, extra role words) from ``[fields]``."""
    from ..config import load_toml

    f = load_toml("layouts.toml").get("fields", {})
    label = re.compile(f["label"])
    after = re.compile(r"(?:\s+|[;；]\s*)(?=" + f["label"] + ")")
    return (label, after, tuple(re.compile(p) for p in f.get("not_field", [])),
            tuple((k, re.compile(v)) for k, v in f.get("roles", {}).items()))


@functools.cache
def field_role(label: str) -> str:
    """The field a record line's label names ("" when it names none).

    >>> field_role("单位名称"), field_role("案例名称"), field_role("所属县（市、区）"), field_role("联系人")
    ('subject', 'title', 'region', '')
    """
    c = re.sub(r"[\s()（）]+", "", label)
    if not c or len(c) > 8 or any(ch.isdigit() for ch in c):
        return ""
    _, _, not_field, roles = _cfg()
    if any(p.search(c) for p in not_field):
        return ""
    for name, pat in roles:
        if pat.search(c):
            return name
    t = rules().table
    for name in ("rank", "tier", "category", "region", "note", "subject", "title"):
        m = t[name].search(c)
        if m and (m.end() - m.start()) * 2 >= len(c):  # the label is a field word, not a value
            return name
    return ""


@dataclass
class _Record:
    start: int
    end: int
    blocks: list[int]
    rank: int | None = None
    fields: dict[str, tuple[int, int]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)


class FieldReader:
    """Field-record lists for the block scanner (needs ``norm``, ``blocks``, ``skip``, ``state``,
    ``claimed``, ``drafts``, ``unread_in_list`` and ``add``)."""

    def field_line(self, i: int) -> tuple[int | None, list[tuple[str, str, int, int]]] | None:
        """Block ``i`` as (printed number, [(role, label, value start, value end)]), or None when it is no field line."""
        b = self.blocks[i]
        if b.kind not in ("paragraph", "list_item") or i in self.skip:
            return None
        t = self.norm[b.start : b.end]
        r = rules()
        rank = None
        pos = 0
        m = r.numbering.match(t)
        if m:
            key = next(k for k, v in m.groupdict().items() if v is not None)
            rank, pos = numeral(m.group(key)), m.end()
        label_re, after, _, _ = _cfg()
        lm = label_re.match(t, pos)
        if not lm:
            return None
        starts = [lm]
        # several fields on one line, apart by spaces or a semicolon: 单位名称：甲　案例名称：乙
        for nm in after.finditer(t[lm.end():]):
            m2 = label_re.match(t, lm.end() + nm.end())
            if m2 and field_role(m2.group(1)):
                starts.append(m2)
        out = []
        for k, sm in enumerate(starts):
            stop = starts[k + 1].start() if k + 1 < len(starts) else len(t)
            val = t[sm.end() : stop]
            a = sm.end() + (len(val) - len(val.lstrip()))
            e = sm.end() + len(val.rstrip(" \t\u3000;；。"))
            if e - a > _MAX_VALUE or (not field_role(sm.group(1)) and "。" in t[a:e]):
                return None  # prose with a colon (经研究决定：…。) is no field line
            out.append((field_role(sm.group(1)), sm.group(1), b.start + a, b.start + e))
        return rank, out

    def records_at(self, start: int) -> tuple[list[_Record], int]:
        """The run of field lines from block ``start`` split into records, and the index after the run."""
        recs: list[_Record] = []
        j = start
        while j < len(self.blocks):
            if self.blocks[j].end <= self.blocks[j].start:
                j += 1
                continue
            got = self.field_line(j)
            if got is None:
                break
            rank, fs = got
            b = self.blocks[j]
            if j == start and not fs[0][0]:
                break  # a run starts at a known field (联系人：… alone is no record)
            prev_end = recs[-1].end if recs else b.start
            gap = "\n" in self.norm[prev_end : b.start].replace("\n", "", 1)  # a blank line between
            roles = {r for r, _, _, _ in fs if r}
            cur = recs[-1] if recs else None
            if cur is None or rank is not None or gap or roles & set(cur.fields):
                if not roles:
                    break  # 联系人：… / 联系电话：… after the records: a notice's trailing matter, not a record
                cur = _Record(b.start, b.end, [], rank)
                recs.append(cur)
            cur.end = b.end
            cur.blocks.append(j)
            for role, label, a, e in fs:
                if role and role not in cur.fields and e > a:
                    cur.fields[role] = (a, e)
                    cur.labels[role] = label
            j += 1
        return recs, j

    def _entry_record(self, rec: _Record) -> bool:
        s, t = rec.fields.get("subject"), rec.fields.get("title")
        if s is None:
            return False
        sv = self.norm[slice(*s)]
        if len(sv) > 40 or any(ch in sv for ch in "。，；") or not (unit_like(sv) or place_like(sv)):
            return False
        return t is None or 2 <= t[1] - t[0] <= 100

    def _draft_above(self, i: int):
        """The entry read from the block right above block ``i``, or None."""
        if self.drafts and self.drafts[-1].block == self.neighbour(i, -1):
            return self.drafts[-1]
        return None

    def _join_below(self, d, i: int, layout: str) -> bool:
        """Block ``i`` completes entry ``d``: its span grows over it and the block is claimed."""
        d.span = (d.span[0], max(d.span[1], self.blocks[i].end))
        d.layout = layout
        self.claimed.add(i)
        return True

    def entry_fields(self, i: int) -> bool:
        """Field lines right under an entry that lacks those fields: ``1.《TITLE》`` then ``申报单位：UNIT`` (and
        ``所在地区：``/``获奖等次：`` lines) complete that entry."""
        d = self._draft_above(i)
        got = self.field_line(i) if d is not None else None
        if got is None or got[0] is not None:
            return False
        fs = [(role, a, e) for role, _, a, e in got[1] if role and e > a]
        if not fs or any(role not in ("subject", "region") for role, _, _ in fs):
            return False
        for role, a, e in fs:
            v = self.norm[a:e]
            if role == "subject" and (d.subject[1] > d.subject[0] or not (unit_like(v) or place_like(v)) or len(v) > 40):
                return False
            if role == "region" and (d.place is not None or not place_like(v)):
                return False
        for role, a, e in fs:
            if role == "subject":
                d.subject = (a, e)
            else:
                d.place = (a, e)
        return self._join_below(d, i, d.layout + "+fields")

    def title_line(self, i: int) -> bool:
        """A line that is only a book title (《TITLE》), or a title opening with quotes (“X”Y), right under an entry
        printed as its unit alone (``1. UNIT`` / ``   《TITLE》``, ``① UNIT`` / ``“X”Y``): that entry's title."""
        d = self._draft_above(i)
        if d is None or d.title[1] > d.title[0] or not d.layout.endswith("unit-only"):
            return False
        b = self.blocks[i]
        m = re.fullmatch(r"\s*《([^《》]{2,100})》\s*[。；;]?\s*", self.norm[b.start : b.end])
        # (or a title in quotes and the words after them: ① UNIT / “车间里的党课”工匠育人计划)
        q = None if m else re.fullmatch(r"\s*(“[^“”]{2,40}”[^。，,；;：:“”《》]{0,30}?)\s*[。；;]?\s*", self.norm[b.start : b.end])
        if not (m or q) or (q and bare_unit(q.group(1))):
            return False
        d.title = (b.start + m.start(1), b.start + m.end(1)) if m else (b.start + q.start(1), b.start + q.end(1))
        return self._join_below(d, i, d.layout[: -len("unit-only")] + "unit-then-title-line")

    def unit_line(self, i: int) -> bool:
        """A line that is a unit alone right under a numbered entry with a title but no unit (``01 | “TITLE”`` /
        ``UNIT``, a WeChat post's card): that entry's unit."""
        d = self._draft_above(i)
        if d is None or not (d.subject[1] <= d.subject[0] < d.title[1]) or d.rank is None:
            return False
        unit = line_unit(self.norm, self.blocks[i].start, self.blocks[i].end)
        if unit is None:
            return False
        d.subject = unit
        return self._join_below(d, i, d.layout + "+unit-line")

    def fields(self, i: int) -> int:
        """Field records from block ``i``; returns the index after them (== i: none)."""
        recs, j = self.records_at(i)
        if not recs:
            return i
        for rec in recs:  # “TITLE” on its own line, then 申报单位：UNIT (a WeChat card): the line above is the title
            k = self.neighbour(rec.blocks[0], -1)
            if "subject" in rec.fields and "title" not in rec.fields and k >= 0 and k not in self.claimed:
                b = self.blocks[k]
                t = self.norm[b.start : b.end].strip()
                if 2 <= len(t) <= 60 and "。" not in t and (t[:1] in "“《\"" or title_like(t)) \
                        and not rules().tier_header.match(t) and ":" not in t and "：" not in t:
                    a = b.start + len(self.norm[b.start : b.end]) - len(self.norm[b.start : b.end].lstrip())
                    rec.fields["title"] = (a, a + len(t))
                    rec.start = b.start
                    rec.blocks.insert(0, k)
        good = [r for r in recs if self._entry_record(r)]
        full = [r for r in good if "title" in r.fields]
        st = self.state
        if full:
            if not (st.in_list or st.tier is not None or len(full) >= 2):
                return i  # one 单位名称/项目名称 pair outside a list (a form's head) is not an award entry
            good = full
        elif not (len(good) >= 2 and st.tier is not None and st.in_list
                  and len({r.labels["subject"] for r in good}) == 1 and all(len(r.fields) == 1 for r in good)):
            return i  # units alone only as a list under a tier header, all under one label (not 主办单位：/承办单位：)
        r = rules()
        for rec in recs:
            if rec not in good:
                if {"subject", "title"} & set(rec.fields):
                    self.unread_in_list.extend(rec.blocks)  # a record kg cannot read in a run it reads: reported
                continue
            subj = rec.fields["subject"]
            title = rec.fields.get("title", (subj[1], subj[1]))
            tier = tier_at = None
            cat = None
            if "tier" in rec.fields:
                tt = re.sub(r"\s+", "", self.norm[slice(*rec.fields["tier"])])
                found = r.find_tier(tt, last=True)
                tier, tier_at = r.tier(found[2].label if found else tt), rec.fields["tier"][0]
                pre = tt[: found[0]] if found else ""
                cat = pre if pre.endswith(("类", "组", "赛道", "领域")) else None
            if "category" in rec.fields:
                cat = re.sub(r"\s+", "", self.norm[slice(*rec.fields["category"])])
            layout = "fields" if "title" in rec.fields else "fields:unit-only"
            added = self.add(rec.blocks[0], subj, title, (rec.start, rec.end), layout, rec.rank, tier,
                             -1 if tier_at is None else tier_at, cat)
            reg = rec.fields.get("region")
            if added and reg and place_like(self.norm[slice(*reg)]):
                self.drafts[-1].place = reg  # 所在地区：某某区 — the entry's context place, as a region column
        for rec in recs:
            self.claimed.update(rec.blocks)
        st.in_list = True
        return j
