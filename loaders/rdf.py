"""RDF sink (rdflib): the graph as triples under the kg ontology, SPARQL, and SHACL validation.

* Instance IRIs are the graph's own ids under ``ID`` (``…/id/case/e1-best-06``).
* Regions, mechanisms, families and practices are SKOS concepts (``kgo:partOf``,
  ``kgo:broaderFamily``, ``kgo:broaderMechanism``, ``kgo:instanceOf`` and ``kgo:inFamily`` are
  sub-properties of ``skos:broader``, and ``skos:broader`` is also stated directly);
  names are ``skos:prefLabel``/``dcterms:title`` in ``@zh``, definitions ``skos:definition``.
* Provenance is PROV-O: every node ``prov:wasDerivedFrom`` its document with ``kgo:spanStart``/
  ``kgo:spanEnd``; every relationship is asserted directly *and* reified as a ``kgo:Assertion``
  (an ``rdf:Statement``) that carries its document and span.
* Serialisations are made deterministic (sorted) so the same build gives the same bytes.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.config import schema_path
from kg.model import Edge, Node

__all__ = ["KGO", "ID", "to_rdf", "serialize", "sparql", "load_sparql", "validate", "ValidationReport", "iri"]

KGO = Namespace("https://w3id.org/kg-dangjian/ontology#")
ID = Namespace("https://w3id.org/kg-dangjian/id/")

CLASS = {label: KGO[label] for label in ("Document", "Case", "Award", "Edition", "Region", "OrgDomain", "Mechanism",
                                         "MechanismFamily", "Practice")}
PREDICATE = {
    "SOURCED_FROM": KGO.sourcedFrom, "AWARDED": KGO.awarded, "OF_EDITION": KGO.ofEdition, "IN_EDITION": KGO.inEdition,
    "LOCATED_IN": KGO.locatedIn, "PART_OF": KGO.partOf, "IN_DOMAIN": KGO.inDomain, "USES": KGO.uses,
    "BROADER": KGO.broaderFamily, "SAME_SUBJECT": KGO.sameSubject, "NAMES": KGO.namesPractice,
    "INSTANCE_OF": KGO.instanceOf, "IN_FAMILY": KGO.inFamily, "HAS_BROADER": KGO.broaderMechanism,
}
#: relationships that are also stated as skos:broader (the thesaurus hierarchy)
SKOS_BROADER = ("PART_OF", "BROADER", "INSTANCE_OF", "IN_FAMILY", "HAS_BROADER")
SCHEME = {"Region": KGO.RegionScheme, "Mechanism": KGO.MechanismScheme, "MechanismFamily": KGO.MechanismScheme,
          "OrgDomain": KGO.DomainScheme, "Practice": KGO.MechanismScheme}
# property → (predicate, language tag or None)
PROPERTY = {
    "name": (SKOS.prefLabel, "zh"), "en": (SKOS.prefLabel, "en"), "title": (DCTERMS.title, "zh"),
    "subject": (KGO.subject, "zh"), "aliases": (SKOS.altLabel, "zh"), "tier_label": (KGO.tierLabel, "zh"),
    "excerpt": (KGO.excerpt, "zh"), "place": (KGO.place, "zh"), "current_name": (KGO.currentName, "zh"),
    "text": (KGO.text, "zh"), "evidence": (KGO.text, "zh"), "definition": (SKOS.definition, "zh"),
    "mapping": (KGO.mapping, None), "reason": (KGO.reason, "en"), "family": (KGO.familyName, "zh"),
    "mechanism": (KGO.mechanismName, "zh"), "region_rule": (KGO.rule, None), "path": (DCTERMS.identifier, None),
}


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(w.capitalize() for w in rest)


def iri(node_id: str) -> URIRef:
    return ID[node_id]


def _literal(v: object, lang: str | None) -> Literal:
    if isinstance(v, bool):
        return Literal(v, datatype=XSD.boolean)
    if isinstance(v, int):
        return Literal(v, datatype=XSD.integer)
    return Literal(str(v), lang=lang) if lang else Literal(str(v))


def _props(g: Graph, s: URIRef, props: tuple[tuple[str, object], ...]) -> None:
    for k, v in props:
        if k in ("label", "type", "order", "tier_order", "sections"):
            continue
        pred, lang = PROPERTY.get(k, (KGO[_camel(k)], None))
        for x in v if isinstance(v, (list, tuple)) else [v]:
            g.add((s, pred, _literal(x, lang)))


def to_rdf(nodes: list[Node], edges: list[Edge]) -> Graph:
    g = Graph()
    g.bind("kgo", KGO)
    g.bind("kg", ID)
    g.bind("skos", SKOS)
    g.bind("prov", PROV)
    g.bind("dcterms", DCTERMS)
    for n in nodes:
        s = iri(n.id)
        g.add((s, RDF.type, CLASS[n.label]))
        if n.label in SCHEME:
            g.add((s, RDF.type, SKOS.Concept))
            g.add((s, SKOS.inScheme, SCHEME[n.label]))
        if n.label == "MechanismFamily":
            g.add((s, SKOS.topConceptOf, KGO.MechanismScheme))
        _props(g, s, n.props)
        if n.label != "Document":
            g.add((s, PROV.wasDerivedFrom, iri(n.span.doc_id)))
        g.add((s, KGO.spanStart, _literal(n.span.start, None)))
        g.add((s, KGO.spanEnd, _literal(n.span.end, None)))
    for e in edges:
        s, p, o = iri(e.source), PREDICATE[e.type], iri(e.target)
        g.add((s, p, o))
        if e.type in SKOS_BROADER:
            g.add((s, SKOS.broader, o))
        a = ID["assertion/" + hashlib.sha1(f"{e.key}|{e.source}|{e.target}".encode()).hexdigest()[:16]]
        g.add((a, RDF.type, KGO.Assertion))
        g.add((a, RDF.subject, s))
        g.add((a, RDF.predicate, p))
        g.add((a, RDF.object, o))
        g.add((a, PROV.wasDerivedFrom, iri(e.span.doc_id)))
        g.add((a, KGO.spanStart, _literal(e.span.start, None)))
        g.add((a, KGO.spanEnd, _literal(e.span.end, None)))
        _props(g, a, e.props)
    return g


def serialize(g: Graph, fmt: str) -> bytes:
    """Deterministic bytes: N-Triples lines sorted, JSON-LD nodes and keys sorted, Turtle as rdflib sorts it."""
    if fmt == "nt":
        lines = sorted(line for line in g.serialize(format="nt").splitlines() if line.strip())
        return ("\n".join(lines) + "\n").encode("utf-8")
    if fmt == "jsonld":
        data = json.loads(g.serialize(format="json-ld"))
        items = data if isinstance(data, list) else data.get("@graph", [data])
        for it in items:
            for k, v in it.items():
                if isinstance(v, list):
                    it[k] = sorted(v, key=lambda x: json.dumps(x, sort_keys=True, ensure_ascii=False))
        items.sort(key=lambda it: it.get("@id", ""))
        return (json.dumps(items, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")
    if fmt == "ttl":
        text = g.serialize(format="turtle")
        return _sorted_turtle(text).encode("utf-8")
    raise ValueError(fmt)


def _sorted_turtle(text: str) -> str:
    """rdflib writes Turtle subjects in set order; sort the subject blocks (prefix lines first)."""
    head, blocks, cur = [], [], []
    for line in text.splitlines():
        if line.startswith("@prefix") or (not blocks and not cur and not line.strip()):
            head.append(line)
            continue
        if not line.strip():
            if cur:
                blocks.append("\n".join(cur))
                cur = []
            continue
        cur.append(line)
    if cur:
        blocks.append("\n".join(cur))
    head = sorted(h for h in head if h.strip())
    return "\n".join(head) + "\n\n" + "\n\n".join(sorted(blocks)) + "\n"


@functools.cache
def load_sparql(name: str) -> str:
    return schema_path(f"sparql/{name}.rq").read_text(encoding="utf-8")


def sparql(g: Graph, name: str, **bindings: str) -> list[tuple]:
    """Run ``schema/sparql/NAME.rq``; string bindings are bound as @zh literals."""
    init = {k: Literal(v, lang="zh") for k, v in bindings.items()}
    return [tuple(None if x is None else x.toPython() for x in row) for row in g.query(load_sparql(name), initBindings=init)]


class ValidationReport:
    def __init__(self, conforms: bool, results: list[dict], text: str):
        self.conforms = conforms
        self.results = results
        self.text = text


def validate(g: Graph) -> ValidationReport:
    """SHACL validation of a data graph against ``schema/shapes.ttl`` (pyshacl)."""
    from pyshacl import validate as shacl_validate

    shapes = Graph().parse(schema_path("shapes.ttl"), format="turtle")
    conforms, report_graph, text = shacl_validate(
        g, shacl_graph=shapes, inference="none", abort_on_first=False, allow_warnings=False, advanced=True,
    )
    SH = Namespace("http://www.w3.org/ns/shacl#")
    results = []
    for r in report_graph.subjects(RDF.type, SH.ValidationResult):
        def one(p):
            v = report_graph.value(r, p)
            return None if v is None else str(v)

        shape = report_graph.value(r, SH.sourceShape)
        name = None
        if shape is not None:
            name = str(shapes.value(shape, RDFS.label) or shapes.value(shape, SH.name) or
                       (shape if not isinstance(shape, BNode) else ""))
        results.append({
            "focus": one(SH.focusNode), "path": one(SH.resultPath), "message": one(SH.resultMessage),
            "severity": (one(SH.resultSeverity) or "").rsplit("#", 1)[-1], "shape": name or "",
            "constraint": (one(SH.sourceConstraintComponent) or "").rsplit("#", 1)[-1],
        })
    results.sort(key=lambda r: (r["focus"] or "", r["shape"], r["message"] or ""))
    return ValidationReport(bool(conforms), results, text)


def write_rdf(nodes: list[Node], edges: list[Edge], fmt: str, out: Path) -> Path:
    out.write_bytes(serialize(to_rdf(nodes, edges), fmt))
    return out

