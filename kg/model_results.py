"""The records the extract, resolve and graph stages produce (re-exported by :mod:`kg.model`).

Regions, organisation domains, mechanism and practice mentions, adoption events, the Practice
node, the merged :class:`Case`, and the :class:`Node` / :class:`Edge` records every sink projects.
Import them from :mod:`kg.model`, the one typed vocabulary of kg; this module only keeps that
file under the size the project allows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # pragma: no cover (kg.model imports this module: no import back at run time)
    from .model import AwardEntry, Competition, Narrative, Span

__all__ = [
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
]


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
