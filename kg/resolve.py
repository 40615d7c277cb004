"""Resolve: award entries and narratives → :class:`~kg.model.Case` records.

* An award entry is a case with a readable id (``case/e1-best-06``); the same
  entry printed in two documents is one case with two sources.
* A narrative is linked to an award entry when both name the same region (or
  the same organisation), editions do not contradict each other, and their
  titles agree (character-bigram Dice ≥ ``LINK_THRESHOLD`` or a shared quoted
  term). Linked, the narrative becomes a second source of that case; otherwise
  it is a case of its own.
* Narratives printed in several places (a reprint, an edited copy, a save-as-text
  copy) are one case: two narrative cases merge when their bodies overlap
  (character-trigram containment ≥ ``SAME_CASE_THRESHOLD``), their regions are
  compatible and their named practices do not differ; the score and its
  evidence go to the quality report (I307; a similar pair kept apart: I308).
* Cases whose subjects are the same unit (山东潍坊 = 山东省潍坊市; 中国商飞公司 =
  中国商飞) are connected as SAME_SUBJECT; they stay separate cases.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from .errors import Errors
from .ids import NATIONAL, case_id, digest, edition_key, narrative_case_id, normalise
from .model import AwardEntry, Case, Narrative, ParsedDocument, Problem, RegionMatch, pickled_by_fields

__all__ = ["LINK_THRESHOLD", "SAME_CASE_THRESHOLD", "body_containment", "same_case", "Record", "records_of", "build_cases", "title_similarity", "subject_key", "entry_edition_key"]

LINK_THRESHOLD = 0.3
#: Body overlap above which two narratives are one case. On the narrative fixtures reprints and
#: copies score 0.76-1.00 and every other pair at most 0.18 (tests/test_narratives.py).
SAME_CASE_THRESHOLD = 0.5
_NON_WORD = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z]")
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


pickled_by_fields(Record)


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
        idx = bare.find(region.matched) if region.matched else -1
        rest = bare[idx + len(region.matched) :] if idx >= 0 else bare  # (a place from the context: the whole name)
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


def _may_link(n: Record, e: Record, regions: dict[str, RegionMatch | None]) -> bool:
    """Editions do not contradict each other and the regions are compatible (else a narrative and an entry score 0)."""
    national = e.entry is None or e.entry.competition is None or e.entry.competition.key == NATIONAL
    if n.edition is not None and (n.edition != e.edition or not national):
        return False  # a narrative's edition marker names the national series
    return _compatible(regions.get(n.key), regions.get(e.key), n.subject, e.subject)


def _title_score(a: str, b: str, memo: dict[str, tuple[set[str], set[str]]]) -> float:
    """Bigram Dice of two titles (:func:`title_similarity`), raised to at least 0.5 by a shared quoted term;
    ``memo``: each title's bigrams and quoted terms, filled as titles are seen."""
    for t in (a, b):
        if t not in memo:
            memo[t] = (_bigrams(t), set(_QUOTED.findall(t)))
    (bn, qn), (be, qe) = memo[a], memo[b]
    sim = 2 * len(bn & be) / (len(bn) + len(be)) if bn and be else 0.0
    return max(sim, 0.5 + 0.5 * sim) if qn & qe else sim


#: Award entries by index key (region code or subject key), then by title.
EntryIndex = dict[str, dict[str, list[Record]]]


def _entry_index(entries: list[Record], regions: dict[str, RegionMatch | None]) -> EntryIndex:
    """Award entries by every region code of their chain below province, and by subject key; under each
    key grouped by title, so a narrative's title is compared once with each distinct title there."""
    index: EntryIndex = defaultdict(lambda: defaultdict(list))
    for e in entries:
        m = regions.get(e.key)
        if m is not None and m.units:
            for u in m.units[1:] or m.units:
                index[u.code][e.title].append(e)
        index["subject:" + subject_key(e.subject, m)][e.title].append(e)
    return index


def _link_scores(n: Record, index: EntryIndex, regions: dict[str, RegionMatch | None],
                 titles: dict[str, tuple[set[str], set[str]]], sims: dict[tuple[str, str], float]) -> list[tuple[float, str]]:
    """``(score, entry key)`` of the candidate entries (title score if :func:`_may_link`, else 0) scoring at least
    :data:`LINK_THRESHOLD`; the rest can neither link nor tie with the best. Titles are scored once per distinct
    title of an index key (``sims``: per pair), and only close titles' entries reach the edition and region checks."""
    m = regions.get(n.key)
    keys = ["subject:" + subject_key(n.subject, m)]
    if m is not None and m.units:
        keys += [u.code for u in (m.units[1:] or m.units)]
    found: dict[str, float] = {}
    for k in keys:
        for title, es in index.get(k, {}).items():
            pair = (n.title, title)
            sim = sims.get(pair)
            if sim is None:
                sim = sims[pair] = _title_score(n.title, title, titles)
            if sim < LINK_THRESHOLD:
                continue
            for e in es:
                if e.key not in found:
                    found[e.key] = sim if _may_link(n, e, regions) else 0.0
    return [(s, k) for k, s in found.items() if s >= LINK_THRESHOLD]


def _shingles(text: str, k: int = 3) -> frozenset[str]:
    t = _NON_WORD.sub("", normalise(text))
    return frozenset([t[i : i + k] for i in range(len(t) - k + 1)])


def body_containment(a: str, b: str) -> float:
    """Share of the shorter text's character trigrams found in the other (an edited reprint keeps most of them).

    >>> body_containment("集里街道党工委试点红色管家服务", "2017年,集里街道党工委试点红色管家服务,效果很好")
    1.0
    """
    return _containment(_shingles(a), _shingles(b))


def _containment(x: frozenset[str], y: frozenset[str]) -> float:
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def same_case(a: Narrative, b: Narrative, ra: RegionMatch | None, rb: RegionMatch | None,
              shingles: tuple[frozenset[str], frozenset[str]] | None = None) -> tuple[bool, float, str]:
    """Are two narratives one case? Returns (decision, score, evidence)."""
    score = _containment(*shingles) if shingles else body_containment(a.text, b.text)
    evidence = [f"body {score:.2f}"]
    if a.title and b.title:
        from rapidfuzz import fuzz

        from .textnorm import simplify

        evidence.append(f"title {fuzz.ratio(normalise(simplify(a.title)), normalise(simplify(b.title))) / 100:.2f}")
    pa, pb = normalise(a.practice), normalise(b.practice)
    same_practice = bool(pa and pb and (pa in pb or pb in pa))
    if pa and pb:
        evidence.append(f"practice {'=' if same_practice else '≠'} {a.practice}/{b.practice}")
    known = ra is not None and rb is not None and ra.deepest is not None and rb.deepest is not None
    region_ok = not known or _compatible(ra, rb, a.subject, b.subject)
    if known:
        evidence.append(f"region {ra.deepest.code}{'~' if region_ok else '≠'}{rb.deepest.code}")  # type: ignore[union-attr]
    ok = score >= SAME_CASE_THRESHOLD and region_ok and (same_practice or not (pa and pb))
    return ok, score, ", ".join(evidence)


#: Candidate pairs share one of the shorter body's this many rarest trigrams (see _candidate_pairs).
BLOCKING_TRIGRAMS = 16


def _candidate_pairs(sets: list[frozenset[str]]) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, worth scoring, in order: blocking on rare trigrams.

    A reprint or an excerpt holds most of the shorter body's trigrams, and the trigrams two
    bodies share with nobody else are the rarest shared ones of the build. So a pair is scored
    only when the longer body holds one of the shorter body's :data:`BLOCKING_TRIGRAMS` rarest
    trigrams among those found in at least one other body. Cost grows with the number of
    bodies and how often their rare trigrams recur, not with the square of their number; the
    narrative fixtures give the same merges and near-miss reports as scoring every pair.

    Exact copies (the same trigrams: one article saved from several sites) are paired with
    their first copy only, and only the first copy takes part in the blocking: n copies of a
    body cost n pairs, not n² (a copy scores 1.00 with its first, so they are one case
    wherever the first one goes).
    """
    first: dict[frozenset[str], int] = {}
    copies: list[tuple[int, int]] = []
    distinct: list[int] = []
    for i, s in enumerate(sets):
        f = first.setdefault(s, i)
        if f == i:
            distinct.append(i)
        else:
            copies.append((f, i))
    if len(distinct) < len(sets):
        inner = _candidate_pairs([sets[i] for i in distinct])
        return sorted(set(copies) | {(distinct[a], distinct[b]) for a, b in inner})
    df = Counter(itertools.chain.from_iterable(sets))
    shared = {t for t, n in df.items() if n > 1}
    picks = []
    for s in sets:
        c = s & shared  # trigrams found in one body only can propose no pair
        picks.append([t for _, t in heapq.nsmallest(BLOCKING_TRIGRAMS, zip(map(df.__getitem__, c), c))])
    chosen = set().union(*picks)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for t in s & chosen:
            postings[t].append(i)
    pairs: set[tuple[int, int]] = set()
    for i, (s, pick) in enumerate(zip(sets, picks)):
        mine = (len(s), i)
        for t in pick:
            for j in postings[t]:
                if (len(sets[j]), j) > mine:  # i is the shorter one of the pair
                    pairs.add((i, j) if i < j else (j, i))
    return sorted(pairs)


def _merge_narrative_cases(cases: dict[str, Case], of_record: dict[str, str], records: list[Record],
                           regions: dict[str, RegionMatch | None]) -> list[Problem]:
    """Union narratives that are one case (reprints, copies); award-linked cases absorb their reprints."""
    problems: list[Problem] = []
    narr = sorted((r for r in records if r.narrative), key=lambda r: (r.source, r.span.start))
    parent: dict[str, str] = {}

    def find(c: str) -> str:
        while parent.get(c, c) != c:
            c = parent[c]
        return c

    # each body's trigrams once; candidate pairs by rare trigrams (_candidate_pairs), scored only within a province (a reprint is of the same place) or with a
    # narrative whose place is unknown, and never across two different printed editions
    once: dict[str, frozenset[str]] = {}  # a body printed word for word again (a copy, a reprint) is cut once
    sh = {r.key: once.get(t) or once.setdefault(t, _shingles(t)) for r in narr for t in [r.narrative.text]}  # type: ignore[union-attr]

    def province(r: Record) -> str:
        m = regions.get(r.key)
        return m.units[0].code if m is not None and m.units else ""

    for i, j in _candidate_pairs([sh[r.key] for r in narr]):
        a, b = narr[i], narr[j]
        pa, pb = province(a), province(b)
        if pa and pb and pa != pb:
            continue
        ea, eb = a.narrative.edition, b.narrative.edition  # type: ignore[union-attr]
        if ea is not None and eb is not None and ea != eb:
            continue
        ca, cb = find(of_record[a.key]), find(of_record[b.key])
        if ca == cb:
            continue
        ok, score, evidence = same_case(a.narrative, b.narrative, regions.get(a.key), regions.get(b.key),  # type: ignore[arg-type]
                                        (sh[a.key], sh[b.key]))
        if score < SAME_CASE_THRESHOLD / 2:
            continue
        if not ok:
            problems.append(Problem("I308", "info", Errors.I308.format(narrative=b.narrative.title or b.narrative.subject,  # type: ignore[union-attr]
                                                                     case=ca, score=score, evidence=evidence), b.source, b.span.start))
            continue
        # the survivor: an award case first, then a titled narrative, then the smaller id
        keep, drop = sorted((ca, cb), key=lambda c: (not cases[c].entries, not cases[c].title, c))
        parent[drop] = keep
        problems.append(Problem("I307", "info", Errors.I307.format(narrative=b.narrative.title or b.narrative.subject,  # type: ignore[union-attr]
                                                                 case=keep, score=score, evidence=evidence), b.source, b.span.start))
    for drop in sorted(parent):
        keep = find(drop)
        if drop == keep or drop not in cases:
            continue
        c, k = cases.pop(drop), cases[keep]
        k.narratives.extend(c.narratives)
        k.entries.extend(c.entries)
        if k.region is None or (c.region is not None and k.region.deepest is None):
            k.region = c.region
    for key, cid in list(of_record.items()):
        of_record[key] = find(cid)
    return problems


def build_cases(
    records: list[Record], regions: dict[str, RegionMatch | None]
) -> tuple[list[Case], dict[str, str], list[Problem]]:
    """Group records into cases; returns cases (sorted by id), record key → case id, and problems."""
    problems: list[Problem] = []
    cases: dict[str, Case] = {}
    of_record: dict[str, str] = {}
    # award entries: one case per (edition, category, tier, rank), split only when the printed text differs
    # (numbers restart in each category: 改革发展类一等奖 1 is not 基层治理类一等奖 1)
    seen: dict[tuple[str, str, str, int], list[tuple[str, str]]] = defaultdict(list)
    for r in sorted((r for r in records if r.entry), key=lambda r: (r.source, r.span.start)):
        e = r.entry
        assert e is not None
        ekey = entry_edition_key(e)
        tier = f"{e.tier}-{digest(normalise(e.category), length=4)}" if e.category else e.tier
        base = case_id(e.edition, tier, e.rank, ekey)
        ident = normalise(e.subject) + "|" + normalise(e.title)
        variants = seen[(ekey, e.category, e.tier, e.rank)]
        known = dict((v, cid) for v, cid in variants)
        if ident in known:
            cid = known[ident]
        else:
            cid = base if not variants else f"{base}-{digest(ident, length=4)}"
            if variants:  # the same edition, tier and rank with another subject or title: a conflict, reported
                problems.append(Problem("W409", "warning", Errors.W409.format(case=base, source=r.source, subject=e.subject,
                                                                            other=cid), r.source, e.span.start))
            variants.append((ident, cid))
            cases[cid] = Case(cid, e.subject, e.title, e.edition, e.tier, e.tier_label, e.rank,
                              competition=e.competition, edition_key=ekey, year=e.year, category=e.category)
        cases[cid].entries.append(e)
        of_record[r.key] = cid
        if cases[cid].region is None:
            cases[cid].region = regions.get(r.key)
    # narratives: link to the best award entry, else a case of their own
    index = _entry_index([r for r in records if r.entry], regions)
    titles: dict[str, tuple[set[str], set[str]]] = {}
    sims: dict[tuple[str, str], float] = {}
    for r in sorted((r for r in records if r.narrative), key=lambda r: (r.source, r.span.start)):
        n = r.narrative
        assert n is not None
        scored = sorted(((s, of_record[k]) for s, k in _link_scores(r, index, regions, titles, sims)),
                        key=lambda t: (-t[0], t[1]))
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
    problems.extend(_merge_narrative_cases(cases, of_record, records, regions))
    # same subject across cases
    groups: dict[str, list[str]] = defaultdict(list)
    for cid, c in cases.items():
        groups[subject_key(c.subject, c.region)].append(cid)
    for ids in groups.values():
        if len(ids) > 1:  # one shared tuple per subject: n cases cost n entries, not n²
            group = tuple(sorted(ids, key=lambda i: (cases[i].edition or 0, i)))
            for cid in ids:
                cases[cid].subject_group = group
    return [cases[k] for k in sorted(cases)], of_record, problems
