"""Parse: a cleaned document → award entries and narratives, with every oddity reported.

Award lists are read as sections (edition → tier → numbered entries). Entries
are often glued together ("…党课”2内蒙呼伦贝尔:…") and titles contain numbers
of their own (“365便民服务超市”, “3+X”, 83团), so an entry number is accepted
only when it continues the sequence, stands outside quotation marks and outside
the current subject, and is followed by a subject that ends in a colon.

Narratives are found by their heading ("SUBJECT:TITLE" on a short line of its
own, or a title line followed by "——SUBJECT党建创新典型案例") and split at the
section headings listed in ``schema/parse.toml``.

Everything here is pure: text in, typed records and problems out.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

from .config import load_toml
from .errors import Errors, line_col, problem
from .ingest import CleanText, clean
from .model import AwardEntry, Document, Narrative, ParsedDocument, Problem, Section, Span
from .textnorm import changed_chars, simplify

__all__ = ["parse_document"]

@dataclass(frozen=True)
class _Rules:
    part: re.Pattern[str]
    edition_header: re.Pattern[str]
    edition_marker: re.Pattern[str]
    tier_header: re.Pattern[str]
    tiers: dict[str, dict]
    heading_max: int
    subject_max: int
    dash_subject: re.Pattern[str]
    enumerator: re.Pattern[str]
    sections: dict[str, str]
    section_line: re.Pattern[str]
    colon_heading: re.Pattern[str]


@functools.cache
def _rules() -> _Rules:
    cfg = load_toml("parse.toml")
    st, nar = cfg["structure"], cfg["narrative"]
    words = sorted(cfg["sections"], key=len, reverse=True)
    alt = "|".join(map(re.escape, words))
    enum = r"(?:[一二三四五六七八九十]+[、.．]|\d+[、.．])"
    # group 1: enumerator (optional), group 2: heading word, group 3: rest of the line
    section_line = re.compile(rf"^\s*({enum})?\s*({alt})\s*[:：]?\s*(.*)$")
    smax = nar["subject_max"]
    colon_heading = re.compile(rf"^\s*([^\s,，。;；、“”:：!！?？]{{2,{smax}}})[:：]\s*(\S.*?)\s*$")
    return _Rules(
        part=re.compile(st["part"]),
        edition_header=re.compile(st["edition_header"]),
        edition_marker=re.compile(st["edition_marker"]),
        tier_header=re.compile(st["tier_header"]),
        tiers=cfg["tiers"],
        heading_max=nar["heading_max"],
        subject_max=smax,
        dash_subject=re.compile(nar["dash_subject"]),
        enumerator=re.compile(nar["enumerator"]),
        sections=cfg["sections"],
        section_line=section_line,
        colon_heading=colon_heading,
    )


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # clean offset
    end: int  # clean offset, without the newline
    text: str


def _lines(ct: CleanText) -> list[_Line]:
    out = []
    pos = 0
    for body in ct.text.split("\n"):
        out.append(_Line(pos, pos + len(body), body))
        pos += len(body) + 1
    return out


class _Reader:
    """State of one document being parsed."""

    def __init__(self, doc: Document, source: str):
        self.doc = doc
        self.source = source
        from .layouts.rules import rules as layout_rules

        # same length as doc.text, so offsets need no mapping; decorations (▌ ■ ◆ ★) read as spaces
        self.norm = simplify(doc.text).translate(layout_rules().decoration)
        self.ct = clean(self.norm)
        self.rules = _rules()
        self.problems: list[Problem] = []

    def span(self, start: int, end: int) -> Span:
        o0, o1 = self.ct.orig_span(start, end)
        return Span(self.doc.id, o0, o1)

    def printed(self, start: int, end: int) -> str:
        """The printed (unsimplified) text of clean ``[start, end)``."""
        orig = self.doc.text
        return "".join(orig[self.ct.orig(k)] for k in range(start, end))

    def report(self, template: str, severity: str, clean_pos: int = -1, **values: object) -> None:
        offset = self.ct.orig(clean_pos) if clean_pos >= 0 else -1
        self.problems.append(problem(template, severity, self.source, self.doc.text, offset, **values))


# ---------------------------------------------------------------------------
# award lists


_NUM = re.compile(r"(?<![0-9+＋.．/\-x×X])(\d{1,3})(?![0-9])")
_QUOTED = re.compile(r"“[^“”\n]{0,40}”|「[^「」\n]{0,40}」|《[^《》\n]{0,40}》")
_SUBJECT = re.compile(r"([^,，。;；、“”:：!！?？\n]{1,28}?)[:：]")
_STARTS_SUBJECT = re.compile(r"[\u4e00-\u9fff*＊(（]")
_ADMIN_SPLIT = re.compile(r"^(.{2,12}(?:省|市|区|县|旗|州|盟))(?=[^省市区县旗州盟])")


@dataclass(frozen=True, slots=True)
class _Marker:
    pos: int  # clean offset of the number
    num: int
    body: int  # clean offset just after the number
    strong: bool  # followed by "SUBJECT:"


def _markers(text: str, base: int, quoted: list[tuple[int, int]]) -> list[_Marker]:
    out = []
    qi = 0
    for m in _NUM.finditer(text):
        s = m.start()
        while qi < len(quoted) and quoted[qi][1] <= s:
            qi += 1
        if qi < len(quoted) and quoted[qi][0] <= s < quoted[qi][1]:
            continue
        after = m.end()
        if after >= len(text) or not _STARTS_SUBJECT.match(text, after):
            continue
        strong = bool(_SUBJECT.match(text, after)) and not text[after].isdigit()
        out.append(_Marker(base + s, int(m.group(1)), base + after, strong))
    return out


def _select(markers: list[_Marker], announced: int | None) -> tuple[list[_Marker], list[tuple[str, _Marker, int]]]:
    """Choose the entry numbers of one section; returns (chosen, notes).

    A strong marker continues the sequence (n+1), repeats it (duplicate) or
    skips ahead by at most three (gap). A weak marker (no colon after its
    subject) is taken only as n+1 when the next strong marker confirms it as
    n+2, or when it completes the announced total.
    """
    chosen: list[_Marker] = []
    notes: list[tuple[str, _Marker, int]] = []
    last = 0
    last_subject_end = -1
    for i, mk in enumerate(markers):
        if mk.pos < last_subject_end:
            continue  # a number inside the current subject (83团)
        if mk.strong:
            if mk.num == last + 1:
                pass
            elif mk.num == last and last > 0:
                notes.append(("duplicate", mk, last))
            elif last + 1 < mk.num <= last + 3:
                notes.append(("gap", mk, last))
            else:
                continue
        else:
            if mk.num != last + 1:
                continue
            nxt = next((m for m in markers[i + 1 :] if m.strong and m.num > last), None)
            # confirmed by the next strong number, or the last entry of a list still short of its total
            confirmed = (nxt is not None and nxt.num == last + 2) or (
                nxt is None and announced is not None and mk.num <= announced
            )
            if not confirmed:
                continue
        chosen.append(mk)
        last = mk.num
        last_subject_end = mk.body + 1
    return chosen, notes


def _parse_lists(r: _Reader, lines: list[_Line]) -> tuple[list[AwardEntry], list[tuple[int, str, int]], set[int]]:
    """Find every award list; returns entries, announced totals and the line indexes they use."""
    rules = r.rules
    entries: list[AwardEntry] = []
    announced_totals: list[tuple[int, str, int]] = []
    used: set[int] = set()
    i = 0
    while i < len(lines):
        m = rules.edition_header.match(lines[i].text)
        if not m:
            i += 1
            continue
        from .layouts.rules import numeral

        edition = numeral(m.group(1))
        if not edition:  # 第一二届, 第0届: no edition can be read; the header is reported and left to the other readers
            r.report(Errors.W217, "warning", lines[i].start, text=lines[i].text.strip()[:30])
            i += 1
            continue
        used.add(i)
        # The block of this edition: until a part header, another edition header/marker, or a narrative heading.
        j = i + 1
        while j < len(lines) and not _block_boundary(r, lines, j):
            j += 1
        block_lines = list(range(i + 1, j))
        headers = []
        for li in block_lines:
            for hm in rules.tier_header.finditer(lines[li].text):
                headers.append((lines[li].start + hm.start(), lines[li].start + hm.end(), hm.group(1), hm.group(2), li))
        if not headers:
            used.discard(i)  # a heading like the national one with no national list under it: others read it
            i = j
            continue
        end_of_block = lines[block_lines[-1]].end
        for h, (hstart, hend, label, total_s, hline) in enumerate(headers):
            sec_end = headers[h + 1][0] if h + 1 < len(headers) else end_of_block
            total = int(total_s) if total_s else None
            tier, tier_label = _tier_code(r, edition, label, hstart)
            if total is None:
                r.report(Errors.W209, "warning", hstart, edition=edition, tier=tier_label)
            else:
                announced_totals.append((edition, tier, total))
            sec_entries, sec_stop = _parse_section(r, edition, tier, tier_label, hend, sec_end, total)
            entries.extend(sec_entries)
            for li in block_lines:
                if lines[li].start < sec_stop and lines[li].end >= hstart:
                    used.add(li)
        # Lines of the block before its first tier header (the introduction) belong to the list too.
        for li in block_lines:
            if lines[li].end <= headers[0][0]:
                used.add(li)
        i = j
    return entries, announced_totals, used


def _block_boundary(r: _Reader, lines: list[_Line], j: int) -> bool:
    t = lines[j].text
    rules = r.rules
    return bool(
        rules.part.match(t)
        or rules.edition_header.match(t)
        or rules.edition_marker.match(t)
        or _heading_at(r, lines, j) is not None
    )


def _tier_code(r: _Reader, edition: int, label: str, pos: int) -> tuple[str, str]:
    info = r.rules.tiers.get(label)
    if info:
        return info["code"], label
    from .ids import digest

    code = f"tier-{digest(label, length=6)}"
    r.report(Errors.W208, "warning", pos, edition=edition, label=label, code=code)
    return code, label


def _parse_section(
    r: _Reader, edition: int, tier: str, tier_label: str, start: int, end: int, total: int | None
) -> tuple[list[AwardEntry], int]:
    """Parse entries in clean ``[start, end)``; returns entries and where the section stopped."""
    text = r.ct.text[start:end]
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    markers = _markers(text, start, quoted)
    chosen, notes = _select(markers, total)
    for kind, mk, last in notes:
        if kind == "duplicate":
            r.report(Errors.W203, "warning", mk.pos, edition=edition, tier=tier_label, rank=mk.num)
        else:
            for missing in range(last + 1, mk.num):
                r.report(
                    Errors.W202, "warning", mk.pos, edition=edition, tier=tier_label,
                    missing=missing, before=last, after=mk.num,
                )
    entries = []
    full = r.ct.text
    stop = end
    for k, mk in enumerate(chosen):
        if k + 1 < len(chosen):
            e_end = chosen[k + 1].pos
        else:
            # The last entry: to the end of its line when the list is complete,
            # otherwise on over continuation lines (a title spanning a line break).
            e_end = _last_entry_end(full, mk.body, end, complete=total is not None and len(chosen) >= total)
            stop = e_end
        entries.append(_entry(r, edition, tier, tier_label, mk, e_end))
    if total is not None and len(chosen) != total:
        if chosen and len(chosen) < total and stop >= end and not any(n[0] == "gap" for n in notes):
            r.report(Errors.W206, "warning", stop, edition=edition, tier=tier_label, found=len(chosen), announced=total)
        r.report(Errors.E201, "error", start, edition=edition, tier=tier_label, found=len(chosen), announced=total)
    rest = full[stop:end].strip()
    if rest and chosen:
        r.report(Errors.W210, "warning", stop, edition=edition, tier=tier_label, text=rest[:40])
    if not chosen:
        stop = start
    return entries, stop


def _last_entry_end(text: str, body: int, end: int, complete: bool) -> int:
    nl = text.find("\n", body, end)
    if nl < 0:
        return end
    if complete:
        return nl
    pos = nl
    while pos < end:
        nxt = text.find("\n", pos + 1, end)
        line = text[pos + 1 : nxt if nxt >= 0 else end]
        if not line.strip() or "。" in line or len(line) > 60:
            return pos
        pos = nxt if nxt >= 0 else end
    return end


def _entry(r: _Reader, edition: int, tier: str, tier_label: str, mk: _Marker, e_end: int) -> AwardEntry:
    full = r.ct.text
    raw = full[mk.body : e_end]
    # trailing white space / line breaks are not part of the title
    stripped = raw.rstrip()
    e_end = mk.body + len(stripped)
    colon = _SUBJECT.match(full, mk.body, e_end)
    if colon:
        s0, s1 = mk.body, mk.body + len(colon.group(1))
        t0 = colon.end()
        has_colon = True
    else:
        flat = stripped.replace("\n", "")
        sm = _ADMIN_SPLIT.match(flat)
        cut = len(sm.group(1)) if sm else 0
        s0, s1, t0 = mk.body, mk.body + cut, mk.body + cut
        has_colon = False
    while t0 < e_end and full[t0].isspace():
        t0 += 1
    subject = r.printed(s0, s1).replace("\n", "").strip()
    title = r.printed(t0, e_end).replace("\n", "").strip()
    if not has_colon:
        r.report(Errors.W204, "warning", mk.pos, edition=edition, tier=tier_label, rank=mk.num, subject=subject)
    for fld, value, pos in (("subject", subject, s0), ("title", title, t0)):
        if "**" in value or "＊＊" in value:
            r.report(Errors.W205, "warning", pos, edition=edition, tier=tier_label, rank=mk.num, field=fld, text=value)
    return AwardEntry(
        edition=edition,
        tier=tier,
        tier_label=tier_label,
        rank=mk.num,
        subject=subject,
        title=title,
        span=r.span(s0, e_end),
        subject_span=r.span(s0, s1),
        title_span=r.span(t0, e_end),
        has_colon=has_colon,
    )


# ---------------------------------------------------------------------------
# narratives


@dataclass(frozen=True, slots=True)
class _Heading:
    line: int
    last_line: int  # the heading spans lines line..last_line
    subject: str
    title: str
    form: str
    start: int
    end: int


def _heading_at(r: _Reader, lines: list[_Line], i: int) -> _Heading | None:
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
            return _Heading(i, nxt, dm.group(1).strip(), t, "dash", lines[i].start, lines[nxt].end)
    m = rules.colon_heading.match(t)
    if not m or "届" in m.group(1):
        return None
    # a heading is followed by body text, not by another short line
    if nxt is None or (len(lines[nxt].text) <= rules.heading_max and rules.colon_heading.match(lines[nxt].text.strip())):
        return None
    return _Heading(i, i, m.group(1), m.group(2), "colon", lines[i].start, lines[i].end)


def _next_content(lines: list[_Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if lines[j].text.strip():
            return j
    return None


def _parse_narratives(r: _Reader, lines: list[_Line], used: set[int]) -> list[Narrative]:
    rules = r.rules
    headings: list[_Heading] = []
    i = 0
    while i < len(lines):
        if i in used:
            i += 1
            continue
        h = _heading_at(r, lines, i)
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


def _orig_delta(r: _Reader, s: Section, pos: int) -> int:
    # position inside section text → offset from section start in the original
    # (section text is clean text; map through the clean view)
    clean_start = _clean_of(r, s.span.start)
    return r.ct.orig(clean_start + pos) - s.span.start


def _clean_of(r: _Reader, orig: int) -> int:
    i = bisect.bisect_right(r.ct.orig_starts, orig) - 1
    return r.ct.clean_starts[i] + (orig - r.ct.orig_starts[i])


def _edition_before(r: _Reader, lines: list[_Line], i: int) -> int | None:
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


def _sections(r: _Reader, lines: list[_Line], body: list[int], h: _Heading) -> list[Section]:
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


def _section(r: _Reader, kind: str, heading: str, start: int, body_start: int, stop: int) -> Section:
    text = r.ct.text[body_start:stop].strip("\n")
    return Section(kind=kind, heading=heading, span=r.span(start, max(start, stop)), text=text)


# ---------------------------------------------------------------------------


def _mark_used(r: _Reader, lines: list[_Line], used: set[int], spans: list[tuple[int, int]]) -> None:
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


def _report_unread(r: _Reader, lr, narratives: list[Narrative], taken: list[tuple[int, int]]) -> None:
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


def parse_document(doc: Document, source: str | None = None) -> ParsedDocument:
    """Parse one decoded document into award entries and narratives.

    >>> from kg.model import Document
    >>> text = "第一届全国基层党建创新最佳、优秀案例评选结果\\n一、最佳案例评选结果(共2个)1辽宁丹东:全面推广“情景互动式党课”2内蒙呼伦贝尔:组建“百万农牧民创业先导团”\\n"
    >>> doc = Document("doc/x", "x.txt", "x.txt", text, "utf-8", "text", "x")
    >>> [(e.rank, e.subject, e.title) for e in parse_document(doc).entries]
    [(1, '辽宁丹东', '全面推广“情景互动式党课”'), (2, '内蒙呼伦贝尔', '组建“百万农牧民创业先导团”')]
    """
    r = _Reader(doc, source or doc.path)
    lines = _lines(r.ct)
    entries, announced, used = _parse_lists(r, lines)
    # page furniture never starts or continues a narrative
    from .layouts import content_blocks, read_lists

    blocks = content_blocks(doc, r.norm)
    furniture = [(b.start, b.end) for b in blocks if b.kind == "furniture"]
    _mark_used(r, lines, used, furniture)
    before = len(r.problems)
    narratives = _parse_narratives(r, lines, used)
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
