"""Check the lists_fresh gold against the documents it was labelled from.

    python3 tests/data/lists_fresh/check_gold.py

The same checks as tests/data/lists_holdout/check_gold.py (every gold subject, title and also_at
occurs verbatim in its document; docs.tsv counts and encodings; region codes exist in cpca),
run on this folder.
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
