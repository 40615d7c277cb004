"""Kinds of layout met in blind batches 24–27 (issue 9), each on invented text: two tier groups in one sentence,
a review's edition sections headed by a theme, cumulative tables with a 届次 or 年度 column, a category printed
with its tier, a title wrapped onto the next line, numbers restarting per category, units placed by context.

Every text here is invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

from kg.model import Document
from kg.parse import parse_document
from kg.pipeline import build


def _parse(text: str):
    from kg.readers.text import line_blocks

    return parse_document(Document("doc/t", "t.txt", "t.txt", text, "utf-8", "text", "0", line_blocks(text)))


def test_two_tier_groups_of_one_sentence_apart_by_a_comma_each_keep_their_tier():
    text = ("某市第二届机关党建创新案例评选结果揭晓\n"
            "　　经评审，甲局机关党委的“阳光审批”、乙局机关党委“红色驿站”服务群众获一等奖，"
            "丙局机关第二党支部“楼栋党小组”推动老旧小区改造、丁局机关党委“网上党支部”联系社会组织获二等奖。\n")
    rows = [(e.subject, e.tier_label) for e in _parse(text).entries]
    assert rows == [("甲局机关党委", "一等奖"), ("乙局机关党委", "一等奖"),
                    ("丙局机关第二党支部", "二等奖"), ("丁局机关党委", "二等奖")]


def test_a_reviews_edition_sections_headed_by_a_theme_keep_the_series_and_take_their_years_from_the_prose():
    text = ("三届评选 百花齐放\n——某市市直机关党建创新案例评选工作综述\n"
            "　　2021年以来，市直机关工委连续举办三届某市市直机关党建创新案例评选，累计收到申报案例300余个。\n"
            "首届评选：打基础、立标杆\n"
            "　　2021年举办的首届评选，甲局机关党委“阳光财政”、乙局机关党委“红色代办员”帮办服务获一等奖。\n"
            "第二届评选：重基层、强治理\n"
            "　　2023年第二届评选聚焦基层治理。丙局机关党委“城管驿站”获一等奖。\n"
            "第三届评选：创品牌、见实效\n"
            "　　今年举办的第三届评选，丁局机关党委“税务先锋”获一等奖。\n"
            "发布日期：2025年10月9日\n")
    p = _parse(text)
    assert {e.competition.name for e in p.entries} == {"某市市直机关党建创新案例"}
    assert [(e.subject, e.edition, e.year) for e in p.entries] == [
        ("甲局机关党委", 1, 2021), ("乙局机关党委", 1, 2021), ("丙局机关党委", 2, 2023), ("丁局机关党委", 3, 2025)]


def _page(tmp_path: Path, name: str, body: str) -> Path:
    f = tmp_path / name
    f.write_text(f"<html><head><meta charset='utf-8'><title>x</title></head><body>{body}</body></html>", encoding="utf-8")
    return f


def test_a_cumulative_table_reads_each_rows_edition_and_year_from_its_merged_column(tmp_path):
    body = ("<h2>某省公立医院党建工作创新案例历届获奖名单</h2>"
            "<table><tr><td>届次</td><td>序号</td><td>申报单位</td><td>案例名称</td><td>等次</td></tr>"
            "<tr><td rowspan='2'>第一届（2020年）</td><td>1</td><td>某市人民医院党委</td><td>“红色诊室”服务</td><td>一等奖</td></tr>"
            "<tr><td>2</td><td>某县中医院党支部</td><td>“白衣先锋”巡诊</td><td>二等奖</td></tr>"
            "<tr><td>第二届（2022年）</td><td>3</td><td>某区妇幼保健院党支部</td><td>“母婴安全”网格化管理</td><td>一等奖</td></tr>"
            "</table><p>某省卫生健康委机关党委</p><p>2025年4月</p>")
    b = build([_page(tmp_path, "h.html", body)])
    rows = sorted((c.subject, c.edition, c.year, c.competition.name) for c in b.cases)
    assert rows == [("某区妇幼保健院党支部", 2, 2022, "某省公立医院党建工作创新案例"),
                    ("某县中医院党支部", 1, 2020, "某省公立医院党建工作创新案例"),
                    ("某市人民医院党委", 1, 2020, "某省公立医院党建工作创新案例")]


def test_a_year_column_gives_each_row_its_year_and_a_year_range_leaves_no_empty_brackets(tmp_path):
    body = ("<h2>某市城市社区党建创新项目评选历年获奖名单（2022—2024年度）</h2>"
            "<table><tr><td>年度</td><td>序号</td><td>单位名称</td><td>项目名称</td><td>等次</td></tr>"
            "<tr><td>2022年度</td><td>1</td><td>某街道甲社区党委</td><td>“红色物业”进小区</td><td>一等奖</td></tr>"
            "<tr><td>2023年度</td><td>1</td><td>某街道乙社区党委</td><td>“楼道议事会”</td><td>一等奖</td></tr>"
            "<tr><td>2024年度</td><td>1</td><td>某街道丙社区党委</td><td>“积分超市”激活治理</td><td>一等奖</td></tr></table>")
    b = build([_page(tmp_path, "y.html", body)])
    assert sorted((c.subject, c.year) for c in b.cases) == [
        ("某街道丙社区党委", 2024), ("某街道乙社区党委", 2023), ("某街道甲社区党委", 2022)]
    assert {c.competition.name for c in b.cases} == {"某市城市社区党建创新项目"}


def test_a_category_printed_with_its_tier_ends_at_a_tier_heading_without_one_and_numbers_restart_without_conflict():
    text = ("2024年度某省属企业党建工作创新成果评选结果揭晓\n"
            "改革发展类一等奖（2项）\n1. 甲集团党委：“链长制”党建联盟\n2. 乙集团党委：“港口红帆”先锋岗\n"
            "基层治理类一等奖（2项）\n1. 丙集团党委：“共享党建”参与社区治理\n2. 丁集团党委：“电力网格员”进村入户\n"
            "优秀组织成果（1项）\n戊集团党委：“党员中心户”联系工地职工\n")
    p = _parse(text)
    assert [(e.subject, e.category) for e in p.entries] == [
        ("甲集团党委", "改革发展类"), ("乙集团党委", "改革发展类"), ("丙集团党委", "基层治理类"), ("丁集团党委", "基层治理类"),
        ("戊集团党委", "")]


def test_numbers_restarting_in_each_category_are_separate_cases_without_a_conflict(tmp_path):
    f = tmp_path / "c.txt"
    f.write_text("2024年度某省属企业党建工作创新成果评选结果揭晓\n"
                 "改革发展类一等奖（1项）\n1. 甲集团党委：“链长制”党建联盟\n"
                 "基层治理类一等奖（1项）\n1. 丙集团党委：“共享党建”参与社区治理\n", encoding="utf-8")
    b = build([f])
    assert len(b.cases) == 2
    assert not [p for p in b.problems if p.code == "W409"]
    assert len({c.id for c in b.cases}) == 2


def test_a_title_stopping_half_way_goes_on_in_the_short_line_under_it_but_an_entry_below_is_its_own():
    text = ("第三届某市基层党建创新案例名单\n一等奖\n1、甲公司舟山分公司党支部：海上运输线上的\n　“流动党员之家”\n"
            "2、乙镇党委：“积分超市”激发村民参与\n丙县丁镇：“乡风文明”积分评比\n")
    p = _parse(text)
    assert [(e.subject, e.title) for e in p.entries] == [
        ("甲公司舟山分公司党支部", "海上运输线上的“流动党员之家”"), ("乙镇党委", "“积分超市”激发村民参与"),
        ("丙县丁镇", "“乡风文明”积分评比")]


def test_units_placed_by_the_documents_context_are_not_one_subject(tmp_path):
    f = tmp_path / "s.txt"
    f.write_text("西安市第二届市直机关党建创新案例名单\n一等奖\n1. 市财政局机关党委：“阳光财政”\n"
                 "2. 市民政局机关党委：“网上党支部”联系社会组织\n", encoding="utf-8")
    b = build([f])
    assert len(b.cases) == 2
    assert all(not c.subject_group for c in b.cases)


def test_a_column_pages_tagged_links_are_entries_with_the_tags_tier_and_no_date_in_the_title():
    text = ("某县党建网 创新案例\n"
            "【2025年度基层党建创新案例·三等奖】甲乡党委：党员中心户“一户一档”联系服务群众2026-01-16\n"
            "【工作动态】县委组织部召开基层党建创新案例成果运用推进会2026-01-09\n"
            "【2025年度基层党建创新案例·一等奖】乙镇党委:“红色网格”织密基层治理“一张网”2026-01-06\n")
    p = _parse(text)
    assert [(e.subject, e.title, e.tier_label, e.year) for e in p.entries] == [
        ("甲乡党委", "党员中心户“一户一档”联系服务群众", "三等奖", 2025), ("乙镇党委", "“红色网格”织密基层治理“一张网”", "一等奖", 2025)]


def test_under_a_tier_heading_a_bracketed_town_before_a_title_is_the_unit():
    text = ("2023年度某区“网格连心”基层治理创新案例出炉\n▌二等奖（3个）\n"
            "🔹【甲街道】“师爷调解”网格化矛盾化解机制\n🔹【乙镇】“香榧红”山区党建联盟\n🔹【丙街道】“墨香润心”党员志愿服务\n")
    assert [(e.subject, e.title, e.tier_label) for e in _parse(text).entries] == [
        ("甲街道", "“师爷调解”网格化矛盾化解机制", "二等奖"), ("乙镇", "“香榧红”山区党建联盟", "二等奖"),
        ("丙街道", "“墨香润心”党员志愿服务", "二等奖")]


def test_rows_pasted_from_a_spreadsheet_are_a_table():
    text = ("某市2024年度机关党建创新案例评审结果\n序号\t县（市、区）\t单位\t案例名称\t等次\t备注\n"
            "1\t市直\t市图书馆党总支\t“书香党建”阅读品牌\t一等奖\t\n2\t正定县\t正定县行政审批局党支部\t“审批红管家”帮办代办\t二等奖\t已公示\n")
    from kg.readers.text import line_blocks

    rows = [b for b in line_blocks(text) if b.kind == "table_row"]
    assert len(rows) == 3 and [len(b.cells) for b in rows] == [6, 6, 6]
    assert [(e.subject, e.title, e.tier_label) for e in _parse(text).entries] == [
        ("市图书馆党总支", "“书香党建”阅读品牌", "一等奖"), ("正定县行政审批局党支部", "“审批红管家”帮办代办", "二等奖")]


def test_a_compilations_contents_lines_are_entries_without_leaders_and_page_numbers():
    text = ("第二届某省“先锋”基层党建创新案例汇编\n目　　录\n前言..............................Ⅰ\n最佳案例\n"
            "甲市乙区丙街道：“春城红管家”网格化社区治理.......................1\n"
            "丁州戊县：梯田党员中心户“带头种、带头管”........................9\n"
            "优秀案例\n“积分制”管理激活农村党员队伍——某省某市某县委组织部\t27\n")
    p = _parse(text)
    assert [(e.subject, e.title, e.tier_label) for e in p.entries] == [
        ("甲市乙区丙街道", "“春城红管家”网格化社区治理", "最佳案例"), ("丁州戊县", "梯田党员中心户“带头种、带头管”", "最佳案例"),
        ("某省某市某县委组织部", "“积分制”管理激活农村党员队伍", "优秀案例")]
    assert {e.competition.name for e in p.entries} == {"某省“先锋”基层党建创新案例"}


def test_a_lead_names_its_last_tier_and_points_that_name_winners_are_entries():
    text = ("我省2个案例入选第四届全国城乡基层党建创新典型案例\n"
            "    我省入选最佳案例的有1个：甲市乙区文化路街道党工委报送的“网格化+楼院长”治理模式。\n"
            "    学校有2个案例入选。一是机械工程学院学生第一党支部的《“学时学分制”让学生党员教育有抓手》入选优秀案例；\n"
            "    二是后勤保障处党总支的《“一站式”学生社区党建》入选优秀案例。\n")
    rows = [(e.subject, e.tier_label) for e in _parse(text).entries]
    assert rows == [("甲市乙区文化路街道党工委", "最佳案例"), ("机械工程学院学生第一党支部", "优秀案例"), ("后勤保障处党总支", "优秀案例")]


def test_a_tally_sheets_counts_are_no_entries(tmp_path):
    body = ("<h2>全国城乡基层党建创新典型案例入选情况统计（按省份）</h2>"
            "<table><tr><td>序号</td><td>省份</td><td>入选数</td></tr><tr><td>1</td><td></td><td>3</td></tr>"
            "<tr><td>2</td><td></td><td>0</td></tr></table>"
            "<h2>第二届全国城乡基层党建创新典型案例名单</h2><table><tr><td>序号</td><td>申报单位</td><td>案例名称</td><td>等次</td></tr>"
            "<tr><td>1</td><td>某县委组织部</td><td>“积分制”管理</td><td>最佳案例</td></tr></table>")
    b = build([_page(tmp_path, "t.html", body)])
    assert [(c.subject, c.title) for c in b.cases] == [("某县委组织部", "“积分制”管理")]


def test_an_old_page_laid_out_in_a_table_is_read_as_a_page(tmp_path):
    paras = "".join(f"<p>{k}.某镇{k}村党支部&nbsp;&nbsp;&nbsp;&nbsp;“红色物业”进小区{k}</p>" for k in range(1, 4))
    body = ("<table><tr><td colspan='2'>某某先锋网</td></tr><tr><td><h2>某市第二届“红土先锋”基层党建品牌评选结果公布</h2>"
            "<div>2018年12月07日 来源：某某先锋网</div><p>经综合评审，确定示范品牌3个。</p><p><strong>一、示范品牌</strong></p>"
            f"{paras}</td><td>热点排行<br>1.<a href='#'>全市基层党组织书记培训班开班</a></td></tr></table>")
    b = build([_page(tmp_path, "old.html", body)])
    assert sorted((c.subject, c.tier_label) for c in b.cases) == [(f"某镇{k}村党支部", "示范品牌") for k in range(1, 4)]


def test_a_word_table_inside_a_layout_table_is_read_as_the_list(tmp_path):
    from docx import Document as Docx

    d = Docx()
    outer = d.add_table(rows=1, cols=1)
    cell = outer.cell(0, 0)
    cell.paragraphs[0].text = "某市第三届基层党建创新案例评选结果"
    inner = cell.add_table(rows=3, cols=3)
    for r, row in enumerate([("序号", "申报单位", "案例名称"), ("1", "甲镇党委", "城区“网格化”党建全覆盖"),
                             ("2", "乙镇党委", "农村党员“积分制”管理")]):
        for c, v in enumerate(row):
            inner.cell(r, c).text = v
    f = tmp_path / "nested.docx"
    d.save(f)
    assert sorted((c.subject, c.title) for c in build([f]).cases) == [
        ("乙镇党委", "农村党员“积分制”管理"), ("甲镇党委", "城区“网格化”党建全覆盖")]


def test_wechat_numbers_apart_by_a_bar_and_tier_words_with_their_noun():
    text = ("第三届某市“红土先锋”党支部工作法评选结果出炉\n▌十佳工作法\n01｜甲乡党委｜“红井旁”党员议事会\n"
            "02｜乙镇党委：“富硒蔬菜党员中心户”\n▌优秀工作法\n01｜丙街道党工委｜“网格化”老城治理\n"
            "（一）标杆村\n1.丁村党支部——“积分制”推进移风易俗\n")
    rows = [(e.subject, e.title, e.tier_label, e.rank) for e in _parse(text).entries]
    assert rows == [("甲乡党委", "“红井旁”党员议事会", "十佳工作法", 1), ("乙镇党委", "“富硒蔬菜党员中心户”", "十佳工作法", 2),
                    ("丙街道党工委", "“网格化”老城治理", "优秀工作法", 1), ("丁村党支部", "“积分制”推进移风易俗", "标杆村", 1)]
