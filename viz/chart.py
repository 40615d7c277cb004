"""``kg view timeline NAME``: events by year (bars) and cumulative adopters (line), as inline SVG.

No chart library and no CDN: the page's own script draws SVG elements from the data of
:func:`kg.chronology.timeline` (same security rules as every kg view: ``default-src 'none'``,
data as escaped JSON, text through ``textContent`` only).
"""

from __future__ import annotations

import html

from .html import FONT_STACK, safe_json

__all__ = ["chart_payload", "render_chart"]


def chart_payload(t: dict) -> dict:
    rows = [{"year": r["year"], "kind": r["kind"], "place": " ".join(x for x in (r["province"], r["county"], r["place"]) if x),
             "subject": r["subject"], "practice": r["practice"] or r["mechanism"]} for r in t["rows"] if r["year"] is not None]
    return {"per_year": t["per_year"], "rows": rows, "undated": t["undated"], "first": [
        {"year": r["year"], "place": " ".join(x for x in (r["province"], r["county"], r["place"]) if x), "kind": r["kind"],
         "subject": r["subject"]} for r in t["first"]]}


def render_chart(payload: dict, title: str) -> str:
    return _TEMPLATE.format(title=html.escape(title, quote=True), font=FONT_STACK, data=safe_json(payload), app_js=_APP_JS)


_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<title>{title}</title>
<style>
body {{ margin: 16px; font-family: {font}; color: #222; }}
h1 {{ font-size: 16px; }}
#first div, #rows div {{ font-size: 12px; margin: 2px 0; }}
svg text {{ font-size: 11px; font-family: {font}; }}
</style>
</head>
<body>
<h1 id="heading">{title}</h1>
<div id="first"></div>
<svg id="chart" width="760" height="320" role="img" aria-label="events by year"></svg>
<div id="rows"></div>
<script id="kg-data" type="application/json">{data}</script>
<script>{app_js}</script>
</body>
</html>
"""

_APP_JS = r"""
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("kg-data").textContent);
  var NS = "http://www.w3.org/2000/svg", svg = document.getElementById("chart");
  function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) e.textContent = String(text); return e; }
  function s(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) e.textContent = String(text);
    svg.appendChild(e); return e;
  }
  var first = document.getElementById("first");
  D.first.forEach(function (f) { first.appendChild(el("div", "最早 first: " + f.year + " " + f.place + " (" + f.kind + ") " + f.subject)); });
  var py = D.per_year, W = 760, H = 320, L = 50, R = 50, T = 20, B = 40;
  if (py.length) {
    var y0 = py[0].year, y1 = py[py.length - 1].year, n = y1 - y0 + 1;
    var maxE = Math.max.apply(null, py.map(function (r) { return r.events; }));
    var maxC = Math.max.apply(null, py.map(function (r) { return r.cumulative_adopters; }));
    var bw = (W - L - R) / n;
    function x(y) { return L + (y - y0) * bw; }
    s("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#444" });
    for (var y = y0; y <= y1; y++) s("text", { x: x(y) + bw / 2, y: H - B + 14, "text-anchor": "middle" }, y);
    py.forEach(function (r) {
      var h = (H - T - B) * r.events / maxE;
      var bar = s("rect", { x: x(r.year) + bw * 0.15, y: H - B - h, width: bw * 0.7, height: h, fill: "#1f77b4", "class": "bar" });
      var tip = document.createElementNS(NS, "title"); tip.textContent = r.year + ": " + r.events + " events"; bar.appendChild(tip);
    });
    var pts = py.map(function (r) { return (x(r.year) + bw / 2) + "," + (H - B - (H - T - B) * r.cumulative_adopters / maxC); });
    s("polyline", { points: pts.join(" "), fill: "none", stroke: "#d62728", "stroke-width": 2, "class": "cumulative" });
    s("text", { x: L - 6, y: T + 4, "text-anchor": "end", fill: "#1f77b4" }, maxE);
    s("text", { x: W - R + 6, y: T + 4, fill: "#d62728" }, maxC);
    s("text", { x: L, y: T - 6, fill: "#1f77b4" }, "事件/年 events per year");
    s("text", { x: W - R, y: T - 6, "text-anchor": "end", fill: "#d62728" }, "累计采用地 cumulative adopters");
  }
  var rows = document.getElementById("rows");
  D.rows.forEach(function (r) { rows.appendChild(el("div", r.year + "  " + r.kind + "  " + r.place + "  " + r.practice + " — " + r.subject)); });
  if (D.undated) rows.appendChild(el("div", D.undated + " undated"));
  window.kgChart = { bars: svg.querySelectorAll("rect.bar").length, years: py.length };
  document.body.setAttribute("data-drawn", "1");
})();
"""
