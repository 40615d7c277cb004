"""Deterministic synthetic corpora from the bundled one: N copies, each a new pair of editions.

Copy k renumbers 第一届/第二届 as editions 2k+1 and 2k+2 (Arabic numerals), so every
copy adds new cases instead of repeating the same ids; the text is otherwise the
real corpus, junk and all.

Usage: python bench/synth.py N OUTDIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.config import BUNDLED_CORPUS


def make(n: int, out: Path) -> list[Path]:
    text = BUNDLED_CORPUS.read_text(encoding="utf-8")
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for k in range(n):
        t = text.replace("第一届", f"第{2 * k + 1}届").replace("第二届", f"第{2 * k + 2}届")
        f = out / f"synthetic-{k:04d}.txt"
        f.write_text(t, encoding="utf-8")
        files.append(f)
    return files


if __name__ == "__main__":
    make(int(sys.argv[1]), Path(sys.argv[2]))
