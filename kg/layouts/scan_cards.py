"""Cards inside the block pass: one entry printed over two or three lines of its own, as new-media pages do.

A mixin of :class:`kg.layouts.scan._Scanner`. Under a tier heading (or a results heading) of the list:

* a number badge alone on its line (``01``, ``NO.3``, ``#2``, ``④``) opens a card whose next line is its unit or
  its title; the other may come on the line after::

      01
      某某区商圈联合党委
      “红色芯”商圈治理共同体

* a title line (a title opening with quotes or a book title, decorations such as ▶ read as spaces) right over a
  line that is a unit alone is one entry, title first::

      ▶“海丝港链”党建联盟
      🔸某某集装箱码头有限公司党委

* a link of a column page tagged with its series and tier, its date after it: each winner's own article::

      【2025年度基层党建创新案例·三等奖】某某乡党委：党员中心户“一户一档”联系服务群众2026-01-16
"""

from __future__ import annotations

import re

from .context import competition_header, competition_of
from .items import bare_unit, line_unit, place_like, split_item, title_like, unit_like
from .rules import numeral, rules

__all__ = ["CardReader"]

_TAG = re.compile(r"\s*[【\[〔]([^】\]〕]{2,40})[】\]〕]\s*")
_DATE_END = re.compile(r"\s*[（(\[]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[)）\]]?\s*$")
_BADGE = re.compile(r"\s*(?:(?:NO|No|no|#)\s*\.?\s*)?(\d{1,3}|[①-⑳])\s*")
# (nothing in brackets or after a dash: “X”Y（UNIT） and “X”——UNIT are a title and its unit on one line)
_TITLE = re.compile(r"\s*(“[^“”]{2,40}”[^。，,；;：:“”《》()（）—\-]{0,30}?|《[^《》]{2,100}》)\s*")


class CardReader:
    """Card recognisers for the block scanner."""

    def _title_only(self, i: int) -> tuple[int, int] | None:
        b = self.blocks[i]
        m = _TITLE.fullmatch(self.norm, b.start, b.end)
        if m is None or bare_unit(m.group(1)):
            return None
        return m.span(1)

    def _unit_only(self, i: int) -> tuple[int, int] | None:
        return line_unit(self.norm, self.blocks[i].start, self.blocks[i].end)

    def badge(self, i: int) -> bool:
        """A number badge alone on its line, then the card's unit or title on the next."""
        b = self.blocks[i]
        m = _BADGE.fullmatch(self.norm, b.start, b.end)
        st = self.state
        if m is None or not (st.in_list and (st.tier is not None or self.results_header >= 0)):
            return False
        j = self.neighbour(i, +1)
        if j < 0:
            return False
        g = m.group(1)
        rank = ord(g) - ord("①") + 1 if "①" <= g <= "⑳" else numeral(g)
        unit, title = self._unit_only(j), self._title_only(j)
        if unit is None and title is None:
            return False
        k = self.neighbour(j, +1)
        end = self.blocks[j].end
        if unit is not None and k >= 0 and (t2 := self._title_only(k)) is not None:
            title, end = t2, self.blocks[k].end  # 01 / UNIT / “TITLE”
        elif title is not None and k >= 0 and (u2 := self._unit_only(k)) is not None and not self.signature(k):
            unit, end = u2, self.blocks[k].end  # 01 / “TITLE” / UNIT
        else:
            k = -1
        unit = unit or (title[0], title[0])
        title = title or (unit[1], unit[1])
        # (the entry is the badge's block: a field line under the card, 申报单位：UNIT, finds it right above)
        self.add(i, unit, title, (b.start + m.start(1), end), "card:badge", rank)
        self.claimed.update({j, k} - {-1})
        self.skip.update({j, k} - {-1})
        return True

    def title_over_unit(self, i: int) -> bool:
        """A title line right over a line that is a unit alone: one entry, title first."""
        st = self.state
        if not (st.in_list and st.tier is not None):
            return False
        title = self._title_only(i)
        j = self.neighbour(i, +1)
        if title is None or j < 0 or j in self.claimed:
            return False
        unit = self._unit_only(j)
        if unit is None or self.signature(j):
            return False
        self.add(i, unit, title, (title[0], unit[1]), "card:title-over-unit", None)
        self.claimed.add(j)
        self.skip.add(j)
        return True

    def tagged(self, i: int) -> bool:
        """``【SERIES·TIER】UNIT：TITLE`` (a column page's link, its date after it): the tag's tier, its series the competition."""
        b = self.blocks[i]
        m = _TAG.match(self.norm, b.start, b.end)
        if m is None:
            return False
        r = rules()
        tag = m.group(1)
        found = r.find_tier(tag, last=True)
        if found is None:
            return self.tagged_unit(i, m)
        if tag[found[1]:].strip(" ·•・-—|｜丨"):
            return False  # 【工作动态】…: a tag naming no tier (or more after it) is a section of the site, not an award
        d = _DATE_END.search(self.norm, m.end(), b.end)
        end = d.start() if d and d.start() > m.end() else b.end
        if re.search(r"[》〉]\s*[《〈]", self.norm[m.end():end]):
            return False  # 【最佳案例】《A：X》《B：Y》: a tier's glued run (kg.layouts.sentences), not one link
        it = split_item(self.norm, m.end(), end)
        if it is None or it.form not in ("colon", "marks-colon", "unit-marks") or not unit_like(self.norm[slice(*it.subject)]):
            return False
        series = tag[: found[0]].strip(" ·•・-—|｜丨")
        h = competition_header(series) if series else None
        st = self.state
        if h is not None:
            comp = competition_of(h.name, self.ctx.place, self.ctx.competition.organisers, False)
            if comp.key != st.competition.key or h.edition != st.edition or (h.year and h.year != st.year):
                st.competition, st.edition, st.year = comp, h.edition, h.year or self.ctx.year
        at = m.start(1) + found[0]
        self.add(i, it.subject, it.title, (m.start(), end), "tagged:" + it.form, None, found[2], at)
        return True

    def tagged_unit(self, i: int, m: re.Match) -> bool:
        """Under a tier heading, ``【UNIT】TITLE`` (a WeChat list: 🔹【某某街道】“X”调解机制): the tag is the unit."""
        b = self.blocks[i]
        st = self.state
        if not (st.in_list and st.tier is not None) or not (bare_unit(m.group(1)) or place_like(m.group(1)) or unit_like(m.group(1))):
            return False
        a, e = m.end(), b.end
        while e > a and self.norm[e - 1] in " \t\u3000。；;":
            e -= 1
        title = self.norm[a:e]
        if not title or not (title.startswith(("“", "《")) or title_like(title)) or "：" in title or ":" in title:
            return False
        self.add(i, m.span(1), (a, e), (m.start(), e), "tagged:unit-title", None)
        return True
