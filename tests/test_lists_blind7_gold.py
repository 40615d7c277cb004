"""The blind batch tests/data/lists_blind7 (issue 9): its gold matches its documents, and the .pdf/.docx/.xlsx
are exactly what make_blind7.py writes (so the gold stays tied to reproducible files).

kg's scores on this batch are recorded, not asserted, in tests/data/lists_blind7/FIRST_RUN.md.
"""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

BLIND = Path(__file__).resolve().parent / "data" / "lists_blind7"


def test_blind7_check_rejects_a_gold_title_that_is_not_in_the_document(tmp_path, capsys):
    folder = tmp_path / "lists_blind7"
    shutil.copytree(BLIND, folder)
    gold = folder / "gold.tsv"
    gold.write_text(gold.read_text(encoding="utf-8").replace("\t“汉绣工坊”\t", "\t“汉绣工坊站”\t"), encoding="utf-8")
    status = runpy.run_path(str(BLIND / "check_gold.py"))["main"](folder)
    out = capsys.readouterr().out
    assert status == 1
    assert "title not found verbatim: “汉绣工坊站”" in out
