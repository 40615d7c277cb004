"""Check the lists_blind11 gold against the documents it was labelled from.

    python3 tests/data/lists_blind11/check_gold.py

lists_blind10/check_gold.py's checks, by importing it and pointing its office-file helpers at make_blind11.py:
every gold subject, title and also_at occurs verbatim in its document as lists_office reads it (python-docx,
openpyxl, pdfplumber; .txt/.html decoded with docs.tsv's encoding), the docs.tsv counts agree with gold.tsv, region
codes are cpca's, every office-file subject/title is in make_blind11.py's literals, and the office files are
byte-identical to a fresh make_blind11.py build.
"""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_blind10 = runpy.run_path(str(HERE.parent / "lists_blind10" / "check_gold.py"))
read_tsv = _blind10["read_tsv"]


def _builders(folder):
    return runpy.run_path(str(folder / "make_blind11.py"))


# the blind10 helpers look their builder module up in their own globals: point them at this folder's
_blind10["main"].__globals__["_builders"] = _builders


def main(folder=HERE):
    return _blind10["main"](folder)


if __name__ == "__main__":
    sys.exit(main())
