"""Checks gold.tsv/docs.tsv against the documents' text: every subject and title occurs verbatim.

Text is read from the .txt/.html files (decoded with the encoding docs.tsv names) and, for .docx/.xlsx/.pdf,
from the text make_fixtures.py generated them from.  A cell wrapped onto the next line of a flattened table is
accepted when it splits into two pieces printed on consecutive lines.  Run: python3 check_gold.py
"""
from __future__ import annotations

import csv
import html
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def read_tsv(name: str) -> list[dict]:
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return list(csv.DictReader((l for l in fh if not l.startswith("#")), delimiter="\t"))


def texts(docs: list[dict]) -> dict[str, str]:
    import make_fixtures
    src = {d.file: d.text for d in make_fixtures.DOCS}
    out = {}
    for d in docs:
        if d["format"] in ("txt", "html"):
            with open(os.path.join(HERE, d["file"]), encoding=d["encoding"]) as fh:
                t = fh.read()
            out[d["file"]] = html.unescape(t) if d["format"] == "html" else t
        else:
            assert os.path.exists(os.path.join(HERE, d["file"])), d["file"]
            out[d["file"]] = src[d["file"]]
    return out


def extracted(path: str) -> str:
    """Text of a binary fixture as generic libraries read it (to check the files hold what the gold says)."""
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for r in t.rows for c in r.cells]
        return "\n".join(parts)
    if path.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(path)
        return "\n".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v is not None)
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        parts = []
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
            parts += [(c or "").replace("\n", "") for t in page.extract_tables() for r in t for c in r]
        return "\n".join(parts)


def found(needle: str, text: str) -> str:
    if needle in text:
        return "verbatim"
    lines = text.split("\n")
    for i in range(1, len(needle)):
        a, b = needle[:i], needle[i:]
        for k, line in enumerate(lines[:-1]):
            j = line.find(a)
            end = j + len(a)
            if j >= 0 and (end == len(line) or line[end] == " ") and lines[k + 1].strip().startswith(b):
                return "wrapped"
    return ""


def problems(docs: list[dict], gold: list[dict]) -> tuple[list[str], int]:
    """(problems found, number of wrapped cells accepted)."""
    text = texts(docs)
    out: list[str] = []
    wrapped = 0
    per_file = Counter(r["file"] for r in gold)
    for d in docs:
        if per_file[d["file"]] != int(d["printed_entries"]):
            out.append(f"COUNT {d['file']}: gold {per_file[d['file']]} != printed_entries {d['printed_entries']}")
    seen = set()
    for r in gold:
        t = text[r["file"]]
        key = (r["file"], r["subject"], r["title"])
        if key in seen:
            out.append(f"DUP {key}")
        seen.add(key)
        for col in ("subject", "title"):
            if not r[col]:
                if col == "subject":
                    out.append(f"EMPTY subject {key}")
                continue
            how = found(r[col], t)
            if not how:
                out.append(f"MISSING {col} {r['file']}: {r[col]}")
            wrapped += how == "wrapped"
        if r["also_at"] and t.count(r["also_at"]) < 2:
            out.append(f"ALSO {r['file']}: {r['also_at']} printed fewer than twice")
        if r["region_code"] and (len(r["region_code"]) != 6 or r["region_from"] not in ("subject", "context")):
            out.append(f"REGION {key} {r['region_code']} {r['region_from']}")
    binaries = {d["file"]: extracted(os.path.join(HERE, d["file"]))
                for d in docs if d["format"] in ("docx", "xlsx", "pdf")}
    for r in gold:
        if r["file"] in binaries:
            for col in ("subject", "title"):
                if r[col] and r[col] not in binaries[r["file"]]:
                    out.append(f"NOT IN FILE {col} {r['file']}: {r[col]}")
    return out, wrapped


def main() -> int:
    docs, gold = read_tsv("docs.tsv"), read_tsv("gold.tsv")
    out, wrapped = problems(docs, gold)
    for line in out:
        print(line)
    print(f"{len(docs)} documents, {len(gold)} entries, {wrapped} wrapped cells, {len(out)} problems")
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main())
