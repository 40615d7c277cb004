"""Practices: the rules on sentences written for these tests, the thesaurus mapping, the build, eval and CLI."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.config import schema_path
from kg.extract.chunking import bounded_pieces
from kg.extract.mechanisms import Chunk, MechanismExtractor, load_lexicon
from kg.extract.practices import find_practices, match_key, normalise_name
from kg.extract.thesaurus import family_of, find_definition, map_name
from kg.practice_analytics import similar_practices, spread_rows

DATA = Path(__file__).parent / "data"


def names(text: str, **kw) -> list[str]:
    return [m.name for m in find_practices(text, **kw)]


# Sentences written for these tests (not taken from any page); one or more per rule.
@pytest.mark.parametrize(
    "text,expected,rule",
    [
        # quoted term, suffix joined right after the quote
        ("推行“三联”工作法服务群众", ["三联工作法"], "quoted_suffix"),
        ("实行“3+2”工作机制", ["3+2工作机制"], "quoted_suffix"),
        ("试行“红黄牌”制度规范村务", ["红黄牌制度"], "quoted_suffix"),
        # quoted term, a short qualifier between the quote and the suffix
        ("构建“两轮”乡村治理模式", ["两轮乡村治理模式"], "quoted_suffix"),
        # a generic word after the quote does not join: the quoted name stands alone
        ("建立“三级联审”新机制破解难题", ["三级联审"], "quoted"),
        # quoted term alone; an event word 活动 joins but is not part of the name
        ("组建“银发先锋队”", ["银发先锋队"], "quoted"),
        ("开展“红旗手”活动凝聚人心", ["红旗手"], "quoted_suffix"),
        # numbered formulas, unquoted after a trigger verb
        ("推行三评两公示提高决策透明度", ["三评两公示"], "verb_phrase"),
        # trigger verb … X制度 / X机制 / X制 (an inner verb is dropped)
        ("全面实行村级事务代理制度", ["村级事务代理制度"], "verb_phrase"),
        ("探索建立社区议事协商机制", ["社区议事协商机制"], "verb_phrase"),
        ("推行村干部坐班制方便群众", ["村干部坐班制"], "verb_phrase"),
        # trigger verb … a thesaurus label (no suffix needed)
        ("率先推行村党组织书记公推直选", ["村党组织书记公推直选"], "verb_phrase"),
        # setting up a unit of a kind
        ("建立网上团工委凝聚青年", ["网上团工委"], "verb_phrase"),
        # 以X为载体 / 以X为抓手
        ("以红色驿站为载体凝聚流动党员", ["红色驿站"], "carrier"),
        ("以党员积分管理为抓手推动村务公开", ["党员积分管理"], "carrier"),
        # a title that begins with the practice's own name
        ("村务监督委员会制度的实践与思考", ["村务监督委员会制度"], "title_head"),
        # a short head before a purpose verb, when nothing else named a practice
        ("首创楼宇党建联席会推动两新组织覆盖", ["楼宇党建联席会"], "title_fallback"),
        # … but a head ending with a mechanism of the thesaurus is the title's head, after its adverb
        ("首创楼宇党建联盟推动两新组织覆盖", ["楼宇党建联盟"], "title_head"),
        # … or before a purpose clause (服务群众 …)
        ("推行村民代表提案服务群众需求", ["村民代表提案"], "title_fallback"),
        # a title opening with a clause verb: its head counts when it names a field of party building
        ("加强楼宇党建推动两新组织覆盖", ["楼宇党建"], "title_fallback"),
        # who goes where, at the start of a title; several in a row
        ("机关干部驻村蹲点帮民富", ["机关干部驻村蹲点"], "actor_action"),
        ("干部进村领导入户解民忧", ["干部进村", "领导入户"], "actor_action"),
        ("在职党员进社区服务居民", ["在职党员进社区"], "actor_action"),
        # two parties (one character each) or a field, and a link word; only the first link
        ("村企共建促振兴", ["村企共建"], "partnership"),
        ("军民联动和谐共建筑牢边防", ["军民联动"], "partnership"),
        ("深化党建联建推动区域发展", ["党建联建"], "partnership"),
        # an act on a counted thing, before a purpose verb or a colon
        ("拆除一道栏拉近干群距离", ["拆除一道栏"], "numeral_object"),
        ("管好一本账：村级财务明明白白", ["管好一本账"], "numeral_object"),
        # an unquoted numbered formula opening a title, up to a purpose verb (one character or two)
        ("四议两公开保障村民权利", ["四议两公开"], "formula_head"),
        ("双培双带助振兴", ["双培双带"], "formula_head"),
        ("3+1结对帮扶促发展", ["3+1"], "formula_head"),
        # a one-character purpose verb ends a head that ends like a name (以X促Y)
        ("以村干部坐班制促便民服务", ["村干部坐班制"], "title_head"),
        # 发挥/依托 … X: only a thesaurus label or a named unit
        ("发挥网上党支部作用服务流动党员", ["网上党支部"], "verb_phrase"),
        ("依托流动党校凝聚外出务工党员", ["流动党校"], "verb_phrase"),
        # the part after a colon is a title of its own (a place before it); a trailing activity noun is dropped
        ("宜昌远安:以村干部坐班制管理推动便民服务", ["村干部坐班制"], "title_head"),
    ],
)
def test_each_rule_on_written_sentences(text, expected, rule):
    found = find_practices(text)
    assert [m.name for m in found] == expected
    assert all(m.rule == rule for m in found)
    for m in found:
        assert text[m.span.start : m.span.end] == m.text  # offsets point at the printed words


@pytest.mark.parametrize(
    "text,status,code",
    [
        ("架起干群“连心桥”", "slogan", "I411"),
        ("探索社区治理新模式", "generic", "I412"),
        ("服务“三农”促发展", "generic", "I412"),
        ("学习推广“晋江模式”", "place_label", "W410"),
    ],
)
def test_slogans_generic_words_and_place_labels_are_told_apart(text, status, code):
    every = find_practices(text, include_rejected=True)
    assert [(m.status, m.code) for m in every] == [(status, code)]
    accepted = find_practices(text)
    assert [m.status for m in accepted] == (["place_label"] if status == "place_label" else [])
    if status == "place_label":
        assert accepted[0].place == "晋江"


# Titles written for these tests that look like the shapes above but name no practice: a manner
# instead of two parties, a goal instead of a thing, a sentence, a bare unit type, a reformed mechanism.
@pytest.mark.parametrize(
    "text",
    [
        "上下联动抓党建", "携手共建美好家园", "和谐共建幸福社区", "多元共治谱新篇", "团结一心共建共享",
        "打造一支队伍推动发展", "修好一条路富了一方人",
        "党员干部带头致富奔小康", "干部走出去群众请进来", "把支部建在产业链上",
        "依托党支部开展活动", "发挥党员先锋模范作用助推发展", "落实党员责任服务群众需求",
        "改革村务运行机制提高决策水平", "扶持返乡青年创办家庭农场",
        "2015年党建工作创新", "以党建促发展", "驻村工作单位推进精准扶贫", "党员志愿者服务群众零距离",
    ],
)
def test_title_shapes_that_name_no_practice(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text,status,code,name",
    [
        ("加强基层党建促进经济发展", "generic", "I412", "基层党建"),  # a field every unit has
        ("宜昌远安:创新服务新模式", "generic", "I412", "服务新模式"),
        ("两学一做促进学风转变", "generic", "I412", "两学一做"),
        ("“党建引领”凝聚治理合力", "generic", "I412", "党建引领"),  # a national campaign, not a unit's practice
        ("石狮模式：党员联户促发展", "place_label", "W410", "石狮模式"),  # the part before the colon
    ],
)
def test_title_parts_keep_generic_words_and_place_labels_apart(text, status, code, name):
    every = find_practices(text, include_rejected=True)
    assert (name, status, code) in [(m.name, m.status, m.code) for m in every]


def test_offsets_and_doc_id_are_kept():
    text = "第一段无关文字。\n推行“三联”工作法服务群众"
    [m] = find_practices(text, offset=1000, doc_id="doc/x")
    assert m.span.doc_id == "doc/x" and m.span.start == 1000 + text.index("“三联”")
    assert text[m.span.start - 1000 : m.span.end - 1000] == "“三联”工作法"


def test_normalised_names_and_match_keys():
    assert normalise_name("“２＋Ｘ”模式") == "2+X模式"
    assert normalise_name("“双岗双争”活动") == "双岗双争"
    assert normalise_name("黨員積分制") == "党员积分制"  # traditional → simplified
    assert match_key("大联系、大台帐、大帮带") == match_key("大联系大台帐大帮带")


def test_bounded_pieces_split_at_sentence_ends_and_join_back():
    text = ("甲乙丙丁。" * 7) + "无句号的一长段文字" * 3
    pieces = bounded_pieces(text, 12)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 12 for _, p in pieces)
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert pieces[0][1].endswith("。")


def test_text_over_a_million_characters_is_read_in_pieces():
    filler = "这是一段用来加长文本的普通叙述。\n" * 70_000  # 1.19 million characters
    text = filler + "推行“三联”工作法服务群众，全面推行乡镇党委换届公推直选。"
    assert len(text) > 1_000_000
    [a, b] = find_practices(text, doc_id="doc/long")
    assert (a.name, b.name) == ("三联工作法", "乡镇党委换届公推直选")
    assert text[a.span.start : a.span.end] == "“三联”工作法"
    # the spaCy extractor gets the same text in one chunk and does not fail with E088
    got = MechanismExtractor().extract([Chunk("k", text, "doc/long", 5, False)])["k"]
    [m] = [x for x in got if x.label == "公推直选"]
    assert text[m.span.start - 5 : m.span.end - 5] == "公推直选"


def test_mapping_needs_a_label_or_synonym_in_the_name():
    assert map_name("乡镇党委换届公推直选").mechanism == "mechanism/gongtui-zhixuan"
    assert (map_name("党员奉献积分制").mechanism, map_name("党员奉献积分制").evidence) == ("mechanism/jifen", "label")
    assert map_name("党员积分管理").evidence == "synonym"
    assert map_name("一定两评三补").evidence == "pattern"
    lex = load_lexicon()
    for topic_alike in ("网上工委", "大学生党员QQ群", "党建信息平台", "党建管理信息系统", "网上干部工作综合平台",
                        "党风廉政舆情在线", "网络问政", "跨单位交叉上党课"):
        assert map_name(topic_alike, lex) is None, topic_alike
        assert family_of(topic_alike, None, lex) in ("family/online", "family/education")
    assert family_of("网上工委") == "family/online"


def test_a_narrative_definition_is_evidence_with_its_span():
    text = "我们的做法很多。所谓“红心工程”，就是在社区推行公推直选的一套做法。其他内容。"
    found = find_definition(("“红心工程”", "红心工程"), text, 200, "doc/n")
    assert found is not None
    mapping, span = found
    assert mapping.mechanism == "mechanism/gongtui-zhixuan" and mapping.evidence == "definition"
    assert text[span.start - 200 : span.end - 200].startswith("所谓“红心工程”")
    assert find_definition(("红心工程",), "红心工程和公推直选都很好。", 0, "d") is None  # no defining cue


def test_thesaurus_has_synonyms_only_definitions_and_known_broader():
    with open(schema_path("mechanisms.toml"), "rb") as f:
        cfg = tomllib.load(f)
    mechs = cfg["mechanisms"]
    online = set(mechs["online-branch"]["aliases"])
    assert online == {"网上党支部", "网络党支部"}
    assert "交叉上党课" not in mechs["situational-lecture"]["aliases"]
    assert all(m.get("definition") for m in mechs.values())
    lex = load_lexicon()
    assert lex.ancestors("mechanism/family-party-school") == ("mechanism/party-school",)
    assert "mechanism/mobile-party-school" in lex.narrower("mechanism/party-school")


def test_practices_in_the_build(built, corpus_text):
    g = built.graph
    practices = {d["name"]: n for n, d in g.nodes(data=True) if d["label"] == "Practice"}
    assert {"五零工作法", "五管齐下", "乳山模式", "大联系、大台帐、大帮带", "四位一体防瘫机制"} <= set(practices)
    for name, n in practices.items():
        out = [d["type"] for _, _, d in g.out_edges(n, data=True)]
        assert out.count("IN_FAMILY") == 1 and out.count("INSTANCE_OF") <= 1
        for c, _, d in g.in_edges(n, data=True):
            if d["type"] == "ADOPTS_PRACTICE":  # a dated adoption event naming the practice (issue 12)
                assert g.nodes[c]["label"] == "AdoptionEvent"
                continue
            assert d["type"] == "NAMES" and corpus_text[d["span_start"] : d["span_end"]] == d["text"]
    # 乳山模式: a practice of 乳山, never a mechanism, and reported
    ru = practices["乳山模式"]
    assert g.nodes[ru]["place"] == "乳山" and not [1 for _, _, d in g.out_edges(ru, data=True) if d["type"] == "INSTANCE_OF"]
    assert any(p.code == "W410" and "乳山模式" in p.message for p in built.problems)
    # every mapping carries its evidence, and label/synonym evidence is printed where the span points
    for u, v, d in g.edges(data=True):
        if d["type"] == "INSTANCE_OF":
            assert d["mapping"] in ("label", "synonym", "pattern", "definition")
            if d["mapping"] in ("label", "synonym"):
                assert match_key(d["text"]) in match_key(corpus_text[d["span_start"] : d["span_end"]])
    # topic-alike practices get the family, not the mechanism
    wg = practices["网上工委"]
    assert [g.nodes[v]["name"] for _, v, d in g.out_edges(wg, data=True) if d["type"] == "IN_FAMILY"] == ["网络党建"]


def test_eval_scores_practices_and_mappings_against_the_hand_labels():
    r = CliRunner().invoke(main, ["eval", str(DATA / "gold.tsv"), "--format", "json"])
    assert r.exit_code == 0, r.output
    s = json.loads(r.output)
    assert s["practices"]["precision"] >= 0.9 and s["practices"]["recall"] >= 0.9
    assert s["practices"]["titles_with_practice_but_none_found"] == []  # every title naming one gets one
    assert s["mappings"]["precision"] >= 0.95 and s["mappings"]["total"] >= 50


def test_spread_at_three_levels(built):
    g = built.graph
    m = spread_rows(g, "基层党校")
    assert m["level"] == "mechanism" and {"家庭党校", "流动党校", "街道党校"} <= set(m["mechanisms"])
    assert {"case/e2-excellent-40", "case/e2-excellent-45"} <= set(m["cases"])
    p = spread_rows(g, "“五零”工作法")
    assert p["level"] == "practice" and p["cases"] == ["case/e2-excellent-22"]
    f = spread_rows(g, "网络党建")
    assert f["level"] == "family" and "case/e1-excellent-56" in f["cases"]  # 网上工委, through its practice
    forced = spread_rows(g, "党员分类管理", level="practice")
    assert forced["level"] == "practice" and forced["cases"] == ["case/e2-excellent-43"]


def test_kg_practices_and_spread_cli():
    r = CliRunner().invoke(main, ["practices", "--unmapped", "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)["rows"]
    by = {x["practice"]: x for x in rows}
    assert "网上工委" in by and by["网上工委"]["mechanism"] == "" and by["网上工委"]["why_no_mechanism"]
    assert by["乳山模式"]["why_no_mechanism"] == "place-named label"
    assert "乡镇党委换届公推直选" not in by  # mapped
    r = CliRunner().invoke(main, ["spread", "五零工作法", "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.output)["level"] == "practice"


def test_similar_practices_are_scored_suggestions(built):
    rows = similar_practices(built.graph)
    pairs = {(r["practice_a"], r["practice_b"]): r for r in rows}
    assert ("居民说事", "村民说事") in pairs and 70 <= pairs[("居民说事", "村民说事")]["score"] < 100
    assert all(len(r["cases"]) >= 2 for r in rows)
    names_ = {d["name"] for _, d in built.graph.nodes(data=True) if d["label"] == "Practice"}
    assert {"居民说事", "村民说事"} <= names_  # suggested, never merged


@pytest.mark.neo4j
def test_practice_queries_in_neo4j_answer_as_the_graph_does(neo4j_driver, neo4j_conn, built):
    from kg.loaders.neo4j import load, load_queries, run_query, wipe
    from kg.practice_analytics import practice_table

    db = neo4j_conn.database
    wipe(neo4j_driver, db)
    load(neo4j_driver, built.nodes, built.edges, db)

    def q(query_name, **params):
        query = load_queries()[query_name]
        return run_query(neo4j_driver, query.cypher, query.bind(params), db)[1]

    # a mechanism: its practices and those of its narrower mechanisms (基层党校 → 家庭党校, 流动党校 …)
    rows = q("practice_spread", name="基层党校")
    assert sorted(c for r in rows for c in r["case_ids"]) == sorted(
        c for c in spread_rows(built.graph, "基层党校")["cases"] if c in {x for r in practice_table(built.graph)
                                                                      for x in r["cases"]})
    # (街道党校: the title 发挥街道党校作用…, read since titles' unquoted practices are)
    assert {p for r in rows for p in r["practices"]} == {"农村家庭党校", "流动党校", "街道党校"}
    # a practice by its exact name
    [row] = q("practice_spread", name="五零工作法")
    assert row["case_ids"] == ["case/e2-excellent-22"] and row["province"] == "四川省"
    # unmapped practices: the same as kg practices --unmapped
    unmapped = {r["practice"] for r in q("unmapped_practices")}
    assert unmapped == {r["practice"] for r in practice_table(built.graph, unmapped=True)}
    online = {r["practice"] for r in q("unmapped_practices", family="网络党建")}
    assert {"网上工委", "大学生党员QQ群", "党建管理信息系统"} <= online


def test_docstring_examples_run():
    import doctest

    import kg.extract.chunking
    import kg.extract.practice_rules
    import kg.extract.practice_titles
    import kg.extract.practices
    import kg.extract.thesaurus

    for mod in (kg.extract.chunking, kg.extract.practice_rules, kg.extract.practice_titles, kg.extract.practices,
                kg.extract.thesaurus):
        failed, tried = doctest.testmod(mod)
        assert tried > 0 and failed == 0, mod.__name__


def test_the_verb_phrase_screen_finds_what_the_full_scan_finds():
    """``PracticeRules.name_last`` lets the verb-phrase rule skip the positions where no suffix, label or
    numbered formula can end; over every line of the bundled corpus and the list fixtures the candidates
    are the same as with the screen off (``name_last=None``: every position tested)."""
    import dataclasses

    from kg.config import BUNDLED_CORPUS
    from kg.extract import practices as P
    from kg.extract.practice_rules import load_rules
    from kg.ingest import read_document
    from kg.textnorm import simplify

    rules = load_rules()
    assert rules.name_last is not None and "法" in rules.name_last
    full = dataclasses.replace(rules)
    object.__setattr__(full, "name_last", None)
    texts = [BUNDLED_CORPUS.read_text(encoding="utf-8")]
    texts += [read_document(f)[0].text for f in sorted(DATA.glob("lists*/*.txt"))]
    lines = {simplify(ln) for t in texts for ln in t.splitlines() if ln.strip()}
    found = 0
    for ln in sorted(lines):
        got = P._verb_phrases(ln, rules)
        assert got == P._verb_phrases(ln, full), ln
        found += len(got)
    assert len(lines) > 2000 and found > 200


def test_last_chars_of_a_pattern():
    from kg.extract.regex_facts import last_chars

    assert last_chars("(?:[一二三]+[\u4e00-\u9fff]{0,2}法)$") == frozenset("法")
    assert last_chars("甲|乙[丙丁]") == frozenset("甲丙丁")
    assert last_chars("年(?=以来)") == frozenset("年")
    for unknown in ("[\u4e00-\u9fff]+", "年?", "(?<=a)", r"\w", "(a)\\1", ""):
        assert last_chars(unknown) is None, unknown


def test_required_literals_of_a_pattern():
    from kg.extract.regex_facts import required_literals

    assert required_literals("年(?=以来)") == frozenset({"以来"})  # the longer requirement
    assert required_literals("(?<=截至)底") == frozenset({"截至"})
    assert required_literals("甲乙|丙") == frozenset({"甲乙", "丙"})
    assert required_literals("(?:去|今)年") == frozenset({"年"})
    for unknown in (r"\d+", "甲?", "(?i)abc", "(?!甲)乙?", "[\u4e00-\u9fff]{2}", "甲|乙*"):
        assert required_literals(unknown) is None, unknown
