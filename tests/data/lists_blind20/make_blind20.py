"""The office-file builders of lists_blind20: none — every document of this batch is hand-written (.html, .txt).

    python3 tests/data/lists_blind20/make_blind20.py

The batch is about new-media pages (WeChat articles saved from a browser or copied as text, a 今日头条-style mobile
page, a 融媒体 app share page, a 学习强国-style page), which are never Word, Excel or PDF files. BUILDERS is kept, empty,
so that check_gold.py (through lists_blind14's) and tests/test_lists_blind_batches.py treat this batch like the others:
they check that the folder holds no .docx/.xlsx/.pdf and that nothing here needs rebuilding.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

BUILDERS: dict = {}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
