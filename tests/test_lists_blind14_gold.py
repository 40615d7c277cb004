"""The blind batch tests/data/lists_blind14 (issue 9): its gold matches its documents, and the .docx/.xlsx/.pdf are
exactly what make_blind14.py writes (so the gold stays tied to reproducible files).

kg's scores on this batch are recorded, not asserted, in tests/data/lists_blind14/FIRST_RUN.md.
"""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

BLIND = Path(__file__).resolve().parent / "data" / "lists_blind14"


def _copy(tmp_path):
    copy = tmp_path / "lists_blind14"
    shutil.copytree(BLIND, copy)
    for sibling in ("lists_office", "lists_holdout", "lists_blind10", "lists_blind12"):
        (tmp_path / sibling).symlink_to(BLIND.parent / sibling)
    return copy


def test_blind14_check_rejects_a_gold_title_that_is_not_in_its_document(tmp_path, capsys):
    copy = _copy(tmp_path)
    gold = copy / "gold.tsv"
    gold.write_text(gold.read_text(encoding="utf-8").replace("“渡口党建”", "“渡口党群”"), encoding="utf-8")
    status = runpy.run_path(str(BLIND / "check_gold.py"))["main"](copy)
    out = capsys.readouterr().out
    assert status == 1
    assert "title not found verbatim: “渡口党群”" in out


def test_blind14_check_reads_every_sheet_and_both_pdf_pages():
    check = runpy.run_path(str(BLIND / "check_gold.py"))
    xlsx = check["document_text"](BLIND / "x6_fujian_quanzhou_xlsx_sheet_per_tier.xlsx", "n/a")
    assert "东海街道党工委" in xlsx and "安海镇党委" in xlsx  # last sheet and first tier sheet
    pdf = check["document_text"](BLIND / "p7_sichuan_chengdu_scanned_pdf_ruled_table_two_pages.pdf", "n/a")
    assert "成都春熙路商圈商会党委" in pdf  # row 14, on the second page


def test_blind14_check_flags_a_csv_document_missing_from_docs_tsv(tmp_path, capsys):
    copy = _copy(tmp_path)
    (copy / "z9_unlisted.csv").write_text("序号,单位\n1,某某镇党委\n", encoding="utf-8")
    status = runpy.run_path(str(BLIND / "check_gold.py"))["main"](copy)
    assert status == 1
    assert "z9_unlisted.csv: document not in docs.tsv" in capsys.readouterr().out
