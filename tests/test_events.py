"""Adoption events: dates, relative dates, kinds, places, awarded events, the graph, kg timeline."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.extract.dates import find_dates, resolve
from kg.extract.events import edition_year, place_in, practices_in, sentence_events
from kg.model import Document
from kg.pipeline import build_from_documents
from kg.chronology import diffusion_table, province_adjacency, timeline

GOLD = Path(__file__).parent / "data" / "events_gold.tsv"


def gold_rows() -> list[dict]:
    with open(GOLD, encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


def narrative_events(built) -> list[tuple]:
    out = []
    for c in built.cases:
        for e in c.events:
            if e.kind != "awarded":
                subject = c.narratives[0].subject if c.narratives else c.subject
                out.append((subject, e.year, e.month, e.part, e.kind, e.region, e.place, e.practice, e))
    return out


def _key(subject, year, month, part, kind, region, place, practice):
    return (subject, int(year), int(month) if month else None, part, kind, region, place, practice)


def test_events_gold_precision_and_recall(built):
    """Scored against tests/data/events_gold.tsv (labelled from the text before the extractor ran)."""
    gold = {_key(*(r[c] for c in ("subject", "year", "month", "part", "kind", "region_code", "place", "practice")))
            for r in gold_rows()}
    found = {(s, y, m, p, k, r, pl, pr) for s, y, m, p, k, r, pl, pr, _ in narrative_events(built)}
    tp = gold & found
    precision, recall = len(tp) / len(found), len(tp) / len(gold)
    assert len(gold) == 7
    assert recall == 1.0, sorted(gold - found)
    assert precision >= 0.85, sorted(found - gold)


def test_the_five_statements_of_the_issue(built):
    ev = {(s, e.year, e.kind, e.practice, e.place) for s, *_, e in narrative_events(built)}
    assert ("湖北省兴山", 2003, "first", "户联责任区制度", "榛子乡") in ev
    assert ("湖北省兴山", 2007, "first", "党支部+关怀理事会模式", "水月寺镇南对河村") in ev
    assert ("湖北省兴山", 2009, "rollout", "两会两评", "") in ev
    assert ("酒泉瓜州", 2006, "start", "学时学分制", "") in ev
    assert ("敦煌市", 2011, "rollout", "民情流水线工程", "") in ev
    spring = next(e for s, *_, e in narrative_events(built) if e.year == 2009)
    assert spring.part == "春" and spring.region == "420526" and spring.cue == "全面建立"


def test_evidence_is_the_sentence_and_holds_the_date(built, corpus_text):
    for *_, e in narrative_events(built):
        sentence = corpus_text[e.span.start : e.span.end]
        assert e.date_text in sentence and e.practice_text in sentence and e.cue in sentence
        assert not any(ch in sentence for ch in "。！？\n")


def test_narratives_with_dated_adoption_statements(built):
    """Every bundled narrative: the three that print dated adoptions give events, the others none."""
    by_subject = {}
    for c in built.cases:
        for n in c.narratives:
            by_subject[(n.subject, n.title)] = sum(1 for e in c.events if e.kind != "awarded")
    assert len(by_subject) == 8
    assert {s for (s, _), k in by_subject.items() if k} == {"湖北省兴山", "酒泉瓜州", "敦煌市"}


# --- dates and relative dates on our own sentences ---------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("2009年春,县委决定", [("2009年春", 2009, None, None, "春")]),
    ("二〇〇九年八月十五日首创", [("二〇〇九年八月十五日", 2009, 8, 15, "")]),
    ("从2011年开始,全市", [("2011年", 2011, None, None, "")]),
    ("2007以来,在全县", [("2007", 2007, None, None, "")]),
    ("2010年底前全面推开", [("2010年底", 2010, None, None, "底")]),
    ("改革开放三十年来,有2000多个,年创产值80万元", []),
])
def test_absolute_dates(text, expected):
    assert [(d.text, d.year, d.month, d.day, d.part) for d in find_dates(text)] == expected


def test_a_decade_is_a_date_kept_uncertain():
    d, = find_dates("“枫桥经验”诞生于20世纪60年代")
    year, rule, why = resolve(d, None, None)
    assert (year, rule) == (1960, "decade") and "decade" in why
    evs, _, _ = sentence_events("c", "“枫桥经验”诞生于20世纪60年代的浙江省诸暨市枫桥镇", 0, "d", None, None, None)
    assert [(e.kind, e.year, e.practice, e.region, e.place, bool(e.uncertain)) for e in evs] == [
        ("first", 1960, "枫桥经验", "330681", "枫桥镇", True)]


def test_relative_dates_resolve_against_the_document_or_the_preceding_date():
    last_year, = find_dates("去年8月,该县开始试点")
    assert (last_year.relative, last_year.month) == ("去年", 8)
    assert resolve(last_year, 2012, None)[0] == 2011
    year, rule, why = resolve(last_year, None, 2009)
    assert year is None and "document date" in why and rule == "relative:去年"
    next_year, = find_dates("次年6月全面推行")
    assert resolve(next_year, 2015, 2008)[:1] == (2009,)
    assert resolve(next_year, 2015, None)[0] is None
    same, = find_dates("当年即在全市推广")
    assert resolve(same, None, 2010)[0] == 2010


def test_a_sentence_with_two_dates_gives_each_its_own_year_kind_and_place():
    s = "2008年5月,湖北省宜昌市秭归县在茅坪镇试点“村务公开日”制度,次年6月在全县全面推行。"
    evs, last, notes = sentence_events("case/x", s, 100, "doc/x", None, None, None)
    got = [(e.year, e.month, e.kind, e.practice, e.region, e.place, e.date_rule.split(" ")[0]) for e in evs]
    assert got == [(2008, 5, "pilot", "村务公开日制度", "420527", "茅坪镇", "absolute"),
                   (2009, 6, "rollout", "村务公开日制度", "420527", "", "relative:次年")]
    assert last == 2009 and not notes
    assert all(e.span.start == 100 and e.span.end == 100 + len(s) for e in evs)


def test_an_unresolvable_relative_date_is_kept_uncertain_with_a_reason():
    evs, _, notes = sentence_events("case/x", "去年8月,县委将“村务公开日”制度写入一号文件", 0, "doc/x", "420527", None, None)
    assert [(e.kind, e.year, e.month) for e in evs] == [("codified", None, 8)]
    assert "unknown" in evs[0].uncertain and notes and notes[0][0] == "I414"
    evs, _, _ = sentence_events("case/x", "去年8月,县委将“村务公开日”制度写入一号文件", 0, "doc/x", "420527", 2013, None)
    assert evs[0].year == 2012 and not evs[0].uncertain


def test_no_event_without_a_practice_a_cue_or_a_date():
    assert sentence_events("c", "今年以来,各社区组织开展各类技能培训160多场次", 0, "d", None, 2012, None)[0] == []
    assert sentence_events("c", "2009年底,全县可全部消灭“空壳村”", 0, "d", None, None, None)[0] == []
    assert sentence_events("c", "在农村全面推行党员首议制", 0, "d", None, None, None)[0] == []


def test_practices_in_a_sentence():
    hits = practices_in("推行“五零”工作法和学时学分制,解决“三农”问题", 10)
    assert [(h.name, h.start) for h in hits] == [("五零工作法", 12), ("学时学分制", 20)]
    assert hits[1].mechanism == "mechanism/xueshi-xuefen"


def test_places_outside_the_context_and_short_names_inside_it():
    assert place_in("在古夫镇首创", "420526") == ("420526", "context", "古夫镇")
    assert place_in("甘肃省敦煌市全面实施", "420526")[:2] == ("620982", "sentence")
    assert place_in("兴山全面推行", "420526")[:2] == ("420526", "sentence")  # a short name inside the case's province
    assert place_in("兴山全面推行", None)[:2] == ("", "context")  # … but not without context


# --- awards, conflicts, graph, timeline ----------------------------------------------------------


def test_every_award_gives_an_awarded_event_dated_by_its_edition(built):
    assert (edition_year("national", 1), edition_year("national", 2)) == (2010, 2012)
    awarded = [e for c in built.cases for e in c.events if e.kind == "awarded"]
    assert len({e.span for e in awarded}) == 180
    assert {e.year for e in awarded} == {2010, 2012}
    dunhuang = [e for e in awarded if e.case == "case/e2-excellent-30"]
    assert [(e.year, e.practice, e.mechanism, e.region, e.date_text) for e in dunhuang] == [
        (2012, "民情流水线工程", "mechanism/minqing-liushuixian", "620982", "第2届")]
    nanjing = [e for e in awarded if e.case == "case/e1-best-08"]
    assert [(e.year, e.mechanism, e.region) for e in nanjing] == [(2010, "mechanism/gongtui-zhixuan", "320100")]


FIXTURE = """测试省样例:推行“村务公开日”制度促进基层民主
背景与起因
2008年5月,湖北省宜昌市秭归县在茅坪镇试点“村务公开日”制度,次年6月在全县全面推行。
做法与经过
去年8月,县委将“村务公开日”制度写入县委一号文件。
成效与反响
据县志记载,“村务公开日”制度于2007年首创于茅坪镇。
"""


@pytest.fixture(scope="module")
def fixture_build():
    doc = Document("doc/events", "events.txt", "events.txt", FIXTURE, "utf-8", "text", "x", meta=(("date", "2012-03-01"),))
    return build_from_documents([(doc, "events.txt")])


def test_conflicting_dates_are_all_kept_with_their_sources(fixture_build):
    t = timeline(fixture_build.graph, "村务公开日", {"doc/events": FIXTURE})
    firsts = [r for r in t["rows"] if r["kind"] in ("first", "pilot")]
    assert [(r["year"], r["kind"], r["place"]) for r in firsts] == [(2007, "first", "茅坪镇"), (2008, "pilot", "茅坪镇")]
    assert firsts[0]["evidence"].startswith("据县志记载") and firsts[1]["evidence"].startswith("2008年5月")
    assert [r["year"] for r in t["rows"]] == [2007, 2008, 2009, 2011]
    assert t["rows"][-1]["kind"] == "codified" and t["rows"][-1]["county"] == "秭归县"
    assert [r["year"] for r in t["first"]] == [2007]
    assert t["per_year"][-1]["cumulative_counties"] == 1 and t["per_year"][-1]["cumulative_provinces"] == 1


def test_events_in_the_graph(built):
    g = built.graph
    events = [n for n, d in g.nodes(data=True) if d["label"] == "AdoptionEvent"]
    assert len(events) == sum(len(c.events) for c in built.cases)
    for n in events:
        types = sorted(d["type"] for _, _, d in g.in_edges(n, data=True))
        assert types == ["HAS_EVENT"]
        assert g.nodes[n]["doc_id"].startswith("doc/") and g.nodes[n]["span_end"] > g.nodes[n]["span_start"]
    yu = next(n for n in events if g.nodes[n].get("practice") == "户联责任区制度")
    out = {d["type"]: (g.nodes[v]["label"], g.nodes[v].get("code"), d.get("place")) for _, v, d in g.out_edges(yu, data=True)}
    assert out == {"EVENT_IN": ("Region", "420526", "榛子乡"), "REPORTED_IN": ("Document", None, None)}


def test_timeline_command(built):
    r = CliRunner().invoke(main, ["timeline", "学时学分制", "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert [(x["year"], x["kind"], x["county"]) for x in data["rows"]] == [(2006, "first", "瓜州县"), (2006, "start", "瓜州县")]
    assert data["first"][0]["evidence"].startswith("瓜州县委针对")
    r = CliRunner().invoke(main, ["timeline", "基层民主与选举", "--format", "csv"])
    assert r.exit_code == 0 and r.output.splitlines()[0].startswith("year,")
    r = CliRunner().invoke(main, ["timeline", "没有这个做法"])
    assert r.exit_code != 0 and "E603" in r.output


def test_province_adjacency_is_generated_and_symmetric():
    adj = province_adjacency()
    assert "130000" in adj["110000"] and "110000" in adj["130000"]  # 北京 — 河北
    assert "460000" not in adj and "460000" not in adj["440000"]  # 海南 is an island
    assert all(a in adj[b] for a, bs in adj.items() for b in bs)


DIFFUSION = """河北巨鹿:推行干部学时学分制管理
背景与起因
2005年,巨鹿县委在全省率先推行干部学时学分制。
海南琼海:学时学分制管理干部教育
背景与起因
2008年,琼海市开始实行学时学分制。
北京房山:干部教育学时学分制
背景与起因
从2007年开始,房山区全面推行学时学分制。
"""


def test_diffusion_table_counts_provinces_that_followed_a_neighbour(built):
    doc = Document("doc/diffusion", "d.txt", "d.txt", DIFFUSION, "utf-8", "text", "x")
    b = build_from_documents([(doc, "d.txt")])
    row, = diffusion_table(b.graph)
    assert (row["mechanism"], row["first_year"], row["provinces"]) == ("学时学分制", 2005, 3)
    assert (row["years_to_2_provinces"], row["years_to_3_provinces"], row["years_to_5_provinces"]) == (2, 3, None)
    # 北京 (2007) borders 河北 (2005); 海南 (2008) borders no adopting province
    assert (row["later_provinces"], row["after_neighbour"], row["share_after_neighbour"]) == (2, 1, 0.5)
    rows = {r["mechanism"]: r for r in diffusion_table(built.graph)}
    assert rows["学时学分制"]["first_year"] == 2006 and rows["两会两评"]["first_year"] == 2009


ARTICLE = """桐乡推行“三治融合”基层治理模式
2017年12月20日 来源：浙江日报
2013年，桐乡市在高桥街道越丰村率先开展“三治融合”试点。次年6月，“三治融合”在全市全面推开。
记者了解到，去年以来，桐乡市各村普遍建立了百姓议事会。
"""


def test_a_document_without_list_or_narrative_is_read_as_an_article(tmp_path):
    f = tmp_path / "article.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    r = CliRunner().invoke(main, ["timeline", "三治融合", "--input", str(f), "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    got = [(x["year"], x["month"], x["kind"], x["county"], x["place"], x["case_id"], x["subject"]) for x in data["rows"]]
    assert got == [(2013, None, "first", "桐乡市", "高桥街道越丰村", "", "article.txt"),
                   (2013, None, "pilot", "桐乡市", "高桥街道越丰村", "", "article.txt"),
                   (2014, 6, "rollout", "桐乡市", "", "", "article.txt")]
    empty = tmp_path / "plain.txt"
    empty.write_text("今天天气很好，我们去公园散步。", encoding="utf-8")
    r = CliRunner().invoke(main, ["build", str(empty), "--out", str(tmp_path / "o")])
    assert r.exit_code != 0 and "E007" in r.output


def test_events_link_to_the_practice_nodes_they_name(built):
    from kg.extract.practice_rules import normalise_name

    g = built.graph
    links = [(u, v) for u, v, d in g.edges(data=True) if d["type"] == "ADOPTS_PRACTICE"]
    assert len(links) >= 20
    for u, v in links:
        assert g.nodes[u]["label"] == "AdoptionEvent" and g.nodes[v]["label"] == "Practice"
        assert g.nodes[v]["name"] == normalise_name(g.nodes[u]["practice"])


def test_an_award_title_naming_an_unquoted_practice_dates_that_practice(built):
    """安徽淮北:推倒一堵墙拉近党群心 quotes nothing; the practice its title names (issue 11's title
    shapes) is what its awarded event adopts, not the case's mechanisms or nothing."""
    case = next(c for c in built.cases if c.title.startswith("推倒一堵墙"))
    awarded = [e for e in case.events if e.kind == "awarded"]
    assert [e.practice for e in awarded] == ["推倒一堵墙"]
    assert awarded[0].year is not None
    g = built.graph
    assert any(d["type"] == "ADOPTS_PRACTICE" for _, _, d in g.out_edges(awarded[0].id, data=True))


def test_the_date_screens_skip_only_sentences_without_dates(monkeypatch):
    """A sentence holding none of the strings a date pattern requires (kg.extract.regex_facts) is not searched;
    over every sentence of the bundled corpus, the narratives and the lists the dates found are those found
    with the screens off."""
    import re

    from kg.config import BUNDLED_CORPUS
    from kg.extract import dates
    from kg.ingest import read_document

    a_needs, r_needs = dates._screens()
    assert a_needs and "年" in a_needs and r_needs and "去年" in r_needs
    texts = [BUNDLED_CORPUS.read_text(encoding="utf-8")]
    texts += [read_document(f)[0].text for d in ("narratives", "lists", "compilations")
              for f in sorted((GOLD.parent / d).glob("*")) if f.suffix in (".txt", ".html", ".md")]
    sentences = sorted({s for t in texts for s in re.split(r"(?<=[。！？\n])", t) if s.strip()})
    screened = [dates._find_dates(s) for s in sentences]
    monkeypatch.setattr(dates, "_screens", lambda: (None, None))
    assert screened == [dates._find_dates(s) for s in sentences]
    skipped = sum(1 for s in sentences if not any(w in s for w in a_needs | r_needs))
    assert len(sentences) > 1000 and skipped > len(sentences) // 3 and sum(map(len, screened)) > 100
