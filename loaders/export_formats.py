"""``kg export --format``: RDF through rdflib (ttl, jsonld, nt) and graph-tool formats through networkx."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from kg import atomic
from kg.export import graphml_graph
from kg.pipeline import Build

from .rdf import serialize, to_rdf

__all__ = ["FORMATS", "write_format"]

FORMATS = ("ttl", "jsonld", "nt", "graphml", "gexf")


def write_format(b: Build, fmt: str, out: Path) -> Path:
    atomic.output_file(out)
    if fmt in ("ttl", "jsonld", "nt"):
        atomic.write_bytes(out, serialize(to_rdf(b.nodes, b.edges), fmt))
    elif fmt == "graphml":
        buf = io.BytesIO()
        nx.write_graphml(graphml_graph(b), buf, encoding="utf-8")
        atomic.write_bytes(out, buf.getvalue())
    elif fmt == "gexf":
        buf = io.BytesIO()
        nx.write_gexf(graphml_graph(b), buf, encoding="utf-8", version="1.2draft")
        atomic.write_bytes(out, buf.getvalue())
    else:
        raise ValueError(fmt)
    return out
