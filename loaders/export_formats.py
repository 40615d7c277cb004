"""``kg export --format``: RDF through rdflib (ttl, jsonld, nt) and graph-tool formats through networkx."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from kg.export import graphml_graph
from kg.pipeline import Build

from .rdf import serialize, to_rdf

__all__ = ["FORMATS", "write_format"]

FORMATS = ("ttl", "jsonld", "nt", "graphml", "gexf")


def write_format(b: Build, fmt: str, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt in ("ttl", "jsonld", "nt"):
        out.write_bytes(serialize(to_rdf(b.nodes, b.edges), fmt))
    elif fmt == "graphml":
        buf = io.BytesIO()
        nx.write_graphml(graphml_graph(b), buf, encoding="utf-8")
        out.write_bytes(buf.getvalue())
    elif fmt == "gexf":
        buf = io.BytesIO()
        nx.write_gexf(graphml_graph(b), buf, encoding="utf-8", version="1.2draft")
        out.write_bytes(buf.getvalue())
    else:
        raise ValueError(fmt)
    return out
