"""The blind batch tests/data/lists_blind8 (issue 9): its gold matches its documents, and the .docx/.pdf are exactly
what make_blind8.py writes (so the gold stays tied to reproducible files).

kg's scores on this batch are recorded, not asserted, in tests/data/lists_blind8/FIRST_RUN.md.
"""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

BLIND = Path(__file__).resolve().parent / "data" / "lists_blind8"


def test_blind8_check_rejects_a_gold_title_that_is_not_in_its_document(tmp_path, capsys):
    copy = tmp_path / "lists_blind8"
    shutil.copytree(BLIND, copy)
    (tmp_path / "lists_office").symlink_to(BLIND.parent / "lists_office")
    gold = copy / "gold.tsv"
    gold.write_text(gold.read_text(encoding="utf-8").replace("“税心服务”党员攻坚队", "“税心服务”攻坚队"), encoding="utf-8")
    status = runpy.run_path(str(BLIND / "check_gold.py"))["main"](copy)
    out = capsys.readouterr().out
    assert status == 1
    assert "title not found verbatim: “税心服务”攻坚队" in out
