"""Per-document stage of the build: every fact one document yields on its own.

A build's worker process reads a file and hands it to :func:`document_facts`, which
parses it and extracts, record by record, what needs nothing from other documents:
the region of each award entry and narrative, the mechanism mentions of its titles
and sections, the practices its titles name, the dated statements of an article, and
the line and column of every problem. What travels back to the main process is
small: the records, those facts, and only the pieces of text later stages still read
(titles, headings, sections, evidence sentences) as :class:`Pieces`, never the whole
text. So the work that grows with the input runs on every core, and the main
process's memory grows with the graph, not with the bytes read.
"""

from __future__ import annotations

import bisect
import time
from array import array
from dataclasses import dataclass, field, replace

from .errors import Errors, LineIndex
from .extract.mechanisms import Chunk, MechanismExtractor, shared_extractor
from .extract.practices import find_practices
from .ids import NATIONAL
from .model import AdoptionEvent, Document, MechanismMention, ParsedDocument, PracticeMention, Problem, RegionMatch
from .parse import parse_document
from .placing import place_entry
from .resolve import Record, records_of
from .textnorm import simplify

__all__ = ["DocFacts", "Pieces", "Lines", "document_facts", "extractor"]


class Pieces:
    """The parts of a text later stages read, sliced by offsets into the whole text.

    ``len()`` is the whole text's length; ``pieces[a:b]`` is ``text[a:b]`` when one kept
    piece covers ``a:b``. Reading outside the kept pieces is a bug in kg (a stage reads
    text it did not ask the per-document stage to keep) and raises ``LookupError``.
    """

    __slots__ = ("length", "starts", "parts")

    def __init__(self, text: str, spans: list[tuple[int, int]]):
        self.length = len(text)
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.parts = [text[a:b] for a, b in merged]

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, key: slice) -> str:
        a, b = key.start or 0, self.length if key.stop is None else key.stop
        if b <= a:
            return ""
        i = bisect.bisect_right(self.starts, a) - 1
        if i >= 0 and b <= self.starts[i] + len(self.parts[i]):
            return self.parts[i][a - self.starts[i] : b - self.starts[i]]
        raise LookupError(f"kg: text {a}:{b} was not kept by the per-document stage")

    def get(self, a: int, b: int, default: str = "") -> str:
        try:
            return self[a:b]
        except LookupError:
            return default


class Lines(LineIndex):
    """A document's line starts in a compact array (8 bytes a line), for positions found later."""

    __slots__ = ()

    def __init__(self, text: str):
        super().__init__(text)
        self.starts = array("q", self.starts)  # type: ignore[assignment]


@dataclass(slots=True)
class DocFacts:
    """What one document yields on its own (see the module docstring)."""

    document: Document  # blocks dropped, text kept as Pieces
    name: str
    parsed: ParsedDocument
    records: list[Record]
    regions: dict[str, RegionMatch | None]
    mentions: dict[str, list[MechanismMention]]  # "<record key>[#h|#s<k>]" → mentions
    found: dict[str, list[PracticeMention]]  # record key → practices its title names (rejected ones too)
    simple: Pieces  # the simplified text of the kept pieces
    lines: Lines
    year: int | None
    article_events: list[AdoptionEvent] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    pending: tuple | None = None  # (the texts' facts under way, their chunks in order) until settle()

    def settle(self) -> DocFacts:
        """``mentions``, ``found`` and their timings, from the parts under way (done here if their processes fail)."""
        if self.pending is None:
            return self
        texts, every = self.pending
        self.pending = None
        raw_mentions: dict[str, list[MechanismMention]] = {}
        for ms, fs, ts in texts.results():
            raw_mentions.update(ms)
            self.found.update(fs)
            for k, v in ts.items():
                self.timings[k] = self.timings.get(k, 0.0) + v
        self.mentions.update((c.key, raw_mentions[c.key]) for group in (True, False) for c in every
                             if bool(c.discover) is group and c.key in raw_mentions)
        return self

    def cancel(self) -> None:
        """Stop the parts under way (the build gave up)."""
        if self.pending is not None:
            self.pending[0].cancel()
            self.pending = None


def extractor() -> MechanismExtractor:
    """The mechanism extractor of this process (spaCy pipeline built once per process, shared with
    the events stage: :func:`kg.extract.mechanisms.shared_extractor`)."""
    return shared_extractor()


def document_facts(doc: Document, name: str, problems: list[Problem] | None = None, *, defer: bool = False) -> DocFacts:
    """Parse ``doc`` and extract its per-record facts; ``problems``: the reader's, already found.

    A long document's mechanisms and practices are found in forked processes (:func:`_text_parts`) while
    this one places the records' subjects and finishes the rest. With ``defer`` they may still be under
    way on return: :meth:`DocFacts.settle` takes them (the build first resolves its cases, which needs
    only the places)."""
    timings: dict[str, float] = {}
    t = time.perf_counter()
    simple_text = simplify(doc.text)  # matching runs on simplified characters
    parsed = parse_document(doc, name, simple_text)
    timings["parse"] = time.perf_counter() - t
    probs = list(problems or []) + list(parsed.problems)
    records = records_of([(parsed, name)])

    chunks, keep = _chunks(records, simple_text)
    texts = _text_parts(records, chunks, simple_text, len(doc.text))
    t = time.perf_counter()
    regions, rprobs = _places(records)
    probs.extend(rprobs)
    timings["regions"] = time.perf_counter() - t
    # the order MechanismExtractor.extract gives over all chunks at once: titles, then bodies
    every = [c for r in records for c in chunks[r.key]]

    year = _document_year(doc)
    events: list[AdoptionEvent] = []
    if not parsed.entries and not parsed.narratives:
        t = time.perf_counter()
        from .extract.events import document_events

        events, eprobs = document_events(doc.id, simple_text, name, year)  # a round-up or a news article still dates adoptions
        if events:
            probs.extend(eprobs)
            probs.append(Problem("I415", "info", Errors.I415.format(path=name, n=len(events)), name))
            keep += [(e.span.start, e.span.end) for e in events]
        elif not any(q.code in ("W304", "I305") for q in parsed.problems):
            probs.append(Problem("E007", "error", Errors.E007.format(path=name), name))
        timings["events"] = time.perf_counter() - t

    lines = Lines(doc.text)
    lite = replace(doc, blocks=(), text=Pieces(doc.text, keep))  # type: ignore[arg-type]
    facts = DocFacts(lite, name, replace(parsed, document=lite, problems=()), records, regions, {}, {},
                     Pieces(simple_text, keep), lines, year, events, positioned(probs, {name: lines}), timings,
                     pending=(texts, every))
    return facts if defer else facts.settle()


#: A document at least this long (characters) has its per-record work split over forked processes.
SPLIT_CHARS = 1_000_000


def _chunks(records: list[Record], simple_text: str) -> tuple[dict[str, list[Chunk]], list[tuple[int, int]]]:
    """Each record's chunks for mechanism extraction (its title or heading, its sections) and the spans to keep."""
    chunks: dict[str, list[Chunk]] = {}
    keep: list[tuple[int, int]] = []
    for r in records:
        mine = chunks[r.key] = []
        if r.entry:
            ts = r.entry.title_span
            mine.append(Chunk(r.key, simple_text[ts.start : ts.end], ts.doc_id, ts.start, True))
            keep += [(ts.start, ts.end), (r.entry.span.start, r.entry.span.end)]
        else:
            n = r.narrative
            assert n is not None
            hs = n.heading_span
            mine.append(Chunk(r.key + "#h", simple_text[hs.start : hs.end], hs.doc_id, hs.start, True))
            keep.append((hs.start, hs.end))
            for k, sec in enumerate(n.sections):
                ss = sec.span
                keep.append((ss.start, ss.end))
                if sec.kind == "appendix":
                    continue  # photo captions and attachments describe, they do not report what the case does
                mine.append(Chunk(f"{r.key}#s{k}", simple_text[ss.start : ss.end], ss.doc_id, ss.start, False))
    return chunks, keep


def _record_slices(records: list[Record], chars: int, chunks: dict[str, list[Chunk]]) -> list[list[Record]]:
    """Consecutive slices of ``records`` of nearly equal estimated cost (:func:`_record_cost`),
    :data:`kg.forking.PARTS_PER_CORE` a core, when the document is long (:data:`SPLIT_CHARS`) and
    :func:`kg.forking.can_fork`; else one."""
    from .config import cores
    from .forking import PARTS_PER_CORE, can_fork, slices

    if chars < SPLIT_CHARS or len(records) < 2 or not can_fork():
        return [records]
    return slices(records, cores() * PARTS_PER_CORE, weight=lambda r: _record_cost(chunks[r.key]))


def _record_cost(chunks: list[Chunk]) -> int:
    """A record's cost in the per-record stage, roughly in microseconds: placing its subject and naming its
    practices cost about the same for every record, mechanisms grow with its text (measured on the bundled
    corpus: an award entry ≈ 230 µs, a narrative of 5,000 characters ≈ 2,500 µs)."""
    return 200 + sum(len(c.text) for c in chunks) // 2


def _text_parts(records: list[Record], chunks: dict[str, list[Chunk]], simple_text: str, chars: int):
    """The mechanisms and practices of the records' texts, in parts begun in forked processes when the document
    is long (:func:`_record_slices`; they start with spaCy, the gazetteer and the rules this process has loaded):
    a :class:`kg.forking.ForkedMap` of :func:`_text_facts`."""
    from .forking import ForkedMap

    parts = [(rs, [c for r in rs for c in chunks[r.key]],
              [(r.key, span.start, span.doc_id, simple_text[span.start : span.end])
               for r in rs for span in [r.entry.title_span if r.entry else r.narrative.heading_span]])  # type: ignore[union-attr]
             for rs in _record_slices(records, chars, chunks)]
    if len(parts) > 1:
        extractor()
    return ForkedMap(_text_facts, parts)  # one part: nothing is forked


def _places(records: list[Record]) -> tuple[dict[str, RegionMatch | None], list[Problem]]:
    """The region each record's subject names (:func:`kg.placing.place_entry`), and the problems of placing them."""
    regions: dict[str, RegionMatch | None] = {}
    probs: list[Problem] = []
    for r in records:
        span = r.entry.subject_span if r.entry else r.narrative.heading_span  # type: ignore[union-attr]
        national = r.entry is None or r.entry.competition is None or r.entry.competition.key == NATIONAL
        m, ps = place_entry(r.subject, span, r.source, r.entry, r.edition if national else None,
                            r.entry.year if r.entry else None,
                            context=r.narrative.context_region if r.narrative else "")
        regions[r.key] = m
        probs.extend(replace(p, offset=span.start) if p.offset < 0 else p for p in ps)
    return regions, probs


_Part = tuple[list[Record], list[Chunk], list[tuple[str, int, str, str]]]


def _text_facts(part: _Part) -> tuple:
    """Mechanism mentions and practices of some records' texts: (mentions, found, timings)."""
    _, chunks, titles = part
    timings: dict[str, float] = {}
    t = time.perf_counter()
    mentions = extractor().extract(chunks)
    timings["mechanisms"] = time.perf_counter() - t
    t = time.perf_counter()
    found = {key: find_practices(text, start, doc_id, include_rejected=True) for key, start, doc_id, text in titles}
    timings["practices"] = time.perf_counter() - t
    return mentions, found, timings


def positioned(problems: list[Problem], lines: dict[str, LineIndex]) -> list[Problem]:
    """Problems with the line and column of their offset, where their document is known."""
    out = []
    for p in problems:
        if p.offset >= 0 and p.line == 0 and p.source in lines:
            line, col = lines[p.source].line_col(p.offset)
            p = replace(p, line=line, column=col)
        out.append(p)
    return out


def _document_year(doc: Document) -> int | None:
    from .extract.dates import byline_year, parse_document_date

    return parse_document_date(doc.meta) or byline_year(doc.text)
