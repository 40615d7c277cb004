"""The blind batch tests/data/lists_blind11 (issue 9): its gold matches its documents, and the .docx/.xlsx/.pdf are
exactly what make_blind11.py writes (so the gold stays tied to reproducible files).

kg's scores on this batch are recorded, not asserted, in tests/data/lists_blind11/FIRST_RUN.md.
"""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

BLIND = Path(__file__).resolve().parent / "data" / "lists_blind11"


def _copy(tmp_path):
    copy = tmp_path / "lists_blind11"
    shutil.copytree(BLIND, copy)
    for sibling in ("lists_office", "lists_blind10", "lists_holdout"):
        (tmp_path / sibling).symlink_to(BLIND.parent / sibling)
    return copy


def test_blind11_check_rejects_a_gold_unit_that_is_not_in_its_document(tmp_path, capsys):
    copy = _copy(tmp_path)
    gold = copy / "gold.tsv"
    gold.write_text(gold.read_text(encoding="utf-8").replace("白水镇车田村党支部", "白水镇车田村党总支"), encoding="utf-8")
    status = runpy.run_path(str(BLIND / "check_gold.py"))["main"](copy)
    out = capsys.readouterr().out
    assert status == 1
    assert "subject not found verbatim: 白水镇车田村党总支" in out


def test_blind11_check_rejects_an_office_file_that_is_not_a_fresh_build(tmp_path, capsys):
    copy = _copy(tmp_path)
    pdf = copy / "g8_lanzhou_pdf_two_pages_unit_space_book_title.pdf"
    pdf.write_bytes(pdf.read_bytes().replace(b"/Producer", b"/Producex"))
    status = runpy.run_path(str(BLIND / "check_gold.py"))["main"](copy)
    out = capsys.readouterr().out
    assert status == 1
    assert "g8_lanzhou_pdf_two_pages_unit_space_book_title.pdf: differs from what make_blind10.py writes" in out
