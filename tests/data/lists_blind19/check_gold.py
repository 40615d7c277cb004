"""Check the lists_blind19 gold against the documents it was labelled from.

    python3 tests/data/lists_blind19/check_gold.py

lists_blind14/check_gold.py's approach, by importing it (as lists_blind16/check_gold.py does): lists_holdout's main()
(every gold subject, title and also_at occurs verbatim in its document; docs.tsv counts; region codes in cpca) with
the text as lists_office reads the files; every gold subject and title of the .docx occurs in the literals
make_blind19.py builds it from; the .docx is byte-identical to a fresh build; every document is in docs.tsv.

Two documents of this batch break gold strings across lines on purpose, so a .txt's text is checked together with
two re-assemblies of it, each written for a KIND of flattening rather than one file:
- `unwrapped`: a PDF copy with hard line breaks and page furniture: lines that repeat (a
  running head) and `第 N 页 共 M 页` folios are dropped, form feeds removed, the remaining lines joined without breaks;
- `uncolumned`: a table flattened into columns aligned by runs of spaces whose long cells wrap onto the next line:
  a line whose pieces all start at display columns of the row above, and which leaves the first column empty or has
  fewer pieces than that row, continues it: each piece is appended to the cell starting at its column.
"""
import re
import runpy
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
_b14 = runpy.run_path(str(HERE.parent / "lists_blind14" / "check_gold.py"))
_document_text = _b14["document_text"]
FOLIO = re.compile(r"^第\s*\d+\s*页\s*共\s*\d+\s*页$")
CELL = re.compile(r"\S+(?: \S+)*")  # a cell: text without a run of two spaces


def _width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def unwrapped(text):
    """The text with page furniture dropped and hard line breaks removed."""
    lines = [ln.strip().replace("\f", "") for ln in text.split("\n")]
    repeats = {ln for ln, n in Counter(lines).items() if ln and n >= 2}
    return "".join(ln for ln in lines if ln and ln not in repeats and not FOLIO.match(ln))


def _cells(line):
    return [(_width(line[:m.start()]), m.group()) for m in CELL.finditer(line)]


def uncolumned(text):
    """Rows of a space-aligned table whose wrapped cells are joined back: one cell per line."""
    rows = []
    for line in text.split("\n"):
        cells = _cells(line)
        starts = [c for c, _ in rows[-1]] if rows else []
        if rows and cells and all(col in starts for col, _ in cells) and (
                cells[0][0] > 0 or len(cells) < len(starts)):
            row = dict(rows[-1])
            for col, piece in cells:
                row[col] += piece
            rows[-1] = list(row.items())
        elif cells:
            rows.append(cells)
    return "\n".join(piece for row in rows for _, piece in row)


def document_text(path, *args):
    text = _document_text(path, *args)
    if Path(path).suffix == ".txt":
        text = "\n".join((text, unwrapped(text), uncolumned(text)))
    return text


def _builders(folder):
    return runpy.run_path(str(folder / "make_blind19.py"))


def main(folder=HERE):
    for name in ("source_texts", "rebuilt_differs"):
        _b14[name].__globals__["_builders"] = _builders
    _b14["main"].__globals__["document_text"] = document_text
    return _b14["main"](folder)  # its messages say make_blind14.py: read make_blind19.py


if __name__ == "__main__":
    sys.exit(main())
