"""The build: files → documents → parsed records → extracted facts → cases → graph.

:func:`build` is the library entry point behind ``kg build``; it reads files
(the only I/O) and then runs the pure stages. ``progress`` is an optional
callable ``(step, total) -> None`` for a progress bar.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import networkx as nx

from .config import cores, load_toml, paused_gc
from .casework import case_facts
from .docwork import DocFacts, document_facts, extractor, positioned
from .errors import Errors, KgError, internal_error
from .extract.case_practices import attach_practices
from .graph import case_records, finish_records, to_networkx
from .ingest import discover, read_document, unread_files
from .model import Case, Document, Edge, Node, ParsedDocument, Practice, Problem
from .resolve import Record, build_cases
from .safefs import path_text, resolved

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
    _graph: nx.MultiDiGraph | None  # made from nodes and edges on first use (writing the outputs needs none)
    problems: list[Problem]
    timings: dict[str, float] = field(default_factory=dict)
    practices: dict[str, Practice] = field(default_factory=dict)  # by normalised name

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The records as a networkx MultiDiGraph (:func:`kg.graph.to_networkx`)."""
        if self._graph is None:
            self._graph = to_networkx(self.nodes, self.edges)
        return self._graph

    @property
    def chars(self) -> int:
        return sum(len(d.text) for d, _ in self.documents)


def display_paths(files: list[Path]) -> list[str]:
    """Stable names for documents: relative to the working directory when below it, else the file name."""
    out = []
    cwd = Path.cwd().resolve()
    for f in files:
        r = resolved(f)  # a link loop too: reading it reports it (E012)
        try:
            out.append(path_text(r.relative_to(cwd).as_posix()))
        except ValueError:
            out.append(path_text(f.name))
    return out


def build(paths: list[Path], progress: Callable[[int, int], None] | None = None, jobs: int | None = None) -> Build:
    """Read and build; raises :class:`KgError` when nothing usable was read.

    Each file is read, parsed and extracted on its own (:func:`kg.docwork.document_facts`)
    in a process pool over ``jobs`` workers (default: every core when there are at least 8
    files); results are taken in input order, so the build is the same, byte for byte, as a
    serial one. In a build of several files a file that cannot be read is reported (its
    coded error in the quality report) and the rest go on.
    """
    files = discover(paths)
    names = display_paths(files)
    items = [(str(f), n) for f, n in zip(files, names)]
    if jobs is None:
        jobs = cores() if len(items) >= 8 else 1
    t0 = time.perf_counter()
    facts: list[DocFacts] = []
    problems: list[Problem] = unread_files(paths)
    errors: list[KgError] = []

    def take(i: int, res: tuple) -> None:
        f, probs, err = res
        problems.extend(probs)
        if err is not None:
            errors.append(KgError(err))
        else:
            facts.append(f)
        if progress:
            progress(i + 1, len(items))

    if jobs > 1 and len(items) > 1:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        # the first file is done here: it loads spaCy, the gazetteer, OpenCC and the rules once,
        # and forked workers start with them loaded instead of each loading them again
        take(0, _read_extract(items[0]))
        rest = items[1:]
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
            for i, res in enumerate(pool.map(_read_extract, rest, chunksize=max(1, min(32, len(rest) // (jobs * 4)))), 1):
                take(i, res)
    else:
        for i, item in enumerate(items[:-1]):
            take(i, _read_extract(item))
    with paused_gc(keep=True):  # no collection between the last document and the assembly (kg.config.paused_gc)
        if items and not (jobs > 1 and len(items) > 1):
            # the last document's mechanisms and practices may still be under way in forked processes:
            # the assembly resolves the cases meanwhile (kg.docwork.document_facts, defer)
            take(len(items) - 1, _read_extract(items[-1], defer=True))
        t_read = time.perf_counter() - t0
        try:
            if errors and (len(items) == 1 or not facts):
                raise errors[0]
            result = _assemble(facts, problems)
        finally:
            for f in facts:
                f.cancel()  # nothing under way is left behind when the build gives up
    result.timings = {"read+extract": t_read, **result.timings}
    return result


def _read_extract(item: tuple[str, str], defer: bool = False) -> tuple:
    """Worker: one file → (its facts, the reader's error as a problem, error message or None)."""
    path, name = item
    try:
        doc, probs = read_document(Path(path))
    except KgError as exc:
        return None, [Problem(exc.code, "error", str(exc), name)], str(exc)
    except Exception as exc:  # noqa: BLE001 - a reader's bug on one file: that file's error, the others are built
        if os.environ.get("KG_DEBUG"):
            raise
        msg = internal_error(exc).replace("E999 ", f"E999 {name}: ", 1)
        return None, [Problem("E999", "error", msg, name)], msg
    with paused_gc():  # collection resumes between documents: a worker's memory does not grow with them
        return document_facts(doc, name, _relabel(probs, path, name), defer=defer), [], None


def _relabel(problems: list[Problem], path: str, name: str) -> list[Problem]:
    return [replace(p, source=name) if p.source in (path, "") else p for p in problems]


def build_from_documents(docs: list[tuple[Document, str]], problems: list[Problem] | None = None) -> Build:
    """The pure part of the build, from decoded documents."""
    with paused_gc(keep=True):
        facts = [document_facts(doc, name, defer=i == len(docs) - 1) for i, (doc, name) in enumerate(docs)]
        try:
            return _assemble(facts, list(problems or []))
        finally:
            for f in facts:
                f.cancel()


def _assemble(facts: list[DocFacts], problems: list[Problem]) -> Build:
    """Per-document facts → cases → graph."""
    timings: dict[str, float] = {}
    for f in facts:
        problems.extend(f.problems)
    if not any(f.parsed.entries or f.parsed.narratives or f.article_events for f in facts):
        raise KgError(Errors.E007.format(path=facts[0].name if len(facts) == 1 else f"{len(facts)} documents"))
    docs = [(f.document, f.name) for f in facts]
    records = [r for f in facts for r in f.records]
    regions = {k: m for f in facts for k, m in f.regions.items()}
    t = time.perf_counter()
    cases, record_case, probs = build_cases(records, regions)  # needs only the places: the texts' facts may be under way
    problems.extend(probs)
    t_resolve = time.perf_counter() - t
    t = time.perf_counter()
    for f in facts:
        f.settle()
        for k, v in f.timings.items():  # per-document stage: summed over documents (and processes)
            timings[k] = timings.get(k, 0.0) + v
    timings["resolve"] = t_resolve
    timings["texts (waited for)"] = time.perf_counter() - t
    t = time.perf_counter()
    by_case = {c.id: c for c in cases}
    mentions = {record_case[k.split("#", 1)[0]] + "#" + k: ms for f in facts for k, ms in f.mentions.items()}
    for key in sorted(mentions):
        by_case[key.split("#", 1)[0]].mechanisms.extend(mentions[key])
    texts = {f.document.id: f.simple for f in facts}
    found = {k: ms for f in facts for k, ms in f.found.items()}
    practices, probs = attach_practices(records, record_case, cases, texts, found)  # type: ignore[arg-type]
    problems.extend(probs)
    timings["practices"] = timings.get("practices", 0.0) + time.perf_counter() - t
    min_body = int(load_toml("mechanisms.toml")["usage"]["min_body_mentions"])
    # each case's domain and dated events (kg.casework), stored on the cases; meanwhile this process makes
    # the graph records that need neither (kg.graph.case_records), then the rest (kg.graph.finish_records)
    t = time.perf_counter()
    lexicon = extractor().lexicon
    got, (nodes_by_id, edges) = case_facts(cases, texts, {f.document.id: f.year for f in facts},
                                           {f.document.id: f.name for f in facts}, min_body,
                                           meanwhile=lambda: case_records(docs, cases, lexicon, min_body, practices))
    for c, (domain, events, probs) in zip(cases, got):
        c.domain, c.events = domain, events
        problems.extend(probs)
    timings["domains+events"] = time.perf_counter() - t  # with the case records made beside it; "graph": the rest
    t = time.perf_counter()
    article_events = [e for f in sorted(facts, key=lambda f: f.document.id) for e in f.article_events]
    nodes, edges = finish_records(nodes_by_id, edges, docs, cases, lexicon, practices, article_events=article_events)
    timings["graph"] = time.perf_counter() - t
    problems = positioned(problems, {f.name: f.lines for f in facts})
    problems.sort(key=lambda p: (p.source, p.offset, p.code, p.message))
    return Build(docs, [f.parsed for f in facts], cases, record_case, records, nodes, edges, None, problems, timings,
                 practices)
