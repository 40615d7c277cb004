"""Damaged .doc and .xls files through kg's readers: every one must end in blocks or one coded error, in bounded time.

    python bench/legacy_doc_fuzz.py [N] [SEED]

Takes the .doc and the .xls of tests/data/legacy, writes N variants of each (default 300, seed 7): random bytes
overwritten, the file cut short, or runs of 0xFF (the OLE signature kept), and reads each with the reader of
its suffix. Prints per file how many gave blocks, each error code's count, any other exception (a bug), and
the slowest read.
"""
from __future__ import annotations

import random
import sys
import time
from collections import Counter
from pathlib import Path

from kg.errors import KgError
from kg.readers import reader_for

LEGACY = Path(__file__).resolve().parent.parent / "tests" / "data" / "legacy"
SOURCES = (LEGACY / "d1_yaohai_yinqing_table.doc", LEGACY / "x1_nanchang_jiguan_brands.xls")


def variants(data: bytes, n: int, seed: int):
    rnd = random.Random(seed)
    for i in range(n):
        b = bytearray(data)
        kind = i % 3
        if kind == 0:
            for _ in range(rnd.randint(1, 40)):
                b[rnd.randrange(512, len(b))] = rnd.randrange(256)  # keep the OLE signature
        elif kind == 1:
            b = b[: rnd.randrange(512, len(b))]
        else:
            at = rnd.randrange(512, len(b) - 64)
            b[at : at + rnd.randint(4, 64)] = b"\xff" * len(b[at : at + rnd.randint(4, 64)])
        yield bytes(b)


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 300
    seed = int(argv[1]) if len(argv) > 1 else 7
    bugs: list[str] = []
    for src in SOURCES:
        read = reader_for(src.suffix)
        outcome: Counter[str] = Counter()
        slowest = 0.0
        for k, v in enumerate(variants(src.read_bytes(), n, seed)):
            t0 = time.perf_counter()
            try:
                r = read(v, f"variant-{k}{src.suffix}")
                outcome["blocks" if r.blocks else "no blocks"] += 1
            except KgError as exc:
                outcome[exc.code] += 1
            except Exception as exc:  # noqa: BLE001 — a bug in kg: report it
                bugs.append(f"{src.name} variant {k}: {type(exc).__name__}: {exc}")
            slowest = max(slowest, time.perf_counter() - t0)
        print(f"{n} damaged variants of {src.name}: " + ", ".join(f"{k} {v}" for k, v in sorted(outcome.items()))
              + f"; slowest read {slowest:.3f} s")
    print(f"uncoded exceptions: {len(bugs)}" + "".join(f"\n  {b}" for b in bugs[:10]))
    return 1 if bugs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
