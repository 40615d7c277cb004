"""The shared state of :mod:`kg.parse`: its rules (``schema/parse.toml``), the lines of a cleaned document, and
the reader that maps clean offsets back to the printed text and collects problems.

Used by :mod:`kg.parse_lists` (national award lists) and :mod:`kg.parse_narratives` (narratives of a
compilation). Pure: no I/O beyond reading the rules once.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .config import load_toml
from .errors import problem
from .ingest import CleanText, clean
from .model import Document, Problem, Span
from .textnorm import simplify

__all__ = ["ParseRules", "parse_rules", "Line", "lines_of", "Reader"]


@dataclass(frozen=True)
class ParseRules:
    part: re.Pattern[str]
    edition_header: re.Pattern[str]
    edition_marker: re.Pattern[str]
    tier_header: re.Pattern[str]
    tiers: dict[str, dict]
    heading_max: int
    heading_long_max: int
    subject_max: int
    dash_subject: re.Pattern[str]
    enumerator: re.Pattern[str]
    sections: dict[str, str]
    section_line: re.Pattern[str]
    colon_heading: re.Pattern[str]


@functools.cache
def parse_rules() -> ParseRules:
    cfg = load_toml("parse.toml")
    st, nar = cfg["structure"], cfg["narrative"]
    words = sorted(cfg["sections"], key=len, reverse=True)
    alt = "|".join(map(re.escape, words))
    enum = r"(?:[一二三四五六七八九十]+[、.．]|\d+[、.．])"
    # group 1: enumerator (optional), group 2: heading word, group 3: rest of the line
    section_line = re.compile(rf"^\s*({enum})?\s*({alt})\s*[:：]?\s*(.*)$")
    smax = nar["subject_max"]
    colon_heading = re.compile(rf"^\s*([^\s,，。;；、“”:：!！?？]{{2,{smax}}})[:：]\s*(\S.*?)\s*$")
    return ParseRules(
        part=re.compile(st["part"]),
        edition_header=re.compile(st["edition_header"]),
        edition_marker=re.compile(st["edition_marker"]),
        tier_header=re.compile(st["tier_header"]),
        tiers=cfg["tiers"],
        heading_max=nar["heading_max"],
        heading_long_max=nar["heading_long_max"],
        subject_max=smax,
        dash_subject=re.compile(nar["dash_subject"]),
        enumerator=re.compile(nar["enumerator"]),
        sections=cfg["sections"],
        section_line=section_line,
        colon_heading=colon_heading,
    )


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # clean offset
    end: int  # clean offset, without the newline
    text: str


def lines_of(ct: CleanText) -> list[Line]:
    out = []
    pos = 0
    for body in ct.text.split("\n"):
        out.append(Line(pos, pos + len(body), body))
        pos += len(body) + 1
    return out


class Reader:
    """State of one document being parsed."""

    def __init__(self, doc: Document, source: str, simple: str | None = None):
        """``simple``: ``simplify(doc.text)`` when the caller has it already (a long text is simplified once)."""
        self.doc = doc
        self.source = source
        from .layouts.rules import rules as layout_rules

        # same length as doc.text, so offsets need no mapping; decorations (▌ ■ ◆ ★) read as spaces, a name's middle dot kept
        self.norm = layout_rules().undecorate(simplify(doc.text) if simple is None else simple)
        self.ct = clean(self.norm)
        self.rules = parse_rules()
        self.problems: list[Problem] = []

    def span(self, start: int, end: int) -> Span:
        o0, o1 = self.ct.orig_span(start, end)
        return Span(self.doc.id, o0, o1)

    def printed(self, start: int, end: int) -> str:
        """The printed (unsimplified) text of clean ``[start, end)``."""
        orig = self.doc.text
        if end > start:
            o0, o1 = self.ct.orig(start), self.ct.orig(end - 1)
            if o1 - o0 == end - 1 - start:  # offsets only grow: no junk removed inside, one slice
                return orig[o0 : o1 + 1]
        return "".join(orig[self.ct.orig(k)] for k in range(start, end))

    def report(self, template: str, severity: str, clean_pos: int = -1, **values: object) -> None:
        offset = self.ct.orig(clean_pos) if clean_pos >= 0 else -1
        self.problems.append(problem(template, severity, self.source, self.doc.text, offset, **values))
