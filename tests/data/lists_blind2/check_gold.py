"""Check the lists_blind2 gold against the documents it was labelled from.

    python3 tests/data/lists_blind2/check_gold.py

The same checks as tests/data/lists_holdout/check_gold.py (every gold subject, title and also_at
occurs verbatim in its document; docs.tsv counts and encodings; region codes exist in cpca),
run on this folder (the two .docx are written by make_docs.py and read back with python-docx).
"""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_check = runpy.run_path(str(HERE.parent / "lists_holdout" / "check_gold.py"))
read_tsv = _check["read_tsv"]


def main():
    return _check["main"](HERE)


if __name__ == "__main__":
    sys.exit(main())
