"""``kg export --format``: RDF through rdflib (ttl, jsonld, nt) and graph-tool formats through networkx."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from kg import atomic
from kg.export import graphml_graph
from kg.pipeline import Build
from kg.textout import xml_safe

from .rdf import serialize, to_rdf

__all__ = ["FORMATS", "write_format"]

FORMATS = ("ttl", "jsonld", "nt", "graphml", "gexf")


def _xml_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph with every string attribute XML-safe (characters XML 1.0 forbids → U+FFFD)."""

    def clean(d: dict) -> dict:
        return {k: xml_safe(v) if isinstance(v, str) else v for k, v in d.items()}

    h = nx.MultiDiGraph(**clean(g.graph))
    h.add_nodes_from((n, clean(d)) for n, d in g.nodes(data=True))
    h.add_edges_from((u, v, k, clean(d)) for u, v, k, d in g.edges(keys=True, data=True))
    return h


def write_format(b: Build, fmt: str, out: Path) -> Path:
    atomic.output_file(out)
    if fmt in ("ttl", "jsonld", "nt"):
        atomic.write_bytes(out, serialize(to_rdf(b.nodes, b.edges), fmt))
    elif fmt == "graphml":
        buf = io.BytesIO()
        nx.write_graphml(_xml_graph(graphml_graph(b)), buf, encoding="utf-8")
        atomic.write_bytes(out, buf.getvalue())
    elif fmt == "gexf":
        buf = io.BytesIO()
        nx.write_gexf(_xml_graph(graphml_graph(b)), buf, encoding="utf-8", version="1.2draft")
        atomic.write_bytes(out, buf.getvalue())
    else:
        raise ValueError(fmt)
    return out
