"""Narratives of a compilation: found by their heading and split at their section headings.

A heading is "SUBJECT:TITLE" on a short line of its own, or a title line followed by
"——SUBJECT党建创新典型案例"; the section headings are listed in ``schema/parse.toml``.

Pure: a :class:`~kg.parse_common.Reader` in, narratives and problems out.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .errors import Errors, problem
from .model import Narrative, Section
from .parse_common import Line, Reader

__all__ = ["parse_narratives", "heading_at", "Heading"]


@dataclass(frozen=True, slots=True)
class Heading:
    line: int
    last_line: int  # the heading spans lines line..last_line
    subject: str
    title: str
    form: str
    start: int
    end: int


def heading_at(r: Reader, lines: list[Line], i: int) -> Heading | None:
    rules = r.rules
    t = lines[i].text.strip()
    if not t or len(t) > rules.heading_max or t.endswith(("。", ";", ",", ";", ",")):
        return None
    if rules.part.match(t) or rules.enumerator.match(t) or rules.section_line.match(t):
        return None
    nxt = _next_content(lines, i)
    # "TITLE" + "——SUBJECT党建创新典型案例"
    if nxt is not None:
        dm = rules.dash_subject.match(lines[nxt].text)
        if dm and not t.startswith("——"):
            return Heading(i, nxt, dm.group(1).strip(), t, "dash", lines[i].start, lines[nxt].end)
    m = rules.colon_heading.match(t)
    if not m or "届" in m.group(1):
        return None
    # a heading is followed by body text, not by another short line
    if nxt is None or (len(lines[nxt].text) <= rules.heading_max and rules.colon_heading.match(lines[nxt].text.strip())):
        return None
    return Heading(i, i, m.group(1), m.group(2), "colon", lines[i].start, lines[i].end)


def _next_content(lines: list[Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if lines[j].text.strip():
            return j
    return None


def parse_narratives(r: Reader, lines: list[Line], used: set[int]) -> list[Narrative]:
    rules = r.rules
    headings: list[Heading] = []
    i = 0
    while i < len(lines):
        if i in used:
            i += 1
            continue
        h = heading_at(r, lines, i)
        if h:
            headings.append(h)
            i = h.last_line + 1
        else:
            i += 1
    narratives = []
    for k, h in enumerate(headings):
        # the narrative runs to the next heading, part header, edition marker or list
        end_line = headings[k + 1].line if k + 1 < len(headings) else len(lines)
        body = []
        for j in range(h.last_line + 1, end_line):
            t = lines[j].text
            if j in used or rules.part.match(t) or rules.edition_header.match(t):
                break
            if rules.edition_marker.match(t):
                break
            body.append(j)
        edition = _edition_before(r, lines, h.line)
        sections = _sections(r, lines, body, h)
        last = body[-1] if body else h.last_line
        span = r.span(h.start, lines[last].end)
        if not any(s.kind != "intro" for s in sections):
            r.report(Errors.W301, "warning", h.start, title=h.title)
        for s in sections:
            if "**" in s.text:
                pos = s.text.index("**")
                r.problems.append(
                    problem(
                        Errors.W302, "warning", r.source, r.doc.text, s.span.start + _orig_delta(r, s, pos),
                        title=h.title, text=s.text[max(0, pos - 8) : pos + 10],
                    )
                )
        narratives.append(
            Narrative(
                subject=h.subject,
                title=h.title,
                heading_form=h.form,  # type: ignore[arg-type]
                edition=edition,
                span=span,
                heading_span=r.span(h.start, h.end),
                sections=tuple(sections),
            )
        )
    return narratives


def _orig_delta(r: Reader, s: Section, pos: int) -> int:
    # position inside section text → offset from section start in the original
    # (section text is clean text; map through the clean view)
    clean_start = _clean_of(r, s.span.start)
    return r.ct.orig(clean_start + pos) - s.span.start


def _clean_of(r: Reader, orig: int) -> int:
    i = bisect.bisect_right(r.ct.orig_starts, orig) - 1
    return r.ct.clean_starts[i] + (orig - r.ct.orig_starts[i])


def _edition_before(r: Reader, lines: list[Line], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        t = lines[j].text.strip()
        if not t:
            continue
        m = r.rules.edition_marker.match(t)
        if not m:
            return None
        from .layouts.rules import numeral

        return numeral(m.group(1)) or None
    return None


def _sections(r: Reader, lines: list[Line], body: list[int], h: Heading) -> list[Section]:
    rules = r.rules
    cuts: list[tuple[int, str, str, int]] = []  # (clean start, kind, heading, body start)
    for j in body:
        t = lines[j].text
        m = rules.section_line.match(t)
        if not m:
            continue
        enum, word, rest = m.group(1), m.group(2), m.group(3)
        # unnumbered headings must fill their line; numbered ones may be glued to text
        if not enum and rest:
            continue
        if enum and rest and word not in rules.sections:
            continue
        body_start = lines[j].start + m.start(3) if rest else lines[j].end + 1
        cuts.append((lines[j].start, rules.sections[word], word, body_start))
    out: list[Section] = []
    if not body:
        return out
    first = lines[body[0]].start
    end_all = lines[body[-1]].end
    if not cuts or cuts[0][0] > first:
        stop = cuts[0][0] if cuts else end_all
        out.append(_section(r, "intro", "", first, first, stop))
    for k, (c0, kind, word, b0) in enumerate(cuts):
        stop = cuts[k + 1][0] if k + 1 < len(cuts) else end_all
        out.append(_section(r, kind, word, c0, b0, stop))
    return out


def _section(r: Reader, kind: str, heading: str, start: int, body_start: int, stop: int) -> Section:
    text = r.ct.text[body_start:stop].strip("\n")
    return Section(kind=kind, heading=heading, span=r.span(start, max(start, stop)), text=text)
