"""The typed vocabulary shared by every stage of kg.

Every stage imports its inputs and outputs from here: ingest produces
:class:`Document`, parse produces :class:`ParsedDocument` (award entries and
narratives), the extractors produce :class:`RegionMatch`, :class:`DomainMatch`
and :class:`MechanismMention`, resolve produces :class:`Case`, and the graph
stage turns all of them into :class:`Node` and :class:`Edge` records that every
sink (networkx, Neo4j, RDF, HTML) projects from one id space.

Offsets are always character offsets into ``Document.text``, the decoded text
of the original file (for .docx and .html: the text extracted from it).
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, fields
from typing import Literal

__all__ = [
    "Severity",
    "Span",
    "BlockKind",
    "Cell",
    "Block",
    "Competition",
    "Problem",
    "Document",
    "AwardEntry",
    "Section",
    "Narrative",
    "ParsedDocument",
    "RegionUnit",
    "RegionMatch",
    "DomainMatch",
    "MechanismMention",
    "AdoptionEvent",
    "PracticeMention",
    "Practice",
    "Case",
    "Node",
    "Edge",
    "NODE_LABELS",
    "REL_TYPES",
]

Severity = Literal["error", "warning", "info"]

#: Node labels and relationship types; mirrored (and checked) by schema/graph.toml.
NODE_LABELS = (
    "Document",
    "Case",
    "Award",
    "Edition",
    "Region",
    "OrgDomain",
    "Mechanism",
    "MechanismFamily",
    "Competition",
    "AdoptionEvent",
    "Practice",
)
REL_TYPES = (
    "SOURCED_FROM",
    "AWARDED",
    "OF_EDITION",
    "IN_EDITION",
    "LOCATED_IN",
    "PART_OF",
    "IN_DOMAIN",
    "USES",
    "BROADER",
    "SAME_SUBJECT",
    "OF_COMPETITION",
    "HAS_EVENT",
    "ADOPTS",
    "EVENT_IN",
    "REPORTED_IN",
    "NAMES",
    "INSTANCE_OF",
    "IN_FAMILY",
    "HAS_BROADER",
    "ADOPTS_PRACTICE",
)


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Provenance: a half-open character range ``[start, end)`` in one document."""

    doc_id: str
    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Problem:
    """One oddity found in the input, for the quality report.

    ``code`` is one of the codes in :mod:`kg.errors`; ``offset`` is a character
    offset into the document's text (``-1`` when the problem is not positional).
    """

    code: str
    severity: Severity
    message: str
    source: str
    offset: int = -1
    line: int = 0
    column: int = 0
    context: str = ""


BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "caption", "furniture"]


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a table row: ``Document.text[start:end]``."""

    start: int
    end: int
    colspan: int = 1


@dataclass(frozen=True, slots=True)
class Block:
    """A typed piece of a document, as its reader saw it (docling-style).

    ``Document.text[start:end]`` is the block's text. Table rows carry their
    cells (``table`` numbers the tables of a document, ``row`` the rows of a
    table). ``furniture`` names why a block is page furniture (breadcrumb,
    byline, share block …): such blocks are never read as entries or narratives
    but are kept, with their position, for the quality report.
    """

    kind: BlockKind
    start: int
    end: int
    cells: tuple[Cell, ...] = ()
    table: int = -1
    row: int = -1
    level: int = 0  # heading level where the source says so (h1 = 1)
    origin: str = ""  # the reader's own name for it: "html:h2", "docx:table", "text:line", "pdf:p3"
    furniture: str = ""  # reason, when kind == "furniture"

    def text(self, doc_text: str) -> str:
        return doc_text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded source file: its text and the typed blocks its reader found in it."""

    id: str
    path: str
    name: str
    text: str
    encoding: str
    format: Literal["text", "docx", "doc", "html", "xlsx", "xls", "csv", "pdf"]
    sha1: str
    blocks: tuple[Block, ...] = ()
    meta: tuple[tuple[str, str], ...] = ()  # (key, value): title, date, site, author … from the file's metadata


@dataclass(frozen=True, slots=True)
class Competition:
    """A competition series (全国基层党建创新典型案例, a province's contest …).

    ``key`` is the normalised series name (simplified, no edition, no year);
    ``inferred`` is true when the document never names its competition and the
    series is named after the document instead.
    """

    key: str
    name: str
    organisers: tuple[str, ...] = ()
    inferred: bool = False


@dataclass(frozen=True, slots=True)
class AwardEntry:
    """One entry of an award list, exactly as printed."""

    edition: int | None
    tier: str  # code: best, excellent, first, gold, ...
    tier_label: str  # as printed: 最佳案例
    rank: int
    subject: str
    title: str
    span: Span  # from the first character of the subject to the end of the title
    subject_span: Span
    title_span: Span
    has_colon: bool = True
    competition: Competition | None = None  # None: the default national series
    year: int | None = None  # the edition's year where printed or derivable
    category: str = ""  # printed category of the tier: 党建赋能类
    tier_order: int | None = None  # 1 = highest
    numbered: bool = True  # rank is printed (else: the entry's position in its tier)
    layout: str = "national"  # which layout recogniser read it
    also_at: tuple[Span, ...] = ()  # further printings of the same entry in the same document
    context_region: str = ""  # region code the document's context names (competition place, dateline)
    context_span: Span | None = None
    context_own: bool = False  # the context is the entry's own line: a 所在地区 cell, its county line, a bracket


@dataclass(frozen=True, slots=True)
class Section:
    kind: str  # canonical: intro, background, practice, outcome, discussion, appendix
    heading: str  # as printed, e.g. 做法与特点
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Narrative:
    """A full case narrative: heading, optional edition marker and sections."""

    subject: str
    title: str
    heading_form: str  # colon, dash (national corpus); title, byline, paragraph, untitled, column+… (articles)
    edition: int | None
    span: Span  # the whole narrative
    heading_span: Span
    sections: tuple[Section, ...]
    date: str = ""  # the document's date (dateline / 发布日期), ISO yyyy-mm-dd, never a subject
    practice: str = ""  # the named practice (a quoted term of the title), simplified
    context_region: str = ""  # the place the article's context names (decides a region printed below the province)
    subtitle: str = ""
    column: str = ""  # column prefix of the title (【党建示范窗】)

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.sections)


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    document: Document
    entries: tuple[AwardEntry, ...]
    narratives: tuple[Narrative, ...]
    announced: tuple[tuple[int, str, int], ...]  # (edition, tier, announced total)
    problems: tuple[Problem, ...]


# The records of the later stages live in kg/model_results.py (kept apart for size) and are part of this vocabulary.
from .model_results import (  # noqa: E402
    AdoptionEvent,
    Case,
    DomainMatch,
    Edge,
    MechanismMention,
    Node,
    Practice,
    PracticeMention,
    RegionMatch,
    RegionUnit,
)


def pickled_by_fields(cls: type) -> type:
    """``cls`` pickled as ``cls(*field values)``: records cross process boundaries by the million in a
    large build (forked workers send their results back), and the state functions ``dataclass(slots=True)``
    writes set each field from Python, several times slower. Every field must be an ``__init__`` argument."""
    names = tuple(f.name for f in fields(cls))
    if any(not f.init for f in fields(cls)) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: not every field is an __init__ argument")
    get = operator.attrgetter(*names)
    if len(names) == 1:
        cls.__reduce__ = lambda self: (cls, (get(self),))  # type: ignore[method-assign]
    else:
        cls.__reduce__ = lambda self: (cls, get(self))  # type: ignore[method-assign]
    return cls


for _cls in (Span, Problem, Cell, Block, Document, Competition, AwardEntry, Section, Narrative, ParsedDocument,
             AdoptionEvent, Case, DomainMatch, Edge, MechanismMention, Node, Practice, PracticeMention, RegionMatch,
             RegionUnit):
    pickled_by_fields(_cls)
