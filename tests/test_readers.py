"""Readers: files → typed blocks whose text is a slice of the document text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.ingest import read_document
from kg.readers import Read, reader_for

DATA = Path(__file__).parent / "data" / "readers"


def read_file(path: Path) -> Read:
    return reader_for(path.suffix)(path.read_bytes(), str(path))


def texts(r: Read, kind: str | None = None) -> list[str]:
    return [b.text(r.text) for b in r.blocks if kind is None or b.kind == kind]


def cells(r: Read) -> list[list[str]]:
    return [[r.text[c.start : c.end] for c in b.cells] for b in r.blocks if b.kind == "table_row"]


def assert_exact_spans(r: Read) -> None:
    """Every block is one whole line of the text, and its cells are slices inside it."""
    lines = r.text.split("\n")
    assert [b.text(r.text) for b in r.blocks] == lines
    for b in r.blocks:
        if b.kind == "table_row":  # (a row may start with an empty cell: a merge from the row above)
            assert b.text(r.text) == "\t".join(r.text[c.start : c.end] for c in b.cells) and b.text(r.text).strip()
        else:
            assert b.text(r.text) == b.text(r.text).strip() and b.text(r.text)
        for c in b.cells:
            assert b.start <= c.start <= c.end <= b.end


def furniture(r: Read) -> dict[str, str]:
    return {b.text(r.text): b.furniture for b in r.blocks if b.kind == "furniture"}


# ---------------------------------------------------------------- html


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.html")))
def test_html_blocks_are_exact_lines_and_deterministic(name):
    r = read_file(DATA / name)
    assert_exact_spans(r)
    again = read_file(DATA / name)
    assert (again.text, again.blocks, again.meta) == (r.text, r.blocks, r.meta)
    assert "script" not in r.text and "_hmt" not in r.text and "text-indent" not in r.text


def test_html_table_rows_cells_colspan_and_caption():
    r = read_file(DATA / "news-table.html")
    rows = cells(r)
    assert rows[0] == ["序号", "申报单位", "案例名称", "等次"]
    assert rows[1] == ["一等奖（3个）"]
    tier = [b for b in r.blocks if b.kind == "table_row"][1]
    assert tier.cells[0].colspan == 4 and tier.table == 0 and tier.row == 1
    assert rows[2] == ["1", "江州市湖滨区委组织部", "“红色楼栋”激活城市社区治理末梢", "一等奖"]
    assert len(rows) == 16 and rows[-1][1] == "沙洲区青山村党总支"
    assert texts(r, "caption") == ["第三届长江县域基层党建创新案例获奖名单"]
    assert ("heading", 1) in [(b.kind, b.level) for b in r.blocks]
    # order: intro paragraph, caption, table, closing paragraph
    order = [b.kind for b in r.blocks if b.kind != "furniture"]
    assert order.index("caption") < order.index("table_row") < len(order) - 1 - order[::-1].index("paragraph")


def test_html_furniture_by_structure_and_outside_main():
    r = read_file(DATA / "news-table.html")
    f = furniture(r)
    assert f["您的位置：首页 > 党建 > 正文"] == "breadcrumb"
    assert f["分享到：微信微博QQ空间"] == "share"
    assert f["县域党建创新论坛在望江举行"] == "related"
    assert f["Copyright © 2025 东江时报网 版权所有 江ICP备12345678号-1"] == "footer"
    assert f["要闻"] == "header"
    assert f["东江时报网首页 | 手机版 | 登录"] == "outside-main"
    assert f["上一篇：全市机关党建工作推进会召开"] == "pagination"
    assert not any("一等奖" in t for t in f)


def test_html_meta_title_date_site_author():
    meta = dict(read_file(DATA / "news-table.html").meta)
    assert meta["title"] == "第三届长江县域基层党建创新案例评选结果揭晓_东江时报网"
    assert meta["date"] == "2025-12-30" and meta["site"] == "东江时报网" and meta["author"] == "周晓岚"
    # no date in the page's metadata: read from its own labelled byline, not guessed from the copyright year
    assert dict(read_file(DATA / "party-links.html").meta)["date"] == "2025-10-09"


def test_html_br_splits_paragraphs_and_list_items_are_kept_although_link_dense():
    r = read_file(DATA / "gov-plist.html")
    paras = texts(r, "paragraph")
    assert "1.南湖街道桂花社区党委" in paras and "6.西城街道金叶社区党支部" in paras
    assert texts(r, "heading") == ["关于2025年度“红旗支部”创建示范点评选结果的通报"]  # a div printing the headline
    r = read_file(DATA / "party-links.html")
    items = texts(r, "list_item")
    assert items[0] == "市财政局预算处党支部：“账本里的初心”" and len(items) == 9
    assert furniture(r)["全市组织工作会议召开"] == "related"
    assert [b.level for b in r.blocks if b.kind == "heading"] == [2, 3, 3]


def test_html_link_table_outside_the_extractors_main_text_is_kept():
    r = read_file(DATA / "company-short.html")
    assert cells(r)[1:] == [["港务公司党委", "“港湾先锋”"], ["城建公司党委", "“筑梦红砖”"],
                            ["能源公司党委", "“光热党建”"], ["物流公司党总支", "“链动先锋”"]]
    assert "安溪分局党支部“红色驿站”" in texts(r, "paragraph")


def test_html_layout_tables_are_walked_and_gb2312_is_decoded():
    r = read_file(DATA / "county-layout-gb.html")
    assert r.encoding == "gb18030"
    # the rowspan cell is printed once; the rows under it have an empty cell in its column
    assert cells(r)[2] == ["2", "县委宣传部", "新时代文明实践“点单制”", ""]
    assert [b.origin for b in r.blocks if b.kind == "table_row"][2] == "html:tr:vmerge=3"
    assert {b.table for b in r.blocks if b.kind == "table_row"} == {0}  # layout tables are not tables
    f = furniture(r)
    assert f["首页 | 组织建设 | 干部工作 | 人才工作 | 党员教育"] == "nav"
    assert f["您现在的位置：首页 > 通知公告"] == "breadcrumb"
    assert f["工作动态"] == "outside-main"
    assert texts(r, "heading") == ["龙泉县2025年基层党建“书记项目”评审结果公示"]


def test_html_article_header_and_footer_are_content_page_ones_furniture():
    r = read_file(DATA / "college-trad.html")
    assert "我校三項黨建案例獲評全省高校黨建工作創新成果獎" in texts(r, "heading")
    assert "安全系黨總支《“安全微課堂”進宿舍》" in texts(r, "paragraph")
    assert furniture(r)["首頁 / 綜合新聞 / 正文"] == "breadcrumb"
    assert texts(r, "paragraph")[-1] == "（編輯：黃嘉怡）"  # <footer> inside <article>: content (line rules decide)


def test_html_main_content_choice_keeps_every_gold_content_block():
    """The reader's furniture marking against the hand-labelled furniture of every page."""
    from kg.readers.maincontent import key

    gold: dict[str, set[str]] = {}
    for line in (DATA / "html-furniture.gold.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            page, text = line.split("\t", 1)
            gold.setdefault(page, set()).add(key(text))
    wrong_furniture, kept_furniture = [], 0
    for page in sorted(DATA.glob("*.html")):
        r = read_file(page)
        for b in r.blocks:
            k = key(b.text(r.text))
            if b.kind == "furniture" and k not in gold.get(page.name, set()):
                wrong_furniture.append((page.name, b.text(r.text)))
            kept_furniture += b.kind != "furniture" and k in gold.get(page.name, set())
    assert wrong_furniture == []  # no content block is ever marked furniture
    assert kept_furniture <= 12  # bylines and editor notes around the headline: left to the line rules


def test_html_sidebar_without_furniture_words_is_outside_main_and_word_html_tables_are_read():
    r = read_file(DATA / "portal-sidebar.html")
    f = furniture(r)
    assert f["热点新闻"] == f["沪苏浙皖四地组织部门签署合作备忘录"] == "outside-main"  # a list the extractor kept none of
    assert f["市民在党群服务中心参加周末市集活动，志愿者为老年人提供理发、测血压等便民服务，现场气氛热烈，不少居民表示希望多办几场。"] \
        == "outside-main"  # kept by trafilatura, but outside the main container
    assert any(t.startswith("入选案例包括：《上海市金山区") for t in texts(r, "paragraph"))
    r = read_file(DATA / "word-export.html")
    assert cells(r)[1] == ["最佳实践（5个）"] and cells(r)[4] == ["3", "区市场监管局机关党委", "“小个专”党建+信用监管"]
    assert texts(r, "heading") == ["关于公布第二届全区机关党建“最佳实践”评选结果的通知"] and not furniture(r)


def _html(body: str) -> Read:
    page = f"<html><head><meta charset='utf-8'><title>t</title></head><body>{body}</body></html>"
    return reader_for(".html")(page.encode("utf-8"), "t.html")


def test_html_rowspan_cells_are_expanded_into_a_grid_like_word_vertical_merges():
    r = _html("<table><tr><th>序号</th><th>等次</th><th>单位</th><th>案例</th></tr>"
              "<tr><td>1</td><td rowspan='2'>一等</td><td>甲镇党委</td><td>“红色驿站”</td></tr>"
              "<tr><td>2</td><td>乙街道党工委</td><td>“三事分流”</td></tr>"
              "<tr><td>3</td><td rowspan='0'>二等</td><td>丙村党支部</td><td colspan='1'>“家门口”服务</td></tr>"
              "<tr><td rowspan='2' colspan='2'>（空）</td><td>丁社区党委</td><td>“楼栋长”</td></tr>"
              "<tr><td>戊企业党委</td><td>“双强”</td></tr></table>")
    assert_exact_spans(r)
    assert cells(r) == [["序号", "等次", "单位", "案例"], ["1", "一等", "甲镇党委", "“红色驿站”"],
                        ["2", "", "乙街道党工委", "“三事分流”"], ["3", "二等", "丙村党支部", "“家门口”服务"],
                        ["（空）", "丁社区党委", "“楼栋长”"], ["", "戊企业党委", "“双强”"]]
    rows = [b for b in r.blocks if b.kind == "table_row"]
    assert [b.origin for b in rows] == ["html:tr", "html:tr", "html:tr:vmerge=1", "html:tr", "html:tr", "html:tr:vmerge=0"]
    # a cell merged across and down: one cell with its colspan, and under it one empty cell as wide
    assert [c.colspan for c in rows[4].cells] == [2, 1, 1] and [c.colspan for c in rows[5].cells] == [2, 1, 1]
    # rowspan=0 (to the end) is cut by the row that overlaps it; the text is printed once
    assert r.text.count("二等") == 1 and r.text.count("一等") == 1


def test_html_repeated_div_and_li_field_blocks_are_table_rows_one_cell_per_field():
    r = _html("<div class='list'><div class='row head'><span>序号</span><span>单位</span><span>项目</span>"
              "<span>等次</span></div>\n<div class='row'><span class='n'>1</span><span class='u'>甲县委组织部</span>"
              "<em>“红色引擎”</em><span class='t'>金奖</span></div>\n<div class='row'><span class='n'>2</span>"
              "<span class='u'>乙区委组织部</span><em>“三事分流”</em><span class='t'></span></div></div>"
              "<ul><li><span>丙镇党委</span> <div>“家门口”服务</div></li><li><span>丁村党支部</span><div>“积分超市”</div></li></ul>")
    assert_exact_spans(r)
    assert cells(r) == [["序号", "单位", "项目", "等次"], ["1", "甲县委组织部", "“红色引擎”", "金奖"],
                        ["2", "乙区委组织部", "“三事分流”", ""], ["丙镇党委", "“家门口”服务"], ["丁村党支部", "“积分超市”"]]
    rows = [b for b in r.blocks if b.kind == "table_row"]
    assert [b.table for b in rows] == [0, 0, 0, 1, 1] and rows[0].origin == "html:div:fields"
    assert [b.origin for b in rows[3:]] == ["html:li:fields"] * 2
    assert texts(r, "paragraph") == [] and texts(r, "list_item") == []


@pytest.mark.parametrize("body, expected", [
    # an inline <span> inside a sentence: text between the children
    ("<p>由<span>市委组织部</span>主办的<span>“先锋杯”</span>评选结果揭晓</p>"
     "<p>由<span>市委宣传部</span>协办的<span>“红色”</span>展览开幕</p>",
     ["由市委组织部主办的“先锋杯”评选结果揭晓", "由市委宣传部协办的“红色”展览开幕"]),
    # one byline of <span>s is not a table, however many fields it has
    ("<div class='info'><span>来源：某某党建网</span><span>作者：张三</span><span>点击：12</span></div>",
     ["来源：某某党建网作者：张三点击：12"]),
    # a bar of links, repeated: all fields are links
    ("<div class='bar'><a href='#'>首页</a><a href='#'>要闻</a></div><div class='bar'><a href='#'>专题</a><a href='#'>视频</a></div>",
     ["首页要闻", "专题视频"]),
    # an article list: a headline link and a date are one field of own text
    ("<ul><li><a href='#'>某某区召开党建工作会议</a><span>2024-01-02</span></li>"
     "<li><a href='#'>某某街道开展<b>主题党日</b></a><span>2023-12-28</span></li></ul>",
     ["某某区召开党建工作会议2024-01-02", "某某街道开展主题党日2023-12-28"]),
    # Word's HTML: a paragraph split into <span> runs, and a run that continues a sentence
    ("<p class='MsoNormal'><span lang='EN-US'>1</span><span>甲镇党委“红色驿站”</span></p>"
     "<p class='MsoNormal'><span lang='EN-US'>2</span><span>乙镇党委“初心”</span></p>"
     "<div class='r'><span>1</span><span>、丙镇党委：“家门口”</span></div><div class='r'><span>2</span><span>、丁镇党委：“积分”</span></div>",
     ["1甲镇党委“红色驿站”", "2乙镇党委“初心”", "1、丙镇党委：“家门口”", "2、丁镇党委：“积分”"]),
    # same tag but other fields, or no class word in common: not one table
    ("<div class='a'><span>甲镇党委</span><span>“红色驿站”</span></div><div class='b'><span>乙镇党委</span><span>“初心”</span></div>"
     "<div><span>丙镇党委</span><em>“家门口”</em></div><div><span>丁镇党委</span><span>“积分”</span></div>",
     ["甲镇党委“红色驿站”", "乙镇党委“初心”", "丙镇党委“家门口”", "丁镇党委“积分”"]),
    # text between two blocks breaks the run; a <br> inside a block makes it text
    ("<div><span>甲镇党委</span><span>“红色驿站”</span></div>以及<div><span>乙镇党委</span><span>“初心”</span></div>"
     "<p><span>丙镇党委</span><br><span>“家门口”</span></p><p><span>丁镇党委</span><br><span>“积分”</span></p>",
     ["甲镇党委“红色驿站”", "以及", "乙镇党委“初心”", "丙镇党委", "“家门口”", "丁镇党委", "“积分”"]),
])
def test_html_prose_spans_bylines_and_link_bars_stay_paragraphs(body, expected):
    r = _html(body)
    assert cells(r) == []
    assert [b.text(r.text) for b in r.blocks if b.kind != "furniture"] == expected


def test_html_bad_markup_is_read_and_empty_is_a_coded_error(tmp_path):
    p = tmp_path / "broken.html"
    p.write_bytes("<html><body><p>一等奖<table><tr><td>1<td>某某镇党委<tr><td>2</table><li>未闭合".encode())
    r = read_file(p)
    assert cells(r) == [["1", "某某镇党委"], ["2"]] and texts(r, "list_item") == ["未闭合"]
    assert texts(r, "paragraph") == ["一等奖"]  # a short tier line next to the table stays content
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    with pytest.raises(KgError, match="^E001 "):
        read_file(empty)
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(KgError, match="^E002 "):
        read_file(binary)


def test_html_document_has_blocks_and_meta(tmp_path):
    doc, _ = read_document(DATA / "news-table.html")
    assert doc.format == "html" and doc.blocks and dict(doc.meta)["site"] == "东江时报网"
    assert all(b.text(doc.text) for b in doc.blocks)


# ---------------------------------------------------------------- docx

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _numbering(d, num_id: int, fmt: str, start_override: int | None = None) -> None:
    """Give the document a list definition ``num_id`` whose level 0 is numbered in ``fmt``."""
    from docx.oxml import parse_xml

    root = d.part.numbering_part.element
    aid = 900 + num_id
    root.insert(0, parse_xml(
        f'<w:abstractNum {W_NS} w:abstractNumId="{aid}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1、"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/></w:lvl></w:abstractNum>'))
    override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>'
                if start_override else "")
    root.append(parse_xml(f'<w:num {W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{override}</w:num>'))


def _numbered(d, text: str, num_id: int, level: int = 0):
    from docx.oxml import parse_xml

    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W_NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def make_docx(path: Path) -> Path:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_heading("第五届全市机关党建创新案例评选结果", level=1)
    d.add_paragraph("经评审，现将结果公布如下。")
    d.add_heading("一、一等奖", level=2)
    _numbering(d, 71, "chineseCounting")
    _numbering(d, 72, "chineseCounting", start_override=1)
    _numbered(d, "市委办公室党支部：“三联三促”工作法", 71)
    _numbered(d, "市财政局党组：预算绩效“红色引擎”", 71)
    _numbered(d, "其中：财政监督分局党支部", 71, level=1)
    d.add_paragraph("二等奖")
    _numbered(d, "市审计局党组：“审计+党建”双融合", 72)
    d.add_paragraph("市图书馆党支部：“悦读”进社区", style="List Bullet")
    p = d.add_paragraph("市档案馆党支部")
    p.add_run().add_break()
    p.add_run("市气象局党支部")
    box = d.add_paragraph("附：")
    box._p.append(parse_xml(
        f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        '<w:p><w:r><w:t>（本名单以公示为准）</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    t = d.add_table(rows=5, cols=3)
    rows = [["序号", "单位", "案例名称"], ["三等奖", "", ""], ["1", "城关镇党委", "“小巷管家”精细化治理"],
            ["2", "", "“网格连心”服务"], ["3", "石门乡党委", "“山货进城”党员带富"]]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    t.cell(1, 0).merge(t.cell(1, 2))
    t.cell(2, 1).merge(t.cell(3, 1))
    d.add_paragraph("以上名单排名不分先后。")
    d.sections[0].header.paragraphs[0].text = "中共某市委组织部"
    d.save(path)
    return path


def test_docx_blocks_in_body_order_with_headings_lists_and_tables(tmp_path):
    r = read_file(make_docx(tmp_path / "list.docx"))
    assert_exact_spans(r)
    kinds = [(b.kind, b.text(r.text)) for b in r.blocks]
    assert kinds[:3] == [("heading", "第五届全市机关党建创新案例评选结果"), ("paragraph", "经评审，现将结果公布如下。"),
                         ("heading", "一、一等奖")]
    assert [b.level for b in r.blocks if b.kind == "heading"] == [1, 2]
    table_at = [i for i, b in enumerate(r.blocks) if b.kind == "table_row"]
    assert kinds[table_at[0] - 1] == ("paragraph", "（本名单以公示为准）")  # text box after its anchor paragraph
    assert kinds[table_at[-1] + 1] == ("paragraph", "以上名单排名不分先后。")
    assert ("paragraph", "市档案馆党支部") in kinds and ("paragraph", "市气象局党支部") in kinds  # soft break
    assert kinds[-1] == ("furniture", "中共某市委组织部") and r.blocks[-1].furniture == "page-header"


def test_docx_numbering_format_level_and_number_are_in_the_origin(tmp_path):
    r = read_file(make_docx(tmp_path / "list.docx"))
    items = [(b.text(r.text), b.origin) for b in r.blocks if b.kind == "list_item"]
    assert items == [
        ("市委办公室党支部：“三联三促”工作法", "docx:numbered:chineseCounting:0:1"),
        ("市财政局党组：预算绩效“红色引擎”", "docx:numbered:chineseCounting:0:2"),
        ("其中：财政监督分局党支部", "docx:numbered:decimalEnclosedCircle:1:1"),
        ("市审计局党组：“审计+党建”双融合", "docx:numbered:chineseCounting:0:1"),  # restarted list
        ("市图书馆党支部：“悦读”进社区", "docx:numbered:bullet:0:1"),  # List Bullet style numbering
    ]


def test_docx_merged_cells(tmp_path):
    r = read_file(make_docx(tmp_path / "list.docx"))
    rows = [b for b in r.blocks if b.kind == "table_row"]
    assert cells(r) == [["序号", "单位", "案例名称"], ["三等奖"], ["1", "城关镇党委", "“小巷管家”精细化治理"],
                        ["2", "", "“网格连心”服务"], ["3", "石门乡党委", "“山货进城”党员带富"]]
    assert rows[1].cells[0].colspan == 3 and rows[3].origin == "docx:tr:vmerge=1"
    assert [b.row for b in rows] == [0, 1, 2, 3, 4] and {b.table for b in rows} == {0}


def test_docx_bad_file_is_a_coded_error(tmp_path):
    p = tmp_path / "bad.docx"
    p.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(KgError, match=r"^E006 .*bad\.docx"):
        read_file(p)


# ---------------------------------------------------------------- xlsx


def make_xlsx(path: Path, cached: str | None = None) -> Path:
    import datetime
    import zipfile

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "获奖名单"
    ws.append(["第三届创新案例获奖名单"])
    ws.merge_cells("A1:D1")
    ws.append(["序号", "单位", "案例名称", "得分"])
    ws.append(["一等奖"])
    ws.merge_cells("A3:D3")
    ws.append([1.0, "城关镇党委", "“小巷管家”精细化治理", 95.5])
    ws.append([2, "石门乡党委", "“山货进城”党员带富", "=D4-1"])
    ws.append([])
    ws.append([3, "县人民法院党组", datetime.datetime(2025, 12, 30), 0.125])
    ws["D7"].number_format = "0.0%"
    ws.merge_cells("B4:B5")
    wb.create_sheet("空表")
    wb.create_sheet("说明")["B2"] = "以上排名不分先后"
    wb.save(path)
    if cached is not None:  # what Excel stores after computing the formula
        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
            b"<f>D4-1</f><v></v>", f"<f>D4-1</f><v>{cached}</v>".encode())
        with zipfile.ZipFile(path, "w") as z:
            for n, b in parts.items():
                z.writestr(n, b)
    return path


def test_xlsx_sheets_rows_merged_cells_and_printed_values(tmp_path):
    r = read_file(make_xlsx(tmp_path / "list.xlsx", cached="94.5"))
    assert_exact_spans(r)
    assert [(b.kind, b.text(r.text)) for b in r.blocks if b.kind == "heading"] == [("heading", "获奖名单"),
                                                                                  ("heading", "说明")]
    assert r.blocks[0].origin == "xlsx:sheet"
    assert cells(r) == [["第三届创新案例获奖名单"], ["序号", "单位", "案例名称", "得分"], ["一等奖"],
                        ["1", "城关镇党委", "“小巷管家”精细化治理", "95.5"],
                        ["2", "", "“山货进城”党员带富", "94.5"],  # merged down: text kept once; cached formula value
                        ["3", "县人民法院党组", "2025-12-30", "12.5%"],
                        ["以上排名不分先后"]]
    rows = [b for b in r.blocks if b.kind == "table_row"]
    assert [c.colspan for c in rows[0].cells] == [4] and [c.colspan for c in rows[2].cells] == [4]
    assert rows[4].origin == "xlsx:row:5:vmerge=1" and rows[5].origin == "xlsx:row:7"
    assert [(b.table, b.row) for b in rows] == [(0, 0), (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (1, 0)]
    assert r.problems == []


def test_xlsx_formula_without_saved_value_is_reported(tmp_path):
    r = read_file(make_xlsx(tmp_path / "list.xlsx"))
    assert cells(r)[4] == ["2", "", "“山货进城”党员带富"]
    assert [p.code for p in r.problems] == ["W104"] and "D5" in r.problems[0].message


def test_xlsx_bad_file_is_a_coded_error(tmp_path):
    p = tmp_path / "bad.xlsx"
    p.write_bytes("序号,单位\n1,某某".encode())
    with pytest.raises(KgError, match=r"^E009 .*bad\.xlsx: cannot read \.xlsx"):
        read_file(p)


# ---------------------------------------------------------------- pdf
# award-list.pdf, scanned-page.pdf and encrypted.pdf are made by tests/data/readers/make_pdfs.py
# (fpdf2 + a CJK font) and committed, so these tests need no font.


def test_pdf_tables_lines_and_order():
    r = read_file(DATA / "award-list.pdf")
    assert_exact_spans(r)
    body = [(b.kind, b.text(r.text)) for b in r.blocks if b.kind != "furniture"]
    assert body[:2] == [("paragraph", "第三届江州市基层党建创新案例评选结果"),
                        ("paragraph", "经各地推荐、专家评审，评选出一等奖案例3个、二等奖案例2个，现将名单公布如下。")]
    assert cells(r) == [["序号", "申报单位", "案例名称"], ["一等奖"],
                        ["1", "江州市湖滨区委组织部", "“红色楼栋”激活城市社区治理末梢，让党员在家门口亮身份、作表率"],
                        ["2", "临川县白沙镇党委", "“田间党课”让党员教育沉到一线"],
                        ["3", "望江市开发区党工委", "“链上党建”助力园区企业抱团发展"]]
    rows = [b for b in r.blocks if b.kind == "table_row"]
    assert rows[1].cells[0].colspan == 3 and [b.row for b in rows] == [0, 1, 2, 3, 4]
    assert body[7] == ("paragraph", "二等奖名单见下页。")  # after the table, not mixed into it
    assert ("paragraph", "1.江州市电力公司党委：“光明驿站”点亮乡村振兴路") in body
    assert r.blocks[-2].origin == "pdf:p3"
    assert not any("作表率" in t for k, t in body if k == "paragraph")  # table text is not repeated as lines


def test_pdf_unruled_columns_stay_apart_and_cjk_is_not_spaced():
    r = read_file(DATA / "award-list.pdf")
    line = next(t for t in texts(r, "paragraph") if t.startswith("序号"))
    assert re.fullmatch(r"序号 {3,}单位 {3,}备注", line)
    assert all(" " not in t for t in texts(r, "paragraph") if "：" in t)


def test_pdf_running_headers_and_page_numbers_are_furniture():
    r = read_file(DATA / "award-list.pdf")
    f = [(b.text(r.text), b.furniture) for b in r.blocks if b.kind == "furniture"]
    assert f.count(("中共江州市委组织部", "page-header")) == 3
    assert [t for t, k in f if k == "page-footer"] == ["- 1 -", "- 2 -", "- 3 -"]


def test_pdf_page_without_text_layer_is_reported():
    r = read_file(DATA / "scanned-page.pdf")
    assert texts(r) == ["第一页有文字层"]
    assert [(p.code, p.message) for p in r.problems] == [
        ("W103", "W103 page 2 has no text layer (scanned?); nothing read from it")]


def test_pdf_bad_files_are_coded_errors(tmp_path):
    with pytest.raises(KgError, match=r"^E014 .*encrypted\.pdf"):
        read_file(DATA / "encrypted.pdf")
    bad = tmp_path / "broken.pdf"
    bad.write_bytes((DATA / "award-list.pdf").read_bytes()[:3000])
    with pytest.raises(KgError, match=r"^E009 .*broken\.pdf: cannot read PDF"):
        read_file(bad)
    from fpdf import FPDF

    scan = FPDF()
    scan.add_page()
    scan.rect(20, 20, 100, 100, style="F")
    (tmp_path / "scan.pdf").write_bytes(bytes(scan.output()))
    with pytest.raises(KgError, match=r"^E015 .*scan\.pdf: none of its 1 page"):
        read_file(tmp_path / "scan.pdf")


def test_pdf_owner_password_only_is_readable(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-only")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "Award list 2025")
    (tmp_path / "owner.pdf").write_bytes(bytes(pdf.output()))
    assert texts(read_file(tmp_path / "owner.pdf")) == ["Award list 2025"]


def test_html_encodings(tmp_path):
    page = "<html><head><meta charset='{cs}'><title>名单</title></head><body><p>城关镇党委：“小巷管家”</p></body></html>"
    (tmp_path / "stale.html").write_bytes(page.format(cs="gb2312").encode("utf-8"))  # re-saved as UTF-8
    (tmp_path / "gbk.html").write_bytes(page.format(cs="gbk").encode("gb18030"))
    (tmp_path / "undeclared.html").write_bytes(page.replace("<meta charset='{cs}'>", "").encode("gb18030"))
    for name, encoding in (("stale.html", "utf-8"), ("gbk.html", "gb18030"), ("undeclared.html", "gb18030")):
        r = read_file(tmp_path / name)
        assert r.encoding == encoding and texts(r) == ["城关镇党委：“小巷管家”"], name


def test_pdf_lines_that_run_to_the_right_edge_are_joined_with_their_continuation():
    from kg.ingest import read_document

    data = Path(__file__).parent / "data" / "lists_office"
    doc = read_document(data / "o08_liuzhou_numbered_wrap.pdf")[0]
    lines = doc.text.split("\n")
    assert any(x.endswith("研发攻关与产业链协同") for x in lines)  # a title wrapped onto a second line
    assert "产业链协同" not in lines and "国家" not in lines
    assert sum(1 for x in lines if re.match(r"\d\. ", x)) == 9  # every numbered entry keeps its own line
    doc = read_document(data / "o07_linyi_gongshi_table.pdf")[0]
    # a running header whose last word sits at the right edge is not joined to the title under it
    assert doc.text.split("\n")[0] == "中共临沂市委组织部　公示"


def test_text_table_with_cell_walls_is_read_as_rows(tmp_path):
    """A table copied as text with its walls (| a | b |, or │) is table rows; its rule line is furniture."""
    p = tmp_path / "walls.txt"
    p.write_text("2023年度芜湖市基层党建创新案例名单\n| 序号 | 申报单位 | 案例名称 | 等次 |\n|---|---|---|---|\n"
                 "| 1 | 镜湖区委组织部 | “红色物业”破解小区治理难题 | 一等奖 |\n"
                 "│ 2 │ 弋江区委组织部 │ 党建引领“小网格”撬动“大治理” │ 二等奖 │\n", encoding="utf-8")
    doc, _ = read_document(p)
    rows = [[doc.text[c.start:c.end] for c in b.cells] for b in doc.blocks if b.kind == "table_row"]
    assert rows[1] == ["1", "镜湖区委组织部", "“红色物业”破解小区治理难题", "一等奖"]
    assert [b.furniture for b in doc.blocks if b.kind == "furniture"] == ["table rule"]
    from kg.parse import parse_document
    got = [(e.subject, e.tier_label) for e in parse_document(doc).entries]
    assert got == [("镜湖区委组织部", "一等奖"), ("弋江区委组织部", "二等奖")]


def test_pdf_in_two_text_columns_is_read_column_by_column():
    """A list set in two columns (lists_blind7 g1): the left column's lines, then the right column's, never a line
    of each glued; a single-column unruled table keeps its rows (lists_blind6 f4)."""
    data = Path(__file__).resolve().parent / "data"
    doc, _ = read_document(next((data / "lists_blind7").glob("g1_*.pdf")))
    lines = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    k = lines.index("一等奖")
    assert lines[k + 1].startswith("1. ") and lines[k + 3].startswith("3. ") and lines[k + 4] == "二等奖"
    assert not any(re.search(r"\S\s{2,}\d+\. ", t) for t in lines)  # no entry of the other column on the line
    assert lines.index("三等奖") > lines.index("二等奖")
    doc, _ = read_document(data / "lists_blind6" / "f4_xuzhou_space_aligned.pdf")
    rows = [doc.text[b.start:b.end] for b in doc.blocks if doc.text[b.start:b.end].startswith("1 ")]
    assert rows and "一等奖" in rows[0]  # the table's row stays whole


def test_two_row_table_header_and_cells_merged_down_are_read(tmp_path):
    """lists_blind7 g3: 项目 spans 名称 | 类别 in a second header row, the county cell is merged down, and the
    signature under the table is no entry."""
    from kg.parse import parse_document

    data = Path(__file__).resolve().parent / "data" / "lists_blind7"
    doc, _ = read_document(next(data.glob("g3_*.docx")))
    es = parse_document(doc).entries
    assert len(es) == 9 and {e.tier_label for e in es} == {"一等奖", "二等奖", "三等奖"}
    assert all(e.category.endswith("振兴类") for e in es)
    e = next(e for e in es if e.subject == "仓头镇孙都村党支部")
    assert e.context_region.endswith("新安县")  # the 县（市、区） cell merged over its rows


def test_html_cards_and_p_rows_of_spans_are_table_rows(tmp_path):
    """<div class=card><h4>TITLE</h4><p>UNIT</p><span>TIER</span></div> and <p><span>1</span><span>UNIT</span>…</p>
    runs are rows; a header-less table's columns come from their cells (units, titles, tier words)."""
    from kg.parse import parse_document

    cards = "".join(f'<div class="card"><h4>{t}</h4><p>{u}</p><span class="tag">{k}</span></div>' for t, u, k in [
        ("“鞋都红”党建引领品牌出海", "晋江市陈埭镇鞋业商会党委", "一等奖"), ("“茶香党建”助农增收", "安溪县茶业集团有限公司党委", "二等奖")])
    spans = "".join(f"<p><span>{n}</span><span>{u}</span><span>{t}</span></p>" for n, u, t in [
        (1, "海曙区鼓楼街道党工委", "“鼓楼沿”老城更新"), (2, "鄞州区东胜街道党工委", "“东胜红管家”物业治理")])
    p = tmp_path / "cards.html"
    p.write_text("<html><body><h2>泉州市第三届“刺桐红”非公企业党建创新案例获奖名单</h2>"
                 f"<div class=cards>{cards}</div><h3>三等奖</h3>{spans}</body></html>", encoding="utf-8")
    doc, _ = read_document(p)
    got = [(e.subject, e.title, e.tier_label) for e in parse_document(doc).entries]
    assert got == [("晋江市陈埭镇鞋业商会党委", "“鞋都红”党建引领品牌出海", "一等奖"),
                   ("安溪县茶业集团有限公司党委", "“茶香党建”助农增收", "二等奖"),
                   ("海曙区鼓楼街道党工委", "“鼓楼沿”老城更新", "三等奖"), ("鄞州区东胜街道党工委", "“东胜红管家”物业治理", "三等奖")]


def test_company_column_is_the_parent_of_the_party_unit_column():
    """lists_blind11 g7: 企业名称 | 党组织名称 — the party organisation is the unit, the company (merged down) its parent."""
    from kg.parse import parse_document

    doc, _ = read_document(next((Path(__file__).resolve().parent / "data" / "lists_blind11").glob("g7_*.xlsx")))
    es = parse_document(doc).entries
    assert len(es) == 9 and all("党" in e.subject for e in es)
    assert {e.tier_label for e in es} == {"五星级", "四星级"}
