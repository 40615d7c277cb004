"""Check the lists_blind9 gold against the documents it was labelled from.

    python3 tests/data/lists_blind9/check_gold.py

The approach of lists_blind8/check_gold.py, by importing the same helpers: tests/data/lists_holdout/check_gold.py's
main() (every gold subject, title and also_at occurs verbatim in its document; docs.tsv counts; region codes in
cpca), with the document text as lists_office reads the files (python-docx, openpyxl, pdfplumber; .txt/.html
decoded with docs.tsv's encoding). In addition: every gold subject and title of an office file occurs in the literal
text make_blind9.py builds it from; the office files are byte-identical to a fresh make_blind9.py build; every .pdf
of the folder is listed in docs.tsv; f5's last tier heading is the last line of page 1 (before the page footer) and
its entries start page 2 (after the running header); the negative control f8 has no gold row.
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
NEGATIVE = "f8_taiyuan_html_negative_meeting_news.html"
PAGED = "f5_xian_pdf_numbered_two_pages.pdf"


def _builders(folder):
    return runpy.run_path(str(folder / "make_blind9.py"))


def source_texts(folder=HERE):
    """File name -> the literal text make_blind9.py writes into it (its F1_…, F4_…, F5_… constants)."""
    src = _builders(folder)
    out = {}
    for name in src["BUILDERS"]:
        prefix = name.split("_")[0].upper() + "_"
        out[name] = "\n".join(s for k, v in src.items() if k.startswith(prefix) for s in _strings(v))
    return out


def rebuilt_differs(folder=HERE):
    """Office files whose bytes differ from a fresh make_blind9.py build."""
    bad = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in _builders(folder)["BUILDERS"].items():
            build(Path(tmp) / name)
            if (Path(tmp) / name).read_bytes() != (folder / name).read_bytes():
                bad.append(name)
    return bad


def page_break_problems(folder=HERE):
    """f5: the 三等奖 heading closes page 1 and entry 8 opens page 2 (pdfplumber's text)."""
    import pdfplumber
    with pdfplumber.open(str(folder / PAGED)) as pdf:
        pages = [(page.extract_text() or "").splitlines() for page in pdf.pages]
    errors = []
    if len(pages) != 2:
        errors.append(f"{PAGED}: {len(pages)} pages, expected 2")
    elif pages[0][-2:] != ["三等奖", "— 1 —"] or not pages[1][1].startswith("8. "):
        errors.append(f"{PAGED}: page 1 ends {pages[0][-2:]}, page 2 line 2 is {pages[1][1]!r}")
    return errors


def main(folder=HERE):
    _check["main"].__globals__["document_text"] = _office["document_text"]
    status = _check["main"](folder)
    errors = [f"{name}: differs from what make_blind9.py writes" for name in rebuilt_differs(folder)]
    errors.extend(page_break_problems(folder))
    sources = source_texts(folder)
    gold = read_tsv(folder / "gold.tsv")
    for i, g in enumerate(gold, start=1):
        if g["file"] == NEGATIVE:
            errors.append(f"gold.tsv row {i}: the negative control {NEGATIVE} must have no gold row")
        if g["file"] not in sources:
            continue
        for col in ("subject", "title"):
            if g[col] and g[col] not in sources[g["file"]]:
                errors.append(f"gold.tsv row {i} ({g['file']}): {col} not in make_blind9.py's text: {g[col]}")
    docs = {d["file"] for d in read_tsv(folder / "docs.tsv")}
    if NEGATIVE not in docs:
        errors.append(f"{NEGATIVE}: the negative control is not in docs.tsv")
    errors.extend(f"{p.name}: document not in docs.tsv" for p in sorted(folder.iterdir())
                  if p.suffix == ".pdf" and p.name not in docs)
    for e in errors:
        print(e)
    return 1 if errors or status else 0


if __name__ == "__main__":
    sys.exit(main())
