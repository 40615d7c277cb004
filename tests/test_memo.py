"""Per-text memos of the per-record rules (kg.extract.memo): remembered results equal fresh ones."""

from __future__ import annotations

import random
from pathlib import Path

from kg.extract import practices
from kg.extract.mechanisms import Chunk, MechanismExtractor, shared_extractor
from kg.extract.memo import TextMemo, moved
from kg.ingest import read_document
from kg.model import Span
from kg.pipeline import build

DATA = Path(__file__).parent / "data"


def _lines() -> list[str]:
    b = build([DATA / "lists"], jobs=1)
    titles = [r.entry.title for r in b.records if r.entry]
    body = [line for f in sorted((DATA / "narratives").glob("*.txt"))
            for line in read_document(f)[0].text.splitlines() if line.strip()]
    rng = random.Random(7)
    return titles + rng.sample(body, min(400, len(body)))


def test_memo_keeps_short_texts_only_and_starts_over_when_full():
    m = TextMemo(longest=4, size=2)
    calls = []
    make = lambda t: calls.append(t) or [t]  # noqa: E731
    assert m.get("甲乙", make) == ["甲乙"] and m.get("甲乙", make) == ["甲乙"] and calls == ["甲乙"]
    m.get("甲乙丙丁戊", make), m.get("甲乙丙丁戊", make)
    assert calls.count("甲乙丙丁戊") == 2  # too long to keep
    m.get("丙", make), m.get("丁", make), m.get("甲乙", make)
    assert len(m.held) <= 2 and calls.count("甲乙") == 2  # full: started over


def test_moved_places_results_in_their_document():
    found = [practices.find_practices("推行“农事村办”制度")[0]]
    [m] = moved(found, "doc-1", 100)
    assert m.span == Span("doc-1", 100 + found[0].span.start, 100 + found[0].span.end) and m.name == found[0].name


def test_practices_remembered_equal_practices_found_afresh(monkeypatch):
    lines = _lines()
    rng = random.Random(3)
    at = [(line, rng.randrange(10**6), f"d{rng.randrange(3)}") for line in lines for _ in range(2)]
    monkeypatch.setattr(practices, "_memo", {})
    warm = [practices.find_practices(t, o, d, include_rejected=True) for t, o, d in at]
    assert sum(map(len, warm)) > 50
    monkeypatch.setattr(practices, "_line_mentions_at", practices._line_mentions)  # the rules at each line's place
    fresh = [practices.find_practices(t, o, d, include_rejected=True) for t, o, d in at]
    assert warm == fresh


def test_mechanisms_remembered_equal_mechanisms_found_afresh(monkeypatch):
    lines = _lines()
    rng = random.Random(5)
    chunks = [Chunk(f"k{i}", t, f"d{rng.randrange(3)}", rng.randrange(10**6), i % 2 == 0)
              for i, t in enumerate(lines * 2)]
    warm = MechanismExtractor(shared_extractor().nlp).extract(chunks)
    assert sum(map(len, warm.values())) > 20
    monkeypatch.setattr(TextMemo, "get", lambda self, text, make: make(text))
    fresh = MechanismExtractor(shared_extractor().nlp).extract(chunks)
    assert warm == fresh


def test_regions_domains_and_dates_remembered_equal_those_found_afresh():
    from kg.extract import dates, domains, regions
    from kg.extract.dates import find_dates
    from kg.extract.domains import classify_domain
    from kg.extract.regions import resolve_region

    b = build([DATA / "lists"], jobs=1)
    rng = random.Random(11)
    rows = [(r.subject, r.entry.title, Span(f"d{rng.randrange(3)}", o := rng.randrange(10**6), o + len(r.subject)),
             f"src{rng.randrange(3)}.txt", rng.choice([None, 1, 2, 5]), rng.choice([None, 2009, 2016]))
            for r in b.records if r.entry for _ in range(2)]
    lines = _lines()

    def run(region, domain, dates):
        return ([region(s, sp, src, ed, y) for s, _, sp, src, ed, y in rows],
                [domain(s, t, sp) for s, t, sp, *_ in rows], [dates(line) for line in lines])

    warm = run(lambda s, sp, src, ed, y: resolve_region(s, sp, src, ed, year=y),
               lambda s, t, sp: classify_domain(s, t, "", sp), find_dates)
    warm2 = run(lambda s, sp, src, ed, y: resolve_region(s, sp, src, ed, year=y),
                lambda s, t, sp: classify_domain(s, t, "", sp), find_dates)
    assert sum(m is not None for m, _ in warm[0]) > 100 and sum(len(p) for _, p in warm[0]) > 10
    assert sum(map(len, warm[2])) >= 20
    # the rules themselves, with the span and source of each call
    year = lambda ed, y: y if y is not None else regions.EDITION_YEAR.get(ed) if ed else None  # noqa: E731
    fresh = run(lambda s, sp, src, ed, y: regions._resolve(s, sp, src, regions.load_gazetteer(), year(ed, y)),
                lambda s, t, sp: domains._classify(s, t, "", sp, domains.load_domain_rules()), dates._find_dates)
    assert warm == warm2 == fresh


def test_simplified_short_texts_remembered_equal_those_converted_afresh():
    from kg.textnorm import _simplify, simplify

    texts = _lines() + ["臺灣省黨建創新獎:一等獎", "乾隆後來", "浙江台州椒江", "網格化管理"]
    warm = [simplify(t) for t in texts] + [simplify(t) for t in texts]
    assert warm == [_simplify(t) if t and not t.isascii() else t for t in texts] * 2
    assert simplify("網格化管理") == "网格化管理" and len(simplify("乾隆後來")) == 4
