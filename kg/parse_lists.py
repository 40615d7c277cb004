"""National award lists: edition header → tier headers with announced totals → numbered entries.

Entries are often glued together ("…党课”2内蒙呼伦贝尔:…") and titles contain numbers
of their own (“365便民服务超市”, “3+X”, 83团), so an entry number is accepted
only when it continues the sequence, stands outside quotation marks and outside
the current subject, and is followed by a subject that ends in a colon.

Pure: a :class:`~kg.parse_common.Reader` in, entries and problems out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import Errors
from .model import AwardEntry
from .parse_common import Line, Reader
from .parse_narratives import heading_at

__all__ = ["parse_lists", "QUOTED", "Marker", "entry_markers", "select_markers"]

_NUM = re.compile(r"(?<![0-9+＋.．/\-x×X])(\d{1,3})(?![0-9])")
QUOTED = re.compile(r"“[^“”\n]{0,40}”|「[^「」\n]{0,40}」|《[^《》\n]{0,40}》")
_SUBJECT = re.compile(r"([^,，。;；、“”:：!！?？\n]{1,28}?)[:：]")
_STARTS_SUBJECT = re.compile(r"[\u4e00-\u9fff*＊(（]")
_ADMIN_SPLIT = re.compile(r"^(.{2,12}(?:省|市|区|县|旗|州|盟))(?=[^省市区县旗州盟])")


@dataclass(frozen=True, slots=True)
class Marker:
    pos: int  # clean offset of the number
    num: int
    body: int  # clean offset just after the number
    strong: bool  # followed by "SUBJECT:"


def entry_markers(text: str, base: int, quoted: list[tuple[int, int]]) -> list[Marker]:
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
        out.append(Marker(base + s, int(m.group(1)), base + after, strong))
    return out


def select_markers(markers: list[Marker], announced: int | None) -> tuple[list[Marker], list[tuple[str, Marker, int]]]:
    """Choose the entry numbers of one section; returns (chosen, notes).

    A strong marker continues the sequence (n+1), repeats it (duplicate) or
    skips ahead by at most three (gap). A weak marker (no colon after its
    subject) is taken only as n+1 when the next strong marker confirms it as
    n+2, or when it completes the announced total.
    """
    chosen: list[Marker] = []
    notes: list[tuple[str, Marker, int]] = []
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


def parse_lists(r: Reader, lines: list[Line]) -> tuple[list[AwardEntry], list[tuple[int, str, int]], set[int]]:
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


def _block_boundary(r: Reader, lines: list[Line], j: int) -> bool:
    t = lines[j].text
    rules = r.rules
    return bool(
        rules.part.match(t)
        or rules.edition_header.match(t)
        or rules.edition_marker.match(t)
        or heading_at(r, lines, j) is not None
    )


def _tier_code(r: Reader, edition: int, label: str, pos: int) -> tuple[str, str]:
    info = r.rules.tiers.get(label)
    if info:
        return info["code"], label
    from .ids import digest

    code = f"tier-{digest(label, length=6)}"
    r.report(Errors.W208, "warning", pos, edition=edition, label=label, code=code)
    return code, label


def _parse_section(
    r: Reader, edition: int, tier: str, tier_label: str, start: int, end: int, total: int | None
) -> tuple[list[AwardEntry], int]:
    """Parse entries in clean ``[start, end)``; returns entries and where the section stopped."""
    text = r.ct.text[start:end]
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    markers = entry_markers(text, start, quoted)
    chosen, notes = select_markers(markers, total)
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


def _entry(r: Reader, edition: int, tier: str, tier_label: str, mk: Marker, e_end: int) -> AwardEntry:
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
