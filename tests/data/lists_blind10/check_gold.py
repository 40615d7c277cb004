"""Check the lists_blind10 gold against the documents it was labelled from.

    python3 tests/data/lists_blind10/check_gold.py

The approach of lists_blind8/check_gold.py, by importing the same helpers: tests/data/lists_holdout/check_gold.py's
main() (every gold subject, title and also_at occurs verbatim in its document; docs.tsv counts; region codes in
cpca), with the document text as lists_office reads the files (python-docx, openpyxl, pdfplumber; .csv/.txt/.html
decoded with docs.tsv's encoding), and lists_blind8's office-file checks pointed at make_blind10.py: every gold
subject and title of an office file occurs in the literal text make_blind10.py builds it from, and the office files
are byte-identical to a fresh build. In addition: every .csv and .pdf is listed in docs.tsv, and a document
declared gbk has no BOM and does not decode as UTF-8.
"""
import runpy
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_check = runpy.run_path(str(HERE.parent / "lists_holdout" / "check_gold.py"))
_office = runpy.run_path(str(HERE.parent / "lists_office" / "check_gold.py"))
read_tsv = _check["read_tsv"]
_strings = _office["_strings"]  # every string of a constant (lists, tuples)


def _builders(folder):
    return runpy.run_path(str(folder / "make_blind10.py"))


def source_texts(folder=HERE):
    """File name -> the literal text make_blind10.py writes into it (its F1_…, F4_…, F5_… constants)."""
    src = _builders(folder)
    out = {}
    for name in src["BUILDERS"]:
        prefix = name.split("_")[0].upper() + "_"
        out[name] = "\n".join(s for k, v in src.items() if k.startswith(prefix) for s in _strings(v))
    return out


def rebuilt_differs(folder=HERE):
    """Office files whose bytes differ from a fresh make_blind10.py build."""
    bad = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in _builders(folder)["BUILDERS"].items():
            build(Path(tmp) / name)
            if (Path(tmp) / name).read_bytes() != (folder / name).read_bytes():
                bad.append(name)
    return bad


def encoding_errors(docs, folder):
    """A document declared gbk must be GBK for real: no BOM, not valid UTF-8, decodes as GBK."""
    errors = []
    for d in docs:
        if d["encoding"] != "gbk":
            continue
        raw = (folder / d["file"]).read_bytes()
        if raw.startswith(b"\xef\xbb\xbf"):
            errors.append(f"{d['file']}: declared gbk but starts with a UTF-8 BOM")
        try:
            raw.decode("utf-8")
            errors.append(f"{d['file']}: declared gbk but decodes as UTF-8")
        except UnicodeDecodeError:
            pass
    return errors


def main(folder=HERE):
    _check["main"].__globals__["document_text"] = _office["document_text"]
    status = _check["main"](folder)
    errors = [f"{name}: differs from what make_blind10.py writes" for name in rebuilt_differs(folder)]
    sources = source_texts(folder)
    for i, g in enumerate(read_tsv(folder / "gold.tsv"), start=1):
        if g["file"] not in sources:
            continue
        for col in ("subject", "title"):
            if g[col] and g[col] not in sources[g["file"]]:
                errors.append(f"gold.tsv row {i} ({g['file']}): {col} not in make_blind10.py's text: {g[col]}")
    docs = read_tsv(folder / "docs.tsv")
    errors.extend(encoding_errors(docs, folder))
    listed = {d["file"] for d in docs}
    errors.extend(f"{p.name}: document not in docs.tsv" for p in sorted(folder.iterdir())
                  if p.suffix in (".csv", ".pdf") and p.name not in listed)
    for e in errors:
        print(e)
    return 1 if errors or status else 0


if __name__ == "__main__":
    sys.exit(main())
