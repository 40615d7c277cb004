"""Check the held-out gold against the documents it was labelled from.

    python3 tests/data/lists_holdout/check_gold.py

Asserts that every gold subject, title and also_at text occurs verbatim in its document's
text (for .docx/.xlsx: the paragraph/cell text they were generated from by make_office.py,
read back with python-docx/openpyxl); that docs.tsv lists every document with the right
entry count and encoding; and that region codes exist in cpca's adcodes.csv or schema/regions_current.tsv.
Titles whose cell wraps onto the next line of a flattened text table may be split at one
point: the head must end a line fragment and the tail must be a line of its own.
Exit status 0 when all checks pass; otherwise each failure is printed on one line.
"""
import csv
import html
import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_COLUMNS = ["file", "layout", "competition", "edition", "year", "tier", "category", "rank",
                "subject", "title", "region_code", "region_from", "also_at"]


def read_tsv(path):
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def document_text(path, encoding):
    suffix = path.suffix.lower()
    if suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.extend(cell.text for cell in row.cells)
        return "\n".join(parts)
    if suffix == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(str(path), read_only=True)
        return "\n".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                         for v in row if v is not None)
    raw = path.read_bytes()
    text = raw.decode(encoding)
    if suffix in (".html", ".htm"):
        text = html.unescape(re.sub(r"<[^>]+>", "\n", text))
    return text


def found(needle, text):
    if needle in text:
        return True
    lines = [l.strip() for l in text.splitlines()]
    for k in range(1, len(needle)):
        head, tail = needle[:k], needle[k:]
        for i, line in enumerate(lines[:-1]):
            if re.search(re.escape(head) + r"(\s|$)", line) and lines[i + 1] == tail:
                return True
    return False


def adcodes():
    """cpca's codes and today's units it lacks (schema/regions_current.tsv, generated from the 2023 division codes)."""
    try:
        import cpca
    except ImportError:
        return None
    path = os.path.join(os.path.dirname(cpca.__file__), "resources", "adcodes.csv")
    with open(path, encoding="utf-8") as fh:
        codes = {row["adcode"][:6] for row in csv.DictReader(fh)}
    current = HERE.parent.parent.parent / "schema" / "regions_current.tsv"
    with open(current, encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return codes | {row["code"] for row in rows}


def main(folder=HERE):
    """Check ``folder`` (its gold.tsv, docs.tsv and documents); lists_more runs this on its own folder."""
    gold = read_tsv(folder / "gold.tsv")
    docs = {d["file"]: d for d in read_tsv(folder / "docs.tsv")}
    codes = adcodes()
    errors = []
    if gold and list(gold[0].keys()) != GOLD_COLUMNS:
        errors.append(f"gold.tsv: columns {list(gold[0].keys())} != {GOLD_COLUMNS}")
    per_file = Counter(g["file"] for g in gold)
    texts = {}
    for name, d in docs.items():
        path = folder / name
        if not path.exists():
            errors.append(f"docs.tsv: {name} does not exist")
            continue
        enc = d["encoding"] if d["encoding"] not in ("", "n/a") else "utf-8"
        if enc == "gb18030":
            try:
                path.read_bytes().decode("utf-8")
                errors.append(f"{name}: declared gb18030 but decodes as UTF-8")
            except UnicodeDecodeError:
                pass
        texts[name] = document_text(path, enc)
        if int(d["printed_entries"]) != per_file[name]:
            errors.append(f"{name}: docs.tsv printed_entries={d['printed_entries']} but gold has {per_file[name]}")
    for i, g in enumerate(gold, start=1):
        where = f"gold.tsv row {i} ({g['file']})"
        text = texts.get(g["file"])
        if text is None:
            errors.append(f"{where}: file not listed in docs.tsv")
            continue
        for col in ("subject", "title", "also_at"):
            if g[col] and not found(g[col], text):
                errors.append(f"{where}: {col} not found verbatim: {g[col]}")
        if not g["subject"]:
            errors.append(f"{where}: empty subject")
        if g["region_from"] not in ("subject", "context", ""):
            errors.append(f"{where}: bad region_from {g['region_from']!r}")
        if codes is not None and g["region_code"] and g["region_code"] not in codes:
            errors.append(f"{where}: region_code {g['region_code']} not in cpca adcodes nor schema/regions_current.tsv")
        if g["year"] and not re.fullmatch(r"\d{4}", g["year"]):
            errors.append(f"{where}: bad year {g['year']!r}")
    dup = [k for k, n in Counter((g["file"], g["subject"], g["title"]) for g in gold).items() if n > 1]
    errors.extend(f"duplicate gold row: {k}" for k in dup)
    listed = {p.name for p in folder.iterdir() if p.suffix in (".txt", ".html", ".docx", ".xlsx")}
    errors.extend(f"{n}: document not in docs.tsv" for n in sorted(listed - set(docs)))
    for e in errors:
        print(e)
    print(f"{len(gold)} entries in {len(docs)} documents; {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
