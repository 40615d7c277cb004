"""The per-document stage (kg.docwork) and what the main process keeps of each document."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.docwork import Pieces, document_facts
from kg.export import graphml_bytes, write_outputs
from kg.forking import PARTS_PER_CORE
from kg.ingest import read_document
from kg.pipeline import build

DATA = Path(__file__).parent / "data"


def test_pieces_slice_like_the_text_inside_what_was_kept_and_refuse_the_rest():
    text = "甲乙丙丁戊己庚辛壬癸" * 3
    p = Pieces(text, [(2, 5), (4, 8), (20, 25)])  # overlapping spans are merged
    assert len(p) == len(text)
    assert p[2:8] == text[2:8] and p[5:6] == text[5:6] and p[21:25] == text[21:25]
    assert p[7:7] == ""
    with pytest.raises(LookupError):
        p[7:21]  # crosses a gap
    with pytest.raises(LookupError):
        p[0:3]  # starts before the first piece
    assert p.get(0, 3, "?") == "?"


def test_a_build_keeps_only_the_pieces_later_stages_read():
    b = build([DATA / "narratives", DATA / "lists"], jobs=1)
    kept = sum(sum(map(len, d.text.parts)) for d, _ in b.documents)
    total = sum(len(d.text) for d, _ in b.documents)
    assert all(isinstance(d.text, Pieces) for d, _ in b.documents)
    assert 0 < kept < total * 0.9  # furniture, salutations and unread text stay behind in the worker
    for c in b.cases:  # every title and section is still readable from what was kept
        for e in c.entries:
            doc = next(d for d, _ in b.documents if d.id == e.title_span.doc_id)
            assert doc.text[e.title_span.start : e.title_span.end] or not e.title  # units-only lists have no title
        for n in c.narratives:
            doc = next(d for d, _ in b.documents if d.id == n.span.doc_id)
            assert all(doc.text[s.span.start : s.span.end] is not None for s in n.sections)


def test_facts_of_a_document_carry_positions_and_per_record_results():
    doc, _ = read_document(sorted((DATA / "lists").rglob("*.txt"))[0])
    f = document_facts(doc, "x.txt")
    assert f.records and set(f.regions) == {r.key for r in f.records} == set(f.found)
    assert all(p.line > 0 for p in f.problems if p.offset >= 0)


@pytest.mark.parametrize("fails,report", [("nothing", "there"), ("nothing", "here"), ("in GraphML", "here"),
                                          ("in the report", "there")])
def test_outputs_written_aside_are_the_same_files(tmp_path, monkeypatch, fails, report):
    """A forked process writes GraphML, then the quality report unless this process, free first, took it
    (kg.export._Aside); whatever it fails to do, this process does: the same bytes in every case."""
    import os
    import time

    import kg.export as ex

    b = build([DATA / "lists"], jobs=1)
    monkeypatch.setattr("kg.config.cores", lambda: 1)
    alone = write_outputs(b, tmp_path / "alone")
    here = os.getpid()

    def forked(real, fail=True):
        def run(*a):
            if os.getpid() != here:
                if fail:
                    raise RuntimeError("forked writer fails")
                time.sleep(0.5)  # this process is free first and takes the report
            return real(*a)
        return run

    if fails == "in GraphML":
        monkeypatch.setattr(ex, "graphml_bytes", forked(ex.graphml_bytes))
    elif fails == "in the report":
        monkeypatch.setattr(ex, "_write_quality", forked(ex._write_quality))
    elif report == "here":
        monkeypatch.setattr(ex, "graphml_bytes", forked(ex.graphml_bytes, fail=False))
    monkeypatch.setattr(ex, "GRAPHML_ASIDE", 0)  # the fixture graph is small: force the forked writer
    monkeypatch.setattr("kg.config.cores", lambda: 2)
    started = []
    real_start = ex._Aside.start.__func__
    monkeypatch.setattr(ex._Aside, "start", classmethod(lambda cls, *a: started.append(1) or real_start(cls, *a)))
    claimed, did = [], []
    real_claim, real_done = ex._Aside.claim, ex._Aside.done

    def claim(self):
        if report == "there":
            self.proc.join()  # the forked process is done first and took the report
        claimed.append(real_claim(self))
        return claimed[-1]

    monkeypatch.setattr(ex._Aside, "claim", claim)
    monkeypatch.setattr(ex._Aside, "done", lambda self: did.append(real_done(self)) or did[-1])
    aside = write_outputs(b, tmp_path / "aside")
    assert claimed == [report == "here"] and did == [fails == "nothing"]
    assert started and [p.name for p in aside] == [p.name for p in alone]
    assert [p.read_bytes() for p in aside] == [p.read_bytes() for p in alone]
    assert (tmp_path / "aside" / "graph.graphml").read_bytes() == graphml_bytes(b)


def test_a_long_document_split_over_forked_processes_gives_the_same_facts(monkeypatch):
    import kg.docwork as dw
    from kg.config import BUNDLED_CORPUS

    doc, _ = read_document(BUNDLED_CORPUS)
    serial = document_facts(doc, "corpus.txt")
    seen: list[int] = []
    real = dw._text_parts
    forked: list[int] = []

    def parts(*a):
        started = real(*a)
        seen.append(len(started.parts))
        forked.append(len(started.procs))
        return started

    monkeypatch.setattr(dw, "_text_parts", parts)
    monkeypatch.setattr(dw, "SPLIT_CHARS", 1000)  # the bundled corpus counts as long here
    monkeypatch.setattr("kg.config.cores", lambda: 2)
    split = document_facts(doc, "corpus.txt")
    assert seen == [2 * PARTS_PER_CORE]  # slices of nearly equal cost, taken in turn by this process and a forked one
    assert forked == [1]  # begun in a forked process while this one placed the subjects
    assert split.pending is None  # settled on return unless deferred
    assert list(split.regions.items()) == list(serial.regions.items())
    assert list(split.mentions.items()) == list(serial.mentions.items())  # the same keys in the same order
    assert list(split.found.items()) == list(serial.found.items())
    assert split.problems == serial.problems and split.records == serial.records
    assert sum(map(len, serial.mentions.values())) > 100 and any(serial.found.values())
    from kg.textnorm import simplify

    chunks, _ = dw._chunks(serial.records, simplify(doc.text))  # all chunks through the extractor at once
    whole = dw.extractor().extract([c for r in serial.records for c in chunks[r.key]])
    assert list(whole.items()) == list(split.mentions.items())


def test_a_deferred_document_settles_to_the_same_facts_and_can_be_given_up(monkeypatch):
    """``defer``: the texts' mechanisms and practices are still under way in a forked process on return (the
    build resolves its cases meanwhile); settle() gives the facts of an undeferred call; cancel() stops it."""
    import kg.docwork as dw
    from kg.config import BUNDLED_CORPUS

    doc, _ = read_document(BUNDLED_CORPUS)
    now = document_facts(doc, "corpus.txt")
    monkeypatch.setattr(dw, "SPLIT_CHARS", 1000)
    monkeypatch.setattr("kg.config.cores", lambda: 2)
    later = document_facts(doc, "corpus.txt", defer=True)
    procs = [p for p, _ in later.pending[0].procs]
    assert len(procs) == 1 and later.mentions == {} and later.found == {}
    assert later.regions == now.regions and later.problems == now.problems  # placed here before returning
    assert later.settle() is later and later.pending is None and not any(p.is_alive() for p in procs)
    assert list(later.mentions.items()) == list(now.mentions.items())
    assert list(later.found.items()) == list(now.found.items())
    given_up = document_facts(doc, "corpus.txt", defer=True)
    procs = [p for p, _ in given_up.pending[0].procs]
    given_up.cancel()
    assert given_up.pending is None and not any(p.is_alive() for p in procs) and given_up.mentions == {}


def test_the_per_case_stage_split_over_forked_processes_gives_the_same_build(monkeypatch):
    import kg.casework as cw
    from kg.nodelink import graph_json_bytes, node_link

    paths = [DATA / "narratives", DATA / "lists"]
    serial = build(paths, jobs=1)
    import kg.forking as fk

    seen: list[int] = []
    real = cw._slice
    monkeypatch.setattr(cw, "_slice", lambda cases, *a: seen.append(len(cases)) or real(cases, *a))
    shared: list[tuple[int, bool]] = []
    real_map = fk.fork_map_meanwhile
    monkeypatch.setattr(fk, "fork_map_meanwhile",
                        lambda fn, parts, args, meanwhile, **kw: shared.append((len(parts), meanwhile is not None))
                        or real_map(fn, parts, args, meanwhile, **kw))
    monkeypatch.setattr(cw, "SPLIT_CASES", 10)
    monkeypatch.setattr("kg.config.cores", lambda: 2)
    split = build(paths, jobs=1)
    # the cases in slices shared with a forked process, the graph's case records made here meanwhile; which
    # slices this process takes depends on timing (none at all when the forked one is quicker)
    assert [s for s in shared if s[1]] == [(2 * PARTS_PER_CORE, True)]  # (fork_map's own calls have no meanwhile)
    assert len(seen) <= 2 * PARTS_PER_CORE and sum(seen) <= len(serial.cases)
    assert [(c.domain, c.events) for c in split.cases] == [(c.domain, c.events) for c in serial.cases]
    assert sum(len(c.events) for c in serial.cases) > 20
    assert split.problems == serial.problems
    assert graph_json_bytes(node_link(split.nodes, split.edges)) == graph_json_bytes(node_link(serial.nodes, serial.edges))


def test_graph_records_in_two_passes_are_those_of_one():
    """kg.graph.case_records (made beside the per-case stage) then finish_records: the records of build_records."""
    from kg.docwork import extractor
    from kg.graph import build_records, case_records, finish_records

    b = build([DATA / "narratives", DATA / "lists"], jobs=1)
    lex = extractor().lexicon
    nodes, edges = case_records(b.documents, b.cases, lex, 2, b.practices)
    assert not any(n.label in ("OrgDomain", "AdoptionEvent") for n in nodes.values())  # the second pass adds those
    two = finish_records(nodes, edges, b.documents, b.cases, lex, b.practices)
    one = build_records(b.documents, b.cases, lex, 2, b.practices)
    assert two == one
    assert set(one[0]) <= set(b.nodes) and set(one[1]) <= set(b.edges)  # the build adds the events of articles
    assert any(n.label == "OrgDomain" for n in b.nodes) and any(n.label == "AdoptionEvent" for n in b.nodes)


def test_a_build_result_holds_no_reference_cycles_and_stays_frozen_only_until_the_next_build(monkeypatch):
    """A large build's result is frozen out of the collector's walks (kg.config.paused_gc(keep=True)); that is
    only safe while it holds no reference cycles: dropped, reference counting must free all of it. Documents
    of several readers (the PDF and Word readers make cycles while reading: collected, never kept)."""
    import gc

    import kg.config

    office = sorted((DATA / "lists_office").glob("*.*x"))[:2]
    pdfs = sorted(DATA.glob("lists_blind*/*.pdf"))[:2]
    assert office and pdfs
    was = gc.isenabled()
    gc.enable()
    try:
        gc.collect()
        monkeypatch.setattr(kg.config, "FREEZE_OVER", 1000)  # these builds are small: freeze them all the same
        b = build([DATA / "narratives", DATA / "lists", *office, *pdfs], jobs=1)
        assert gc.get_freeze_count() > 10_000 and b.cases
        gc.unfreeze()
        gc.collect()  # the readers' garbage
        del b
        assert gc.collect() == 0  # nothing of the build was left for the collector
        gc.freeze()
        monkeypatch.setattr(kg.config, "FREEZE_OVER", 10**9)
        build([DATA / "lists"], jobs=1)
        assert gc.get_freeze_count() == 0  # the next build unfroze (and collected) first
    finally:
        gc.unfreeze()
        if not was:
            gc.disable()


def test_a_build_of_nothing_is_a_coded_error():
    from kg.errors import KgError

    with pytest.raises(KgError, match="E007"):
        build([], jobs=1)
