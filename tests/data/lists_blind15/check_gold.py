"""Check the lists_blind15 gold against the documents it was labelled from.

    python3 tests/data/lists_blind15/check_gold.py

lists_blind14/check_gold.py's checks, by importing it (and through it lists_blind12's, lists_holdout's and
lists_office's helpers) and pointing its make-file hook at make_blind15.py: every gold subject, title and also_at
occurs verbatim in its document as python-docx/openpyxl read it; docs.tsv counts; region codes in cpca; every office
file's gold subject/title is in make_blind15.py's literals; the office files are byte-identical to a fresh build;
every document is listed in docs.tsv.
"""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_b14 = runpy.run_path(str(HERE.parent / "lists_blind14" / "check_gold.py"))


def _builders(folder):
    return runpy.run_path(str(folder / "make_blind15.py"))


def main(folder=HERE):
    _b14["main"].__globals__["_builders"] = _builders
    return _b14["main"](folder)


if __name__ == "__main__":
    sys.exit(main())
