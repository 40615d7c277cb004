"""Blocks → award entries: one pass over a document's content blocks in reading order.

The pass keeps a :class:`~kg.layouts.model.State` (competition, edition,
tier, category) that headers change, and offers every other block to the
recognisers in a fixed order; the first that explains a block claims it:

1. a competition header (第五届…评选结果) switches the competition and edition;
2. a tier header (一等奖（5个）, 党建赋能类三等奖, 二、优秀案例), a category header, or a group
   header with a count (一、先进基层党组织（10个）) whose bare units follow;
3. a table (rows of one table) or a flattened text table (a header line of column words);
4. a numbered entry (1. 1、 (1) （一） 一、 ① 第1名), several glued in one paragraph included;
5. under a header with a count, a run of bare units (``A、B、C``);
6. a sentence list or a run of 《…》 entries;
7. inside a list, an unnumbered ``UNIT:TITLE`` / ``UNIT《TITLE》`` line, a unit line followed by its
   title line, or a bare unit the header's count still allows.

Blocks nobody claims are returned so the caller can report them. Headers are read by the
:class:`~kg.layouts.scan_headers.HeaderReader` mixin, tables by :class:`~kg.layouts.scan_tables.TableReader`,
bare units (lists without titles) by :class:`~kg.layouts.scan_units.UnitReader`, field records by
:class:`~kg.layouts.scan_fields.FieldReader`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block
from .context import DocContext, competition_header
from .glued import continues, glued_runs
from .items import ADDRESSEES, bare_unit, place_like, split_item, title_like, unit_like
from .model import Draft, State
from .rules import numeral, rules
from .scan_cards import CardReader
from .scan_fields import FieldReader
from .scan_headers import HeaderReader, style as _style
from .scan_tables import TableReader
from .scan_units import DATE_ONLY, MAX_ITEM, UnitReader
from .sentences import read_sentences
from .tables import Row

__all__ = ["scan"]


_BRACKET_PLACE = re.compile(r"^[【\[〔]\s*([\u4e00-\u9fff]{2,10})\s*[】\]〕]\s*")


_TRAILING_PLACE = re.compile(r"\s*[(（]\s*([\u4e00-\u9fff]{2,10}(?:省|市|区|县|旗|州|盟))\s*[)）]\s*")


def _plausible(text: str, subj: tuple[int, int], title: tuple[int, int], form: str) -> bool:
    s, t = text[slice(*subj)], text[slice(*title)]
    if DATE_ONLY.match(t) or s.startswith(("(", "（")):
        return False  # a signature line: "（长沙市委组织部　2022年12月20日）"
    if not (2 <= len(t) <= 100) and not (form == "unit-only" and not t):
        return False
    if form == "title-only" and t.rstrip().endswith(("。", "！", "!")):
        return False  # a numbered sentence (1. 各区要加强宣传推广。) is a point of a notice, not a title
    if "。" in t.rstrip("。")[:-1] and len(t) > 60:
        return False
    if s and (len(s) > 40 or "。" in s or "，" in s or "；" in s):
        return False  # a clause of prose, not a unit ("6个品牌获评示范品牌，其中甲镇的《…》")
    if ADDRESSEES.match(s):
        return False  # a salutation with the notice's first sentence after it: 各县（市、区）委组织部：现将…
    if rules().cited.search(t.strip("《》")):
        return False  # 按照集团党委《关于开展…的通知》要求: a document cited, not a case
    if form in ("colon", "unit-marks", "unit-only", "unit-dash-title", "unit-gap-title"):
        return bool(s) and (unit_like(s) or place_like(s))
    return True


def _unit_evidence(text: str, subj: tuple[int, int]) -> bool:
    s = text[slice(*subj)]
    return bool(s) and (unit_like(s) or place_like(s))


class _Scanner(HeaderReader, TableReader, UnitReader, FieldReader, CardReader):
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
        self.bare_cache: dict[int, bool] = {}  # block → is it a bare unit (see scan_units)
        self.label_cache: dict[int, bool] = {}  # block → is it a group label over units
        self.line_cache: dict[int, bool] = {}  # block → could it be a line of a list
        self.results_header = -1  # the block of the last competition header that announces results
        self.header_style = ""  # how the tier headers are numbered (一、 / （一） / 1.), once one is

    # -- helpers -----------------------------------------------------------
    def text(self, i: int) -> str:
        b = self.blocks[i]
        return self.norm[b.start : b.end]

    def add(self, i: int, subj, title, span, layout: str, rank: int | None, tier=None, tier_at=-1, category=None) -> bool:
        """Add a draft entry; False (nothing added) for what is no entry (a signature, a byline, a count)."""
        st = self.state
        r = rules()
        unit, name = self.norm[subj[0] : subj[1]], self.norm[title[0] : title[1]]
        if not unit and not re.search(r"[\u4e00-\u9fffA-Za-z]", name):
            return False  # a tally sheet's count (|3|) or a page number: no unit and no words, no entry
        if name and DATE_ONLY.match(name):
            return False  # 中共某市委组织部　2025年11月20日印: a signature and its date, not a unit and its title
        if (r.never_in_unit.search(unit) or r.never_title.match(unit) or r.never_title.match(name)
                or not unit and r.never_in_unit.search(name)):
            return False  # 某某机关党建2025-12-03 18:20 / 某县召开…推进会 / 电话：…: a byline, a headline or a contact, not an entry
        place = None
        pm = _TRAILING_PLACE.search(self.norm, subj[0], subj[1])
        if pm and pm.start() > subj[0] + 1 and pm.end() == subj[1] and place_like(pm.group(1)):
            subj, place = (subj[0], pm.start()), pm.span(1)  # 石梁镇石梁村党支部（柯城区）: the county is its place
        self.drafts.append(Draft(
            subject=subj, title=title, span=span, layout=layout, competition=st.competition, edition=st.edition,
            year=st.year, tier=tier if tier is not None else st.tier, tier_at=tier_at if tier is not None else st.tier_at,
            category=category if category else st.category, rank=rank, block=i,
        ))
        if place or st.place:
            self.drafts[-1].place = place or st.place
        st.units_left = max(0, st.units_left - 1)  # every entry counts against the header's announced number
        self.claimed.add(i)
        return True

    def numbered(self, i: int) -> bool:
        r = rules()
        b = self.blocks[i]
        t = self.text(i)
        m = r.numbering.match(t)
        if not m:
            return False
        key = next(k for k, v in m.groupdict().items() if v is not None)
        num = numeral(m.group(key))
        if r.group_lead.match(t):
            return False  # 二、示范党支部（2个）：A、B — a group and its members (read by units())
        if self.header_style and _style(t) == self.header_style and self.state.in_list and self.drafts:
            # 三、有关要求 after 一、一等奖 … 二、二等奖: a section in the headers' numbering that is not a header ends the list
            self.state.set_tier(None, -1, "")
            self.state.in_list = False
            self.claimed.add(i)
            return True
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
            if end - body > MAX_ITEM:
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
            if it.form in ("title-only", "admin-split") and bare_unit(piece) and (self.state.in_list or self.state.units_left):
                ua = b.start + body + (len(piece) - len(piece.lstrip()))
                ub = b.start + body + len(piece.rstrip(" \t\u3000。;；,，"))
                got.append(((ua, ub), (ub, ub), (ua, ub), "numbered:unit-only", n, None, None, None))
                continue
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

    def wrapped_title(self, i: int) -> bool:
        """A short line that finishes the title of the entry on the line above it, which stops half-way (…：海上运输线上的 /
        “流动党员之家”): the title ends on a linking word or leaves a quote or a book title open."""
        j = self.neighbour(i, -1)
        if j < 0 or not self.drafts or self.drafts[-1].block != j or self.drafts[-1].more:
            return False
        d = self.drafts[-1]
        title = self.norm[d.title[0] : d.title[1]].rstrip()
        t = self.text(i)
        line = t.strip(" \t\u3000")
        if not title or not line or len(line) > 40 or d.title[1] < self.blocks[j].end - 1 or rules().numbering.match(line):
            return False
        if not (rules().open_title.search(title) or title.count("“") > title.count("”") or title.count("《") > title.count("》")):
            return False
        if rules().tier_header.match(line) or rules().category_header.match(line) or competition_header(line):
            return False
        it = split_item(self.norm, self.blocks[i].start, self.blocks[i].end)
        if it is not None and it.form not in ("title-only", "admin-split") or bare_unit(line):
            return False  # 兴山县古夫镇：“昭君故里”乡风文明 is an entry of its own
        b = self.blocks[i]
        a = b.start + t.index(line[0])
        d.more = {"title": [(a, a + len(line))]}
        self.claimed.add(i)
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
        if b.kind == "heading" and re.search(r"等\s*(?:\d{1,4}|[一二三四五六七八九十百两]{1,4})\s*(?:个|家|名|项)", t):
            return False  # A等10个单位获评X: a headline summing up the winners the page lists below it
        lead = r.tier_lead.match(t)
        st = self.state
        # a run of UNIT“TITLE” members under the list's tier heading
        run = (st.tier, st.tier_at) if st.in_list and st.tier is not None and "“" in t and re.search("[、；;]", t) else None
        if "《" not in t and not r.award_verb.search(t) and not (lead and r.tier_words.search(lead.group("tier"))) and not run:
            return False
        found = read_sentences(self.norm, b.start, b.end, self.state.in_list, run)
        if not found:
            return False
        self.inline_competition(i)
        tm = r.tier_words.search(lead.group("tier")) if lead else None
        if tm and lead.group("tier").strip() == tm.group(0):  # 一等奖：A《X》 / B《Y》: the lines after it are its too
            self.state.set_tier(r.tier(tm.group(0)), b.start + lead.start("tier") + tm.start(), self.state.category)
            self.state.in_list = True
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
        h = self.ctx.header
        if h is not None and h.start >= 0 and b.end <= h.start:
            return False  # above the list's heading: a masthead (某市委组织部　组织工作通报), not an entry
        if self.signature(i):
            return False  # right above a date: the notice's signature (two issuers apart by a space), not an entry
        if b.end - b.start > MAX_ITEM or self.norm[b.start : b.end].rstrip().endswith((":", "：")):
            return False  # a salutation or a lead-in ("各县（市、区）委组织部：", "名单如下：")
        whole = self.norm[b.start : b.end].strip()
        if bare_unit(whole) and self.pair_run(i):
            return True
        if "《" not in whole and "“" not in whole and (unit_like(whole) or place_like(whole)) and self.pair(i):
            return True
        if self.place_units(i):
            return True
        pm = _BRACKET_PLACE.match(whole)  # 【城关区】东岗街道雁南社区党支部: the place, then the unit
        unit = whole[pm.end():] if pm and place_like(pm.group(1)) else whole
        if (self.state.units_left or self.units_open(i, run=False)) and bare_unit(unit) and not self.after_titled(i):
            a = b.start + (len(self.norm[b.start : b.end]) - len(self.norm[b.start : b.end].lstrip()))
            added = self.add_unit(i, a + len(whole) - len(unit), a + len(whole), "line:unit-only")
            if added and unit is not whole:
                self.drafts[-1].place = (a + pm.start(1), a + pm.end(1))
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
                while j < n and (self.blocks[j].kind == "table_row" and self.blocks[j].table == b.table
                                 or self.blocks[j].kind == "furniture" and j + 1 < n and self.blocks[j + 1].table == b.table):
                    j += 1  # (a rule line between rows, |---|---|, is furniture inside the table)
                # (a cell spanning k columns stands in each of them, so a two-row header lines up: 项目 over 名称 | 类别)
                rows = [Row(tuple((c.start, c.end) for c in self.blocks[k].cells for _ in range(max(1, c.colspan))), k,
                            self.blocks[k].start, self.blocks[k].end)
                        for k in range(i, j) if k not in self.skip and self.blocks[k].kind == "table_row"]
                self.table(rows, "table")
                i = j
                continue
            if self.tagged(i):  # 【SERIES·TIER】UNIT：TITLE / 【UNIT】TITLE (scan_cards)
                i += 1
                continue
            if self.entry_fields(i) or self.title_line(i) or self.unit_line(i):  # an entry completed by the line below
                i += 1
                continue
            if self.badge(i) or self.title_over_unit(i):  # cards: 01 / UNIT / “TITLE”, ▶“TITLE” / 🔸UNIT (scan_cards)
                i += 1
                continue
            nxt = self.text_table(i)
            if nxt == i:
                nxt = self.fields(i)  # 单位名称：… / 案例名称：… records (scan_fields)
            if nxt > i:
                i = nxt
                continue
            if self.glued(i) or self.wrapped_title(i):
                i += 1
                continue
            if self.award_sentence(i):  # (a long sentence naming winners would otherwise close the list as prose)
                i += 1
                continue
            if self.closes_list(i):
                self.state.set_tier(None, -1, "")
                self.state.in_list = False
                i += 1
                continue
            if not (self.header(i) or self.recap_lead(i) or self.lead_in(i) or self.township_heading(i) or self.attribution(i) or self.numbered(i) or self.units(i) or self.sentences(i) or self.loose(i)
                    or self.unlabelled_group(i)):
                if "。" in self.text(i):
                    self.state.units_left = 0  # prose after a counted group: what follows is not its units
                if self.state.in_list and self.drafts and ("《" in self.text(i) or rules().numbering.match(self.text(i))):
                    self.unread_in_list.append(i)
            i += 1


# A contents line: the entry, then dot leaders (or a tab, or a wide gap) and its page number (……9, \t42, ……Ⅰ)
_CONTENTS = re.compile(r"(?:[.．…·]{3,}|…{2,}|\t+|\s{4,})\s*(?:\d{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,4})\s*$")


def _contents_line(norm: str, b: Block) -> Block:
    """A compilation's contents line (``UNIT：TITLE……9``, ``TITLE——UNIT<tab>42``) without its leaders and page."""
    if b.kind != "paragraph" or b.end - b.start < 6 or not (norm[b.end - 1].isdigit() or norm[b.end - 1] in "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"):
        return b
    m = _CONTENTS.search(norm, b.start, b.end)
    if m is None or m.start() - b.start < 2:
        return b
    return replace(b, end=m.start(), origin=b.origin + ":contents")


def scan(norm: str, blocks: tuple[Block, ...], skip: set[int], ctx: DocContext) -> _Scanner:
    blocks = tuple(_contents_line(norm, b) for b in blocks)
    s = _Scanner(norm, blocks, skip, ctx)
    s.run()
    return s
