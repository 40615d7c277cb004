"""Hard-wrapped text (a PDF copied into .txt): a title or sentence that runs on over the next line is one block."""

from __future__ import annotations

import glob

from kg.readers.hardwrap import continuations
from kg.readers.text import line_blocks
from tests.conftest import DATA

WRAPPED = next((DATA / "lists_blind19").glob("t8_*.txt"))


def test_a_pdf_copy_joins_titles_wrapped_at_the_page_edge():
    text = WRAPPED.read_text(encoding="utf-8")
    blocks = line_blocks(text)
    joined = [text[b.start : b.end] for b in blocks if b.origin == "text:wrapped"]
    assert any("“网格化党建‘五进’\n”工作法" in t for t in joined)
    assert any("农村“公推直选”与村务监\n督委员会联动" in t for t in joined)
    # an entry line, a tier heading and the indented paragraph after the list each stay blocks of their own
    lines = {text[b.start : b.end].strip() for b in blocks}
    assert "一、一等奖（3个）" in lines and "3.朝阳区委组织部：区党代会常任制代表联络站" in lines


def test_the_wrapped_entries_read_whole(tmp_path):
    from kg.pipeline import build

    b = build([WRAPPED])
    titles = {a.title for a in b.awards} if hasattr(b, "awards") else {c.title for c in b.cases}
    assert "“网格化党建‘五进’”工作法" in titles
    assert "农村“公推直选”与村务监督委员会联动" in titles


def test_texts_without_printed_line_breaks_are_left_alone():
    files = glob.glob(str(DATA / "**" / "*.txt"), recursive=True) + [str(DATA.parent.parent / "kg/data/corpus/award-cases-editions-1-2.txt")]
    flagged = []
    for f in files:
        try:
            text = open(f, encoding="utf-8").read()
        except UnicodeDecodeError:
            continue
        if continuations(text.splitlines()):
            flagged.append(f)
    assert [f.rsplit("/", 1)[1] for f in flagged] == [WRAPPED.name]
    assert len(files) > 50
