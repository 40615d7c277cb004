"""``kg report --out DIR``: the analytics of :mod:`kg.analytics` as markdown and CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx

from . import analytics as A
from . import atomic
from .textout import spreadsheet_cell
from . import practice_analytics as P

__all__ = ["report", "write_report"]


def report(g: nx.MultiDiGraph) -> dict[str, list[dict]]:
    h = A.cooccurrence(g)
    comms = A.communities(h)
    co_rows = [{"mechanism_a": h.nodes[a]["name"], "mechanism_b": h.nodes[b]["name"], "cases_together": d["weight"],
                "cases": sorted(d["cases"])} for a, b, d in sorted(h.edges(data=True), key=lambda t: (-t[2]["weight"], t[0], t[1]))]
    mech_cases = A.mechanism_cases(g, list(h.nodes))
    comm_rows = [{"community": i + 1, "mechanisms": [h.nodes[m]["name"] for m in c],
                  "cases": sorted({x for m in c for x in mech_cases[m]})} for i, c in enumerate(comms)]
    return {
        "mechanisms": A.mechanism_spread_table(g),
        "families": A.family_spread_table(g),
        "provinces": A.province_table(g),
        "cooccurrence": co_rows,
        "communities": comm_rows,
        "similar_cases": A.similar_cases(g),
        "central_mechanisms": A.central_mechanisms(h, g),
        "central_regions": A.central_regions(g),
        **diffusion_section(g),
        "practices": [{k: r[k] for k in ("practice", "mechanism", "evidence", "family", "why_no_mechanism", "place", "cases")}
                      for r in P.practice_table(g)],
        "similar_practices": P.similar_practices(g),
    }


def diffusion_section(g: nx.MultiDiGraph) -> dict[str, list[dict]]:
    """The diffusion tables (kg.chronology): dated adoption events per mechanism."""
    from .chronology import diffusion_table

    return {"diffusion": diffusion_table(g)}


def _cell(v: object) -> str:
    if isinstance(v, (list, tuple)):
        return "|".join(map(str, v))
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return "" if v is None else str(v)


TITLES = {
    "mechanisms": "Spread of each mechanism", "families": "Spread of each mechanism family",
    "provinces": "Provinces: cases by edition and tier, mechanisms", "cooccurrence": "Mechanisms used together",
    "communities": "Communities of the co-occurrence network (Louvain, seed 42)",
    "similar_cases": "Similar cases by shared mechanisms (Jaccard, top 5)",
    "central_mechanisms": "Most central mechanisms (weighted degree in the co-occurrence network)",
    "central_regions": "Most central provinces (degree centrality of shared mechanisms)",
    "diffusion": "Diffusion: first adoption year, years to reach N provinces, share of later adopting provinces "
                 "with an adopting neighbour province first (dated adoption events; adjacency from province outlines)",
    "practices": "Named practices: the mechanism each maps to (evidence) or why none, family, cases",
    "similar_practices": "Similar practices of different cases (rapidfuzz ratio ≥ 70; suggestions, never merged)",
}


def write_report(g: nx.MultiDiGraph, out: Path) -> list[Path]:
    atomic.output_dir(out)
    tables = report(g)
    written = []
    md = io.StringIO()
    md.write("# kg report\n\nEvery row names the cases it counts (column `cases`); the CSV files hold every row.\n")
    for name, rows in tables.items():
        cols = list(rows[0].keys()) if rows else ["(none)"]
        p = out / f"{name}.csv"
        buf = io.StringIO(newline="")
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([spreadsheet_cell(_cell(r.get(c))) for c in cols])
        atomic.write_bytes(p, buf.getvalue().encode("utf-8-sig"))
        written.append(p)
        md.write(f"\n## {TITLES[name]}\n\n`{name}.csv`: {len(rows)} rows")
        shown = rows[:15]
        if shown:
            md.write(f" (first {len(shown)} below)\n\n| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n")
            for r in shown:
                md.write("| " + " | ".join(_cell(r.get(c)).replace("|", "、") for c in cols) + " |\n")
        else:
            md.write("\n")
    p = out / "report.md"
    atomic.write_text(p, md.getvalue())
    written.append(p)
    return written
