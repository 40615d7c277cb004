"""The parts of a single-case article: headings, datelines, units, practices (rules in schema/sections.toml).

Small pure functions over simplified text, used by :mod:`kg.narratives`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .config import load_toml

__all__ = ["rules", "enumerated", "heading_kind", "is_prose", "date_of", "is_dateline", "key_practice", "site_stripped",
           "leading_unit", "first_unit", "titled_unit", "county_plural", "expand", "places", "SENT_END", "QUOTE", "CJK", "NAV", "AGENCY"]

SENT_END = re.compile(r"[。！？!?]")
QUOTE = re.compile(r"“([^“”\n]{2,16})”|「([^「」\n]{2,16})」|‘([^‘’\n]{2,16})’|\"([^\"\n]{2,16})\"")
_FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月|-|/|\.)\s*(\d{1,2})")
CJK = re.compile(r"[\u4e00-\u9fff]")
NAV = re.compile(r"[|>›»]|首页")
AGENCY = re.compile(r"[\u4e00-\u9fff]{1,6}[网社报台][\u4e00-\u9fff]{2,4}\d{1,2}月\d{1,2}日电")


@dataclass(frozen=True)
class _Rules:
    max_len: int
    word_max: int
    enumerators: tuple[re.Pattern[str], ...]
    bracket: re.Pattern[str]
    kinds: tuple[tuple[str, tuple[str, ...]], ...]
    site_separators: tuple[str, ...]
    column_prefix: re.Pattern[str]
    colon_title: re.Pattern[str]
    subtitle: re.Pattern[str]
    reporter: re.Pattern[str]
    unit: re.Pattern[str]
    unit_whole: re.Pattern[str]
    lead: re.Pattern[str]
    verbs: tuple[str, ...]
    date_words: tuple[str, ...]
    today: tuple[str, ...]
    none_titles: tuple[str, ...]
    event_title: re.Pattern[str]  # a title reporting a visit or a meeting
    several_words: tuple[str, ...]
    several_min: int
    prose_min: int
    prose_chars: int
    prose_share: float
    practice_title: tuple[re.Pattern[str], ...]


@functools.cache
def rules() -> _Rules:
    cfg = load_toml("sections.toml")
    h, t, u, d, k = cfg["headings"], cfg["title"], cfg["units"], cfg["dates"], cfg["kind"]
    suffixes = sorted(u["org"] + u["place"], key=len, reverse=True)
    suf = "|".join(map(re.escape, suffixes))
    # a chain of places and organisations: 雷山县西江镇党委, 国家税务总局金华市婺城区税务局
    unit = rf"(?:中共)?(?:[\u4e00-\u9fff]{{1,12}}?(?:{suf}))+"
    smax = t["subject_max"]
    return _Rules(
        max_len=h["max_len"],
        word_max=h["word_max"],
        enumerators=tuple(re.compile(p) for p in h["enumerators"]),
        bracket=re.compile(h["bracket"]),
        kinds=tuple((kind, tuple(words)) for kind, words in cfg["kinds"].items()),
        site_separators=tuple(t["site_separators"]),
        column_prefix=re.compile(t["column_prefix"]),
        colon_title=re.compile(rf"^\s*([^\s,，。;；、“”「」‘’:：!！?？]{{2,{smax}}})\s*[:：]\s*(\S.*?)\s*$"),
        subtitle=re.compile(t["subtitle"]),
        reporter=re.compile(t["reporter"]),
        unit=re.compile(unit),
        unit_whole=re.compile(rf"^\s*({unit})\s*$"),
        lead=re.compile(u["lead"]),
        verbs=tuple(u["verbs"]),
        date_words=tuple(d["words"]),
        today=tuple(d["today"]),
        none_titles=tuple(k["none_titles"]),
        event_title=re.compile(k["event_title"]),
        several_words=tuple(k["several_words"]),
        several_min=int(k["several_min"]),
        prose_min=int(k["prose_min"]),
        prose_chars=int(k["prose_chars"]),
        prose_share=float(k["prose_share"]),
        practice_title=tuple(re.compile(p) for p in cfg["practice"]["title_patterns"]),
    )


# ---------------------------------------------------------------------------
# small pure helpers


def enumerated(text: str) -> tuple[int, str, str] | None:
    """``"一、工作背景"`` → (style 0, "一、", "工作背景")."""
    for style, p in enumerate(rules().enumerators):
        m = p.match(text)
        if m:
            return style, m.group(1), text[m.end():]
    return None


def heading_kind(words: str) -> str | None:
    """The section kind that heading words name, or None.

    >>> heading_kind("背景和起因"), heading_kind("工作做法"), heading_kind("成效及反响"), heading_kind("点赞")
    ('background', 'practice', 'outcome', None)
    """
    for kind, ws in rules().kinds:
        if any(w in words for w in ws):
            return kind
    return None


def is_prose(text: str) -> bool:
    return len(text) >= rules().prose_chars and bool(SENT_END.search(text))


def date_of(text: str) -> str:
    m = _FULL_DATE.search(text)
    if not m:
        return ""
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}"


def is_dateline(text: str) -> bool:
    """A short block that prints the article's date (``2018年11月05日14:39 来源:…``, ``发布日期:2025-08-15``)."""
    r = rules()
    if len(text) > 120 or not date_of(text) or any(w in text for w in r.today):
        return False
    rest = _FULL_DATE.sub("", text)
    rest = re.sub(r"[\d:：\s日]", "", rest)
    return any(w in text for w in r.date_words) or len(rest) <= 2


def key_practice(title: str, subtitle: str, body: str) -> str:
    """The named practice: the quoted term of the title or subtitle the body repeats most, else the first paragraph's.

    >>> key_practice("让“红色引擎”驱动纳税服务提速", "记婺城区税务局“党员先锋岗”", "“党员先锋岗”…“党员先锋岗”…“红色引擎”")
    '党员先锋岗'
    """
    def terms(t: str) -> list[str]:
        return [next(g for g in m.groups() if g) for m in QUOTE.finditer(t)]

    for pat in rules().practice_title:
        m = pat.search(title)
        if m and not QUOTE.search(m.group(1)):
            return m.group(1)

    cands = terms(title) + terms(subtitle)
    if not cands:
        first = body.split("\n", 1)[0]
        cands = terms(first)[:1]
    if not cands:
        return ""
    best = max(cands, key=lambda c: (body.count(c), -cands.index(c)))
    # a practice printed unquoted before the quoted slogan: 公推直选“领头雁” …
    q = QUOTE.search(title)
    opening = title[: q.start()].strip() if q else ""
    if (3 <= len(opening) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", opening) and not opening.endswith(_unit_suffixes())
            and body.count(opening) > body.count(best)):
        return opening
    # the body's fuller name of it: “家门口” → “家门口议事会”
    longer = [t for t in terms(body) if t.startswith(best) and t != best]
    if longer:
        top = max(set(longer), key=lambda t: (longer.count(t), t))
        if longer.count(top) >= 2:
            return top
    return best


def site_stripped(title: str) -> str:
    r = rules()
    for sep in r.site_separators:
        if sep in title:
            title = title.split(sep)[0]
    return title.strip()


_STOP = set("在以把将让由和与对向从为是了的及并等,，、。;；:：“”「」‘’《》()（）？！?!…— \n")


def _unit_suffixes() -> tuple[str, ...]:
    u = load_toml("sections.toml")["units"]
    return tuple(sorted(u["org"] + u["place"], key=len, reverse=True))


def leading_unit(text: str) -> str:
    """The unit a phrase opens with: ``寿光市委组织部以“学分银行”…`` → ``寿光市委组织部``.

    >>> leading_unit("株洲市芦淞区以党建引领破解老旧小区治理难题"), leading_unit("仁寿县文宫镇枣林村党支部典型工作经验")
    ('株洲市芦淞区', '仁寿县文宫镇枣林村党支部')
    """
    r = rules()
    cut = len(text)
    for v in r.verbs:
        k = text.find(v, 2)
        if 0 <= k < cut:
            cut = k
    chunk = text[:cut].strip()
    m = re.match(r"[\u4e00-\u9fff]*", chunk)
    chunk = m.group(0) if m else ""
    for k in range(len(chunk), 1, -1):
        if chunk[:k].endswith(_unit_suffixes()):
            return chunk[:k]
    return ""


def first_unit(text: str) -> str:
    """The first organisation a paragraph names (雷山县西江镇党委), else the first unit it opens with."""
    r = rules()
    lead = r.lead.match(text)
    t = text[lead.end():] if lead else text
    lead_unit = leading_unit(t)
    if len(lead_unit) >= 3 and not _generic(lead_unit) and t[:1] not in _STOP:
        return lead_unit
    orgs = tuple(sorted(load_toml("sections.toml")["units"]["org"], key=len, reverse=True))
    best = None
    for suf in orgs:
        k = t.find(suf, 0, 200)
        if k >= 0 and (best is None or k + len(suf) < best[0] or (k + len(suf) == best[0] and len(suf) > best[1])):
            best = (k + len(suf), len(suf))
    if best is not None:
        end = best[0]
        start = end - best[1]
        while start > 0 and t[start - 1] not in _STOP and end - start < 24:
            start -= 1
        if end - start > best[1] and not _generic(t[start:end]):
            return t[start:end]
    return lead_unit


def titled_unit(title: str, body: str) -> str:
    """The first organisation in the body whose name opens with a name the title prints.

    ``党代会常任制的“椒江实践”与思考`` … ``2012年,椒江区委将年会…`` → ``椒江区委``.

    >>> titled_unit("党代会常任制的“椒江实践”与思考", "经中央组织部同意。2012年,椒江区委将年会制度化。")
    '椒江区委'
    """
    orgs = tuple(sorted(load_toml("sections.toml")["units"]["org"], key=len, reverse=True))
    hits = []
    for suf in orgs:
        k = body.find(suf)
        while k >= 0:
            start = k
            while start > 0 and body[start - 1] not in _STOP and k + len(suf) - start < 24:
                start -= 1
            name = body[start:k + len(suf)]
            if len(name) > len(suf) + 1 and name[:2] in title and not _generic(name):
                hits.append((start, -len(name), name))
            k = body.find(suf, k + 1)
    return min(hits)[2] if hits else ""


def county_plural(unit: str) -> str:
    """``宜都村党组织书记``: a county's short name before 村/社区 names the county's villages, not a village."""
    for suf in ("村", "社区"):
        if unit.endswith(suf):
            from .extract.regions import load_gazetteer

            g = load_gazetteer()
            head = unit[: -len(suf)]
            names = {g.units[f.code].name for end in "市县区旗" for f in g.forms.get(head + end, ())
                     if f.kind == "full" and f.code in g.units and g.units[f.code].level == "county"}
            if len(names) == 1:
                return names.pop()
    return unit


def _generic(unit: str) -> bool:
    """``街道党工委``, ``村党支部``: made of unit words only, naming no particular unit."""
    rest = unit.removeprefix("中共")
    sufs = _unit_suffixes()
    while rest:
        for s in sufs:
            if rest.endswith(s):
                rest = rest[: -len(s)]
                break
        else:
            return False
    return True


def expand(unit: str, body: str) -> str:
    """The fullest form of ``unit`` the body prints: 大湾村 → 金寨县花石乡大湾村, 上海临汾路街道 → 静安区临汾路街道."""
    best = unit
    for cut in range(0, max(1, len(unit) - 2)):
        tail = unit[cut:]
        k = body.find(tail, 0, 800)
        while k >= 0:
            start = k
            while start > 0 and body[start - 1] not in _STOP and k + len(tail) - start < 24:
                start -= 1
            form = body[start:k + len(tail)]
            if len(form) > len(best) and form.endswith(tail):
                best = form
            k = body.find(tail, k + 1, 800)
        if best != unit:
            break
    return best


def places(texts: list[str]) -> list[str]:
    """Every place the texts name by a gazetteer form (full names, prefecture/province short names)."""
    from .layouts.places import first_place as _place

    out = []
    for t in texts:
        i = 0
        while i < len(t):
            p = _place(t[i:i + 40])
            if not p:
                i += 40
                continue
            k = t.find(p, i)
            out.append(p)
            i = k + len(p)
    return out
