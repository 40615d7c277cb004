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
from kg.errors import Errors, KgError
from kg.model import Edge, Node

__all__ = ["KGO", "ID", "to_rdf", "serialize", "escape_controls", "read_rdf", "sparql", "load_sparql", "validate", "ValidationReport", "iri"]

KGO = Namespace("https://w3id.org/kg-dangjian/ontology#")
ID = Namespace("https://w3id.org/kg-dangjian/id/")

CLASS = {label: KGO[label] for label in ("Document", "Case", "Award", "Edition", "Region", "OrgDomain", "Mechanism",
                                         "MechanismFamily", "Competition", "AdoptionEvent", "Practice")}
PREDICATE = {
    "SOURCED_FROM": KGO.sourcedFrom, "AWARDED": KGO.awarded, "OF_EDITION": KGO.ofEdition, "IN_EDITION": KGO.inEdition,
    "LOCATED_IN": KGO.locatedIn, "PART_OF": KGO.partOf, "IN_DOMAIN": KGO.inDomain, "USES": KGO.uses,
    "BROADER": KGO.broaderFamily, "SAME_SUBJECT": KGO.sameSubject, "OF_COMPETITION": KGO.ofCompetition,
    "HAS_EVENT": KGO.hasEvent, "ADOPTS": KGO.adopts, "EVENT_IN": KGO.eventIn, "REPORTED_IN": KGO.reportedIn,
    "NAMES": KGO.namesPractice,
    "INSTANCE_OF": KGO.instanceOf, "IN_FAMILY": KGO.inFamily, "HAS_BROADER": KGO.broaderMechanism,
    "ADOPTS_PRACTICE": KGO.adoptsPractice,
}
#: relationships that are also stated as skos:broader (the thesaurus hierarchy)
SKOS_BROADER = ("PART_OF", "BROADER", "INSTANCE_OF", "IN_FAMILY", "HAS_BROADER")
SCHEME = {"Region": KGO.RegionScheme, "Mechanism": KGO.MechanismScheme, "MechanismFamily": KGO.MechanismScheme,
          "OrgDomain": KGO.DomainScheme, "Practice": KGO.MechanismScheme}
# property → (predicate, language tag or None)
PROPERTY = {
    "name": (SKOS.prefLabel, "zh"), "en": (SKOS.prefLabel, "en"), "title": (DCTERMS.title, "zh"),
    "subject": (KGO.subject, "zh"), "aliases": (SKOS.altLabel, "zh"), "tier_label": (KGO.tierLabel, "zh"),
    "competition": (KGO.competitionName, "zh"), "full_name": (KGO.fullName, "zh"), "organisers": (KGO.organiser, "zh"),
    "category": (KGO.category, "zh"),
    "excerpt": (KGO.excerpt, "zh"), "place": (KGO.place, "zh"), "current_name": (KGO.currentName, "zh"),
    "text": (KGO.text, "zh"), "evidence": (KGO.text, "zh"), "region_rule": (KGO.rule, None), "path": (DCTERMS.identifier, None),
    "practice": (KGO.practice, "zh"), "practice_text": (KGO.practiceText, "zh"), "date_text": (KGO.dateText, "zh"),
    "mechanism_name": (KGO.mechanismName, "zh"), "cue": (KGO.cue, "zh"), "part": (KGO.part, "zh"),
    "uncertain": (KGO.uncertain, "en"), "definition": (SKOS.definition, "zh"),
    "mapping": (KGO.mapping, None), "reason": (KGO.reason, "en"), "family": (KGO.familyName, "zh"),
    "mechanism": (KGO.mechanismName, "zh"),
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
        text = escape_controls(g.serialize(format="nt"))
        lines = sorted(line for line in text.split("\n") if line.strip())
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
        text = escape_controls(g.serialize(format="turtle"))
        return _sorted_turtle(text).encode("utf-8")
    raise ValueError(fmt)


def _needs_escape(ch: str) -> bool:
    o = ord(ch)
    return o < 0x20 or 0x7F <= o <= 0x9F or o in (0x2028, 0x2029)


def escape_controls(text: str) -> str:
    """Turtle or N-Triples text with every control and line/paragraph separator character inside a
    string literal or IRI written as a ``\\uXXXX`` escape (both grammars' UCHAR), newlines in long
    strings included; outside them the text is unchanged. So every line break of the result is
    structure, and ``str.splitlines`` readers cannot cut a literal in two.
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":  # a comment runs to the end of the line
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(text[i:j])
            i = j
            continue
        if c == "<" or c in "\"'":
            if c == "<":
                close, j = ">", i + 1
            elif text.startswith(c * 3, i):
                close, j = c * 3, i + 3
            else:
                close, j = c, i + 1
            out.append(text[i:j])
            while j < n and not text.startswith(close, j):
                ch = text[j]
                if ch == "\\" and j + 1 < n:
                    out.append(text[j : j + 2])
                    j += 2
                    continue
                out.append(f"\\u{ord(ch):04X}" if _needs_escape(ch) else ch)
                j += 1
            out.append(text[j : j + len(close)])
            i = j + len(close)
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _sorted_turtle(text: str) -> str:
    """rdflib writes Turtle subjects in set order; sort the subject blocks (prefix lines first)."""
    head, blocks, cur = [], [], []
    for line in text.split("\n"):  # not splitlines(): only "\n" ends a line (controls are escaped)
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


RDF_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld"}


def _remote_context(data: object) -> str | None:
    """The first ``@context``/``@import`` that names a document (which rdflib would fetch), else None."""
    if isinstance(data, dict):
        for k, v in data.items():
            if k in ("@context", "@import"):
                for c in v if isinstance(v, list) else [v]:
                    if isinstance(c, str):
                        return c
            found = _remote_context(v)
            if found:
                return found
    elif isinstance(data, list):
        for v in data:
            found = _remote_context(v)
            if found:
                return found
    return None


def read_rdf(path: Path, data: bytes) -> Graph:
    """Parse the bytes of an RDF file (format from its suffix, Turtle by default); anything that is
    not well-formed RDF → one coded line (E540). JSON-LD that names a remote context is refused
    rather than fetched."""
    fmt = RDF_FORMATS.get(path.suffix.lower(), "turtle")
    if not data.strip():
        raise KgError(Errors.E001.format(path=path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KgError(Errors.E540.format(path=path, fmt=fmt, reason=f"not UTF-8 text (byte offset {exc.start})")) from None
    if "\x00" in text:
        raise KgError(Errors.E540.format(path=path, fmt=fmt, reason=f"binary data (NUL at offset {text.index(chr(0))})"))
    if fmt == "json-ld":
        try:
            remote = _remote_context(json.loads(text))
        except ValueError as exc:
            raise KgError(Errors.E540.format(path=path, fmt=fmt, reason=f"bad JSON: {exc}")) from None
        except RecursionError:
            raise KgError(Errors.E540.format(path=path, fmt=fmt, reason="JSON nested too deeply to read")) from None
        if remote is not None:
            raise KgError(Errors.E540.format(path=path, fmt=fmt, reason=f"remote context {remote!r} is not fetched"))
    g = Graph()
    import logging

    term_log = logging.getLogger("rdflib.term")  # logs a traceback for each literal its datatype cannot read
    was, term_log.disabled = term_log.disabled, True  # ("abc"^^xsd:integer); the SHACL shapes report those
    try:
        g.parse(data=text, format=fmt)
    except Exception as exc:  # rdflib's parsers raise many types; this is the boundary  # noqa: BLE001
        lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
        reason = (lines[0] if lines else type(exc).__name__)[:200]
        raise KgError(Errors.E540.format(path=path, fmt=fmt, reason=reason)) from None
    finally:
        term_log.disabled = was
    return g


def write_rdf(nodes: list[Node], edges: list[Edge], fmt: str, out: Path) -> Path:
    from kg import atomic

    atomic.write_bytes(atomic.output_file(out), serialize(to_rdf(nodes, edges), fmt))
    return out

