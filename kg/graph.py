"""Graph: documents and cases → typed nodes and edges → a networkx MultiDiGraph.

:func:`build_records` is pure and returns :class:`~kg.model.Node` and
:class:`~kg.model.Edge` lists in a deterministic order; :func:`to_networkx`
projects them. Every node and edge carries its provenance as the properties
``doc_id`` (the source document), ``span_start`` and ``span_end``. It runs in two
passes (:func:`case_records`, then :func:`finish_records` once each case's domain and
events are known); the records of events, practices and the thesaurus are made by
:mod:`kg.graph_adoption`.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict

import networkx as nx

from .config import load_toml
from .extract.domains import load_domain_rules
from .extract.mechanisms import Lexicon
from .graph_adoption import _broader_mechanisms, _event_practices, _event_records, _practice_records, _props, _props_of
from .ids import NATIONAL, award_id, competition_id, domain_id, edition_id, region_id
from .model import NODE_LABELS, REL_TYPES, Case, Document, Edge, Node, Practice, Span

__all__ = ["GraphSchema", "graph_schema", "build_records", "to_networkx", "edition_label", "case_mechanisms"]

_ZH_NUM = "零一二三四五六七八九十"


def edition_label(n: int) -> str:
    """Chinese label of an edition number.

    >>> edition_label(2), edition_label(12), edition_label(30), edition_label(150)
    ('第二届', '第十二届', '第三十届', '第150届')
    """
    if n >= 100 or n < 0:
        return f"第{n}届"
    if n <= 10:
        return f"第{_ZH_NUM[n]}届"
    tens, ones = divmod(n, 10)
    return f"第{_ZH_NUM[tens] if tens > 1 else ''}十{_ZH_NUM[ones] if ones else ''}届"


class GraphSchema:
    def __init__(self, cfg: dict):
        self.nodes: dict[str, dict] = cfg["nodes"]
        self.rels: dict[str, dict] = cfg["rels"]
        if tuple(self.nodes) != NODE_LABELS or tuple(self.rels) != REL_TYPES:
            raise ValueError("schema/graph.toml and kg.model disagree on labels or relationship types")


@functools.cache
def graph_schema() -> GraphSchema:
    return GraphSchema(load_toml("graph.toml"))


def case_mechanisms(case: Case, min_body_mentions: int) -> list[tuple[str, list]]:
    """Mechanisms a case uses: any named in a title, or named often enough in a narrative body.

    Returns ``(mechanism id, mentions)`` sorted by id.
    """
    by_id: dict[str, list] = defaultdict(list)
    for m in case.mechanisms:
        by_id[m.mechanism].append(m)
    title_spans = [e.title_span for e in case.entries] + [n.heading_span for n in case.narratives]
    out = []
    titles = [(t.doc_id, t.start, t.end) for t in title_spans]
    for mid in sorted(by_id):
        ms = sorted(by_id[mid], key=lambda m: m.span)
        if len(ms) >= min_body_mentions or _in_a_title(ms, titles):
            out.append((mid, ms))
    return out


def _in_a_title(ms: list, titles: list[tuple[str, int, int]]) -> bool:
    """Whether a mention lies inside one of the title spans (doc_id, start, end)."""
    for m in ms:
        sp = m.span
        d, a, b = sp.doc_id, sp.start, sp.end
        for td, ta, tb in titles:
            if td == d and ta <= a and b <= tb:
                return True
    return False


def build_records(
    documents: list[tuple[Document, str]],
    cases: list[Case],
    lexicon: Lexicon,
    min_body_mentions: int = 2,
    practices: dict[str, Practice] | None = None,
    article_events: list | None = None,
) -> tuple[list[Node], list[Edge]]:
    """All nodes and edges, sorted (nodes by id; edges by source, type, target, span)."""
    nodes, edges = case_records(documents, cases, lexicon, min_body_mentions, practices)
    return finish_records(nodes, edges, documents, cases, lexicon, practices, article_events)


def _node_adder(nodes: dict[str, Node]):
    """``add_node(id, label, span, **props)`` into ``nodes``, keeping each node's earliest provenance (the
    first one made on a tie): the result does not depend on the order records are made in. ``add_node.kept(id,
    span)`` tells whether adding the node again would change nothing."""

    def kept(nid: str, span: Span) -> bool:
        """Whether ``nid`` is held with a provenance no later than ``span``: adding it again changes nothing
        (a caller adding the same shared node for every record skips making its properties)."""
        old = nodes.get(nid)
        if old is None:
            return False
        o = old.span  # spans compared as (doc_id, start, end), without the dataclass comparison's cost
        return not (span.doc_id < o.doc_id or span.doc_id == o.doc_id and (span.start, span.end) < (o.start, o.end))

    def add_node(nid: str, node_label: str, span: Span, /, **props: object) -> None:
        if not kept(nid, span):
            nodes[nid] = Node(nid, node_label, _props_of(props), span)

    add_node.kept = kept  # type: ignore[attr-defined]
    return add_node


def case_records(
    documents: list[tuple[Document, str]],
    cases: list[Case],
    lexicon: Lexicon,
    min_body_mentions: int = 2,
    practices: dict[str, Practice] | None = None,
) -> tuple[dict[str, Node], list[Edge]]:
    """The first pass of :func:`build_records`: documents, and what each case yields but its organisation
    domain and dated events (:func:`finish_records` adds those): it needs nothing of the per-case stage
    (:mod:`kg.casework`), so a large build makes it while that stage runs."""
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    tier_order = {v["code"]: v["order"] for v in load_toml("parse.toml")["tiers"].values()}
    add_node = _node_adder(nodes)
    kept = add_node.kept  # type: ignore[attr-defined]
    for doc, display in documents:
        add_node(doc.id, "Document", Span(doc.id, 0, len(doc.text)), name=doc.name, path=display,
                 encoding=doc.encoding, format=doc.format, sha1=doc.sha1, chars=len(doc.text))
    successor = _same_subject_chain(cases)
    for c in cases:
        first = min(c.spans)
        kinds = ("award" if c.entries else "") + ("+" if c.entries and c.narratives else "") + ("narrative" if c.narratives else "")
        excerpt = ""
        if c.narratives:
            body = next((s.text for s in c.narratives[0].sections if s.text.strip()), "")
            excerpt = body.strip().replace("\n", " ")[:120]
        region = c.region
        add_node(
            c.id, "Case", first, subject=c.subject, title=c.title, edition=c.edition, tier=c.tier,
            competition=_competition_name(c) if c.edition_key else None, edition_key=c.edition_key, year=c.year,
            category=c.category,
            tier_label=c.tier_label, rank=c.rank, kind=kinds, place=region.place if region else None,
            region_rule=region.rule if region else None, excerpt=excerpt,
            sections=tuple(s.kind for s in c.narratives[0].sections) if c.narratives else (),
        )
        for e in c.entries:
            edges.append(Edge(c.id, e.span.doc_id, "SOURCED_FROM", _props(kind="award", layout=e.layout), e.span))
            for again in e.also_at:
                edges.append(Edge(c.id, again.doc_id, "SOURCED_FROM", _props(kind="award-again", layout=e.layout), again))
            aid = award_id(c.id)
            add_node(aid, "Award", e.span, edition=e.edition, tier=e.tier, tier_label=e.tier_label, rank=e.rank,
                     tier_order=e.tier_order if e.tier_order is not None else tier_order.get(e.tier),
                     category=e.category, year=e.year, numbered=e.numbered)
            edges.append(Edge(c.id, aid, "AWARDED", (), e.span))
            edges.append(Edge(aid, edition_id(c.edition_key), "OF_EDITION", (), e.span))
            _edition(add_node, edges, c, e.span)
        for n in c.narratives:
            edges.append(Edge(c.id, n.span.doc_id, "SOURCED_FROM", _props(kind="narrative", date=n.date, practice=n.practice,
                                                                          layout=n.heading_form if n.date or n.practice else ""), n.span))
        if c.edition_key:
            src = c.entries[0].span if c.entries else c.narratives[0].heading_span
            _edition(add_node, edges, c, src)
            edges.append(Edge(c.id, edition_id(c.edition_key), "IN_EDITION", (), src))
        subj_span = c.entries[0].subject_span if c.entries else c.narratives[0].heading_span
        if region is not None and region.units:
            for i, u in enumerate(region.units):
                rid = region_id(u.code)
                if not kept(rid, subj_span):
                    add_node(rid, "Region", subj_span, code=u.code, name=u.name, level=u.level,
                             current_code=u.current_code, current_name=u.current_name, historical=u.historical or None)
                if i:
                    edges.append(Edge(region_id(u.code), region_id(region.units[i - 1].code), "PART_OF", (), subj_span))
            edges.append(Edge(c.id, region_id(region.units[-1].code), "LOCATED_IN",
                              _props(rule=region.rule, place=region.place), subj_span))
        uses = case_mechanisms(c, min_body_mentions)
        for mid, ms in uses:
            m0 = ms[0]
            entry = lexicon.entries.get(mid)
            if not kept(mid, m0.span):
                add_node(mid, "Mechanism", m0.span, name=m0.label, aliases=tuple(entry.aliases) if entry else (),
                         discovered=m0.discovered or None, definition=entry.definition if entry else None)
            edges.append(Edge(c.id, mid, "USES", _props(text=m0.text, mentions=len(ms)), m0.span))
            for fid in m0.families:
                if not kept(fid, m0.span):
                    fam = lexicon.families[fid]
                    add_node(fid, "MechanismFamily", m0.span, name=fam["name"], en=fam["en"])
                edges.append(Edge(mid, fid, "BROADER", (), m0.span))
        if c.id in successor:
            edges.append(Edge(c.id, successor[c.id], "SAME_SUBJECT", (), first))
        if practices:
            used = {mid for mid, _ in uses}
            _practice_records(c, practices, lexicon, used, add_node, edges)
    return nodes, edges


def finish_records(
    nodes: dict[str, Node],
    edges: list[Edge],
    documents: list[tuple[Document, str]],
    cases: list[Case],
    lexicon: Lexicon,
    practices: dict[str, Practice] | None = None,
    article_events: list | None = None,
) -> tuple[list[Node], list[Edge]]:
    """The second pass of :func:`build_records` over :func:`case_records`' nodes and edges: each case's domain
    and dated events, the events of articles, then shared edges kept once and everything sorted."""
    add_node = _node_adder(nodes)
    texts = {doc.id: doc.text for doc, _ in documents}  # evidence sentences travel with their events
    domains = load_domain_rules()
    for c in cases:
        if c.domain is not None:
            subj_span = c.entries[0].subject_span if c.entries else c.narratives[0].heading_span
            did = domain_id(c.domain.domain)
            add_node(did, "OrgDomain", subj_span, code=c.domain.domain, name=c.domain.label,
                     order=domains.order[c.domain.domain])
            edges.append(Edge(c.id, did, "IN_DOMAIN", _props(rule=c.domain.rule, evidence=c.domain.evidence), subj_span))
        _event_records(add_node, edges, c, lexicon, c.events, texts)
    _event_records(add_node, edges, None, lexicon, article_events or [], texts)  # events of articles: no case
    _event_practices(nodes, edges, [e for c in cases for e in c.events] + list(article_events or []), practices or {})
    _broader_mechanisms(nodes, lexicon, add_node, edges)
    # shared edges (PART_OF, BROADER, OF_EDITION …) are kept once, with their earliest provenance
    unique: dict[tuple[str, str, str], Edge] = {}
    shared = _SHARED
    for e in [e for e in edges if e.type in shared]:
        k = (e.source, e.type, e.target)
        old = unique.get(k)
        if old is None or e.span < old.span:
            unique[k] = e
    multi = [e for e in edges if e.type not in shared]
    multi += unique.values()
    return [nodes[k] for k in sorted(nodes)], _sorted_edges(multi)


def _sorted_edges(edges: list[Edge]) -> list[Edge]:
    """``edges`` without repeats, sorted by (source, type, target, doc_id, start, end); edges equal in all
    of these keep the order they were made in. Grouped by source first (a dict), the sources sorted,
    then each group (a few edges) by the rest: long ids are compared far fewer times. A repeat has the
    same sort key as the edge it repeats, so only edges whose keys tie are compared whole."""
    by_source: dict[str, list[Edge]] = {}
    for e in edges:
        group = by_source.get(e.source)
        if group is None:
            by_source[e.source] = [e]
        else:
            group.append(e)
    out: list[Edge] = []
    for src in sorted(by_source):
        group = by_source[src]
        if len(group) > 1:  # span as a plain tuple: the same order, no dataclass compares
            keys = [(e.type, e.target, e.span.doc_id, e.span.start, e.span.end) for e in group]
            order = sorted(range(len(group)), key=keys.__getitem__)
            if len(set(keys)) == len(keys):  # no two keys tie (nearly always): nothing can repeat
                out += [group[i] for i in order]
                continue
            prev = None
            for i in order:
                k = keys[i]
                if k != prev:
                    tie: list[Edge] = []
                    prev = k
                e = group[i]
                if not tie or e not in tie:  # a repeat of an edge already kept
                    tie.append(e)
                    out.append(e)
        else:
            out += group
    return out


@functools.cache
def _national_name() -> str:
    return load_toml("layouts.toml")["series"][NATIONAL][0]


def _competition_name(c: Case) -> str:
    return c.competition.name if c.competition is not None and c.competition.key != NATIONAL else _national_name()


def _edition(add_node, edges: list[Edge], c: Case, span: Span) -> None:
    """The case's Edition node and its competition."""
    comp = c.competition
    key = comp.key if comp is not None else NATIONAL
    if c.edition is not None:
        label = edition_label(c.edition)
    elif c.year is not None:
        label = f"{c.year}年度"
    else:
        label = "未标届次"
    cname = _competition_name(c)
    eid, kept = edition_id(c.edition_key), add_node.kept  # shared by every case of the edition: made once
    if not kept(eid, span):
        add_node(eid, "Edition", span, number=c.edition, year=c.year, name=label,
                 competition=cname, full_name=f"{cname} {label}")
    cid = competition_id(key)
    if not kept(cid, span):
        add_node(cid, "Competition", span, name=cname, key=key,
                 organisers=tuple(comp.organisers) if comp is not None else (),
                 inferred=(comp.inferred or None) if comp else None)
    edges.append(Edge(edition_id(c.edition_key), cid, "OF_COMPETITION", (), span))


_SHARED = frozenset(("PART_OF", "BROADER", "OF_EDITION", "OF_COMPETITION", "INSTANCE_OF", "IN_FAMILY", "HAS_BROADER"))


def _same_subject_chain(cases: list[Case]) -> dict[str, str]:
    """Cases of one subject as a chain in (edition, id) order: n cases cost n-1 edges, not n²/2."""
    successor: dict[str, str] = {}
    for c in cases:
        g = c.subject_group
        if len(g) > 1 and g[0] == c.id:  # each group once, from its first case
            successor.update(zip(g, g[1:]))
    return successor


def to_networkx(nodes: list[Node], edges: list[Edge], flat: bool = False) -> nx.MultiDiGraph:
    """Project records onto a MultiDiGraph; attributes: ``label``/``type``, properties, provenance.

    ``flat=True`` joins list values with ``|`` (for GraphML, which holds scalars only).
    """
    conv = _flat if flat else dict
    g = nx.MultiDiGraph()
    for n in nodes:
        g.add_node(n.id, label=n.label, **conv(n.props), doc_id=n.span.doc_id, span_start=n.span.start, span_end=n.span.end)
    for e in edges:
        g.add_edge(e.source, e.target, key=e.key, type=e.type, **conv(e.props), doc_id=e.span.doc_id,
                   span_start=e.span.start, span_end=e.span.end)
    return g


def _flat(props: tuple[tuple[str, object], ...]) -> dict[str, object]:
    return {k: "|".join(map(str, v)) if isinstance(v, (list, tuple)) else v for k, v in props}


def label_counts(g: nx.MultiDiGraph) -> tuple[Counter, Counter]:
    return Counter(d["label"] for _, d in g.nodes(data=True)), Counter(d["type"] for _, _, d in g.edges(data=True))
