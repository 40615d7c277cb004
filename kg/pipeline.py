"""The build: files → documents → parsed records → extracted facts → cases → graph.

:func:`build` is the library entry point behind ``kg build``; it reads files
(the only I/O) and then runs the pure stages. ``progress`` is an optional
callable ``(step, total) -> None`` for a progress bar.
"""

from __future__ import annotations

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
from .extract.regions import resolve_region
from .graph import build_records, to_networkx
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


def build(paths: list[Path], progress: Callable[[int, int], None] | None = None) -> Build:
    """Read and build; raises :class:`KgError` when nothing usable was read."""
    files = discover(paths)
    names = display_paths(files)
    docs: list[tuple[Document, str]] = []
    problems: list[Problem] = []
    t0 = time.perf_counter()
    for i, (f, name) in enumerate(zip(files, names)):
        doc, probs = read_document(f)
        docs.append((doc, name))
        problems.extend(_relabel(probs, str(f), name))
        if progress:
            progress(i + 1, len(files))
    result = build_from_documents(docs, problems)
    result.timings = {"read": time.perf_counter() - t0 - sum(result.timings.values()), **result.timings}
    return result


def _relabel(problems: list[Problem], path: str, name: str) -> list[Problem]:
    from dataclasses import replace

    return [replace(p, source=name) if p.source in (path, "") else p for p in problems]


def build_from_documents(docs: list[tuple[Document, str]], problems: list[Problem] | None = None) -> Build:
    """The pure part of the build, from decoded documents."""
    problems = list(problems or [])
    timings: dict[str, float] = {}
    t = time.perf_counter()
    parsed = []
    for doc, name in docs:
        p = parse_document(doc, name)
        parsed.append(p)
        problems.extend(p.problems)
        if not p.entries and not p.narratives:
            raise KgError(Errors.E007.format(path=name))
    timings["parse"] = time.perf_counter() - t
    t = time.perf_counter()
    records = records_of(list(zip(parsed, [n for _, n in docs])))
    regions = {}
    for r in records:
        span = r.entry.subject_span if r.entry else r.narrative.heading_span  # type: ignore[union-attr]
        m, probs = resolve_region(r.subject, span, r.source, r.edition)
        regions[r.key] = m
        problems.extend(_at(probs, span.start))
    timings["regions"] = time.perf_counter() - t
    t = time.perf_counter()
    cases, record_case, probs = build_cases(records, regions)
    problems.extend(probs)
    timings["resolve"] = time.perf_counter() - t
    t = time.perf_counter()
    texts = {d.id: d.text for d, _ in docs}
    for c in cases:
        narrative_text = "\n".join(n.text for n in c.narratives)
        c.domain = classify_domain(c.subject, c.title + " " + " ".join(n.title for n in c.narratives), narrative_text,
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
    nodes, edges = build_records(docs, cases, extractor.lexicon, min_body, practices)
    graph = to_networkx(nodes, edges)
    timings["graph"] = time.perf_counter() - t
    problems = _with_positions(problems, {name: d.text for d, name in docs})
    problems.sort(key=lambda p: (p.source, p.offset, p.code, p.message))
    return Build(docs, parsed, cases, record_case, records, nodes, edges, graph, problems, timings, practices)


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
