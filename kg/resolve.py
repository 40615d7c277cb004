"""Resolve: award entries and narratives → :class:`~kg.model.Case` records.

* An award entry is a case with a readable id (``case/e1-best-06``); the same
  entry printed in two documents is one case with two sources.
* A narrative is linked to an award entry when both name the same region (or
  the same organisation), editions do not contradict each other, and their
  titles agree (character-bigram Dice ≥ ``LINK_THRESHOLD`` or a shared quoted
  term). Linked, the narrative becomes a second source of that case; otherwise
  it is a case of its own.
* Cases whose subjects are the same unit (山东潍坊 = 山东省潍坊市; 中国商飞公司 =
  中国商飞) are connected as SAME_SUBJECT; they stay separate cases.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .errors import Errors
from .ids import NATIONAL, case_id, digest, edition_key, narrative_case_id, normalise
from .model import AwardEntry, Case, Narrative, ParsedDocument, Problem, RegionMatch

__all__ = ["LINK_THRESHOLD", "Record", "records_of", "build_cases", "title_similarity", "subject_key", "entry_edition_key"]

LINK_THRESHOLD = 0.3
_PUNCT = re.compile(r"[\s“”‘’\"'()()《》、,,。:;:;!?!?—\-*＊]")
_QUOTED = re.compile(r"“([^“”]{2,16})”")
_ORG_SUFFIX = re.compile(r"(股份有限公司|有限公司|公司|集团)$")


@dataclass(frozen=True, slots=True)
class Record:
    """An award entry or a narrative, with the document it came from."""

    key: str
    source: str  # display path of the document
    entry: AwardEntry | None = None
    narrative: Narrative | None = None

    @property
    def subject(self) -> str:
        return self.entry.subject if self.entry else self.narrative.subject  # type: ignore[union-attr]

    @property
    def title(self) -> str:
        return self.entry.title if self.entry else self.narrative.title  # type: ignore[union-attr]

    @property
    def edition(self) -> int | None:
        return self.entry.edition if self.entry else self.narrative.edition  # type: ignore[union-attr]

    @property
    def span(self):
        return self.entry.span if self.entry else self.narrative.span  # type: ignore[union-attr]


def records_of(parsed: list[tuple[ParsedDocument, str]]) -> list[Record]:
    out = []
    for p, source in parsed:
        for e in p.entries:
            out.append(Record(f"e:{e.span.doc_id}:{e.span.start}", source, entry=e))
        for n in p.narratives:
            out.append(Record(f"n:{n.span.doc_id}:{n.span.start}", source, narrative=n))
    return out


def _bigrams(text: str) -> set[str]:
    t = _PUNCT.sub("", normalise(text))
    return {t[i : i + 2] for i in range(len(t) - 1)}


def title_similarity(a: str, b: str) -> float:
    """Dice coefficient of character bigrams, ignoring punctuation.

    >>> round(title_similarity("深化拓展“民情流水线”工程", "深化拓展“民情流水线”工程"), 2)
    1.0
    """
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def subject_key(subject: str, region: RegionMatch | None) -> str:
    """What makes two subjects the same: the deepest region plus any organisation named after it."""
    bare = normalise(subject).lstrip("*")
    if region is not None and region.deepest is not None:
        idx = bare.find(region.matched)
        rest = bare[idx + len(region.matched) :] if idx >= 0 else ""
        if region.rule == "org":
            rest = bare.replace(region.matched, "", 1)
        return f"{region.deepest.code}|{_ORG_SUFFIX.sub('', rest)}"
    return "|" + _ORG_SUFFIX.sub("", bare)


def _compatible(a: RegionMatch | None, b: RegionMatch | None, sa: str, sb: str) -> bool:
    if a is not None and b is not None and a.deepest and b.deepest:
        ca = [u.code for u in a.units]
        cb = [u.code for u in b.units]
        if ca[-1] == cb[-1]:
            return True
        shallow, deep = (ca, cb) if len(ca) < len(cb) else (cb, ca)
        return len(shallow) >= 2 and shallow[-1] in deep  # same prefecture or below, never just a province
    return subject_key(sa, a) == subject_key(sb, b)


def entry_edition_key(e: AwardEntry) -> str:
    return edition_key(e.competition.key if e.competition else None, e.edition, e.year, e.span.doc_id)


def _link_score(n: Record, e: Record, regions: dict[str, RegionMatch | None]) -> float:
    national = e.entry is None or e.entry.competition is None or e.entry.competition.key == NATIONAL
    if n.edition is not None and (n.edition != e.edition or not national):
        return 0.0  # a narrative's edition marker names the national series
    if not _compatible(regions.get(n.key), regions.get(e.key), n.subject, e.subject):
        return 0.0
    sim = title_similarity(n.title, e.title)
    shared = set(_QUOTED.findall(n.title)) & set(_QUOTED.findall(e.title))
    if shared:
        sim = max(sim, 0.5 + 0.5 * sim)
    return sim


def _entry_index(entries: list[Record], regions: dict[str, RegionMatch | None]) -> dict[str, list[Record]]:
    """Award entries by every region code of their chain below province, and by subject key."""
    index: dict[str, list[Record]] = defaultdict(list)
    for e in entries:
        m = regions.get(e.key)
        if m is not None and m.units:
            for u in m.units[1:] or m.units:
                index[u.code].append(e)
        index["subject:" + subject_key(e.subject, m)].append(e)
    return index


def _candidates(n: Record, index: dict[str, list[Record]], regions: dict[str, RegionMatch | None]) -> list[Record]:
    m = regions.get(n.key)
    keys = ["subject:" + subject_key(n.subject, m)]
    if m is not None and m.units:
        keys += [u.code for u in (m.units[1:] or m.units)]
    seen: dict[str, Record] = {}
    for k in keys:
        for e in index.get(k, ()):
            seen[e.key] = e
    return list(seen.values())


def build_cases(
    records: list[Record], regions: dict[str, RegionMatch | None]
) -> tuple[list[Case], dict[str, str], list[Problem]]:
    """Group records into cases; returns cases (sorted by id), record key → case id, and problems."""
    problems: list[Problem] = []
    cases: dict[str, Case] = {}
    of_record: dict[str, str] = {}
    # award entries: one case per (edition, tier, rank), split only when the printed text differs
    seen: dict[tuple[str, str, int], list[tuple[str, str]]] = defaultdict(list)
    for r in sorted((r for r in records if r.entry), key=lambda r: (r.source, r.span.start)):
        e = r.entry
        assert e is not None
        ekey = entry_edition_key(e)
        base = case_id(e.edition, e.tier, e.rank, ekey)
        ident = normalise(e.subject) + "|" + normalise(e.title)
        variants = seen[(ekey, e.tier, e.rank)]
        known = dict((v, cid) for v, cid in variants)
        if ident in known:
            cid = known[ident]
        else:
            cid = base if not variants else f"{base}-{digest(ident, length=4)}"
            variants.append((ident, cid))
            cases[cid] = Case(cid, e.subject, e.title, e.edition, e.tier, e.tier_label, e.rank,
                              competition=e.competition, edition_key=ekey, year=e.year, category=e.category)
        cases[cid].entries.append(e)
        of_record[r.key] = cid
        if cases[cid].region is None:
            cases[cid].region = regions.get(r.key)
    # narratives: link to the best award entry, else a case of their own
    index = _entry_index([r for r in records if r.entry], regions)
    for r in sorted((r for r in records if r.narrative), key=lambda r: (r.source, r.span.start)):
        n = r.narrative
        assert n is not None
        scored = sorted(
            ((_link_score(r, e, regions), of_record[e.key]) for e in _candidates(r, index, regions)),
            key=lambda t: (-t[0], t[1]),
        )
        best = scored[0] if scored else (0.0, "")
        tie = len(scored) > 1 and scored[1][0] == best[0] and scored[1][1] != best[1]
        if best[0] >= LINK_THRESHOLD and not tie:
            cid = best[1]
            problems.append(
                Problem("I407", "info", Errors.I407.format(narrative=n.title, case=cid), r.source, n.span.start)
            )
        else:
            cid = narrative_case_id(n.subject, n.title)
            if cid not in cases:
                cases[cid] = Case(cid, n.subject, n.title, n.edition, None, None, None,
                                  edition_key=str(n.edition) if n.edition is not None else "")
        cases[cid].narratives.append(n)
        if cases[cid].region is None:
            cases[cid].region = regions.get(r.key)
        if cases[cid].edition is None and n.edition is not None:
            cases[cid].edition = n.edition
            cases[cid].edition_key = str(n.edition)
        of_record[r.key] = cid
    # same subject across cases
    groups: dict[str, list[str]] = defaultdict(list)
    for cid, c in cases.items():
        groups[subject_key(c.subject, c.region)].append(cid)
    for ids in groups.values():
        if len(ids) > 1:
            for cid in ids:
                cases[cid].same_subject = sorted(i for i in ids if i != cid)
    return [cases[k] for k in sorted(cases)], of_record, problems
