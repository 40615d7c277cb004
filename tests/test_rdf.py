"""RDF export, SPARQL agreement with kg spread, SHACL validation."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.analytics import case_region_chain, spread
from kg.cli import main
from kg.loaders.rdf import ID, KGO, serialize, sparql, to_rdf, validate


@pytest.fixture(scope="module")
def rdf(built):
    return to_rdf(built.nodes, built.edges)


@pytest.mark.parametrize("fmt,parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_round_trip(rdf, fmt, parser):
    back = Graph().parse(data=serialize(rdf, fmt).decode("utf-8"), format=parser)
    assert len(back) == len(rdf)
    if fmt == "nt":
        assert isomorphic(back, rdf)


def test_ids_match_the_graph(rdf, built):
    subjects = {str(s) for s in rdf.subjects()}
    assert all(str(ID[n.id]) in subjects for n in built.nodes)


def test_export_is_byte_identical_across_processes(tmp_path):
    outs = []
    for seed in ("1", "2"):
        f = tmp_path / f"kg-{seed}.ttl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg", "export", "--format", "ttl", "--out", str(f)], check=True, env=env,
                       capture_output=True)
        outs.append(f.read_bytes())
    assert outs[0] == outs[1]


def test_sparql_answers_equal_kg_spread(rdf, built):
    g = built.graph
    for name in ("公推直选", "网格化", "党代会常任制", "基层党校"):
        s = spread(g, name)
        rows = sparql(rdf, "spread", mechanism=name)
        assert sorted({r[0].rsplit("/id/", 1)[1] for r in rows}) == s["cases"]
        assert sorted({r[2] for r in rows if r[2]}) == s["provinces"]
    both = {r[0] for r in sparql(rdf, "both_editions")}
    expected = {d["name"] for n, d in g.nodes(data=True) if d["label"] == "Mechanism" and spread(g, d["name"])["editions"] == [1, 2]}
    assert both == expected and "一线工作法" in both  # 上海杨浦 (1), 广西南宁邕宁 (2)
    gansu = {r[0].rsplit("/id/", 1)[1] for r in sparql(rdf, "cases_in_province", province="甘肃省")}
    expected = {c for c, d in g.nodes(data=True) if d["label"] == "Case" and case_region_chain(g, c).get("province", {}).get("name") == "甘肃省"}
    assert gansu == expected and len(gansu) == 7


def test_corpus_conforms(rdf):
    r = validate(rdf)
    assert r.conforms, r.results[:3]


def test_broken_graph_does_not_conform_and_the_report_names_node_and_rule(built):
    nodes = built.nodes
    edges = [e for e in built.edges
             if not (e.source == "case/e1-best-01" and e.type == "IN_EDITION")  # award case without edition
             and not (e.source == "region/440229" and e.type == "PART_OF")]    # county without parent
    g = to_rdf(nodes, edges)
    # a USES edge whose provenance assertion is gone
    use = ID["case/e1-best-08"], KGO.uses, ID["mechanism/gongtui-zhixuan"]
    from rdflib import RDF

    for a in list(g.subjects(RDF.subject, use[0])):
        if (a, RDF.predicate, KGO.uses) in g and (a, RDF.object, use[2]) in g:
            g.remove((a, None, None))
    r = validate(g)
    assert not r.conforms
    by_focus = {(x["focus"].rsplit("/id/", 1)[-1], x["shape"]) for x in r.results}
    assert ("case/e1-best-01", "case: exactly one edition, or a narrative with a source") in by_focus
    assert ("region/440229", "region: every region below province has one parent region") in by_focus
    assert ("case/e1-best-08", "USES: every mechanism use has provenance (document and span)") in by_focus


def test_kg_validate_cli(tmp_path, built):
    r = CliRunner().invoke(main, ["validate"])
    assert r.exit_code == 0 and "conforms" in r.output
    g = to_rdf(built.nodes, [e for e in built.edges if e.type != "PART_OF"])
    f = tmp_path / "broken.ttl"
    f.write_bytes(serialize(g, "ttl"))
    r = CliRunner().invoke(main, ["validate", "--rdf", str(f), "--format", "csv"])
    assert r.exit_code == 1
    assert "region: every region below province has one parent region" in r.output and "region/440229" in r.output


def test_graphml_and_gexf_exports(tmp_path, built):
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        f = tmp_path / f"g.{fmt}"
        r = CliRunner().invoke(main, ["export", "--format", fmt, "--out", str(f)])
        assert r.exit_code == 0, r.output
        h = reader(f)
        assert h.number_of_nodes() == built.graph.number_of_nodes()
        assert h.number_of_edges() == built.graph.number_of_edges()


# ---------------------------------------------------------------------------
# the ontology itself (schema/ontology.ttl)

ONTOLOGY = Path(__file__).resolve().parent.parent / "schema" / "ontology.ttl"
_LITERAL = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|"(?:[^"\\\n]|\\.)*"|<[^>\s]*>')


def _statement_subjects(turtle: str) -> list[str]:
    """The subject of every top-level statement of a Turtle file, in order (literals and IRIs masked first)."""
    body = "\n".join(ln for ln in _LITERAL.sub(lambda m: "L" if m.group(0)[0] == '"' else "<iri>", turtle).splitlines()
                     if not ln.lstrip().startswith(("#", "@prefix")))
    return [s.split()[0] for s in re.split(r"\s\.\s*(?:\n|$)", body + "\n") if s.strip()]


def test_ontology_declares_every_term_once():
    subjects = _statement_subjects(ONTOLOGY.read_text(encoding="utf-8"))
    twice = sorted({s for s in subjects if subjects.count(s) > 1})
    assert not twice, f"declared more than once: {twice}"
    g = Graph().parse(ONTOLOGY, format="turtle")
    from rdflib import OWL, RDF

    props = {s for t in (OWL.ObjectProperty, OWL.DatatypeProperty) for s in g.subjects(RDF.type, t)}
    assert len(props) > 40 and {f"kgo:{p.split('#')[1]}" for p in props} <= set(subjects)


def test_ontology_has_one_label_per_language_per_term():
    from rdflib import RDFS

    g = Graph().parse(ONTOLOGY, format="turtle")
    labels: dict[tuple[str, str | None], list[str]] = {}
    for s, o in g.subject_objects(RDFS.label):
        labels.setdefault((str(s), o.language), []).append(str(o))
    several = {k: v for k, v in labels.items() if len(v) > 1}
    assert not several, f"more than one rdfs:label in a language: {several}"
    terms = {s for s in g.subjects() if str(s).startswith(str(KGO))}
    assert all((str(t), "en") in labels for t in terms), sorted(str(t) for t in terms if (str(t), "en") not in labels)
