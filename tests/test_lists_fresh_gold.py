"""The fresh blind list fixtures stay consistent with their gold (no kg code is run here)."""
import runpy
from pathlib import Path

FRESH = Path(__file__).parent / "data" / "lists_fresh"


def test_fresh_gold_subjects_and_titles_occur_in_their_documents():
    check = runpy.run_path(str(FRESH / "check_gold.py"))
    assert check["main"]() == 0


def test_fresh_has_117_entries_in_11_listed_documents_and_one_without_a_list():
    check = runpy.run_path(str(FRESH / "check_gold.py"))
    gold = check["read_tsv"](FRESH / "gold.tsv")
    docs = check["read_tsv"](FRESH / "docs.tsv")
    assert len(gold) == 117
    assert len(docs) == 12
    assert {g["file"] for g in gold} == {d["file"] for d in docs if d["printed_entries"] != "0"}
