"""Award lists in many layouts: unit tests on short texts written here, and the fixture corpus scored against its gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate_lists import load_docs, load_list_gold, score_lists
from kg.model import Document
from kg.parse import parse_document

LISTS = Path(__file__).resolve().parent / "data" / "lists"


def _doc(text: str, name: str = "t.txt") -> Document:
    from kg.readers.text import line_blocks

    return Document("doc/t", name, name, text, "utf-8", "text", "0", line_blocks(text))


def _entries(text: str):
    p = parse_document(_doc(text))
    return [(e.subject, e.title, e.tier_label, e.rank) for e in p.entries], p


HEAD = "第二届某某市基层党建创新案例评选结果\n"


@pytest.mark.parametrize(
    "body, expected",
    [
        # numbering styles, restarting per tier
        ("一等奖\n1.甲县委组织部：打造“红色驿站”\n2、乙区委组织部：“三事分流”工作法\n二等奖\n（1）丙街道党工委：“家门口”服务\n",
         [("甲县委组织部", "打造“红色驿站”", "一等奖", 1), ("乙区委组织部", "“三事分流”工作法", "一等奖", 2),
          ("丙街道党工委", "“家门口”服务", "二等奖", 1)]),
        ("金奖\n①甲县委组织部　“红色驿站”引领乡村治理\n②乙区委组织部　“党建+”赋能产业\n",
         [("甲县委组织部", "“红色驿站”引领乡村治理", "金奖", 1), ("乙区委组织部", "“党建+”赋能产业", "金奖", 2)]),
        # glued 《UNIT:TITLE》 runs, a title holding its own 《》
        ("优秀案例\n《甲县委组织部:以《党章》为纲推进“四议两公开”》《乙集团党委:“红色引擎”赋能国企发展》\n",
         [("甲县委组织部", "以《党章》为纲推进“四议两公开”", "优秀案例", 1), ("乙集团党委", "“红色引擎”赋能国企发展", "优秀案例", 2)]),
        # unit after the title
        ("三等奖\n以“三事分流”推进社区治理（丙区委组织部）\n“智慧党建”平台建设——丁学院安全系\n",
         [("丙区委组织部", "以“三事分流”推进社区治理", "三等奖", 1), ("丁学院安全系", "“智慧党建”平台建设", "三等奖", 2)]),
    ],
)
def test_layout_kinds(body, expected):
    got, _ = _entries(HEAD + body)
    assert got == expected


def test_sentence_lists_tier_after_and_before():
    text = HEAD + (
        "日前评选结果揭晓，甲县委组织部《“红色驿站”》、乙区委组织部《“三事分流”工作法》以及丙集团党委《“红色引擎”》获得一等奖；"
        "丁街道党工委《“家门口”服务》和戊区委组织部《楼宇党建》获二等奖。\n"
        "己局党支部参赛项目《“三心”服务工作法》荣获党建赋能类三等奖；\n"
        "优秀奖：庚县委组织部、辛区委组织部和壬街道党工委。\n"
    )
    got, p = _entries(text)
    assert [(s, t) for s, t, _, _ in got][:5] == [
        ("甲县委组织部", "“红色驿站”"), ("乙区委组织部", "“三事分流”工作法"), ("丙集团党委", "“红色引擎”"),
        ("丁街道党工委", "“家门口”服务"), ("戊区委组织部", "楼宇党建")]
    assert [g[2] for g in got] == ["一等奖"] * 3 + ["二等奖"] * 2 + ["三等奖"] + ["优秀奖"] * 3
    assert p.entries[5].category == "党建赋能类"
    assert [g[0] for g in got[6:]] == ["庚县委组织部", "辛区委组织部", "壬街道党工委"]


def test_flattened_text_table_with_wrapped_cells():
    text = HEAD + (
        "序号  申报单位            项目名称                      奖项\n"
        "1     甲区委组织部        “嘉人”党建品牌引领社区治理    一等奖\n"
        "2     乙区委组织部        “青廉”工程助推乡村振兴的      二等奖\n"
        "                          实践探索\n"
    )
    got, _ = _entries(text)
    assert got == [("甲区委组织部", "“嘉人”党建品牌引领社区治理", "一等奖", 1),
                   ("乙区委组织部", "“青廉”工程助推乡村振兴的实践探索", "二等奖", 2)]


def test_furniture_is_never_an_entry_or_a_narrative():
    text = (
        "某某区融媒体中心\n首页 | 新闻 | 政务 | 民生 | 视频\n首页  组工要闻  基层党建  人才工作\n"
        "您的位置：首页 > 党建要闻 > 正文\n" + HEAD
        + "发布时间：2023-12-30 10:21  来源：中共某某市委组织部  作者：宣传科  点击：1203\n"
        + "一等奖\n1.甲县委组织部：打造“红色驿站”\n"
        + "上一篇：关于开展党费收缴工作的通知\n下一篇：市委组织部召开年度工作会议\n"
        + "版权所有：中共某某市委组织部  冀ICP备12345678号\n"
    )
    got, p = _entries(text)
    assert got == [("甲县委组织部", "打造“红色驿站”", "一等奖", 1)]
    assert p.narratives == ()
    furniture = [pr for pr in p.problems if pr.code == "I104"]
    assert furniture and "breadcrumb 1" in furniture[0].message and "related 2" in furniture[0].message
    assert "nav 2" in furniture[0].message  # a text copy's menu lines (| or wide gaps between short items)


def test_unknown_tier_kept_and_reported_truncation_reported():
    text = HEAD + "共评选出5个案例。\n优胜奖\n1.甲县委组织部：打造“红色驿站”\n2.乙区委组织部：“三事分流”工作法\n"
    got, p = _entries(text)
    assert [g[2] for g in got] == ["优胜奖", "优胜奖"]
    codes = [pr.code for pr in p.problems]
    assert "W214" in codes and "W211" in codes


def test_same_winner_printed_twice_is_one_entry_with_two_spans():
    text = HEAD + ("甲县委组织部《“红色驿站”引领乡村治理》、乙区委组织部《“三事分流”工作法》获得一等奖。\n"
                   "一等奖\n1.甲县委组织部：“红色驿站”引领乡村治理\n2.乙区委组织部：“三事分流”工作法\n")
    got, p = _entries(text)
    assert len(got) == 2
    assert all(len(e.also_at) == 1 for e in p.entries)


def test_traditional_text_is_matched_simplified_and_printed_as_is():
    text = "第二屆某某市基層黨建創新案例評選結果\n一等獎\n1.廣州市越秀區委組織部：“紅色驛站”引領社區治理\n"
    got, p = _entries(text)
    assert got == [("廣州市越秀區委組織部", "“紅色驛站”引領社區治理", "一等獎", 1)]
    e = p.entries[0]
    assert e.tier == "first" and e.edition == 2
    assert text[e.subject_span.start : e.subject_span.end] == "廣州市越秀區委組織部"


def test_competition_edition_year_and_context():
    text = ("关于公布第五届全市机关党建创新案例评选结果的通知\n"
            "由中共唐山市委组织部主办的评选已经结束。\n一等奖\n1.东实集团：“红色引擎”赋能国企发展\n"
            "中共唐山市委组织部\n2023年12月30日\n")
    _, p = _entries(text)
    e = p.entries[0]
    # a 全市 contest is the contest of its city, named as a document printing the city's name would name it
    assert (e.competition.name, e.edition, e.year) == ("唐山市机关党建创新案例", 5, 2023)
    assert e.context_region == "唐山市"


def test_competition_named_by_deictic_words():
    """我县/全省 name the document's place when its level matches; 集团 names the issuer's group; a quoted
    tier paired with a bare one (“十佳”和提名) is not part of the series; a name's middle dot stays."""
    text = ("我县第四届村级党建品牌“十佳”和提名名单出炉\n本网讯 12月25日，安吉县委组织部公布评选结果。\n"
            "十佳\n1.横溪村党总支：“竹海议事厅”激活村民自治\n提名\n1.九亩村党支部：“白茶驿站”服务茶农\n中共安吉县委组织部\n")
    _, p = _entries(text)
    assert [(e.competition.name, e.tier_label) for e in p.entries] == [
        ("安吉县村级党建品牌", "十佳"), ("安吉县村级党建品牌", "提名")]
    text = ("关于公布集团第五届“秦川先锋”党建品牌案例评选结果的通知\n最佳案例\n1.西安热电厂党委：“电力先锋”保供暖\n"
            "中共陕西秦川能源集团有限公司委员会\n2025年1月10日\n")
    _, p = _entries(text)
    assert p.entries[0].competition.name == "陕西秦川能源集团“秦川先锋”党建品牌案例"
    text = "第二届河南省“巾帼建功·党建带妇建”创新案例评选结果\n金奖\n1.郑州市金水区妇联：“金水巾帼”网格帮帮团\n"
    _, p = _entries(text)
    assert p.entries[0].competition.name == "河南省“巾帼建功·党建带妇建”创新案例"
    text = "我县第二届“先锋”党建品牌评选结果\n一等奖\n1.某村党支部：“红色驿站”\n中共唐山市委组织部\n"
    _, p = _entries(text)
    assert p.entries[0].competition.name == "我县“先锋”党建品牌"  # a city's place does not name a 县


def test_bundled_corpus_unchanged(parsed):
    assert len(parsed.entries) == 180
    assert all(e.competition is None and e.layout == "national" for e in parsed.entries)
    assert len(parsed.narratives) == 8


def _fixture_build():
    from kg.pipeline import build

    gold = load_list_gold(LISTS / "gold.tsv")
    docs = load_docs(LISTS / "docs.tsv")
    files = sorted({LISTS / g["file"] for g in gold} | {LISTS / d["file"] for d in docs})
    return build(files), gold, docs


@pytest.fixture(scope="module")
def fixture_scores():
    b, gold, docs = _fixture_build()
    return score_lists(b, gold, LISTS, docs), b


def test_fixture_corpus_scores(fixture_scores):
    scores, _ = fixture_scores
    overall = next(r for r in scores["layouts"] if r["layout"] == "all")
    assert overall["gold"] >= 300
    assert overall["found"] >= 0.95
    assert overall["extra"] <= 0.05
    assert overall["subject"] >= 0.95 and overall["title"] >= 0.95 and overall["tier"] >= 0.95
    assert overall["region"] >= 0.9
    for row in scores["layouts"]:
        assert row["found"] >= 0.85, row
    assert scores["furniture_narratives"] == 0


def test_fixture_editions_of_different_competitions_are_separate(fixture_scores):
    _, b = fixture_scores
    g = b.graph
    editions = [n for n, d in g.nodes(data=True) if d["label"] == "Edition"]
    for ed in editions:
        comps = [t for _, t, d in g.out_edges(ed, data=True) if d["type"] == "OF_COMPETITION"]
        assert len(comps) == 1, ed
    comps = {d["name"] for _, d in g.nodes(data=True) if d["label"] == "Competition"}
    assert len(comps) >= 20


def test_parallel_build_is_byte_identical_to_serial(tmp_path):
    from kg.export import graph_json
    from kg.pipeline import build

    files = sorted(p for p in LISTS.rglob("*") if p.suffix in (".txt", ".html", ".xlsx"))[:16]
    serial = build(files, jobs=1)
    parallel = build(files, jobs=2)
    assert graph_json(serial.graph) == graph_json(parallel.graph)
    assert [p.code for p in serial.problems] == [p.code for p in parallel.problems]


def test_a_bad_file_in_a_folder_is_reported_and_the_rest_is_built(tmp_path):
    from kg.pipeline import build

    good = tmp_path / "a.txt"
    good.write_text(HEAD + "一等奖\n1.甲县委组织部：打造“红色驿站”\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    b = build([tmp_path], jobs=1)
    assert len(b.cases) == 1
    assert any(p.code == "E001" and p.source.endswith("b.txt") for p in b.problems)


def test_views_compare_editions_only_within_a_competition(fixture_scores):
    from kg.viz.pages import all_views

    _, b = fixture_scores
    g = b.graph
    pairs = [name for name, _ in all_views(g) if "-vs-" in name]
    assert pairs
    for name in pairs:
        a, c = name.removeprefix("edition-").removesuffix(".html").split("-vs-")
        assert g.nodes[f"edition/{a}"]["competition"] == g.nodes[f"edition/{c}"]["competition"]


@pytest.mark.parametrize(
    "text,place",
    [
        # the organiser names a district inside the heading's city: the district is the place
        ("合肥市2024年先进基层党组织评选结果\n中共合肥市庐阳区委组织部主办的评选已经结束。\n一等奖\n1.某街道党工委：“红色管家”服务居民\n",
         "合肥市庐阳区"),
        # a county-level city printed only in the dateline and the outlet (余姚讯, 来源：余姚日报)
        ("首届“红帆”党建品牌评选结果\n来源：余姚日报\n余姚讯 评选结果日前揭晓。\n一等奖\n1.某镇党委：“红村”讲解员\n", "余姚市"),
        # a district outlet does not narrow a city's own competition (a unit named by its town alone: below)
        ("苏州市2021年基层党建创新案例评选结果\n来源：姑苏新闻网\n一等奖\n1.某社区党委：“红帆”共治\n", "苏州市"),
        # the signature names the issuer even when the prose names an organiser without a place
        ("关于命名第二批“全市党建示范点”的通知\n本次命名由市委组织部、市委党校联合组织开展。\n一等奖\n1.某社区党委：“红色楼道”\n"
         "中共徐州市委组织部\n2024年9月10日\n", "徐州市"),
        # 玉林街道 is a neighbourhood named like the city of 玉林, never that city
        ("玉林街道第三届社区党建创新大赛评选结果\n一等奖\n1.某社区党委：“微心愿”认领\n", ""),
    ],
)
def test_the_documents_place_comes_from_the_competitions_own_words_first(text, place):
    _, p = _entries(text)
    assert p.entries and p.entries[0].context_region == place


@pytest.mark.parametrize(
    "lead,edition",
    [
        ("市委组织部联合开展了第二届“红色物业”创新案例评选，现将结果通报如下。", 2),
        ("市委组织部公布了首批“红色物业”创新案例名单。", 1),
        ("本次评选参照第三届全省机关党建工作会议精神开展。", None),  # an ordinal of something else
    ],
)
def test_a_heading_without_an_ordinal_takes_the_one_its_lead_prints_for_the_same_series(lead, edition):
    text = f"某某市“红色物业”创新案例评选结果通报\n{lead}\n一等奖\n1.某街道党工委：“物业红管家”\n"
    _, p = _entries(text)
    assert p.entries[0].edition == edition


def test_a_heading_without_a_year_takes_the_one_its_lead_prints_before_the_series():
    text = ("某某市“巾帼建功”党建创新项目评选结果公布\n近日，由市妇联主办的2024年某某市“巾帼建功”党建创新项目评选结果公布。\n"
            "优秀项目\n1.某区妇联：“妈妈议事会”\n")
    _, p = _entries(text)
    assert p.entries[0].year == 2024


def test_a_second_competitions_heading_gives_its_tier_and_a_lead_printing_takes_the_lists_tier():
    text = ("某市公布两项党建评选结果\n某市第三届城市基层党建创新案例评选结果\n最佳案例\n1.甲街道党工委：“琥珀议事会”\n"
            "某市机关党建“十佳品牌”名单\n1.市财政局机关党委：“阳光财政”先锋行动\n")
    got, _ = _entries(text)
    assert [t for _, _, t, _ in got] == ["最佳案例", "十佳品牌"]
    text = ("首届“红帆”党建品牌评选结果\n6个品牌获评示范品牌。其中，甲镇的《“红村”讲解员》、乙街道的《“睦邻”议事坊》入选。\n示范品牌名单如下：\n"
            "《“红村”讲解员带动红色旅游》——甲镇党委\n《“睦邻”议事坊》——乙街道党工委\n")
    got, p = _entries(text)
    assert [(s, t) for s, _, t, _ in got] == [("甲镇党委", "示范品牌"), ("乙街道党工委", "示范品牌")]
    assert len(p.entries[0].also_at) == 1


def test_a_workbook_with_a_sheet_per_tier_is_one_competition_with_the_sheets_tiers():
    from pathlib import Path

    from kg.pipeline import build

    b = build([Path(__file__).parent / "data" / "lists_office" / "o05_luoyang_sheet_per_tier.xlsx"])
    entries = [e for p in b.parsed for e in p.entries]
    assert {e.competition.name for e in entries} == {"洛阳市“河洛先锋”党建创新项目"}
    assert [e.tier_label for e in entries] == ["一等奖"] * 3 + ["二等奖"] * 5


def test_units_grouped_by_county_with_counts_take_their_county_even_one_alone():
    text = ("遵义市第一批乡村振兴党建示范点名单\n确定以下示范点。\n一、示范点（3个）\n汇川区（2个）：甲镇乙村、丙街道丁社区\n"
            "余庆县（1个）：戊镇己村\n中共遵义市委组织部\n2024年4月17日\n")
    got, p = _entries(text)
    assert [s for s, _, _, _ in got] == ["甲镇乙村", "丙街道丁社区", "戊镇己村"]
    assert [e.context_region for e in p.entries] == ["遵义市汇川区", "遵义市汇川区", "遵义市余庆县"]
    assert all(t == "" for _, t, _, _ in got)


def test_a_teaser_headline_names_no_series_and_the_lead_sentence_does():
    text = ("这些案例获奖了！快看有没有你身边的\n日前，市委组织部公布了第三届“星城红”社区治理创新案例评选结果。\n"
            "金奖\n1.某街道党工委：“红色议事厅”\n")
    _, p = _entries(text)
    e = p.entries[0]
    assert (e.competition.name, e.edition) == ("“星城红”社区治理创新案例", 3)
_PAGE = ("<html><head><meta charset='utf-8'><title>第二届某某市基层党建创新案例评选结果</title></head><body>"
         "<h1>第二届某某市基层党建创新案例评选结果</h1><div class='attr'><span>来源：某某市委组织部</span>"
         "<span>作者：李四</span></div><p>经评审，共评出优秀案例5个，现将名单公布如下。</p>{list}"
         "<p>由<span>市委组织部</span>统一颁发证书。</p></body></html>")


def _html_entries(tmp_path, body: str):
    from kg.ingest import read_document

    p = tmp_path / "page.html"
    p.write_text(_PAGE.format(list=body), encoding="utf-8")
    doc, _ = read_document(p)
    parsed = parse_document(doc)
    return [(e.subject, e.title, e.tier_label, e.rank) for e in parsed.entries], parsed


_FIVE = [("甲镇党委", "“红色驿站”", "一等奖", 1), ("乙街道党工委", "“三事分流”", "一等奖", 2),
         ("丙村党支部", "“家门口”服务", "二等奖", 3), ("丁社区党委", "“楼栋长”制度", "二等奖", 4),
         ("戊企业党委", "“双强”工程", "二等奖", 5)]


def test_html_rowspan_tier_cell_holds_for_the_rows_below_and_the_number_stays_a_rank(tmp_path):
    rows = "".join(f"<tr><td>{n}</td>{tier}<td>{u}</td><td>{t}</td></tr>" for n, tier, u, t in [
        (1, "<td rowspan='2'>一等奖</td>", "甲镇党委", "“红色驿站”"), (2, "", "乙街道党工委", "“三事分流”"),
        (3, "<td rowspan='3'>二等奖</td>", "丙村党支部", "“家门口”服务"), (4, "", "丁社区党委", "“楼栋长”制度"),
        (5, "", "戊企业党委", "“双强”工程")])
    got, parsed = _html_entries(tmp_path, f"<table><tr><th>序号</th><th>等次</th><th>申报单位</th><th>案例名称</th></tr>{rows}</table>")
    assert got == _FIVE
    assert not [p for p in parsed.problems if p.code in ("W214", "W213")]


def test_html_div_rows_of_span_fields_are_read_by_their_header_words(tmp_path):
    rows = "".join(f"<div class='item'><span class='no'>{n}</span><span class='unit'>{u}</span><span class='title'>{t}</span>"
                   f"<span class='level'>{tier}</span></div>\n" for u, t, tier, n in _FIVE)
    head = "<div class='item head'><span>序号</span><span>党组织</span><span>项目名称</span><span>等次</span></div>\n"
    got, parsed = _html_entries(tmp_path, f"<div class='list'>{head}{rows}</div>")
    assert got == _FIVE
    # the byline of <span>s and the sentence with an inline <span> are not entries
    assert not any("来源" in s or "颁发" in t for s, t, _, _ in got)


_ROWS3 = [("甲县委组织部", "“红色驿站”引领乡村治理"), ("乙区委组织部", "“三事分流”工作法"), ("丙街道党工委", "“家门口”服务")]


@pytest.mark.parametrize("row", [
    "<div class='r'><span>{n}.</span><span>{u}：{t}</span></div>",
    "<div class='r'><span>{n}</span><span>{u}</span><span>{t}</span></div>",
    "<div class='r'><span>{t}</span><span>{u}</span></div>",
    "<li><span>{u}</span> <span>{t}</span></li>",
])
def test_html_field_rows_without_a_header_take_a_number_column_and_units_where_they_are(tmp_path, row):
    rows = "".join(row.format(n=n, u=u, t=t) for n, (u, t) in enumerate(_ROWS3, 1))
    body = "<h3>一等奖</h3>" + (f"<ul>{rows}</ul>" if row.startswith("<li>") else rows)
    got, parsed = _html_entries(tmp_path, body)
    assert got == [(u, t, "一等奖", n) for n, (u, t) in enumerate(_ROWS3, 1)]
    assert not [p for p in parsed.problems if p.code == "W213"]


def test_a_byline_over_a_lead_in_is_not_a_unit_and_its_title():
    text = ("某市“工业红”企业党建创新案例评选结果\n某市委两新工委　2024年12月10日\n"
            "经企业申报、行业党委推荐和专家评审，评出示范案例2个，名单如下：\n一、示范案例（2个）\n"
            "1. 甲公司党委：“党员创新工作室”攻关\n2. 乙集团党委：“钢铁先锋”岗位建功\n")
    got, _ = _entries(text)
    assert [s for s, _, _, _ in got] == ["甲公司党委", "乙集团党委"]


def test_a_county_in_brackets_after_a_unit_is_its_place_and_a_rank_word_is_no_part_of_the_unit():
    text = ("关于命名第二批“红色根脉”强基示范单位的决定\n一、示范单位（2个）\n甲镇甲村党支部（柯城区）\n乙街道乙社区党委（江山市）\n")
    got, p = _entries(text)
    assert [s for s, _, _, _ in got] == ["甲镇甲村党支部", "乙街道乙社区党委"]
    assert [e.context_region for e in p.entries] == ["柯城区", "江山市"]
    text = "某区党建品牌评选结果\n一等奖\n第一名　甲街道甲社区党委　《古厝里的“红色课堂”》\n第二名　乙街道党工委　《“邻里”议事会》\n"
    got, _ = _entries(text)
    assert [(s, r) for s, _, _, r in got] == [("甲街道甲社区党委", 1), ("乙街道党工委", 2)]


def test_a_sentence_naming_an_office_among_its_members_is_no_run_of_winners():
    text = ("某区党建品牌评选结果\n一等奖\n1.甲街道甲社区党委：“红色课堂”\n区委常委、组织部部长出席并为获奖单位颁奖。\n"
            "二等奖：乙街道党工委、丙镇党委。\n")
    got, _ = _entries(text)
    assert [(s, t) for s, _, t, _ in got] == [("甲街道甲社区党委", "一等奖"), ("乙街道党工委", "二等奖"), ("丙镇党委", "二等奖")]


def test_a_lead_in_opens_a_list_of_units_one_a_line_under_the_honour_the_lead_named():
    text = ("长沙市“红色堡垒”示范单位评选结果\n青岛　2025年10月22日　来源：市直机关工委　作者：某某\n"
            "近日，评审结果揭晓，岳麓区甲街道党工委等3个单位获评示范单位。\n经综合评审，最终确定3个示范单位。名单如下：\n"
            "岳麓区甲街道党工委\n开福区乙街道党工委\n某实验中学党委\n市委组织部有关负责同志表示，要发挥标杆作用。\n")
    got, p = _entries(text)
    assert [(s, t) for s, _, t, _ in got] == [("岳麓区甲街道党工委", "示范单位"), ("开福区乙街道党工委", "示范单位"),
                                             ("某实验中学党委", "示范单位")]
    assert len(p.entries[0].also_at) == 1  # the lead sentence's printing of the first winner


def test_a_proposed_tier_in_a_notice_is_the_tier():
    text = ("关于第三届某市创新案例拟推荐名单的公示\n一、拟推荐为十佳案例（2个）\n1、《“红色议事厅”》（甲街道党工委）\n"
            "2、《“滨湖e家”》（乙社区党委）\n二、拟推荐为优秀案例（1个）\n1、《“邻里守望”》（丙街道党工委）\n")
    got, p = _entries(text)
    assert [t for _, _, t, _ in got] == ["十佳案例", "十佳案例", "优秀案例"]
    assert p.entries[0].competition.name == "某市创新案例"


def test_a_category_column_of_tier_words_is_the_tier_and_a_county_column_places_its_row():
    from pathlib import Path

    from kg.pipeline import build

    data = Path(__file__).parent / "data" / "lists_blind3"
    b = build([data / "b6_jiangsu_gaoxiao_table.pdf", data / "b4_weifang_score_sorted.xlsx"])
    by_doc = {p.document.name: p.entries for p in b.parsed}
    assert [e.tier_label for e in by_doc["b6_jiangsu_gaoxiao_table.pdf"]] == ["示范点"] * 3 + ["培育点"] * 3
    assert by_doc["b4_weifang_score_sorted.xlsx"][0].context_region.endswith("寿光市")  # the 所属县（市、区） cell


def test_a_district_name_several_cities_share_is_read_inside_the_pages_other_place():
    text = ("某某组工\n2025-06-18 09:30　甘肃\n城关区第二届“金城先锋”党建创新案例评选结果揭晓\n最佳案例\n"
            "1.某街道某社区党委：《“一刻钟便民圈”》\n")
    _, p = _entries(text)
    assert p.entries[0].context_region == "甘肃城关区"
    from kg.extract.regions import resolve_region

    assert resolve_region("甘肃城关区")[0].deepest.code == "620102"


def test_a_quoted_tier_over_townships_and_unit_title_lines():
    text = ("安吉县第四届村级党建品牌评选结果\n某某新闻网 2024-12-26 08:41 记者 沈某 通讯员 吴某\n以下为获评名单：\n"
            "“十佳”村级党建品牌\n甲街道\n横溪村党总支 “竹海议事厅”激活村民自治\n古城村党委 “遗址公园”红色研学\n乙镇\n"
            "溪口村党总支 “竹林碳汇”党员先锋队\n一、“十佳”案例\n1. “苗绣工坊”带富绣娘（某镇党委）\n往期推荐\n"
            "▶ 某区妇联《“调解室”》获评全省优秀\n")
    got, _ = _entries(text)
    assert [(s, t) for s, _, t, _ in got] == [("横溪村党总支", "十佳"), ("古城村党委", "十佳"), ("溪口村党总支", "十佳"),
                                             ("某镇党委", "十佳")]


def test_a_column_of_party_committees_is_the_unit_column():
    from kg.layouts.tables import header_roles

    assert header_roles(["序号", "所在党委（党总支）", "项目名称", "负责人", "获奖等级"])[:3] == ["rank", "subject", "title"]


def test_a_dash_line_under_a_title_printed_alone_is_its_unit():
    text = ("某市第二届基层党建创新案例评选结果\n一等奖\n《“红色物业”破解小区治理难题》\n——甲区乙街道党工委\n"
            "《“三事分流”工作法》\n——丙县丁镇党委\n")
    got, _ = _entries(text)
    assert [(s, t) for s, t, _, _ in got] == [("甲区乙街道党工委", "“红色物业”破解小区治理难题"), ("丙县丁镇党委", "“三事分流”工作法")]


def test_a_sender_verb_in_the_units_brackets_and_a_tier_after_an_award_verb():
    text = ("某市第二届基层党建创新案例评选结果\n一等奖\n1.“红色物业”破解小区治理难题（甲区乙街道党工委报送）\n"
            "2.“三事分流”工作法（丙县丁镇党委推荐）\n")
    got, _ = _entries(text)
    assert [s for s, _, _, _ in got] == ["甲区乙街道党工委", "丙县丁镇党委"]
    text = ("某市第二届基层党建创新案例评选结果\n1.甲区乙街道党工委《“红色物业”破解小区治理难题》获一等奖\n"
            "2.丙县丁镇党委《“三事分流”工作法》获二等奖\n")
    got, _ = _entries(text)
    assert [(s, t) for s, _, t, _ in got] == [("甲区乙街道党工委", "一等奖"), ("丙县丁镇党委", "二等奖")]


def test_a_tier_lead_over_units_with_quoted_titles_that_go_on():
    text = ("某市第二届基层党建创新案例评选结果\n某某讯 首届某市“红帆”党建品牌评选结果日前揭晓，获奖名单如下。\n"
            "一等奖：甲区乙街道党工委“红色物业”破解小区治理难题；丙县丁镇党委“三事分流”工作法\n"
            "二等奖：戊县己镇党委“网格化”服务群众。\n")
    got, _ = _entries(text)
    assert got == [("甲区乙街道党工委", "“红色物业”破解小区治理难题", "一等奖", 1), ("丙县丁镇党委", "“三事分流”工作法", "一等奖", 2),
                   ("戊县己镇党委", "“网格化”服务群众", "二等奖", 1)]


def test_units_glued_to_their_titles_one_a_line_and_in_runs():
    """Unnumbered lines UNIT“TITLE” / PLACES…街道TITLE under tier headings, and 、-runs of UNIT“BRAND” under a
    counted tier heading: the unit ends where the quote (or the street/village of its place chain) ends."""
    text = ("第二届某省城市基层党建创新案例评选结果揭晓\n（排名不分先后）\n最佳案例\n"
            "南京市鼓楼区宁海路街道“红色物业”联盟\n无锡市梁溪区崇安寺街道党建引领商圈治理\n"
            "优秀案例\n常州市天宁区红梅街道“红梅议事厅”\n")
    got = [g[:3] for g in _entries(text)[0]]
    assert got == [("南京市鼓楼区宁海路街道", "“红色物业”联盟", "最佳案例"),
                   ("无锡市梁溪区崇安寺街道", "党建引领商圈治理", "最佳案例"),
                   ("常州市天宁区红梅街道", "“红梅议事厅”", "优秀案例")]
    from kg.layouts.items import bare_unit, split_item
    assert bare_unit("汾湖高新区“红色港湾”联合党委")  # a party organisation's name with a quoted word is one unit
    assert split_item("汾湖高新区“红色港湾”联合党委").form != "unit-quote-title"
    text = ("2024年度全市机关党建品牌名单\n一、示范品牌（3个）\n"
            "市财政局机关党委“阳光财政”、市税务局机关党委“税务蓝”、市公安局机关党委“平安先锋”\n"
            "二、优秀品牌（1个）\n市水利局机关党委“治水先锋”\n中共某市委市直机关工作委员会\n2024年12月20日\n")
    got = [g[:3] for g in _entries(text)[0]]
    assert got == [("市财政局机关党委", "“阳光财政”", "示范品牌"), ("市税务局机关党委", "“税务蓝”", "示范品牌"),
                   ("市公安局机关党委", "“平安先锋”", "示范品牌"), ("市水利局机关党委", "“治水先锋”", "优秀品牌")]


def test_title_first_entries_completed_by_their_unit_field_and_a_signature_is_no_entry():
    text = ("关于第三届某市党建创新成果评选结果的通报\n一等奖（2项）\n1.《“红色网格”织密基层治理网》\n"
            "申报单位：某市某区某街道党工委\n2.《“三单”服务机制激活党员作用》\n申报单位：某市某县某镇党委\n"
            "二等奖（1项）\n省教育厅机关党委        “书香机关”读书行动\n中共某省委省直机关工作委员会\n")
    got = [g[:3] for g in _entries(text)[0]]
    assert got == [("某市某区某街道党工委", "“红色网格”织密基层治理网", "一等奖"),
                   ("某市某县某镇党委", "“三单”服务机制激活党员作用", "一等奖"),
                   ("省教育厅机关党委", "“书香机关”读书行动", "二等奖")]


def test_wechat_copy_emoji_bars_and_spaced_tier_words():
    """Emoji are decoration, a full-width bar parts unit and title, 【 金 奖 】 is a tier heading, the account line is
    a byline and 优秀组织奖 is one tier (not category 优秀组 + 织奖)."""
    text = ("重磅！第三届“江海先锋”党建品牌大赛结果揭晓👏👏\n某某组工 2025-03-18 19:30 江苏\n"
            "【 金 奖 】\n🏅如皋市城北街道党工委｜“长寿之乡”银发先锋队\n【 银 奖 】\n🏅通州区石港镇党委｜“石港古镇”文旅党建\n"
            "优秀组织奖\n海曙区委组织部\n")
    got = [g[:3] for g in _entries(text)[0]]
    assert got == [("如皋市城北街道党工委", "“长寿之乡”银发先锋队", "金奖"), ("通州区石港镇党委", "“石港古镇”文旅党建", "银奖"),
                   ("海曙区委组织部", "", "优秀组织奖")]


def test_semicolon_run_closed_by_a_count_and_a_tier():
    """A“X”Y；B“Z”；C“W”等3个项目获评优秀案例；D“V”等1个项目获评提名案例。 in a news paragraph: every member takes the
    tier of the count that closes its run (the paragraph is not prose that closes the list)."""
    text = ("某市第二届城市基层党建创新案例评选揭晓\n"
            "6月19日，记者从市委组织部获悉，某市第二届城市基层党建创新案例评选结果日前揭晓，最终评出优秀案例3个、提名案例1个。"
            "其中，城关区皋兰路街道党工委“街巷长制”激活治理末梢；七里河区西园街道党工委“红色物业”联动机制；"
            "兰州市邮政管理局机关党委“快递小哥之家”等3个项目获评优秀案例；榆中县和平镇党委“大学城”共建共享等1个项目获评提名案例。\n")
    got = [g[:3] for g in _entries(text)[0]]
    assert got == [("城关区皋兰路街道党工委", "“街巷长制”激活治理末梢", "优秀案例"),
                   ("七里河区西园街道党工委", "“红色物业”联动机制", "优秀案例"),
                   ("兰州市邮政管理局机关党委", "“快递小哥之家”", "优秀案例"),
                   ("榆中县和平镇党委", "“大学城”共建共享", "提名案例")]


def test_series_named_in_full_by_the_lead_and_the_place_of_a_deictic_series():
    """A headline that names the series short (村级党建擂台赛) takes the lead's full name and edition; a sub-headline
    counting the winners (我市11个村级党建项目获奖) names no series; 全市第四届… takes the place the lead prints with
    the same series (宜昌市第四届机关党建…); a bulletin's masthead (…组织部编) is its organiser."""
    text = ("村级党建擂台赛结果揭晓\n我市11个村级党建项目获奖\n"
            "本报讯 12月18日，由中共湖州市委组织部主办的第五届“美丽乡村·红色引擎”村级党建擂台赛总决赛在安吉县举行。\n"
            "特等奖\n第1名　顾渚村党总支（长兴县）　“紫笋茶香”党建联盟\n")
    e = parse_document(_doc(text)).entries[0]
    assert (e.competition.name, e.edition) == ("“美丽乡村·红色引擎”村级党建擂台赛", 5)
    text = ("组 工 简 报\n中共宜昌市委组织部编　　　　2025年4月2日\n全市第四届机关党建“最佳实践案例”评选结果揭晓\n"
            "3月下旬，市直机关工委组织开展了宜昌市第四届机关党建“最佳实践案例”评选。\n最佳实践案例\n"
            "1、市生态环境局党组：“长江大保护”党员先锋岗\n")
    e = parse_document(_doc(text)).entries[0]
    assert e.competition.name == "宜昌市机关党建“最佳实践案例”" and e.context_region == "宜昌市"
    assert "中共宜昌市委组织部" in e.competition.organisers


def test_unit_then_title_in_brackets_tier_prefixed_lines_and_tagged_items():
    text = ("关于公布2025年度市直机关“河洛先锋”党建品牌评选结果的通知\n一等奖：\n"
            "市文化广电和旅游局机关党委（“古都讲解员”党员志愿服务）\n市人力资源和社会保障局机关党委（“就业红娘”送岗到家）\n"
            "二等奖：\n顾渚村党总支（长兴县）：“紫笋茶香”党建联盟\n")
    got = [g[:3] for g in _entries(text)[0]]
    assert got[:2] == [("市文化广电和旅游局机关党委", "“古都讲解员”党员志愿服务", "一等奖"),
                       ("市人力资源和社会保障局机关党委", "“就业红娘”送岗到家", "一等奖")]
    text = ("贵阳市第二届“筑城先锋”社区党建创新案例评选结果揭晓\n一等奖：南明区花果园街道党工委《“大型社区”网格化治理》\n"
            "云岩区中华北路街道党工委《“老城新颜”背街小巷共治》\n二等奖：观山湖区世纪城街道党工委《“世纪之家”邻里服务站》\n"
            "【十佳】紫阳镇党委：“徽州古城”党员讲解队\n")
    got = [g[:3] for g in _entries(text)[0]]
    assert got == [("南明区花果园街道党工委", "“大型社区”网格化治理", "一等奖"),
                   ("云岩区中华北路街道党工委", "“老城新颜”背街小巷共治", "一等奖"),
                   ("观山湖区世纪城街道党工委", "“世纪之家”邻里服务站", "二等奖"),
                   ("紫阳镇党委", "“徽州古城”党员讲解队", "十佳")]


def test_edition_year_is_the_year_the_contest_ran():
    text = ("孝感市第二届“孝善党建”创新案例评选结果\n"
            "2024年8月至12月，市委组织部组织开展第二届孝感市“孝善党建”创新案例评选。\n一等奖\n"
            "1. 孝南区书院街道党工委：“孝子祠”议事堂\n中共孝感市委组织部\n2025年1月8日\n")
    assert parse_document(_doc(text)).entries[0].year == 2024


def test_prose_winners_one_a_sentence():
    """UNIT报送的“TITLE”获X and …《TITLE》同样获得X: the verb and the adverb are no part of the unit or the title."""
    text = ("曲靖市第四届“红土先锋”基层党建创新成果评选揭晓\n"
            "其中，会泽县娜姑镇的《“古镇铜商”党建引领文旅融合》获评一等奖。麒麟区南宁街道党工委报送的“小区治理微网格”获二等奖。"
            "宣威市板桥街道党工委的《火腿产业链上的党旗红》同样获得二等奖。\n")
    got = [g[:3] for g in _entries(text)[0]]
    assert got == [("会泽县娜姑镇", "“古镇铜商”党建引领文旅融合", "一等奖"), ("麒麟区南宁街道党工委", "“小区治理微网格”", "二等奖"),
                   ("宣威市板桥街道党工委", "火腿产业链上的党旗红", "二等奖")]


def test_two_line_entries_place_groups_and_dash_units():
    """1. UNIT over an indented 《TITLE》 line is one entry; 新县（3个） is a group by place (its units' context), not a
    tier; ★UNIT——《TITLE》 keeps no dash in the unit; a list's last unit is no issuer of the notice."""
    text = ("关于公布株洲市第三届“两新”组织党建创新案例评选结果的通知\n一等奖\n1. 天元区某某科技有限公司党支部\n"
            "   《“链上党建”服务园区企业》\n二等奖\n★市城市管理局机关党委——《“城管驿站”暖心服务》\n")
    got = [g[:3] for g in _entries(text)[0]]
    assert got == [("天元区某某科技有限公司党支部", "“链上党建”服务园区企业", "一等奖"),
                   ("市城市管理局机关党委", "“城管驿站”暖心服务", "二等奖")]
    text = ("中共信阳市委关于表彰全市先进基层党组织的决定\n附件：信阳市先进基层党组织名单\n新县（2个）\n"
            "八里畈镇丁李湾村党支部\n新县大别山干部学院机关党支部\n浉河区（1个）\n董家河镇睡仙桥村党支部\n")
    es = parse_document(_doc(text)).entries
    assert [(e.subject, e.tier_label) for e in es] == [("八里畈镇丁李湾村党支部", ""), ("新县大别山干部学院机关党支部", ""),
                                                       ("董家河镇睡仙桥村党支部", "")]
    assert es[0].context_region.endswith("新县") and es[2].context_region.endswith("浉河区")


def test_tier_sentences_of_units_and_quoted_titles_and_tab_tables():
    """获得一等奖的项目是：A的“X”Y，B的“Z”W。 in a news story is a list, not prose; a tab-separated table under a
    counted heading lines its cells up by order; a cited 《关于…的通知》 is never a case."""
    text = ("我县首届“两山先锋”基层党建创新项目评选结果揭晓\n"
            "本网讯 8月5日，县委组织部公布了首届“两山先锋”基层党建创新项目评选结果。此次评选面向全县村社、机关、企业和社会组织，"
            "共收到申报项目73个，经过材料初审、现场答辩和群众投票，最终评出一等奖2个。\n"
            "获得一等奖的项目是：递铺街道古城村党总支的“余村经验再深化”村庄经营党建联盟，天荒坪镇余村党支部的“两山议事会”村民自治，"
            "县人民医院党委的“健康共富”医疗服务下沉，县快递行业党委的“小哥加油站”暖心服务。\n")
    got = [g[:3] for g in _entries(text)[0]]
    assert got[:2] == [("递铺街道古城村党总支", "“余村经验再深化”村庄经营党建联盟", "一等奖"),
                       ("天荒坪镇余村党支部", "“两山议事会”村民自治", "一等奖")] and len(got) == 4
    text = ("关于公布2025年度党建创新成果评审结果的通知\n按照集团党委《关于开展2025年度党建创新成果评审工作的通知》要求，现予公布。\n"
            "一等成果（2项）\n序号\t成果名称\t完成单位\t主要完成人\n1\t“党建+安全”双网格管理模式\t石家庄重型机械制造有限公司党委\t李建军、王海涛\n"
            "2\t“红色工匠”创新工作室联盟\t正定智能装备产业园党总支\t张敏\n")
    got = [g[:3] for g in _entries(text)[0]]
    assert got == [("石家庄重型机械制造有限公司党委", "“党建+安全”双网格管理模式", "一等成果"),
                   ("正定智能装备产业园党总支", "“红色工匠”创新工作室联盟", "一等成果")]


def test_wechat_cards_company_columns_and_closing_sentences():
    """01 | “TITLE” over its unit's line; a closing sentence (…共同推动全市“两新”组织党建…) is no entry; 重磅｜ goes."""
    text = ("重磅｜2025年遵义市“红色引擎”机关党建品牌评选结果出炉\n▌金牌品牌\n01 | “转作风·惠民生”三联三帮\n"
            "红花岗区委办公室机关党支部\n02 | “醉美仁怀”营商环境服务专班\n仁怀市发展和改革局党组\n"
            "恭喜以上获奖单位！希望获奖单位珍惜荣誉，共同推动全市“两新”组织党建工作提质增效。\n")
    es = parse_document(_doc(text)).entries
    assert [(e.subject, e.title, e.tier_label) for e in es] == [
        ("红花岗区委办公室机关党支部", "“转作风·惠民生”三联三帮", "金牌品牌"), ("仁怀市发展和改革局党组", "“醉美仁怀”营商环境服务专班", "金牌品牌")]
    assert es[0].competition.name == "遵义市“红色引擎”机关党建品牌"


def test_a_unit_named_by_its_town_alone_takes_the_county_that_published_the_page():
    text = "苏州市2021年基层党建创新案例评选结果\n来源：姑苏新闻网\n一等奖\n1.某镇党委：“红帆”共治\n2.某社区党委：“红楼”\n"
    es = parse_document(_doc(text)).entries
    assert [e.context_region for e in es] == ["姑苏区", "苏州市"]


def test_decorations_are_not_counted_as_traditional_characters():
    text = "第二届某市党建品牌评选结果\n◆一等奖◆\n★市城市管理局机关党委——《“城管驿站”暖心服务》🏅\n"
    assert not [q for q in parse_document(_doc(text)).problems if q.code == "I107"]
    text = "第二屆某市黨建品牌評選結果\n一等獎\n1.市城市管理局機關黨委：《“城管驛站”暖心服務》\n"
    assert [q.message for q in parse_document(_doc(text)).problems if q.code == "I107"]


def test_headline_with_a_sub_headline_and_proposed_status_words():
    """第三届…案例名单公布 我省2个案例入选: the part before the sub-headline names the series; 拟表扬 is a 公示's status;
    决定命名金牌项目2个、银牌项目4个为… counts no units."""
    text = "第三届全国国有企业基层党建创新案例名单公布 我省2个案例入选\n标杆案例\n1.天津港第二集装箱码头党委：“港口先锋”\n"
    e = parse_document(_doc(text)).entries[0]
    assert (e.competition.name, e.edition) == ("全国国有企业基层党建创新案例", 3)
    text = "青岛市“海岸先锋”基层党建创新案例拟表扬名单公示\n一、最佳案例\n1.“渔港夜校”——城阳区某某社区党委\n"
    assert parse_document(_doc(text)).entries[0].competition.name == "青岛市“海岸先锋”基层党建创新案例"
    from kg.layouts.items import bare_unit
    assert not bare_unit("银牌项目4个为第四届龙岩市")


def test_title_line_over_its_unit_field_is_one_entry():
    """A WeChat card printed as 01 / “TITLE” / 申报单位：UNIT: the title line above a unit field line is its title."""
    text = ("重磅！第五届石家庄市“红色引擎”基层党建创新案例名单公布\n▍一等奖\n01\n“滹沱河畔红色驿站”\n"
            "申报单位：正定县新城铺镇党委\n02\n“数字红管家”智慧社区\n申报单位：长安区建北街道党工委\n")
    got = [g[:3] for g in _entries(text)[0]]
    assert got == [("正定县新城铺镇党委", "“滹沱河畔红色驿站”", "一等奖"), ("长安区建北街道党工委", "“数字红管家”智慧社区", "一等奖")]


def test_a_results_page_with_no_entry_read_is_a_warning():
    t = "第二届某市党建品牌评选结果揭晓\n经评审，共评出一等奖2个、二等奖3个。\n今年的评选注重实效。\n"
    assert [q.code for q in parse_document(_doc(t)).problems if q.severity == "warning"] == ["W218"]
    t = "第二届某市党建品牌评选结果揭晓\n一等奖\n1.某街道党工委：“红色管家”\n"
    assert not [q for q in parse_document(_doc(t)).problems if q.code == "W218"]
