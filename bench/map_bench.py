"""Map view benchmark: every county-level unit of China on the map page, in headless Chromium.

Builds a map page with one point per county-level unit of cpca's gazetteer (2,800+), each with a
year from 2000 to 2012 derived from its code (deterministic), opens it from disk in Debian's
headless chromium (network blocked), and prints: points, page size, time from navigation to the
first drawn frame, the page script's own draw time, one slider step (redraw) time, and how many
points fall inside the outline of their own province as drawn (the outlines are simplified, so a
few border or coastal units may fall just outside).

Usage: python bench/map_bench.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from view_bench import driver  # noqa: E402  (same Chromium set-up as the view benchmark)


def all_counties() -> dict:
    from kg.extract.regions import load_gazetteer
    from kg.viz.map import place_of

    g = load_gazetteer()
    points = []
    for code, u in sorted(g.units.items()):
        if u.level != "county" or u.historical:
            continue
        xy = place_of(code)
        if xy is None:
            continue
        points.append({"lon": xy[0], "lat": xy[1], "year": 2000 + zlib.crc32(code.encode()) % 13, "code": code,
                       "province": code[:2] + "0000", "name": u.name, "events": [f"synthetic event of {u.name}"]})
    points.sort(key=lambda p: (p["year"], p["code"]))
    return {"points": points, "unplaced": 0}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from kg.viz.map import render_map

    payload = all_counties()
    html = render_map(payload, "all county-level units")
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "map.html"
        f.write_text(html, encoding="utf-8")
        firsts, draws, steps, inside = [], [], [], None
        for _ in range(args.runs):
            drv = driver()
            try:
                drv.get(f.resolve().as_uri())
                deadline = time.time() + 60
                while time.time() < deadline and not drv.execute_script("return window.kgFirstDraw || null"):
                    time.sleep(0.02)
                firsts.append(drv.execute_script("return window.kgFirstDraw"))
                draws.append(drv.execute_script("return window.kgDrawMs"))
                steps.append(drv.execute_script(
                    "var t = performance.now(); window.kgMap.setYear(window.kgMap.years[0] + 6); return performance.now() - t"))
                if inside is None:
                    inside = drv.execute_script(
                        "var n = 0; for (var i = 0; i < window.kgMap.points; i++) { if (window.kgMap.inOwnProvince(i)) n++; } return n")
            finally:
                drv.quit()
    n = len(payload["points"])
    print(f"points (county-level units): {n}")
    print(f"page size: {len(html.encode('utf-8')) / 1024:.0f} KiB")
    print(f"navigation → first drawn frame: median {statistics.median(firsts):.0f} ms (runs: {', '.join(f'{x:.0f}' for x in firsts)})")
    print(f"page script (parse data, outlines, draw): median {statistics.median(draws):.0f} ms")
    print(f"slider step (redraw): median {statistics.median(steps):.0f} ms")
    print(f"inside their own province outline: {inside}/{n} ({inside / n:.1%})")
    print("target: first draw < 2000 ms:", "met" if statistics.median(firsts) < 2000 else "NOT met")


if __name__ == "__main__":
    main()
