"""Graph records of adoption: dated events, the practices cases name, and the thesaurus above their mechanisms.

Helpers of :func:`kg.graph.build_records` (kept apart for size): each appends to the ``edges`` it is
given and adds nodes through the ``add_node`` of :func:`kg.graph._node_adder`, which keeps a node's
earliest provenance. :func:`_props` / :func:`_props_of` make every record's sorted properties.
"""

from __future__ import annotations

from .extract.mechanisms import Lexicon
from .ids import region_id
from .model import Case, Edge, Node, Practice, Span

__all__: list[str] = []


def _props(**kv: object) -> tuple[tuple[str, object], ...]:
    if len(kv) == 1:  # most edges have one property: no list to sort
        ((k, v),) = kv.items()
        return () if v is None or v == "" or v == () else ((k, v),)
    return _props_of(kv)


def _props_of(kv: dict[str, object]) -> tuple[tuple[str, object], ...]:
    """Properties sorted by name, without empty values (None, "", ())."""
    return tuple(sorted([(k, v) for k, v in kv.items() if v is not None and v != "" and v != ()]))


def _event_practices(nodes: dict[str, Node], edges: list[Edge], events: list, practices: dict[str, Practice]) -> None:
    """(AdoptionEvent)-[:ADOPTS_PRACTICE]->(Practice) when the practice an event names is a Practice node of the graph."""
    from .extract.practice_rules import normalise_name

    for ev in events:
        p = practices.get(normalise_name(ev.practice)) if ev.practice else None
        if p is not None and p.id in nodes:
            edges.append(Edge(ev.id, p.id, "ADOPTS_PRACTICE", _props(text=ev.practice_text), ev.span))


def _event_records(add_node, edges: list[Edge], c: Case | None, lexicon: Lexicon, events: list,
                   texts: dict[str, str]) -> None:
    """(Case)-[:HAS_EVENT]->(AdoptionEvent)-[:ADOPTS]->(Mechanism), -[:EVENT_IN]->(Region),
    -[:REPORTED_IN]->(Document); events of an article have no case."""
    from .extract.regions import load_gazetteer

    g = load_gazetteer()
    kept = add_node.kept  # shared nodes (mechanisms, families, regions) recur on many events
    for ev in events:
        add_node(ev.id, "AdoptionEvent", ev.span, kind=ev.kind, practice=ev.practice, practice_text=ev.practice_text,
                 mechanism_name=ev.mechanism_name, year=ev.year, month=ev.month, day=ev.day, part=ev.part,
                 date_text=ev.date_text, date_rule=ev.date_rule, uncertain=ev.uncertain, place=ev.place, cue=ev.cue,
                 region_rule=ev.region_rule, case=c.id if c is not None else None,
                 evidence=" ".join(texts.get(ev.span.doc_id, "")[ev.span.start : ev.span.end].split())[:300])
        if c is not None:
            edges.append(Edge(c.id, ev.id, "HAS_EVENT", _props(kind=ev.kind), ev.span))
        edges.append(Edge(ev.id, ev.span.doc_id, "REPORTED_IN", (), ev.span))
        if ev.mechanism:
            entry = lexicon.entries.get(ev.mechanism)
            if entry is not None:
                if not kept(ev.mechanism, ev.span):
                    add_node(ev.mechanism, "Mechanism", ev.span, name=entry.name, aliases=tuple(entry.aliases))
                for fid in entry.families:
                    if not kept(fid, ev.span):
                        fam = lexicon.families[fid]
                        add_node(fid, "MechanismFamily", ev.span, name=fam["name"], en=fam["en"])
                    edges.append(Edge(ev.mechanism, fid, "BROADER", (), ev.span))
            edges.append(Edge(ev.id, ev.mechanism, "ADOPTS", _props(text=ev.practice_text), ev.span))
        if ev.region:
            chain = g.chain(ev.region)
            for i, u in enumerate(chain):
                rid = region_id(u.code)
                if not kept(rid, ev.span):
                    add_node(rid, "Region", ev.span, code=u.code, name=u.name, level=u.level,
                             current_code=u.current_code, current_name=u.current_name, historical=u.historical or None)
                if i:
                    edges.append(Edge(region_id(u.code), region_id(chain[i - 1].code), "PART_OF", (), ev.span))
            edges.append(Edge(ev.id, region_id(ev.region), "EVENT_IN", _props(rule=ev.region_rule, place=ev.place), ev.span))


def _mechanism_node(mid: str, lexicon: Lexicon, span: Span, add_node) -> None:
    e = lexicon.entries[mid]
    add_node(mid, "Mechanism", span, name=e.name, aliases=tuple(e.aliases), definition=e.definition or None)
    for fid in e.families:
        fam = lexicon.families[fid]
        add_node(fid, "MechanismFamily", span, name=fam["name"], en=fam["en"])


def _practice_records(c: Case, practices: dict[str, Practice], lexicon: Lexicon, used: set[str], add_node,
                      edges: list[Edge]) -> None:
    """(Case)-[:NAMES]->(Practice)-[:INSTANCE_OF]->(Mechanism); (Practice)-[:IN_FAMILY]->(MechanismFamily)."""
    for m in c.practices:
        p = practices[m.name]
        mech = lexicon.entries[p.mechanism].name if p.mechanism else None
        fam = lexicon.families[p.family]
        add_node(p.id, "Practice", m.span, name=p.name, family=fam["name"], mechanism=mech, mapping=p.evidence,
                 reason=p.reason, place=p.place, status=m.status)
        edges.append(Edge(c.id, p.id, "NAMES", _props(text=m.text, rule=m.rule), m.span))
        add_node(p.family, "MechanismFamily", m.span, name=fam["name"], en=fam["en"])
        edges.append(Edge(p.id, p.family, "IN_FAMILY", (), m.span))
        if p.mechanism:
            ev_span = p.evidence_span or m.span
            _mechanism_node(p.mechanism, lexicon, ev_span, add_node)
            edges.append(Edge(p.id, p.mechanism, "INSTANCE_OF", _props(mapping=p.evidence, text=p.evidence_text), ev_span))
            for fid in lexicon.entries[p.mechanism].families:
                edges.append(Edge(p.mechanism, fid, "BROADER", (), ev_span))
            if p.mechanism not in used:  # a narrative defines the practice in the mechanism's words
                edges.append(Edge(c.id, p.mechanism, "USES", _props(text=p.evidence_text, mentions=1, mapping=p.evidence),
                                  ev_span))
                used.add(p.mechanism)


def _broader_mechanisms(nodes: dict[str, Node], lexicon: Lexicon, add_node, edges: list[Edge]) -> None:
    """(Mechanism)-[:HAS_BROADER]->(Mechanism) for every mechanism in the graph, up the thesaurus."""
    todo = sorted(n.id for n in nodes.values() if n.label == "Mechanism" and n.id in lexicon.entries)
    seen = set(todo)
    while todo:
        mid = todo.pop(0)
        span = nodes[mid].span
        for b in lexicon.entries[mid].broader:
            _mechanism_node(b, lexicon, span, add_node)
            for fid in lexicon.entries[b].families:
                edges.append(Edge(b, fid, "BROADER", (), span))
            edges.append(Edge(mid, b, "HAS_BROADER", (), span))
            if b not in seen:
                seen.add(b)
                todo.append(b)
