"""Adoption events: who adopted which practice, where and when.

A narrative sentence that prints a date and names a practice or mechanism gives
one :class:`~kg.model.AdoptionEvent` per kind of adoption it states (首创 → first,
试点 → pilot, 开始/起 → start, 全面推行/推广 → rollout, 写入…条例/文件 → codified;
cues are data in ``schema/events.toml``). Inside a sentence each date governs
its own clause and what follows up to the next date's clause, so
"2003年首创于榛子乡的“户联责任区”制度;2007年首创于…" gives two events with their
own years and places. The place is the deepest unit the sentence names inside
(or around) the case's region, else the case's region; towns and villages after
于/在 or a county name are kept as printed. Relative dates are resolved by
:mod:`kg.extract.dates` or kept uncertain with the reason.

Each award entry gives an "awarded" event dated by its edition's year
(``schema/editions.toml``). Pure functions: cases and texts in, events and
problems out.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..config import load_toml
from ..errors import Errors, problem
from ..ids import NATIONAL, digest
from ..model import AdoptionEvent, Case, Problem, Span
from .dates import find_dates, resolve
from .mechanisms import Chunk, MechanismExtractor, load_lexicon, shared_extractor
from .regions import load_gazetteer

__all__ = ["PracticeHit", "practices_in", "place_in", "sentence_events", "case_events", "document_events", "edition_year",
           "event_id"]

_QUOTE = re.compile(r"“([^“”\n]{2,20})”")
_LEVEL = {"province": 0, "prefecture": 1, "county": 2}


@dataclass(frozen=True, slots=True)
class PracticeHit:
    name: str  # normalised: quotes removed, suffix joined
    text: str  # as printed
    start: int  # document offsets
    end: int
    mechanism: str = ""  # lexicon mechanism id inside it
    mechanism_name: str = ""


@functools.cache
def _rules() -> dict:
    cfg = load_toml("events.toml")
    kinds = cfg["kinds"]
    strong = [(k, re.compile("|".join(kinds[k]))) for k in kinds["order"]]
    suffixes = tuple(sorted(cfg["practices"]["suffixes_after_quote"], key=len, reverse=True))
    return {
        "strong": strong,
        "weak": re.compile("|".join(kinds["weak_start"])),
        "after_date": re.compile(kinds["after_date_start"]),
        "sentence": re.compile(f"[^{re.escape(cfg['scope']['sentence_end'])}]+"),
        "clause": re.compile(f"[{re.escape(cfg['scope']['clause_end'])}，,]"),
        "suffixes": suffixes,
        "suffix_at": re.compile("|".join(map(re.escape, suffixes))),  # the longest first
        "place": re.compile(f"(?:{cfg['places']['town']})?(?:{cfg['places']['village']})?"),
        "place_before": tuple(cfg["places"]["before"]),
        "place_stop": tuple(cfg["places"]["stop_prefix"]),
        "not_practices": frozenset(cfg["practices"]["not_practices"]),
        "not_after": tuple(sorted(kinds["not_after"], key=len, reverse=True)),
        "not_before": tuple(cfg["places"]["not_before"]),
        "max_loose": int(cfg["practices"]["max_loose_length"]),
    }


def _extractor() -> MechanismExtractor:
    return shared_extractor()  # the build's own: spaCy is loaded once per process


def practices_in(text: str, offset: int = 0, doc_id: str = "", strict: bool = True) -> list[PracticeHit]:
    """Practices and mechanisms named in ``text`` (offsets = ``offset`` + index).

    The local rule until ``kg.extract.practices.find_practices`` is on main: a quoted term
    with the suffix printed after it (“户联责任区”制度 → 户联责任区制度), kept when it ends
    like a practice, is a numbered formula or holds a lexicon mechanism; plus every lexicon
    mechanism named outside quotes (学时学分制). ``strict=False`` (a dated clause that states an
    adoption) also keeps other quoted terms (“三治融合”), except those listed as not practices.
    """
    found = _extractor().extract([Chunk("s", text, doc_id, offset, False)]).get("s", [])
    return _hits(text, offset, found, strict)


def _hits(text: str, offset: int, found: list, strict: bool) -> list[PracticeHit]:
    """Quoted practices in ``text`` and the lexicon mentions ``found`` in it (document offsets)."""
    r = _rules()
    lex = load_lexicon()
    hits: list[PracticeHit] = []
    for m in _QUOTE.finditer(text):
        term = m.group(1).strip()
        if term in lex.stop:
            continue
        at = r["suffix_at"].match(text, m.end())
        suffix = at.group() if at else ""
        end = m.end() + len(suffix)
        inner = [x for x in found if offset + m.start() <= x.span.start and x.span.end <= offset + end]
        name = term if term.endswith(r["suffixes"]) else term + suffix
        practice_like = suffix or inner or name.endswith(lex.suffixes) or lex.formula.search(term)
        if not practice_like and (strict or term in r["not_practices"] or len(term) > r["max_loose"]):
            continue  # a slogan or a plain quotation (“空壳村”, “三农”)
        mech = inner[0] if inner else None
        hits.append(PracticeHit(name, text[m.start() : end], offset + m.start(), offset + end,
                                mech.mechanism if mech else "", mech.label if mech else ""))
    for x in found:
        if any(h.start <= x.span.start and x.span.end <= h.end for h in hits):
            continue
        hits.append(PracticeHit(x.label, x.text, x.span.start, x.span.end, x.mechanism, x.label))
    return sorted(hits, key=lambda h: (h.start, h.end))


@functools.cache
def _form_heads() -> frozenset[str]:
    """The first two characters of every gazetteer form (a form is at least two long)."""
    return frozenset(k[:2] for k in load_gazetteer().forms if len(k) >= 2)


def place_in(text: str, context: str | None) -> tuple[str, str, str]:
    """``(region code, rule, place)``: the deepest unit ``text`` names, judged against the
    case's region code ``context``; the town or village printed after 于/在 or a county."""
    g = load_gazetteer()
    ctx_chain = {u.code for u in g.chain(context)} if context else set()
    ctx_province = min(ctx_chain, default="", key=lambda c: _LEVEL[g.units[c].level]) if ctx_chain else ""
    units: list[tuple[int, int, str]] = []  # (start, end, code)
    i = 0
    heads = _form_heads()
    while i < len(text):
        hit = None
        if text[i : i + 2] not in heads:  # no place name starts here
            i += 1
            continue
        for length in range(min(g.max_len, len(text) - i), 1, -1):
            for f in g.forms.get(text[i : i + length], ()):
                u = g.units.get(f.code)
                if u is None or f.kind == "typo":
                    continue
                if f.kind == "short" and u.level == "county" and not (
                        ctx_province and (u.code in ctx_chain or g.is_within(u.code, ctx_province))):
                    continue  # a bare county short name counts only inside the case's province
                hit = (i, i + length, u.code)
                break
            if hit:
                break
        if hit:
            units.append(hit)
            i = hit[1]
        else:
            i += 1
    inside = [c for _, _, c in units if context and (c == context or g.is_within(c, context))]
    around = [c for _, _, c in units if c in ctx_chain]
    if inside:
        code, rule = max(inside, key=lambda c: _LEVEL[g.units[c].level]), "sentence"
    elif around or not units:
        code, rule = context or "", "context"
    else:
        code, rule = max((c for _, _, c in units), key=lambda c: _LEVEL[g.units[c].level]), "sentence"
    return code, rule, _town(text, [e for _, e, c in units if g.units[c].level == "county"])


def _town(text: str, county_ends: list[int]) -> str:
    r = _rules()
    starts = sorted({m.end() for w in r["place_before"] for m in re.finditer(re.escape(w), text)
                     if not text[: m.end()].endswith(r["not_before"])} | set(county_ends))
    for s in starts:
        m = r["place"].match(text, s)
        if m and m.group() and not m.group().startswith(r["place_stop"]):
            return m.group()
    return ""


def event_id(case: str, kind: str, practice: str, year: int | None, span: Span) -> str:
    return "event/" + digest(case, kind, practice, str(year), span.doc_id, str(span.start), str(span.end))


def _scopes(sentence: str, starts: list[int]) -> list[tuple[int, int, int]]:
    """Each date's stretch of the sentence ``(back, start, end)``: from its clause up to the
    clause of the next date; ``back`` is where the text before it (read when the stretch
    names no practice: 次年6月全面推行 continues the practice of the date before) begins: the
    sentence start for the first date, else the start of the previous date's stretch."""
    r = _rules()
    bounds = []
    for k, s in enumerate(starts):
        lo = starts[k - 1] if k else 0
        marks = [m.end() for m in r["clause"].finditer(sentence, lo, s)]
        bounds.append(marks[-1] if marks else (s if k else 0))
    ends = bounds[1:] + [len(sentence)]
    return [(bounds[k - 1] if k else 0, b, e) for k, (b, e) in enumerate(zip(bounds, ends))]


def _kinds(scope: str, date_end: int) -> list[tuple[str, str]]:
    """``(kind, cue)`` stated in a scope; ``date_end`` is where the date ends inside it."""
    r = _rules()
    out: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in r["strong"]:
        for m in rx.finditer(scope):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue  # 全面推行 is a rollout, not also a plain 推行
            taken.append((m.start(), m.end()))
            if kind not in [k for k, _ in out]:
                out.append((kind, m.group()))
    after = r["after_date"].match(scope, date_end)
    if after and "start" not in [k for k, _ in out]:
        out.append(("start", after.group()))
    if not out:
        m = r["weak"].search(scope)
        if m:
            out.append(("start", m.group()))
    order = [k for k, _ in r["strong"]]
    return sorted(out, key=lambda kc: order.index(kc[0]))


def sentence_events(
    case: str, sentence: str, base: int, doc_id: str, context: str | None, document_year: int | None,
    previous_year: int | None,
) -> tuple[list[AdoptionEvent], int | None, list[tuple[str, int, str]]]:
    """Events of one sentence (``base`` = its document offset); returns the events, the last
    year printed in it (the next sentence's reference) and ``(code, offset, detail)`` notes."""
    dates = find_dates(sentence)
    r = _rules()
    notes: list[tuple[str, int, str]] = []
    if not dates:
        return [], previous_year, notes
    events: list[AdoptionEvent] = []
    span = Span(doc_id, base, base + len(sentence))
    for d, (back, s, e) in zip(dates, _scopes(sentence, [d.start for d in dates])):
        year, rule, uncertain = resolve(d, document_year, previous_year)
        if year is not None:
            previous_year = year
        scope = sentence[s:e]
        if sentence[:d.start].endswith(r["not_after"]):
            continue  # 截至2015年底: a state of affairs, not an adoption
        kinds = _kinds(scope, d.end - s)
        if not kinds:
            continue
        hits = practices_in(scope, base + s, doc_id, strict=False) or practices_in(sentence[back:s], base + back, doc_id,
                                                                                    strict=False)
        if not hits:
            continue
        if uncertain:
            notes.append(("I414", base + d.start, f"{d.text}: {uncertain}"))
        code, region_rule, place = place_in(scope, context)
        if region_rule == "context":  # the text before the clause may name the unit (瓜州县委…,从2006年开始)
            code, region_rule, _ = place_in(sentence[back:e], context)
        seen = set()
        for h in hits:
            for kind, cue in kinds:
                key = (h.name, kind)
                if key in seen:
                    continue
                seen.add(key)
                events.append(AdoptionEvent(
                    event_id(case, kind, h.name, year, span), case, kind, h.name, h.text, h.mechanism, h.mechanism_name,
                    year, d.month, d.day, d.part, d.text, rule, uncertain, code, region_rule, place, cue, span))
    return events, previous_year, notes


def case_events(
    case: Case, texts: dict[str, str], document_years: dict[str, int | None], mechanisms: list[tuple[str, str]],
    sources: dict[str, str],
) -> tuple[list[AdoptionEvent], list[Problem]]:
    """All events of a case: its narratives' dated statements and its awards.

    ``texts``: simplified document text by doc id; ``mechanisms``: the case's (id, name)
    pairs (used by awards whose title names no practice); ``sources``: display path by doc id.
    """
    events: list[AdoptionEvent] = []
    problems: list[Problem] = []
    context = case.region.deepest.code if case.region and case.region.deepest else None
    r = _rules()
    for n in case.narratives:
        previous: int | None = None
        doc_id = n.span.doc_id
        text = texts[doc_id]
        for sec in n.sections:
            if sec.kind == "appendix":
                continue  # photo captions date activities, not adoptions
            body = text[sec.span.start : sec.span.end]
            for m in r["sentence"].finditer(body):
                evs, previous, notes = sentence_events(case.id, m.group(), sec.span.start + m.start(), doc_id, context,
                                                       document_years.get(doc_id), previous)
                events.extend(evs)
                if context is None:  # a case without a region: the unit named before is the context
                    context = next((ev.region for ev in evs if ev.region), None)
                for code, offset, detail in notes:
                    problems.append(problem(getattr(Errors, code), "info", sources.get(doc_id, ""), "", offset,
                                            narrative=n.subject, detail=detail))
    events.extend(award_events(case, texts, mechanisms))
    return sorted(set(events), key=lambda e: (e.span, e.kind, e.practice)), problems


def document_events(doc_id: str, text: str, source: str, document_year: int | None) -> tuple[list[AdoptionEvent], list[Problem]]:
    """Events of a document read as an article (no award list, no case narrative in it): every
    sentence of its text, with no case; the first unit a dated statement names is the context of
    the statements after it."""
    r = _rules()
    events: list[AdoptionEvent] = []
    problems: list[Problem] = []
    context: str | None = None
    previous: int | None = None
    for m in r["sentence"].finditer(text):
        evs, previous, notes = sentence_events("", m.group(), m.start(), doc_id, context, document_year, previous)
        events.extend(evs)
        if context is None:
            context = next((ev.region for ev in evs if ev.region), None)
        for code, offset, detail in notes:
            problems.append(problem(getattr(Errors, code), "info", source, "", offset, narrative=source, detail=detail))
    return sorted(set(events), key=lambda e: (e.span, e.kind, e.practice)), problems


def edition_year(series: str, edition: int | None) -> int | None:
    """The year an edition was announced (``schema/editions.toml``)."""
    years = load_toml("editions.toml").get(series, {})
    return int(years[str(edition)]) if edition is not None and str(edition) in years else None


def award_events(case: Case, texts: dict[str, str], mechanisms: list[tuple[str, str]]) -> list[AdoptionEvent]:
    out = []
    region = case.region.deepest.code if case.region and case.region.deepest else ""
    place = case.region.place if case.region else ""
    for e in case.entries:
        series = e.competition.key if e.competition is not None else NATIONAL
        year = edition_year(series, e.edition) or e.year
        ts = e.title_span
        hits = []
        in_title = [m for m in case.mechanisms
                    if m.span.doc_id == ts.doc_id and ts.start <= m.span.start and m.span.end <= ts.end and not m.discovered]
        for h in _hits(texts[ts.doc_id][ts.start : ts.end], ts.start, in_title, True):
            if all(h.name != x.name for x in hits):
                hits.append(h)
        if not hits:  # no quoted practice: the practices the title names unquoted (kg.extract.practices)
            for m in case.practices:
                s = m.span
                if s.doc_id == ts.doc_id and ts.start <= s.start and s.end <= ts.end and m.status == "practice" \
                        and all(m.name != x.name for x in hits):
                    inner = next((x for x in in_title if s.start <= x.span.start and x.span.end <= s.end), None)
                    hits.append(PracticeHit(m.name, m.text, s.start, s.end, inner.mechanism if inner else "",
                                            inner.label if inner else ""))
        if not hits:  # the title names no practice: the mechanisms the case uses
            hits = [PracticeHit(name, name, e.span.start, e.span.end, mid, name) for mid, name in mechanisms]
        label = f"第{e.edition}届" if e.edition is not None else (f"{e.year}年" if e.year else "")
        for h in hits or [PracticeHit("", "", e.span.start, e.span.end)]:
            out.append(AdoptionEvent(
                event_id(case.id, "awarded", h.name, year, e.span), case.id, "awarded", h.name, h.text, h.mechanism,
                h.mechanism_name, year, None, None, "", label, "edition", "" if year else "the edition's year is unknown",
                region, "case", place, e.tier_label, e.span))
    return out
