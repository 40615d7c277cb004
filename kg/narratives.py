"""Single-case articles: a document's typed blocks → one narrative, or a coded verdict.

News, party-building and government sites print one case per page in many
layouts: ``SUBJECT:“PRACTICE”TITLE``; a title with a ``——SUBTITLE`` naming the
unit; a ``【column】`` prefix; a title followed by a byline line naming the
unit; or no title line at all (the subject then comes from the first
paragraph). :func:`read_article` finds the title, subtitle and byline among the
content blocks (page furniture is never read), the document's date in its
dateline (never a subject), the unit that owns the case, the named practice,
the place context that decides a region printed below the province, and the
sections under headings of every common style (``schema/sections.toml``). An
article about several cases (a round-up) or about none (a notice, a column list
page) is reported with a coded problem and yields no narrative.

Matching runs on the simplified text (same length as the printed one), so
every span points into the printed document.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .config import load_toml
from .errors import Errors, problem
from .model import Block, Document, Narrative, Problem, Section, Span

__all__ = ["read_article", "ArticleRead", "heading_kind", "key_practice"]

_SENT_END = re.compile(r"[。！？!?]")
_QUOTE = re.compile(r"“([^“”\n]{2,16})”|「([^「」\n]{2,16})」|‘([^‘’\n]{2,16})’|\"([^\"\n]{2,16})\"")
_FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月|-|/|\.)\s*(\d{1,2})")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NAV = re.compile(r"[|>›»]|首页")
_AGENCY = re.compile(r"[\u4e00-\u9fff]{1,6}[网社报台][\u4e00-\u9fff]{2,4}\d{1,2}月\d{1,2}日电")


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
    several_words: tuple[str, ...]
    several_min: int
    prose_min: int
    prose_chars: int
    prose_share: float
    practice_title: tuple[re.Pattern[str], ...]


@functools.cache
def _rules() -> _Rules:
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
        several_words=tuple(k["several_words"]),
        several_min=int(k["several_min"]),
        prose_min=int(k["prose_min"]),
        prose_chars=int(k["prose_chars"]),
        prose_share=float(k["prose_share"]),
        practice_title=tuple(re.compile(p) for p in cfg["practice"]["title_patterns"]),
    )


@dataclass(frozen=True)
class ArticleRead:
    """What :func:`read_article` decided: ``verdict`` is case, several or none."""

    verdict: str
    narrative: Narrative | None
    date: str
    problems: tuple[Problem, ...]
    span: tuple[int, int] | None  # the article's content, for readers that run after


# ---------------------------------------------------------------------------
# small pure helpers


def _enumerated(text: str) -> tuple[int, str, str] | None:
    """``"一、工作背景"`` → (style 0, "一、", "工作背景")."""
    for style, p in enumerate(_rules().enumerators):
        m = p.match(text)
        if m:
            return style, m.group(1), text[m.end():]
    return None


def heading_kind(words: str) -> str | None:
    """The section kind that heading words name, or None.

    >>> heading_kind("背景和起因"), heading_kind("工作做法"), heading_kind("成效及反响"), heading_kind("点赞")
    ('background', 'practice', 'outcome', None)
    """
    for kind, ws in _rules().kinds:
        if any(w in words for w in ws):
            return kind
    return None


def _is_prose(text: str) -> bool:
    return len(text) >= _rules().prose_chars and bool(_SENT_END.search(text))


def _date_of(text: str) -> str:
    m = _FULL_DATE.search(text)
    if not m:
        return ""
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _is_dateline(text: str) -> bool:
    """A short block that prints the article's date (``2018年11月05日14:39 来源:…``, ``发布日期:2025-08-15``)."""
    r = _rules()
    if len(text) > 120 or not _date_of(text) or any(w in text for w in r.today):
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
        return [next(g for g in m.groups() if g) for m in _QUOTE.finditer(t)]

    for pat in _rules().practice_title:
        m = pat.search(title)
        if m and not _QUOTE.search(m.group(1)):
            return m.group(1)

    cands = terms(title) + terms(subtitle)
    if not cands:
        first = body.split("\n", 1)[0]
        cands = terms(first)[:1]
    if not cands:
        return ""
    best = max(cands, key=lambda c: (body.count(c), -cands.index(c)))
    # the body's fuller name of it: “家门口” → “家门口议事会”
    longer = [t for t in terms(body) if t.startswith(best) and t != best]
    if longer:
        top = max(set(longer), key=lambda t: (longer.count(t), t))
        if longer.count(top) >= 2:
            return top
    return best


def _site_stripped(title: str) -> str:
    r = _rules()
    for sep in r.site_separators:
        if sep in title:
            title = title.split(sep)[0]
    return title.strip()


_STOP = set("在以把将让由和与对向从为是了的及并等,，、。;；:：“”「」‘’《》()（）？！?!…— \n")


def _unit_suffixes() -> tuple[str, ...]:
    u = load_toml("sections.toml")["units"]
    return tuple(sorted(u["org"] + u["place"], key=len, reverse=True))


def _leading_unit(text: str) -> str:
    """The unit a phrase opens with: ``寿光市委组织部以“学分银行”…`` → ``寿光市委组织部``.

    >>> _leading_unit("株洲市芦淞区以党建引领破解老旧小区治理难题"), _leading_unit("仁寿县文宫镇枣林村党支部典型工作经验")
    ('株洲市芦淞区', '仁寿县文宫镇枣林村党支部')
    """
    r = _rules()
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


def _first_unit(text: str) -> str:
    """The first organisation a paragraph names (雷山县西江镇党委), else the first unit it opens with."""
    r = _rules()
    lead = r.lead.match(text)
    t = text[lead.end():] if lead else text
    lead_unit = _leading_unit(t)
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


def _county_plural(unit: str) -> str:
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


def _expand(unit: str, body: str) -> str:
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


def _places(texts: list[str]) -> list[str]:
    """Every place the texts name by a gazetteer form (full names, prefecture/province short names)."""
    from .layouts.context import _place

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


# ---------------------------------------------------------------------------
# the reader


def read_article(doc: Document, norm: str, blocks: tuple[Block, ...], source: str) -> ArticleRead:
    """Read one document as a single-case article (blocks with furniture already marked)."""
    r = _rules()
    probs: list[Problem] = []

    def txt(b: Block) -> str:
        return " ".join(norm[b.start:b.end].split())

    def report(template: str, severity: str, offset: int, **values: object) -> None:
        probs.append(problem(template, severity, source, doc.text, offset, **values))

    meta = dict(doc.meta)
    # the date: a dateline block (furniture or not), else the page's metadata
    date, date_at = "", -1
    for b in blocks:
        t = txt(b)
        if _is_dateline(t):
            date, date_at = _date_of(t), b.start
            break
    if not date and meta.get("date") and doc.format == "html":
        date = _date_of(meta["date"])
    content = [b for b in blocks if b.kind != "furniture" and txt(b) and not _is_dateline(txt(b))]
    if date:
        report(Errors.I304, "info", date_at, date=date)
    prose_idx = [i for i, b in enumerate(content) if _is_prose(txt(b))]
    if not prose_idx:
        report(Errors.I305, "info", content[0].start if content else -1, reason="no paragraph of running text")
        return ArticleRead("none", None, date, tuple(probs), None)
    fp = prose_idx[0]
    # the title: a heading before the first paragraph, else the page title printed there, else the last title-like line
    head = content[:fp]
    page_title = _site_stripped(meta.get("headline") or meta.get("title") or "")
    title_i = next((i for i, b in enumerate(head) if b.kind == "heading" and not txt(b).startswith(("——", "—"))
                    and not (len(txt(b)) <= r.word_max and heading_kind(txt(b)))), None)
    if title_i is None and page_title:
        title_i = next((i for i, b in enumerate(head) if txt(b) and txt(b) in page_title), None)
    if title_i is None:
        for i, b in enumerate(head):
            t = txt(b)
            if (6 <= len(t) <= 80 and not _NAV.search(t) and not t.startswith(("——", "—")) and not r.reporter.search(t)
                    and not r.unit_whole.match(t) and not (len(t) <= r.word_max and heading_kind(t)) and _enumerated(t) is None
                    and len(_CJK.findall(t)) >= 0.6 * len(t.replace(" ", ""))):
                title_i = i
    title_b = head[title_i] if title_i is not None else None
    title = txt(title_b) if title_b else ""
    column = ""
    cm = r.column_prefix.match(title)
    if cm:
        column, title = cm.group(1), title[cm.end():].strip()
    subtitle = ""
    if "——" in title:
        title, _, subtitle = title.partition("——")
        title = title.strip()
    after = (title_i + 1) if title_i is not None else 0
    byline = ""
    skip: set[int] = set()
    for i in range(after, fp):
        t = txt(head[i])
        sm = r.subtitle.match(t) if t.startswith(("——", "—")) else None
        if sm and not subtitle:
            subtitle = sm.group(1)
            skip.add(i)
        elif r.unit_whole.match(t) and not byline and len(t) <= 30 and heading_kind(t) is None:
            byline = t
            skip.add(i)
        elif r.reporter.search(t) or _NAV.search(t) or (title_b is None and heading_kind(t) is None and _enumerated(t) is None):
            skip.add(i)
    subtitle = re.sub(r"^记\s*", "", subtitle)
    body_blocks = [b for i, b in enumerate(head) if i >= after and i not in skip] + content[fp:]
    body = "\n".join(txt(b) for b in body_blocks)
    # verdicts: a notice, a round-up, or too little running text
    anchor = title_b.start if title_b else content[fp].start
    full_title = title + ("——" + subtitle if subtitle else "")
    if title and title.endswith(r.none_titles):
        report(Errors.I305, "info", anchor, reason=f"the title {title!r} announces a notice, not a case")
        return ArticleRead("none", None, date, tuple(probs), (content[0].start, content[-1].end))
    subheads = []
    for b in body_blocks:
        t = txt(b)
        m = r.colon_title.match(t)
        if m and len(t) <= 40 and not _SENT_END.search(t) and heading_kind(m.group(1)) is None:
            subheads.append(m.group(1))
    if any(w in full_title for w in r.several_words) or len(set(subheads)) >= r.several_min:
        report(Errors.W304, "warning", anchor, title=full_title, count=max(len(set(subheads)), 2),
               subjects="、".join(sorted(set(subheads))) or "?")
        return ArticleRead("several", None, date, tuple(probs), (content[0].start, content[-1].end))
    prose_chars = sum(len(txt(content[i])) for i in prose_idx)
    all_chars = sum(len(txt(b)) for b in content)
    if len(prose_idx) < r.prose_min or prose_chars < r.prose_share * all_chars:
        report(Errors.I305, "info", anchor, reason=f"{len(prose_idx)} paragraph(s) of running text in {len(content)} blocks")
        return ArticleRead("none", None, date, tuple(probs), None)
    # the subject: the unit that owns the case
    subject, form = "", "title"
    cm2 = r.colon_title.match(title) if title else None
    if cm2:
        subject, form = cm2.group(1), "colon"
    elif subtitle and _leading_unit(subtitle):
        subject, form = _leading_unit(subtitle), "dash"
    elif byline:
        subject, form = byline, "byline"
    elif title and _leading_unit(title):
        subject, form = _expand(_county_plural(_leading_unit(title)), body), "title"
    else:
        subject = _first_unit("".join(body.split("\n")[:3]))
        form = "paragraph" if title else "untitled"
    if column:
        form = "column+" + form
    practice = key_practice(title, subtitle, body)
    if not subject and not practice:
        report(Errors.I305, "info", anchor, reason="running text naming neither a unit nor a practice")
        return ArticleRead("none", None, date, tuple(probs), None)
    if not subject:
        report(Errors.W306, "warning", anchor, title=title or body[:20])
    # the place context: the first place the title, subtitle, byline, opening paragraphs or page name print
    own = subject
    # a news agency's dateline city (新华网武汉3月5日电) is where the report was filed: the last resort
    opening = [txt(b) for b in body_blocks[:3]]
    datelines = [m.group(0) for t in opening for m in _AGENCY.finditer(t)]
    ctx_texts = [subtitle, title, byline] + [_AGENCY.sub("", t) for t in opening] + [meta.get("title", "")]
    ctx_texts += [txt(b) for b in blocks if b.kind == "furniture"] + datelines
    context = next((p for p in _places(ctx_texts) if p not in own), "")
    sections = _sections(doc, norm, body_blocks, txt)
    start = title_b.start if title_b else body_blocks[0].start
    end = body_blocks[-1].end
    hspan = Span(doc.id, title_b.start, title_b.end) if title_b else Span(doc.id, body_blocks[0].start, body_blocks[0].end)
    n = Narrative(
        subject=_printed(doc.text, norm, subject, start, end),
        title=_printed(doc.text, norm, title, start, end) if title else "",
        heading_form=form,  # type: ignore[arg-type]
        edition=None,
        span=Span(doc.id, start, end),
        heading_span=hspan,
        sections=tuple(sections),
        date=date,
        practice=practice,
        context_region=context,
        subtitle=subtitle,
        column=column,
    )
    return ArticleRead("case", n, date, tuple(probs), (start, end))


def _printed(orig: str, norm: str, simple: str, start: int, end: int) -> str:
    """The printed form of a simplified phrase found in ``norm`` (first occurrence in the article, else anywhere)."""
    if not simple:
        return ""
    k = norm.find(simple, start, end)
    if k < 0:
        k = norm.find(simple)
    return orig[k:k + len(simple)] if k >= 0 else simple


def _sections(doc: Document, norm: str, body: list[Block], txt) -> list[Section]:
    """Cut the body at its section headings; the top numbering style makes the sections."""
    r = _rules()
    cuts: list[tuple[int, str, str, int]] = []  # (block index, kind, heading as printed, body offset)
    top_style: int | None = None
    for i, b in enumerate(body):
        t = txt(b)
        bm = r.bracket.match(t)
        if bm and heading_kind(bm.group(1)):
            cuts.append((i, heading_kind(bm.group(1)) or "", bm.group(1), b.start + bm.end()))
            continue
        if _SENT_END.search(t[-1:]) or t.endswith(("；", ";", "，", ",", "：", ":")):
            continue
        en = _enumerated(t)
        if en is not None:
            style, _, words = en
            if len(words) > r.max_len or _SENT_END.search(words):
                continue
            if top_style is None:
                top_style = style
            if style != top_style:
                continue
            kind = heading_kind(words) or "practice"
            cuts.append((i, kind, t, b.end))
        elif len(t) <= r.word_max and heading_kind(t) and (b.kind == "heading" or len(t) <= r.word_max):
            cuts.append((i, heading_kind(t) or "", t, b.end))
    out: list[Section] = []
    if not cuts:
        return [Section("body", "", Span(doc.id, body[0].start, body[-1].end), "\n".join(txt(b) for b in body))]
    if cuts[0][0] > 0:
        out.append(Section("intro", "", Span(doc.id, body[0].start, body[cuts[0][0] - 1].end),
                           "\n".join(txt(b) for b in body[: cuts[0][0]])))
    for k, (i, kind, heading, b0) in enumerate(cuts):
        stop = cuts[k + 1][0] if k + 1 < len(cuts) else len(body)
        end = body[stop - 1].end
        text = "\n".join([norm[b0:body[i].end].strip()] + [txt(b) for b in body[i + 1:stop]]).strip()
        out.append(Section(kind, doc.text[body[i].start:body[i].end][:len(heading)] if heading else "",
                           Span(doc.id, body[i].start, end), text))
    return out
