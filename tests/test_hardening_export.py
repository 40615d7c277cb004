"""Exports that always parse back, and `kg validate --rdf` on bad files (issue 13, part 4).

Every control and separator character (U+0000–U+001F, U+007F–U+009F, U+2028, U+2029 — which
include U+000B, U+000C, U+001C and U+0085) is put in a case title and its subject, and every
format is read back with its own reader: the RDF formats and graph.json give the exact text;
GraphML and GEXF give it exactly except for the characters XML 1.0 cannot hold at all, which
come back as U+FFFD.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import networkx as nx
import pytest

from tests.http_recorder import recording_server
from click.testing import CliRunner
from rdflib import Graph
from rdflib.namespace import DCTERMS

from kg.cli import main
from kg.export import graph_json, graphml_bytes
from kg.graph import to_networkx
from kg.loaders.export_formats import write_format
from kg.loaders.rdf import iri, serialize, to_rdf
from kg.pipeline import Build
from kg.textout import xml_safe

CONTROLS = [chr(c) for c in [*range(0x00, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029]]
XML_FORBIDDEN = {chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]}


def tiny_build(built, title: str) -> tuple[Build, str]:
    case = next(n for n in built.nodes if n.label == "Case")
    doc = next(n for n in built.nodes if n.id == case.span.doc_id)
    props = tuple((k, title if k in ("title", "subject") else v) for k, v in case.props)
    case = dataclasses.replace(case, props=props)
    nodes = [doc, case]
    edges = [e for e in built.edges if e.source == case.id and e.target == doc.id]
    b = Build([], [], [], {}, [], nodes, edges, to_networkx(nodes, edges), [])
    return b, case.id


def read_back(fmt: str, path, case_id: str) -> str:
    if fmt in ("ttl", "nt", "jsonld"):
        g = Graph().parse(path, format={"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt])
        return str(g.value(iri(case_id), DCTERMS.title))
    g = nx.read_graphml(path) if fmt in ("graphml", "kg-graphml") else nx.read_gexf(path)
    return g.nodes[case_id]["title"]


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "graphml", "gexf", "kg-graphml", "graph.json"])
@pytest.mark.parametrize("ch", CONTROLS, ids=[f"U+{ord(c):04X}" for c in CONTROLS])
def test_every_control_character_round_trips(built, tmp_path, fmt, ch):
    title = f"标题{ch}第二行{ch}{ch}end\\\"'<&>"
    b, case_id = tiny_build(built, title)
    out = tmp_path / f"x.{fmt}"
    if fmt == "kg-graphml":
        out.write_bytes(graphml_bytes(b))
    elif fmt == "graph.json":
        out.write_text(graph_json(b.graph), encoding="utf-8")
        data = json.loads(out.read_text(encoding="utf-8"))
        assert next(n for n in data["nodes"] if n["id"] == case_id)["title"] == title
        return
    else:
        write_format(b, fmt, out)
    expected = xml_safe(title) if fmt in ("graphml", "gexf", "kg-graphml") else title
    assert read_back(fmt, out, case_id) == expected
    if fmt in ("ttl", "nt"):
        text = out.read_text(encoding="utf-8")
        assert text.splitlines() == text.split("\n")[:-1]  # no line break but "\n" left in the file


def test_all_characters_at_once_and_output_is_deterministic(built):
    title = "".join(CONTROLS) + "\n\n\n"
    b, case_id = tiny_build(built, title)
    for fmt in ("ttl", "nt"):
        data = serialize(to_rdf(b.nodes, b.edges), fmt)
        assert data == serialize(to_rdf(b.nodes, b.edges), fmt)
        g = Graph().parse(data=data.decode("utf-8"), format={"ttl": "turtle", "nt": "nt"}[fmt])
        assert str(g.value(iri(case_id), DCTERMS.title)) == title


# --- kg validate --rdf on files that are not RDF ----------------------------------------------


@pytest.fixture(scope="module")
def recording():
    with recording_server("ctx.jsonld", b'{"@context": {"x": "http://example.org/x"}}', "application/ld+json") as rec:
        yield rec


@pytest.fixture(scope="module")
def recorder(recording):
    return recording.url


BAD_RDF = [
    ("malformed ttl", "x.ttl", b"<a> <b> .\n"),
    ("unterminated literal", "x.ttl", b'<http://a> <http://b> "open .\n'),
    ("binary", "x.ttl", bytes(range(256)) * 4),
    ("nul in nt", "x.nt", b"<http://a> <http://b> \"x\x00\" .\n"),
    ("latin-1", "x.nt", "<http://a> <http://b> \"caf\u00e9\" .\n".encode("latin-1")),
    ("bad json", "x.jsonld", b'{"@id": "http://a", '),
    ("json not jsonld", "x.jsonld", b'{"@context": 5, "@id": 1}'),
    ("empty jsonld", "x.jsonld", b""),
    ("remote context", "x.jsonld", None),
    ("remote import", "x.jsonld", None),
    ("garbage nt", "x.nt", b"this is not n-triples\n"),
    ("deep jsonld", "x.jsonld", b"[" * 100_000 + b"]" * 100_000),  # json.loads: RecursionError (was E999)
    ("deep jsonld object", "x.jsonld", b'{"a":' * 50_000 + b"1" + b"}" * 50_000),
    ("deep ttl", "x.ttl", b"<http://a> <http://b> " + b"[ <http://c> " * 20_000 + b"]" * 20_000 + b" .\n"),
]


@pytest.mark.parametrize("name,filename,data", BAD_RDF, ids=[c[0] for c in BAD_RDF])
def test_validate_rdf_bad_file_is_one_coded_line(name, filename, data, tmp_path, recorder, recording):
    if name == "remote context":
        data = json.dumps({"@context": recorder, "@id": "http://a", "x": "1"}).encode()
    elif name == "remote import":
        data = json.dumps({"@context": {"@import": recorder}, "@id": "http://a"}).encode()
    p = tmp_path / filename
    p.write_bytes(data)
    recording.hits.clear()
    r = CliRunner().invoke(main, ["validate", "--rdf", str(p)])
    assert "Traceback" not in r.output
    assert r.exit_code == 2, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: E"), r.output
    code = lines[0].split()[1]
    assert code in ({"E001"} if not data else {"E540"}), r.output
    assert recording.hits == []


def test_validate_rdf_special_files(tmp_path):
    import os

    fifo = tmp_path / "x.ttl"
    os.mkfifo(fifo)
    for path, code in ((fifo, "E010"), ("/dev/zero", "E010"), (tmp_path / "missing.ttl", "E005"), (tmp_path, "E010")):
        r = CliRunner().invoke(main, ["validate", "--rdf", str(path)])
        assert r.exit_code == 2 and code in r.output and len(r.output.strip().splitlines()) == 1, r.output


def test_validate_rdf_reads_an_export_back(built, tmp_path):
    for fmt in ("ttl", "nt", "jsonld"):
        p = tmp_path / f"kg.{fmt}"
        write_format(built, fmt, p)
        r = CliRunner().invoke(main, ["validate", "--rdf", str(p)])
        assert r.exit_code in (0, 1) and "Traceback" not in r.output
        assert "triples checked" in r.output or "does not conform" in r.output


@pytest.mark.parametrize("literal", ['"abc"^^xsd:integer', '"2010-13-45"^^xsd:date', '"x"^^xsd:dateTime', '"zz"^^xsd:hexBinary'])
def test_validate_rdf_with_an_ill_typed_literal_prints_no_traceback(tmp_path, literal):
    """rdflib logs a traceback for each literal its datatype cannot read; kg's output stays its own lines."""
    p = tmp_path / "lit.ttl"
    p.write_text("@prefix ex: <http://ex/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
                 f"ex:a ex:b {literal} .\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "kg", "validate", "--rdf", str(p)], capture_output=True, text=True, timeout=300)
    assert "Traceback" not in r.stdout + r.stderr and r.returncode in (0, 1), r.stderr
