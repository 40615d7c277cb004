"""Check the lists_blind7 gold against the documents it was labelled from.

    python3 tests/data/lists_blind7/check_gold.py

Runs lists_blind6's check (itself tests/data/lists_holdout/check_gold.py's main() with the document text read
as lists_office/check_gold.py reads the files: python-docx, openpyxl, pdfplumber) on this folder, with
make_blind7.py in place of make_blind6.py: every gold subject and title occurs verbatim in its document;
docs.tsv counts agree; region codes exist in cpca; every gold subject and title of an office file occurs in the
literal text make_blind7.py builds it from; and the office files are exactly what make_blind7.py writes.
"""
import runpy
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_blind6 = runpy.run_path(str(HERE.parent / "lists_blind6" / "check_gold.py"))
_check = runpy.run_path(str(HERE.parent / "lists_holdout" / "check_gold.py"))
_office = runpy.run_path(str(HERE.parent / "lists_office" / "check_gold.py"))
read_tsv = _check["read_tsv"]
_strings = _blind6["_strings"]


def source_texts():
    """File name -> the literal text make_blind7.py writes into it (its G1_…, G3_…, G6_… constants)."""
    src = runpy.run_path(str(HERE / "make_blind7.py"))
    out = {}
    for name in src["BUILDERS"]:
        prefix = name.split("_")[0].upper() + "_"
        out[name] = "\n".join(s for k, v in src.items() if k.startswith(prefix)
                              for s in _strings(sorted(v) if isinstance(v, set) else v) if s)
    return out


def rebuilt_differs():
    """Office files whose bytes differ from a fresh make_blind7.py build."""
    builders = runpy.run_path(str(HERE / "make_blind7.py"))["BUILDERS"]
    bad = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in builders.items():
            build(Path(tmp) / name)
            if (Path(tmp) / name).read_bytes() != (HERE / name).read_bytes():
                bad.append(name)
    return bad


def main(folder=HERE):
    _check["main"].__globals__["document_text"] = _office["document_text"]
    status = _check["main"](folder)
    errors = [f"{name}: differs from what make_blind7.py writes" for name in rebuilt_differs()]
    listed = {p.name for p in folder.iterdir() if p.suffix == ".pdf"}
    docs = {d["file"] for d in read_tsv(folder / "docs.tsv")}
    errors.extend(f"{n}: document not in docs.tsv" for n in sorted(listed - docs))
    sources = source_texts()
    for i, g in enumerate(read_tsv(folder / "gold.tsv"), start=1):
        if g["file"] not in sources:
            continue
        for col in ("subject", "title"):
            if g[col] and g[col] not in sources[g["file"]]:
                errors.append(f"gold.tsv row {i} ({g['file']}): {col} not in make_blind7.py's text: {g[col]}")
    for e in errors:
        print(e)
    return 1 if errors or status else 0


if __name__ == "__main__":
    sys.exit(main())
