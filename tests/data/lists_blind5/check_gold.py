"""Check the lists_blind5 gold against the documents it was labelled from.

    python3 tests/data/lists_blind5/check_gold.py

Runs tests/data/lists_blind4/check_gold.py's main() on this folder — which runs lists_holdout's checks
(every gold subject, title and also_at occurs verbatim in its document; docs.tsv counts; region codes exist
in cpca) with the text python-docx / openpyxl / pdfplumber extract, and requires every .pdf in docs.tsv —
with its source-text check pointed at make_blind5.py: every gold subject and title of an office file must
occur in the literal text make_blind5.py builds it from (its C2_…, C3_…, C5_… constants).
"""
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


def main(folder=HERE):
    _blind4["main"].__globals__["source_texts"] = source_texts
    return _blind4["main"](folder)


if __name__ == "__main__":
    sys.exit(main())
