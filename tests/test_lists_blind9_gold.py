"""The blind batch tests/data/lists_blind9 (issue 9): its gold matches its documents, the negative control has no
gold row, and the .docx/.xlsx/.pdf are exactly what make_blind9.py writes (so the gold stays tied to reproducible
files).

kg's scores on this batch are recorded, not asserted, in tests/data/lists_blind9/FIRST_RUN.md.
"""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

BLIND = Path(__file__).resolve().parent / "data" / "lists_blind9"


def _copy(tmp_path):
    copy = tmp_path / "lists_blind9"
    shutil.copytree(BLIND, copy)
    for helper in ("lists_office", "lists_holdout"):
        (tmp_path / helper).symlink_to(BLIND.parent / helper)
    return copy


def test_blind9_check_rejects_a_gold_title_that_is_not_in_its_document(tmp_path, capsys):
    copy = _copy(tmp_path)
    gold = copy / "gold.tsv"
    gold.write_text(gold.read_text(encoding="utf-8").replace("“窑火红”文创党建", "“窑火红”党建"), encoding="utf-8")
    status = runpy.run_path(str(BLIND / "check_gold.py"))["main"](copy)
    out = capsys.readouterr().out
    assert status == 1
    assert "title not found verbatim: “窑火红”党建" in out


def test_blind9_check_rejects_a_gold_row_for_the_negative_control(tmp_path, capsys):
    copy = _copy(tmp_path)
    gold = copy / "gold.tsv"
    row = ("f8_taiyuan_html_negative_meeting_news.html\tf8\t\t\t2025\t一等奖\t\t\t迎泽区\t“红色物业”\t140106\tsubject\t\n")
    gold.write_text(gold.read_text(encoding="utf-8") + row, encoding="utf-8")
    status = runpy.run_path(str(BLIND / "check_gold.py"))["main"](copy)
    out = capsys.readouterr().out
    assert status == 1
    assert "the negative control f8_taiyuan_html_negative_meeting_news.html must have no gold row" in out
