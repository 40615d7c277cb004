"""Spread analytics: small functions that take the graph and return plain data.

They read the networkx graph built by :mod:`kg.graph` and never mutate it.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from .errors import Errors, KgError

__all__ = ["find_mechanisms", "spread", "case_region_chain", "mechanism_cases"]


def _nodes(g: nx.MultiDiGraph, label: str):
    return ((n, d) for n, d in g.nodes(data=True) if d.get("label") == label)


def find_mechanisms(g: nx.MultiDiGraph, name: str) -> tuple[str, list[str]]:
    """Mechanism ids named by ``name``: a mechanism (name, alias or id) or a family (all its mechanisms).

    Returns ``(kind, ids)`` with kind ``"mechanism"`` or ``"family"``; raises E601 when nothing matches.
    """
    for n, d in _nodes(g, "Mechanism"):
        if name in (n, d.get("name")) or name in (d.get("aliases") or ()):
            return "mechanism", [n]
    for n, d in _nodes(g, "MechanismFamily"):
        if name in (n, d.get("name"), d.get("en"), n.split("/", 1)[-1]):
            ids = sorted(u for u, _, k in g.in_edges(n, keys=True) if g.nodes[u].get("label") == "Mechanism")
            return "family", ids
    raise KgError(Errors.E601.format(name=name))


def case_region_chain(g: nx.MultiDiGraph, case: str) -> dict[str, dict]:
    """``{level: {"code", "name"}}`` of the region a case is located in, up to its province."""
    out: dict[str, dict] = {}
    region = next((v for _, v, d in g.out_edges(case, data=True) if d["type"] == "LOCATED_IN"), None)
    while region is not None:
        d = g.nodes[region]
        out[d["level"]] = {"code": d["code"], "name": d["name"]}
        region = next((v for _, v, e in g.out_edges(region, data=True) if e["type"] == "PART_OF"), None)
    return out


def mechanism_cases(g: nx.MultiDiGraph, mechanism_ids: list[str]) -> dict[str, list[str]]:
    """Case ids using each mechanism."""
    out: dict[str, list[str]] = {}
    for m in mechanism_ids:
        out[m] = sorted({u for u, _, d in g.in_edges(m, data=True) if d["type"] == "USES"})
    return out


def spread(g: nx.MultiDiGraph, name: str) -> dict:
    """Where and when a mechanism (or a family) appears.

    Returns ``{"query", "kind", "mechanisms", "rows", "first_edition", "editions",
    "provinces", "prefectures", "counties", "cases"}``; each row is one case with
    its region chain and edition.
    """
    kind, ids = find_mechanisms(g, name)
    rows = []
    for mid, cases in mechanism_cases(g, ids).items():
        for c in cases:
            cd = g.nodes[c]
            chain = case_region_chain(g, c)
            rows.append(
                {
                    "mechanism": g.nodes[mid]["name"],
                    "case_id": c,
                    "edition": cd.get("edition"),
                    "tier": cd.get("tier_label", ""),
                    "province": chain.get("province", {}).get("name", ""),
                    "prefecture": chain.get("prefecture", {}).get("name", ""),
                    "county": chain.get("county", {}).get("name", ""),
                    "region_code": next((chain[lv]["code"] for lv in ("county", "prefecture", "province") if lv in chain), ""),
                    "subject": cd.get("subject", ""),
                    "title": cd.get("title", ""),
                }
            )
    rows.sort(key=lambda r: (r["edition"] is None, r["edition"] or 0, r["region_code"], r["case_id"], r["mechanism"]))
    levels: dict[str, set] = defaultdict(set)
    for r in rows:
        for lv in ("province", "prefecture", "county"):
            if r[lv]:
                levels[lv].add(r[lv])
    editions = sorted({r["edition"] for r in rows if r["edition"] is not None})
    return {
        "query": name,
        "kind": kind,
        "mechanisms": sorted(g.nodes[m]["name"] for m in ids),
        "rows": rows,
        "first_edition": editions[0] if editions else None,
        "editions": editions,
        "provinces": sorted(levels["province"]),
        "prefectures": sorted(levels["prefecture"]),
        "counties": sorted(levels["county"]),
        "cases": sorted({r["case_id"] for r in rows}),
    }
