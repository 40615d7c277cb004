"""The gold-file reader shared by the three gold formats (kg.gold_tsv): faults are E602 with file and line."""

import pytest

from kg.errors import KgError
from kg.evaluate import load_gold
from kg.evaluate_lists import is_list_gold, load_docs, load_list_gold
from kg.evaluate_narratives import is_narrative_gold
from kg.gold_tsv import gold_header, read_gold


def _write(tmp_path, text):
    p = tmp_path / "gold.tsv"
    p.write_text(text, encoding="utf-8")
    return p


def test_comments_and_blank_lines_are_skipped_and_lines_are_counted_in_the_file(tmp_path):
    p = _write(tmp_path, "\ufeff# labelled by hand\n\nfile\tnote\na.txt\tx\n# a remark\nb.txt\ty\n")
    assert gold_header(p) == ["file", "note"]
    assert read_gold(p, ("file",), pad=False) == [(4, {"file": "a.txt", "note": "x"}), (6, {"file": "b.txt", "note": "y"})]


def test_a_short_row_is_padded_only_where_asked_and_a_long_row_is_an_error_naming_its_line(tmp_path):
    p = _write(tmp_path, "file\tnote\textra\na.txt\n")
    assert read_gold(p, ("file",), pad=True) == [(2, {"file": "a.txt", "note": "", "extra": ""})]
    with pytest.raises(KgError, match=r"E602 .*gold.tsv:2: 1 cells, expected 3"):
        read_gold(p, ("file",), pad=False)
    long = _write(tmp_path, "file\tnote\na.txt\tx\ty\n")
    with pytest.raises(KgError, match=r"E602 .*gold.tsv:2: 3 cells, expected 2"):
        load_docs(long)


@pytest.mark.parametrize("loader", [load_gold, load_list_gold, load_docs])
def test_missing_columns_name_the_header_line(tmp_path, loader):
    p = _write(tmp_path, "# comment\nnothing\tuseful\n")
    with pytest.raises(KgError, match=r"E602 .*gold.tsv:2: missing columns"):
        loader(p)


@pytest.mark.parametrize("loader", [load_gold, load_list_gold, load_docs])
def test_an_empty_or_absent_file_is_a_coded_error(tmp_path, loader):
    with pytest.raises(KgError, match=r"E602 .*gold.tsv:1: no header row"):
        loader(_write(tmp_path, "# only a comment\n\n"))
    with pytest.raises(KgError, match=r"E005"):
        loader(tmp_path / "absent.tsv")


def test_which_gold_format_a_file_is(tmp_path):
    lists = _write(tmp_path, "file\tlayout\tsubject\n")
    assert is_list_gold(lists) and not is_narrative_gold(lists)
    narr = tmp_path / "n.tsv"
    narr.write_text("file\tsame_case_as\n", encoding="utf-8")
    assert is_narrative_gold(narr) and not is_list_gold(narr)
    assert not is_list_gold(tmp_path / "absent.tsv") and not is_narrative_gold(tmp_path / "absent.tsv")
    assert not is_narrative_gold(_write(tmp_path, "\n"))  # no header: not a narrative gold file


def test_gold_saved_as_utf16_by_excel_is_read_and_bytes_that_are_not_text_name_their_line(tmp_path):
    p = tmp_path / "gold.tsv"
    p.write_bytes("file\tnote\r\na.txt\t红色\u2028管家\r\n".encode("utf-16"))  # Excel's "Unicode text": UTF-16 with a BOM
    assert read_gold(p, ("file",), pad=False) == [(2, {"file": "a.txt", "note": "红色\u2028管家"})]
    p.write_bytes("file\tnote\na.txt\tx\n".encode() + b"b.txt\t\xff\xfe\n")
    with pytest.raises(KgError, match=r"E602 .*gold.tsv:3: not UTF-8 text \(byte 24\)"):
        read_gold(p, ("file",), pad=False)


@pytest.mark.parametrize("loader", [load_gold, load_list_gold, load_docs])
def test_a_directory_or_a_fifo_given_as_gold_is_a_coded_error_not_a_hang(tmp_path, loader):
    import os

    with pytest.raises(KgError, match=r"E010 .*a directory"):
        loader(tmp_path)
    fifo = tmp_path / "gold.tsv"
    os.mkfifo(fifo)
    with pytest.raises(KgError, match=r"E010 .*a FIFO"):
        loader(fifo)
