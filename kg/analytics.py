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


def spread(g: nx.MultiDiGraph, name: str, level: str | None = None) -> dict:
    """Where and when a practice, a mechanism (with its narrower mechanisms) or a family appears.

    Returns ``{"query", "kind"/"level", "mechanisms", "practices", "rows", "first_edition",
    "editions", "provinces", "prefectures", "counties", "cases"}``; each row is one case
    with its region chain, edition and the mechanisms / practices that put it there.
    See :func:`kg.practice_analytics.spread_rows`.
    """
    from .practice_analytics import spread_rows

    return spread_rows(g, name, level)


# ---------------------------------------------------------------------------
# report analytics: each returns plain rows; every row names the cases it counts


def _label_nodes(g: nx.MultiDiGraph, label: str) -> list[str]:
    return sorted(n for n, d in g.nodes(data=True) if d.get("label") == label)


def _uses(g: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Case id → mechanism ids it uses."""
    out: dict[str, set[str]] = defaultdict(set)
    for u, v, d in g.edges(data=True):
        if d["type"] == "USES":
            out[u].add(v)
    return out


def _reach(g: nx.MultiDiGraph, cases: list[str]) -> dict:
    """Regions at each level, editions, first edition and provinces new in edition 2, over some cases."""
    levels: dict[str, set[str]] = defaultdict(set)
    prov_by_edition: dict[int, set[str]] = defaultdict(set)
    editions = set()
    for c in cases:
        chain = case_region_chain(g, c)
        ed = g.nodes[c].get("edition")
        if ed is not None:
            editions.add(ed)
        for lv, r in chain.items():
            levels[lv].add(r["name"])
        if "province" in chain and ed is not None:
            prov_by_edition[ed].add(chain["province"]["name"])
    eds = sorted(editions)
    return {
        "provinces": len(levels["province"]), "prefectures": len(levels["prefecture"]), "counties": len(levels["county"]),
        "editions": eds, "first_edition": eds[0] if eds else None,
        "new_provinces_in_edition_2": sorted(prov_by_edition.get(2, set()) - prov_by_edition.get(1, set())),
        "cases": sorted(cases),
    }


def mechanism_spread_table(g: nx.MultiDiGraph) -> list[dict]:
    """Per mechanism (with its narrower mechanisms and the practices that are instances of them):
    provinces, prefectures, counties, editions, first edition, provinces new in edition 2."""
    from .practice_analytics import case_hits, narrower

    rows = []
    for m in _label_nodes(g, "Mechanism"):
        cases = sorted(case_hits(g, "mechanism", [m]))
        rows.append({"mechanism": g.nodes[m]["name"], "id": m,
                     "narrower": [g.nodes[x]["name"] for x in narrower(g, m)], **_reach(g, cases)})
    rows.sort(key=lambda r: (-r["provinces"], -len(r["cases"]), r["mechanism"]))
    return rows


def family_spread_table(g: nx.MultiDiGraph) -> list[dict]:
    """The same per mechanism family, through its mechanisms and its practices (a case counts once per family)."""
    from .practice_analytics import case_hits

    rows = []
    for f in _label_nodes(g, "MechanismFamily"):
        mechs = sorted(u for u, _, d in g.in_edges(f, data=True) if d["type"] == "BROADER")
        practices = sorted(u for u, _, d in g.in_edges(f, data=True) if d["type"] == "IN_FAMILY")
        cases = sorted(case_hits(g, "family", [f]))
        rows.append({"family": g.nodes[f]["name"], "id": f, "mechanisms": len(mechs), "practices": len(practices),
                     **_reach(g, cases)})
    rows.sort(key=lambda r: (-r["provinces"], r["family"]))
    return rows


def province_table(g: nx.MultiDiGraph) -> list[dict]:
    """Per province: its cases by edition and tier, and its mechanisms."""
    by_prov: dict[str, list[str]] = defaultdict(list)
    for c in _label_nodes(g, "Case"):
        chain = case_region_chain(g, c)
        if "province" in chain:
            by_prov[chain["province"]["name"]].append(c)
    uses = _uses(g)
    rows = []
    for p, cases in sorted(by_prov.items()):
        counts: dict[str, int] = defaultdict(int)
        for c in cases:
            d = g.nodes[c]
            counts[f"e{d.get('edition') or '?'} {d.get('tier_label') or 'narrative'}"] += 1
        mechs = sorted({g.nodes[m]["name"] for c in cases for m in uses.get(c, ())})
        rows.append({"province": p, "cases_total": len(cases), "by_edition_tier": dict(sorted(counts.items())),
                     "mechanisms": mechs, "cases": sorted(cases)})
    rows.sort(key=lambda r: (-r["cases_total"], r["province"]))
    return rows


def cooccurrence(g: nx.MultiDiGraph) -> nx.Graph:
    """Mechanisms used together in cases: edge weight = number of such cases, ``cases`` = their ids."""
    h = nx.Graph()
    for m in _label_nodes(g, "Mechanism"):
        h.add_node(m, name=g.nodes[m]["name"])
    for c, ms in sorted(_uses(g).items()):
        ms_sorted = sorted(ms)
        for i, a in enumerate(ms_sorted):
            for b in ms_sorted[i + 1 :]:
                if h.has_edge(a, b):
                    h[a][b]["weight"] += 1
                    h[a][b]["cases"].append(c)
                else:
                    h.add_edge(a, b, weight=1, cases=[c])
    return h


def communities(h: nx.Graph, seed: int = 42) -> list[list[str]]:
    """Louvain communities of the co-occurrence network (fixed seed), isolated mechanisms left out."""
    core = h.subgraph([n for n in h if h.degree(n) > 0])
    if core.number_of_edges() == 0:
        return []
    comms = nx.community.louvain_communities(core, weight="weight", seed=seed)
    return sorted((sorted(c) for c in comms), key=lambda c: (-len(c), c))


def similar_cases(g: nx.MultiDiGraph, k: int = 5) -> list[dict]:
    """For each case with mechanisms, the k cases with the highest Jaccard similarity of mechanism sets."""
    uses = _uses(g)
    by_mech: dict[str, set[str]] = defaultdict(set)
    for c, ms in uses.items():
        for m in ms:
            by_mech[m].add(c)
    rows = []
    for c in sorted(uses):
        cands = {o for m in uses[c] for o in by_mech[m] if o != c}
        scored = sorted(((len(uses[c] & uses[o]) / len(uses[c] | uses[o]), o) for o in cands), key=lambda t: (-t[0], t[1]))
        for rank, (score, o) in enumerate(scored[:k], start=1):
            shared = sorted(g.nodes[m]["name"] for m in uses[c] & uses[o])
            rows.append({"case_id": c, "rank": rank, "similar_case": o, "jaccard": round(score, 4), "shared": shared,
                         "cases": [c, o]})
    return rows


def central_mechanisms(h: nx.Graph, g: nx.MultiDiGraph, top: int = 10) -> list[dict]:
    """Mechanisms by weighted degree in the co-occurrence network, then by number of cases."""
    cases = mechanism_cases(g, list(h.nodes))
    rows = [{"mechanism": h.nodes[m]["name"], "id": m, "weighted_degree": int(h.degree(m, weight="weight")),
             "partners": h.degree(m), "cases": cases[m]} for m in h]
    rows.sort(key=lambda r: (-r["weighted_degree"], -len(r["cases"]), r["mechanism"]))
    return rows[:top]


def central_regions(g: nx.MultiDiGraph, top: int = 10) -> list[dict]:
    """Provinces by how many mechanisms they share with other provinces (degree centrality of the
    province network whose edges are shared mechanisms), then by number of cases."""
    uses = _uses(g)
    prov_mechs: dict[str, set[str]] = defaultdict(set)
    prov_cases: dict[str, list[str]] = defaultdict(list)
    for c in _label_nodes(g, "Case"):
        chain = case_region_chain(g, c)
        if "province" in chain:
            p = chain["province"]["name"]
            prov_cases[p].append(c)
            prov_mechs[p] |= uses.get(c, set())
    pg = nx.Graph()
    pg.add_nodes_from(sorted(prov_mechs))
    provs = sorted(prov_mechs)
    for i, a in enumerate(provs):
        for b in provs[i + 1 :]:
            shared = prov_mechs[a] & prov_mechs[b]
            if shared:
                pg.add_edge(a, b, weight=len(shared))
    cent = nx.degree_centrality(pg) if pg.number_of_nodes() > 1 else {p: 0.0 for p in pg}
    rows = [{"province": p, "degree_centrality": round(cent[p], 4), "shared_with": pg.degree(p),
             "mechanisms": len(prov_mechs[p]), "cases": sorted(prov_cases[p])} for p in pg]
    rows.sort(key=lambda r: (-r["degree_centrality"], -len(r["cases"]), r["province"]))
    return rows[:top]
