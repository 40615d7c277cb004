"""Pages nested deeper than libxml2's default 256 levels (kg.readers.html_depth): nothing after the deep part is
lost without a word. Pages are made here, in the shapes old sites print."""

from __future__ import annotations

import pytest

from kg.readers.html import read
from kg.readers.html_depth import MAX_DEPTH, PARSER_LIMIT

PLACES = ["江苏省南京市", "浙江省宁波市", "山东省青岛市", "四川省成都市", "湖北省武汉市", "广东省深圳市"]
ACTS = ["推行党员积分制管理", "建立网格化服务体系", "实行学时学分制", "探索公推直选", "建设网上党支部",
        "健全村务监督委员会", "打造红色物业", "推进党代会常任制"]


def award_page(n: int, close_font: bool) -> bytes:
    """An award list, one ``<p><font>`` an entry; old editors leave the ``<font>`` open (two levels an entry)."""
    end = "</font>" if close_font else ""
    rows = "".join(f"<p><font color=red>{i}. {PLACES[i % 6]}{'东南西北中'[i % 5]}区第{i}社区党委：{ACTS[i % 8]}的第{i}种探索{end}"
                   for i in range(1, n + 1))
    return (f"<html><body><h1>第一届全国基层党建创新典型案例获奖名单</h1><p><font>优秀案例（{n}个）</font></p>{rows}"
            "<p>附件下载</p></body></html>").encode()


def test_unclosed_font_tags_lose_no_entry_and_the_list_reads_as_the_closed_one(tmp_path):
    from kg.pipeline import build

    closed, open_ = tmp_path / "closed.html", tmp_path / "open.html"
    closed.write_bytes(award_page(300, True))
    open_.write_bytes(award_page(300, False))
    r = read(open_.read_bytes(), str(open_))
    assert [p.code for p in r.problems] == ["W107"]  # <p>s still nested 302 deep once the <font>s are gone
    assert r.text.endswith("300. 江苏省南京市东区第300社区党委：建设网上党支部的第300种探索\n附件下载")
    rows = {}
    for f in (closed, open_):
        b = build([f])
        rows[f.name] = sorted((e.edition, e.tier, e.rank, e.subject, e.title) for d in b.parsed for e in d.entries)
    assert len(rows["closed.html"]) == 300  # (was 127 for the open one: libxml2 stopped at level 256)
    assert rows["open.html"] == rows["closed.html"]


def test_a_page_under_the_walks_depth_is_read_as_before_and_reports_nothing():
    page = ("<html><body><p>第一届 最佳案例</p>" + "<div>" * (MAX_DEPTH - 10) + "1. 江苏南京 公推直选"
            + "</div>" * (MAX_DEPTH - 10) + "<p>2. 浙江宁波 网格化</p></body></html>").encode()
    r = read(page, "x.html")
    assert not r.problems
    assert r.text.split("\n") == ["第一届 最佳案例", "1. 江苏南京 公推直选", "2. 浙江宁波 网格化"]


@pytest.mark.parametrize("depth", [100, 600])  # 303 and 1803 levels
def test_deep_tables_keep_their_text_in_order_with_a_warning_naming_the_source_line(depth):
    page = ("<html><body>\n<p>第一届 最佳案例</p>\n" + "<table><tr><td>" * depth + "<p>1. 江苏南京 公推直选</p><p>2. 浙江宁波 网格化</p>"
            + "</td></tr></table>" * depth + "\n<p>3. 山东青岛 学时学分制</p></body></html>").encode()
    r = read(page, "x.html")
    assert r.text.split("\n") == ["第一届 最佳案例", "1. 江苏南京 公推直选", "2. 浙江宁波 网格化", "3. 山东青岛 学时学分制"]
    (w,) = r.problems
    assert w.code == "W107" and "source line 3" in w.message and f"{3 * depth + 3} levels" in w.message


def test_past_the_parsers_limit_the_cut_is_reported_with_line_and_column():
    page = ("<html><body><p>第一届 最佳案例</p>\n" + "<div>" * (PARSER_LIMIT + 100) + "深处" + "</div>" * (PARSER_LIMIT + 100)
            + "<p>1. 江苏南京 公推直选</p></body></html>").encode()
    r = read(page, "x.html")
    codes = [p.code for p in r.problems]
    assert "W108" in codes and r.text.startswith("第一届 最佳案例")
    w = next(p for p in r.problems if p.code == "W108")
    assert "source line 2, column" in w.message and "nothing after it is read" in w.message


def test_unclosed_inline_tags_past_the_parsers_limit_are_taken_out_and_nothing_is_lost():
    rows = "".join(f"<p><span><font>{i}. 某某县第{i}村党支部 积分制管理" for i in range(1, 800))  # 3 levels an entry
    r = read(f"<html><body><p>第一届 优秀案例</p>{rows}<p>完</p></body></html>".encode(), "x.html")
    assert "W108" not in [p.code for p in r.problems]
    assert r.text.split("\n")[-2:] == ["799. 某某县第799村党支部 积分制管理", "完"]


def test_a_page_that_gives_no_text_says_why_instead_of_calling_the_file_empty(tmp_path):
    from kg.errors import KgError
    from kg.ingest import read_document

    p = tmp_path / "deep.html"
    p.write_bytes(("<html><body>" + "<table><tr><td>" * 1000 + "第一届 最佳案例" + "</td></tr></table>" * 1000 + "</body></html>").encode())
    with pytest.raises(KgError, match=r"^E019 .*deep\.html: no text was read from its \d+ bytes \(html\): W108 .*line 1, column"):
        read_document(p)
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b" \n\t\n")
    with pytest.raises(KgError, match=r"^E001 "):  # white space only: empty
        read_document(blank)
