"""Hard-wrapped text (a PDF copied into .txt): a title or sentence that runs on over the next line is one block."""

from __future__ import annotations

import glob

from kg.readers.hardwrap import continuations
from kg.readers.text import line_blocks
from tests.conftest import DATA

WRAPPED = next((DATA / "lists_blind19").glob("t8_*.txt"))
UNINDENTED = next((DATA / "lists_blind30").glob("t1_*.txt"))


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
    # (lists_blind30's t1 is a PDF copy that lost its indents: wrapped, and recognised as such)
    assert sorted(f.rsplit("/", 1)[1] for f in flagged) == sorted([WRAPPED.name, UNINDENTED.name])
    assert len(files) > 50


def test_a_pdf_copy_that_lost_its_indents_joins_its_wrapped_titles_when_its_prose_wraps_again_and_again():
    lines = ["关于第二届某市“先锋”基层党建创新案例评选结果的通报",
             "各县（市、区）委组织部，市属开发区党工委组织人事部门，市直",
             "各党（工）委组织部门：",
             "为深入总结推广基层党建工作创新经验，2025年4月至7月，市委",
             "组织部组织开展了第二届某市“先锋”基层党建创新案例评选。经申",
             "报、推荐和评审，共评出十佳案例2个，现予以通报。",
             "一、十佳案例（2个）",
             "1.某市某街道党工委：“古城议事厅”推动老城区网格化治理工作",
             "2.某市某村党支部：推行“积分制”管理激活大棚里的党员先锋力",
             "量",
             "希望受到通报的单位珍惜荣誉、再接再厉，进一步总结提炼经验做",
             "法，推动全市基层党建工作整体提升。"]
    # (the salutation line 各党（工）委组织部门： is told as a block of its own: [pdf] starts_block)
    assert sorted(continuations(lines)) == [4, 5, 9, 11]
    # the same lines with only two wraps of prose: not enough evidence without indents
    assert continuations(lines[:7]) == set()
