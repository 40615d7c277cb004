"""The held-out list fixtures stay consistent with their gold (no kg code is run here)."""
import runpy
from pathlib import Path

HOLDOUT = Path(__file__).parent / "data" / "lists_holdout"


def test_holdout_gold_subjects_and_titles_occur_in_their_documents():
    check = runpy.run_path(str(HOLDOUT / "check_gold.py"))
    assert check["main"]() == 0


def test_holdout_has_at_least_120_entries_in_14_documents():
    check = runpy.run_path(str(HOLDOUT / "check_gold.py"))
    gold = check["read_tsv"](HOLDOUT / "gold.tsv")
    docs = check["read_tsv"](HOLDOUT / "docs.tsv")
    assert len(gold) >= 120
    assert len(docs) == 14
    assert {g["file"] for g in gold} == {d["file"] for d in docs}
