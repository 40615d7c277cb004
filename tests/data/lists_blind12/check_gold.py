"""Check the lists_blind12 gold against the documents it was labelled from.

    python3 tests/data/lists_blind12/check_gold.py

lists_blind10/check_gold.py's approach, by importing the same helpers: tests/data/lists_holdout/check_gold.py's main()
(every gold subject, title and also_at occurs verbatim in its document; docs.tsv counts; region codes in cpca), with
the document text as lists_office reads the files (python-docx, openpyxl, pdfplumber; .txt/.html decoded with
docs.tsv's encoding), and lists_blind10's office-file checks pointed at make_blind12.py: every gold subject and title
of an office file occurs in the literal text make_blind12.py builds it from, and the office files are byte-identical
to a fresh build. One difference: g8 is a yearbook page whose run-in paragraphs wrap wherever the page width falls,
so for a .pdf the text of each paragraph is also offered with its line breaks removed (the literal check against
make_blind12.py's text still has no such allowance).
"""
import runpy
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_check = runpy.run_path(str(HERE.parent / "lists_holdout" / "check_gold.py"))
_office = runpy.run_path(str(HERE.parent / "lists_office" / "check_gold.py"))
_blind10 = runpy.run_path(str(HERE.parent / "lists_blind10" / "check_gold.py"))
read_tsv = _check["read_tsv"]
_strings = _office["_strings"]  # every string of a constant (lists, tuples)
encoding_errors = _blind10["encoding_errors"]


def document_text(path, encoding):
    """lists_office's reading of the file; for a .pdf, followed by the same text with line breaks removed."""
    text = _office["document_text"](path, encoding)
    if path.suffix.lower() == ".pdf":
        text += "\n" + text.replace("\n", "")
    return text


def _builders(folder):
    return runpy.run_path(str(folder / "make_blind12.py"))


def source_texts(folder=HERE):
    """File name -> the literal text make_blind12.py writes into it (its G5_…, G6_…, G7_…, G8_… constants)."""
    src = _builders(folder)
    out = {}
    for name in src["BUILDERS"]:
        prefix = name.split("_")[0].upper() + "_"
        out[name] = "\n".join(s for k, v in src.items() if k.startswith(prefix) for s in _strings(v))
    return out


def rebuilt_differs(folder=HERE):
    """Office files whose bytes differ from a fresh make_blind12.py build."""
    bad = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in _builders(folder)["BUILDERS"].items():
            build(Path(tmp) / name)
            if (Path(tmp) / name).read_bytes() != (folder / name).read_bytes():
                bad.append(name)
    return bad


def main(folder=HERE):
    _check["main"].__globals__["document_text"] = document_text
    status = _check["main"](folder)
    errors = [f"{name}: differs from what make_blind12.py writes" for name in rebuilt_differs(folder)]
    sources = source_texts(folder)
    for i, g in enumerate(read_tsv(folder / "gold.tsv"), start=1):
        if g["file"] not in sources:
            continue
        for col in ("subject", "title"):
            if g[col] and g[col] not in sources[g["file"]]:
                errors.append(f"gold.tsv row {i} ({g['file']}): {col} not in make_blind12.py's text: {g[col]}")
    docs = read_tsv(folder / "docs.tsv")
    errors.extend(encoding_errors(docs, folder))
    listed = {d["file"] for d in docs}
    errors.extend(f"{p.name}: document not in docs.tsv" for p in sorted(folder.iterdir())
                  if p.suffix in (".txt", ".html", ".docx", ".xlsx", ".pdf") and p.name not in listed)
    for e in errors:
        print(e)
    return 1 if errors or status else 0


if __name__ == "__main__":
    sys.exit(main())
