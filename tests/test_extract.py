"""Extractors on the hard cases the corpus holds, lexicon integrity, linking, spread and eval."""

from __future__ import annotations

import json
import tomllib
from collections import Counter

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.config import SCHEMA_DIR
from kg.extract.domains import classify_domain
from kg.extract.mechanisms import Chunk, MechanismExtractor, load_lexicon, make_nlp
from kg.extract.regions import load_gazetteer, resolve_region
from tests.conftest import DATA


@pytest.mark.parametrize(
    "subject,edition,codes,place,rule",
    [
        ("宁夏吴忠市利通区", 1, ["640000", "640300", "640302"], "", "short"),
        ("上海杨浦", 1, ["310000", "310110"], "", "short"),
        ("广东翁源", 1, ["440000", "440200", "440229"], "", "short"),
        ("湖北沙市", 1, ["420000", "421000", "421002"], "", "short"),
        ("酒泉瓜州", 2, ["620000", "620900", "620922"], "", "short"),
        ("西安未央", 1, ["610000", "610100", "610112"], "", "short"),
        ("浙江台州椒江", 1, ["330000", "331000", "331002"], "", "short"),
        ("内蒙呼伦贝尔", 1, ["150000", "150700"], "", "alias"),
        ("广西百色", 1, ["450000", "451000"], "", "short"),
        ("上海金山区吕巷镇", 2, ["310000", "310116"], "吕巷镇", "short"),
        ("江西省信丰县大塘埠镇", 2, ["360000", "360700", "360722"], "大塘埠镇", "full"),
        ("江苏省吴江市", 2, ["320000", "320500", "320584"], "", "historical"),
        ("河北省冀州市", 2, ["130000", "131100", "131181"], "", "historical"),
        ("上海市崇明县", 2, ["310000", "310230"], "", "historical"),
        ("青海省海东地区", 2, ["630000", "632100"], "", "historical"),
        ("山东莱芜", 1, ["370000", "371200"], "", "short"),
        ("江苏省金坛市", 2, ["320000", "320400", "320482"], "", "historical"),
        ("兖州煤业", 2, ["370000", "370800", "370882"], "", "org"),
        ("**富蕴县", 2, ["650000", "654300", "654322"], "", "masked+full"),
        ("**建设兵团", 1, ["650000", "660000"], "", "masked+alias"),
        ("**兵团农五师83团", 2, ["650000", "660000"], "农五师83团", "masked+alias"),
        ("大庆钻探", 1, ["230000", "230600"], "", "org"),
        ("安徽省毫州", 1, ["340000", "341600"], "", "typo"),
        ("山东枣庄市中区", 1, ["370000", "370400", "370402"], "", "short"),
        ("贵州铜仁", 1, ["520000", "522200"], "", "period"),
        ("内蒙古土右旗", 2, ["150000", "150200", "150221"], "", "alias"),
    ],
)
def test_region_hard_cases(subject, edition, codes, place, rule):
    m, _ = resolve_region(subject, edition=edition)
    assert [u.code for u in m.units] == codes
    assert m.place == place and m.rule == rule


def test_historical_units_keep_todays_unit():
    m, probs = resolve_region("江苏省吴江市", edition=2)
    assert (m.deepest.current_code, m.deepest.current_name) == ("320509", "吴江区")
    assert any(p.code == "I404" for p in probs)


@pytest.mark.parametrize(
    "subject,year,code,rule",
    [
        ("杭州市临平区南苑街道党工委", 2023, "330113", "full"),  # created 2021: not in cpca's gazetteer
        ("浙江省温州市龙港市新城社区", 2023, "330383", "full"),
        ("济南市钢城区委组织部", 2023, "370117", "full"),  # moved from 莱芜市 to 济南市
        ("莱芜市钢城区", 2010, "371203", "full"),  # … and read in the old prefecture where that is printed
        ("辛集市委组织部", 2023, "130181", "full"),  # renumbered under 石家庄市: today's unit, not cpca's 139002
        ("那曲市嘉黎县", 2023, "540621", "full"),
        ("邢台市襄都区委", 2023, "130502", "alias"),  # renamed under the same code
        ("成都市郫都区", 2022, "510117", "full"),
        ("长沙市宁乡市", 2022, "430182", "full"),
        ("宁乡县", 2010, "430124", "full"),  # the old name is the old unit, reported as historical
    ],
)
def test_units_of_todays_division_that_cpca_lacks(subject, year, code, rule):
    m, probs = resolve_region(subject, year=year)
    assert m.deepest.code == code and m.rule == rule
    g = load_gazetteer()
    if g.units[code].historical:
        assert any(p.code == "I404" for p in probs)


def test_a_short_name_shared_with_a_superseded_unit_means_todays():
    g = load_gazetteer()
    assert {f.code for f in g.forms["宁乡"]} == {"430124", "430182"}
    assert [f.code for f in g.today("宁乡")] == ["430182"]
    assert g.units["430124"].current_code == "430182"
    from kg.layouts.places import first_place

    assert first_place("宁乡", True) == "宁乡"  # one place today, so a dateline's 宁乡 is the document's place


@pytest.mark.parametrize("subject", ["中国商飞", "中国商飞公司", "红豆集团", "中原油田", "中铁二局"])
def test_organisations_without_a_region(subject):
    m, probs = resolve_region(subject)
    assert m is None and [p.code for p in probs] == ["I405"]


def test_typo_is_reported():
    _, probs = resolve_region("安徽省毫州")
    assert [p.code for p in probs] == ["W403"] and "亳州" in probs[0].message


def test_ambiguous_short_names_use_context_not_first_match():
    # 市中区 exists in 济南, 枣庄, 乐山, 内江: the prefecture before it decides
    m, _ = resolve_region("山东枣庄市中区")
    assert m.deepest.code == "370402"
    # bare 市中 has no context: no county is guessed
    m, _ = resolve_region("市中区")
    assert m is None or m.deepest.level != "county"
    # a short name that is both a prefecture and a county: reported, the higher level kept
    m, probs = resolve_region("江西上饶")
    assert m.deepest.code == "361100" and any(p.code == "I402" for p in probs)


@pytest.mark.parametrize(
    "subject,title,label",
    [
        ("湖北黄梅", "推行“双联四制”抓好农村流动党员教育管理", "农村"),
        ("湖北沙市", "“居民说事”构建社区党建工作新机制", "城市社区"),
        ("浙江温州", "以建设活力和谐企业为载体开创非公党建工作新局面", "非公企业"),
        ("福建天湖山", "国有企业“支部工作问责制”", "国有企业"),
        ("中国商飞", "开展党员“闪光”行动发挥支部“灯塔”效应", "国有企业"),
        ("吉林省统计局", "机关党建工作“三建法”的探索与实践", "机关"),
        ("上海理工大学", "高校基层党组织模式和活动载体的创新", "高校"),
        ("**建设兵团", "绩效管理带动支部和谐", "兵团"),
        ("山东潍坊", "县委书记专项述职制度", "区域综合"),
    ],
)
def test_domain_classifier(subject, title, label):
    assert classify_domain(subject, title).label == label


def test_every_lexicon_loads_without_duplicate_names():
    for f in sorted(SCHEMA_DIR.glob("*.toml")):
        with open(f, "rb") as fh:
            tomllib.load(fh)
    lex = load_lexicon()
    names = Counter(e.name for e in lex.entries.values())
    assert not [n for n, c in names.items() if c > 1]
    aliases = Counter(a for e in lex.entries.values() for a in e.aliases)
    assert not [a for a, c in aliases.items() if c > 1]
    assert all(f in lex.families for e in lex.entries.values() for f in e.families)
    g = load_gazetteer()
    assert len(g.units) > 3000 and "660000" in g.units


def test_mechanism_pipeline_is_a_blank_chinese_spacy_pipeline():
    nlp = make_nlp()
    assert nlp.lang == "zh" and nlp.pipe_names == ["kg_mechanism_ruler"]  # quoted terms are practices now
    assert make_nlp(discover=True).pipe_names == ["kg_mechanism_ruler", "kg_quoted_mechanisms"]
    assert nlp.config["nlp"]["tokenizer"]["segmenter"] == "char"


@pytest.mark.parametrize(
    "title,expected",
    [
        ("社区党组织公推直选的实践探索", {"公推直选"}),
        ("全面推行“网格化管理,组团式服务”工作", {"网格化"}),
        ("以“网格化管理、联动式共建”为主要内容的“党建网联工程”", {"网格化"}),
        ("乡镇党代会常任制的探索与实践", {"党代会常任制"}),
        ("推行“党员奉献积分制”加强农村党员量化管理", {"积分制"}),  # 量化管理 is not 党员分类管理
        ("实施“一定两评三补”建立村级组织经费保障新机制", {"一定两评三X"}),
        ("推行“一定两评三公开”创新农村基层组织建设", {"一定两评三X"}),
        # topic-alike is not a synonym: these are online practices (family 网络党建), not 网上党支部
        ("以大学生党员QQ群为载体探索大学生党员教育管理新途径", set()),
        ("建立网上工委搭建党员学习活动新平台", set()),
        ("开发党建管理信息系统创新机关党建综合评价体系", set()),
        ("跨单位交叉上党课,提升党课教育质量", set()),  # not 情景互动式党课
        ("建立网络党支部搭建服务基层大学生教育管理新平台", {"网上党支部"}),  # a true synonym
        ("推广农村党建“两会两评”模式", {"两会两评"}),
        ("深化拓展“民情流水线”工程", {"民情流水线"}),
        ("推行“双联四制”抓好农村流动党员教育管理", {"流动党员管理"}),
        ("实施“五零”工作法加强和创新社区管理", set()),  # a practice (kg.extract.practices), no mechanism
        # slogans, places and organisation names are not mechanisms
        ("“五管齐下”构建领导干部能下能出“绿色通道”", set()),
        ("党内基层民主“乳山模式”", set()),
        ("组建“百万农牧民创业先导团”", set()),
    ],
)
def test_mechanisms_in_titles(title, expected):
    x = MechanismExtractor()
    got = x.extract([Chunk("k", title, "doc/t", 100, True)])
    mentions = got.get("k", [])
    assert {m.label for m in mentions} == expected
    for m in mentions:
        assert title[m.span.start - 100 : m.span.end - 100].startswith(m.text[:2])


def test_mechanism_nodes_are_shared_and_uses_edges_have_provenance(built, corpus_text):
    g = built.graph
    [gt] = [n for n, d in g.nodes(data=True) if d["label"] == "Mechanism" and d["name"] == "公推直选"]
    uses = [(u, d) for u, _, d in g.in_edges(gt, data=True) if d["type"] == "USES"]
    assert len(uses) == 3
    for _, d in uses:
        assert "公推直选" in corpus_text[d["span_start"] : d["span_end"]]
    fams = {g.nodes[v]["name"] for _, v, d in g.out_edges(gt, data=True) if d["type"] == "BROADER"}
    assert fams == {"基层民主与选举"}


def test_narratives_link_to_their_award_entries(built):
    by_id = {c.id: c for c in built.cases}
    assert [n.subject for n in by_id["case/e1-excellent-46"].narratives] == ["广东翁源"]
    assert [n.subject for n in by_id["case/e2-excellent-30"].narratives] == ["敦煌市"]
    # no false merges: the three 肃州 narratives stay three cases, connected as the same subject
    suzhou = [c for c in built.cases if c.region and c.region.deepest.code == "620902"]
    assert len(suzhou) == 3 and all(len(c.same_subject) == 2 for c in suzhou)
    assert len(built.cases) == 180 + 8 - 2


def test_same_subject_across_editions(built):
    by_id = {c.id: c for c in built.cases}
    assert "case/e2-best-21" in by_id["case/e1-best-11"].same_subject  # 山东潍坊 / 山东省潍坊市
    assert "case/e2-best-29" in by_id["case/e1-excellent-08"].same_subject  # 中国商飞公司 / 中国商飞
    assert "case/e2-excellent-09" not in by_id["case/e1-excellent-21"].same_subject  # 同煤集团 ≠ 同煤集团四台矿


def spread_json(name):
    r = CliRunner().invoke(main, ["spread", name, "--format", "json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def test_spread_gongtui_zhixuan():
    s = spread_json("公推直选")
    assert s["cases"] == ["case/e1-best-08", "case/e1-best-17", "case/e1-excellent-51"]
    assert s["provinces"] == ["江苏省", "浙江省"] and s["first_edition"] == 1 and s["editions"] == [1]
    assert [r["region_code"] for r in s["rows"]] == ["320100", "321081", "330000"]


def test_spread_wanggehua_by_alias_and_family():
    s = spread_json("网格化管理")
    assert s["cases"] == ["case/e1-best-16", "case/e1-excellent-29"]
    assert s["provinces"] == ["山西省", "浙江省"] and s["prefectures"] == ["舟山市", "长治市"]
    fam = spread_json("基层民主与选举")
    assert fam["kind"] == "family" and "公推直选" in fam["mechanisms"] and fam["editions"] == [1, 2]
    r = CliRunner().invoke(main, ["spread", "不存在的机制"])
    assert r.exit_code == 2 and "E601" in r.output


def test_eval_meets_the_targets_on_the_labelled_corpus():
    r = CliRunner().invoke(main, ["eval", str(DATA / "gold.tsv"), "--format", "json"])
    assert r.exit_code == 0, r.output
    s = json.loads(r.output)
    assert s["records"] == 188 and not s["missing"]
    assert s["parse"]["accuracy"] == 1.0
    assert s["region"]["accuracy"] >= 0.98
    assert s["org_domain"]["accuracy"] >= 0.90
    assert s["mechanisms"]["precision"] >= 0.90 and s["mechanisms"]["recall"] >= 0.85


def test_eval_rejects_a_malformed_gold_file(tmp_path):
    f = tmp_path / "bad.tsv"
    f.write_text("kind\tedition\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["eval", str(f)])
    assert r.exit_code == 2 and "E602" in r.output and "missing columns" in r.output


def test_same_subject_group_is_one_shared_chain(built):
    from kg.export import case_rows

    suzhou = sorted((c for c in built.cases if c.region and c.region.deepest.code == "620902"), key=lambda c: c.id)
    group = suzhou[0].subject_group
    assert len(group) == 3 and all(c.subject_group is group for c in suzhou)  # one tuple, not a list per case
    middle = next(c for c in suzhou if c.id == group[1])
    assert middle.subject_neighbours == [group[0], group[2]]
    assert next(c for c in suzhou if c.id == group[0]).subject_neighbours == [group[1]]
    rows = [r for r in case_rows(built) if r["case_id"] in group]
    assert {r["subject_group"] for r in rows} == {group[0]}
    assert next(r for r in rows if r["case_id"] == group[2])["linked_case_ids"] == group[1]


@pytest.mark.parametrize("subject,label", [
    ("某区某某街道党工委", "城市社区"),  # the organ's unit decides
    ("某县某某镇党委", "农村"),
    ("某市税务局党支部", "机关"),
    ("某市财政局机关党委", "机关"),
    ("某区某某社区党委", "城市社区"),
    ("某县某某村党总支", "农村"),
    ("某镇电子企业联合党委", "非公企业"),
    ("某县某某商会党委", "非公企业"),
    ("某市图书馆党支部", "事业单位"),
    ("某市团市委", "机关"),  # a youth-league committee is no region's own committee
])
def test_a_party_organ_is_classified_by_its_unit(subject, label):
    from kg.extract.domains import classify_domain

    assert classify_domain(subject, "“某某”服务品牌").label == label


def test_a_regions_own_committee_is_classified_by_what_the_case_does():
    from kg.extract.domains import classify_domain

    assert classify_domain("某某区委", "推行党代会常任制").label == "区域综合"
    assert classify_domain("某某市委组织部", "公推直选村党组织书记激活村级发展").label == "农村"


@pytest.mark.parametrize("subject,not_province", [("天河南街道党工委", "河南省"), ("雷山西江", "山西省"),
                                                  ("青山西路社区党委", "山西省")])
def test_a_province_name_inside_a_word_is_no_reading(subject, not_province):
    from kg.extract.regions import resolve_region

    m, _ = resolve_region(subject, None, "x", None)
    assert m is None or m.units[0].name != not_province


def test_a_lead_word_before_a_place_is_still_skipped():
    from kg.extract.regions import resolve_region

    m, _ = resolve_region("中共乐清市委组织部", None, "x", None)
    assert [u.name for u in m.units] == ["浙江省", "温州市", "乐清市"]


@pytest.mark.parametrize(
    "subject,code",
    [
        ("陕西燃气集团榆林分公司党支部", "610800"),  # a prefecture further inside the unit's name
        ("江苏省港口集团有限公司连云港港口分公司党委", "320700"),
        ("云南省昆明市市场监管局官渡分局党支部", "530111"),  # a county's short name before a branch word
        ("山西省大同市平城区", "140213"),  # 平城区 (2018) from schema/regions_current.tsv; 城区 inside it is no district
        ("辽宁路街道华阳路社区党支部", None),  # a street named after a province is not the province
        ("浙江省嘉兴市南湖区", "330402"),
    ],
)
def test_a_deeper_place_inside_a_units_name_and_streets_named_after_places(subject, code):
    m, _ = resolve_region(subject)
    assert (m.deepest.code if m else None) == code


def test_a_unit_naming_its_lists_city_by_the_short_name_a_county_shares_stays_in_the_city():
    from kg.placing import place_entry

    m, _ = place_entry("湘潭高新区双马街道党工委", None, "", None, None, None, context="湘潭市")
    assert m.deepest.code == "430300"  # 湘潭市 + 湘潭 is not 湘潭县
    m, _ = place_entry("鼓楼区湖南路街道党工委", None, "", None, None, None, context="南京市")
    assert m.deepest.code == "320106"  # a bare district name is read inside the list's city


def test_a_rows_own_place_beats_a_province_short_name_opening_a_company_name():
    from pathlib import Path

    from kg.pipeline import build

    b = build([Path(__file__).parent / "data" / "lists_blind4" / "b2_changzhou_liangxin_table.html"])
    region = {c.subject: c.region.deepest.code for c in b.cases if c.region and c.region.deepest}
    assert region["江苏恒远精密机械有限公司党委"] == "320412"  # the row's 所在地区 cell: 武进区, not 江苏省
    assert region["天宁区青果巷商户联合党支部"] == "320402"  # the unit's own words still decide when deeper


def test_only_the_window_that_can_hold_a_match_is_tokenised_and_it_misses_none():
    """MechanismRuler.window: a narrative sentence is tokenised from its first possible match to its last; the
    mentions are those of the whole sentence through the spaCy pipeline, offsets included."""
    import random

    ex = MechanismExtractor()
    ruler = ex.nlp.get_pipe("kg_mechanism_ruler")
    aliases = sorted({a for e in ruler.lexicon.entries.values() for a in e.aliases})
    fillers = ["全面", "推行", "和", "，", "村", " ", "  ", "\u3000", "一定两评三公开", "党员", "群众", "；", "机制"]
    rng = random.Random(7)
    texts = ["某县推行公推直选和网格化管理，效果好。", "无关的句子。", "  公推 直选 试点", "实行一定两评三公开。"]
    texts += ["".join(rng.choice(aliases if rng.random() < 0.25 else fillers) for _ in range(rng.randint(1, 14)))
              for _ in range(300)]
    tried = windowed = 0
    for k, text in enumerate(texts):
        w = ruler.window(text)
        doc = ex.nlp(text)  # the whole text, no window: what the pipeline finds
        whole = sorted((sp.label_, sp.start_char + 100, sp.end_char + 100) for sp in doc.spans["mechanisms"])
        got = ex.extract([Chunk(f"t{k}", text, "doc/x", 100, False)]).get(f"t{k}", [])
        assert sorted((m.mechanism, m.span.start, m.span.end) for m in got) == whole, text
        if whole:
            tried += 1
            assert w is not None and w[0] + 100 <= min(s for _, s, _ in whole) and max(e for _, _, e in whole) <= w[1] + 100
            windowed += (w[1] - w[0]) < len(text)
    assert tried > 100 and windowed > 50  # most sentences with a match are read in part
