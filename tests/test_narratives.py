"""Single-case articles and the same case across documents, on the narrative fixtures (tests/data/narratives).

Thresholds are the figures measured when the reader was written (see /work/notes/REPORT-h10.md),
so a regression fails; gold labels come from tests/data/narratives/gold.tsv (labelled from the text).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from kg.config import BUNDLED_CORPUS
from kg.evaluate_narratives import is_narrative_gold, load_narrative_gold, score_narratives
from kg.ingest import read_document
from kg.narratives import heading_kind, key_practice
from kg.parse import parse_document
from kg.pipeline import build
from kg.resolve import SAME_CASE_THRESHOLD, body_containment

DIR = Path(__file__).parent / "data" / "narratives"
GOLD = DIR / "gold.tsv"


@pytest.fixture(scope="module")
def gold() -> dict[str, dict[str, str]]:
    return {g["file"]: g for g in load_narrative_gold(GOLD)}


@pytest.fixture(scope="module")
def parsed(gold):
    out = {}
    for f in gold:
        doc, _ = read_document(DIR / f)
        out[f] = parse_document(doc, f)
    return out


@pytest.fixture(scope="module")
def scores():
    b = build([DIR, BUNDLED_CORPUS])
    return score_narratives(b, load_narrative_gold(GOLD), DIR)


def test_every_case_article_is_one_narrative_and_no_other_page_is(gold, parsed):
    for f, g in gold.items():
        n = len(parsed[f].narratives)
        assert n == (1 if g["kind"] == "case" else 0), (f, n)


@pytest.mark.parametrize("f,code", [("n18_roundup_cunji_zhili.html", "W304"), ("n19_suiyang_notice.html", "I305"),
                                    ("n22_column_list_page.html", "I305")])
def test_several_or_no_case_is_reported_with_a_code(parsed, f, code):
    assert code in {p.code for p in parsed[f].problems}


def test_dates_come_from_datelines_never_subjects(gold, parsed):
    for f, g in gold.items():
        for n in parsed[f].narratives:
            assert n.date == g["doc_date"], f
            assert not any(ch.isdigit() for ch in n.subject), (f, n.subject)


@pytest.mark.parametrize("f,subject,form", [
    ("n01_liuyang_hongseguanjia.html", "浏阳市集里街道", "colon"),  # SUBJECT:“PRACTICE”TITLE
    ("n02_lusong_sanshifenliu.html", "株洲市芦淞区", "dash"),  # TITLE + ——SUBTITLE
    ("n15_renshou_siminggongchuang.html", "仁寿县文宫镇枣林村党支部", "column+dash"),  # 【column】 prefix
    ("n03_lusong_jifenchaoshi.html", "芦淞区龙泉街道党工委", "byline"),  # title then a byline naming the unit
    ("n05_leishan_zhaiguanjia.txt", "雷山县西江镇党委", "untitled"),  # no title line
    ("n13_jinzhai_dawan_jifen.html", "金寨县花石乡大湾村", "title"),  # 大湾村 in the title, full form in the body
])
def test_subject_per_title_layout(parsed, f, subject, form):
    n = parsed[f].narratives[0]
    assert (n.subject, n.heading_form) == (subject, form)


def test_section_headings_of_every_style(gold, parsed):
    for f, g in gold.items():
        for n in parsed[f].narratives:
            kinds = "|".join(dict.fromkeys(s.kind for s in n.sections if s.heading))
            assert kinds == g["sections"], f


def test_heading_words_and_practice():
    assert heading_kind("背景和起因") == "background" and heading_kind("成效及反响") == "outcome"
    assert heading_kind("网上过组织生活") is None
    assert key_practice("大湾村推行党员积分制管理的实践", "", "") == "党员积分制管理"
    assert key_practice("公推直选“领头雁” 激活村级发展新动能", "", "公推直选……公推直选……“领头雁”") == "公推直选"
    assert key_practice("寿光市委组织部以“学分银行”推动培训", "", "寿光市委组织部……寿光市委组织部……“学分银行”") == "学分银行"


def test_reprints_and_near_misses_are_separated_by_body_overlap(gold, parsed):
    """The threshold lies in the gap between every reprint pair and every other pair."""
    same, other = [], []
    cases = {f: p.narratives[0] for f, p in parsed.items() if p.narratives}
    for a, b in itertools.combinations(sorted(cases), 2):
        pair_same = gold[a]["same_case_as"] == b or gold[b]["same_case_as"] == a
        (same if pair_same else other).append(body_containment(cases[a].text, cases[b].text))
    assert len(same) == 5
    assert min(same) >= 0.7 > SAME_CASE_THRESHOLD > 0.25 >= max(other)


def test_eval_figures(scores):
    overall = scores["layouts"][-1]
    assert overall["layout"] == "all" and overall["gold"] == 27
    assert overall["found"] == 1.0
    assert overall["title"] == 1.0 and overall["date"] == 1.0 and overall["sections"] == 1.0
    assert overall["subject"] >= 0.88 and overall["region"] == 1.0 and overall["practice"] >= 0.96
    assert scores["false_narratives"] == 0
    assert scores["merges"] == {"right": 6, "expected": 6, "wrong": 0, "near_pairs": 11}


def test_gold_header_dispatch():
    assert is_narrative_gold(GOLD)
    assert not is_narrative_gold(Path(__file__).parent / "data" / "gold.tsv")


def test_site_name_heading_is_not_the_title_and_a_town_keeps_its_county_context(tmp_path):
    """A site logo in <h1> before the article's <h2>: the page title decides which heading is the title."""
    body = ("近年来,平江县三市镇党委推行“屋场夜话”,每月在村民屋场召开一次夜间议事会,党员干部与群众围坐一起商量村里的大事小情。"
            "镇党委把议事结果公开张贴,群众意见办理情况在下次夜话时通报。")
    more = "截至目前,全镇共召开“屋场夜话”210场,收集群众意见1300余条,办结率达到95%,“屋场夜话”已在全县推开。"
    html = ("<html><head><title>三市镇:“屋场夜话”议出乡村好风气 - 湖湘党建网</title></head><body>"
            "<h1>湖湘党建网</h1><h2>三市镇:“屋场夜话”议出乡村好风气</h2>"
            "<div>发布时间:2022-03-08 09:30 来源:平江县委组织部</div>"
            f"<p>{body}</p><p>{more}</p></body></html>")
    f = tmp_path / "a.html"
    f.write_text(html, encoding="utf-8")
    doc, _ = read_document(f)
    n = parse_document(doc, "a.html").narratives
    assert len(n) == 1
    assert (n[0].title, n[0].subject, n[0].date, n[0].practice) == ("三市镇:“屋场夜话”议出乡村好风气", "三市镇", "2022-03-08", "屋场夜话")
    b = build([f])
    case = b.cases[0]
    assert case.region is not None and case.region.deepest.code == "430626" and case.region.place == "三市镇"


def test_blocking_keeps_every_pair_worth_scoring_in_the_narrative_fixtures():
    """Rare-trigram blocking (resolve._candidate_pairs) proposes every pair of the fixture
    narratives whose containment reaches the report floor, as scoring every pair would."""
    from pathlib import Path

    from kg.pipeline import build
    from kg.resolve import SAME_CASE_THRESHOLD, _candidate_pairs, _containment, _shingles

    b = build([Path(__file__).parent / "data" / "narratives"])
    narr = sorted((r for r in b.records if r.narrative), key=lambda r: (r.source, r.span.start))
    sets = [_shingles(r.narrative.text) for r in narr]
    worth = {(i, j) for i in range(len(sets)) for j in range(i + 1, len(sets))
             if _containment(sets[i], sets[j]) >= SAME_CASE_THRESHOLD / 2}
    assert len(worth) >= 5  # the reprints of the fixtures (and any near miss)
    pairs = _candidate_pairs(sets)
    assert worth <= set(pairs)
    assert len(pairs) < len(sets) * (len(sets) - 1) // 2  # and it is blocking: not every pair


def test_exact_copies_are_paired_with_their_first_copy_only():
    from kg.resolve import _candidate_pairs, _shingles

    a = _shingles("集里街道党工委试点红色管家服务，党员认领楼栋，居民议事有了固定场所。")
    b = _shingles("白洋街道后陈村建立村务监督委员会，村民代表监督村级事务。")
    c = _shingles("集里街道党工委试点红色管家服务，党员认领楼栋。")  # an excerpt of a
    pairs = _candidate_pairs([a, b, a, a, c, b])
    assert {(0, 2), (0, 3), (1, 5)} <= set(pairs)  # each copy with its first copy
    assert (2, 3) not in pairs and (2, 4) not in pairs  # copies take no part in the blocking
    assert (0, 4) in pairs  # the excerpt is still proposed with the first copy
