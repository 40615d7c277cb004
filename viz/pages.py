"""Writing views to disk: one file per view, or a presentation folder with an index."""

from __future__ import annotations

import re

import html
from pathlib import Path

import networkx as nx

from kg import atomic
from kg.errors import Errors, KgError

from .html import render_html
from .views import View, case_view, edition_view, overview, region_view, spread_view

__all__ = ["make_view", "write_view", "write_all", "all_views"]


def make_view(g: nx.MultiDiGraph, kind: str, args: list[str]) -> View:
    def need(n: int) -> None:
        if len(args) < n:
            raise KgError(f"E701 view {kind!r} needs {n} argument(s)")

    if kind == "overview":
        return overview(g)
    if kind == "spread":
        need(1)
        return spread_view(g, args[0])
    if kind == "region":
        need(1)
        return region_view(g, args[0])
    if kind == "edition":
        need(1)
        return edition_view(g, _edition(args[0]), _edition(args[1]) if len(args) > 1 else None)
    if kind == "case":
        need(1)
        return case_view(g, args[0])
    raise KgError(Errors.E701.format(kind=kind))


def _edition(arg: str) -> int | str:
    """A national edition's number, or another competition's edition key (``c74115c-e5``, see kg-out/graph.json)."""
    a = arg.strip().removeprefix("edition/")
    if re.fullmatch(r"c[0-9a-f]{6}-(?:e\d{1,6}|y\d{4}|d[0-9a-f]{1,12})", a):
        return a
    if not a.isdigit() or len(a) > 6:
        raise KgError(Errors.E703.format(what="an edition", expected="a whole number such as 1 or 2, or an edition key such as c74115c-e5", value=arg))
    return int(a)


def write_view(g: nx.MultiDiGraph, kind: str, args: list[str], out: Path) -> Path:
    atomic.output_file(out)
    view = make_view(g, kind, args)
    atomic.write_text(out, render_html(view))  # UTF-8 whatever the locale
    return out


def all_views(g: nx.MultiDiGraph) -> list[tuple[str, View]]:
    """Every view worth a slide: overview, each edition and the comparison, each province, each
    mechanism used by two or more cases, each family, and each case with a narrative."""
    views: list[tuple[str, View]] = [("overview.html", overview(g))]
    by_competition: dict[str, list[tuple]] = {}
    for n, d in g.nodes(data=True):
        if d.get("label") == "Edition":
            by_competition.setdefault(d.get("competition") or "", []).append((d.get("number") or 0, d.get("year") or 0, n))
    for comp in sorted(by_competition):  # editions are compared only within their competition
        eds = [n.removeprefix("edition/") for _, _, n in sorted(by_competition[comp])]
        for e in eds:
            views.append((f"edition-{e}.html", edition_view(g, e)))
        for a, b in zip(eds, eds[1:]):
            views.append((f"edition-{a}-vs-{b}.html", edition_view(g, a, b)))
    for n, d in sorted(g.nodes(data=True)):
        if d.get("label") == "Region" and d.get("level") == "province":
            views.append((f"region-{d['code']}.html", region_view(g, d["name"])))
    for n, d in sorted(g.nodes(data=True)):
        if d.get("label") == "MechanismFamily":
            views.append((f"family-{n.split('/')[-1]}.html", spread_view(g, d["name"])))
        if d.get("label") == "Mechanism":
            users = [u for u, _, e in g.in_edges(n, data=True) if e["type"] == "USES"]
            if len(users) >= 2:
                views.append((f"spread-{n.split('/')[-1]}.html", spread_view(g, d["name"])))
        if d.get("label") == "Case" and "narrative" in str(d.get("kind", "")):
            views.append((f"case-{n.split('/')[-1]}.html", case_view(g, n)))
    return views


def _time_views(g: nx.MultiDiGraph, out: Path, limit: int = 12) -> list[tuple[str, str, str, str]]:
    """Write ``map-N.html`` and ``timeline-N.html`` for the mechanisms with the most dated adoption events."""
    from .timeline_pages import time_view_html

    counts: dict[str, int] = {}
    for u, v, d in g.edges(data=True):
        if d["type"] == "ADOPTS" and g.nodes[u].get("year") is not None:
            counts[v] = counts.get(v, 0) + 1
    top = sorted(counts, key=lambda m: (-counts[m], g.nodes[m].get("name", m)))[:limit]
    rows = []
    for k, mid in enumerate(top, 1):
        name = g.nodes[mid].get("name", mid)
        for kind in ("map", "timeline"):
            fname = f"{kind}-{k:02d}.html"
            atomic.write_text(out / fname, time_view_html(g, kind, name))
            rows.append((kind, fname, f"{name} ({'地图 map' if kind == 'map' else '时间线 timeline'})", f"{counts[mid]} dated events"))
    return rows


def write_all(g: nx.MultiDiGraph, out: Path) -> list[Path]:
    atomic.output_dir(out)
    written = []
    links = []
    for name, view in all_views(g):
        f = out / name
        atomic.write_text(f, render_html(view))
        written.append(f)
        links.append((view.kind, name, view.title, f"{view.graph.number_of_nodes()} nodes"))
    for kind, name, title, n in _time_views(g, out):  # map and timeline of each mechanism with dated events
        written.append(out / name)
        links.append((kind, name, title, n))
    groups: dict[str, list] = {}
    for kind, name, title, n in links:
        groups.setdefault(kind, []).append((name, title, n))
    body = []
    for kind in ("overview", "edition", "spread", "region", "case", "map", "timeline"):
        if kind not in groups:
            continue
        body.append(f"<h2>{html.escape(kind)}</h2><ul>")
        for name, title, n in groups[kind]:
            body.append(f'<li><a href="{html.escape(name, quote=True)}">{html.escape(title)}</a> <small>({n})</small></li>')
        body.append("</ul>")
    index = out / "index.html"
    atomic.write_text(
        index,
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        "<title>kg views</title><style>body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2em}"
        "li{margin:.2em 0}</style></head><body><h1>kg views</h1>" + "".join(body) + "</body></html>\n",
    )
    written.append(index)
    return written
