"""Winners named inside sentences, without titles: a run of units, an award verb and an honour.

* verb first: ``决定授予A、B、C等12个单位“X”称号`` / ``命名A、B和C为“X”`` / ``确定A、B为第三批X``;
  the members may be apart by ``，`` (``授予A，B，C等8个党组织“X”称号``), the clause's own separator;
* run first: ``A、B以及C被评为X`` / ``会上，A，B，C被评为X`` / ``A、B等10个党支部被评为“X”``;
* praise in a notice: ``决定对A、B和C予以通报表扬`` (the praise is the run's tier);
* a winners' lead-in inside a paragraph: ``获评单位名单如下：A；B；C。`` (no honour: the list's tier);
* an honour that names its own competition: ``获评第二届Y提名案例`` (see :func:`series_tier`).

Every member must be a bare unit (:func:`kg.layouts.items.bare_unit`), else the part is not read: prose that
only names units (参加会议的有A、B、C, 由A、B主办) gives no run. The words are data: ``[award_sentence]`` in
``schema/layouts.toml``. A text copy's run hard-wrapped after 、 goes on to the next line.
"""

from __future__ import annotations

from typing import NamedTuple

from .items import bare_unit
from .rules import numeral, rules
from .sentences import _BLANK, _CLAUSE_END, _top_level_splits

__all__ = ["AwardRun", "award_units", "series_tier"]


class AwardRun(NamedTuple):
    """Units named as winners inside one comma part of a sentence."""

    units: list[tuple[int, int]]
    honour: tuple[int, int]  # the honour word (the units' tier), without quotes and 称号
    count: int | None  # N of 等N个
    count_at: int


def _last_pair(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The last member of a run may hold the one connector: ``C和D`` / ``C及D`` / ``C以及D``, cut at the
    rightmost connector with a bare unit on both sides (湖熟街道和平社区党支部和谷里街道周村社区党总支)."""
    for k in range(b - 3, a + 1, -1):
        for conn in ("以及", "和", "及", "与"):
            if text.startswith(conn, k) and bare_unit(text[a:k]) and bare_unit(text[k + len(conn) : b]):
                return [(a, k), (k + len(conn), b)]
    return [(a, b)]


def _award_members(text: str, a: int, b: int, seps: str = "、") -> list[tuple[int, int]]:
    """``A、B和C`` / ``A、B以及C``: every member a bare unit, else ``[]``. ``seps`` are the separators
    of the run (a run that spans the comma parts of a clause is also apart by ``，``)."""
    rl = rules().award["run_lead"].match(text, a, b)  # 现将A、B确定为X / 其中A、B获评X
    ul = None if rl else rules().unit_lead.match(text[a:b])  # (unit_lead is anchored with ^: matched on the slice)
    a = rl.end() if rl else a + (ul.end() if ul else 0)
    pieces = _top_level_splits(text, a, b, seps)
    out = []
    for n, (x, y) in enumerate(pieces):
        while x < y and text[x] in _BLANK:
            x += 1
        while y > x and text[y - 1] in _BLANK:
            y -= 1
        for ux, uy in _last_pair(text, x, y) if n == len(pieces) - 1 else ((x, y),):
            if not bare_unit(text[ux:uy]) or rules().award["not_member"].match(text, ux, uy):
                return []
            out.append((ux, uy))
    return out


def _honour(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The honour in ``text[a:b]`` (see layouts.toml [award_sentence] honour): its span, else None."""
    r = rules()
    m = r.award["honour"].match(text, a, b)
    if not m:
        return None
    for g in ("q", "q2"):
        if m.group(g):
            return m.span(g)
    w = m.group("w")
    if not w or not (r.award["honour_suffix"].search(w.rstrip("”")) or r.tier_words.fullmatch(w) or r.unknown_tier.match(w)
                     or _series_tier(w)):
        return None
    return m.span("w")


def series_tier(text: str, a: int, b: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """An honour that names its own competition before a tier word (第二届温州市“两新”党建品牌提名案例):
    (the competition's span, the tier word's span), else None."""
    k = _series_tier(text[a:b])
    return ((a, a + k), (a + k, b)) if k else None


def _series_tier(w: str) -> int:
    r = rules()
    em = r.edition.match(w)
    last = None
    for last in r.tier_words.finditer(w):
        pass
    if not em or last is None or last.end() != len(w) or last.start() - em.end() < 4:
        return 0
    return last.start()


def _run_and_honour(text: str, a: int, b: int, seps: str = "、") -> AwardRun | None:
    """``A、B等N个“X”`` / ``A、B为X`` / ``A、B“X”称号`` in ``text[a:b]``: the run and its honour."""
    r = rules()
    cm = r.award["count"].search(text, a, b)
    if cm:
        units, honour = _award_members(text, a, cm.start(), seps), _honour(text, cm.end(), b)
        if units and honour:
            return AwardRun(units, honour, numeral(cm.group("n")), cm.start())
        return None
    for k in range(a + 1, b):  # the run ends where the honour begins: at 为 or at an opening quote
        if text[k] not in "为“":
            continue
        honour = _honour(text, k, b)
        if honour:
            units = _award_members(text, a, k, seps)
            if units:
                return AwardRun(units, honour, None, -1)
    return None


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Clauses at 。；; and line ends, except a line end right after 、 or ， (a run hard-wrapped onto
    the next line of a text copy goes on)."""
    out, start = [], a
    for x, y in _top_level_splits(text, a, b, _CLAUSE_END):
        if y < b and text[y] == "\n" and text[x:y].rstrip(" \t\u3000\r")[-1:] in ("、", "，", ","):
            continue
        out.append((start, y))
        start = y + 1
    if start < b:
        out.append((start, b))
    return [(x, y) for x, y in out if y > x]


def _listed_runs(text: str, a: int, b: int) -> list[AwardRun]:
    """``名单如下：A；B；C。`` inside a paragraph: the run after a lead-in, to the end of its sentence, every
    member a bare unit (two at least). The run's honour is a tier word the lead-in prints, else none (the list's tier)."""
    out = []
    for m in rules().award["list_lead"].finditer(text, a, b):
        end = text.find("。", m.end(), b)
        end = b if end < 0 else end
        units = _award_members(text, m.end(), end, "、,，;；")
        if len(units) >= 2:  # (获评一等奖的单位名单如下：the tier word the lead-in prints is the run's honour)
            tm = rules().tier_words.search(text, m.start(), m.end())
            out.append(AwardRun(units, tm.span() if tm else (m.end(), m.end()), None, -1))
    return out


def _lead_end(text: str, a: int) -> int:
    while a < len(text) and text[a] in _BLANK:
        a += 1
    return a


def _units_before(text: str, parts: list[tuple[int, int]], units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``A，B，C被评为X``: the comma parts right before a run that opens its part, each a bare unit as a whole,
    belong to the run (a part that is not a unit — 会上 / 经研究 — ends the walk back)."""
    before: list[tuple[int, int]] = []
    for x, y in reversed(parts):
        x = _lead_end(text, x)
        while y > x and text[y - 1] in _BLANK:
            y -= 1
        if not bare_unit(text[x:y]) or rules().award["not_member"].match(text, x, y):
            break
        before.insert(0, (x, y))
    return before + units


def _praised(text: str, a: int, b: int, commas: bool = False) -> AwardRun | None:
    """``对A、B和C予以通报表扬``: the run between 对 and 予以, the praise after it as the honour;
    ``对A、B等10个先进基层党组织（和王某等5名同志）予以表彰``: the group the count names is the honour.
    ``commas``: a run whose units are apart by ``，`` too (对A，B，C予以通报表扬), read over a whole clause."""
    r = rules()
    pattern, seps = ("praise_commas", "、，,") if commas else ("praise", "、")
    pos = a
    while m := r.award[pattern].search(text, pos, b):  # 对此，经研究，决定对A，B予以…: each 对 in turn
        pos = m.start() + 1
        rs, re_ = m.span("run")
        cm = r.award["count"].search(text, rs, re_)
        if cm:
            cut = r.award["group_end"].search(text, cm.end(), re_)
            honour = _honour(text, cm.end(), cut.start() if cut else re_)
            units = _award_members(text, rs, cm.start(), seps)
            if units and honour:
                return AwardRun(units, honour, numeral(cm.group("n")), cm.start())
            continue
        units = _award_members(text, rs, re_, seps)
        if units:
            return AwardRun(units, m.span("honour"), None, -1)
    return None


def award_units(text: str, a: int, b: int) -> list[AwardRun]:
    """Winners named inside sentences in ``text[a:b]``: 授予A、B等N个单位“X”称号, 命名A、B和C为“X”,
    确定A、B为第三批X（排名不分先后）, A、B以及C被评为X, A和B荣获“X”称号, 对A、B予以通报表扬, 名单如下：A；B；C。
    A part after a verb-first part that names another run and honour (…，D、E等6个“Y”) takes the same verb;
    a verb-first run whose members are apart by ``，`` (授予A，B，C等8个党组织“X”称号) spans the comma parts.

    >>> t = "决定授予东山街道竹山社区党委、秣陵街道殷巷社区党委等12个单位“五星级基层党组织”称号"
    >>> [([t[x:y] for x, y in g.units], t[slice(*g.honour)], g.count) for g in award_units(t, 0, len(t))]
    [(['东山街道竹山社区党委', '秣陵街道殷巷社区党委'], '五星级基层党组织', 12)]
    >>> award_units("本次评选由区委组织部、区直机关工委主办，经各街道党工委、区直各部门推荐", 0, 35)
    []
    """
    r = rules()
    out: list[AwardRun] = _listed_runs(text, a, b)
    listed = [(g.units[0][0], g.units[-1][1]) for g in out]
    for ca, cb in _clauses(text, a, b):
        if any(x < cb and ca < y for x, y in listed):
            continue
        verb_first = False
        parts = _top_level_splits(text, ca, cb, ",，")
        wide = _praised(text, ca, cb, commas=True) if len(parts) > 1 else None
        if wide is not None and any(wide.units[0][1] <= x <= wide.units[-1][0] for x, _ in parts[1:]):
            out.append(wide)  # 对A，B，C予以通报表扬: one run over the comma parts
            continue
        n = 0
        while n < len(parts):
            pa, pb = parts[n]
            while pb > pa and text[pb - 1] in " \t\u3000":
                pb -= 1
            got = _praised(text, pa, pb)
            vm = r.award["verb_first"].search(text, pa, pb)
            if got is None and vm and "、" not in text[pa : vm.start()]:
                got = _run_and_honour(text, vm.end(), pb)
                for k in range(n + 1, len(parts)) if got is None else ():  # 授予A，B，C等8个“X”称号
                    got = _run_and_honour(text, vm.end(), parts[k][1], "、,，")
                    if got is not None:
                        n = k
                        break
                verb_first = verb_first or got is not None
            if got is None:
                vm = r.award["verb_after"].search(text, pa, pb)
                if vm:
                    honour = _honour(text, vm.end(), pb)
                    cm = r.award["count"].search(text, pa, vm.start())
                    units = _award_members(text, pa, cm.start() if cm else vm.start()) if honour else []
                    if units and (not cm or cm.end() == vm.start()):
                        units = _units_before(text, parts[:n], units) if units[0][0] == _lead_end(text, pa) else units
                        got = AwardRun(units, honour, numeral(cm.group("n")) if cm else None, cm.start() if cm else -1)
            if got is None and verb_first and not vm:
                got = _run_and_honour(text, pa, pb)
            if got is not None:
                out.append(got)
            n += 1
    return sorted(out, key=lambda g: g.units[0][0])
