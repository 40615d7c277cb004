"""View builders: the kg graph → the subgraph one view shows.

Pure functions over the networkx graph of :mod:`kg.graph`; they return a new
graph (node and edge attributes copied, nothing mutated) plus a title. The HTML
rendering lives in :mod:`kg.viz.html`.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.analytics import find_mechanisms
from kg.errors import Errors, KgError

__all__ = ["View", "overview", "spread_view", "region_view", "edition_view", "case_view", "VIEW_KINDS"]

VIEW_KINDS = ("overview", "spread", "region", "edition", "case")


@dataclass
class View:
    kind: str
    arg: str
    title: str
    graph: nx.MultiDiGraph
    focus: tuple[str, ...] = ()  # nodes the view is about
    new_nodes: frozenset[str] = frozenset()  # edition comparison: what is new in the second edition


def _sub(g: nx.MultiDiGraph, nodes: set[str]) -> nx.MultiDiGraph:
    return g.subgraph(sorted(nodes)).copy()


def _label(g, n) -> str:
    return g.nodes[n].get("label", "")


def _out(g, n, typ):
    return sorted(v for _, v, d in g.out_edges(n, data=True) if d["type"] == typ)


def _in(g, n, typ):
    return sorted(u for u, _, d in g.in_edges(n, data=True) if d["type"] == typ)


def _region_chain(g, case) -> list[str]:
    out = []
    for r in _out(g, case, "LOCATED_IN"):
        out.append(r)
        parents = _out(g, r, "PART_OF")
        while parents:
            out.append(parents[0])
            parents = _out(g, parents[0], "PART_OF")
    return out


def overview(g: nx.MultiDiGraph) -> View:
    return View("overview", "", "全图 overview", g.copy())


def spread_view(g: nx.MultiDiGraph, name: str, level: str | None = None) -> View:
    """A practice, a mechanism (with its narrower mechanisms) or a family; the practices that
    carry it, the cases naming or using them, their regions up to province and editions."""
    from kg.practice_analytics import spread_rows

    s = spread_rows(g, name, level)
    lv, ids = s["level"], s["ids"]
    nodes: set[str] = set(ids)
    named = set(s["practices"])
    for c in s["cases"]:
        nodes.add(c)
        nodes.update(_region_chain(g, c))
        nodes.update(_out(g, c, "IN_EDITION"))
        for p in _out(g, c, "NAMES"):
            if g.nodes[p].get("name") in named:
                nodes.add(p)
                nodes.update(_out(g, p, "INSTANCE_OF"))
        if lv != "practice":
            mechs = {m for m in _out(g, c, "USES") if g.nodes[m].get("name") in s["mechanisms"]}
            nodes.update(mechs)
    for m in [n for n in nodes if _label(g, n) == "Mechanism"]:
        nodes.update(_out(g, m, "BROADER"))
        nodes.update(_out(g, m, "HAS_BROADER"))
    title = f"{name} 的扩散 spread of {name} ({lv})"
    return View("spread", name, title, _sub(g, nodes), focus=tuple(ids))


def region_view(g: nx.MultiDiGraph, province: str) -> View:
    """A province, its prefectures and counties, their cases and the mechanisms used there."""
    prov = [n for n, d in g.nodes(data=True) if d.get("label") == "Region" and d.get("level") == "province"
            and province in (d.get("name"), d.get("code"), n, d.get("name", "").rstrip("省市"))]
    if not prov:
        raise KgError(Errors.E702.format(what="province", name=province))
    p = prov[0]
    regions = {p}
    frontier = [p]
    while frontier:
        r = frontier.pop()
        for child in _in(g, r, "PART_OF"):
            if child not in regions:
                regions.add(child)
                frontier.append(child)
    nodes = set(regions)
    for r in regions:
        for c in _in(g, r, "LOCATED_IN"):
            nodes.add(c)
            nodes.update(_out(g, c, "USES"))
    return View("region", province, f"{g.nodes[p]['name']} 的案例与机制", _sub(g, nodes), focus=(p,))


def _edition_id(e: int | str) -> str:
    """``2`` → the national series' ``edition/2``; an edition key or id (``c74115c-e5``) of another series."""
    e = str(e)
    return e if e.startswith("edition/") else f"edition/{e}"


def edition_view(g: nx.MultiDiGraph, edition: int | str, compare_to: int | str | None = None) -> View:
    """Cases of an edition with their mechanisms and provinces; with ``compare_to``, both editions,
    the mechanisms new in ``compare_to`` (absent from ``edition``) marked. A number names an edition
    of the national series; editions of other competitions are named by their key (``kg view
    edition c74115c-e5``), and two editions are compared only within one competition."""
    eds = [edition] + ([compare_to] if compare_to is not None else [])
    if compare_to is not None and _edition_id(edition) in g and _edition_id(compare_to) in g:
        if g.nodes[_edition_id(edition)].get("competition") != g.nodes[_edition_id(compare_to)].get("competition"):
            raise KgError(Errors.E702.format(what="edition of the same competition as", name=edition))
    nodes: set[str] = set()
    by_edition: dict[int | str, set[str]] = {e: set() for e in eds}
    for e in eds:
        eid = _edition_id(e)
        if eid not in g:
            raise KgError(Errors.E702.format(what="edition", name=e))
        nodes.add(eid)
        for c in _in(g, eid, "IN_EDITION"):
            nodes.add(c)
            ms = _out(g, c, "USES")
            nodes.update(ms)
            by_edition[e].update(ms)
            nodes.update(_region_chain(g, c))  # county → prefecture → province, so the map stays connected
    new: frozenset[str] = frozenset()
    if compare_to is not None:
        new = frozenset(by_edition[compare_to] - by_edition[edition])
        title = f"第{edition}届 → 第{compare_to}届: {len(new)} 个新机制 new mechanisms"
        arg = f"{edition} {compare_to}"
    else:
        title, arg = f"第{edition}届 edition {edition}", str(edition)
    if not str(edition).isdigit():
        title = g.nodes[_edition_id(edition)].get("full_name") or title
    return View("edition", arg, title, _sub(g, nodes), focus=tuple(_edition_id(e) for e in eds), new_nodes=new)


def case_view(g: nx.MultiDiGraph, case_id: str) -> View:
    """A case and its neighbourhood: mechanisms, region chain, award, edition, sources, cases sharing mechanisms."""
    cid = case_id if case_id.startswith("case/") else f"case/{case_id}"
    if cid not in g or _label(g, cid) != "Case":
        raise KgError(Errors.E702.format(what="case", name=case_id))
    nodes = {cid}
    nodes.update(_region_chain(g, cid))
    for typ in ("USES", "AWARDED", "IN_EDITION", "SOURCED_FROM", "IN_DOMAIN", "SAME_SUBJECT"):
        nodes.update(_out(g, cid, typ))
    nodes.update(_in(g, cid, "SAME_SUBJECT"))
    for m in _out(g, cid, "USES"):
        nodes.update(_in(g, m, "USES"))
        nodes.update(_out(g, m, "BROADER"))
    d = g.nodes[cid]
    return View("case", cid, f"{d.get('subject', '')}:{d.get('title', '')}", _sub(g, nodes), focus=(cid,))
