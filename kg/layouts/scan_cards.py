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
"""

from __future__ import annotations

import re

from .items import bare_unit, line_unit
from .rules import numeral

__all__ = ["CardReader"]

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
