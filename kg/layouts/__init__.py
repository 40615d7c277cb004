"""Layouts: a document's typed blocks → award entries, in any layout analysts meet.

:func:`read_lists` marks page furniture, reads the document's context
(competition, edition, year, place), runs the block scanner
(:mod:`kg.layouts.scan`) and turns its drafts into :class:`~kg.model.AwardEntry`
records: the same winner printed twice in one page becomes one entry with a
second source span; unnumbered entries are ranked by their position in their
tier; whatever the document announces but does not print, and every block
inside a list that no recogniser could read, is reported.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..errors import Errors, problem
from ..ids import normalise
from ..model import AwardEntry, Block, Document, Problem, Span
from .context import DocContext, document_context
from .items import book_titles, place_like
from .model import Draft
from .scan import scan

__all__ = ["ListResult", "read_lists", "content_blocks"]

_SPACE_CJK = re.compile(r"(?<=[\u2018-\u201f\u3000-\u9fff\uff00-\uffef])\s+|\s+(?=[\u2018-\u201f\u3000-\u9fff\uff00-\uffef])")


@dataclass(frozen=True)
class ListResult:
    entries: tuple[AwardEntry, ...]
    blocks: tuple[Block, ...]  # with furniture marked
    claimed: frozenset[int]  # blocks read as list structure or entries
    context: DocContext
    problems: tuple[Problem, ...]


def printed(text: str, a: int, b: int) -> str:
    """The printed text of a span: white space folded, none between CJK characters."""
    t = " ".join(text[a:b].split())
    return _SPACE_CJK.sub("", t)


def _strip_marks(text: str, a: int, b: int) -> tuple[int, int]:
    t = text[a:b]
    pairs = book_titles(t)
    if len(pairs) == 1 and pairs[0] == (0, len(t) - 1):
        return a + 1, b - 1
    return a, b


def content_blocks(doc: Document, norm: str) -> tuple[Block, ...]:
    from ..furniture import mark_furniture
    from ..readers.text import line_blocks

    blocks = doc.blocks or line_blocks(doc.text)
    return mark_furniture(norm, blocks)


def _similar(a: str, b: str) -> float:
    from ..resolve import title_similarity

    return title_similarity(a, b) if a and b else 1.0


def _local_place(doc_place: str, printed: str) -> str:
    """An entry's own place (a 所在区县 cell, a 临朐县： prefix) read inside the document's place, so a
    district name several cities share (西湖区) resolves in the document's city."""
    printed = printed.strip()
    return printed if not doc_place or printed.startswith(doc_place[:2]) else doc_place + printed


def _size(d: Draft) -> int:
    return (d.subject[1] - d.subject[0]) + (d.title[1] - d.title[0])


_AWARD_SENTENCE = "sentence:award-units"  # winners named inside a sentence (scan_units.award_sentence)
_QUOTES = re.compile(r"[“”\"《》「」‘’\s]")


def _shortened(norm: str, a: Draft, b: Draft) -> bool:
    """One printing is a shortened form of the other: one unit begins the other (东兴市 / 东兴市委组织部)
    and one title holds the other (“边民互市党建联盟” / “边民互市党建联盟”带动兴边富民)."""
    sa, sb = norm[slice(*a.subject)].strip(), norm[slice(*b.subject)].strip()
    ta, tb = _QUOTES.sub("", norm[slice(*a.title)]), _QUOTES.sub("", norm[slice(*b.title)])
    if not (sa and sb and ta and tb) or not (sa.startswith(sb) or sb.startswith(sa)):
        return False
    short, long_ = sorted((ta, tb), key=len)
    return len(short) >= 4 and short in long_


def _dedupe(norm: str, drafts: list[Draft], report, into_lead: set[int] | None = None) -> list[Draft]:
    """One draft per winner: a later printing of the same unit (and a similar title) joins the first.
    ``into_lead`` gets the ids of list printings that joined a lead sentence's unit (授予A等6个…)."""
    out: list[Draft] = []
    index: dict[tuple, list[Draft]] = defaultdict(list)
    for d in drafts:
        subj = normalise(norm[slice(*d.subject)])
        title = normalise(norm[slice(*d.title)])
        key = (d.competition.key, d.edition, subj or title)
        twin = None
        for o in index[key]:
            if _similar(title, normalise(norm[slice(*o.title)])) >= 0.4:
                twin = o
                break
        if twin is None and title:
            for o in index[(d.competition.key, d.edition, "title:" + title)]:
                twin = o
        if twin is None and len(subj) >= 2 and title:
            # a shorter printing of the unit is a prefix of the other: look both ways, never over all drafts
            found = index.get((d.competition.key, d.edition, "prefix:" + subj), [])[:8]
            for k in range(2, len(subj)):
                found = found + index.get((d.competition.key, d.edition, subj[:k]), [])[:8]
            twin = next((o for o in found if _shortened(norm, o, d)), None)
        if twin is not None and _size(d) > _size(twin) and _shortened(norm, twin, d):
            # the fuller printing (防城港市东兴市委组织部《…带动兴边富民》) is the entry; the lead's is another span
            d.also_at.append(twin.span)
            d.also_at.extend(twin.also_at)
            twin.subject, twin.title, twin.span, twin.also_at, twin.more = d.subject, d.title, d.span, d.also_at, d.more
            twin.layout = d.layout
            if d.tier is not None and twin.tier is None:  # the list's tier header, not the lead's sentence
                twin.tier, twin.tier_at = d.tier, d.tier_at
            report(Errors.I106, "info", twin.also_at[0][0], subject=norm[slice(*d.subject)])
            continue
        if twin is None:
            out.append(d)
            index[key].append(d)
            if title:
                index[(d.competition.key, d.edition, "title:" + title)].append(d)
            for k in range(2, min(len(subj), 40)):
                index[(d.competition.key, d.edition, "prefix:" + subj[:k])].append(d)
            continue
        twin.also_at.append(d.span)
        if into_lead is not None and twin.layout == _AWARD_SENTENCE and d.layout != _AWARD_SENTENCE:
            into_lead.add(id(d))
        if d.tier is not None and (twin.tier is None or (twin.layout == _AWARD_SENTENCE and d.layout != _AWARD_SENTENCE)):
            twin.tier, twin.tier_at = d.tier, d.tier_at  # (a lead sentence 授予A等6个… then the list: the list's tier)
        if twin.title[1] <= twin.title[0] and d.title[1] > d.title[0]:
            twin.title = d.title
        if not twin.category and d.category:
            twin.category = d.category
        if twin.place is None and d.place is not None:
            twin.place = d.place  # (the list's line names the unit's county: 甲村党支部（柯城区）)
        report(Errors.I106, "info", d.span[0], subject=norm[slice(*d.subject)] or norm[slice(*d.title)])
    return out


def _overlapping(blocks: tuple[Block, ...], spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of the blocks that overlap any of ``spans`` (one sorted pass, not blocks × spans)."""
    if not spans:
        return set()
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    out = set()
    for i, b in enumerate(blocks):
        j = bisect.bisect_left(starts, b.end) - 1  # spans starting before the block ends
        if j >= 0 and reach[j] > b.start:
            out.add(i)
    return out


_TOWN_FIRST = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)")


def _town_context(ctx, subject: str) -> tuple[str, tuple[int, int] | None] | None:
    """A unit named by its town alone (叶坪镇华屋村党支部) on a page a county published about its city's contest: the
    county (the page's own place inside the competition's) is its context."""
    if ctx.local is None or not _TOWN_FIRST.match(subject) or place_like(subject):
        return None
    return ctx.local


def read_lists(doc: Document, norm: str, source: str, skip_spans: list[tuple[int, int]],
               blocks: tuple[Block, ...] | None = None) -> ListResult:
    """Award entries of one document; ``skip_spans`` are spans another reader already took."""
    problems: list[Problem] = []

    def report(template: str, severity: str, offset: int = -1, **values: object) -> None:
        problems.append(problem(template, severity, source, doc.text, offset, **values))

    blocks = blocks if blocks is not None else content_blocks(doc, norm)
    skip = _overlapping(blocks, skip_spans)
    content = [(b.start, b.end) for i, b in enumerate(blocks) if b.kind != "furniture" and i not in skip]
    meta = dict(doc.meta)
    bylines = [(b.start, b.end) for b in blocks if b.furniture == "byline"]
    ctx = document_context(norm, content, meta.get("title", ""), doc.name.rsplit(".", 1)[0], bylines,
                           meta.get("date", ""))
    s = scan(norm, blocks, skip, ctx)
    into_lead: set[int] = set()
    drafts = _dedupe(norm, s.drafts, report, into_lead)
    # ranks: the printed number, else the position in its tier
    position: Counter = Counter()
    entries = []
    unknown_tiers: set[str] = set()
    for d in drafts:
        tier_code = d.tier.code if d.tier else "listed"
        group = (d.competition.key, d.edition, d.year, tier_code)
        position[group] += 1
        rank = d.rank if d.rank is not None else position[group]
        if d.tier is not None and not d.tier.known and d.tier.label not in unknown_tiers:
            unknown_tiers.add(d.tier.label)
            report(Errors.W214, "warning", d.tier_at, label=d.tier.label, code=d.tier.code)
        ta, tb = _strip_marks(norm, *d.title)
        subject = printed(doc.text, *d.subject) + "".join(printed(doc.text, *x) for x in d.more.get("subject", ()))
        title = printed(doc.text, ta, tb) + "".join(printed(doc.text, *x) for x in d.more.get("title", ()))
        if not subject:
            report(Errors.W212, "warning", d.span[0], text=title[:40])
        label = d.tier.label if d.tier else ""
        if label and d.tier_at >= 0 and norm[d.tier_at : d.tier_at + len(label)] == label:
            label = doc.text[d.tier_at : d.tier_at + len(label)]  # the tier as printed (一等獎)
        entries.append(AwardEntry(
            edition=d.edition, tier=tier_code, tier_label=label, rank=rank,
            subject=subject, title=title, span=Span(doc.id, *d.span), subject_span=Span(doc.id, *d.subject),
            title_span=Span(doc.id, ta, tb), has_colon=True, competition=d.competition, year=d.year,
            category=d.category, tier_order=d.tier.order if d.tier else None, numbered=d.rank is not None,
            layout=d.layout, also_at=tuple(Span(doc.id, *x) for x in d.also_at),
            context_region=(_local_place(ctx.place, norm[slice(*d.place)]) if d.place
                            else town[0] if (town := _town_context(ctx, subject)) else ctx.place),
            context_span=(Span(doc.id, *(d.place or (town[1] if town else None) or ctx.place_span))
                          if (d.place or (town and town[1]) or ctx.place_span) else None),
            context_own=d.place is not None,
        ))
    if entries:
        if ctx.competition.inferred:
            report(Errors.W215, "warning", entries[0].span.start, name=ctx.competition.name)
        if ctx.announced is not None and len(entries) < ctx.announced:
            report(Errors.W211, "warning", ctx.announced_at, competition=ctx.competition.name,
                   announced=ctx.announced, found=len(entries))
        heads = s.headers
        kept = {id(d) for d in drafts}  # (by identity: a list scan per draft would be quadratic)
        for k, (label, at, count, first) in enumerate(heads):
            if count is None:
                continue
            last = heads[k + 1][3] if k + 1 < len(heads) else len(s.drafts)
            group = [d for d in s.drafts[first:last] if id(d) in kept or id(d) in into_lead]
            if group and all(d.layout == _AWARD_SENTENCE and d.also_at for d in group):
                continue  # a lead sentence (授予A等6个…) whose units the list prints again: the list is counted
            found = len(group)
            if found != count:
                report(Errors.W216, "warning", at, competition=ctx.competition.name, tier=label,
                       found=found, announced=count)
    for i in s.unread_in_list:
        b = blocks[i]
        report(Errors.W213, "warning", b.start, text=norm[b.start : b.end][:40])
    furn = [b for b in blocks if b.kind == "furniture"]
    if furn:
        kinds = Counter(b.furniture for b in furn)
        lines = [doc.text.count("\n", 0, b.start) + 1 for b in furn[:12]]
        summary = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) + " (lines " + ", ".join(map(str, lines)) + (
            ", …)" if len(furn) > 12 else ")")
        problems.append(Problem("I104", "info", Errors.I104.format(summary=summary), source, furn[0].start))
    return ListResult(tuple(entries), blocks, frozenset(s.claimed), ctx, tuple(problems))
