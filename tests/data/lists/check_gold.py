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


def main() -> int:
    docs = read_tsv("docs.tsv")
    gold = read_tsv("gold.tsv")
    text = texts(docs)
    bad = 0
    wrapped = 0
    per_file = Counter(r["file"] for r in gold)
    for d in docs:
        if per_file[d["file"]] != int(d["printed_entries"]):
            print(f"COUNT {d['file']}: gold {per_file[d['file']]} != printed_entries {d['printed_entries']}")
            bad += 1
    seen = set()
    for r in gold:
        t = text[r["file"]]
        key = (r["file"], r["subject"], r["title"])
        if key in seen:
            print("DUP", key)
            bad += 1
        seen.add(key)
        for col in ("subject", "title"):
            if not r[col]:
                if col == "subject":
                    print("EMPTY subject", key)
                    bad += 1
                continue
            how = found(r[col], t)
            if not how:
                print(f"MISSING {col} {r['file']}: {r[col]}")
                bad += 1
            wrapped += how == "wrapped"
        if r["also_at"] and t.count(r["also_at"]) < 2:
            print(f"ALSO {r['file']}: {r['also_at']} printed fewer than twice")
            bad += 1
        if r["region_code"] and (len(r["region_code"]) != 6 or r["region_from"] not in ("subject", "context")):
            print("REGION", key, r["region_code"], r["region_from"])
            bad += 1
    print(f"{len(docs)} documents, {len(gold)} entries, {wrapped} wrapped cells, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
