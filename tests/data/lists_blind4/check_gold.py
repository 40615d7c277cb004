"""Check the lists_blind4 gold against the documents it was labelled from.

    python3 tests/data/lists_blind4/check_gold.py

Runs tests/data/lists_holdout/check_gold.py's main() on this folder (every gold subject and title occurs
verbatim in its document; docs.tsv counts; region codes exist in cpca), with the document text taken as
the libraries read the files: python-docx (body paragraphs and table cells), openpyxl (every sheet's
cells) and pdfplumber (each page's text layer). In addition every gold subject and title of an office
file must occur in the literal text make_blind4.py builds it from, and every .pdf must be in docs.tsv.
"""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_check = runpy.run_path(str(HERE.parent / "lists_holdout" / "check_gold.py"))
read_tsv = _check["read_tsv"]


_office = runpy.run_path(str(HERE.parent / "lists_office" / "check_gold.py"))
document_text = _office["document_text"]  # python-docx / openpyxl / pdfplumber, as lists_office reads them
_strings = _office["_strings"]


def source_texts():
    """File name -> the literal text make_blind4.py writes into it (its B6_…, B7_…, B8_… constants)."""
    src = runpy.run_path(str(HERE / "make_blind4.py"))
    out = {}
    for name in src["BUILDERS"]:
        prefix = name[:3].upper()
        out[name] = "\n".join(s for k, v in src.items() if k.startswith(prefix) for s in _strings(v))
    return out


def main(folder=HERE):
    _check["main"].__globals__["document_text"] = document_text
    status = _check["main"](folder)
    errors = []
    docs = {d["file"] for d in read_tsv(folder / "docs.tsv")}
    errors.extend(f"{p.name}: document not in docs.tsv" for p in sorted(folder.glob("*.pdf")) if p.name not in docs)
    sources = source_texts()
    for i, g in enumerate(read_tsv(folder / "gold.tsv"), start=1):
        if g["file"] not in sources:
            continue
        for col in ("subject", "title"):
            if g[col] and g[col] not in sources[g["file"]]:
                errors.append(f"gold.tsv row {i} ({g['file']}): {col} not in make_blind4.py's text: {g[col]}")
    for e in errors:
        print(e)
    return 1 if errors or status else 0


if __name__ == "__main__":
    sys.exit(main())
