"""Check the lists_blind5 gold against the documents it was labelled from.

    python3 tests/data/lists_blind5/check_gold.py

Runs tests/data/lists_blind4/check_gold.py's main() on this folder — which runs lists_holdout's checks
(every gold subject, title and also_at occurs verbatim in its document; docs.tsv counts; region codes exist
in cpca) with the text python-docx / openpyxl / pdfplumber extract, and requires every .pdf in docs.tsv —
with its source-text check pointed at make_blind5.py: every gold subject and title of an office file must
occur in the literal text make_blind5.py builds it from (its C2_…, C3_…, C5_… constants). In addition each
row's shape is checked, so that a row whose cells slid one column (a lost leading tab) cannot pass: every
entry of this batch has a title, rank is digits or empty, region_code six digits, edition digits or empty.
"""
import re
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_blind4 = runpy.run_path(str(HERE.parent / "lists_blind4" / "check_gold.py"))
_strings = _blind4["_strings"]


def source_texts():
    """File name -> the literal text make_blind5.py writes into it (constants named after the file's prefix)."""
    src = runpy.run_path(str(HERE / "make_blind5.py"))
    out = {}
    for name in src["BUILDERS"]:
        prefix = name.split("_", 1)[0].upper() + "_"
        out[name] = "\n".join(s for k, v in src.items() if k.startswith(prefix) for s in _strings(v))
    return out


def row_shapes(folder=HERE):
    """One line per gold row whose cells do not have the shape of their column."""
    errors = []
    for i, g in enumerate(_blind4["read_tsv"](folder / "gold.tsv"), start=1):
        where = f"gold.tsv row {i} ({g['file']})"
        if not g["title"]:
            errors.append(f"{where}: empty title")
        if not re.fullmatch(r"\d*", g["rank"]):
            errors.append(f"{where}: rank is not a number: {g['rank']}")
        if not re.fullmatch(r"\d{6}", g["region_code"]):
            errors.append(f"{where}: region_code is not six digits: {g['region_code']}")
        if not re.fullmatch(r"\d*", g["edition"]):
            errors.append(f"{where}: edition is not a number: {g['edition']}")
    return errors


def main(folder=HERE):
    _blind4["main"].__globals__["source_texts"] = source_texts
    status = _blind4["main"](folder)
    errors = row_shapes(folder)
    for e in errors:
        print(e)
    return 1 if errors or status else 0


if __name__ == "__main__":
    sys.exit(main())
