"""Similar practices: rapidfuzz vs difflib vs datasketch (MinHash LSH), on the corpus's practice names.

    python3 bench/similar_bench.py [--copies 1,10]

For each size (the corpus's distinct practice names, copied k times with a numbered prefix so
every copy is a new name) it times the all-pairs similarity each library gives and counts the
pairs found at the threshold kg uses (ratio ≥ 70), and for datasketch how many of rapidfuzz's
pairs the approximate LSH index (character bigrams, Jaccard threshold 0.5) recalls.
datasketch is optional (not a kg dependency); it is skipped when not installed.
"""

from __future__ import annotations

import argparse
import difflib
import time
from pathlib import Path


def names() -> list[str]:
    from kg.extract.practices import match_key
    from kg.pipeline import build

    corpus = Path(__file__).resolve().parents[1] / "kg" / "data" / "corpus" / "award-cases-editions-1-2.txt"
    b = build([corpus])
    return sorted({match_key(p.name) for p in b.practices.values()})


def rapidfuzz_pairs(keys: list[str], cutoff: float) -> set[tuple[int, int]]:
    from rapidfuzz import fuzz, process

    m = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=cutoff, workers=1)
    return {(i, j) for i in range(len(keys)) for j in range(i + 1, len(keys)) if m[i][j] >= cutoff}


def difflib_pairs(keys: list[str], cutoff: float) -> set[tuple[int, int]]:
    out = set()
    for i in range(len(keys)):
        sm = difflib.SequenceMatcher(None, autojunk=False)
        sm.set_seq2(keys[i])  # difflib caches details of the second sequence
        for j in range(i + 1, len(keys)):
            sm.set_seq1(keys[j])
            if sm.ratio() * 100 >= cutoff:
                out.add((i, j))
    return out


def minhash_pairs(keys: list[str]) -> set[tuple[int, int]] | None:
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        return None
    lsh = MinHashLSH(threshold=0.5, num_perm=64)
    hashes = []
    for i, k in enumerate(keys):
        m = MinHash(num_perm=64, seed=1)
        for g in {k[x : x + 2] for x in range(max(1, len(k) - 1))}:
            m.update(g.encode("utf-8"))
        lsh.insert(str(i), m)
        hashes.append(m)
    out = set()
    for i, m in enumerate(hashes):
        for j in lsh.query(m):
            j = int(j)
            if j > i:
                out.add((i, j))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", default="1,10")
    args = ap.parse_args()
    base = names()
    print(f"{'names':>6} {'library':<22} {'seconds':>8} {'pairs':>7} {'recall of rapidfuzz pairs':>26}")
    for k in (int(x) for x in args.copies.split(",")):
        keys = [f"{c}号{n}" if c else n for c in range(k) for n in base]
        t = time.perf_counter()
        rf = rapidfuzz_pairs(keys, 70)
        t_rf = time.perf_counter() - t
        print(f"{len(keys):>6} {'rapidfuzz cdist':<22} {t_rf:>8.3f} {len(rf):>7} {'1.000':>26}")
        t = time.perf_counter()
        dl = difflib_pairs(keys, 70)
        t_dl = time.perf_counter() - t
        print(f"{len(keys):>6} {'difflib SequenceMatcher':<22} {t_dl:>8.3f} {len(dl):>7} {len(dl & rf) / max(1, len(rf)):>26.3f}")
        t = time.perf_counter()
        mh = minhash_pairs(keys)
        t_mh = time.perf_counter() - t
        if mh is None:
            print(f"{len(keys):>6} {'datasketch MinHashLSH':<22} {'(not installed)':>8}")
        else:
            print(f"{len(keys):>6} {'datasketch MinHashLSH':<22} {t_mh:>8.3f} {len(mh):>7} {len(mh & rf) / max(1, len(rf)):>26.3f}")


if __name__ == "__main__":
    main()
