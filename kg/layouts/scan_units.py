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

from .context import competition_header
from .items import bare_unit, place_like, split_item, title_like, unit_like
from .rules import rules
from .sentences import unit_run

__all__ = ["UnitReader", "DATE_ONLY", "MAX_ITEM"]

MAX_ITEM = 160  # an entry longer than this is prose

DATE_ONLY = re.compile(r"^[\s(（]*(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*(?:\d{1,2}\s*日?)?\s*(?:印发|发布|签发)?[\s)）]*$")
_PLACE_PREFIX = re.compile(r"\s*([\u4e00-\u9fff]{2,8}(?:省|市|区|县|旗|州|盟))\s*[:：]\s*")  # 临朐县：A、B
_LISTED = re.compile(r"[、,，;；]")
_NOT_PLACE = re.compile(r"[社小园校景街片辖营]区$")  # 某某社区：… is a unit, not a county prefix
_PLACE_GROUP = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:省|市|区|县|旗|州|盟)$")  # 临朐县（2个）: a group by place


class UnitReader:
    """Unit-only lists for the block scanner (needs ``norm``, ``blocks``, ``skip``, ``state``, ``claimed``,
    ``drafts``, ``headers``, ``results_header`` and ``add``)."""

    def set_group_header(self, i: int, m: re.Match, base: int) -> None:
        """一、先进基层党组织（10个）: the label is the group's tier; a place (临朐县（2个）) keeps the tier."""
        label, count = m.group("label"), int(m.group("count"))
        at = base + m.start("label")
        st = self.state
        if _PLACE_GROUP.match(label) and place_like(label):
            st.set_tier(st.tier, st.tier_at, None, count)
        else:
            st.set_tier(rules().tier(label), at, None, count)
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

    def add_unit(self, i: int, a: int, b: int, layout: str, rank: int | None = None) -> None:
        """A unit printed without a title (a member of a group the header counts)."""
        self.add(i, (a, b), (b, b), (a, b), layout, rank)

    # -- recognisers -------------------------------------------------------
    def units(self, i: int) -> bool:
        """Under a header with a count, a run of bare units: 平望镇莺湖村党委、震泽镇众安桥村党委、…."""
        b = self.blocks[i]
        if self.norm[b.start : b.end].rstrip().endswith((":", "：")):
            return False  # the addressees of a notice (各市团委、各高校团委：), not its list
        start = b.start
        lead = rules().group_lead.match(self.norm, b.start, b.end)
        if lead:  # 先进基层党组织（4个）：A、B、C — the header and its run in one block
            start = lead.end()
        elif not (self.state.units_left or self.units_open(i)):
            return False
        run = unit_run(self.norm, start, b.end)
        if not run or (len(run) == 2 and not (self.state.units_left or lead) and not _LISTED.search(self.norm, start, b.end)):
            return False  # two parts apart by a gap, with no count to say so, may be a unit and its title
        if lead:
            self.set_group_header(i, lead, 0)
        for a, e in run:
            self.add_unit(i, a, e, "units")
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
            self.add_unit(i, a, e, "place-units")
            self.drafts[-1].place = m.span(1)
        return True

    def alternating(self, i: int, j: int) -> bool:
        """Unit and title lines alternate (a text copy of <li>UNIT<br>TITLE): the unit is bare, the title
        line is not a unit, and the pair before was read the same way or a unit line follows."""
        if not bare_unit(self.norm[self.blocks[i].start : self.blocks[i].end]) or bare_unit(
                self.norm[self.blocks[j].start : self.blocks[j].end]):
            return False
        if self.drafts and self.drafts[-1].layout.startswith("pair:") and self.drafts[-1].block == self.neighbour(i, -1):
            return True
        k = self.neighbour(j, 1)
        return k >= 0 and bare_unit(self.norm[self.blocks[k].start : self.blocks[k].end])

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
        if it is not None and it.form == "admin-split":  # 高速公路服务区|党建联盟建设: a title line, not unit + title
            it = type(it)((it.subject[0], it.subject[0]), (it.subject[0], it.title[1]), "title-only", it.tier)
        if it is None or it.form not in ("marks", "marks-colon", "title-only"):
            return False
        if it.form == "marks-colon":  # a title of its own holding a colon: 《“家门口”的妇女微家：把党的声音…》
            it = type(it)((it.subject[0], it.subject[0]), (it.subject[0], it.title[1]), "marks", it.tier)
        if it.form == "title-only" and not (title_like(self.norm[slice(*it.title)]) or self.alternating(i, j)):
            return False  # (a title in 《》 needs no title word)
        nt = self.norm[nb.start : nb.end].strip()
        r = rules()
        if (unit_like(nt) or r.tier_header.match(nt) or r.group_header.match(nt) or nb.end - nb.start > MAX_ITEM
                or "。" in nt or (it.form == "title-only" and (r.numbering.match(nt) or competition_header(nt)
                                                                or nt[:1] in "(（"))):
            return False  # a header, a numbered entry or a sentence is not the unit's title
        a = b.start + (len(self.norm[b.start : b.end]) - len(self.norm[b.start : b.end].lstrip()))
        self.add(i, (a, a + len(unit)), it.title, (a, nb.end), "pair:" + it.form, None)
        self.claimed.add(j)
        self.skip.add(j)
        return True
