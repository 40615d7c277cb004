"""Two text columns on a PDF page: read the left column down, then the right one.

A yearbook or a bulletin sets its list in two columns; printed lines then hold an entry of each
column side by side (``1. 孝南区…：“孝子祠”议事堂      4. 孝昌县…``). A run of lines is two columns
when each of at least ``min_rows`` lines has exactly one wide gap (``gap`` font sizes) ending near the
middle of the text's width, the right halves start at one x (``align`` font sizes), most halves on both sides open
like a block of their own (an entry number, a tier or heading line: ``starts``), and no line of the
run crosses the gutter. An unruled table (several gaps a line) or a unit | title table (right
halves that do not open like entries) stays one column.

Settings: ``schema/furniture.toml`` ``[pdf.columns]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["column_order"]

Chars = list[dict]


def _wide_gaps(row: Chars, gap: float) -> list[tuple[float, float]]:
    out = []
    for a, b in zip(row, row[1:]):
        size = max(1.0, float(a.get("size") or 10))
        if b["x0"] - a["x1"] > gap * size and a["text"].strip() and b["text"].strip():
            out.append((a["x1"], b["x0"]))
    return out


def column_order(rows: list[Chars], text: Callable[[Chars], str], cfg: dict) -> list[tuple[float, Chars]]:
    """``rows`` (each a line's characters, left to right, lines top to bottom) as ``(top, chars)`` pieces in
    reading order: a two-column run as its left halves, then its right halves (their tops moved to just
    after the run's last line, in order, so a sort by top keeps that order); every other line as it is."""
    if len(rows) < cfg["min_rows"]:
        return [(min(c["top"] for c in r), r) for r in rows]
    left = min(c["x0"] for r in rows for c in r)
    right = max(c["x1"] for r in rows for c in r)
    width = right - left
    lo, hi = left + cfg["band"][0] * width, left + cfg["band"][1] * width
    split: list[float | None] = []
    for r in rows:
        gaps = _wide_gaps(r, cfg["gap"])
        mid = [g for g in gaps if lo <= g[1] <= hi]  # (where the right column starts)
        split.append(mid[0][1] if len(gaps) == 1 and len(mid) == 1 else None)
    two = [k for k, s in enumerate(split) if s is not None]
    if len(two) < cfg["min_rows"]:
        return [(min(c["top"] for c in r), r) for r in rows]
    first, last = two[0], two[-1]
    xs = [split[k] for k in two]
    gutter = sorted(xs)[len(xs) // 2]
    size = max(1.0, float(rows[first][0].get("size") or 10))
    if any(abs(x - gutter) > cfg["align"] * size for x in xs):  # type: ignore[operator]
        return [(min(c["top"] for c in r), r) for r in rows]
    lefts, rights = [], []
    for r in rows[first : last + 1]:
        lp = [c for c in r if c["x1"] <= gutter - 0.5 * size]
        rp = [c for c in r if c["x0"] >= gutter - 0.5 * size]
        if len(lp) + len(rp) != len(r):
            return [(min(c["top"] for c in r), r) for r in rows]  # a line crosses the gutter: one column
        if lp:
            lefts.append(lp)
        if rp:
            rights.append(rp)
    starts = re.compile(cfg["starts"])
    halves = [text(h) for h in lefts + rights]
    opening = sum(1 for t in halves if starts.match(t))
    if not rights or opening < cfg["opening_share"] * len(halves) or sum(1 for t in map(text, rights) if starts.match(t)) < 2:
        return [(min(c["top"] for c in r), r) for r in rows]
    out = [(min(c["top"] for c in r), r) for r in rows[:first]]
    out += [(min(c["top"] for c in h), h) for h in lefts]
    base = max(c["top"] for c in rows[last])
    out += [(base + (k + 1) * 1e-3, h) for k, h in enumerate(rights)]
    out += [(min(c["top"] for c in r), r) for r in rows[last + 1 :]]
    return out
