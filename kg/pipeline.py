"""The build: files → documents → parsed records → extracted facts → cases → graph.

:func:`build` is the library entry point behind ``kg build``; it reads files
(the only I/O) and then runs the pure stages. ``progress`` is an optional
callable ``(step, total) -> None`` for a progress bar.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .config import load_toml
from .errors import Errors, KgError
from .extract.case_practices import attach_practices
from .extract.domains import classify_domain
from .extract.mechanisms import Chunk, MechanismExtractor
from .ids import NATIONAL
from .placing import place_entry
from .textnorm import simplify
from .graph import build_records, case_mechanisms, to_networkx
from .ingest import discover, read_document
from .model import Case, Document, Edge, Node, ParsedDocument, Practice, Problem
from .parse import parse_document
from .resolve import Record, build_cases, records_of

__all__ = ["Build", "build", "build_from_documents", "display_paths"]


@dataclass
class Build:
    documents: list[tuple[Document, str]]  # (document, display path)
    parsed: list[ParsedDocument]
    cases: list[Case]
    record_case: dict[str, str]
    records: list[Record]
    nodes: list[Node]
    edges: list[Edge]
    graph: nx.MultiDiGraph
    problems: list[Problem]
    timings: dict[str, float] = field(default_factory=dict)
    practices: dict[str, Practice] = field(default_factory=dict)  # by normalised name

    @property
    def chars(self) -> int:
        return sum(len(d.text) for d, _ in self.documents)


def display_paths(files: list[Path]) -> list[str]:
    """Stable names for documents: relative to the working directory when below it, else the file name."""
    out = []
    cwd = Path.cwd().resolve()
    for f in files:
        r = f.resolve()
        try:
            out.append(r.relative_to(cwd).as_posix())
        except ValueError:
            out.append(f.name)
    return out


def build(paths: list[Path], progress: Callable[[int, int], None] | None = None, jobs: int | None = None) -> Build:
    """Read and build; raises :class:`KgError` when nothing usable was read.

    Documents are read and parsed in a process pool over ``jobs`` workers (default: every
    core when there are at least 8 files); results are taken in input order, so the build
    is the same, byte for byte, as a serial one. In a build of several files a file that
    cannot be read is reported (its coded error in the quality report) and the rest go on.
    """
    files = discover(paths)
    names = display_paths(files)
    items = [(str(f), n) for f, n in zip(files, names)]
    if jobs is None:
        jobs = (os.cpu_count() or 1) if len(items) >= 8 else 1
    t0 = time.perf_counter()
    docs: list[tuple[Document, str]] = []
    parsed: list[ParsedDocument] = []
    problems: list[Problem] = []
    errors: list[KgError] = []

    def take(i: int, res: tuple) -> None:
        doc, p, probs, err = res
        problems.extend(probs)
        if err is not None:
            errors.append(KgError(err))
        else:
            docs.append((doc, items[i][1]))
            parsed.append(p)
        if progress:
            progress(i + 1, len(items))

    if jobs > 1 and len(items) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for i, res in enumerate(pool.map(_read_parse, items, chunksize=max(1, min(32, len(items) // (jobs * 4))))):
                take(i, res)
    else:
        for i, item in enumerate(items):
            take(i, _read_parse(item))
    if errors and (len(items) == 1 or not docs):
        raise errors[0]
    t_read = time.perf_counter() - t0
    result = _assemble(docs, parsed, problems)
    result.timings = {"read+parse": t_read, **result.timings}
    return result


def _read_parse(item: tuple[str, str]) -> tuple:
    """Worker: one file → (document, parsed document, problems, error message or None).

    Blocks are dropped once parsed (every later stage works from the parsed records), so a
    worker sends back only the text and the records.
    """
    from dataclasses import replace

    path, name = item
    try:
        doc, probs = read_document(Path(path))
    except KgError as exc:
        return None, None, [Problem(exc.code, "error", str(exc), name)], str(exc)
    p = parse_document(doc, name)
    lite = replace(doc, blocks=())
    return lite, replace(p, document=lite), _relabel(probs, path, name), None


def _relabel(problems: list[Problem], path: str, name: str) -> list[Problem]:
    from dataclasses import replace

    return [replace(p, source=name) if p.source in (path, "") else p for p in problems]


def build_from_documents(docs: list[tuple[Document, str]], problems: list[Problem] | None = None) -> Build:
    """The pure part of the build, from decoded documents."""
    problems = list(problems or [])
    parsed = [parse_document(doc, name) for doc, name in docs]
    return _assemble(docs, parsed, problems)


def _assemble(docs: list[tuple[Document, str]], parsed: list[ParsedDocument], problems: list[Problem]) -> Build:
    """Parsed documents → extracted facts → cases → graph."""
    timings: dict[str, float] = {}
    articles: dict[str, list] = {}  # doc id → adoption events of a document read as an article
    for p, (doc, name) in zip(parsed, docs):
        problems.extend(p.problems)
        if not p.entries and not p.narratives:
            evs, probs = _article_events(doc, name)  # a round-up or a news article still dates adoptions
            if evs:
                articles[doc.id] = evs
                problems.extend(probs)
                problems.append(Problem("I415", "info", Errors.I415.format(path=name, n=len(evs)), name))
            elif not any(q.code in ("W304", "I305") for q in p.problems):
                problems.append(Problem("E007", "error", Errors.E007.format(path=name), name))
    if not any(p.entries or p.narratives for p in parsed) and not articles:
        raise KgError(Errors.E007.format(path=docs[0][1] if len(docs) == 1 else f"{len(docs)} documents"))
    t = time.perf_counter()
    records = records_of(list(zip(parsed, [n for _, n in docs])))
    regions = {}
    for r in records:
        span = r.entry.subject_span if r.entry else r.narrative.heading_span  # type: ignore[union-attr]
        national = r.entry is None or r.entry.competition is None or r.entry.competition.key == NATIONAL
        m, probs = place_entry(r.subject, span, r.source, r.entry, r.edition if national else None,
                               r.entry.year if r.entry else None,
                               context=r.narrative.context_region if r.narrative else "")
        regions[r.key] = m
        problems.extend(_at(probs, span.start))
    timings["regions"] = time.perf_counter() - t
    t = time.perf_counter()
    cases, record_case, probs = build_cases(records, regions)
    problems.extend(probs)
    timings["resolve"] = time.perf_counter() - t
    t = time.perf_counter()
    texts = {d.id: simplify(d.text) for d, _ in docs}  # matching runs on simplified characters
    for c in cases:
        narrative_text = "\n".join(n.text for n in c.narratives)
        c.domain = classify_domain(simplify(c.subject), simplify(c.title + " " + " ".join(n.title for n in c.narratives)),
                                   narrative_text,
                                   c.entries[0].subject_span if c.entries else c.narratives[0].heading_span)
    timings["domains"] = time.perf_counter() - t
    t = time.perf_counter()
    extractor = _extractor()
    chunks = []
    for r in records:
        cid = record_case[r.key]
        if r.entry:
            ts = r.entry.title_span
            chunks.append(Chunk(cid + "#" + r.key, texts[ts.doc_id][ts.start : ts.end], ts.doc_id, ts.start, True))
        else:
            n = r.narrative
            assert n is not None
            hs = n.heading_span
            chunks.append(Chunk(cid + "#" + r.key + "#h", texts[hs.doc_id][hs.start : hs.end], hs.doc_id, hs.start, True))
            for k, sec in enumerate(n.sections):
                if sec.kind == "appendix":
                    continue  # photo captions and attachments describe, they do not report what the case does
                ss = sec.span
                chunks.append(Chunk(f"{cid}#{r.key}#s{k}", texts[ss.doc_id][ss.start : ss.end], ss.doc_id, ss.start, False))
    mentions = extractor.extract(chunks)
    by_case = {c.id: c for c in cases}
    for key in sorted(mentions):
        by_case[key.split("#", 1)[0]].mechanisms.extend(mentions[key])
    timings["mechanisms"] = time.perf_counter() - t
    t = time.perf_counter()
    practices, probs = attach_practices(records, record_case, cases, texts)
    problems.extend(probs)
    timings["practices"] = time.perf_counter() - t
    t = time.perf_counter()
    min_body = int(load_toml("mechanisms.toml")["usage"]["min_body_mentions"])
    t = time.perf_counter()
    problems.extend(_events(docs, cases, texts, min_body))
    timings["events"] = time.perf_counter() - t
    t = time.perf_counter()
    nodes, edges = build_records(docs, cases, extractor.lexicon, min_body, practices,
                                 article_events=[e for d in sorted(articles) for e in articles[d]])
    graph = to_networkx(nodes, edges)
    timings["graph"] = time.perf_counter() - t
    problems = _with_positions(problems, {name: d.text for d, name in docs})
    problems.sort(key=lambda p: (p.source, p.offset, p.code, p.message))
    return Build(docs, parsed, cases, record_case, records, nodes, edges, graph, problems, timings, practices)


def _events(docs: list[tuple[Document, str]], cases: list[Case], texts: dict[str, str], min_body: int) -> list[Problem]:
    """Dated adoption events of every case (kg.extract.events), stored on the cases."""
    from .extract.events import case_events

    years = {d.id: _document_year(d) for d, _ in docs}
    sources = {d.id: name for d, name in docs}
    problems: list[Problem] = []
    for c in cases:
        mechs = [(mid, ms[0].label) for mid, ms in case_mechanisms(c, min_body)]
        c.events, probs = case_events(c, texts, years, mechs, sources)
        problems.extend(probs)
    return problems


def _document_year(doc: Document) -> int | None:
    from .extract.dates import byline_year, parse_document_date

    return parse_document_date(doc.meta) or byline_year(doc.text)


def _article_events(doc: Document, name: str):
    from .extract.events import document_events

    return document_events(doc.id, simplify(doc.text), name, _document_year(doc))


def _at(problems: list[Problem], offset: int) -> list[Problem]:
    from dataclasses import replace

    return [replace(p, offset=offset) if p.offset < 0 else p for p in problems]


def _with_positions(problems: list[Problem], texts: dict[str, str]) -> list[Problem]:
    from dataclasses import replace

    from .errors import line_col

    out = []
    for p in problems:
        if p.offset >= 0 and p.line == 0 and p.source in texts:
            line, col = line_col(texts[p.source], p.offset)
            p = replace(p, line=line, column=col)
        out.append(p)
    return out


_EXTRACTOR: MechanismExtractor | None = None


def _extractor() -> MechanismExtractor:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = MechanismExtractor()
    return _EXTRACTOR
