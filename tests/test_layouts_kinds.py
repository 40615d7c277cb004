"""Kinds of layout met in blind batches 17–21 (issue 9), each on invented text: tier sentences inside one
paragraph, UNIT的“X”Y runs before an award verb, a signature with its date on one line, a lead-in that is no
heading, paired tiers after a series' noun, combined 类别及等次 and 推荐单位 | 申报单位 columns, bracketed categories.

Every text here is invented for these tests.
"""

from __future__ import annotations

from kg.layouts.context import series_name
from kg.layouts.tables import header_roles
from kg.model import Document
from kg.parse import parse_document


def _parse(text: str):
    from kg.readers.text import line_blocks

    return parse_document(Document("doc/t", "t.txt", "t.txt", text, "utf-8", "text", "0", line_blocks(text)))


def _rows(p):
    return [(e.subject, e.title, e.tier_label) for e in p.entries]


def test_each_tier_sentence_of_one_paragraph_holds_for_its_own_members():
    text = ("第二届某某省卫生系统党建创新案例评选结果揭晓\n"
            "　　获得金奖的案例是：《“暖心驿站”服务》（甲市人民医院党委）；《“白衣先锋”巡诊》（乙县卫生院党支部）。"
            "获得银奖的案例是：《“健康小屋”进村》（丙镇卫生院党支部）；《“药师讲堂”》（丁市中医院党总支）。\n")
    assert _rows(_parse(text)) == [
        ("甲市人民医院党委", "“暖心驿站”服务", "金奖"), ("乙县卫生院党支部", "“白衣先锋”巡诊", "金奖"),
        ("丙镇卫生院党支部", "“健康小屋”进村", "银奖"), ("丁市中医院党总支", "“药师讲堂”", "银奖")]


def test_unit_de_quoted_title_runs_before_an_award_verb_keep_their_titles():
    """(lists_blind17's news page: the paragraph after a photo caption, a run per tier)"""
    from pathlib import Path

    from kg.pipeline import build

    from tests.conftest import DATA

    page = next((DATA / "lists_blind17").glob("h4_*.html"))
    rows = {(c.subject, c.title) for c in build([Path(page)]).cases}
    assert ("青山区富强路街道党工委", "“工业社区”党建联盟") in rows
    assert ("白云鄂博矿区矿山路街道党工委", "“矿区先锋岗”") in rows
    assert not any("的“" in s for s, _ in rows)


def test_a_signature_with_its_print_date_on_one_line_is_no_entry():
    text = ("第二届某某市基层党建创新案例名单\n一、提名案例\n1. 甲区委组织部：“红色驿站”\n2. 乙县委组织部：“田间党课”\n"
            "中共某某市委组织部　2025年11月20日印\n")
    assert [r[0] for r in _rows(_parse(text))] == ["甲区委组织部", "乙县委组织部"]


def test_a_lead_in_to_the_list_names_no_competition():
    text = ("山西省第二届国有企业党建创新成果评选结果公布\n"
            "以下为一等奖和部分二等奖获奖成果：\n一等奖\n《“双网格”管理》（某某能源公司党委）\n")
    p = _parse(text)
    assert [e.competition.name for e in p.entries] == ["山西省国有企业党建创新成果"]
    assert [e.edition for e in p.entries] == [2]


def test_paired_tiers_after_the_series_noun_and_a_status_word_are_not_the_series():
    assert series_name("关于公布第四届某市直机关创新案例入围和提名名单的通知") == "某市直机关创新案例"
    assert series_name("关于第二届某省基层党建创新案例拟评定结果的公示") == "某省基层党建创新案例"
    assert series_name("某市“红城先锋”基层党建创新成果表彰名单") == "某市“红城先锋”基层党建创新成果"


def test_combined_and_recommending_columns():
    assert header_roles(["序号", "县（市、区）", "单位", "项目名称", "类别及等次"]) == ["rank", "region", "subject", "title", "tier"]
    assert header_roles(["序号", "推荐单位", "申报单位", "案例名称", "推荐等次"]) == ["rank", "parent", "subject", "title", "tier"]
    assert header_roles(["序号", "单位名称", "示范点名称", "等次"]) == ["rank", "subject", "title", "tier"]
    text = ("第四届某某市基层党建创新项目评选结果\n序号\t单位\t项目名称\t类别及等次\n"
            "1\t甲街道党工委\t“湖畔物业联盟”\t城市基层党建类一等奖\n2\t乙镇党委\t“茶乡先锋”\t农村基层党建类二等奖\n")
    p = _parse(text)
    assert [(e.subject, e.tier_label, e.category) for e in p.entries] == [
        ("甲街道党工委", "一等奖", "城市基层党建类"), ("乙镇党委", "二等奖", "农村基层党建类")]


def test_cards_a_badge_then_unit_then_title_and_a_title_over_its_unit():
    text = ("第三届某某区“红色引擎”两新组织党建创新案例评选结果出炉\n"
            "▲ 一等奖\n01\n某某区商圈联合党委\n“红色芯”商圈治理共同体\n02\n某某区楼宇党委\n“楼小红”楼宇服务站\n"
            "🥈二等奖\n▶“一袋米”粮食保供党员责任区\n🔸某某粮油储备有限公司党支部\n▶“湾区文旅”红色研学线路\n🔸某某文旅运营有限公司党支部\n")
    assert [(e.subject, e.title, e.tier_label, e.rank) for e in _parse(text).entries] == [
        ("某某区商圈联合党委", "“红色芯”商圈治理共同体", "一等奖", 1), ("某某区楼宇党委", "“楼小红”楼宇服务站", "一等奖", 2),
        ("某某粮油储备有限公司党支部", "“一袋米”粮食保供党员责任区", "二等奖", 1),  # (numbered within the tier)
        ("某某文旅运营有限公司党支部", "“湾区文旅”红色研学线路", "二等奖", 2)]


def test_a_badge_card_takes_its_unit_from_a_field_line_and_a_numbered_unit_its_quoted_title_line():
    text = ("第五届某某市“红色引擎”基层党建创新案例评选结果\n一等奖\n01\n“滹沱河畔红色驿站”\n申报单位：某某县某某镇党委\n"
            "提名项目\n① 某某学院党委\n“车间里的党课”工匠育人计划\n")
    assert [(e.subject, e.title, e.tier_label) for e in _parse(text).entries] == [
        ("某某县某某镇党委", "“滹沱河畔红色驿站”", "一等奖"), ("某某学院党委", "“车间里的党课”工匠育人计划", "提名项目")]


def test_a_headline_counting_its_winners_is_no_entry():
    """(lists_blind2's page: the headline A等10个单位获评…示范单位 over a list of the ten)"""
    from pathlib import Path

    from kg.ingest import read_document

    from tests.conftest import DATA

    doc, _ = read_document(Path(next((DATA / "lists_blind2").glob("b04_*.html"))))
    p = parse_document(doc)
    heads = [b for b in doc.blocks if b.kind == "heading"]
    assert heads and len(p.entries) == 10
    assert not any(h.start <= e.span.start < h.end for h in heads for e in p.entries)


def test_a_recap_of_an_earlier_edition_is_that_editions_list():
    text = ("揭晓！第四届某某市“红邻”社区党建创新案例来了\n示范案例\n甲区甲街道甲社区党委\n“红邻议事厅”小区协商\n"
            "上届回顾\n2024年第三届某某市“红邻”社区党建创新案例评选中，以下2个案例获评示范案例，一年来持续深化：\n"
            "① 乙区乙街道乙社区党委\n“古城红管家”\n② 丙县丙街道丙社区党委\n“环城一家亲”睦邻圈\n")
    got = [(e.subject, e.competition.name, e.edition, e.year, e.tier_label) for e in _parse(text).entries]
    assert got[0][1:3] == ("某某市“红邻”社区党建创新案例", 4)
    assert got[1:] == [("乙区乙街道乙社区党委", "某某市“红邻”社区党建创新案例", 3, 2024, "示范案例"),
                       ("丙县丙街道丙社区党委", "某某市“红邻”社区党建创新案例", 3, 2024, "示范案例")]


def test_bylines_and_headlines_are_never_units():
    text = ("2025年度某某市直机关“先锋”党支部创新案例名单公布\n一等奖\n"
            "某某市政务服务局机关党委：“政务直通车”\n某某机关党建2025-12-03 18:20四川\n某某县召开乡村振兴工作推进会\n")
    assert [e.subject for e in _parse(text).entries] == ["某某市政务服务局机关党委"]


def test_a_header_made_of_unit_words_and_a_party_committee_run_into_its_title():
    from kg.layouts.items import split_item

    assert header_roles(["序号", "企业党组织", "项目名称", "等次"]) == ["rank", "subject", "title", "tier"]
    t = "大瑶镇党委村党组织书记“公推直选”"
    it = split_item(t, 0, len(t))
    assert (it.form, t[slice(*it.subject)], t[slice(*it.title)]) == ("unit-party-title", "大瑶镇党委", "村党组织书记“公推直选”")
    t = "广西新闻网南宁12月20日讯记者从自治区党委组织部获悉，首届评选结果揭晓"
    assert split_item(t, 0, len(t)).form != "unit-party-title"  # a dateline is no unit


def test_a_year_printed_only_in_a_note_row_under_the_list_is_the_lists_year():
    text = ("某某区“先锋”两新组织党建示范点名单\n序号\t单位名称\t项目名称\t等次\n1\t甲公司党支部\t“红色引擎”\t示范点\n"
            "2\t乙协会党支部\t“邻里红”\t培育点\n制表：某某区委两新工委　　2025年12月\n")
    assert [e.year for e in _parse(text).entries] == [2025, 2025]


def test_tier_words_printed_with_their_noun_are_kept_as_printed():
    text = "第五届某某市“红旗”基层党建创新项目评选结果\n金奖项目\n1.甲街道党工委：“网格化+积分制”小区治理\n银奖项目\n1.乙镇党委：“茶乡”村级班子\n"
    assert [e.tier_label for e in _parse(text).entries] == ["金奖项目", "银奖项目"]
