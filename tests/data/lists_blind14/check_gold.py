"""Check the lists_blind14 gold against the documents it was labelled from.

    python3 tests/data/lists_blind14/check_gold.py

lists_blind12/check_gold.py's approach, by importing it and the helpers it imports: lists_holdout's main() (every gold
subject, title and also_at occurs verbatim in its document; docs.tsv counts; region codes in cpca), with the text as
lists_office reads the files (a .csv is read as text, like a .txt) and, for a .pdf, also with line breaks removed;
every gold subject and title of an office file occurs in the literals make_blind14.py builds it from; the office
files are byte-identical to a fresh build; every document (.csv included) is listed in docs.tsv.
"""
import runpy
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_b12 = runpy.run_path(str(HERE.parent / "lists_blind12" / "check_gold.py"))
_check = runpy.run_path(str(HERE.parent / "lists_holdout" / "check_gold.py"))
read_tsv = _check["read_tsv"]
_strings = _b12["_strings"]
encoding_errors = _b12["encoding_errors"]
document_text = _b12["document_text"]
SUFFIXES = (".txt", ".html", ".csv", ".docx", ".xlsx", ".pdf")


def _builders(folder):
    return runpy.run_path(str(folder / "make_blind14.py"))


def source_texts(folder=HERE):
    """File name -> the literal text make_blind14.py writes into it (its D5_…, X6_…, P7_… constants; a dict gives its keys and values)."""
    src = _builders(folder)
    out = {}
    for name in src["BUILDERS"]:
        prefix = name.split("_")[0].upper() + "_"
        consts = [list(v.items()) if isinstance(v, dict) else v for k, v in src.items() if k.startswith(prefix)]
        out[name] = "\n".join(s for v in consts for s in _strings(v))
    return out


def rebuilt_differs(folder=HERE):
    """Office files whose bytes differ from a fresh make_blind14.py build."""
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
    errors = [f"{name}: differs from what make_blind14.py writes" for name in rebuilt_differs(folder)]
    sources = source_texts(folder)
    for i, g in enumerate(read_tsv(folder / "gold.tsv"), start=1):
        if g["file"] not in sources:
            continue
        for col in ("subject", "title"):
            if g[col] and g[col] not in sources[g["file"]]:
                errors.append(f"gold.tsv row {i} ({g['file']}): {col} not in make_blind14.py's text: {g[col]}")
    docs = read_tsv(folder / "docs.tsv")
    errors.extend(encoding_errors(docs, folder))
    listed = {d["file"] for d in docs}
    errors.extend(f"{p.name}: document not in docs.tsv" for p in sorted(folder.iterdir())
                  if p.suffix in SUFFIXES and p.name not in listed)
    for e in errors:
        print(e)
    return 1 if errors or status else 0


if __name__ == "__main__":
    sys.exit(main())
