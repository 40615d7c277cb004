"""Compare main-content extractors on the HTML fixtures: precision/recall of kept content blocks.

Usage (pip install -e ".[bench]"): python bench/html_main_content.py [tests/data/readers] [--lines schema/furniture.toml]
  --lines: also score every variant after the text-line furniture rules ([lines] of that file).

Gold: tests/data/readers/html-furniture.gold.tsv lists every furniture block of each page
(labelled by reading the pages); every other block the reader's DOM walk shows is content.
For each extractor (trafilatura, readability-lxml, jusText) two rows are printed:
  alone   a block is kept when its text is in the extractor's output;
  reader  kg's HTML reader: furniture by tag/role/class words, then the extractor's main
          container; a table or list outside it is furniture only when the extractor kept none of it;
  reader+protect  the same, but tables and lists are never marked outside-main.
"structure" is the reader with no extractor (tag/role/class words only).
"""

from __future__ import annotations

import copy
import sys
import time
from collections import defaultdict
from pathlib import Path

from kg.readers.html import decode_html, parse, walk
from kg.readers.maincontent import EXTRACTORS, extracted, key, mark_outside_main, metadata


def gold(folder: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for line in (folder / "html-furniture.gold.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            page, text = line.split("\t", 1)
            out[page].add(key(text))
    return out


def block_key(it) -> str:
    return key(" ".join(t for t, _ in it.cells) if it.cells else it.text)


def score(rows: list[tuple[bool, bool]]) -> tuple[float, float, int, int]:
    tp = sum(1 for g, k in rows if g and k)
    kept = sum(1 for _, k in rows if k)
    content = sum(1 for g, _ in rows if g)
    return tp / kept if kept else 0.0, tp / content if content else 0.0, kept, content


def line_rules(path: str | None):
    import re
    import tomllib

    if not path:
        return None
    with open(path, "rb") as fh:
        rules = tomllib.load(fh).get("lines", {}).get("rules", [])
    rx = [re.compile(r["pattern"]) for r in rules]
    return lambda text: any(r.search(text) for r in rx)


def main(folder: Path, lines_file: str | None = None) -> None:
    is_line_furniture = line_rules(lines_file)
    labels = gold(folder)
    pages = sorted(folder.glob("*.html"))
    results: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    per_page: dict[tuple[str, str], tuple[float, float, int, int]] = {}
    seconds: dict[str, float] = defaultdict(float)
    for page in pages:
        text, _, _ = decode_html(page.read_bytes(), str(page))
        root, _ = parse(text, str(page))
        items = walk(root)
        meta = metadata(text, root, items)
        is_content = [block_key(it) not in labels[page.name] for it in items]
        variants = {"structure": [not it.furniture for it in items]}
        for name in EXTRACTORS:
            t0 = time.perf_counter()
            kept_text = extracted(text, name)
            seconds[name] += time.perf_counter() - t0
            variants[f"{name} alone"] = [bool(block_key(it)) and block_key(it) in kept_text for it in items]
            marked = mark_outside_main(text, root, [copy.copy(it) for it in items], meta, name)
            variants[f"{name} reader"] = [not it.furniture for it in marked]
            marked = mark_outside_main(text, root, [copy.copy(it) for it in items], meta, name, protect_groups=True)
            variants[f"{name} reader+protect"] = [not it.furniture for it in marked]
        if is_line_furniture is not None:
            by_line = [is_line_furniture(it.text if not it.cells else "\t".join(t for t, _ in it.cells)) for it in items]
            for name in list(variants):
                variants[f"{name} +lines"] = [k and not f for k, f in zip(variants[name], by_line, strict=True)]
        for name, kept in variants.items():
            rows = list(zip(is_content, kept, strict=True))
            results[name] += rows
            per_page[(name, page.name)] = score(rows)
    print(f"{len(pages)} pages, {sum(len(v) for v in results.values()) // len(results)} blocks")
    print(f"{'variant':32} {'precision':>9} {'recall':>7} {'kept':>5} {'content':>7}  per-page recall")
    for name, rows in results.items():
        p, r, k, c = score(rows)
        pages_r = " ".join(f"{per_page[(name, pg.name)][1]:.2f}" for pg in pages)
        print(f"{name:32} {p:9.3f} {r:7.3f} {k:5d} {c:7d}  {pages_r}")
    print("pages:", " ".join(pg.name for pg in pages))
    print("extractor seconds (all pages):", {k: round(v, 3) for k, v in seconds.items()})


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--lines"]
    lines = sys.argv[sys.argv.index("--lines") + 1] if "--lines" in sys.argv else None
    args = [a for a in args if a != lines]
    main(Path(args[0] if args else "tests/data/readers"), lines)
