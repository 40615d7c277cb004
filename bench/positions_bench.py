"""Benchmark: one large document (default 50 MB) built with line:column for every problem.

Issue 13 measured 191 s for 50 MB because each problem's line and column were found by
counting from the start of the text (O(problems × size)). Positions now come from one index
of line starts per document (``kg.errors.LineIndex``, a binary search per problem).

The input is the bundled corpus repeated, each copy renumbered to new editions (as in
``bench/synth.py``), concatenated into ONE file. Prints MB/s of the whole build (read, parse,
extract, graph, write outputs), the number of problems and how many carry a line:column, and
the time to position the problems with the old counting method on a sample, for comparison.

The copies repeat every title and subject, which the per-text memos of ``kg.extract.memo`` read once;
``KG_MEMO=0 python bench/positions_bench.py`` measures text that never repeats.

Usage: python bench/positions_bench.py [--mb 50] [--target 1.0]
Exit status 1 when the build is slower than --target MB/s or a positioned problem lacks line:column.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from kg.config import BUNDLED_CORPUS


def make(mb: float, out: Path) -> Path:
    text = BUNDLED_CORPUS.read_text(encoding="utf-8")
    per = len(text.encode("utf-8"))
    n = max(1, round(mb * 1e6 / per))
    parts = [text.replace("第一届", f"第{2 * k + 1}届").replace("第二届", f"第{2 * k + 2}届") for k in range(n)]
    f = out / f"one-{mb:g}mb.txt"
    f.write_text("\n".join(parts), encoding="utf-8")
    return f


def old_line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--target", type=float, default=1.0, help="minimum MB/s")
    args = ap.parse_args()
    import kg.pipeline as pl
    from kg.docwork import extractor
    from kg.export import write_outputs

    extractor()  # load spaCy once, outside the timed part
    with tempfile.TemporaryDirectory() as tmp:
        f = make(args.mb, Path(tmp))
        size = f.stat().st_size / 1e6
        t0 = time.perf_counter()
        b = pl.build([f])
        t_build = time.perf_counter() - t0
        write_outputs(b, Path(tmp) / "out")
        total = time.perf_counter() - t0
        text = f.read_text(encoding="utf-8")  # the build keeps only pieces of it (kg.docwork.Pieces)
        positioned = [p for p in b.problems if p.offset >= 0]
        missing = [p for p in positioned if p.line <= 0 or p.column <= 0]
        from kg.errors import _index, line_col

        _index.cache_clear()
        t1 = time.perf_counter()
        now = [line_col(text, p.offset) for p in positioned]
        t_new = time.perf_counter() - t1
        assert now == [(p.line, p.column) for p in positioned]
        sample = positioned[:: max(1, len(positioned) // 200)]
        t1 = time.perf_counter()
        for p in sample:
            assert old_line_col(text, p.offset) == (p.line, p.column)
        t_old = (time.perf_counter() - t1) / max(1, len(sample)) * len(positioned)
    rate = size / total
    print(f"input {size:.1f} MB in one file; build {t_build:.1f} s, with outputs {total:.1f} s → {rate:.2f} MB/s "
          f"(target ≥ {args.target:g})")
    print(f"problems {len(b.problems)}, with an offset {len(positioned)}, without line:column {len(missing)}")
    print("stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in b.timings.items()))
    print(f"positions of all problems from one line index: {t_new:.2f} s; counting from the start instead "
          f"would take ≈ {t_old:.0f} s (measured on {len(sample)} problems, checked equal)")
    return 0 if rate >= args.target and not missing else 1


if __name__ == "__main__":
    sys.exit(main())
