"""What a document says about the list it prints: competition, edition, year, organisers, place.

A competition header is a short block with a competition signal (届, 年度,
评选, 名单, 结果 …) and a topic (案例, 创新, 党建 …). Its series name is the
header without edition, year, "关于/公布", "评选结果/名单" and "的通知" (:mod:`kg.layouts.series`). A
document that never names its competition still gets one, named after the
document, marked ``inferred`` and reported. The place a document is about
(the competition's own place, an organiser such as 中共唐山市委组织部, or a
dateline such as 人民网上海12月30日电) is kept as context for units that name
no place of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..ids import normalise
from ..model import Competition
from .places import deepest_place, first_place as _place
from .rules import edition_number, rules
from .series import series_name

__all__ = ["Header", "DocContext", "competition_header", "competition_of", "series_name", "document_context"]

_MAX_HEADER = 80


@dataclass(frozen=True, slots=True)
class Header:
    name: str  # series name (simplified)
    edition: int | None
    year: int | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DocContext:
    competition: Competition
    header: Header | None
    place: str  # the place the document is about, as printed (simplified), or ""
    place_span: tuple[int, int] | None
    year: int | None  # from the announcement date when no header names one
    announced: int | None  # a total the document announces for the whole list
    announced_at: int
    tier: tuple[str, int] | None = None  # a tier word the competition header prints (优秀案例名单, 十佳品牌), with its position
    local: tuple[str, tuple[int, int] | None] | None = None  # where the page was published, inside ``place`` (a county's
    # outlet reporting its city's contest): the context of units named by their town alone


_EDITION_COUNT = re.compile(r"(?:[两三四五六七八九十\d]+|多|历)届(?:评选|评比|评审|大赛)?")


def competition_header(text: str, start: int = 0) -> Header | None:
    """A competition header in one block's (simplified) text, or ``None``."""
    r = rules()
    t = text.strip()
    if not t or len(t) > _MAX_HEADER or "《" in t[:1] and "》" not in t:
        return None
    if not (r.comp_signal.search(t) and r.comp_topic.search(t)):
        return None
    if not r.comp_topic.search(_EDITION_COUNT.sub("", t)):
        return None  # 三届评选 百花齐放: a count of editions and a slogan name no series
    if "。" in t or "；" in t or ";" in t or t.count("，") > 1 or "如下" in t:
        return None
    if re.match(r"(?:以下|下列|现将)", t) and t.endswith((":", "：")):
        return None  # 以下为一等奖和部分二等奖获奖成果：: a lead-in to the list, not its heading
    if r.teaser.search(t):
        return None  # 这些案例获奖了！快看有没有你身边的: the lead's sentence names the series
    name = series_name(t)
    if r.several.search(name):
        return None  # 温州两项基层党建评选结果揭晓 names no one series: its sections or sentences do
    if re.search(r"(?:\d+|[一二三四五六七八九十百两]+)\s*个", name):
        head = re.split(r"[ \t\u3000]+", t, maxsplit=1)[0]  # 第三届…案例名单公布 我省2个案例入选: the part before the
        if head != t and len(head) >= 6:                    # sub-headline names the series
            h = competition_header(head, start)
            return Header(h.name, h.edition, h.year, start, start + len(text)) if h else None
        return None  # 我市11个村级党建项目获奖: a count of the winners sums up the news, it names no series
    em = r.edition.search(t)
    ym = r.year.search(t)
    if len(name) < 4:
        return None
    return Header(name, edition_number(em), int(ym.group("y")) if ym else None, start, start + len(text))


def _edition_in_prose(norm: str, blocks: list[tuple[int, int]], header: Header) -> Header:
    """A heading without an ordinal (or a year) whose lead sentence prints one before the series' name:
    哈尔滨市“红色物业”创新案例评选结果 over "…联合开展了第二届“红色物业”创新案例评选", 公布了首批“红色驿站”…
    名单, "由市妇联主办的2024年合肥市“巾帼建功”…评选". The words after it must be the series' own (their
    first four characters occur in its name)."""
    r = rules()
    edition, year = header.edition, header.year

    def names_series(end: int) -> bool:
        after = norm[end : end + 4].strip()
        return len(after) == 4 and after in header.name

    name = header.name
    if edition is None and len(name) >= 4:  # 村级党建擂台赛 over "第五届“美丽乡村·红色引擎”村级党建擂台赛总决赛…":
        for a, b in blocks:                  # the lead names the series in full
            fm = re.search(rf"{r.edition.pattern}\s*([^，,。；;、：:\s]{{2,20}}?){re.escape(name)}", norm[a:b])
            if fm:
                name, edition = fm.group(fm.lastindex) + name, edition_number(fm)
                break
            cm = re.search(rf"(?:[两三四五六七八九十\d]+|多)届\s*([^，,。；;、：:\s]{{2,20}}?){re.escape(name)}", norm[a:b])
            if cm:  # 连续举办三届西安市市直机关党建创新案例评选: a count of editions, the series named in full
                name = cm.group(1) + name
                break
    for a, b in blocks:
        if edition is None:
            em = next((m for m in r.edition.finditer(norm, a, b) if names_series(m.end())), None)
            if em:
                edition = edition_number(em)
        if year is None:
            ym = next((m for m in r.year.finditer(norm, a, b) if names_series(m.end())), None)
            if ym:
                year = int(ym.group("y"))
    return Header(name, edition, year, header.start, header.end)


_MASTHEAD = re.compile(r"\s*((?:中共|中国共产党)?[\u4e00-\u9fff（）()]{2,28}(?:委员会|组织部|工委|党委|办公室|宣传部))\s*(?:编|主编|编印|主办)(?:\s|$)")
_GRASSROOTS = re.compile(r"街道|社区|村|镇|乡|支部|总支")
_ISSUER = re.compile(r"^(?:中共|中国共产党)?[\u4e00-\u9fff（）()]{2,28}(?:委员会|组织部|工委|党委|党组|宣传部|办公室|委)$")


def competition_of(name: str, place: str, organisers: tuple[str, ...], inferred: bool) -> Competition:
    """The competition a series name belongs to: a known series, or the name (a 全市/全省 series keyed by its place)."""
    r = rules()
    norm = normalise(name)
    key = r.series.get(norm)
    if key:
        return Competition(key, r.series_names[key], organisers, inferred)
    dm = r.deictic_place.match(name)
    ddm = r.deictic_direct.match(name)
    if dm and place.endswith(dm.group("level")):  # 我县第四届…品牌 on 安吉县's site: 安吉县…品牌
        name = place + name[dm.end():]
        norm = normalise(name)
    elif ddm and place.endswith(ddm.group("level")):  # 市直机关… under 洛阳市: 洛阳市直机关…
        name = place + name[1:]
        norm = normalise(name)
    elif r.local_prefix.match(norm) and place:
        norm = f"{normalise(place)}·{norm}"
    om = r.deictic_org.match(name)
    issuer = next((o for o in organisers if om and om.group("word") in o), "") if om else ""
    if om and issuer:  # 集团“秦川先锋”… signed by 中共陕西秦川能源集团有限公司委员会: 陕西秦川能源集团“秦川先锋”…
        issuer = re.sub(r"^(?:中共|中国共产党)", "", issuer)
        name = issuer[: issuer.index(om.group("word")) + len(om.group("word"))] + name[om.end():]
        norm = normalise(name)
    return Competition(norm, name, organisers, inferred)


def document_context(norm: str, blocks: list[tuple[int, int]], title: str = "", name: str = "",
                     dates: list[tuple[int, int]] = (), meta_date: str = "") -> DocContext:
    """Scan a document's content blocks (``(start, end)`` in ``norm``) for its context.

    ``dates`` are further blocks that may print the publication date (bylines).
    """
    r = rules()
    header: Header | None = None
    for a, b in blocks[:12]:
        header = competition_header(norm[a:b], a)
        if header:
            break
    if header is None:
        for a, b in blocks[:12]:
            im = r.inline_competition.search(norm, a, b)
            if im:
                h = competition_header(im.group("head"), im.start("head"))
                if h:
                    header = h
                    break
    if header is None and title:
        # a page title often ends with the site's name: "…名单-党建资料库", "…_某某网"
        parts = sorted(re.split(r"\s*[-_|｜—]+\s*", title), key=lambda p: -len(p)) if title else []
        h = next((x for x in (competition_header(p, -1) for p in parts) if x), None)
        if h:
            header = Header(h.name, h.edition, h.year, -1, -1)
    if header is not None and (header.edition is None or header.year is None):
        header = _edition_in_prose(norm, blocks[:8], header)
    organisers: list[str] = []
    places: list[tuple[str, str, tuple[int, int] | None]] = []  # (role, place, span): evidence of the page's place
    announced, announced_at = None, -1
    year = None
    for a, b in blocks:
        t = norm[a:b]
        for m in r.organiser.finditer(t):
            org = next(g for g in m.groups() if g)
            org = org.strip()
            if org and org not in organisers and len(organisers) < 6:
                organisers.append(org)
        if not places:
            dm = r.dateline.match(t)
            if dm:
                g = "place" if dm.group("place") else "place2"
                p = _place(dm.group(g), True) or dm.group(g)
                if _place(p, True):
                    places.append(("where", p, (a + dm.start(g), a + dm.start(g) + len(p))))
        if announced is None and len(t) > 6:
            tm = r.total.search(t)
            if tm and not r.tier_words.search(t[max(0, tm.start() - 8) : tm.start()]):
                announced, announced_at = int(tm.group("a") or tm.group("b")), a + tm.start()
        for dm in r.date.finditer(t):
            year = int(dm.group("y"))
    if year is None:
        for a, b in dates:
            dm = r.date.search(norm, a, b)
            if dm:
                year = int(dm.group("y"))
                break
    for a, b in blocks[:8]:  # "2024年8月至12月，…开展了第二届…评选": the edition ran that year, whenever it was announced
        pm = r.run_period.search(norm, a, b)
        if pm:
            year = int(pm.group("y2") or pm.group("y"))
            break
    if year is None or (header is not None and header.year is None):
        for a, b in blocks[:4]:  # "公布了2021年度唐山市…评选结果"
            ym = re.search(r"((?:19|20)\d{2})\s*年度", norm[a:b])
            if ym:
                year = int(ym.group(1))
                break
    if year is None:
        for a, b in blocks[:6]:
            ym = r.year_month.search(norm, a, b)
            if ym:
                year = int(ym.group("y"))
                break
    if year is None and meta_date:
        dm = re.match(r"\s*((?:19|20)\d{2})", meta_date)
        year = int(dm.group(1)) if dm else None
    if year is None:  # 制表：某某　2025年12月 under a sheet, a signature dated by its month: the last such line
        for a, b in reversed(blocks):
            ym = r.year_month.search(norm, a, b)
            if ym:
                year = int(ym.group("y"))
                break
    if header is not None and header.start >= 0:
        hp = _place(norm[header.start : header.end])
        if hp:
            i = norm.find(hp, header.start, header.end)
            places.append(("scope", hp, (i, i + len(hp))))
        dm = r.deictic_place.match(header.name)
        tail = header.name[dm.end() : dm.end() + 4] if dm else ""
        for a, b in blocks[:12] if len(tail) == 4 else ():  # 全市第四届机关党建… over "…开展了宜昌市第四届机关党建…评选"
            lm = re.search(rf"([\u4e00-\u9fff]{{2,8}}?{dm.group('level')})\s*(?:{r.edition.pattern}|{r.year.pattern})?\s*{re.escape(tail)}",
                           norm[a:b])
            lp = _place(lm.group(1)) if lm else ""
            if lp:
                i = norm.find(lp, a, b)
                places.append(("scope", lp, (i, i + len(lp))))
                break
    for a, b in dates:  # "来源：中共唐山市委组织部", "来源：余姚日报" in a byline
        om = r.outlet.search(norm, a, b)
        p = _place(om.group("place"), True) if om else ""
        if p:
            i = om.start("place")
            places.append(("where", p, (i, i + len(p))))
        p = _place(norm[a:b])
        if p:
            i = norm.find(p, a, b)
            places.append(("where", p, (i, i + len(p))))
    # a notice signed by its issuer: a short last line naming an organisation (中共山东省委组织部), or the issuer's
    # line printed over the notice's title (中共云南省委直属机关工作委员会 / 关于…的通报)
    above = [(a, b) for k, (a, b) in enumerate(blocks[:4]) if k + 1 < len(blocks)
             and norm[blocks[k + 1][0] : blocks[k + 1][1]].lstrip().startswith("关于")][:1]
    for a, b in blocks[:4]:  # a bulletin's masthead: "中共宜昌市委组织部编　　2025年4月2日"
        mm = _MASTHEAD.match(norm, a, b)
        if mm and mm.group(1) not in organisers:
            organisers.append(mm.group(1))
    for a, b in above + blocks[-4:]:
        t = norm[a:b].strip()
        if 4 <= len(t) <= 30 and _ISSUER.match(t) and not _GRASSROOTS.search(t):  # (a list's last unit is no issuer)
            if t not in organisers:
                organisers.append(t)
            break
    for part in (re.split(r"\s*[-_|｜—]+\s*", title)[1:] if title else ()):  # the site: "… - 武侯区人民政府网"
        p = _place(part, True)  # (a county's own site: 安吉新闻网)
        if p:
            places.append(("where", p, None))
    for org in organisers:
        p = _place(org)
        if p:
            i = norm.find(p)
            places.append(("scope", p, (i, i + len(p)) if i >= 0 else None))
    place, place_span = deepest_place(places)
    local = None
    where = [("scope", p, sp) for role, p, sp in places if role == "where"]
    if place and where:
        lp = deepest_place([("scope", place, place_span), *where])
        local = lp if lp[0] != place else None
    if header is not None:
        comp = competition_of(header.name, place, tuple(organisers), False)
        y = header.year or year
    else:
        comp = competition_of(f"{name or '未命名文档'}所列名单", "", tuple(organisers), True)
        y = year
    tier = None
    if header is not None and header.start >= 0:
        found = r.find_tier(norm[header.start : header.end], last=True)
        if found:
            tier = (found[2].label, header.start + found[0])
    return DocContext(comp, header, place, place_span, y, announced, announced_at, tier, local)
