"""Check the lists_blind3 gold against the documents it was labelled from.

    python3 tests/data/lists_blind3/check_gold.py

Runs tests/data/lists_holdout/check_gold.py's main() on this folder (every gold subject, title and
also_at occurs verbatim in its document; docs.tsv counts and encodings; region codes exist in cpca),
with the document text taken as the libraries read the files: python-docx (body paragraphs and table
cells), openpyxl (every sheet's cells) and pdfplumber (each page's text layer). In addition every gold
subject and title of a binary document must occur in the literal text make_blind3.py builds it from,
every .pdf must be listed in docs.tsv, each binary rebuilt by make_blind3.py must be byte-identical to
the committed file, and the gold tiers and ranks must be the ones printed on the entry's line or heading.
"""
import runpy
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_check = runpy.run_path(str(HERE.parent / "lists_holdout" / "check_gold.py"))
read_tsv = _check["read_tsv"]


_office = runpy.run_path(str(HERE.parent / "lists_office" / "check_gold.py"))
document_text = _office["document_text"]  # python-docx / openpyxl / pdfplumber, as lists_office reads them
_strings = _office["_strings"]


def source_texts(src):
    """File name -> the literal text make_blind3.py writes into it (its B1_…, B2_… constants)."""
    out = {}
    for name in src["BUILDERS"]:
        prefix = name[:2].upper() + "_"
        out[name] = "\n".join(s for k, v in src.items() if k.startswith(prefix) for s in _strings(v))
    return out


def main(folder=HERE):
    _check["main"].__globals__["document_text"] = document_text
    status = _check["main"](folder)
    errors = []
    docs = {d["file"]: d for d in read_tsv(folder / "docs.tsv")}
    errors.extend(f"{p.name}: document not in docs.tsv" for p in sorted(folder.glob("*.pdf")) if p.name not in docs)
    src = runpy.run_path(str(HERE / "make_blind3.py"))
    sources = source_texts(src)
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in src["BUILDERS"].items():
            build(Path(tmp) / name)
            if (Path(tmp) / name).read_bytes() != (folder / name).read_bytes():
                errors.append(f"{name}: make_blind3.py does not rebuild it byte-identically")
    for i, g in enumerate(read_tsv(folder / "gold.tsv"), start=1):
        where = f"gold.tsv row {i} ({g['file']})"
        if g["file"] in sources:
            text = sources[g["file"]]
            for col in ("subject", "title"):
                if g[col] and g[col] not in text:
                    errors.append(f"{where}: {col} not in make_blind3.py's text: {g[col]}")
        enc = docs[g["file"]]["encoding"]
        text = document_text(folder / g["file"], "utf-8" if enc in ("", "n/a") else enc)
        for col in ("tier", "rank"):
            if g[col] and g[col] not in text:
                errors.append(f"{where}: {col} not printed in the document: {g[col]}")
        if g["competition"]:
            core = g["competition"].split("“")[-1].split("”")[0]
            if core not in text:
                errors.append(f"{where}: competition's quoted name not printed: {core}")
    for e in errors:
        print(e)
    return 1 if errors or status else 0


if __name__ == "__main__":
    sys.exit(main())
