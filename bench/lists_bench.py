"""Benchmark: a folder of thousands of mixed award-list documents, built on 1 and on 2 cores.

The folder is generated from the fixture corpus (tests/data/lists: text, HTML, Word,
Excel and PDF in every layout): copy k of a document gets its units renamed (a
suffix), so every copy adds cases of its own. Each build runs in a fresh process;
the script prints pages/s, MB/s (bytes of the input files), the speed-up on 2 cores,
peak memory (the build process plus its workers) and whether the outputs of the
serial and the parallel build are byte-identical.

Usage: python bench/lists_bench.py [--docs 2000] [--jobs 1,2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LISTS = ROOT / "tests" / "data" / "lists"
SUFFIXES = (".txt", ".html", ".docx", ".xlsx", ".pdf")


def make_folder(n: int, out: Path) -> tuple[int, int]:
    """``n`` documents in ``out``; text and HTML copies are renamed, binary ones copied as they are."""
    sources = sorted(p for p in LISTS.rglob("*") if p.suffix in SUFFIXES)
    total = 0
    for k in range(n):
        src = sources[k % len(sources)]
        rep = k // len(sources)
        dst = out / f"{k:05d}-{src.name}"
        if src.suffix in (".txt", ".html") and rep:
            raw = src.read_bytes()
            enc = "utf-8"
            for cand in ("utf-8", "gb18030", "big5"):
                try:
                    text = raw.decode(cand)
                    enc = cand
                    break
                except UnicodeDecodeError:
                    continue
            text = text.replace("组织部", f"组织部第{rep}支部").replace("党工委", f"党工委{rep}号")
            dst.write_bytes(text.encode(enc, errors="replace"))
        else:
            shutil.copyfile(src, dst)
        total += dst.stat().st_size
    return n, total


def one(folder: str, out: str, jobs: int) -> dict:
    from kg.export import write_outputs
    from kg.pipeline import build

    t = time.perf_counter()
    b = build([Path(folder)], jobs=jobs)
    write_outputs(b, Path(out))
    secs = time.perf_counter() - t
    main_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    worker_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest worker (or GraphML writer)
    rss = max(main_rss, worker_rss)
    digest = hashlib.sha1((Path(out) / "graph.json").read_bytes()).hexdigest()
    return {"secs": secs, "rss_mb": rss / 1024, "main_rss_mb": main_rss / 1024, "worker_rss_mb": worker_rss / 1024, "entries": sum(len(p.entries) for p in b.parsed),
            "docs": len(b.documents), "graph_sha1": digest, "timings": b.timings}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        jobs = int(a.child[2])
        if hasattr(os, "sched_setaffinity"):  # N jobs on N cores: the build sees only those (kg.config.cores)
            os.sched_setaffinity(0, sorted(os.sched_getaffinity(0))[:jobs])
        print(json.dumps(one(a.child[0], a.child[1], jobs)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        n, nbytes = make_folder(a.docs, folder)
        print(f"{n} documents, {nbytes / 1e6:.1f} MB ({', '.join(SUFFIXES)})")
        results = {}
        for jobs in [int(j) for j in a.jobs.split(",")]:
            out = Path(tmp) / f"out{jobs}"
            res = subprocess.run([sys.executable, __file__, "--child", str(folder), str(out), str(jobs)],
                                 capture_output=True, text=True, check=True)
            r = json.loads(res.stdout.strip().splitlines()[-1])
            results[jobs] = r
            print(f"jobs={jobs}: {r['secs']:.1f} s, {r['docs'] / r['secs']:.1f} pages/s, "
                  f"{nbytes / 1e6 / r['secs']:.2f} MB/s, {r['entries']} entries, peak RSS {r['main_rss_mb']:.0f} MB main / {r['worker_rss_mb']:.0f} MB largest child, "
                  f"read+extract {r['timings'].get('read+extract', 0):.1f} s, after it {r['secs'] - r['timings'].get('read+extract', 0):.1f} s")
        if 1 in results and 2 in results:
            print(f"speed-up on 2 cores: {results[1]['secs'] / results[2]['secs']:.2f}x; "
                  f"outputs identical: {results[1]['graph_sha1'] == results[2]['graph_sha1']}")


if __name__ == "__main__":
    main()
