"""The blind batch tests/data/lists_blind10 (issue 9): its gold matches its documents, the .docx/.xlsx/.pdf are exactly
what make_blind10.py writes (so the gold stays tied to reproducible files), and the GBK export really is GBK.

kg's scores on this batch are recorded, not asserted, in tests/data/lists_blind10/FIRST_RUN.md.
"""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

BLIND = Path(__file__).resolve().parent / "data" / "lists_blind10"


def _copy(tmp_path):
    copy = tmp_path / "lists_blind10"
    shutil.copytree(BLIND, copy)
    (tmp_path / "lists_office").symlink_to(BLIND.parent / "lists_office")
    return copy


def test_blind10_check_rejects_a_gold_title_that_is_not_in_its_document(tmp_path, capsys):
    copy = _copy(tmp_path)
    gold = copy / "gold.tsv"
    gold.write_text(gold.read_text(encoding="utf-8").replace("“濠河红”滨水社区治理", "“濠河红”社区治理"), encoding="utf-8")
    status = runpy.run_path(str(BLIND / "check_gold.py"))["main"](copy)
    out = capsys.readouterr().out
    assert status == 1
    assert "title not found verbatim: “濠河红”社区治理" in out


def test_blind10_check_rejects_a_gbk_export_rewritten_as_utf8(tmp_path):
    copy = _copy(tmp_path)
    csv = copy / "f6_nantong_gbk_export.csv"
    check = runpy.run_path(str(BLIND / "check_gold.py"))
    docs = check["read_tsv"](copy / "docs.tsv")
    assert check["encoding_errors"](docs, copy) == []
    csv.write_bytes(b"\xef\xbb\xbf" + csv.read_bytes().decode("gbk").encode("utf-8"))
    assert check["encoding_errors"](docs, copy) == [
        "f6_nantong_gbk_export.csv: declared gbk but starts with a UTF-8 BOM",
        "f6_nantong_gbk_export.csv: declared gbk but decodes as UTF-8",
    ]
