"""Per-case stage of the build: each case's organisation domain and dated adoption events.

Both read one case at a time (its subject, titles, narratives and mechanisms, and the kept
document text), so a large build splits its cases into consecutive slices: forked processes
take all slices but the last, this process takes the last one, and the results are put back
in case order. A slice whose process fails is done here again. Small builds, one core, a
pool worker or a platform without fork: every case here, in order; the result is the same.
"""

from __future__ import annotations

from .extract.domains import classify_domain
from .graph import case_mechanisms
from .model import AdoptionEvent, Case, DomainMatch, Problem
from .textnorm import simplify

__all__ = ["SPLIT_CASES", "case_facts"]

#: A build with at least this many cases splits the per-case stage over forked processes.
SPLIT_CASES = 5000

_Result = list[tuple[DomainMatch, list[AdoptionEvent], list[Problem]]]


def case_facts(cases: list[Case], texts: dict, years: dict[str, int | None], sources: dict[str, str],
               min_body: int) -> _Result:
    """``(domain, events, problems)`` of each case, in order (see the module docstring)."""
    import multiprocessing as mp

    from .config import cores

    n = cores()
    if len(cases) < SPLIT_CASES or n < 2 or mp.parent_process() is not None or "fork" not in mp.get_all_start_methods():
        return _slice(cases, texts, years, sources, min_body)
    size = -(-len(cases) // n)
    slices = [cases[i : i + size] for i in range(0, len(cases), size)]
    ctx = mp.get_context("fork")
    procs = []
    for part in slices[:-1]:
        recv, send = ctx.Pipe(duplex=False)
        p = ctx.Process(target=_child, args=(send, part, texts, years, sources, min_body), daemon=True)
        p.start()
        send.close()
        procs.append((p, recv, part))
    last = _slice(slices[-1], texts, years, sources, min_body)
    out: _Result = []
    for p, recv, part in procs:
        try:
            got = recv.recv()
        except (EOFError, OSError):
            got = None
        p.join()
        out.extend(got if got is not None else _slice(part, texts, years, sources, min_body))
    return out + last


def _child(send, cases: list[Case], texts: dict, years: dict, sources: dict, min_body: int) -> None:
    """In a forked process: one slice's results through the pipe (``None`` on any failure), then exit."""
    import os

    try:
        res: _Result | None = _slice(cases, texts, years, sources, min_body)
    except BaseException:  # noqa: BLE001 - the parent does the slice itself
        res = None
    try:
        send.send(res)
    finally:
        os._exit(0)


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
