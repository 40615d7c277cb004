"""Headers inside the block pass: competition, tier, category and group headings, and what ends a list.

A mixin of :class:`kg.layouts.scan._Scanner` (needs ``norm``, ``blocks``, ``state``, ``ctx``, ``claimed``,
``drafts``, ``headers``, ``header_style``, ``text``, ``set_group_header`` and ``neighbour``): a tier header
(一等奖（5个）, 【 金 奖 】 with its characters spaced out), a category or group header with a count, a line of
a count, a second competition's heading (which switches the competition and edition), and prose, a
narrative section heading or a notice's trailing matter that closes the list being read.
"""

from __future__ import annotations

import re

from .context import competition_header, competition_of
from .rules import edition_number, rules
from .sentences import read_sentences

__all__ = ["HeaderReader", "style"]


def _section_words() -> re.Pattern[str]:
    from ..config import load_toml

    words = sorted(load_toml("parse.toml")["sections"], key=len, reverse=True)
    return re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[(（][一二三四五六七八九十\d]+[)）])?\s*(?:" + "|".join(map(re.escape, words)) + ")")


_SECTION = _section_words()


def style(text: str) -> str:
    """The numbering style of a block: "zh" (一、), "zhparen" (（一）), "arabic" (1.) … or ""."""
    m = rules().numbering.match(text)
    return next((k for k, v in m.groupdict().items() if v is not None), "") if m else ""


_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


class HeaderReader:
    """Header recognisers for the block scanner."""

    def set_tier_header(self, i: int, m: re.Match, base: int) -> None:
        r = rules()
        noun = r.tier_noun.match(m.string, m.end("tier"))  # (金奖项目: the tier as printed, with its noun)
        tier = r.tier(m.group("tier") + (noun.group(0) if noun else ""))
        count = int(m.group("count")) if m.group("count") else None
        cat = m.group("category")
        st = self.state
        if cat is None:  # 优秀组织成果 after 党建引领基层治理类二等奖: no category; under 一、城市社区类 the heading's
            cat = "" if st.category_of_tier else st.category
        else:
            st.category_of_tier = True
        st.set_tier(tier, base + m.start("tier"), cat, count)
        self.headers.append((tier.label, base + m.start("tier"), count, len(self.drafts)))
        self.claimed.add(i)

    def header(self, i: int) -> bool:
        t = self.text(i)
        b = self.blocks[i]
        r = rules()
        m = r.tier_header.match(t)
        if m and m.group("category") and (r.edition.search(m.group("category")) or r.year.search(m.group("category"))):
            m = None  # 首届天津市新兴领域党建创新案例名单: an edition names a competition, not a category
        if m and len(t) <= 40:
            self.set_tier_header(i, m, b.start)
            self.header_style = style(t)
            return True
        if len(t) <= 24 and _SPACED.search(t):  # 【 金 奖 】: a tier word printed with its characters spaced out
            squeezed = _SPACED.sub("", t)
            m = r.tier_header.match(squeezed)
            if m:
                lead = len(t) - len(t.lstrip())
                at = lead + t[lead:].index(squeezed.lstrip()[0]) if squeezed.strip() else 0
                first = m.group("tier")[0]
                self.set_tier_header(i, m, b.start + t.index(first, at) - m.start("tier"))
                self.header_style = style(squeezed)
                return True
        cm = r.category_header.match(t)
        if cm and r.party_suffix.search(cm.group("category")):
            cm = None  # 合肥市机关事务管理局党组 ends like 组 but is a unit, not a category
        if cm and len(t) <= 24 and (not r.numbering.match(t) or self.state.in_list or cm.group("count")
                                    or cm.group("category").endswith(("类", "赛道"))):  # （一）党建引领基层治理类 under a 公示's lead
            count = int(cm.group("count")) if cm.group("count") else None  # 一、城市社区类（6个）
            self.state.category, self.state.category_of_tier = cm.group("category"), False
            ct = self.ctx.tier  # a category under a list whose title names the tier (…示范点评选结果) keeps that tier
            self.state.set_tier(rules().tier(ct[0]) if ct else None, ct[1] if ct else -1, cm.group("category"), count)
            if count is not None:
                self.headers.append((cm.group("category"), b.start + cm.start("category"), count, len(self.drafts)))
                self.header_style = style(t)
            self.claimed.add(i)
            return True
        gm = r.group_header.match(t)
        if gm and len(t) <= 48 and not (r.edition.search(gm.group("label")) or r.year.search(gm.group("label"))):
            self.set_group_header(i, gm, b.start)
            self.header_style = style(t)
            return True
        km = r.count_line.match(t)
        if km and self.state.in_list:  # （共8个） under the heading: how many units follow
            self.state.units_left = int(km.group("count") or km.group("count2"))
            self.claimed.add(i)
            return True
        em = r.edition_header.match(t)
        if em and em.group("slogan") and not em.group("contest") and (
                r.series_noun.search(em.group("slogan")) or r.comp_topic.search(em.group("slogan"))):
            em = None  # 第二届：全市机关党建创新案例 names its series: a competition header (首届评选：打基础 its theme)
        if em and self.ctx.header is not None:  # 2009年第一届（3个）: the series' edition (and year) for what follows
            ed = r.edition.search(em.group("ed"))
            st = self.state
            st.edition = edition_number(ed)
            y = em.group("y") or em.group("y2")
            st.year = int(y) if y else self.prose_year(i, em.group("ed"))
            st.set_tier(None, -1, "")
            self.headers.append(("", b.start, None, len(self.drafts)))
            self.claimed.add(i)
            return True
        h = competition_header(t, b.start)
        if h and (b.kind == "heading" or (len(t) <= 50 and "，" not in t)):
            st = self.state
            if self.ctx.header is None or (h.start != self.ctx.header.start):
                comp = competition_of(h.name, self.ctx.place, self.ctx.competition.organisers, False)
                same = comp.key == st.competition.key
                st.competition, st.edition, st.year = comp, h.edition, h.year or self.ctx.year
                self.heading_tier(t, b.start, same)
                self.headers.append(("", b.start, None, len(self.drafts)))  # a new competition ends the tier's count
            st.in_list = bool(r.results.search(t))
            self.results_header = i if st.in_list else -1
            self.claimed.add(i)
            return True
        return False

    def prose_year(self, i: int, edition: str) -> int | None:
        """The year the paragraph under an edition's heading gives that edition: 2021年举办的首届评选 / 2023年第二届评选,
        今年举办的第三届 (the document's year)."""
        if i + 1 >= len(self.blocks):
            return None
        ed = re.escape(re.sub(r"\s+", "", edition))
        m = re.search(rf"(?:((?:19|20)\d{{2}})\s*年度?|(今年|本年度|去年|前年))[^，,。；;\d]{{0,6}}?{ed}", self.text(i + 1)[:80])
        if m is None:
            return None
        if m.group(1):
            return int(m.group(1))
        back = {"去年": 1, "前年": 2}.get(m.group(2), 0)
        return self.ctx.year - back if self.ctx.year else None

    def closes_list(self, i: int) -> bool:
        """Prose, a narrative section heading or a notice's trailing matter (附件, 联系人) ends the list being read."""
        t = self.text(i)
        r = rules()
        if len(t) >= r.prose_min and "。" in t and "《" not in t:
            b = self.blocks[i]  # (unless it names winners with their tier: A“X”；B“Y”等10个项目获评优秀案例,
            st = self.state       # 获得一等奖的项目是：A的“X”，B的“Y”。, or the list's: A“X”；B“Y”。 under 示范品牌（3个）)
            run = (st.tier, st.tier_at) if st.in_list and st.tier is not None else None
            found = read_sentences(self.norm, b.start, b.end, False, run)
            return not (len(found) >= 2 and all(f[3] is not None for f in found))
        if r.argument.match(t) and r.award_verb.search(t) and r.tier_words.search(t):
            b = self.blocks[i]  # 一是A的《X》入选最佳案例；: the points name winners, they argue nothing
            return not read_sentences(self.norm, b.start, b.end, False)
        return bool(_SECTION.match(t) or r.closing.match(t) or r.argument.match(t))

    def heading_tier(self, text: str, at: int, same: bool = False) -> None:
        """A competition's heading that prints a tier (合肥市机关党建“十佳品牌”名单) gives its list that tier; one that
        prints none ends the tier before it, unless it repeats the same series (a sheet named 一等奖 over its title row)."""
        r = rules()
        found = r.find_tier(text, last=True)
        if found or not same:
            self.state.set_tier(r.tier(found[2].label) if found else None, at + found[0] if found else -1, "")
        cb = r.category_bracket.search(text)
        if cb and not r.party_suffix.search(cb.group("category")):
            self.state.category = cb.group("category")  # …名单（非公企业组）: a sheet's or section's category

    def inline_competition(self, i: int, span: tuple[int, int] | None = None) -> None:
        """After entries of one competition, a sentence that names another and prints winners
        (同时揭晓的还有2023年度某某市“两新”党建品牌评选结果，A《X》…获评十佳品牌) switches to it; ``span``
        is the part of block ``i`` to look in (the text between two runs of one paragraph), else all of it."""
        st = self.state
        if not self.drafts or self.drafts[-1].competition.key != st.competition.key:
            return
        a, e = span or (self.blocks[i].start, self.blocks[i].end)
        im = rules().inline_competition.search(self.norm, a, e)
        h = competition_header(im.group("head"), im.start("head")) if im else None
        if h is None:
            return
        comp = competition_of(h.name, self.ctx.place, self.ctx.competition.organisers, False)
        if comp.key != st.competition.key:
            st.competition, st.edition, st.year = comp, h.edition, h.year or self.ctx.year
            self.heading_tier(im.group("head"), im.start("head"))
            self.headers.append(("", a, None, len(self.drafts)))

    def recap_lead(self, i: int) -> bool:
        """After entries of one edition, a lead-in naming another edition of a series with the tier its list won
        (往期回顾 / 2024年第三届某市…评选中，以下3个案例获评示范案例…：) opens that edition's list."""
        b = self.blocks[i]
        t = self.norm[b.start : b.end].rstrip()
        if not self.drafts or not t.endswith(("：", ":")):
            return False
        r = rules()
        im = r.inline_competition.search(self.norm, b.start, b.end)
        h = competition_header(im.group("head"), im.start("head")) if im else None
        st = self.state
        if h is None or h.edition is None or h.edition == st.edition:
            return False
        found = r.find_tier(t[im.end("head") - b.start :], last=True)
        st.competition = competition_of(h.name, self.ctx.place, self.ctx.competition.organisers, False)
        st.edition, st.year = h.edition, h.year or self.ctx.year
        st.set_tier(r.tier(found[2].label) if found else None, im.end("head") + found[0] if found else -1, "")
        self.headers.append(("", b.start, None, len(self.drafts)))
        self.claimed.add(i)
        return True
