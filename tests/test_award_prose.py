"""Winners named in prose (决定 / 通报 / 新闻稿), not in a list: the kinds batch h of lists_more covers.

Short texts written here test each rule and its negatives (prose that only mentions units); the h1–h7
fixtures (labelled by hand before kg was run on them) are scored against their gold.
"""

from __future__ import annotations

from pathlib import Path

from kg.evaluate_lists import load_docs, load_list_gold, score_lists
from kg.model import Document
from kg.parse import parse_document

MORE = Path(__file__).resolve().parent / "data" / "lists_more"


def _parse(text: str):
    from kg.readers.text import line_blocks

    return parse_document(Document("doc/t", "t.txt", "t.txt", text, "utf-8", "text", "0", line_blocks(text)))


def _rows_of(p):
    return [(e.subject, e.title, e.tier_label) for e in p.entries]


def _codes(p):
    return [x.code for x in p.problems]


# -- runs apart by full-width commas ------------------------------------------------------------------

def test_a_verb_first_run_apart_by_full_width_commas_spans_the_comma_parts():
    p = _parse("关于命名示范党组织的决定\n经各镇党委，县直机关工委推荐，县委研究，决定授予城关镇北门社区党委，河口镇柳湾村党支部，"
               "新桥镇石岭村党总支等6个党组织“红旗党组织”称号，授予县人民医院党委，县第一中学党总支“示范党组织”称号。\n")
    assert _rows_of(p) == [("城关镇北门社区党委", "", "红旗党组织"), ("河口镇柳湾村党支部", "", "红旗党组织"),
                           ("新桥镇石岭村党总支", "", "红旗党组织"), ("县人民医院党委", "", "示范党组织"),
                           ("县第一中学党总支", "", "示范党组织")]
    assert any(x.code == "W216" and "3 entries printed but the header announces 6" in x.message for x in p.problems)


def test_a_run_before_the_verb_apart_by_full_width_commas_starts_after_the_last_part_that_is_not_a_unit():
    p = _parse("某某区表彰先进\n会上，东城社区党委，西城社区党委，南湖村党支部被评为先进基层党组织；"
               "经研究，北关村党委被评为“红旗党组织”。\n")
    assert _rows_of(p) == [("东城社区党委", "", "先进基层党组织"), ("西城社区党委", "", "先进基层党组织"),
                           ("南湖村党支部", "", "先进基层党组织"), ("北关村党委", "", "红旗党组织")]


def test_comma_parts_without_an_award_verb_or_an_honour_are_not_a_run():
    p = _parse("某某县新闻\n授予仪式在县委党校举行，县委组织部，县委宣传部，县民政局负责同志出席。\n"
               "会议确定由县委组织部，县委宣传部牵头，县民政局配合开展工作。\n")
    assert p.entries == ()


# -- 通报: 对A、B和C予以通报表扬 -------------------------------------------------------------------------

def test_praise_in_a_notice_is_the_runs_tier():
    p = _parse("关于年度考评结果的通报\n经研究，决定对东城街道党工委、西城街道党工委和南湖镇党委予以通报表扬。\n"
               "北关村党委、石桥村党总支、河西村党支部、东岭村党委被评为“基层党建示范村”。\n")
    assert _rows_of(p) == [("东城街道党工委", "", "通报表扬"), ("西城街道党工委", "", "通报表扬"), ("南湖镇党委", "", "通报表扬"),
                           ("北关村党委", "", "基层党建示范村"), ("石桥村党总支", "", "基层党建示范村"),
                           ("河西村党支部", "", "基层党建示范村"), ("东岭村党委", "", "基层党建示范村")]


def test_praise_of_units_apart_by_full_width_commas_is_one_run_and_prose_before_it_is_not_a_unit():
    p = _parse("关于年度考评结果的通报\n对此，经研究，决定对东城街道党工委，西城街道党工委，南湖镇党委予以通报表扬。\n")
    assert _rows_of(p) == [("东城街道党工委", "", "通报表扬"), ("西城街道党工委", "", "通报表扬"), ("南湖镇党委", "", "通报表扬")]
    p = _parse("关于年度考评结果的通报\n对考评中发现的问题，各单位要认真整改，对成绩突出的予以表扬。\n")
    assert p.entries == ()


def test_praise_of_a_counted_group_takes_the_group_as_tier_and_a_merit_phrase_is_not_part_of_the_unit():
    p = _parse("关于表彰的决定\n决定对东城社区党委、西城社区党委等10个先进基层党组织和王建国等5名优秀个人予以表彰。\n"
               "决定对在防汛救灾工作中表现突出的南湖镇党委、北山镇党委予以通报表扬。\n决定对王建国、李秀兰等5名同志予以表彰。\n")
    assert _rows_of(p) == [("东城社区党委", "", "先进基层党组织"), ("西城社区党委", "", "先进基层党组织"),
                           ("南湖镇党委", "", "通报表扬"), ("北山镇党委", "", "通报表扬")]  # persons: no entry
    assert any(x.code == "W216" and "2 entries printed but the header announces 10" in x.message for x in p.problems)


def test_criticism_interviews_and_praise_of_work_are_not_awards():
    p = _parse("关于年度考评结果的通报\n决定对东城街道党工委、西城街道党工委予以通报批评。\n"
               "会议决定对南湖镇党委、北山镇党委予以约谈。\n区委书记对东城街道党工委、西城街道党工委的工作给予肯定。\n")
    assert p.entries == ()


# -- 名单如下：A；B；C。 and runs wrapped onto the next line ---------------------------------------------

def test_a_winners_lead_in_inside_a_paragraph_reads_its_semicolon_run():
    p = _parse("某某区公布第二批示范党组织名单\n近日，经申报、评审和公示，评选工作完成。获评单位名单如下：东城街道红星社区党委；"
               "西城街道党工委；区市场监管局机关党支部。\n")
    assert _rows_of(p) == [("东城街道红星社区党委", "", ""), ("西城街道党工委", "", ""), ("区市场监管局机关党支部", "", "")]
    p = _parse("某某区表彰决定\n经评审，获评一等奖的单位名单如下：东城街道红星社区党委；西城街道党工委。\n")
    assert _rows_of(p) == [("东城街道红星社区党委", "", "一等奖"), ("西城街道党工委", "", "一等奖")]


def test_a_lead_in_that_lists_attendees_or_matters_is_not_a_list_of_winners():
    p = _parse("某某区召开座谈会\n参会单位名单如下：区委组织部；区委宣传部；区民政局。\n"
               "现将有关事项通知如下：东城街道党工委；西城街道党工委。\n")
    assert p.entries == ()


def test_a_run_hard_wrapped_after_a_dunhao_goes_on_to_the_next_line():
    p = _parse("某某区新闻\n经评审，确定东城街道红星社区党委、西城街道党工委、\n南湖镇石桥村党总支为第二批“红色堡垒”培育组织。\n"
               "下一步，将推动东城街道党工委、\n西城街道党工委等单位的经验推广。\n")
    assert _rows_of(p) == [("东城街道红星社区党委", "", "“红色堡垒”培育组织"), ("西城街道党工委", "", "“红色堡垒”培育组织"),
                           ("南湖镇石桥村党总支", "", "“红色堡垒”培育组织")]
    assert p.entries[2].span.start > p.document.text.index("\n南湖镇")  # the wrapped unit's own offsets


# -- units with their titles inline ---------------------------------------------------------------

def test_units_printed_with_a_quoted_title_in_a_sentence_list():
    p = _parse("某某区案例评选揭晓\n经评审，东城社区的《楼道议事会》和西城社区的《“红色管家”进小区》获评最佳案例；"
               "南湖村党委“三事分流工作法”、北山村党支部“积分制管理模式”入选优秀案例。\n")
    assert _rows_of(p) == [("东城社区", "楼道议事会", "最佳案例"), ("西城社区", "“红色管家”进小区", "最佳案例"),
                           ("南湖村党委", "“三事分流工作法”", "优秀案例"), ("北山村党支部", "“积分制管理模式”", "优秀案例")]


def test_units_with_a_quoted_name_that_win_nothing_are_not_entries():
    p = _parse("某某区新闻\n东城社区党委“红色议事厅”、西城社区党委“邻里汇”受到群众欢迎。\n")
    assert p.entries == ()


# -- two competitions in prose ----------------------------------------------------------------------

def test_an_honour_that_names_another_competition_switches_the_run_to_it():
    p = _parse("某某市两项党建评选结果揭晓\n近日，第四届某某市基层党建创新案例评选结果揭晓，东城区东华街道党工委、西城区西湖村党委获评最佳案例，"
               "南城区南湖社区党委获评优秀案例。同时，北城区北山村党支部、东城区红星社区党委获评第二届某某市“两新”党建品牌提名案例。\n")
    got = [(e.subject, e.tier_label, e.competition.name, e.edition) for e in p.entries]
    assert got == [("东城区东华街道党工委", "最佳案例", "某某市基层党建创新案例", 4),
                   ("西城区西湖村党委", "最佳案例", "某某市基层党建创新案例", 4),
                   ("南城区南湖社区党委", "优秀案例", "某某市基层党建创新案例", 4),
                   ("北城区北山村党支部", "提名案例", "某某市“两新”党建品牌", 2),
                   ("东城区红星社区党委", "提名案例", "某某市“两新”党建品牌", 2)]


def test_a_competition_named_between_two_runs_of_one_paragraph_switches_the_second_run():
    p = _parse("某某市党建评选结果揭晓\n近日，第四届某某市基层党建创新案例评选结果揭晓，东城区东华街道党工委、西城区西湖村党委获评最佳案例。"
               "在同期举行的第二届某某市“两新”党建品牌评选中，北城区北山村党支部、东城区红星社区党委获评提名案例。\n")
    got = [(e.subject, e.competition.name, e.edition) for e in p.entries]
    assert got[2:] == [("北城区北山村党支部", "某某市“两新”党建品牌", 2), ("东城区红星社区党委", "某某市“两新”党建品牌", 2)]
    assert {c for _, c, _ in got[:2]} == {p.entries[0].competition.name} != {"某某市“两新”党建品牌"}


# -- the count printed vs the units read ------------------------------------------------------------

def test_a_count_naming_party_branches_is_checked_against_the_units_read():
    p = _parse("某某市表彰一批过硬党支部\n会上，东城区红星社区党委、西城区西湖村党委等10个党支部被评为“过硬党支部”；"
               "南城区南湖社区党委和北城区北山村党总支被评为“过硬党支部”培育单位。\n")
    assert [t for _, _, t in _rows_of(p)] == ["过硬党支部"] * 2 + ["“过硬党支部”培育单位"] * 2
    assert any(x.code == "W216" and "2 entries printed but the header announces 10" in x.message for x in p.problems)
    assert p.entries[0].competition.name == "某某市过硬党支部"  # (表彰一批 is not part of the series)


# -- prose that only mentions units -------------------------------------------------------------------

def test_news_of_a_visit_or_a_meeting_names_units_but_no_winner_and_no_case():
    p = _parse("市委组织部到某某区调研基层党建工作\n2024-06-19 17:05　来源：某某组工\n\n"
               "6月18日，市委组织部调研组到东城街道、西城街道和南湖镇调研基层党建工作，实地察看了东城街道红星社区党群服务中心。\n\n"
               "座谈会上，东城街道党工委、西城街道党工委、南湖镇党委分别作了交流发言。参加座谈的有区委组织部、区委社会工作部、"
               "区民政局有关负责同志。\n\n调研组要求，推动红星社区党委、石桥村党委等单位的经验在全市复制推广，由区委组织部牵头做好总结。\n")
    assert p.entries == () and p.narratives == ()


# -- the h fixtures ---------------------------------------------------------------------------------

def test_batch_h_fixtures_are_read_with_no_extra_row_and_the_negative_page_gives_nothing():
    from kg.pipeline import build

    gold = [g for g in load_list_gold(MORE / "gold.tsv") if g["file"].startswith("h")]
    docs = [d for d in load_docs(MORE / "docs.tsv") if d["file"].startswith("h")]
    b = build(sorted(MORE / d["file"] for d in docs))
    scores = score_lists(b, gold, MORE, docs)
    rows = {r["layout"]: r for r in scores["layouts"]}
    assert "(no gold)" not in rows  # h7 (news of a visit) gives no entry
    assert rows["all"]["gold"] == 37 and rows["all"]["found"] == 1.0 and rows["all"]["extra"] == 0.0, rows["all"]
    assert rows["all"]["subject"] == 1.0 and rows["all"]["title"] == 1.0 and rows["all"]["tier"] == 1.0
    assert rows["h_two_in_prose"]["competition"] == 1.0 and rows["h_two_in_prose"]["edition"] == 1.0
    assert scores["furniture_narratives"] == 0
    shortfalls = sorted((Path(x.source).name, x.message.split(": ")[-1]) for x in b.problems if x.code == "W216")
    assert shortfalls == [("h1_gulou_douhao_shouyu.txt", "3 entries printed but the header announces 8"),
                          ("h6_yantai_dengshi.html", "3 entries printed but the header announces 10")]
