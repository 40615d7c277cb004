"""Parse: a cleaned document → award entries and narratives, with every oddity reported.

National award lists are read by :mod:`kg.parse_lists` (edition → tier → numbered entries),
narratives of a compilation by :mod:`kg.parse_narratives` (a heading, then sections), a
single-case article by :mod:`kg.narratives`, and every other list layout by :mod:`kg.layouts`.
:func:`parse_document` runs them in that order over one document and collects their problems;
what none of them reads is reported.

Everything here is pure: text in, typed records and problems out.
"""

from __future__ import annotations

import bisect
import itertools

from .errors import Errors, line_col, problem
from .model import Document, Narrative, ParsedDocument, Problem
from .parse_common import Line, Reader, lines_of
from .parse_lists import QUOTED as _QUOTED, entry_markers as _markers, parse_lists, select_markers as _select  # noqa: F401
from .parse_narratives import heading_like, parse_narratives
from .textnorm import changed_chars

# _QUOTED, _markers and _select stay importable from here for kg.layouts.glued
__all__ = ["parse_document"]


def _mark_used(r: Reader, lines: list[Line], used: set[int], spans: list[tuple[int, int]]) -> None:
    """Add to ``used`` every line overlapping one of ``spans`` (original offsets, sorted)."""
    if not spans:
        return
    starts = [a for a, _ in spans]
    for k, ln in enumerate(lines):
        if k in used or ln.end <= ln.start:
            continue
        o0, o1 = r.ct.orig_span(ln.start, ln.end)
        j = bisect.bisect_right(starts, o1 - 1) - 1
        if j >= 0 and spans[j][0] < o1 and o0 < spans[j][1]:
            used.add(k)


def _report_unread(r: Reader, lr, narratives: list[Narrative], taken: list[tuple[int, int]]) -> None:
    """Content blocks that nothing read: one info line per document, with their lines."""
    spans = sorted([(n.span.start, n.span.end) for n in narratives] + taken)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # furthest end among spans starting so far
    unread = []
    for i, b in enumerate(lr.blocks):
        if b.kind == "furniture" or i in lr.claimed:
            continue
        j = bisect.bisect_right(starts, b.start) - 1  # spans that start at or before the block
        if j >= 0 and reach[j] >= b.end:
            continue  # inside a span that was read
        unread.append(b)
    if unread:
        lines = [line_col(r.doc.text, b.start)[0] for b in unread[:20]]
        more = ", …" if len(unread) > 20 else ""
        r.problems.append(Problem("I105", "info", Errors.I105.format(count=len(unread), lines=", ".join(map(str, lines)) + more),
                                  r.source, unread[0].start))


def _report_heading_like(r: Reader, lines: list[Line], used: set[int], narratives: list[Narrative],
                         claimed: list[tuple[int, int]]) -> None:
    """Every line that reads like a SUBJECT:TITLE heading and is read as nothing else: W307 with its position.

    Lines of a national list, page furniture, blocks a list reader took and the headings of the narratives
    read are left alone; such a line inside a narrative's text or outside everything is reported.
    """
    heads = sorted((n.heading_span.start, n.heading_span.end) for n in narratives)
    bodies = sorted((n.span.start, n.span.end, n.title) for n in narratives)
    taken = sorted(heads + claimed)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((e for _, e in taken), max))  # furthest end among spans starting so far
    for i, ln in enumerate(lines):
        if i in used or ln.end <= ln.start:
            continue
        reason = heading_like(r, lines, i)
        if reason is None:
            continue
        o0, o1 = r.ct.orig_span(ln.start, ln.end)
        j = bisect.bisect_right(starts, o1 - 1) - 1  # spans that start before the line ends
        if j >= 0 and reach[j] > o0:
            continue  # a heading read, or a block a list reader took
        inside = next((t for a, e, t in bodies if a <= o0 and o1 <= e), None)
        where = f"read as text of narrative {inside!r}" if inside is not None else "read as nothing"
        r.report(Errors.W307, "warning", ln.start, text=r.printed(ln.start, ln.end).strip()[:60], reason=reason, where=where)


def parse_document(doc: Document, source: str | None = None, simple: str | None = None) -> ParsedDocument:
    """Parse one decoded document into award entries and narratives (``simple``: ``simplify(doc.text)``, if known).

    >>> from kg.model import Document
    >>> text = "第一届全国基层党建创新最佳、优秀案例评选结果\\n一、最佳案例评选结果(共2个)1辽宁丹东:全面推广“情景互动式党课”2内蒙呼伦贝尔:组建“百万农牧民创业先导团”\\n"
    >>> doc = Document("doc/x", "x.txt", "x.txt", text, "utf-8", "text", "x")
    >>> [(e.rank, e.subject, e.title) for e in parse_document(doc).entries]
    [(1, '辽宁丹东', '全面推广“情景互动式党课”'), (2, '内蒙呼伦贝尔', '组建“百万农牧民创业先导团”')]
    """
    r = Reader(doc, source or doc.path, simple)
    lines = lines_of(r.ct)
    entries, announced, used = parse_lists(r, lines)
    # page furniture never starts or continues a narrative
    from .layouts import content_blocks, read_lists

    blocks = content_blocks(doc, r.norm)
    furniture = [(b.start, b.end) for b in blocks if b.kind == "furniture"]
    _mark_used(r, lines, used, furniture)
    before = len(r.problems)
    narratives = parse_narratives(r, lines, used)
    if narratives and not entries and not any(any(s.kind != "intro" for s in n.sections) for n in narratives):
        # "SUBJECT:TITLE" lines without sections: an article's title or a round-up's sub-headings, read below
        narratives = []
        del r.problems[before:]
    # every other list layout, outside national lists and outside narratives that have sections
    taken = [r.ct.orig_span(lines[i].start, lines[i].end) for i in sorted(used) if lines[i].end > lines[i].start]
    strong = [(n.span.start, n.span.end) for n in narratives if any(s.kind != "intro" for s in n.sections)]
    deferred: list[Problem] = []
    if not narratives and not entries:  # a single-case article (or a page about several cases, or none)
        from .narratives import read_article

        from .layouts import read_lists as _probe

        art = read_article(doc, r.norm, blocks, r.source)
        # prose around a list of winners is a list page, not an article: the list readers decide
        if art.verdict == "none":
            deferred = list(art.problems)  # reported only when no list is read either
        elif len(_probe(doc, r.norm, r.source, sorted(taken), blocks).entries) < 2:
            r.problems.extend(art.problems)
            if art.narrative is not None:
                narratives = [art.narrative]
            if art.span is not None and art.verdict != "none":
                strong.append(art.span)
    lr = read_lists(doc, r.norm, r.source, sorted(taken + strong), blocks)
    national = {e.edition for e in entries}
    if len(national) == 1 and lr.context.year is not None:  # one national edition: the page's year is its year
        from dataclasses import replace

        entries = [replace(e, year=lr.context.year) for e in entries]
    entries = entries + list(lr.entries)
    r.problems.extend(lr.problems)
    h = lr.context.header
    if not entries and h is not None and h.start >= 0 and _results_heading(r.norm[h.start : h.end]):
        # a page headed as results (…评选结果揭晓, …名单) from which nothing was read: a warning, never only info
        r.problems.append(problem(Errors.W218, "warning", r.source, doc.text, h.start, competition=lr.context.competition.name))
    claimed = [(lr.blocks[i].start, lr.blocks[i].end) for i in sorted(lr.claimed)]
    kept = []
    for n in narratives:
        if (n.span.start, n.span.end) in strong or not any(a < n.span.end and n.span.start < e for a, e in claimed):
            kept.append(n)
        else:
            r.problems.append(problem(Errors.W303, "warning", r.source, doc.text, n.span.start, title=n.title))
    if entries or lr.entries:
        # in a document that lists award entries, a "narrative" without any section heading is a
        # line that only looks like a heading (联系人：…, 主办单位：…): reported, not a case
        weak = [n for n in kept if not any(s.kind != "intro" for s in n.sections)]
        for n in weak:
            r.problems.append(problem(Errors.W303, "warning", r.source, doc.text, n.span.start, title=n.title))
        kept = [n for n in kept if n not in weak]
    narratives = kept
    if not entries and not narratives:
        r.problems.extend(deferred)
    if narratives or national:  # a page read as a list or about no single case says so itself (W304, I305, I105)
        _report_heading_like(r, lines, used, narratives, claimed)
    _report_unread(r, lr, narratives, taken)
    trad = changed_chars(doc.text, r.norm)
    if trad:
        r.problems.append(Problem("I107", "info", Errors.I107.format(count=trad), r.source))
    from .ingest import junk_summary

    count, kinds = junk_summary(r.ct)
    if count:
        r.problems.append(
            Problem("I103", "info", Errors.I103.format(count=count, kinds=kinds), r.source)
        )
    return ParsedDocument(
        document=doc,
        entries=tuple(entries),
        narratives=tuple(narratives),
        announced=tuple(announced),
        problems=tuple(r.problems),
    )


def _results_heading(text: str) -> bool:
    from .layouts.rules import rules

    return bool(rules().results.search(text))
