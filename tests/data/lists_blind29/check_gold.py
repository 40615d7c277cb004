"""Check the lists_blind29 gold against the documents it was labelled from.

    python3 tests/data/lists_blind29/check_gold.py

lists_blind16/check_gold.py's approach, by importing lists_blind14's check: lists_holdout's main() (every gold subject,
title and also_at occurs verbatim in its document; docs.tsv counts; region codes in cpca) with the text as
lists_office reads the files (a .pdf also with line breaks removed); every gold subject and title of an office file
occurs in the literals make_blind29.py builds it from; the office files are byte-identical to a fresh build; every
document is in docs.tsv. lists_office's .docx text holds a cell's own paragraphs but not a table nested in a cell, so
for a .docx the text of every nested table's cells is appended (d6's list is such a nested table).
"""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_b14 = runpy.run_path(str(HERE.parent / "lists_blind14" / "check_gold.py"))


def _builders(folder):
    return runpy.run_path(str(folder / "make_blind29.py"))


def _nested_cells(tables):
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                for inner in cell.tables:
                    for inner_row in inner.rows:
                        yield from (c.text for c in inner_row.cells)
                yield from _nested_cells(cell.tables)


def document_text(path, *args):
    """lists_blind14's document text; for a .docx, followed by the cells of tables nested in table cells."""
    text = _b14["document_text"](path, *args)
    if Path(path).suffix != ".docx":
        return text
    import docx
    return "\n".join([text, *_nested_cells(docx.Document(str(path)).tables)])


def main(folder=HERE):
    _b14["main"].__globals__["document_text"] = document_text
    for name in ("source_texts", "rebuilt_differs"):
        _b14[name].__globals__["_builders"] = _builders
    return _b14["main"](folder)  # its messages say make_blind14.py: read make_blind29.py


if __name__ == "__main__":
    sys.exit(main())
