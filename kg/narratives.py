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

import re
from dataclasses import dataclass

from .article_parts import (AGENCY, CJK, NAV, SENT_END, county_plural, date_of, enumerated, expand, first_unit,
                            heading_kind, is_dateline, is_prose, key_practice, leading_unit, places, rules, site_stripped,
                            titled_unit)
from .errors import Errors, problem
from .model import Block, Document, Narrative, Problem, Section, Span

__all__ = ["read_article", "ArticleRead", "heading_kind", "key_practice"]


@dataclass(frozen=True)
class ArticleRead:
    """What :func:`read_article` decided: ``verdict`` is case, several or none."""

    verdict: str
    narrative: Narrative | None
    date: str
    problems: tuple[Problem, ...]
    span: tuple[int, int] | None  # the article's content, for readers that run after



# ---------------------------------------------------------------------------
# the reader


def read_article(doc: Document, norm: str, blocks: tuple[Block, ...], source: str) -> ArticleRead:
    """Read one document as a single-case article (blocks with furniture already marked)."""
    r = rules()
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
        if is_dateline(t):
            date, date_at = date_of(t), b.start
            break
    if not date and meta.get("date") and doc.format == "html":
        date = date_of(meta["date"])
    content = [b for b in blocks if b.kind != "furniture" and txt(b) and not is_dateline(txt(b))]
    if date:
        report(Errors.I304, "info", date_at, date=date)
    prose_idx = [i for i, b in enumerate(content) if is_prose(txt(b))]
    if not prose_idx:
        report(Errors.I305, "info", content[0].start if content else -1, reason="no paragraph of running text")
        return ArticleRead("none", None, date, tuple(probs), None)
    fp = prose_idx[0]
    # the title: a heading before the first paragraph, else the page title printed there, else the last title-like line
    head = content[:fp]
    # the <title> without its site name first: a metadata headline can be the site's own name
    page_titles = [t for t in (site_stripped(meta.get("title", "")), site_stripped(meta.get("headline", ""))) if len(t) >= 4]
    headings = [i for i, b in enumerate(head) if b.kind == "heading" and not txt(b).startswith(("——", "—"))
                and not (len(txt(b)) <= r.word_max and heading_kind(txt(b)))]
    # the page title names the article: a site-name heading before it (a logo in <h1>) is not the title
    in_page: list[int] = []
    for pt in page_titles:
        in_page = in_page or [i for i, b in enumerate(head) if len(txt(b)) >= 4 and (txt(b) in pt or pt in txt(b))]
    title_i = next((i for i in headings if i in in_page), headings[0] if headings else None)
    if title_i is None and in_page:
        title_i = in_page[0]
    if title_i is None:
        for i, b in enumerate(head):
            t = txt(b)
            if (6 <= len(t) <= 80 and not NAV.search(t) and not t.startswith(("——", "—")) and not r.reporter.search(t)
                    and not r.unit_whole.match(t) and not (len(t) <= r.word_max and heading_kind(t)) and enumerated(t) is None
                    and len(CJK.findall(t)) >= 0.6 * len(t.replace(" ", ""))):
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
        elif r.reporter.search(t) or NAV.search(t) or (title_b is None and heading_kind(t) is None and enumerated(t) is None):
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
    if title and r.event_title.search(title):
        report(Errors.I305, "info", anchor, reason=f"the title {title!r} reports a visit or a meeting, not a case")
        return ArticleRead("none", None, date, tuple(probs), (content[0].start, content[-1].end))
    subheads = []
    for b in body_blocks:
        t = txt(b)
        m = r.colon_title.match(t)
        if m and len(t) <= 40 and not SENT_END.search(t) and heading_kind(m.group(1)) is None:
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
    elif subtitle and leading_unit(subtitle):
        subject, form = leading_unit(subtitle), "dash"
    elif byline:
        subject, form = byline, "byline"
    elif title and leading_unit(title):
        subject, form = expand(county_plural(leading_unit(title)), body), "title"
    else:
        subject = first_unit("".join(body.split("\n")[:3])) or (titled_unit(title, body) if title else "")
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
    datelines = [m.group(0) for t in opening for m in AGENCY.finditer(t)]
    ctx_texts = [subtitle, title, byline] + [AGENCY.sub("", t) for t in opening] + [meta.get("title", "")]
    ctx_texts += [txt(b) for b in blocks if b.kind == "furniture"] + datelines
    context = next((p for p in places(ctx_texts) if p not in own), "")
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
    r = rules()
    cuts: list[tuple[int, str, str, int]] = []  # (block index, kind, heading as printed, body offset)
    top_style: int | None = None
    for i, b in enumerate(body):
        t = txt(b)
        bm = r.bracket.match(t)
        if bm and heading_kind(bm.group(1)):
            cuts.append((i, heading_kind(bm.group(1)) or "", bm.group(1), b.start + bm.end()))
            continue
        if SENT_END.search(t[-1:]) or t.endswith(("；", ";", "，", ",", "：", ":")):
            continue
        en = enumerated(t)
        if en is not None:
            style, _, words = en
            if len(words) > r.max_len or SENT_END.search(words):
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
