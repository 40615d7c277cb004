"""Narratives of a compilation: found by their heading and split at their section headings.

A heading is "SUBJECT:TITLE" on a short line of its own, or a title line followed by
"——SUBJECT党建创新典型案例"; the section headings are listed in ``schema/parse.toml``.

Pure: a :class:`~kg.parse_common.Reader` in, narratives and problems out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .errors import Errors, problem
from .model import Narrative, Section
from .parse_common import Line, Reader

__all__ = ["parse_narratives", "heading_at", "heading_like", "Heading"]


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
    """The narrative heading that starts at line ``i``, or None.

    A line of at most ``heading_max`` characters is a heading by its form alone. A longer one
    (a full title such as ``…区委组织部:以“…”为抓手推动…的实践与思考``, up to ``heading_long_max``)
    carries no sentence punctuation and is confirmed by its context: the ``——SUBJECT…案例`` line
    under it, or a section heading before anything that could start another narrative.
    """
    rules = r.rules
    t = lines[i].text.strip()
    if not t or len(t) > rules.heading_long_max or t.endswith(_CLAUSE_END):
        return None
    if rules.part.match(t) or rules.enumerator.match(t) or rules.section_line.match(t):
        return None
    long = len(t) > rules.heading_max
    if long and _SENTENCE.search(t):
        return None
    nxt = _next_content(lines, i)
    # "TITLE" + "——SUBJECT党建创新典型案例"
    if nxt is not None:
        dm = rules.dash_subject.match(lines[nxt].text)
        if dm and not t.startswith("——"):
            return Heading(i, nxt, dm.group(1).strip(), t, "dash", lines[i].start, lines[nxt].end)
    if long and _COMMA.search(t):  # a long line with a comma is a sentence, not a title
        return None
    m = rules.colon_heading.match(t)
    if not m or "届" in m.group(1):
        return None
    # a heading is followed by body text, not by another short line
    if nxt is None or (len(lines[nxt].text) <= rules.heading_max and rules.colon_heading.match(lines[nxt].text.strip())):
        return None
    if long and not _section_ahead(r, lines, nxt):
        return None
    return Heading(i, i, m.group(1), m.group(2), "colon", lines[i].start, lines[i].end)


# a line ending in a clause mark continues a sentence; sentence marks inside a long line make it prose
_CLAUSE_END = ("。", ";", ",", "；", "，", "、")
_SENTENCE = re.compile(r"[。！？；!?;]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_COMMA = re.compile(r"[,，]")
# a SUBJECT:TITLE line of any size: what a reader would take for a heading
_LOOSE = re.compile(r"^\s*([^\s,，。;；、“”:：!！?？]{2,24})[:：]\s*(\S.*?)\s*$")


def _section_ahead(r: Reader, lines: list[Line], j: int) -> bool:
    """Whether a section heading comes at or after line ``j`` before anything that could start another narrative."""
    rules = r.rules
    for k in range(j, len(lines)):
        t = lines[k].text.strip()
        if not t:
            continue
        if _section_cut(rules, lines[k].text):
            return True
        if (rules.part.match(t) or rules.edition_header.match(t) or rules.edition_marker.match(t)
                or rules.dash_subject.match(t) or (len(t) <= rules.heading_long_max and _LOOSE.match(t))):
            return False
    return False


def heading_like(r: Reader, lines: list[Line], i: int) -> str | None:
    """Why line ``i``, which reads like a narrative heading, is not one; None when it is one or does not read like one.

    Used to report such lines (W307) instead of leaving them silently in the text around them.
    """
    rules = r.rules
    t = lines[i].text.strip()
    if not t or _SENTENCE.search(t) or t.endswith(_CLAUSE_END):
        return None
    m = _LOOSE.match(t)
    nxt = _next_content(lines, i)
    if nxt is None:
        return None
    if m is None or "届" in m.group(1):
        # TITLE + ——SUBJECT…案例: refused only when the title is too long
        dash = not t.startswith("——") and rules.dash_subject.match(lines[nxt].text)
        if dash and len(t) > rules.heading_long_max:
            return f"{len(t)} characters, more than {rules.heading_long_max}"
        return None
    title = m.group(2).replace(" ", "")
    if len(title) < 6 or len(_CJK.findall(title)) < 0.6 * len(title):  # 电话:0315-…, 附件:回执.docx
        return None
    if rules.part.match(t) or rules.enumerator.match(t) or rules.section_line.match(t):
        return None
    if heading_at(r, lines, i) is not None:
        return None
    if len(t) > rules.heading_long_max:
        return f"{len(t)} characters, more than {rules.heading_long_max}"
    if len(m.group(1)) > rules.subject_max:
        return f"its subject has {len(m.group(1))} characters, more than {rules.subject_max}"
    if len(lines[nxt].text) <= rules.heading_max and rules.colon_heading.match(lines[nxt].text.strip()):
        return "another SUBJECT:TITLE line follows it, not body text"
    if len(t) > rules.heading_max and _COMMA.search(t):
        return f"{len(t)} characters, more than {rules.heading_max}, with a comma (read as a sentence)"
    if len(t) > rules.heading_max:
        return f"{len(t)} characters, more than {rules.heading_max}, and no section heading follows it"
    return "not read as a heading"


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
                subject=_printed_in(r, h.start, h.end, h.subject),
                title=_printed_in(r, h.start, h.end, h.title),
                heading_form=h.form,  # type: ignore[arg-type]
                edition=edition,
                span=span,
                heading_span=r.span(h.start, h.end),
                sections=tuple(sections),
            )
        )
    return narratives


def _printed_in(r: Reader, start: int, end: int, words: str) -> str:
    """The printed form of ``words`` (read on simplified text) where it stands in clean ``[start, end)``."""
    k = r.ct.text.find(words, start, end)
    return r.printed(k, k + len(words)) if k >= 0 else words


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
        m = _section_cut(rules, lines[j].text)
        if not m:
            continue
        word, rest = m.group(2), m.group(3)
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


def _section_cut(rules, text: str) -> re.Match[str] | None:
    """A section heading line: unnumbered headings must fill their line; numbered ones may be glued to text."""
    m = rules.section_line.match(text)
    if not m:
        return None
    enum, word, rest = m.group(1), m.group(2), m.group(3)
    if not enum and rest:
        return None
    if enum and rest and word not in rules.sections:
        return None
    return m


def _section(r: Reader, kind: str, heading: str, start: int, body_start: int, stop: int) -> Section:
    text = r.ct.text[body_start:stop].strip("\n")
    return Section(kind=kind, heading=heading, span=r.span(start, max(start, stop)), text=text)
