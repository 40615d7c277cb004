"""Practices of cases: read each record's title, keep the mentions, report what is not a practice.

Pure: takes the records and texts the pipeline already has, fills ``Case.practices``
and returns the distinct :class:`~kg.model.Practice` objects (mapped to mechanisms by
:mod:`kg.extract.thesaurus`) and the problems to report:

* W410 a place-named label (乳山模式): kept as a practice of the place, never a mechanism;
* I411 a metaphor (连心桥), I412 a generic word or policy term (新模式, 三农): not practices;
* I413 a title in which no practice was found.
"""

from __future__ import annotations

from collections import defaultdict

from ..errors import Errors, problem
from ..model import Case, Practice, PracticeMention, Problem
from .practices import find_practices
from .thesaurus import build_practices

__all__ = ["attach_practices"]

_CODE = {"W410": (Errors.W410, "warning"), "I411": (Errors.I411, "info"), "I412": (Errors.I412, "info")}


def attach_practices(records, record_case: dict[str, str], cases: list[Case], texts: dict[str, str],
                     found_by_record: dict[str, list[PracticeMention]] | None = None,
                     ) -> tuple[dict[str, Practice], list[Problem]]:
    """Fill ``case.practices`` from every title of the case; return practices by name and problems.

    ``texts``: simplified text by document id (anything sliced like a str);
    ``found_by_record``: what :func:`find_practices` found in each record's title, when the
    per-document stage already read the titles (else they are read here).
    """
    by_case = {c.id: c for c in cases}
    problems: list[Problem] = []
    for r in records:
        span = r.entry.title_span if r.entry else r.narrative.heading_span
        text = texts[span.doc_id]
        title = text[span.start : span.end]
        found = (found_by_record[r.key] if found_by_record is not None
                 else find_practices(title, span.start, span.doc_id, include_rejected=True))
        case = by_case[record_case[r.key]]
        for m in found:
            if m.accepted:
                case.practices.append(m)
            if m.code:
                template, severity = _CODE[m.code]
                problems.append(problem(template, severity, r.source, offset=m.span.start, text=m.text,
                                        name=m.name, place=m.place, status=m.status))
        if not any(m.accepted for m in found):
            problems.append(problem(Errors.I413, "info", r.source, offset=span.start, title=title))
    named: dict[str, list[PracticeMention]] = defaultdict(list)
    narratives: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for c in cases:
        c.practices.sort(key=lambda m: m.span)
        seen = set()
        for m in c.practices:
            named[m.name].append(m)
            if m.name in seen:
                continue
            seen.add(m.name)
            for n in c.narratives:
                for s in n.sections:
                    if s.kind != "appendix":
                        sp = s.span
                        narratives[m.name].append((texts[sp.doc_id][sp.start : sp.end], sp.start, sp.doc_id))
    return build_practices(dict(named), dict(narratives)), problems
