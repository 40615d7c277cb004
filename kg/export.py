"""File outputs of ``kg build --out DIR``: graph.json, graph.graphml, cases.csv, quality.json/.md.

Writers are deterministic: sorted keys, sorted rows, fixed line endings, so the
same input gives byte-identical files.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

import networkx as nx

from .graph import case_mechanisms, label_counts
from .model import Case
from .pipeline import Build

__all__ = ["CASE_COLUMNS", "write_outputs", "case_rows", "summary", "graph_json", "graphml_graph"]

CASE_COLUMNS = (
    "case_id", "kind", "edition", "tier", "rank", "subject", "title", "province", "prefecture", "county",
    "region_code", "org_domain", "mechanisms", "mechanism_families", "linked_case_ids", "source", "span_start", "span_end",
)


def _region_cells(c: Case) -> dict[str, str]:
    cells = {"province": "", "prefecture": "", "county": "", "region_code": ""}
    if c.region and c.region.units:
        for u in c.region.units:
            cells[u.level] = u.name
        cells["region_code"] = c.region.units[-1].code
    return cells


def case_rows(b: Build, min_body_mentions: int = 2) -> list[dict[str, str]]:
    """One row per award entry and per narrative (sorted by case id, kind, source, offset)."""
    from .extract.mechanisms import load_lexicon

    lex = load_lexicon()
    by_id = {c.id: c for c in b.cases}
    source_of = {r.key: r.source for r in b.records}
    rows = []
    mech_cache: dict[str, tuple[str, str]] = {}
    for r in b.records:
        c = by_id[b.record_case[r.key]]
        if c.id not in mech_cache:
            used = case_mechanisms(c, min_body_mentions)
            names = [ms[0].label for _, ms in used]
            fams = sorted({lex.families[f]["name"] for _, ms in used for f in ms[0].families})
            mech_cache[c.id] = ("|".join(names), "|".join(fams))
        mechs, fams = mech_cache[c.id]
        span = r.span
        rows.append(
            {
                "case_id": c.id,
                "kind": "award" if r.entry else "narrative",
                "edition": str(c.edition or ""),
                "tier": c.tier_label or "",
                "rank": str(c.rank or ""),
                "subject": r.subject,
                "title": r.title,
                **_region_cells(c),
                "org_domain": c.domain.label if c.domain else "",
                "mechanisms": mechs,
                "mechanism_families": fams,
                "linked_case_ids": "|".join(c.same_subject),
                "source": source_of[r.key],
                "span_start": str(span.start),
                "span_end": str(span.end),
            }
        )
    rows.sort(key=lambda row: (row["case_id"], row["kind"], row["source"], int(row["span_start"])))
    return rows


def graph_json(g: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(g, edges="edges")
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1, default=list) + "\n"


def graphml_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attribute values GraphML can hold (lists joined with ``|``)."""
    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: _scalar(v) for k, v in d.items()})
    for u, v, k, d in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **{a: _scalar(x) for a, x in d.items()})
    return h


def _scalar(v: object) -> object:
    if isinstance(v, (list, tuple)):
        return "|".join(map(str, v))
    return v


def quality(b: Build) -> dict:
    docs = [
        {"source": name, "document_id": d.id, "encoding": d.encoding, "format": d.format, "chars": len(d.text)}
        for d, name in b.documents
    ]
    problems = [
        {"code": p.code, "severity": p.severity, "message": p.message, "source": p.source, "offset": p.offset,
         "line": p.line, "column": p.column, "context": p.context}
        for p in b.problems
    ]
    counts = Counter(p.code for p in b.problems)
    return {"documents": docs, "counts": dict(sorted(counts.items())), "problems": problems}


def quality_markdown(q: dict) -> str:
    out = io.StringIO()
    out.write("# Quality report\n\n## Documents\n\n| source | encoding | format | chars |\n|---|---|---|---|\n")
    for d in q["documents"]:
        out.write(f"| {d['source']} | {d['encoding']} | {d['format']} | {d['chars']} |\n")
    out.write("\n## Problems by code\n\n| code | count |\n|---|---|\n")
    for code, n in q["counts"].items():
        out.write(f"| {code} | {n} |\n")
    out.write("\n## All problems\n\n| severity | code | source | line:col (offset) | message |\n|---|---|---|---|---|\n")
    for p in q["problems"]:
        where = f"{p['line']}:{p['column']} ({p['offset']})" if p["offset"] >= 0 else ""
        msg = p["message"].replace("|", "\\|")
        out.write(f"| {p['severity']} | {p['code']} | {p['source']} | {where} | {msg} |\n")
    return out.getvalue()


def summary(b: Build) -> dict:
    nodes, rels = label_counts(b.graph)
    per = Counter((e.edition, e.tier_label) for p in b.parsed for e in p.entries)
    announced = {(ed, tier): n for p in b.parsed for ed, tier, n in p.announced}
    return {
        "documents": len(b.documents),
        "chars": b.chars,
        "entries": dict(sorted(((f"{ed}", tier), n) for (ed, tier), n in per.items())),
        "announced": announced,
        "narratives": sum(len(p.narratives) for p in b.parsed),
        "cases": len(b.cases),
        "nodes": dict(sorted(nodes.items())),
        "relationships": dict(sorted(rels.items())),
        "problems": dict(sorted(Counter(p.severity for p in b.problems).items())),
    }


def write_outputs(b: Build, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    p = out / "graph.json"
    p.write_text(graph_json(b.graph), encoding="utf-8", newline="\n")
    written.append(p)
    p = out / "graph.graphml"
    buf = io.BytesIO()
    nx.write_graphml(graphml_graph(b.graph), buf, encoding="utf-8", prettyprint=True)
    p.write_bytes(buf.getvalue())
    written.append(p)
    p = out / "cases.csv"
    sbuf = io.StringIO(newline="")
    w = csv.DictWriter(sbuf, fieldnames=CASE_COLUMNS, lineterminator="\r\n")
    w.writeheader()
    w.writerows(case_rows(b))
    p.write_bytes(sbuf.getvalue().encode("utf-8-sig"))
    written.append(p)
    q = quality(b)
    p = out / "quality.json"
    p.write_text(json.dumps(q, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8", newline="\n")
    written.append(p)
    p = out / "quality.md"
    p.write_text(quality_markdown(q), encoding="utf-8", newline="\n")
    written.append(p)
    return written
