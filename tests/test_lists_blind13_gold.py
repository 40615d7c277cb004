"""The blind batch tests/data/lists_blind13 (issue 9): its gold matches its documents, and the .docx/.xlsx/.pdf are
exactly what make_blind13.py writes (so the gold stays tied to reproducible files).

kg's scores on this batch are recorded, not asserted, in tests/data/lists_blind13/FIRST_RUN.md.
"""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

BLIND = Path(__file__).resolve().parent / "data" / "lists_blind13"


def _copy(tmp_path):
    copy = tmp_path / "lists_blind13"
    shutil.copytree(BLIND, copy)
    for other in ("lists_office", "lists_holdout", "lists_blind10", "lists_blind12"):
        (tmp_path / other).symlink_to(BLIND.parent / other)
    return copy


def test_blind13_check_rejects_a_gold_subject_that_is_not_in_its_document(tmp_path, capsys):
    copy = _copy(tmp_path)
    gold = copy / "gold.tsv"
    gold.write_text(gold.read_text(encoding="utf-8").replace("满都海社区党委", "满都海社区党总支"), encoding="utf-8")
    status = runpy.run_path(str(copy / "check_gold.py"))["main"](copy)
    out = capsys.readouterr().out
    assert status == 1
    assert "满都海社区党总支" in out


def test_blind13_check_joins_a_wrapped_cell_only_with_the_continuation_line_below_it(tmp_path):
    check = runpy.run_path(str(BLIND / "check_gold.py"))
    txt = check["document_text"](BLIND / "t1_qinghai_edu_txt_space_aligned_table_wrapped_cells.txt", "utf-8")
    assert "青海柴达木职业技术学院化工系学生党支部" in txt
    assert "“牧区流动党校”服务农牧民增收致富行动" in txt
    flat = tmp_path / "flat.txt"
    flat.write_text("1     化工系学生      “盐湖工匠”\n党支部\n", encoding="utf-8")
    assert "化工系学生党支部" not in check["document_text"](flat, "utf-8")
