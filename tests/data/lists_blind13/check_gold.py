"""Check the lists_blind13 gold against the documents it was labelled from.

    python3 tests/data/lists_blind13/check_gold.py

lists_blind12/check_gold.py's approach, by importing it: lists_holdout's main() (every gold subject, title and also_at
occurs verbatim in its document; docs.tsv counts; region codes in cpca) with the document text as lists_office reads
the files (a .pdf also with line breaks removed), plus the office-file checks pointed at make_blind13.py (every gold
subject/title of an office file is in make_blind13.py's literals; the office files are byte-identical to a fresh
build) and docs.tsv's encodings and listing. One addition: t1 is a flattened text table whose long cells wrap onto a
continuation line holding only leading spaces and the rest of the cell, so for a .txt each cell of a row is also
offered joined with each fragment of the continuation line below it.
"""
import re
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_b12 = runpy.run_path(str(HERE.parent / "lists_blind12" / "check_gold.py"))


def _cells(line):
    return [c for c in re.split(r"\s{2,}", line.strip()) if c]


def document_text(path, encoding):
    """lists_blind12's reading of the file; for a .txt, followed by every row cell joined with a wrapped remainder."""
    text = _b12["document_text"](path, encoding)
    if path.suffix.lower() != ".txt":
        return text
    lines = text.splitlines()
    joined = [cell + frag for prev, line in zip(lines, lines[1:]) if line.startswith("  ") and line.strip()
              for cell in _cells(prev) for frag in _cells(line)]
    return text + "\n" + "\n".join(joined)


def main(folder=HERE):
    g = _b12["main"].__globals__
    g["document_text"] = document_text
    g["_builders"] = lambda f: runpy.run_path(str(f / "make_blind13.py"))
    g["HERE"] = folder
    return _b12["main"](folder)


if __name__ == "__main__":
    sys.exit(main())
