"""Bare units inside the block pass: lists of units printed without titles.

A mixin of :class:`kg.layouts.scan._Scanner`. A group heading that announces a
count (一、先进基层党组织（10个）, 示范点名单（共8个）) is followed by that many units,
one a line, in a run (A、B、C, or columns of spaces) or numbered; units grouped
under their county (临朐县：A村、B村) take the county as their context; under a tier
printed without a count (一等奖) or a results heading, units are read as long as
they run on from the header or the entry before, and a unit right above a date
is the notice's signature.
"""

from __future__ import annotations

import re

from .context import competition_header, competition_of
from .items import bare_unit, place_like, split_item, title_like, unit_like
from .rules import rules
from .award_runs import award_units, series_tier
from .sentences import read_sentences, unit_run

__all__ = ["UnitReader", "DATE_ONLY", "MAX_ITEM"]

MAX_ITEM = 160  # an entry longer than this is prose

_ATTRIBUTION = re.compile(r"\s*(?:——|--|—|－－)\s*([^\s—]{2,40}?)\s*$")  # ——某某街道党工委 under a title
DATE_IN = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")  # a full date inside a line
DATE_ONLY = re.compile(r"^[\s(（]*(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*(?:\d{1,2}\s*日?)?\s*(?:印发|印|发布|签发)?[\s)）]*$")
_PLACE_PREFIX = re.compile(  # 临朐县：A、B / 余庆县（1个）：A
    r"\s*([\u4e00-\u9fff]{2,8}(?:省|市|区|县|旗|州|盟))\s*(?:[(（]\s*(?:共\s*)?\d{1,4}\s*[个项家所]\s*[)）])?\s*[:：]\s*")
_LABEL_LEAD = re.compile(r"\s*([^\s:：，,。；;、《》“”\d]{2,12})\s*[:：]\s*")  # 五星党支部：A；B
_LEAD_IN = re.compile(r"名单|如下|结果|以下|分别是|分别为|包括")
_NOT_LABEL = re.compile(r"[，,。；;：:、《》“”\d]")  # a group label is a bare phrase
_LISTED = re.compile(r"[、,，;；]")
_NOT_PLACE = re.compile(r"[社小园校景街片辖营]区$")  # 某某社区：… is a unit, not a county prefix
_PLACE_GROUP = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:省|市|区|县|旗|州|盟)$")  # 临朐县（2个）: a group by place


class UnitReader:
    """Unit-only lists for the block scanner (needs ``norm``, ``blocks``, ``skip``, ``state``, ``claimed``,
    ``drafts``, ``headers``, ``results_header`` and ``add``)."""

    def set_group_header(self, i: int, m: re.Match, base: int) -> None:
        """一、先进基层党组织（10个）: the label is the group's tier; a place (临朐县（2个）) keeps the tier."""
        label, count = m.group("label"), int(m.group("count"))
        at = base + m.start("label")
        st = self.state
        if _PLACE_GROUP.match(label) and place_like(label):
            st.set_tier(st.tier, st.tier_at, None, count, (at, at + len(label)))  # its units are of that place
        else:  # (a category printed with the tier above, …类二等奖, is not this group's)
            st.set_tier(rules().tier(label), at, "" if st.category_of_tier else None, count)
            self.headers.append((label, at, count, len(self.drafts)))
        self.claimed.add(i)

    def neighbour(self, i: int, step: int) -> int:
        """The nearest content block before (step -1) or after (+1) block ``i``; -1 when none."""
        j = i + step
        while 0 <= j < len(self.blocks) and (self.blocks[j].kind == "furniture" or j in self.skip
                                             or self.blocks[j].end <= self.blocks[j].start):
            j += step
        return j if 0 <= j < len(self.blocks) else -1

    def units_open(self, i: int, run: bool = True) -> bool:
        """A tier printed without a count (一等奖), or a results heading, is followed by bare units as
        long as they run on from the header or from the entry before."""
        j = self.neighbour(i, -1)
        # (right under a competition heading only a run: a line of its own there is its organiser)
        return j >= 0 and j in self.claimed and (self.state.tier is not None or (run and j == self.results_header))

    def signature(self, i: int) -> bool:
        """A unit right above a date is a notice's signature (中共某某区委组织部 / 2024年5月6日), not an entry."""
        j = i + 1  # (the date line may have been marked as a byline)
        while j < len(self.blocks) and self.blocks[j].end <= self.blocks[j].start:
            j += 1
        return j < len(self.blocks) and bool(DATE_ONLY.match(self.norm[self.blocks[j].start : self.blocks[j].end]))

    def after_titled(self, i: int) -> bool:
        """A bare unit line right after an entry with a title (1.某村党支部：“X”, 省教育厅机关党委    “书香机关”读书行动)
        is not a member of that list (it would carry a title too): the notice's signature or closing line."""
        if not self.drafts or self.drafts[-1].block != self.neighbour(i, -1):
            return False
        d = self.drafts[-1]
        return d.title[1] > d.title[0]

    def add_unit(self, i: int, a: int, b: int, layout: str, rank: int | None = None) -> bool:
        """A unit printed without a title (a member of a group the header counts); False when it is no entry."""
        return self.add(i, (a, b), (b, b), (a, b), layout, rank)

    # -- recognisers -------------------------------------------------------
    def award_sentence(self, i: int) -> bool:
        """Winners named inside a sentence: 授予A、B等12个单位“X”称号 / 命名A、B和C为“X” / A、B被评为X.
        Each unit is an entry with the honour as its tier; 等N个 is checked against the units read (W216)."""
        b = self.blocks[i]
        if b.kind == "heading":
            return False  # a headline (A等10个单位获评X) sums up the winners the page lists below it
        aw = rules().award
        end, wrapped = self.wrapped_end(i)
        if not any(aw[k].search(self.norm, b.start, end) for k in ("verb_first", "verb_after", "praise", "praise_commas", "list_lead")):
            return False
        runs = award_units(self.norm, b.start, end)
        seg = self.norm[b.start : end]
        found = read_sentences(self.norm, b.start, end, self.state.in_list) if runs and ("《" in seg or "“" in seg) else []
        quoted = [f for f in found if f[2] == "unit-quoted" and f[1][1] > f[1][0]]
        if not runs or ("《" in seg and found) or (
                len(quoted) >= 2 and all(bare_unit(self.norm[slice(*f[0])]) for f in quoted)):
            return False  # (a sentence list with book titles, or UNIT的“X”Y members, is read_sentences' work)
        self.inline_competition(i)
        prev = -1
        for g in runs:
            if prev >= 0:  # …获评优秀案例。第二届Y评选中，F、G获评提名案例: a competition named between two runs
                self.inline_competition(i, (prev, g.units[0][0]))
            prev = max(g.units[-1][1], g.honour[1])
            label, at = self.honour_tier(g.honour)
            if g.count is not None:
                self.headers.append((label, g.count_at, g.count, len(self.drafts)))  # (W216 points at 等N个)
            tier = rules().tier(label) if label else None
            for a, e in g.units:
                self.add(i, (a, e), (e, e), (a, e), "sentence:award-units", None, tier, at if tier else -1)
            if g.count is not None:  # the count covers this run only
                self.headers.append(("", b.start, None, len(self.drafts)))
        for j in wrapped:  # the lines a wrapped run went on to
            self.claimed.add(j)
            self.skip.add(j)
        return True

    def honour_tier(self, honour: tuple[int, int]) -> tuple[str, int]:
        """The tier an honour gives its run, and where it is printed. An honour that names its own
        competition (获评第二届温州市“两新”党建品牌提名案例) switches to that competition for this run and those
        after it, and its tier is the tier word."""
        st = self.state
        got = series_tier(self.norm, *honour)
        if got is None:
            return self.norm[slice(*honour)], honour[0]
        (ca, cb), (ta, tb) = got
        h = competition_header(self.norm[ca:cb], ca)
        if h is not None:
            comp = competition_of(h.name, self.ctx.place, self.ctx.competition.organisers, False)
            if comp.key != st.competition.key:
                st.competition, st.edition, st.year = comp, h.edition, h.year or self.ctx.year
        return self.norm[ta:tb], ta

    def wrapped_end(self, i: int) -> tuple[int, list[int]]:
        """A text copy hard-wraps a run after 、 or ，: the end of block ``i`` with the lines it goes on to."""
        end, wrapped = self.blocks[i].end, []
        j = i
        while self.norm[self.blocks[j].start : end].rstrip()[-1:] in ("、", "，", ","):
            j += 1
            if j >= len(self.blocks) or self.blocks[j].kind != "paragraph" or j in self.skip or len(wrapped) >= 4:
                return self.blocks[i].end, []
            end = self.blocks[j].end
            wrapped.append(j)
        return end, wrapped

    def attribution(self, i: int) -> bool:
        """A line ``——UNIT`` right under an entry printed without its unit (《TITLE》 / ——某某党工委) is that unit."""
        b = self.blocks[i]
        m = _ATTRIBUTION.match(self.norm, b.start, b.end)
        if not m or not self.drafts or not unit_like(m.group(1)):
            return False
        d = self.drafts[-1]
        if d.subject[1] > d.subject[0] or d.block != self.neighbour(i, -1):
            return False
        d.subject = m.span(1)
        d.span = (d.span[0], m.end(1))
        self.claimed.add(i)
        return True

    def township_heading(self, i: int) -> bool:
        """A line naming only a township (递铺街道) over a line that prints a unit and its title is a group by
        place, not a unit of its own."""
        t = self.norm[self.blocks[i].start : self.blocks[i].end].strip()
        j = self.neighbour(i, 1)
        if not self.state.in_list or not rules().township.match(t) or j < 0:
            return False
        it = split_item(self.norm, self.blocks[j].start, self.blocks[j].end)
        if it is None or it.subject[1] <= it.subject[0] or it.title[1] <= it.title[0]:
            return False
        self.claimed.add(i)
        return True

    def lead_in(self, i: int) -> bool:
        """A paragraph ending in 名单如下： over units one a line opens their list; when a sentence just before
        named the first of them as a winner (A等10个单位获评示范单位), its honour is their tier."""
        t = self.norm[self.blocks[i].start : self.blocks[i].end].rstrip()
        j = self.neighbour(i, 1)
        if not t.endswith(("如下：", "如下:")) or j < 0 or not self.bare_at(j):
            return False
        st = self.state
        st.in_list = True
        self.results_header = i
        lead = next((d for d in reversed(self.drafts[-3:]) if d.layout == "sentence:award-units" and d.block >= i - 2), None)
        if st.tier is None and lead is not None and lead.tier is not None:
            st.set_tier(lead.tier, lead.tier_at, None, None)
        self.claimed.add(i)
        return True

    def units(self, i: int) -> bool:
        """Under a header with a count, a run of bare units: 平望镇莺湖村党委、震泽镇众安桥村党委、…."""
        b = self.blocks[i]
        if self.norm[b.start : b.end].rstrip().endswith((":", "：")):
            return False  # the addressees of a notice (各市团委、各高校团委：), not its list
        start = b.start
        lead = rules().group_lead.match(self.norm, b.start, b.end)
        label = None if lead else _LABEL_LEAD.match(self.norm, b.start, b.end)
        if label and (_PLACE_GROUP.match(label.group(1)) or not self.state.in_list
                      or rules().tier_words.search(label.group(1))):
            label = None  # 临朐县：… is a county prefix (place_units); 优秀奖：A、B和C is a sentence list
        if lead:  # 先进基层党组织（4个）：A、B、C — the header and its run in one block
            start = lead.end()
        elif label:  # 五星党支部：A；B；C。 — a label and its units, no count
            start = label.end()
        elif not (self.state.units_left or self.units_open(i)):
            return False
        run = unit_run(self.norm, start, b.end)
        if not run or (len(run) == 2 and not (self.state.units_left or lead or label)
                       and not _LISTED.search(self.norm, start, b.end)):
            return False  # two parts apart by a gap, with no count to say so, may be a unit and its title
        if label and not _LISTED.search(self.norm, start, b.end):
            return False  # 某某党委：某某村党支部 — one unit after a label may be a unit and its title
        if lead:
            self.set_group_header(i, lead, 0)
        elif label and not _LEAD_IN.search(label.group(1)):  # (获奖名单：A、B is a lead-in, not a tier)
            self.state.set_tier(rules().tier(label.group(1)), label.start(1), None, None)
            self.headers.append((label.group(1), label.start(1), None, len(self.drafts)))
        place = lead.span("label") if lead and _PLACE_GROUP.match(lead.group("label")) and place_like(lead.group("label")) else None
        for a, e in run:
            if self.add_unit(i, a, e, "units") and place:  # 汇川区（3个）：A、B、C — the county is each unit's context place
                self.drafts[-1].place = place
        return True

    def place_units(self, i: int) -> bool:
        """Units grouped under their county: 临朐县：九山镇朱家庄村、五井镇隐士村 (each village an entry)."""
        b = self.blocks[i]
        m = _PLACE_PREFIX.match(self.norm, b.start, b.end)
        if not m or not (place_like(m.group(1)) or not _NOT_PLACE.search(m.group(1))):
            return False
        run = unit_run(self.norm, m.end(), b.end)
        if not run:
            e = len(self.norm[m.end() : b.end].rstrip(" \t\u3000。;；")) + m.end()
            if not bare_unit(self.norm[m.end() : e]):
                return False
            run = [(m.end() + len(self.norm[m.end() : e]) - len(self.norm[m.end() : e].lstrip()), e)]
        for a, e in run:
            if self.add_unit(i, a, e, "place-units"):
                self.drafts[-1].place = m.span(1)
        return True

    def bare_at(self, j: int) -> bool:
        """bare_unit of block ``j``, once per block (runs look ahead over the same lines)."""
        got = self.bare_cache.get(j)
        if got is None:
            got = self.bare_cache[j] = bare_unit(self.norm[self.blocks[j].start : self.blocks[j].end])
        return got

    def list_line(self, j: int) -> bool:
        """Could block ``j`` be a line of a list: short, no header, sentence, number, lead-in or closing matter."""
        got = self.line_cache.get(j)
        if got is None:
            r = rules()
            t = self.norm[self.blocks[j].start : self.blocks[j].end].strip()
            got = self.line_cache[j] = not (
                not t or len(t) > 48 or "。" in t or t.endswith((":", "：")) or t[:1] in "(（" or r.numbering.match(t)
                or r.closing.match(t) or DATE_ONLY.match(t) or r.tier_header.match(t) or r.group_header.match(t)
                or (r.category_header.match(t) and not r.party_suffix.search(t))
                or r.count_line.match(t) or competition_header(t) or self.blocks[j].kind == "table_row")
        return got

    def pair_run(self, i: int) -> bool:
        """Unit and title lines alternating (a text copy of <li>UNIT<br>TITLE): decided for the whole run —
        an even number of lines, every odd one a bare unit, and at least one even one clearly not a unit."""
        j = self.neighbour(i, -1)
        if j < 0 or j not in self.claimed:
            return False  # (the run follows a header or an entry: a letterhead over a document number is not one)
        run: list[int] = []
        j = i
        while j >= 0 and len(run) < 64 and self.list_line(j) and not (j != i and self.group_label(j)):
            if len(run) % 2 == 0 and not self.bare_at(j):
                break
            run.append(j)
            if len(run) == 6 and all(self.bare_at(x) for x in run[1::2]):
                return False  # three "titles" that are units: a list of units
            j = self.neighbour(j, 1)
        if len(run) < 2 or len(run) % 2 or all(self.bare_at(x) for x in run[1::2]):
            return False
        for ui, ti in zip(run[::2], run[1::2]):
            ub, tb = self.blocks[ui], self.blocks[ti]
            ua = ub.start + len(self.norm[ub.start : ub.end]) - len(self.norm[ub.start : ub.end].lstrip())
            ta = tb.start + len(self.norm[tb.start : tb.end]) - len(self.norm[tb.start : tb.end].lstrip())
            ue = ua + len(self.norm[ua : ub.end].rstrip())
            te = ta + len(self.norm[ta : tb.end].rstrip())
            self.add(ui, (ua, ue), (ta, te), (ua, te), "pair:lines", None)
            self.claimed.update((ui, ti))
            self.skip.update((ui, ti) if ui != i else (ti,))  # the pass must not read these lines again
        return True

    def group_label(self, i: int) -> bool:
        """A short bare phrase over two units that end like party organisations (金牌物业党组织 / …党支部 / …党委)."""
        if i in self.label_cache:
            return self.label_cache[i]
        self.label_cache[i] = got = self._group_label(i)
        return got

    def _group_label(self, i: int) -> bool:
        t = self.norm[self.blocks[i].start : self.blocks[i].end].strip()
        if not (2 <= len(t) <= 12) or self.bare_at(i) or _NOT_LABEL.search(t):
            return False
        j = self.neighbour(i, 1)
        k = self.neighbour(j, 1) if j >= 0 else -1
        party = rules().party_suffix
        return k >= 0 and all(bare_unit(x) and party.search(x.strip()) for x in (
            self.norm[self.blocks[y].start : self.blocks[y].end] for y in (j, k)))

    def unlabelled_group(self, i: int) -> bool:
        """金牌物业党组织 over two or more units (no count, no tier word): a group heading."""
        if not self.state.in_list or not self.group_label(i):
            return False
        t = self.norm[self.blocks[i].start : self.blocks[i].end].strip()
        a = self.blocks[i].start + len(self.norm[self.blocks[i].start : self.blocks[i].end]) - len(
            self.norm[self.blocks[i].start : self.blocks[i].end].lstrip())
        self.state.set_tier(rules().tier(t), a, None, None)
        self.headers.append((t, a, None, len(self.drafts)))
        self.claimed.add(i)
        return True

    def pair(self, i: int) -> bool:
        """A unit on a line of its own and its title on the next (■ 长沙市岳麓区妇联 / ◆ 《…》)."""
        b = self.blocks[i]
        unit = self.norm[b.start : b.end].strip()
        j = i + 1
        while j < len(self.blocks) and (self.blocks[j].kind == "furniture" or not self.norm[self.blocks[j].start : self.blocks[j].end].strip()):
            j += 1
        if j >= len(self.blocks) or j in self.skip or not (unit_like(unit) or place_like(unit)) or DATE_IN.search(unit):
            return False  # (某某工委　2024年12月10日 is a byline, not a unit)
        nb = self.blocks[j]
        it = split_item(self.norm, nb.start, nb.end)
        if it is not None and it.form == "admin-split":  # 高速公路服务区|党建联盟建设: a title line, not unit + title
            it = type(it)((it.subject[0], it.subject[0]), (it.subject[0], it.title[1]), "title-only", it.tier)
        if it is None or it.form not in ("marks", "marks-colon", "title-only"):
            return False
        if it.form == "marks-colon":  # a title of its own holding a colon: 《“家门口”的妇女微家：把党的声音…》
            it = type(it)((it.subject[0], it.subject[0]), (it.subject[0], it.title[1]), "marks", it.tier)
        if it.form == "title-only" and not title_like(self.norm[slice(*it.title)]):
            return False  # (a title in 《》 needs no title word)
        nt = self.norm[nb.start : nb.end].strip()
        r = rules()
        if (unit_like(nt) or r.tier_header.match(nt) or r.group_header.match(nt) or nb.end - nb.start > MAX_ITEM
                or "。" in nt or nt.endswith((":", "：")) or (it.form == "title-only" and (r.numbering.match(nt) or competition_header(nt)
                                                                or nt[:1] in "(（"))):
            return False  # a header, a numbered entry or a sentence is not the unit's title
        a = b.start + (len(self.norm[b.start : b.end]) - len(self.norm[b.start : b.end].lstrip()))
        self.add(i, (a, a + len(unit)), it.title, (a, nb.end), "pair:" + it.form, None)
        self.claimed.add(j)
        self.skip.add(j)
        return True
