"""The blind batch tests/data/lists_blind12 (issue 9): its gold matches its documents, and the .docx/.xlsx/.pdf are
exactly what make_blind12.py writes (so the gold stays tied to reproducible files).

kg's scores on this batch are recorded, not asserted, in tests/data/lists_blind12/FIRST_RUN.md.
"""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

BLIND = Path(__file__).resolve().parent / "data" / "lists_blind12"


def _copy(tmp_path):
    copy = tmp_path / "lists_blind12"
    shutil.copytree(BLIND, copy)
    (tmp_path / "lists_office").symlink_to(BLIND.parent / "lists_office")
    return copy


def test_blind12_check_rejects_a_gold_title_that_is_not_in_its_document(tmp_path, capsys):
    copy = _copy(tmp_path)
    gold = copy / "gold.tsv"
    gold.write_text(gold.read_text(encoding="utf-8").replace("“小哥加油站”暖心服务", "“小哥驿站”暖心服务"),
                    encoding="utf-8")
    status = runpy.run_path(str(BLIND / "check_gold.py"))["main"](copy)
    out = capsys.readouterr().out
    assert status == 1
    assert "title not found verbatim: “小哥驿站”暖心服务" in out


def test_blind12_check_joins_wrapped_lines_only_inside_a_pdf(tmp_path):
    check = runpy.run_path(str(BLIND / "check_gold.py"))
    pdf = check["document_text"](BLIND / "g8_kunming_yearbook_runin_pdf.pdf", "n/a")
    assert "“红色物业”进\n小区" in pdf and "“红色物业”进小区" in pdf
    txt = tmp_path / "wrapped.txt"
    txt.write_text("盘龙区拓东街道党工委《“红色物业”进\n小区》", encoding="utf-8")
    assert "“红色物业”进小区" not in check["document_text"](txt, "utf-8")
