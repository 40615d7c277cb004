"""Check the lists_blind36 gold against the documents it was labelled from.

    python3 tests/data/lists_blind36/check_gold.py

lists_blind14/check_gold.py's approach, by importing it: lists_holdout's main() (every gold subject, title and also_at
occurs verbatim in its document; docs.tsv counts; region codes in cpca) with the text as lists_office reads the files
(a .pdf also with line breaks removed); every gold subject and title of an office file occurs in the literals
make_blind36.py builds it from; the office files are byte-identical to a fresh build; every document is in docs.tsv.
"""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_b14 = runpy.run_path(str(HERE.parent / "lists_blind14" / "check_gold.py"))


def _builders(folder):
    return runpy.run_path(str(folder / "make_blind36.py"))


def main(folder=HERE):
    for name in ("source_texts", "rebuilt_differs"):
        _b14[name].__globals__["_builders"] = _builders
    return _b14["main"](folder)  # its messages say make_blind14.py: read make_blind36.py


if __name__ == "__main__":
    sys.exit(main())
