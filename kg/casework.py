"""Per-case stage of the build: each case's organisation domain and dated adoption events.

Both read one case at a time (its subject, titles, narratives and mechanisms, and the kept
document text), so a large build cuts its cases into consecutive slices of nearly equal
estimated cost, which this process and forked ones take in turn (:func:`kg.forking.fork_map`);
the results are put back in case order. A slice whose process fails is done here again. Small builds, one core, a
pool worker or a platform without fork: every case here, in order; the result is the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from .extract.domains import classify_domain
from .graph import case_mechanisms
from .model import AdoptionEvent, Case, DomainMatch, Problem
from .textnorm import simplify

__all__ = ["SPLIT_CASES", "case_facts"]

#: A build with at least this many cases splits the per-case stage over forked processes.
SPLIT_CASES = 5000

T = TypeVar("T")

_Result = list[tuple[DomainMatch, list[AdoptionEvent], list[Problem]]]


def case_facts(cases: list[Case], texts: dict, years: dict[str, int | None], sources: dict[str, str],
               min_body: int, meanwhile: Callable[[], T] | None = None) -> tuple[_Result, T | None]:
    """``(domain, events, problems)`` of each case, in order (see the module docstring), and what
    ``meanwhile()`` returns: work this process does while forked ones start on the cases."""
    from .config import cores
    from .forking import PARTS_PER_CORE, can_fork, fork_map_meanwhile, slices

    if len(cases) < SPLIT_CASES or not can_fork():
        aside = meanwhile() if meanwhile else None
        return _slice(cases, texts, years, sources, min_body), aside
    parts = slices(cases, cores() * PARTS_PER_CORE, weight=_case_cost)
    done, aside = fork_map_meanwhile(_slice, parts, (texts, years, sources, min_body), meanwhile)
    return [r for part in done for r in part], aside


def _case_cost(c: Case) -> int:
    """A case's cost in this stage, roughly in microseconds (measured on the bundled corpus): about 300 for
    its subject and titles, and 0.6 a character of narrative read for domains and dated events."""
    return 300 + sum(len(n.text) for n in c.narratives) * 3 // 5


def _slice(cases: list[Case], texts: dict, years: dict, sources: dict, min_body: int) -> _Result:
    from .extract.events import case_events

    out: _Result = []
    for c in cases:
        narrative_text = "\n".join(n.text for n in c.narratives)
        domain = classify_domain(simplify(c.subject), simplify(c.title + " " + " ".join(n.title for n in c.narratives)),
                                 narrative_text, c.entries[0].subject_span if c.entries else c.narratives[0].heading_span)
        mechs = [(mid, ms[0].label) for mid, ms in case_mechanisms(c, min_body)]
        events, probs = case_events(c, texts, years, mechs, sources)
        out.append((domain, events, probs))
    return out
