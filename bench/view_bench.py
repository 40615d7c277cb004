"""HTML view benchmark: page load → first drawn frame (and → stabilized where physics is on).

For the corpus overview and synthetic graphs of 1 000 and 10 000 nodes (induced subgraphs of a
synthetic corpus build, first N node ids), compares kg's pages (precomputed layout, physics off)
with pyvis's default settings on the same graph (physics on, no positions; its vis-network
inlined so both open offline), in the same headless Chromium, one after the other.

Usage: python bench/view_bench.py [--timeout 180]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

HOOK = """<script>
(function () {
  function attach() {
    if (typeof network === "undefined" || !network) { return setTimeout(attach, 5); }
    network.once("afterDrawing", function () { window.kgFirstDraw = performance.now(); });
    network.once("stabilized", function () { window.kgStabilized = performance.now(); });
    network.once("stabilizationIterationsDone", function () { window.kgStabilized = window.kgStabilized || performance.now(); });
  }
  attach();
})();
</script></body>"""


def pyvis_default_html(g) -> str:
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for n, d in sorted(g.nodes(data=True)):
        net.add_node(n, label=str(d.get("name") or d.get("subject") or n)[:18], title=str(d.get("title") or n))
    for u, v, d in sorted(g.edges(data=True), key=lambda t: (t[0], t[1])):
        net.add_edge(u, v, label=d.get("type"))
    html = net.generate_html()
    return html.replace("</body>", HOOK, 1)


def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from kg.viz.snapshot import CHROMIUM_FLAGS

    os.environ["SE_OFFLINE"] = "true"
    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium")
    for f in CHROMIUM_FLAGS:
        opts.add_argument(f)
    opts.add_argument("--window-size=1400,900")
    opts.page_load_strategy = "none"  # return at once; the page may block its main thread for minutes
    d = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=opts)
    d.execute_cdp_cmd("Network.enable", {})
    d.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["http://*", "https://*"]})
    d.set_page_load_timeout(600)
    d.set_script_timeout(20)
    return d


def measure(f: Path, timeout: float) -> tuple[float | None, float | None]:
    """First-draw and stabilised times in a fresh browser; (None, None) if not drawn within ``timeout``."""
    drv = driver()
    try:
        drv.get(f.resolve().as_uri())
        t0 = time.time()
        first = stab = None
        while time.time() - t0 < timeout:
            try:
                first, stab = drv.execute_script("return [window.kgFirstDraw || null, window.kgStabilized || null]")
            except Exception:  # the page's main thread is busy (physics stabilisation): ask again
                time.sleep(0.2)
                continue
            if first is not None:
                break
            time.sleep(0.05)
        return (first / 1000 if first else None), (stab / 1000 if stab else None)
    finally:
        try:
            drv.quit()
        except Exception:
            pass


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--timeout", type=float, default=180)
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from synth import make

    from kg.config import BUNDLED_CORPUS
    from kg.pipeline import build
    from kg.viz.html import render_html
    from kg.viz.views import View

    tmp = Path(tempfile.mkdtemp())
    corpus = build([BUNDLED_CORPUS]).graph
    make(40, tmp / "c")  # ~16 000 nodes to sample from
    big = build([tmp / "c"]).graph
    graphs = [("corpus overview", corpus)]
    und = big.to_undirected(as_view=True)
    order = []
    seen = set()
    for start in sorted(big.nodes):  # breadth-first from each unvisited node, neighbours in id order
        if start in seen:
            continue
        queue = [start]
        seen.add(start)
        while queue:
            n = queue.pop(0)
            order.append(n)
            for m in sorted(und.neighbors(n)):
                if m not in seen:
                    seen.add(m)
                    queue.append(m)
    for n in (1000, 10000):
        graphs.append((f"{n} nodes", big.subgraph(order[:n]).copy()))
    print(f"{'graph':18} {'nodes':>6} {'edges':>6} | {'kg first draw s':>15} | {'pyvis default first draw s':>26} {'stabilized s':>12} | ratio")
    try:
        for name, g in graphs:
            ours = tmp / f"kg-{name.replace(' ', '_')}.html"
            t = time.perf_counter()
            ours.write_text(render_html(View("overview", "", name, g)), encoding="utf-8")
            render_s = time.perf_counter() - t
            theirs = tmp / f"pyvis-{name.replace(' ', '_')}.html"
            theirs.write_text(pyvis_default_html(g), encoding="utf-8")
            a, _ = measure(ours, args.timeout)
            b, bs = measure(theirs, args.timeout)
            fmt = lambda x: f"{x:.2f}" if x is not None else f">{args.timeout:.0f}"
            ratio = f"{b / a:.1f}x" if a and b else (f">{args.timeout / a:.0f}x" if a else "?")
            print(f"{name:18} {g.number_of_nodes():>6} {g.number_of_edges():>6} | {fmt(a):>15} | {fmt(b):>26} {fmt(bs):>12} | {ratio}"
                  f"   (kg page written in {render_s:.2f} s)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("\nTimes are from navigation start (performance.now()) to vis-network's first afterDrawing event.")


if __name__ == "__main__":
    main()
