"""Render a :class:`~kg.viz.views.View` as one self-contained, safe HTML file.

pyvis assembles the vis-network nodes, edges and options; the page is rendered
from kg's own template rather than pyvis's, because pyvis 0.3.2 loads Bootstrap
from a CDN in every ``cdn_resources`` mode, does not escape its heading, and
shows a title containing "href" through ``innerHTML``. Here:

* vis-network's JS and CSS (shipped inside the pyvis package) are inlined; the
  page makes no network request;
* every text from the documents reaches the page as JSON data (``<``, ``>`` and
  ``&`` escaped) and is put into the DOM with ``textContent`` only; labels are
  drawn on the canvas; the heading is HTML-escaped;
* positions are computed beforehand with networkx (fixed seed; see :func:`layout`)
  and physics is off, so the page is usable at once and two renderings are identical.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import math
from importlib import resources

import networkx as nx

from kg.graph import graph_schema

from .views import View

__all__ = ["render_html", "layout", "safe_json", "EDITION_COLOURS"]

SEED = 42
#: Cases are coloured by edition in spread views.
NEW_COLOUR = ("#f1c40f", "#7a5c00")  # mechanisms new in the later edition of a comparison
EDITION_COLOURS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"]
FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Hiragino Sans GB", sans-serif'
LABEL_EDGE_LIMIT = 2000  # above this many edges, edge labels go to tooltips only (drawing speed)


@functools.cache
def _asset(name: str) -> str:
    return resources.files("pyvis").joinpath(f"templates/lib/vis-9.1.2/{name}").read_text(encoding="utf-8")


def safe_json(obj: object) -> str:
    """JSON that can stand inside a ``<script>`` element whatever the strings hold."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


SATELLITES = ("Case", "Award", "AdoptionEvent", "Practice")  # placed beside their neighbours in large graphs
SPRING_LIMIT = 300


def layout(g: nx.MultiDiGraph, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """Deterministic positions.

    Up to ``SPRING_LIMIT`` nodes: a spring layout of the whole graph. Above: a spring layout of
    the structural nodes only (regions, mechanisms, editions, domains, documents), then each
    case placed beside its neighbours at a hash-derived angle, then each award beside its case —
    linear in the number of cases, so a 10 000-node page is written in seconds.
    """
    und = nx.Graph(g.to_undirected(as_view=True))
    nodes = sorted(und.nodes)
    if not nodes:
        return {}
    scale = 120 * math.sqrt(len(nodes))
    if len(nodes) <= SPRING_LIMIT:
        pos = nx.spring_layout(und.subgraph(nodes), seed=seed, scale=scale, iterations=60)
        return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in sorted(pos.items())}
    hubs = [n for n in nodes if g.nodes[n].get("label") not in SATELLITES]
    hubset = set(hubs)
    # the few very high-degree hubs (editions, domains, documents) that every case touches are placed
    # last, beside the centroid of what they connect; the rest is connected through the cases
    big = {n for n in hubs if und.degree(n) > max(30, len(nodes) // 20)}
    core = nx.Graph(und.subgraph([n for n in hubs if n not in big]))
    for c in nodes:
        if g.nodes[c].get("label") == "Case":
            ends = sorted(m for m in und.neighbors(c) if m in hubset and m not in big)
            for i, a in enumerate(ends):
                for b in ends[i + 1 :]:
                    w = core[a][b].get("weight", 1) + 1 if core.has_edge(a, b) else 1
                    core.add_edge(a, b, weight=w)
    pos = nx.spring_layout(core, seed=seed, scale=scale, iterations=50, weight="weight") if hubs else {}
    out = {n: (float(x), float(y)) for n, (x, y) in pos.items()}
    for group in (*SATELLITES, "hub"):
        for n in nodes:
            if n in out or (g.nodes[n].get("label") != group if group != "hub" else n not in big):
                continue
            placed = [(m, out[m]) for m in sorted(und.neighbors(n)) if m in out]
            weights = [1.0 / max(1, und.degree(m)) for m, _ in placed]
            total = sum(weights) or 1.0
            cx = sum(w * p[0] for w, (_, p) in zip(weights, placed)) / total if placed else 0.0
            cy = sum(w * p[1] for w, (_, p) in zip(weights, placed)) / total if placed else 0.0
            h = int.from_bytes(hashlib.sha1(n.encode("utf-8")).digest()[:8], "little")
            angle = (h % 3600) / 3600 * 2 * math.pi
            r = {"Award": 15, "Case": 25, "AdoptionEvent": 15, "Practice": 20}.get(group, 0.12 * scale) + (h // 3600) % 60
            out[n] = (cx + r * math.cos(angle), cy + r * math.sin(angle))
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in sorted(out.items())}


def _tooltip(d: dict) -> list[str]:
    """Lines of a node's tooltip (plain text)."""
    label = d.get("label", "")
    lines = [label]
    keys = {
        "Case": ("subject", "title", "edition", "tier_label", "rank", "region_chain", "place", "kind", "excerpt", "doc_id", "span_start"),
        "Region": ("name", "code", "level", "current_name", "current_code"),
        "Mechanism": ("name", "aliases", "definition", "discovered"),
        "Practice": ("name", "mechanism", "mapping", "family", "reason", "place", "doc_id", "span_start"),
    }.get(label, ("name", "code", "tier_label", "rank", "edition", "path"))
    for k in keys:
        v = d.get(k)
        if v in (None, "", ()):
            continue
        if isinstance(v, (list, tuple)):
            v = "、".join(map(str, v))
        lines.append(f"{k}: {v}")
    if d.get("excerpt"):
        lines.append(f"source: {d.get('doc_id')} [{d.get('span_start')}:{d.get('span_end')}]")
    return lines


def _caption(d: dict, caption_key: str) -> str:
    text = str(d.get(caption_key) or d.get("name") or d.get("id") or "")
    return text if len(text) <= 18 else text[:17] + "…"


def render_html(view: View, physics: bool = False) -> str:
    """The view as a complete HTML document (a ``str``; write it as UTF-8)."""
    from pyvis.network import Network

    schema = graph_schema()
    g = view.graph
    pos = layout(g)
    degree = dict(g.degree())
    # region chain text for case tooltips
    chains: dict[str, str] = {}
    for n, d in g.nodes(data=True):
        if d.get("label") == "Case":
            chain = []
            for _, r, e in g.out_edges(n, data=True):
                if e["type"] == "LOCATED_IN":
                    cur = r
                    while cur is not None:
                        chain.append(g.nodes[cur].get("name", cur))
                        cur = next((v for _, v, e2 in g.out_edges(cur, data=True) if e2["type"] == "PART_OF"), None)
            chains[n] = " ← ".join(chain)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    meta: dict[str, dict] = {}
    editions = sorted({d.get("edition") for _, d in g.nodes(data=True) if d.get("label") == "Case" and d.get("edition")})
    for n in sorted(g.nodes):
        d = dict(g.nodes[n])
        d["id"] = n
        if n in chains:
            d["region_chain"] = chains[n]
        label = d.get("label", "")
        style = schema.nodes.get(label, {})
        colour = style.get("colour", "#999999")
        if view.kind == "spread" and label == "Case" and d.get("edition"):
            colour = EDITION_COLOURS[(int(d["edition"]) - 1) % len(EDITION_COLOURS)]
        if n in view.new_nodes:
            colour = NEW_COLOUR[0]
        border = NEW_COLOUR[1] if n in view.new_nodes else "#000000" if n in view.focus else colour
        x, y = pos.get(n, (0.0, 0.0))
        net.add_node(
            n, label=_caption(d, style.get("caption", "name")), shape=style.get("shape", "dot"),
            color={"background": colour, "border": border}, borderWidth=4 if n in view.focus else 2 if n in view.new_nodes else 1,
            size=round(8 + 5 * math.sqrt(degree.get(n, 0)), 1), x=x, y=y, physics=physics,
        )
        meta[n] = {
            "type": label, "edition": d.get("edition"), "tier": d.get("tier_label"),
            "tip": _tooltip(d), "name": str(d.get("subject") or d.get("name") or n), "new": n in view.new_nodes,
        }
    show_edge_labels = g.number_of_edges() <= LABEL_EDGE_LIMIT
    for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda t: (t[0], t[1], t[2])):
        rel = schema.rels.get(d["type"], {})
        net.add_edge(u, v, label=(rel.get("zh", d["type"]) if show_edge_labels else None), id=f"{u}|{v}|{k}",
                     arrows="to", color="#b0b0b0")
    nodes, edges, _, _, _, _ = net.get_network_data()
    for e in edges:
        if e.get("label") is None:
            e.pop("label", None)
        meta_e = g.edges[e["from"], e["to"], e["id"].split("|", 2)[2]]
        e["kgTip"] = [meta_e["type"], f"source: {meta_e.get('doc_id')} [{meta_e.get('span_start')}:{meta_e.get('span_end')}]"]
    options = {
        "physics": {"enabled": physics, "stabilization": {"iterations": 150}},
        "layout": {"randomSeed": SEED, "improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": len(edges) > 1000,
                        "hideEdgesOnZoom": len(edges) > 1000},
        "nodes": {"font": {"face": FONT_STACK, "size": 14}},
        "edges": {"font": {"face": FONT_STACK, "size": 10, "align": "middle"}, "smooth": False,
                  "arrows": {"to": {"scaleFactor": 0.5}}},
    }
    legend = [{"type": k, "zh": v.get("zh", ""), "colour": v["colour"], "shape": v["shape"]}
              for k, v in schema.nodes.items() if any(m["type"] == k for m in meta.values())]
    data = {
        "nodes": nodes, "edges": edges, "meta": meta, "options": options, "legend": legend,
        "editions": editions, "editionColours": EDITION_COLOURS if view.kind == "spread" else [],
        "newLegend": [NEW_COLOUR[0], f"新机制 new in {view.arg.split()[-1]}"] if view.new_nodes else None,
        "view": {"kind": view.kind, "arg": view.arg, "focus": list(view.focus)},
    }
    return _TEMPLATE.format(
        title=html.escape(view.title, quote=True),
        font=FONT_STACK,
        vis_css=_asset("vis-network.css"),
        vis_js=_asset("vis-network.min.js").replace("</script", "<\\/script"),
        data=safe_json(data),
        app_js=_APP_JS,
    )


_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{vis_css}</style>
<style>
html, body {{ margin: 0; height: 100%; font-family: {font}; background: #ffffff; color: #222; }}
#bar {{ position: absolute; top: 0; left: 0; right: 0; padding: 6px 10px; background: #f6f6f6; border-bottom: 1px solid #ddd; z-index: 2; display: flex; gap: 10px; align-items: center; flex-wrap: wrap; font-size: 13px; }}
#bar h1 {{ font-size: 15px; margin: 0 12px 0 0; font-weight: 600; }}
#network {{ position: absolute; top: 74px; left: 0; right: 0; bottom: 0; }}
#legend span.sw {{ display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin: 0 3px 0 8px; vertical-align: -1px; }}
#types label {{ margin-right: 6px; }}
div.vis-tooltip {{ font-family: {font}; white-space: normal; max-width: 420px; }}
div.vis-tooltip div {{ margin: 1px 0; }}
</style>
</head>
<body>
<div id="bar">
  <h1 id="heading">{title}</h1>
  <input id="search" list="names" placeholder="搜索 search…" size="18" aria-label="search">
  <datalist id="names"></datalist>
  <select id="pick" aria-label="select node"><option value="">— 选择节点 select —</option></select>
  <select id="edition" aria-label="edition"><option value="">全部届次 all editions</option></select>
  <select id="tier" aria-label="tier"><option value="">全部等级 all tiers</option></select>
  <span id="types"></span>
  <button id="reset" type="button">重置 reset</button>
  <span id="legend"></span>
</div>
<div id="network"></div>
<script>{vis_js}</script>
<script id="kg-data" type="application/json">{data}</script>
<script>{app_js}</script>
</body>
</html>
"""

# The page logic: builds every piece of document text with textContent, never innerHTML.
_APP_JS = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var meta = DATA.meta;
  function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) e.textContent = String(text); return e; }
  function tip(lines) { var box = el("div"); lines.forEach(function (l) { box.appendChild(el("div", l)); }); return box; }
  DATA.nodes.forEach(function (n) { n.title = tip(meta[n.id].tip); n._bg = n.color; });
  DATA.edges.forEach(function (e) { e.title = tip(e.kgTip); delete e.kgTip; });
  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var filters = { edition: "", tier: "", types: {} };
  Object.keys(meta).forEach(function (id) { filters.types[meta[id].type] = true; });
  function visible(n) {
    var m = meta[n.id];
    if (!filters.types[m.type]) return false;
    if (m.type === "Case") {
      if (filters.edition && String(m.edition) !== filters.edition) return false;
      if (filters.tier && m.tier !== filters.tier) return false;
    }
    return true;
  }
  var nodeView = new vis.DataView(nodes, { filter: visible });
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edges }, DATA.options);
  window.kgNetwork = network;
  window.kgStats = { nodes: nodes.length, edges: edges.length };
  network.once("afterDrawing", function () {
    window.kgFirstDraw = performance.now();
    document.body.setAttribute("data-drawn", "1");
  });
  // legend
  var legend = document.getElementById("legend");
  DATA.legend.forEach(function (l) {
    var sw = el("span"); sw.className = "sw"; sw.style.background = l.colour;
    legend.appendChild(sw); legend.appendChild(el("span", l.zh + " " + l.type));
  });
  DATA.editionColours.forEach(function (c, i) {
    if (DATA.editions.indexOf(i + 1) < 0) return;
    var sw = el("span"); sw.className = "sw"; sw.style.background = c;
    legend.appendChild(sw); legend.appendChild(el("span", "第" + (i + 1) + "届"));
  });
  if (DATA.newLegend) {
    var nsw = el("span"); nsw.className = "sw"; nsw.style.background = DATA.newLegend[0];
    legend.appendChild(nsw); legend.appendChild(el("span", DATA.newLegend[1]));
  }
  // menus
  var names = document.getElementById("names"), pick = document.getElementById("pick");
  var byName = {};
  Object.keys(meta).sort().forEach(function (id) {
    var label = meta[id].name + " (" + meta[id].type + ")";
    byName[label] = id; byName[meta[id].name] = byName[meta[id].name] || id;
    var o = el("option"); o.value = label; names.appendChild(o);
    var p = el("option", label); p.value = id; pick.appendChild(p);
  });
  var edSel = document.getElementById("edition");
  DATA.editions.forEach(function (e) { var o = el("option", "第" + e + "届"); o.value = String(e); edSel.appendChild(o); });
  var tierSel = document.getElementById("tier");
  Array.from(new Set(Object.keys(meta).map(function (id) { return meta[id].tier; }).filter(Boolean))).sort()
    .forEach(function (t) { var o = el("option", t); o.value = t; tierSel.appendChild(o); });
  var types = document.getElementById("types");
  Object.keys(filters.types).sort().forEach(function (t) {
    var lab = el("label"); var cb = el("input"); cb.type = "checkbox"; cb.checked = true;
    cb.addEventListener("change", function () { filters.types[t] = cb.checked; nodeView.refresh(); });
    lab.appendChild(cb); lab.appendChild(document.createTextNode(t)); types.appendChild(lab);
  });
  edSel.addEventListener("change", function () { filters.edition = edSel.value; nodeView.refresh(); });
  tierSel.addEventListener("change", function () { filters.tier = tierSel.value; nodeView.refresh(); });
  // highlight a node and its neighbours
  function highlight(id) {
    var keep = {}; keep[id] = true;
    network.getConnectedNodes(id).forEach(function (n) { keep[n] = true; });
    nodes.update(nodes.get().map(function (n) {
      return { id: n.id, color: keep[n.id] ? n._bg : { background: "#e8e8e8", border: "#dddddd" } };
    }));
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
    window.kgHighlighted = Object.keys(keep).length;
  }
  function reset() {
    nodes.update(nodes.get().map(function (n) { return { id: n.id, color: n._bg }; }));
    network.unselectAll(); network.fit({ animation: false }); window.kgHighlighted = 0;
  }
  window.kgHighlight = highlight;
  document.getElementById("search").addEventListener("change", function (ev) {
    var id = byName[ev.target.value]; if (id) highlight(id);
  });
  pick.addEventListener("change", function () { if (pick.value) highlight(pick.value); else reset(); });
  document.getElementById("reset").addEventListener("click", reset);
  network.on("click", function (p) { if (p.nodes.length) highlight(p.nodes[0]); });
})();
"""
