"""Entries printed inside sentences and runs.

* ``《UNIT:TITLE》《UNIT:TITLE》…`` glued in one paragraph;
* ``UNIT《TITLE》、UNIT《TITLE》…以及UNIT《TITLE》`` (a sentence list);
* members first and the tier after them: ``A、B、C获得一等奖``, ``UNIT参赛项目《TITLE》荣获X类三等奖；``;
* the tier first: ``一等奖：A、B、C`` / ``获得一等奖的是：…``;
* a unit and its title in quotes: ``A“X工作法”、B“Y工作法”入选优秀案例``.

Units named as winners without titles (授予A、B“X”称号) are :mod:`kg.layouts.award_runs`' work.

A paragraph is split into clauses at 。；; the clause's tier is the one it
prints (after an award verb or before a colon), else the list's current tier.
Members are split at 、，；以及 … outside book-title marks and quotes.
"""

from __future__ import annotations

import re

from .items import bare_unit, book_titles, place_like, split_item, title_like, unit_like
from .rules import Tier, rules

__all__ = ["read_sentences", "unit_run"]

_CLAUSE_END = "。;；\n"
_ADVERB = re.compile(r"(?:同样|同时|也|亦|均|都|还|分别|一并|共同)+$")
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
            adverb = _ADVERB.search(clause, 0, vm.start())  # …《X》同样获得二等奖 / 也获评: not part of the title
            return a, a + (adverb.start() if adverb else vm.start()), r.tier(tm.group(0)), a + vm.end() + tm.start(), cat
        um = r.unknown_tier.match(rest.strip()[:12]) if rest.strip() else None
        if um and len(rest.strip()) <= 12:
            return a, a + vm.start(), r.tier(rest.strip()), a + vm.end(), ""
    # tier before the members: "一等奖：…" / "获得一等奖的是：…"
    lm = r.tier_lead.match(clause)
    if lm:
        tm = _lead_tier(lm.group("tier"))
        if tm:
            pre = lm.group("tier")[: tm.start()]
            cat = pre if pre.endswith(("类", "组", "赛道")) else ""
            return a + lm.end(), b, r.tier(tm.group(0)), a + lm.start("tier") + tm.start(), cat
    return a, b, None, -1, ""


def _lead_tier(word: str) -> re.Match | None:
    """The tier a lead names: its last tier word (入选最佳案例的有2个： → 最佳案例, not 入选)."""
    ms = list(rules().tier_words.finditer(word))
    return ms[-1] if ms else None


def _tier_clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A clause cut after each ``…获一等奖，`` that another award verb and tier follow
    (``A、B获一等奖，C、D获二等奖``): each group of members with its own tier.

    >>> t = "甲局机关党委“X”、乙局机关党委“Y”获一等奖，丙局机关党委“Z”获二等奖"
    >>> [t[x:y] for x, y in _tier_clauses(t, 0, len(t))]
    ['甲局机关党委“X”、乙局机关党委“Y”获一等奖', '丙局机关党委“Z”获二等奖']
    """
    r = rules()
    out, start = [], a
    for vm in r.award_verb.finditer(text, a, b):
        tm = r.tier_words.search(text, vm.end(), min(b, vm.end() + 20))
        if tm is None or (text[vm.end():tm.start()] and not text[vm.end():tm.start()].strip("“”").endswith(("类", "组", "赛道"))):
            continue
        k = tm.end()
        while k < b and text[k] in _BLANK:
            k += 1
        if k < b and text[k] in ",，" and any(r.tier_words.search(text, m.end(), min(b, m.end() + 20))
                                             for m in r.award_verb.finditer(text, k + 1, b)):
            out.append((start, k))
            start = k + 1
    return [*out, (start, b)]


def _tier_sentences(text: str, a: int, b: int) -> list[int]:
    """Where a later sentence of ``text[a:b]`` opens with a tier lead (。获得银奖的案例是：): the cuts."""
    r = rules()
    out = []
    for m in re.finditer(r"[。！!]\s*", text[a:b]):
        at = a + m.end()
        lm = r.tier_lead.match(text[at:b])  # (anchored at its start: on the slice)
        if lm and at < b and r.tier_words.search(lm.group("tier")):
            out.append(at)
    return out


def read_sentences(text: str, a: int, b: int, in_list: bool, list_tier: tuple[Tier, int] | None = None) -> list[tuple]:
    """Entries in ``text[a:b]``: a list of (subject, title, form, tier, tier_at, category).

    A member without a book title counts only as a unit in a clause that prints its tier, or in a run under
    a tier heading of the list (``list_tier``: 示范品牌 over 市财政局机关党委“阳光财政”、市税务局机关党委“税务蓝”).
    """
    out = []
    r = rules()
    cuts = _tier_sentences(text, a, b)
    if cuts:  # 获得金奖的案例是：…。获得银奖的案例是：…。 one paragraph, a tier per sentence: each sentence on its own
        bounds = [a, *cuts, b]
        return [x for s, e in zip(bounds, bounds[1:]) for x in read_sentences(text, s, e, in_list, list_tier)]
    block_tier, block_at, block_cat = (list_tier[0], list_tier[1], "") if list_tier else (None, -1, "")
    lm = r.tier_lead.match(text[a:b])
    if lm:
        base = a  # "最佳案例：A《X》；B《Y》。" — the lead's tier holds for every clause of the paragraph
        word = lm.group("tier").strip()
        tm = _lead_tier(word)
        if tm:
            block_tier, block_at = r.tier(tm.group(0)), base + lm.start("tier") + tm.start()
            pre = word[: tm.start()]
            block_cat = pre if pre.endswith(("类", "组", "赛道")) else ""
            a = base + lm.end()
        elif r.unknown_tier.match(word):
            block_tier, block_at, a = r.tier(word), base + lm.start("tier"), base + lm.end()
    clauses = [c for ca, cb in _top_level_splits(text, a, b, _CLAUSE_END) for c in _tier_clauses(text, ca, cb)]
    tiers = _run_tiers(text, clauses)
    # under the list's tier heading, members apart by ；(one a clause) that are all UNIT“X”: X is each one's brand
    brand_run = list_tier is not None and len(clauses) > 1 and all(
        _quoted_title(text, ca, cb, True) for ca, cb in clauses if text[ca:cb].strip(" \u3000\r\n"))
    for (ca, cb), (ma, mb, tier, tier_at, cat, counted) in zip(clauses, tiers):
        own_tier = tier is not None  # the clause prints its tier after its members (…“城管驿站”获一等奖)
        if tier is None and block_tier is not None:
            tier, tier_at, cat = block_tier, block_at, block_cat
        has_marks = bool(book_titles(text[ma:mb]))
        if not has_marks and tier is None:
            continue
        found = []
        members = list(_members(text, ma, mb))
        # units without titles only when every member of the clause is a unit or a titled entry
        # (区委常委、组织部部长出席并为获奖单位颁奖: a person's office among them, no run of winners)
        all_units = all("《" in text[xa:xb] or "〈" in text[xa:xb] or unit_like(text[xa:xb]) for xa, xb in members)
        # under the list's tier heading, a run whose every member is UNIT“X”: X is each one's brand, title words or not
        quoted = [(xa, xb) for xa, xb in members if "“" in text[xa:xb]]  # (an opening clause 经评委打分， is no member)
        brands = counted or brand_run or (list_tier is not None or tier is not None) and len(quoted) > 1 and all(
            _quoted_title(text, xa, xb, True) for xa, xb in quoted)  # (A“X”、B“Y”获得一等奖: each one's brand)
        brands = brands or own_tier and len(quoted) == 1  # (…，A“X”获一等奖: the one winner's brand)
        for xa, xb in members:
            piece = text[xa:xb]
            if "《" in piece or "〈" in piece:
                it = split_item(text, xa, xb)
                if it is None or it.form not in ("marks-colon", "unit-marks", "marks-unit", "marks"):
                    continue
                bm = re.search(r"《([^《》]+)》", text[xa:xb])
                if r.cited.search(bm.group(1) if bm else text[slice(*it.title)]):
                    continue  # 按照《关于开展…的通知》要求: a cited document
                if it.form == "marks" and not in_list and tier is None:
                    continue
                if it.form == "unit-marks" and not (unit_like(text[slice(*it.subject)]) or place_like(text[slice(*it.subject)])):
                    continue
                if it.tier:  # UNIT  《TITLE》  一等奖: the item prints its own tier
                    found.append((it.subject, it.title, it.form, r.tier(text[slice(*it.tier)]), it.tier[0], cat))
                    continue
                found.append((it.subject, it.title, it.form, tier, tier_at, cat))
            elif tier is not None and (qt := _quoted_title(text, xa, xb, brands)):  # UNIT“X工作法”
                found.append((*qt, "unit-quoted", tier, tier_at, cat))
            elif tier is not None and all_units and unit_like(piece):
                s = xa + (len(piece) - len(piece.lstrip(" 　:：")))
                lead = rules().unit_lead.match(text[s:xb])
                s = s + lead.end() if lead else s
                for ua, ub in _split_units(text, s, xb):
                    found.append(((ua, ub), (ub, ub), "unit-only", tier, tier_at, cat))
        out.extend(found)
    return out


def _run_tiers(text: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int, Tier | None, int, str, bool]]:
    """Each clause's (members start, members end, tier, tier position, category, in a counted run). Members apart by ；and
    closed by a count and a tier (A“X”；B“Y”；C“Z”等10个项目获评优秀案例；…) all take that tier: the count
    sums up the run (the count itself is not part of the last member)."""
    count = rules().award["count"]
    out = [(*_clause_tier(text, ca, cb), False) for ca, cb in clauses]
    for k in range(len(out) - 1, -1, -1):
        ma, mb, tier, tier_at, cat, _ = out[k]
        cm = None if tier is None else next((m for m in count.finditer(text, ma, mb) if not text[m.end():mb].strip()), None)
        if cm is None:
            continue
        out[k] = (ma, cm.start(), tier, tier_at, cat, True)
        j = k - 1
        while j >= 0 and out[j][2] is None and text[clauses[j][1]:clauses[j][1] + 1] in ";；":
            out[j] = (out[j][0], out[j][1], tier, tier_at, cat, True)
            j -= 1
    return out


def _quoted_title(text: str, a: int, b: int, brands: bool = False) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``UNIT“TITLE”`` (a member of a sentence list): (unit span, title span inside the quotes), else None;
    ``UNIT“X”Y``: the title is ``“X”Y``. ``brands``: the quoted words need not look like a title (a run of
    brands under a tier heading: 市税务局机关党委“税务蓝”)."""
    while a < b and text[a] in _BLANK:
        a += 1
    lead = rules().unit_lead.match(text[a:b])
    a += lead.end() if lead else 0
    while b > a and text[b - 1] in _BLANK:
        b -= 1
    m = rules().award["quoted_title"].match(text, a, b)
    if m:
        ua, ub = m.span("unit")
        trail = rules().unit_trail.search(text, ua, ub)  # UNIT报送的“TITLE”: the verb is no part of the unit
        if trail and trail.start() - ua >= 4 and bare_unit(text[ua : trail.start()]):
            return (ua, trail.start()), (m.start("title") - 1, m.end("title") + 1)  # (a sentence quotes a title: kept)
        if bare_unit(m.group("unit")) and (brands or title_like(m.group("title"))):
            return m.span("unit"), (m.start("title") - 1, m.end("title") + 1)
    k = text.find("“", a, b)  # UNIT“红色物业”破解小区治理难题: the title opens with the quote and goes on after it
    trail = rules().unit_trail.search(text, a, k) if k > a else None  # UNIT的“X”Y: 的 is no part of the unit
    uk = trail.start() if trail and trail.start() - a >= 4 else k
    if (k - a >= 4 and bare_unit(text[a:uk]) and "”" in text[k:b] and not text[k:b].endswith("”")
            and title_like(text[k:b]) and not rules().results.search(text, k, b)):  # (…评选结果日前揭晓 is news)
        u = uk
        while u > a and text[u - 1] in " \u3000:：,，、":
            u -= 1  # UNIT：“TITLE”…: the colon is no part of the unit
        return (a, u), (k, b)
    return None


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
