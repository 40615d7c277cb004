"""Golden tests of the parser on the bundled corpus, and of the rules on small fragments."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kg.ids import normalise
from kg.model import Document
from kg.parse import parse_document


def doc_of(text: str, name: str = "frag.txt") -> Document:
    return Document("doc/test", name, name, text, "utf-8", "text", "0")


def test_counts_per_edition_and_tier(parsed):
    counts = Counter((e.edition, e.tier) for e in parsed.entries)
    assert counts == {(1, "best"): 20, (1, "excellent"): 60, (2, "best"): 30, (2, "excellent"): 70}
    assert sorted(parsed.announced) == [(1, "best", 20), (1, "excellent", 60), (2, "best", 30), (2, "excellent", 70)]
    # ranks are exactly 1..N in each section
    for (ed, tier), n in counts.items():
        assert sorted(e.rank for e in parsed.entries if (e.edition, e.tier) == (ed, tier)) == list(range(1, n + 1))
    assert not [p for p in parsed.problems if p.severity == "error"]


# Every title with digits, every masked entry, glued and line-spanning neighbours, the colon-less entry.
GOLDEN = [
    (1, "best", 1, "辽宁丹东", "全面推广“情景互动式党课”"),
    (1, "best", 2, "内蒙呼伦贝尔", "组建“百万农牧民创业先导团”"),
    (1, "best", 6, "大庆钻探", "实施党支部“星级”建设、“梯级”管理"),
    (1, "best", 16, "浙江舟山", "全面推行“网格化管理,组团式服务”工作"),
    (1, "best", 20, "山东莱芜", "坚持“四个创新”构建城乡统筹党建新格局"),
    (1, "excellent", 1, "重庆大渡口", "建设开放统一党建信息平台大力推进基层党建信息化"),
    (1, "excellent", 11, "河北景县", "农村党员干部“365便民服务超市”的调查与思考"),
    (1, "excellent", 15, "南昌工程学院", "以大学生党员QQ群为载体探索大学生党员教育管理新途径"),
    (1, "excellent", 22, "安徽省毫州", "探索建立农村基层干部民意调查制度构建科学的工作绩效考核评价体系"),
    (1, "excellent", 55, "**建设兵团", "绩效管理带动支部和谐"),
    (1, "excellent", 58, "**青松建材化工(集团)股份有限公司", "跨单位交叉上党课,提升党课教育质量"),
    (1, "excellent", 60, "安徽霍山", "实施“党内温暖”工程构建党内激励关怀帮扶机制"),
    (2, "best", 5, "天津市滨海新区", "实施创建学习型党组织工程"),
    (2, "best", 11, "中远船务", "树立“属企化”理念**农民工党建难题"),
    (2, "best", 15, "福建省福州市", "“135”社区党建工作模式着力提升城市社区党建工作科学化水平"),
    (2, "best", 17, "湖北省远安县", "推行“2+X”模式关爱农村留守儿童"),
    (2, "best", 18, "山东省曲阜市", "实行第一书记“1+1”制度推进联系服务群众常态化"),
    (2, "best", 26, "**兵团农五师83团", "建立民情走访“四到户”机制密切党群关系"),
    (2, "best", 27, "上海金山区吕巷镇", "乡镇党代会常任制的探索与实践"),
    (2, "excellent", 1, "湖南省浏阳市", "实行乡镇党代会常任制推进基层党内民主建设"),
    (2, "excellent", 5, "贵州省贵阳市南明区", "“社区服务365”凝聚党心民心"),
    (2, "excellent", 21, "北京市房山区", "实行“次序动员”机制**农村党员发挥作用难题"),
    (2, "excellent", 25, "四川省汶川县", "建立“四级联动”新机制**农村发展党员“瓶颈”"),
    (2, "excellent", 37, "江苏省连云港市", "创新党群工作站模式**非公企业党建工作难题"),
    (2, "excellent", 47, "邯钢公司", "开展“3+X”构建和谐工作关系活动助推思政工作创新发展"),
    (2, "excellent", 49, "上海市黄浦区五里桥街道", "探索“4+1工作法”架起党群关系“连心桥”"),
    (2, "excellent", 59, "四川省广元市", "推行“四向”全域考察**干部考察失真失准难题"),
    (2, "excellent", 64, "**富蕴县", "推行社区党建“3421”机制创新社会管理模式"),
    (2, "excellent", 70, "云南省鹤庆县", "推行党员中心户长制搭建党员发挥作用平台"),
]


@pytest.mark.parametrize("edition,tier,rank,subject,title", GOLDEN)
def test_golden_entries(parsed, edition, tier, rank, subject, title):
    [e] = [e for e in parsed.entries if (e.edition, e.tier, e.rank) == (edition, tier, rank)]
    assert (e.subject, e.title) == (subject, title)


def test_every_title_with_digits_or_mask_is_in_the_golden_sample(parsed):
    golden = {(g[0], g[1], g[2]) for g in GOLDEN}
    tricky = {(e.edition, e.tier, e.rank) for e in parsed.entries if any(c.isdigit() for c in e.title + e.subject) or "**" in e.title + e.subject}
    assert tricky <= golden


def test_spans_slice_the_original_back_to_the_printed_text(parsed, corpus_text):
    for e in parsed.entries:
        printed = corpus_text[e.span.start : e.span.end].replace("\n", "")
        sep = "" if not e.has_colon else printed[len(e.subject)]
        assert sep in ("", ":", ":")
        assert printed == e.subject + sep + e.title
        assert corpus_text[e.subject_span.start : e.subject_span.end] == e.subject
        assert corpus_text[e.title_span.start : e.title_span.end].replace("\n", "") == e.title


def test_narratives_found_with_sections(parsed, corpus_text):
    found = [(n.subject, n.title, n.edition) for n in parsed.narratives]
    assert found == [
        ("湖北省兴山", "推广农村党建“两会两评”模式", None),
        ("广东翁源", "培育农村党员创业“领头雁”", None),
        ("四川农业大学", "围绕党建助推科学发展,服务“三农”力促创先争优", None),
        ("肃州区", "实行党员首议制推进基层民主建设", None),
        ("酒泉瓜州", "以干部学时学分制管理推进学习型党组织建设", 2),
        ("敦煌市", "深化拓展“民情流水线”工程", 2),
        ("酒泉肃州", "建立网络党支部搭建服务基层大学生教育管理新平台", None),
        ("酒泉肃州", "实施百点示范工程提升党建工作整体水平", None),
    ]
    headings = [[s.heading for s in n.sections if s.kind != "intro"] for n in parsed.narratives]
    assert headings == [
        ["主要做法", "初步成效", "启示"],
        ["起初动因", "主要做法", "初步成效"],
        ["背景与起因", "做法与经过", "成效与反响", "探讨与评论", "重要资料附录"],
        ["背景与起因", "做法与经过", "成效与反响", "探讨与评论"],
        ["背景与起因", "做法与经过", "成效与反响", "探讨与评论"],
        ["背景与起因", "做法与特点", "成效与反响", "思考与探讨"],
        ["主题设计", "载体创意", "主要内容", "主要成效", "几点思考"],
        ["主题设计", "载体创意", "实施方法", "主要成效"],
    ]
    for n in parsed.narratives:
        assert corpus_text[n.heading_span.start : n.heading_span.end].startswith(n.title if n.heading_form == "dash" else n.subject)
        # enumerated body points ("一、服务群众缺“配套”", "1、农村党员威信不断提高") are not headings
        assert all(s.heading in ("",) or len(s.heading) <= 6 for s in n.sections)


def test_body_text_is_kept_whole_across_page_junk(parsed):
    xingshan = parsed.narratives[0]
    text = xingshan.text
    assert "完美整理" not in text and "Word格式" not in text
    assert "一、服务群众缺“配套”" in text  # a body point, kept as body


def test_glued_entries_and_line_breaks():
    text = (
        "第二届全国基层党建创新案例评选结果\n"
        "一、最佳案例名单(共3个)1甲省乙市:推行“3+X”模式2丙省丁县:实施“一定两评三补”\n"
        "建立新机制3戊市:“365便民服务超市”\n"
    )
    p = parse_document(doc_of(text))
    assert [(e.rank, e.subject, e.title) for e in p.entries] == [
        (1, "甲省乙市", "推行“3+X”模式"),
        (2, "丙省丁县", "实施“一定两评三补”建立新机制"),
        (3, "戊市", "“365便民服务超市”"),
    ]
    assert not [x for x in p.problems if x.severity != "info"]


def test_half_width_colon_and_unknown_tier():
    text = "第三届全国基层党建创新案例评选结果\n一、提名案例名单(共2个)1甲市:标题一2乙县:标题二\n三、入选案例名单(共1个)1丙市:标题三\n"
    p = parse_document(doc_of(text))
    assert [(e.edition, e.tier, e.rank, e.subject) for e in p.entries] == [
        (3, "nominated", 1, "甲市"), (3, "nominated", 2, "乙县"), (3, p.entries[2].tier, 1, "丙市"),
    ]
    assert p.entries[2].tier.startswith("tier-") and any(x.code == "W208" for x in p.problems)


def test_missing_and_duplicate_numbers_are_reported_not_dropped():
    text = "第一届全国基层党建创新最佳、优秀案例评选结果\n一、最佳案例评选结果(共4个)1甲市:一号2乙市:二号4丁市:四号4戊市:又一个四号\n"
    p = parse_document(doc_of(text))
    assert [(e.rank, e.subject) for e in p.entries] == [(1, "甲市"), (2, "乙市"), (4, "丁市"), (4, "戊市")]
    codes = Counter(x.code for x in p.problems)
    assert codes["W202"] == 1 and codes["W203"] == 1
    gap = next(x for x in p.problems if x.code == "W202")
    assert "3" in gap.message and gap.line == 2 and gap.offset == text.index("4丁市")


def test_count_mismatch_and_truncated_list():
    text = "第一届全国基层党建创新最佳、优秀案例评选结果\n一、最佳案例评选结果(共20个)1甲市:一号2乙市:二号3丙"
    p = parse_document(doc_of(text))
    assert [e.rank for e in p.entries] == [1, 2, 3]
    codes = {x.code for x in p.problems}
    assert {"E201", "W206"} <= codes
    assert next(x for x in p.problems if x.code == "E201").severity == "error"


# ---------------------------------------------------------------------------
# narrative headings longer than a short line (tests/data/compilations, labelled from the text)

COMPILATIONS = Path(__file__).parent / "data" / "compilations"


def parse_fixture(name: str):
    from kg.ingest import read_document

    doc, _ = read_document(COMPILATIONS / name)
    return doc, parse_document(doc, name)


def test_long_headings_are_read_as_narratives():
    doc, p = parse_fixture("c01_long_headings.txt")
    assert [(n.heading_form, n.subject, n.title) for n in p.narratives] == [
        ("colon", "浙江嘉兴", "推行村级事务“五议两公开”"),
        ("colon", "江苏省常州市武进区委组织部", "以“红色网格”为抓手推动城市社区党建与社区治理深度融合的实践与思考"),
        ("colon", "湖南省岳阳市君山区钱粮湖镇党委",
         "推行农村党员“设岗定责、承诺践诺、积分考评”三位一体管理模式激发无职党员干事创业内生动力"),
        ("dash", "四川省眉山市丹棱县委组织部", "依托“党员中心户”联系服务群众推动乡村治理从“村里管”向“大家管”转变的探索与思考"),
        ("colon", "中共浙江省温州市鹿城区委组织部", "“红色代办”让老城区群众办事少跑腿不跑腿的实践与探索"),
    ]
    assert [[s.kind for s in n.sections if s.kind != "intro"] for n in p.narratives] == [
        ["background", "practice", "outcome"],
        ["background", "practice", "outcome", "discussion"],
        ["background", "practice", "outcome"],
        ["background", "practice", "outcome"],
        ["background", "practice"],
    ]
    # each narrative ends where the next heading starts: no body swallowed by its neighbour
    assert "武进区" not in p.narratives[0].text and "钱粮湖镇" not in p.narratives[1].text
    for n in p.narratives:
        assert doc.text[n.heading_span.start : n.heading_span.end].startswith(n.title if n.heading_form == "dash" else n.subject)
    assert not [x for x in p.problems if x.code in ("W301", "W303", "W307")]


def test_long_headings_in_traditional_characters_keep_the_printed_text():
    doc, p = parse_fixture("c02_long_headings_trad.txt")
    assert [(n.subject, n.title) for n in p.narratives] == [
        ("福建省泉州市鯉城區委組織部", "以「紅色物業」聯盟推動老舊小區黨建引領基層治理破解物業管理長期缺位難題的探索與實踐"),
        ("廣東省韶關市翁源縣官渡鎮黨委", "創新「黨建+合作社+農戶」模式帶動山區群眾發展蘭花產業增收致富的實踐"),
    ]
    assert [[s.heading for s in n.sections if s.kind != "intro"] for n in p.narratives] == [["背景与起因", "主要做法", "初步成效"]] * 2
    line = doc.text[p.narratives[1].heading_span.start : p.narratives[1].heading_span.end]
    assert line == "廣東省韶關市翁源縣官渡鎮黨委：創新「黨建+合作社+農戶」模式帶動山區群眾發展蘭花產業增收致富的實踐"


def test_heading_like_lines_that_are_not_read_are_reported_with_reason_and_position():
    doc, p = parse_fixture("c03_headings_not_read.txt")
    assert [n.subject for n in p.narratives] == ["河北景县", "广东翁源"]
    w307 = [x for x in p.problems if x.code == "W307"]
    got = [(x.line, x.column, x.message.split(": ", 1)[1].split(";")[0]) for x in w307]
    assert got == [
        (9, 1, "43 characters, more than 40, and no section heading follows it"),
        (12, 1, "53 characters, more than 40, with a comma (read as a sentence)"),
        (18, 1, "its subject has 22 characters, more than 20"),
        (24, 1, "92 characters, more than 90"),
        (30, 1, "95 characters, more than 90"),
    ]
    lines = doc.text.split("\n")
    for x in w307:
        assert doc.text[x.offset :].startswith(lines[x.line - 1][:10])
        assert "read as text of narrative '推行农村党员“为民服务全程代理”制度'" in x.message
    assert all(x.severity == "warning" for x in w307)


def test_long_heading_right_after_an_award_list_ends_the_list():
    text = (
        "第三届全国基层党建创新最佳、优秀案例评选结果\n"
        "一、最佳案例评选结果(共2个)1江苏常州:推行“红色网格”管理2浙江温州:实施“红色代办”服务\n"
        "江苏省常州市武进区委组织部:以“红色网格”为抓手推动城市社区党建与社区治理深度融合的实践与思考\n"
        "武进区把社区划分为若干网格,在每个网格建立党小组,由党员骨干担任网格长。\n"
        "一、背景与起因\n社区人口多、流动快,原有的党组织设置难以覆盖所有居民。\n"
        "二、主要做法\n一是科学划分网格。二是建立网格党小组。\n"
    )
    p = parse_document(doc_of(text))
    assert [(e.rank, e.subject, e.title) for e in p.entries] == [(1, "江苏常州", "推行“红色网格”管理"), (2, "浙江温州", "实施“红色代办”服务")]
    assert [(n.subject, [s.kind for s in n.sections]) for n in p.narratives] == [
        ("江苏省常州市武进区委组织部", ["intro", "background", "practice"])]
    assert not [x for x in p.problems if x.severity != "info"]


def test_a_long_line_with_a_sentence_inside_is_body_text():
    text = (
        "浙江嘉兴:推行村级事务“五议两公开”\n"
        "嘉兴市在农村推行村级重大事务“五议两公开”,规范了村级决策程序。\n"
        "一、背景与起因\n过去一些村的重大事务由少数人说了算。\n"
        "市委组织部调研发现:问题的根子在于决策程序不规范。群众对此意见较大而且反映强烈需要尽快加以解决\n"
        "二、主要做法\n一是规范议事程序。二是落实公开制度。\n"
    )
    p = parse_document(doc_of(text))
    assert [(n.subject, [s.kind for s in n.sections if s.kind != "intro"]) for n in p.narratives] == [
        ("浙江嘉兴", ["background", "practice"])]
    assert "市委组织部调研发现" in p.narratives[0].text
    assert not [x for x in p.problems if x.code == "W307"]


def test_a_heading_not_read_is_reported_as_printed_in_traditional_characters():
    text = (
        "廣東翁源：培育農村黨員創業「領頭雁」\n"
        "翁源縣把農村黨員培養成創業帶頭人，再由黨員帶動群眾創業。\n"
        "一、背景與起因\n過去農村黨員帶富能力不強。\n"
        "廣東省韶關市翁源縣官渡鎮黨委：創新「黨建+合作社+農戶」模式，帶動山區群眾發展蘭花產業增收致富的實踐\n"
        "官渡鎮山多地少，群眾收入主要靠外出務工。\n"
        "二、主要做法\n鎮黨委推動各村黨支部領辦蘭花專業合作社。\n"
    )
    p = parse_document(doc_of(text))
    assert [n.subject for n in p.narratives] == ["廣東翁源"]
    [w] = [x for x in p.problems if x.code == "W307"]
    assert w.line == 5 and "'廣東省韶關市翁源縣官渡鎮黨委：創新「黨建+合作社+農戶」模式，" in w.message
    assert "with a comma" in w.message and "read as text of narrative '培育農村黨員創業「領頭雁」'" in w.message
