"""Benchmark of ``kg build``: the bundled corpus and synthetic corpora 10× and 100× larger.

Each size runs in a fresh process (so peak memory is that build's own) and
prints MB/s (UTF-8 bytes of input text), entries/s and peak RSS, plus the time
of each stage (parse, regions, resolve, domains, mechanisms, graph) alone.

Usage: python bench/build_bench.py [--sizes 1,10,100] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def one(path: str, out: str) -> dict:
    from kg.export import write_outputs
    from kg.pipeline import build

    from kg.docwork import extractor

    extractor()  # load spaCy once, outside the timed part (a one-off ~0.7 s)
    t = time.perf_counter()
    b = build([Path(path)])
    t_build = time.perf_counter() - t
    write_outputs(b, Path(out))
    t_all = time.perf_counter() - t
    root = Path(path)  # bytes read
    nbytes = root.stat().st_size if root.is_file() else sum(f.stat().st_size for f in root.rglob("*") if f.is_file())
    entries = sum(len(p.entries) for p in b.parsed)
    return {
        "mb": nbytes / 1e6,
        "entries": entries,
        "narratives": sum(len(p.narratives) for p in b.parsed),
        "build_s": t_build,
        "total_s": t_all,
        "stages": b.timings,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,10,100")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(*args.one)))
        return
    sys.path.insert(0, str(HERE))
    from synth import make

    from kg.config import BUNDLED_CORPUS

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(x) for x in args.sizes.split(",")]:
            src = BUNDLED_CORPUS if n == 1 else Path(tmp) / f"x{n}"
            if n != 1:
                make(n, src)
            best = None
            for _ in range(args.repeat):
                res = subprocess.run(
                    [sys.executable, __file__, "--one", str(src), str(Path(tmp) / f"out{n}")],
                    check=True, capture_output=True, text=True,
                )
                r = json.loads(res.stdout.strip().splitlines()[-1])
                if best is None or r["total_s"] < best["total_s"]:
                    best = r
            best["size"] = n
            rows.append(best)
    base = rows[0]
    print(f"{'size':>5} {'MB':>7} {'entries':>8} {'build s':>8} {'total s':>8} {'MB/s':>6} {'entries/s':>10} {'peak MB':>8} {'s/MB vs 1x':>10}")
    for r in rows:
        mbps = r["mb"] / r["total_s"]
        lin = (r["total_s"] / r["mb"]) / (base["total_s"] / base["mb"])
        print(f"{r['size']:>5} {r['mb']:>7.2f} {r['entries']:>8} {r['build_s']:>8.2f} {r['total_s']:>8.2f} {mbps:>6.2f} "
              f"{r['entries'] / r['total_s']:>10.0f} {r['peak_rss_mb']:>8.0f} {lin:>10.2f}")
    print("\nstages alone: seconds (MB/s, entries/s)")
    for r in rows:
        st = ", ".join(f"{k} {v:.3f} ({r['mb'] / v if v else float('inf'):.1f}, {r['entries'] / v if v else float('inf'):,.0f})"
                       for k, v in r["stages"].items())
        print(f"{r['size']:>5}x: {st}")
    print("\nextraction alone (regions + domains + mechanisms + resolve; domains are timed with events since h13q):")
    for r in rows:
        t = sum(r["stages"].get(k, 0.0) for k in ("regions", "domains", "domains+events", "mechanisms", "resolve"))
        print(f"{r['size']:>5}x: {t:.3f} s, {r['mb'] / t:.2f} MB/s, {r['entries'] / t:,.0f} entries/s")
    print("\nThe machine has 2 cores; kg build runs on one, so MB/s above is MB/s per core.")


if __name__ == "__main__":
    main()
