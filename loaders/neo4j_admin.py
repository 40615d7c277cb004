"""Neo4j Browser style (GraSS) and CSV files for ``neo4j-admin database import full``."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from pathlib import Path

from kg.graph import graph_schema
from kg.model import Edge, Node

from .neo4j_base import edge_props, node_props

__all__ = ["grass", "export_admin_csv"]


def grass() -> str:
    """A Neo4j Browser style sheet (GraSS) with the colours of the HTML views, from schema/graph.toml."""
    s = graph_schema()
    out = [
        "node {\n  diameter: 50px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n  border-width: 2px;\n"
        "  text-color-internal: #FFFFFF;\n  font-size: 10px;\n}\n",
        "relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 8px;\n  padding: 3px;\n"
        "  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n  caption: \"<type>\";\n}\n",
    ]
    for label, d in s.nodes.items():
        out.append(
            f"node.{label} {{\n  color: {d['colour']};\n  border-color: {d['colour']};\n  text-color-internal: #FFFFFF;\n"
            f"  caption: \"{{{d['caption']}}}\";\n}}\n"
        )
    return "".join(out)


def _admin_type(values: list[object]) -> str:
    vs = [v for v in values if v is not None]
    if vs and all(isinstance(v, bool) for v in vs):
        return "boolean"
    if vs and all(isinstance(v, int) and not isinstance(v, bool) for v in vs):
        return "long"
    if vs and all(isinstance(v, (list, tuple)) for v in vs):
        return "string[]"
    return "string"


def _admin_cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return ";".join(str(x) for x in v)
    return str(v)


def export_admin_csv(nodes: list[Node], edges: list[Edge], out: Path) -> list[Path]:
    """CSV files with the headers ``neo4j-admin database import full`` expects; one file per label and per type.

    Import with: ``neo4j-admin database import full --nodes=Case=nodes-Case.csv … --relationships=… neo4j``
    (the written ``import.sh`` lists every file).
    """
    from kg import atomic

    atomic.output_dir(out)
    written: list[Path] = []
    by_label: dict[str, list[dict]] = defaultdict(list)
    for n in nodes:
        by_label[n.label].append(node_props(n))
    label_of = {n.id: n.label for n in nodes}
    args = []
    for label in sorted(by_label):
        rows = by_label[label]
        keys = sorted({k for r in rows for k in r} - {"id"})
        header = [f"id:ID({label})", ":LABEL"] + [f"{k}:{_admin_type([r.get(k) for r in rows])}" for k in keys]
        p = out / f"nodes-{label}.csv"
        fh = io.StringIO(newline="")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r["id"], label] + [_admin_cell(r.get(k)) for k in keys])
        atomic.write_bytes(p, fh.getvalue().encode("utf-8"))
        written.append(p)
        args.append(f"--nodes={p.name}")
    by_type: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for e in edges:
        by_type[(e.type, label_of[e.source], label_of[e.target])].append({"s": e.source, "t": e.target, **edge_props(e)})
    for (typ, a, b) in sorted(by_type):
        rows = by_type[(typ, a, b)]
        keys = sorted({k for r in rows for k in r} - {"s", "t"})
        header = [f":START_ID({a})", f":END_ID({b})", ":TYPE"] + [f"{k}:{_admin_type([r.get(k) for r in rows])}" for k in keys]
        p = out / f"rels-{typ}-{a}-{b}.csv"
        fh = io.StringIO(newline="")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r["s"], r["t"], typ] + [_admin_cell(r.get(k)) for k in keys])
        atomic.write_bytes(p, fh.getvalue().encode("utf-8"))
        written.append(p)
        args.append(f"--relationships={p.name}")
    script = out / "import.sh"
    atomic.write_text(
        script,
        "#!/bin/sh\n# Run inside the Neo4j home (server stopped); imports into a new database named neo4j.\n"
        f"cd \"$(dirname \"$0\")\" && neo4j-admin database import full --overwrite-destination {' '.join(args)} neo4j\n",
    )
    written.append(script)
    return written
