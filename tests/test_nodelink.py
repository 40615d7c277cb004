"""graph.json written from the records (kg.nodelink) is byte for byte what networkx's node-link data of
the same records gives (kg.export.graph_json over kg.graph.to_networkx)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from kg.export import graph_json, quality, summary
from kg.graph import label_counts, to_networkx
from kg.model import Edge, Span
from kg.nodelink import graph_json_bytes, indented_json_bytes, node_link, props_floats


def test_bundled_build_graph_json_is_the_networkx_bytes(built):
    g = to_networkx(built.nodes, built.edges)
    assert graph_json_bytes(node_link(built.nodes, built.edges)) == graph_json(g).encode("utf-8")
    s = summary(built)
    nodes, rels = label_counts(g)
    assert s["nodes"] == dict(sorted(nodes.items())) and s["relationships"] == dict(sorted(rels.items()))


@pytest.mark.parametrize("extra", ["none", "float", "float-in-list", "surrogate"])
def test_odd_records_give_the_networkx_bytes(built, extra):
    nodes = sorted(built.nodes[:40], key=lambda n: n.id)
    ids = [n.id for n in nodes]
    sp = Span("doc/x", 1, 5)
    edges = [
        Edge(ids[3], ids[1], "REL", (("a", 1),), sp),
        Edge(ids[3], ids[0], "REL", (), sp),
        Edge(ids[3], ids[1], "REL", (("b", "two"), ("c", ("x", "y"))), sp),  # same key: networkx updates the first
        Edge(ids[0], "node/nowhere", "REL", (), sp),  # a node only an edge names
        Edge("node/elsewhere", ids[2], "OTHER", (), Span("doc/y", 0, 1)),
        Edge(ids[0], ids[3], "REL", (), Span("doc/x", 0, 1)),
    ]
    if extra == "float":
        nodes[5] = dataclasses.replace(nodes[5], props=(*nodes[5].props, ("zz", 1e16)))
    elif extra == "float-in-list":
        nodes[5] = dataclasses.replace(nodes[5], props=(*nodes[5].props, ("zz", ("a", 1e16))))
    elif extra == "surrogate":
        nodes[5] = dataclasses.replace(nodes[5], props=(*nodes[5].props, ("zz", "a\ud800b")))
    want = graph_json(to_networkx(nodes, edges))
    if extra == "surrogate":
        with pytest.raises(UnicodeEncodeError):
            want.encode("utf-8")  # atomic.write_text refused it too: the same error either way
        with pytest.raises(UnicodeEncodeError):
            graph_json_bytes(node_link(nodes, edges))
        return
    assert graph_json_bytes(node_link(nodes, edges)) == want.encode("utf-8")
    assert props_floats(nodes, edges) is extra.startswith("float")
    assert graph_json_bytes(node_link(nodes, edges), props_floats(nodes, edges)) == want.encode("utf-8")
    if extra == "float":
        assert b'"zz":1e+16' in graph_json_bytes(node_link(nodes, edges))


@pytest.mark.parametrize("data", [
    {}, [], {"a": [], "b": {}, "c": [1, {"x": None, "y": True, "n": -3}], "d": "\u2028\x00\x1f\x7f\"\\é𝄞\n"},
    {"k": [[[]]], "z": 1e16}, {1: 2}, {"a": 2**70}, {"b": [{"q": "x"}, {"q": [1, 2]}]},
], ids=["empty", "empty-list", "mixed", "float", "int-key", "big-int", "nested"])
def test_indented_json_is_what_json_dumps_writes(data):
    want = (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    assert indented_json_bytes(data) == want


def test_quality_json_of_the_bundled_build_is_what_json_dumps_writes(built):
    q = quality(built)
    assert len(q["problems"]) > 10
    assert indented_json_bytes(q) == (json.dumps(q, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
