"""Entries printed inside sentences and runs.

* ``《UNIT:TITLE》《UNIT:TITLE》…`` glued in one paragraph;
* ``UNIT《TITLE》、UNIT《TITLE》…以及UNIT《TITLE》`` (a sentence list);
* members first and the tier after them: ``A、B、C获得一等奖``, ``UNIT参赛项目《TITLE》荣获X类三等奖；``;
* the tier first: ``一等奖：A、B、C`` / ``获得一等奖的是：…``.

A paragraph is split into clauses at 。；; the clause's tier is the one it
prints (after an award verb or before a colon), else the list's current tier.
Members are split at 、，；以及 … outside book-title marks and quotes.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .items import bare_unit, book_titles, place_like, split_item, title_like, unit_like
from .rules import Tier, numeral, rules

__all__ = ["AwardRun", "award_units", "read_sentences", "series_tier", "unit_run"]

_CLAUSE_END = "。;；\n"
_BLANK = " \t\u3000\r\n"
_OPENERS = {"《": "》", "〈": "〉", "“": "”", "「": "」", "(": ")", "（": "）"}


def _top_level_splits(text: str, a: int, b: int, seps: str) -> list[tuple[int, int]]:
    out, closing, start = [], [], a
    for i in range(a, b):
        ch = text[i]
        if closing and ch == closing[-1]:
            closing.pop()
        elif ch in _OPENERS:
            closing.append(_OPENERS[ch])
        elif not closing and ch in seps:
            out.append((start, i))
            start = i + 1
    out.append((start, b))
    return [(x, y) for x, y in out if y > x]


def _members(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split a member run at separators outside marks and quotes."""
    r = rules()
    pieces = _top_level_splits(text, a, b, "、,，")
    out = []
    for x, y in pieces:
        # 以及 / 及 / 和《 inside a piece
        cuts = [x]
        depth = 0
        i = x
        while i < y:
            ch = text[i]
            if ch in "《〈" and depth == 0 and i > x and text[i - 1] in "》〉":
                cuts.append(i)  # 《A:X》《B:Y》: glued entries
                cuts.append(i)
            if ch in "《〈“「(（":
                depth += 1
            elif ch in "》〉”」)）":
                depth = max(0, depth - 1)
            elif depth == 0:
                m = r.member_sep.match(text, i, y)
                if m and m.end() > i and i > x:
                    cuts.append(i)
                    cuts.append(m.end())
                    i = m.end()
                    continue
            i += 1
        cuts.append(y)
        out.extend((cuts[k], cuts[k + 1]) for k in range(0, len(cuts) - 1, 2) if cuts[k + 1] > cuts[k])
    return out


def _split_units(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """"聊城市东昌府区和滨州市滨城区": split at 和/与/及 when both sides are units."""
    piece = text[a:b]
    for k in range(2, len(piece) - 2):
        if piece[k] in "和与及" and unit_like(piece[:k]) and unit_like(piece[k + 1 :]):
            return [(a, a + k), *_split_units(text, a + k + 1, b)]
    return [(a, b)]


def _clause_tier(text: str, a: int, b: int) -> tuple[int, int, Tier | None, int, str]:
    """(members start, members end, tier, tier position, category) of one clause."""
    r = rules()
    clause = text[a:b]
    # tier after the members: "…获得一等奖" / "…荣获党建赋能类三等奖"
    for vm in r.award_verb.finditer(clause):
        rest = clause[vm.end() :]
        tm = r.tier_words.search(rest[:20])
        if tm:
            cat = rest[: tm.start()].strip("“”")
            cat = cat if cat.endswith(("类", "组", "赛道")) else ""
            return a, a + vm.start(), r.tier(tm.group(0)), a + vm.end() + tm.start(), cat
        um = r.unknown_tier.match(rest.strip()[:12]) if rest.strip() else None
        if um and len(rest.strip()) <= 12:
            return a, a + vm.start(), r.tier(rest.strip()), a + vm.end(), ""
    # tier before the members: "一等奖：…" / "获得一等奖的是：…"
    lm = r.tier_lead.match(clause)
    if lm:
        tm = r.tier_words.search(lm.group("tier"))
        if tm:
            pre = lm.group("tier")[: tm.start()]
            cat = pre if pre.endswith(("类", "组", "赛道")) else ""
            return a + lm.end(), b, r.tier(tm.group(0)), a + lm.start("tier") + tm.start(), cat
    return a, b, None, -1, ""


def read_sentences(text: str, a: int, b: int, in_list: bool) -> list[tuple]:
    """Entries in ``text[a:b]``: a list of (subject, title, form, tier, tier_at, category).

    A member without a book title counts only as a unit in a clause that prints its tier.
    """
    out = []
    r = rules()
    block_tier, block_at, block_cat = None, -1, ""
    lm = r.tier_lead.match(text[a:b])
    if lm:
        base = a  # "最佳案例：A《X》；B《Y》。" — the lead's tier holds for every clause of the paragraph
        word = lm.group("tier").strip()
        tm = r.tier_words.search(word)
        if tm:
            block_tier, block_at = r.tier(tm.group(0)), base + lm.start("tier") + tm.start()
            pre = word[: tm.start()]
            block_cat = pre if pre.endswith(("类", "组", "赛道")) else ""
            a = base + lm.end()
        elif r.unknown_tier.match(word):
            block_tier, block_at, a = r.tier(word), base + lm.start("tier"), base + lm.end()
    for ca, cb in _top_level_splits(text, a, b, _CLAUSE_END):
        ma, mb, tier, tier_at, cat = _clause_tier(text, ca, cb)
        if tier is None and block_tier is not None:
            tier, tier_at, cat = block_tier, block_at, block_cat
        has_marks = bool(book_titles(text[ma:mb]))
        if not has_marks and tier is None:
            continue
        found = []
        for xa, xb in _members(text, ma, mb):
            piece = text[xa:xb]
            if "《" in piece or "〈" in piece:
                it = split_item(text, xa, xb)
                if it is None or it.form not in ("marks-colon", "unit-marks", "marks-unit", "marks"):
                    continue
                if it.form == "marks" and not in_list and tier is None:
                    continue
                if it.form == "unit-marks" and not (unit_like(text[slice(*it.subject)]) or place_like(text[slice(*it.subject)])):
                    continue
                if it.tier:  # UNIT  《TITLE》  一等奖: the item prints its own tier
                    found.append((it.subject, it.title, it.form, r.tier(text[slice(*it.tier)]), it.tier[0], cat))
                    continue
                found.append((it.subject, it.title, it.form, tier, tier_at, cat))
            elif tier is not None and (qt := _quoted_title(text, xa, xb)):  # UNIT“X工作法”
                found.append((*qt, "unit-quoted", tier, tier_at, cat))
            elif tier is not None and unit_like(piece):
                s = xa + (len(piece) - len(piece.lstrip(" 　:：")))
                lead = rules().unit_lead.match(text[s:xb])
                s = s + lead.end() if lead else s
                for ua, ub in _split_units(text, s, xb):
                    found.append(((ua, ub), (ub, ub), "unit-only", tier, tier_at, cat))
        out.extend(found)
    return out


def _quoted_title(text: str, a: int, b: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``UNIT“TITLE”`` (a member of a sentence list): (unit span, title span inside the quotes), else None."""
    while a < b and text[a] in _BLANK:
        a += 1
    lead = rules().unit_lead.match(text[a:b])
    a += lead.end() if lead else 0
    while b > a and text[b - 1] in _BLANK:
        b -= 1
    m = rules().award["quoted_title"].match(text, a, b)
    if not m or not bare_unit(m.group("unit")) or not title_like(m.group("title")):
        return None
    return m.span("unit"), m.span("title")


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
    member a bare unit (two at least). No honour is printed: the run takes the list's tier."""
    out = []
    for m in rules().award["list_lead"].finditer(text, a, b):
        end = text.find("。", m.end(), b)
        end = b if end < 0 else end
        units = _award_members(text, m.end(), end, "、,，;；")
        if len(units) >= 2:
            out.append(AwardRun(units, (m.end(), m.end()), None, -1))
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


def _praised(text: str, a: int, b: int) -> AwardRun | None:
    """``对A、B和C予以通报表扬``: the run between 对 and 予以, the praise after it as the honour."""
    m = rules().award["praise"].search(text, a, b)
    if not m:
        return None
    units = _award_members(text, m.start("run"), m.end("run"))
    return AwardRun(units, m.span("honour"), None, -1) if units else None


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


_SPACES = re.compile(r"\s+")


def unit_run(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``A、B、C`` (or ``A　　B　　C``) where every member is a bare unit (no title): their spans, else ``[]``.

    >>> t = "平望镇莺湖村党委、震泽镇众安桥村党委、汾湖高新区“红色港湾”联合党委"
    >>> [t[x:y] for x, y in unit_run(t, 0, len(t))]
    ['平望镇莺湖村党委', '震泽镇众安桥村党委', '汾湖高新区“红色港湾”联合党委']
    >>> unit_run("区委组织部召开会议，部署基层党建工作", 0, 18)
    []
    """
    while b > a and text[b - 1] in " \t\u3000。;；":
        b -= 1
    if "。" in text[a:b]:
        return []
    out = []
    for px, py in _top_level_splits(text, a, b, "、,，;；\t\u3000"):
        # "A  B" or "A B" (a page folds 　 to one space): every part must be a unit of its own
        cuts = [px] + [k for m in _SPACES.finditer(text, px, py) for k in (m.start(), m.end())] + [py]
        for x, y in zip(cuts[::2], cuts[1::2]):  # "A  B  C": units apart by columns of spaces
            while x < y and text[x] in " \t\u3000":
                x += 1
            while y > x and text[y - 1] in " \t\u3000":
                y -= 1
            if y <= x:
                continue
            if not bare_unit(text[x:y]):
                return []
            out.append((x, y))
    return out if len(out) >= 2 else []
