"""The issue-9 fixture corpus (tests/data/lists) is consistent with its gold files.

These tests check the fixtures themselves, not kg: every labelled subject and title is printed in its
document (and in the .docx/.xlsx/.pdf as python-docx/openpyxl/pdfplumber read it), counts match docs.tsv,
and the checker rejects a corrupted label.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

LISTS = Path(__file__).resolve().parent / "data" / "lists"


def _checker():
    spec = importlib.util.spec_from_file_location("lists_check_gold", LISTS / "check_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_every_gold_entry_is_printed_in_its_document():
    chk = _checker()
    docs, gold = chk.read_tsv("docs.tsv"), chk.read_tsv("gold.tsv")
    problems, _ = chk.problems(docs, gold)
    assert problems == []
    assert len(docs) >= 36 and len(gold) >= 300
    assert {d["format"] for d in docs} == {"txt", "html", "docx", "xlsx", "pdf"}
    assert {d["encoding"] for d in docs} >= {"utf-8", "big5", "gb18030"}


def test_checker_rejects_a_title_that_is_not_printed():
    chk = _checker()
    docs, gold = chk.read_tsv("docs.tsv"), chk.read_tsv("gold.tsv")
    bad = [dict(r) for r in gold]
    pdf_row = next(r for r in bad if r["file"].endswith(".pdf"))
    pdf_row["title"] += "工作法"
    problems, _ = chk.problems(docs, bad)
    assert any(p.startswith("MISSING title") for p in problems)
    assert any(p.startswith("NOT IN FILE title") for p in problems)


def test_lists_office_gold_occurs_in_its_documents():
    """The blind office-file batch (tests/data/lists_office): its checker passes on its own folder."""
    import runpy

    office = LISTS.parent / "lists_office"
    check = runpy.run_path(str(office / "check_gold.py"))
    assert check["main"]() == 0
    gold = check["read_tsv"](office / "gold.tsv")
    assert len(gold) >= 90 and len({g["file"] for g in gold}) == 10
