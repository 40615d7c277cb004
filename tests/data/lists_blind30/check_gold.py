"""Check the lists_blind30 gold against the documents it was labelled from.

    python3 tests/data/lists_blind30/check_gold.py

lists_blind14/check_gold.py's approach, by importing it (as lists_blind16's does): lists_holdout's main() (every gold
subject, title and also_at occurs verbatim in its document; docs.tsv counts; region codes) with the text as
lists_office reads the files (a .pdf also with line breaks removed); every gold subject and title of an office file
occurs in the literals make_blind30.py builds it from; the office files are byte-identical to a fresh build; every
document is in docs.tsv. Particular to this batch: a .txt/.md copied out of a PDF wraps titles at the PDF's line width
and across page breaks, so its text is also tried with the folio lines (`— 2 —`), the running head (a line printed
twice or more) and the line breaks removed; and every .md but README.md/FIRST_RUN.md is listed in docs.tsv too.
"""
import re
import runpy
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
_b14 = runpy.run_path(str(HERE.parent / "lists_blind14" / "check_gold.py"))
_document_text = _b14["document_text"]
NOT_DOCUMENTS = {"README.md", "FIRST_RUN.md"}
FOLIO = re.compile(r"^\s*[—-]\s*\d+\s*[—-]\s*$")


def _builders(folder):
    return runpy.run_path(str(folder / "make_blind30.py"))


def document_text(path, *args):
    text = _document_text(path, *args)
    if Path(path).suffix not in (".txt", ".md"):
        return text
    lines = text.splitlines()
    repeated = {line for line, n in Counter(lines).items() if n > 1 and line.strip()}
    kept = [line for line in lines if not FOLIO.match(line) and line not in repeated]
    return text + "\n" + "".join(kept)


def main(folder=HERE):
    for name in ("source_texts", "rebuilt_differs"):
        _b14[name].__globals__["_builders"] = _builders
    _b14["main"].__globals__["document_text"] = document_text
    status = _b14["main"](folder)  # its messages say make_blind14.py: read make_blind30.py
    listed = {d["file"] for d in _b14["read_tsv"](folder / "docs.tsv")}
    unlisted = [p.name for p in sorted(folder.glob("*.md")) if p.name not in NOT_DOCUMENTS | listed]
    for name in unlisted:
        print(f"{name}: document not in docs.tsv")
    return 1 if unlisted else status


if __name__ == "__main__":
    sys.exit(main())
