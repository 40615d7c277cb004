"""Blocks → award entries: one pass over a document's content blocks in reading order.

The pass keeps a :class:`~kg.layouts.model.State` (competition, edition,
tier, category) that headers change, and offers every other block to the
recognisers in a fixed order; the first that explains a block claims it:

1. a competition header (第五届…评选结果) switches the competition and edition;
2. a tier header (一等奖（5个）, 党建赋能类三等奖, 二、优秀案例) or a category header;
3. a table (rows of one table) or a flattened text table (a header line of column words);
4. a numbered entry (1. 1、 (1) （一） 一、 ① 第1名), several glued in one paragraph included;
5. a sentence list or a run of 《…》 entries;
6. inside a list, an unnumbered ``UNIT:TITLE`` / ``UNIT《TITLE》`` line.

Blocks nobody claims are returned so the caller can report them.
"""

from __future__ import annotations

import re

from ..model import Block
from .context import DocContext, competition_header, competition_of, series_name
from .items import place_like, split_item, title_like, unit_like
from .model import Draft, State
from .rules import numeral, rules
from .glued import continues, glued_runs
from .sentences import read_sentences
from .tables import Row, header_roles, read_rows, split_combined, text_table_rows, rank_of

__all__ = ["scan"]

_MAX_ITEM = 160


def _section_words() -> re.Pattern[str]:
    from ..config import load_toml

    words = sorted(load_toml("parse.toml")["sections"], key=len, reverse=True)
    return re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[(（][一二三四五六七八九十\d]+[)）])?\s*(?:" + "|".join(map(re.escape, words)) + ")")


_SECTION = _section_words()


_DATE_ONLY = re.compile(r"^[\s(（]*(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*(?:\d{1,2}\s*日?)?[\s)）]*$")


def _plausible(text: str, subj: tuple[int, int], title: tuple[int, int], form: str) -> bool:
    s, t = text[slice(*subj)], text[slice(*title)]
    if _DATE_ONLY.match(t) or s.startswith(("(", "（")):
        return False  # a signature line: "（长沙市委组织部　2022年12月20日）"
    if not (2 <= len(t) <= 100) and not (form == "unit-only" and not t):
        return False
    if "。" in t.rstrip("。")[:-1] and len(t) > 60:
        return False
    if s and (len(s) > 40 or "。" in s):
        return False
    if form in ("colon", "unit-marks", "unit-only", "unit-dash-title", "unit-gap-title"):
        return bool(s) and (unit_like(s) or place_like(s))
    return True


def _unit_evidence(text: str, subj: tuple[int, int]) -> bool:
    s = text[slice(*subj)]
    return bool(s) and (unit_like(s) or place_like(s))


class _Scanner:
    def __init__(self, norm: str, blocks: tuple[Block, ...], skip: set[int], ctx: DocContext):
        self.norm = norm
        self.blocks = blocks
        self.skip = skip
        self.ctx = ctx
        opens = ctx.header is not None and ctx.header.start >= 0 and bool(
            rules().results.search(norm[ctx.header.start : ctx.header.end]))
        self.state = State(ctx.competition, ctx.header.edition if ctx.header else None, ctx.year, in_list=opens)
        if ctx.tier:  # "…优秀案例名单": the list's tier when no tier header follows
            self.state.tier, self.state.tier_at = rules().tier(ctx.tier[0]), ctx.tier[1]
        self.drafts: list[Draft] = []
        self.claimed: set[int] = set()
        self.unread_in_list: list[int] = []
        self.tier_counts: list[tuple[State, int]] = []  # (tier state snapshot, drafts before it)
        self.headers: list[tuple[str, int, int | None, int]] = []  # (tier label, at, announced, first draft index)
        self.glued_next = 0  # the next bare number of a glued run that may go on in the next block

    # -- helpers -----------------------------------------------------------
    def text(self, i: int) -> str:
        b = self.blocks[i]
        return self.norm[b.start : b.end]

    def add(self, i: int, subj, title, span, layout: str, rank: int | None, tier=None, tier_at=-1, category=None):
        st = self.state
        self.drafts.append(Draft(
            subject=subj, title=title, span=span, layout=layout, competition=st.competition, edition=st.edition,
            year=st.year, tier=tier if tier is not None else st.tier, tier_at=tier_at if tier is not None else st.tier_at,
            category=category if category else st.category, rank=rank, block=i,
        ))
        self.claimed.add(i)

    def set_tier_header(self, i: int, m: re.Match, base: int) -> None:
        r = rules()
        tier = r.tier(m.group("tier"))
        count = int(m.group("count")) if m.group("count") else None
        cat = m.group("category")
        self.state.set_tier(tier, base + m.start("tier"), cat if cat is not None else self.state.category, count)
        self.headers.append((tier.label, base + m.start("tier"), count, len(self.drafts)))
        self.claimed.add(i)

    # -- recognisers -------------------------------------------------------
    def header(self, i: int) -> bool:
        t = self.text(i)
        b = self.blocks[i]
        r = rules()
        m = r.tier_header.match(t)
        if m and len(t) <= 40:
            self.set_tier_header(i, m, b.start)
            return True
        cm = r.category_header.match(t)
        if cm and len(t) <= 24 and not r.numbering.match(t) or (cm and self.state.in_list and len(t) <= 24):
            self.state.category = cm.group("category")
            self.state.set_tier(None, -1, cm.group("category"))
            self.claimed.add(i)
            return True
        h = competition_header(t, b.start)
        if h and (b.kind == "heading" or (len(t) <= 50 and "，" not in t)):
            st = self.state
            if self.ctx.header is None or (h.start != self.ctx.header.start):
                st.competition = competition_of(h.name, self.ctx.place, self.ctx.competition.organisers, False)
                st.edition = h.edition
                st.year = h.year or self.ctx.year
                st.set_tier(None, -1, "")
            st.in_list = bool(r.results.search(t))
            self.claimed.add(i)
            return True
        return False

    def closes_list(self, i: int) -> bool:
        """Prose or a narrative section heading ends the list being read."""
        t = self.text(i)
        r = rules()
        if len(t) >= r.prose_min and "。" in t and "《" not in t:
            return True
        return bool(_SECTION.match(t))

    def numbered(self, i: int) -> bool:
        r = rules()
        b = self.blocks[i]
        t = self.text(i)
        m = r.numbering.match(t)
        if not m:
            return False
        key = next(k for k, v in m.groupdict().items() if v is not None)
        num = numeral(m.group(key))
        # several entries glued in one paragraph: "1.A:X 2.B:Y"
        starts = [(0, m.end(), num)]
        if key in ("arabic", "circled") and num is not None:
            expect = num + 1
            for im in r.inner_number.finditer(t, m.end()):
                if numeral(im.group("num")) == expect:
                    starts.append((im.start("num"), im.end(), expect))
                    expect += 1
        if key == "circled":
            for k in range(m.end(), len(t)):
                v = numeral(t[k])
                if t[k] in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳" and v == starts[-1][2] + 1:
                    starts.append((k, k + 1, v))
        got = []
        for k, (ns, body, n) in enumerate(starts):
            end = starts[k + 1][0] if k + 1 < len(starts) else len(t)
            if end - body > _MAX_ITEM:
                return False
            piece = t[body:end]
            if not self.state.in_list and len(starts) == 1 and not ("《" in piece or title_like(piece)):
                return False
            sents = read_sentences(self.norm, b.start + body, b.start + end, True) if ("《" in piece and "、" in piece) else []
            if len(sents) > 1:
                for subj, title, form, tier, tier_at, cat in sents:
                    got.append((subj, title, (subj[0] if subj[1] > subj[0] else title[0] - 1, title[1] + 1), "numbered+" + form, None, tier, tier_at, cat))
                continue
            it = split_item(self.norm, b.start + body, b.start + end)
            if it is None:
                return False
            if not _plausible(self.norm, it.subject, it.title, it.form):
                return False
            if not self.state.in_list and not (_unit_evidence(self.norm, it.subject) and it.form != "admin-split"):
                return False
            tier = tier_at = None
            if it.tier:
                tier, tier_at = rules().tier(self.norm[slice(*it.tier)]), it.tier[0]
            span = (min(it.subject[0], it.title[0]) if it.subject[1] > it.subject[0] else it.title[0], max(it.subject[1], it.title[1]))
            got.append((it.subject, it.title, span, "numbered:" + it.form, n, tier, tier_at, None))
        if not got:
            return False
        for subj, title, span, layout, n, tier, tier_at, cat in got:
            self.add(i, subj, title, span, layout, n, tier, -1 if tier_at is None else tier_at, cat)
        return True

    def glued(self, i: int) -> bool:
        """Bare numbers glued to subjects: 最佳案例(共5个)1黑龙江鸡西:…2浙江温岭:…"""
        b = self.blocks[i]
        start = self.glued_next if self.glued_next and continues(self.norm, b.start, b.end, self.glued_next) else 0
        runs = glued_runs(self.norm, b.start, b.end, start - 1 if start else 0)
        if not runs:
            self.glued_next = 0
            return False
        r = rules()
        for word, at, n, items in runs:
            if word is not None:
                tier = r.tier(word)
                self.state.set_tier(tier, at, None, n)
                self.headers.append((tier.label, at, n, len(self.drafts)))
            for rank, body, stop in items:
                it = split_item(self.norm, body, stop)
                if it is None or it.form != "colon":
                    continue
                self.add(i, it.subject, it.title, (it.subject[0], it.title[1]), "glued", rank)
            self.glued_next = items[-1][0] + 1
        self.claimed.add(i)
        return True

    def sentences(self, i: int) -> bool:
        b = self.blocks[i]
        t = self.text(i)
        r = rules()
        lead = r.tier_lead.match(t)
        if "《" not in t and not r.award_verb.search(t) and not (lead and r.tier_words.search(lead.group("tier"))):
            return False
        found = read_sentences(self.norm, b.start, b.end, self.state.in_list)
        if not found:
            return False
        for subj, title, form, tier, tier_at, cat in found:
            if not _plausible(self.norm, subj, title, form):
                continue
            a = subj[0] if subj[1] > subj[0] else title[0]
            e = max(subj[1], title[1])
            if form in ("marks", "unit-marks", "marks-colon"):
                e = min(b.end, e + 1) if self.norm[e : e + 1] in "》〉" else e
            self.add(i, subj, title, (a, e), "sentence:" + form, None, tier, tier_at, cat)
        return i in self.claimed

    def loose(self, i: int) -> bool:
        """Inside a list, an unnumbered line that is one entry."""
        if not self.state.in_list:
            return False
        b = self.blocks[i]
        if b.end - b.start > _MAX_ITEM or self.norm[b.start : b.end].rstrip().endswith((":", "：")):
            return False  # a salutation or a lead-in ("各县（市、区）委组织部：", "名单如下：")
        whole = self.norm[b.start : b.end].strip()
        if "《" not in whole and "“" not in whole and (unit_like(whole) or place_like(whole)) and self.pair(i):
            return True
        it = split_item(self.norm, b.start, b.end)
        if it is not None and it.form == "title-only" and self.pair(i):
            return True
        if it is None or it.form in ("title-only", "admin-split"):
            return False
        if not _plausible(self.norm, it.subject, it.title, it.form) or not it.subject[1] > it.subject[0]:
            return False
        if not unit_like(self.norm[slice(*it.subject)]) and it.form not in ("marks-colon", "unit-marks", "colon"):
            return False
        tier = rules().tier(self.norm[slice(*it.tier)]) if it.tier else None
        self.add(i, it.subject, it.title, (b.start, b.end), "line:" + it.form, None, tier, it.tier[0] if it.tier else -1)
        return True

    def pair(self, i: int) -> bool:
        """A unit on a line of its own and its title on the next (■ 长沙市岳麓区妇联 / ◆ 《…》)."""
        b = self.blocks[i]
        unit = self.norm[b.start : b.end].strip()
        j = i + 1
        while j < len(self.blocks) and (self.blocks[j].kind == "furniture" or not self.norm[self.blocks[j].start : self.blocks[j].end].strip()):
            j += 1
        if j >= len(self.blocks) or j in self.skip or not (unit_like(unit) or place_like(unit)):
            return False
        nb = self.blocks[j]
        it = split_item(self.norm, nb.start, nb.end)
        if it is None or it.form not in ("marks", "marks-colon", "title-only") or not title_like(self.norm[slice(*it.title)]):
            return False
        if it.form == "marks-colon":  # a title of its own holding a colon: 《“家门口”的妇女微家：把党的声音…》
            it = type(it)((it.subject[0], it.subject[0]), (it.subject[0], it.title[1]), "marks", it.tier)
        nt = self.norm[nb.start : nb.end].strip()
        if unit_like(nt) or rules().tier_header.match(nt) or nb.end - nb.start > _MAX_ITEM:
            return False
        a = b.start + (len(self.norm[b.start : b.end]) - len(self.norm[b.start : b.end].lstrip()))
        self.add(i, (a, a + len(unit)), it.title, (a, nb.end), "pair:" + it.form, None)
        self.claimed.add(j)
        self.skip.add(j)
        return True

    # -- tables --------------------------------------------------------------
    def table(self, rows: list[Row], layout: str) -> None:
        norm = self.norm
        roles = None
        for row in rows:
            roles = header_roles([re.sub(r"\s+", "", norm[a:b]) for a, b in row.cells])
            if roles:
                break
        if roles is None and rows and all(len(r.cells) >= 2 for r in rows):
            # no header: a two-column unit/title table
            first = rows[0].cells
            if unit_like(norm[slice(*first[0])]):
                roles = ["subject", "title"] + [""] * (len(first) - 2)
            elif unit_like(norm[slice(*first[-1])]):
                roles = ["title"] * (len(first) - 1) + ["subject"]
        last_tier_cell = None
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
                    self.state.competition = competition_of(value.name, self.ctx.place, self.ctx.competition.organisers, False)
                    self.state.edition, self.state.year = value.edition, value.year or self.ctx.year
                    self.state.set_tier(None, -1, "")
                self.claimed.add(row.block)
            elif kind == "entry":
                f, more = ev[2], ev[3]
                subj = f.get("subject")
                title = f.get("title")
                if title is not None and subj is None:
                    both = split_combined(norm, title)
                    if both:
                        subj, title = both
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
                if "category" in f:
                    cat = re.sub(r"\s+", "", norm[slice(*f["category"])])
                elif last_tier_cell and tier is last_tier_cell[0] and last_tier_cell[2]:
                    cat = last_tier_cell[2]
                self.add(row.block, subj, title, (row.start, row.end), layout, rank_of(norm, f.get("rank")),
                         tier, -1 if tier_at is None else tier_at, cat)
                if more:
                    self.drafts[-1].more = {k: v for k, v in more.items() if k in ("subject", "title")}
                if row_comp:
                    self.drafts[-1].competition = competition_of(series_name(row_comp), self.ctx.place,
                                                          self.ctx.competition.organisers, False)
                    self.drafts[-1].edition = None
            else:
                self.unread_in_list.append(row.block)

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
                break
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

    # -- the pass ------------------------------------------------------------
    def run(self) -> None:
        i = 0
        n = len(self.blocks)
        while i < n:
            b = self.blocks[i]
            if i in self.skip or b.kind == "furniture":
                i += 1
                continue
            if b.kind == "table_row":
                j = i
                while j < n and self.blocks[j].kind == "table_row" and self.blocks[j].table == b.table:
                    j += 1
                rows = [Row(tuple((c.start, c.end) for c in self.blocks[k].cells), k, self.blocks[k].start, self.blocks[k].end)
                        for k in range(i, j) if k not in self.skip]
                self.table(rows, "table")
                i = j
                continue
            nxt = self.text_table(i)
            if nxt > i:
                i = nxt
                continue
            if self.glued(i):
                i += 1
                continue
            if self.closes_list(i):
                self.state.set_tier(None, -1, "")
                self.state.in_list = False
                i += 1
                continue
            if not (self.header(i) or self.numbered(i) or self.sentences(i) or self.loose(i)):
                if self.state.in_list and self.drafts and ("《" in self.text(i) or rules().numbering.match(self.text(i))):
                    self.unread_in_list.append(i)
            i += 1


def scan(norm: str, blocks: tuple[Block, ...], skip: set[int], ctx: DocContext) -> _Scanner:
    s = _Scanner(norm, blocks, skip, ctx)
    s.run()
    return s
