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

from dataclasses import dataclass, field
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
    format: Literal["text", "docx", "html", "xlsx", "pdf"]
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


@dataclass(frozen=True, slots=True)
class RegionUnit:
    """One administrative unit of the gazetteer, as valid in the award period."""

    code: str  # 6-digit code valid in 2009-2012
    name: str
    level: Literal["province", "prefecture", "county"]
    parent: str | None  # code of the parent unit
    current_code: str | None = None  # today's unit when it has changed
    current_name: str | None = None
    historical: bool = False


@dataclass(frozen=True, slots=True)
class RegionMatch:
    """Where a case subject resolved to, and how."""

    units: tuple[RegionUnit, ...]  # province → prefecture → county, as deep as known
    place: str  # township or below kept as printed ("吕巷镇"), else ""
    rule: str  # which rule decided: full, short, alias, historical, org, typo, ...
    matched: str  # the text that matched
    span: Span | None

    @property
    def deepest(self) -> RegionUnit | None:
        return self.units[-1] if self.units else None


@dataclass(frozen=True, slots=True)
class DomainMatch:
    domain: str  # code, e.g. rural
    label: str  # 农村
    rule: str
    evidence: str
    span: Span | None


@dataclass(frozen=True, slots=True)
class MechanismMention:
    mechanism: str  # mechanism id
    label: str  # canonical name
    families: tuple[str, ...]  # family ids
    text: str  # as printed
    span: Span
    discovered: bool = False  # from a quoted term, not the lexicon


@dataclass(frozen=True, slots=True)
class AdoptionEvent:
    """A dated statement that a practice or mechanism was adopted somewhere (kg.extract.events).

    ``kind``: first | pilot | start | rollout | codified (from a narrative sentence) or
    awarded (from an award entry, dated by its edition's year). ``year`` is None when a
    relative date had no reference; ``uncertain`` then says why. ``span`` is the evidence
    (the sentence, or the award entry).
    """

    id: str
    case: str  # case id
    kind: str
    practice: str  # normalised practice name ("" when the statement names none)
    practice_text: str  # as printed
    mechanism: str  # mechanism id when the practice is (or contains) a lexicon mechanism, else ""
    mechanism_name: str
    year: int | None
    month: int | None
    day: int | None
    part: str  # part of the year as printed: 春, 底, 上半年 …
    date_text: str  # as printed (2009年春, 次年6月, 第二届)
    date_rule: str  # absolute | relative:… | edition
    uncertain: str  # reason, "" when the date is certain
    region: str  # region code of the deepest unit named ("" none)
    region_rule: str  # sentence | context | case
    place: str  # town, village or street as printed
    cue: str  # the words that gave the kind (首创, 全面实施, 开始 …)
    span: Span


@dataclass(frozen=True, slots=True)
class PracticeMention:
    """A named practice as printed in a text (“五零”工作法, 党员奉献积分制).

    ``name`` is the normalised name (simplified characters, half-width digits
    and signs, quotes removed) that identifies the Practice node; ``text`` is
    the span's text as printed. ``status`` says what the rule found: a
    ``practice``, a ``place_label`` (乳山模式: a practice of 乳山, never a
    mechanism), or a rejected ``slogan`` / ``generic`` term (reported, not
    linked). ``code`` is the problem code for a rejected or place-named term.
    """

    name: str
    text: str
    span: Span
    rule: str  # quoted | quoted_suffix | formula | verb_phrase | carrier
    status: str = "practice"  # practice | place_label | slogan | generic
    place: str = ""  # the place a place_label names (乳山)
    code: str = ""  # problem code for place_label / slogan / generic

    @property
    def accepted(self) -> bool:
        return self.status in ("practice", "place_label")


@dataclass(frozen=True, slots=True)
class Practice:
    """One distinct named practice (a graph node), mapped to a mechanism only on evidence."""

    id: str
    name: str
    family: str  # family id
    mechanism: str | None = None  # mechanism id, or None when no evidence
    evidence: str = ""  # label | synonym | definition
    evidence_text: str = ""  # the words that prove the mapping
    evidence_span: Span | None = None
    reason: str = ""  # why no mechanism (no label or synonym in the name …)
    place: str = ""


@dataclass(slots=True)
class Case:
    """An award-winning case, merged across every record that describes it."""

    id: str
    subject: str
    title: str
    edition: int | None
    tier: str | None
    tier_label: str | None
    rank: int | None
    entries: list[AwardEntry] = field(default_factory=list)
    narratives: list[Narrative] = field(default_factory=list)
    region: RegionMatch | None = None
    domain: DomainMatch | None = None
    mechanisms: list[MechanismMention] = field(default_factory=list)
    practices: list[PracticeMention] = field(default_factory=list)
    subject_group: tuple[str, ...] = ()  # every case of this subject, (edition, id) order; one tuple shared by all
    competition: Competition | None = None  # None: the national series
    edition_key: str = ""  # see kg.ids.edition_key
    year: int | None = None
    category: str = ""
    events: list[AdoptionEvent] = field(default_factory=list)

    @property
    def spans(self) -> list[Span]:
        return [e.span for e in self.entries] + [n.span for n in self.narratives]

    @property
    def same_subject(self) -> list[str]:
        """The other cases of this subject, sorted by id."""
        return sorted(i for i in self.subject_group if i != self.id)

    @property
    def subject_neighbours(self) -> list[str]:
        """The cases of this subject just before and after this one, in (edition, id) order."""
        g = self.subject_group
        if self.id not in g:
            return []
        k = g.index(self.id)
        return [*g[max(0, k - 1) : k], *g[k + 1 : k + 2]]


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    label: str
    props: tuple[tuple[str, object], ...]
    span: Span

    def get(self, key: str, default: object = None) -> object:
        for k, v in self.props:
            if k == key:
                return v
        return default


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    type: str
    props: tuple[tuple[str, object], ...]
    span: Span

    @property
    def key(self) -> str:
        """Deterministic key, unique per (source, target, type, provenance)."""
        return f"{self.type}@{self.span.doc_id}:{self.span.start}-{self.span.end}"
