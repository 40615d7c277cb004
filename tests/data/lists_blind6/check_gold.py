"""Check the lists_blind6 gold against the documents it was labelled from.

    python3 tests/data/lists_blind6/check_gold.py

Runs tests/data/lists_holdout/check_gold.py's main() on this folder (every gold subject and title occurs
verbatim in its document, or as a head ending one line and a tail making the next; docs.tsv counts; region
codes exist in cpca), with the document text taken as lists_office/check_gold.py reads the files
(python-docx, openpyxl, pdfplumber). In addition every gold subject and title of an office file must occur in
the literal text make_blind6.py builds it from, and the office files must be exactly what make_blind6.py writes.
"""
import runpy
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_check = runpy.run_path(str(HERE.parent / "lists_holdout" / "check_gold.py"))
_office = runpy.run_path(str(HERE.parent / "lists_office" / "check_gold.py"))
read_tsv = _check["read_tsv"]
_strings = _office["_strings"]  # yields every string of a constant, and head+tail for a (head, tail) tuple


def source_texts():
    """File name -> the literal text make_blind6.py writes into it (its F3_…, F4_…, F5_… constants)."""
    src = runpy.run_path(str(HERE / "make_blind6.py"))
    out = {}
    for name in src["BUILDERS"]:
        prefix = name.split("_")[0].upper() + "_"
        out[name] = "\n".join(s for k, v in src.items() if k.startswith(prefix) for s in _strings(v))
    return out


def rebuilt_differs():
    """Office files whose bytes differ from a fresh make_blind6.py build."""
    builders = runpy.run_path(str(HERE / "make_blind6.py"))["BUILDERS"]
    with tempfile.TemporaryDirectory() as tmp:
        bad = []
        for name, build in builders.items():
            build(Path(tmp) / name)
            if (Path(tmp) / name).read_bytes() != (HERE / name).read_bytes():
                bad.append(name)
    return bad


def main(folder=HERE):
    _check["main"].__globals__["document_text"] = _office["document_text"]
    status = _check["main"](folder)
    errors = [f"{name}: differs from what make_blind6.py writes" for name in rebuilt_differs()]
    sources = source_texts()
    for i, g in enumerate(read_tsv(folder / "gold.tsv"), start=1):
        if g["file"] not in sources:
            continue
        for col in ("subject", "title"):
            if g[col] and g[col] not in sources[g["file"]]:
                errors.append(f"gold.tsv row {i} ({g['file']}): {col} not in make_blind6.py's text: {g[col]}")
    for e in errors:
        print(e)
    return 1 if errors or status else 0


if __name__ == "__main__":
    sys.exit(main())
