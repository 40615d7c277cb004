"""One award entry's text → its unit (subject) and title, whatever order they are printed in.

Forms, tried in order (all on simplified text; offsets are relative to the item):

* ``《UNIT:TITLE》``                       a book-title mark around both
* ``UNIT《TITLE》`` / ``UNIT参赛项目《TITLE》``  the unit before a book title
* ``《TITLE》(UNIT)`` / ``《TITLE》——UNIT``    the unit after it
* ``SUBJECT:TITLE``                        a colon between them
* ``TITLE(UNIT)`` / ``TITLE——UNIT``         the unit after the title, told apart by how each side ends
* ``UNIT  TITLE``                          two columns of a flattened table
* ``SUBJECT TITLE`` with no separator      split after the administrative suffix (reported)

Titles may hold book-title marks and quotes of their own, so marks are matched
balanced. A trailing tier in brackets (``…(一等奖)``) is returned separately.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .rules import rules

__all__ = ["Item", "split_item", "book_titles", "unit_like", "place_like", "title_like", "bare_unit"]

_OPEN, _CLOSE = "《〈", "》〉"
_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", '"': '"', "‘": "’"}
_PUNCT_EDGE = " \t\u3000,，.。;；:：、"
_ORG_END = re.compile(r"(?:委员会|党委|党组|党工委|工委|总支|支部|公司|集团|中心|办公室|局|委|厅|院|校|会)$")
_ADMIN_SPLIT = re.compile(r"^(.{2,14}?(?:省|市|区|县|旗|州|盟))(?=[^省市区县旗州盟])")
# a unit named by its places down to a street, township, community or village (and its party organisation),
# glued to its title: 无锡市梁溪区崇安寺街道党建引领商圈治理
_PLACE_CHAIN = re.compile(r"^((?:[^省市区县旗州盟，。、；：:\s]{1,8}?(?:省|市|区|县|旗|州|盟)){1,3}"
                          r"(?:[^街镇乡，。、；：:\s]{1,8}?(?:街道|镇|乡))?(?:[^社村，。、；：:\s]{1,8}?(?:社区|村))?"
                          r"(?:(?<=街道)|(?<=镇)|(?<=乡)|(?<=社区)|(?<=村))(?:党委|党工委|党总支|党支部)?)(?![委直属级])")


@dataclass(frozen=True, slots=True)
class Item:
    subject: tuple[int, int]  # (start, end) within the item text; (x, x) when none
    title: tuple[int, int]
    form: str  # which form matched
    tier: tuple[int, int] | None = None  # a tier printed inside the item


def book_titles(text: str) -> list[tuple[int, int]]:
    """Top-level ``《…》`` pairs as (open index, close index), balanced.

    >>> t = "《甲:以《党章》为纲》《乙:二》"
    >>> [t[a + 1 : b] for a, b in book_titles(t)]
    ['甲:以《党章》为纲', '乙:二']
    """
    out, depth, start = [], 0, -1
    for i, ch in enumerate(text):
        if ch in _OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
            if depth == 0:
                out.append((start, i))
    return out


def _top_level_colon(text: str, start: int, end: int) -> int:
    """Index of the first colon outside quotes and marks in ``text[start:end]``, or -1 (a full-width bar,
    UNIT｜TITLE, stands for one)."""
    closing: list[str] = []
    for i in range(start, end):
        ch = text[i]
        if closing and ch == closing[-1]:
            closing.pop()
        elif ch in _QUOTE_PAIRS and not (ch == '"' and closing and closing[-1] == '"'):
            closing.append(_QUOTE_PAIRS[ch])
        elif ch in _OPEN:
            closing.append(_CLOSE[_OPEN.index(ch)])
        elif ch in ":：｜丨" and not closing:
            return i
    return -1


def place_like(text: str) -> bool:
    """Does a phrase start with a place name of the gazetteer (江苏南京, 浙江台州椒江)?

    >>> place_like("江苏南京"), place_like("主要做法")
    (True, False)
    """
    from ..extract.regions import load_gazetteer

    g = load_gazetteer()
    t = text.strip(_PUNCT_EDGE)
    return any(t[:k] in g.forms for k in range(2, min(len(t), 8) + 1))


def unit_like(text: str) -> bool:
    """Does a phrase end like an organisation or a place?

    >>> unit_like("中共杭州市上城区委组织部"), unit_like("上海机场(集团)"), unit_like("打造红色引擎")
    (True, True, False)
    """
    t = text.strip(_PUNCT_EDGE)
    return 2 <= len(t) <= 40 and bool(rules().unit_suffix.search(t)) and "“" not in t


ADDRESSEES = re.compile(r"^(?:各|全体|所属各|有关)")  # the addressees of a notice, never a winner
_QUOTED = re.compile(r"“[^”]{0,20}”|\"[^\"]{0,20}\"")
# a clause mark, a date, a column gap, a space before a quoted title or a dash (TITLE——UNIT): two parts, not one unit
_CLAUSE_MARK = re.compile(r"[。，,；;:：《》!！?？\t\u3000—|｜丨]|\d{4}\s*[年\-/.]| {2,}| (?=[“\"「])|--")


def glued_title(text: str) -> int:
    """Where a quoted title glued to its unit starts (南京市鼓楼区宁海路街道“红色物业”联盟, 市财政局机关党委“阳光财政”),
    else -1: the words before the first quote are a unit, and the phrase does not end like a party organisation
    (汾湖高新区“红色港湾”联合党委 is one unit)."""
    q = min((i for i in (text.find(c) for c in "“「\"") if i >= 0), default=-1)
    if q < 3 or len(text) - q < 4:
        return -1
    r = rules()
    if r.party_suffix.search(text.rstrip(_PUNCT_EDGE)) or re.search(r"[、，,；;]", _QUOTED.sub("", text[q:])):
        return -1  # (A“X”、B“Y”: a run of members, the sentence reader's)
    left = text[:q].strip(_PUNCT_EDGE)
    if not (4 <= len(left) <= 40) or _CLAUSE_MARK.search(left) or ADDRESSEES.match(left) or not r.unit_suffix.search(left) \
            or r.award_verb.search(left) or re.search(r"\d|等[一二三四五六七八九十百]+个", left):
        return -1  # (A等10个单位获评长沙市“红色堡垒”示范单位 is a sentence)
    return q if not r.title_signal.search(left) or r.party_suffix.search(left) else -1


def bare_unit(text: str) -> bool:
    """Is a phrase a unit alone, with no title: it ends like an organisation, holds no clause mark,
    date or book title, and (outside quotes) no title word?

    >>> bare_unit("小寨路街道大雁塔社区党委"), bare_unit("汾湖高新区“红色港湾”联合党委"), bare_unit("信息工程学院党委")
    (True, True, True)
    >>> bare_unit("打造“红色物业”服务中心"), bare_unit("2024年5月7日印发"), bare_unit("希望受到命名的党组织珍惜荣誉。")
    (False, False, False)
    """
    t = text.strip(_PUNCT_EDGE)
    if not (4 <= len(t) <= 40) or _CLAUSE_MARK.search(t) or t[0] in "“\"「‘(（" or ADDRESSEES.match(t) \
            or glued_title(t) > 0 or re.search(r"[(（][“\"「]", t):  # (UNIT（“X”Y）: a title in brackets)
        return False  # (a phrase that opens with a quote is a title: “红色物业”进社区; 各市团委 is an addressee)
    plain = _QUOTED.sub("", t)
    r = rules()
    if r.verb_words.search(plain) and not _ORG_END.search(t):
        return False  # 共同推动全市: a clause of a sentence, not a unit
    if re.search(r"\d+\s*[个项家名]", plain):
        return False  # 银牌项目4个为第四届…: a count, not a unit
    return bool(r.unit_suffix.search(t)) and (bool(r.party_suffix.search(t)) or not r.title_signal.search(plain))


def title_like(text: str) -> bool:
    t = text.strip(_PUNCT_EDGE)
    return len(t) >= 4 and (bool(rules().title_signal.search(t)) or len(t) > 16)


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _PUNCT_EDGE:
        a += 1
    while b > a and text[b - 1] in _PUNCT_EDGE:
        b -= 1
    return a, b


_GAP = re.compile(r"\t|[ \u3000]{2,}|\u3000")  # the gap between two columns of a flattened line
_PAREN_TIER = re.compile(r"[(（]([^()（）]{2,14})[)）]\s*$")
_SPACED_TIER = re.compile(r"(?:[\s\u3000]+|——|—)([\u4e00-\u9fff]{2,10})\s*$")  # "UNIT  TITLE  一等奖"



def _trailing_tier(text: str, start: int, end: int) -> tuple[int, tuple[int, int] | None]:
    """``…(一等奖)`` at the end of ``text[start:end]``: returns the new end and the tier's span.

    Searches only the item (``pos``/``endpos``), never the document before it: a loose line
    deep in a 50 MB file costs what a line costs.
    """
    verb = rules().verb_tier  # UNIT《TITLE》获一等奖 (schema/layouts.toml [unit] verb_tier)
    for rx in (_PAREN_TIER, _SPACED_TIER, verb):
        m = rx.search(text, start, end)
        if m and rules().tier_words.fullmatch(m.group(1)) and (rx is not verb or "》" in text[start : m.start()]):
            return m.start(), (m.start(1), m.end(1))
    return end, None


def _unit_before(text: str, a: int, b: int) -> tuple[int, int]:
    """The unit printed before a book title, without 参赛项目/选送的 and leading filler."""
    r = rules()
    while b > a and text[b - 1] in "—-–－ \u3000":
        b -= 1  # UNIT——《TITLE》: the dash parts them
    seg = text[a:b]
    m = r.unit_trail.search(seg)
    if m:
        b = a + m.start()
    lead = r.unit_lead.match(text[a:b])
    if lead:
        a += lead.end()
    return _strip(text, a, b)


def _title_goes_on(rest: str) -> bool:
    """Is the text after a title's closing 》 more of the same title (党建+安全生产), not a unit, a note or a list?"""
    rest = rest.strip(_PUNCT_EDGE)
    return (2 <= len(rest) <= 30 and not re.search(r"[《〈，,。；;、:：()（）\t]|\s{2,}", rest) and not unit_like(rest)
            and not rules().prose_after.search(rest))


def line_unit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of ``text[start:end]`` without its margins when that line is a unit alone, else None."""
    t = text[start:end]
    if not bare_unit(t):
        return None
    a = start + len(t) - len(t.lstrip())
    return a, a + len(t.strip())


@functools.lru_cache(maxsize=1)
def _party_head() -> re.Pattern[str]:
    """A place's party committee at the start of a line, with 4–40 more characters after it."""
    suffix = rules().party_suffix.pattern.rstrip("$")
    return re.compile(rf"(.{{2,24}}?(?:镇|乡|街道|社区|村|县|区|市|旗){suffix})(?=.{{4,40}}$)")


def split_item(text: str, start: int = 0, end: int | None = None) -> Item | None:
    """Split ``text[start:end]`` into unit and title; ``None`` when it holds no title at all.

    >>> def show(t):
    ...     it = split_item(t)
    ...     return it and (t[slice(*it.subject)], t[slice(*it.title)], it.form)
    >>> show("《上海市金山区:“毗邻党建”引领区域发展》")
    ('上海市金山区', '“毗邻党建”引领区域发展', 'marks-colon')
    >>> show("东实集团参赛项目《“红色引擎”赋能国企发展》")
    ('东实集团', '“红色引擎”赋能国企发展', 'unit-marks')
    >>> show("以“三事分流”推进社区治理(杭州市上城区委组织部)")
    ('杭州市上城区委组织部', '以“三事分流”推进社区治理', 'title-paren-unit')
    >>> show("江苏南京:社区党组织公推直选的实践探索")
    ('江苏南京', '社区党组织公推直选的实践探索', 'colon')
    >>> show("甲镇党委 库区移民村“积分治村”")
    ('甲镇党委', '库区移民村“积分治村”', 'unit-space-title')
    >>> show("市住建局机关党委：《红色工地》党建+安全生产"), show("《夜话》社区议事品牌（某街道某社区党委）")
    (('市住建局机关党委', '《红色工地》党建+安全生产', 'unit-marks'), ('某街道某社区党委', '《夜话》社区议事品牌', 'title-paren-unit'))
    """
    end = len(text) if end is None else end
    start, end = _strip(text, start, end)
    if end - start < 2:
        return None
    end, tier = _trailing_tier(text, start, end)
    start, end = _strip(text, start, end)
    marks = [(a, b) for a, b in book_titles(text[start:end])]
    marks = [(start + a, start + b) for a, b in marks]
    if marks:
        a, b = marks[0]
        pre = _unit_before(text, start, a)
        if pre[1] - pre[0] == 0 and b + 1 >= end:
            colon = _top_level_colon(text, a + 1, b)
            if colon > a + 1:
                return Item(_strip(text, a + 1, colon), _strip(text, colon + 1, b), "marks-colon", tier)
            return Item((a, a), _strip(text, a + 1, b), "marks", tier)
        post = _strip(text, b + 1, end)
        ptext = text[post[0] : post[1]]
        if pre[1] > pre[0]:
            if _title_goes_on(ptext):  # UNIT：《红色工地》党建+安全生产 — the title goes on after its marks
                return Item(pre, _strip(text, a, end), "unit-marks", tier)
            return Item(pre, _strip(text, a + 1, b), "unit-marks", tier)
        pu = re.search(r"[(（]([^()（）]{2,40})[)）]\s*$", ptext)
        if pu and pu.start() > 0 and unit_like(pu.group(1)) and _title_goes_on(ptext[: pu.start()]):
            # 《泉城夜话》社区议事品牌（某社区党委）: a title that goes on after its marks, then its unit
            return Item(_strip(text, post[0] + pu.start(1), post[0] + pu.end(1)), _strip(text, a, post[0] + pu.start()),
                        "title-paren-unit", tier)
        pm = re.fullmatch(r"[(（](.+)[)）]|[—\-–]{1,2}(.+)", ptext)
        if pm:
            g = 1 if pm.group(1) is not None else 2
            return Item(_strip(text, post[0] + pm.start(g), post[0] + pm.end(g)), _strip(text, a + 1, b), "marks-unit", tier)
        if unit_like(ptext):
            return Item(post, _strip(text, a + 1, b), "marks-unit", tier)
        colon = _top_level_colon(text, a + 1, b)
        if colon > a + 1:
            return Item(_strip(text, a + 1, colon), _strip(text, colon + 1, b), "marks-colon", tier)
        return Item((a, a), _strip(text, a + 1, b), "marks", tier)
    pm = re.search(r"[(（]([^()（）]{2,40})[)）]\s*$", text[start:end])
    if pm and pm.start() >= 4 and bare_unit(text[start : start + pm.start()]) and not unit_like(pm.group(1)) \
            and not place_like(pm.group(1)) and (pm.group(1)[:1] in "“\"「" or title_like(pm.group(1))):
        # UNIT（TITLE）: 市水利局机关党委（“河长+党员”护水行动）
        return Item(_strip(text, start, start + pm.start()), _strip(text, start + pm.start(1), start + pm.end(1)),
                    "unit-paren-title", tier)
    if pm and pm.start() > 2:  # TITLE(UNIT), the title may hold a colon of its own; （UNIT报送）: the verb is no part of it
        sender = rules().sender.search(pm.group(1))
        unit_end = pm.end(1) - (len(sender.group(0)) if sender else 0)
        if unit_like(text[start + pm.start(1) : start + unit_end]):
            return Item(_strip(text, start + pm.start(1), start + unit_end), _strip(text, start, start + pm.start()),
                        "title-paren-unit", tier)
    colon = _top_level_colon(text, start, end)
    gap = _GAP.search(text, start, end)
    if gap and 0 <= colon and gap.end() <= colon:  # UNIT  TITLE：SUBTITLE — a colon after the column gap is the title's
        left = _strip(text, start, gap.start())
        if unit_like(text[slice(*left)]) or place_like(text[slice(*left)]):
            return Item(left, _strip(text, gap.end(), end), "unit-gap-title", tier)
    if 0 <= colon - start <= 40 and colon + 1 < end:
        return Item(_strip(text, start, colon), _strip(text, colon + 1, end), "colon", tier)
    # UNIT “TITLE”: a unit, a space, then a quoted title
    sp = re.search(r"[ \t\u3000]+(?=[“「《\"])", text[start:end])
    if sp and sp.start() >= 2:
        left = _strip(text, start, start + sp.start())
        lt = text[slice(*left)]
        if unit_like(lt) or place_like(lt):
            return Item(left, _strip(text, start + sp.end(), end), "unit-space-title", tier)
    # TITLE(UNIT) / TITLE——UNIT / UNIT——TITLE
    pm = re.search(r"[(（]([^()（）]{2,40})[)）]\s*$", text[start:end])
    if pm and unit_like(pm.group(1)):
        return Item(_strip(text, start + pm.start(1), start + pm.end(1)), _strip(text, start, start + pm.start()),
                    "title-paren-unit", tier)
    dash = max(text.rfind("——", start, end), text.rfind("--", start, end))
    if dash > start:
        left, right = _strip(text, start, dash), _strip(text, dash + 2, end)
        lt, rt = text[slice(*left)], text[slice(*right)]
        if unit_like(rt) and not unit_like(lt):
            return Item(right, left, "title-dash-unit", tier)
        if unit_like(lt) and not unit_like(rt):
            return Item(left, right, "unit-dash-title", tier)
        if unit_like(rt):
            return Item(right, left, "title-dash-unit", tier)
    gap = re.search(r"\t|\s{2,}|\u3000", text[start:end])
    if gap:
        left, right = _strip(text, start, start + gap.start()), _strip(text, start + gap.end(), end)
        if right[1] > right[0]:
            if unit_like(text[slice(*right)]) and not unit_like(text[slice(*left)]):
                return Item(right, left, "title-gap-unit", tier)
            return Item(left, right, "unit-gap-title", tier)
    sp = re.search(r"[ \u3000]", text[start:end])
    if sp:  # UNIT TITLE apart by one space (a full-width space the text copy flattened): the unit must be whole
        left, right = _strip(text, start, start + sp.start()), _strip(text, start + sp.end(), end)
        if bare_unit(text[slice(*left)]) and right[1] - right[0] >= 4 and not unit_like(text[slice(*right)]):
            return Item(left, right, "unit-space-title", tier)
    flat = text[start:end]
    q = glued_title(flat)
    if q > 0:  # UNIT“TITLE”…: a unit glued to its quoted title (kept as printed, marks and all)
        return Item(_strip(text, start, start + q), _strip(text, start + q, end), "unit-quote-title", tier)
    cm = _PLACE_CHAIN.match(flat)
    rest = flat[cm.end():] if cm else ""
    if cm and 4 <= len(rest) <= 40 and "。" not in rest and rules().title_signal.search(rest) and not unit_like(rest):
        return Item((start, start + cm.end()), _strip(text, start + cm.end(), end), "unit-chain-title", tier)
    pm = _party_head().match(flat)
    if pm and bare_unit(pm.group(1)) and not rules().never_in_unit.search(pm.group(1)) and ("“" in flat[pm.end():] or rules().title_signal.search(flat[pm.end():])):
        # 大瑶镇党委村党组织书记“公推直选”: a place's party committee, then the title's words without a mark between
        return Item((start, start + pm.end()), _strip(text, start + pm.end(), end), "unit-party-title", tier)
    sm = _ADMIN_SPLIT.match(flat)
    if sm and len(flat) - len(sm.group(1)) >= 4:
        return Item((start, start + len(sm.group(1))), _strip(text, start + len(sm.group(1)), end), "admin-split", tier)
    return Item((start, start), (start, end), "title-only", tier)
