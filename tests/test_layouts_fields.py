"""Field records: award entries printed as groups of ``LABEL：VALUE`` lines (kg/layouts/scan_fields.py).

Every text here is invented for these tests.
"""

from __future__ import annotations

from kg.layouts.scan_fields import field_role
from kg.model import Document
from kg.parse import parse_document


def _parse(text: str):
    from kg.readers.text import line_blocks

    return parse_document(Document("doc/t", "t.txt", "t.txt", text, "utf-8", "text", "0", line_blocks(text)))


def _rows(p):
    return [(e.subject, e.title, e.tier_label) for e in p.entries]


HEAD = "第三届某某市机关党建品牌案例评选结果\n"


def test_labels_decide_the_field_like_table_headers():
    assert [field_role(w) for w in ("单位名称", "申报单位", "案例名称", "项目名称", "获奖等次", "所在地区",
                                    "所属县（市、区）", "联系人", "联系电话", "报送时间", "主办单位")] == [
        "subject", "subject", "title", "title", "tier", "region", "region", "", "", "", ""]


def test_numbered_records_under_tier_headers():
    text = HEAD + (
        "一、最佳案例\n"
        "1. 单位名称：某某区青松街道党工委\n"
        "   案例名称：“红色议事厅”化解小区停车难题\n"
        "2. 单位名称：某某市税务局第二党支部\n"
        "   案例名称：“税心帮”办税服务站\n"
        "二、优秀案例\n"
        "1. 单位名称：某某县人民医院党委\n"
        "   案例名称：“健康哨兵”进村入户\n"
    )
    p = _parse(text)
    assert _rows(p) == [
        ("某某区青松街道党工委", "“红色议事厅”化解小区停车难题", "最佳案例"),
        ("某某市税务局第二党支部", "“税心帮”办税服务站", "最佳案例"),
        ("某某县人民医院党委", "“健康哨兵”进村入户", "优秀案例"),
    ]
    assert [e.rank for e in p.entries] == [1, 2, 1]
    first = p.entries[0]
    # the entry's span covers both of its lines
    assert first.span.slice(text).startswith("1. 单位名称：某某区青松街道党工委")
    assert first.span.slice(text).endswith("化解小区停车难题")
    assert all(e.layout == "fields" for e in p.entries)


def test_unnumbered_records_apart_by_blank_lines_with_more_fields():
    text = HEAD + (
        "优秀案例\n"
        "单位名称：某某县人民医院党委\n"
        "案例名称：“健康哨兵”进村入户\n"
        "所在地区：宁乡市\n"
        "获奖等次：一等奖\n"
        "联系人：王某\n"
        "\n"
        "单位名称：某某机械制造有限公司党委\n"
        "案例名称：“红色引擎”赋能车间生产\n"
        "所属县（市、区）：浏阳市\n"
    )
    p = _parse(text)
    assert _rows(p) == [
        ("某某县人民医院党委", "“健康哨兵”进村入户", "一等奖"),  # a tier field wins over the header
        ("某某机械制造有限公司党委", "“红色引擎”赋能车间生产", "优秀案例"),
    ]
    a, b = p.entries
    assert a.context_span.slice(text) == a.context_region == "宁乡市"
    assert b.context_span.slice(text) == b.context_region == "浏阳市"
    assert a.span.slice(text).endswith("联系人：王某")  # a field of no role stays in the record's span


def test_two_fields_on_one_line():
    p = _parse(HEAD + "一等奖\n单位名称：某某镇中心小学党支部　　案例名称：“红领巾议事会”\n"
                      "单位名称：某某街道东湖社区党委 案例名称：“楼栋红管家”\n")
    assert _rows(p) == [("某某镇中心小学党支部", "“红领巾议事会”", "一等奖"),
                        ("某某街道东湖社区党委", "“楼栋红管家”", "一等奖")]


def test_units_only_records_under_a_tier_header():
    p = _parse(HEAD + "一、先进基层党组织（3个）\n单位名称：某某村党支部\n单位名称：某某社区党委\n单位名称：某某学校党支部\n")
    assert _rows(p) == [("某某村党支部", "", "先进基层党组织"), ("某某社区党委", "", "先进基层党组织"),
                        ("某某学校党支部", "", "先进基层党组织")]


def test_notice_contacts_and_lead_organisers_are_not_records():
    text = (
        "关于开展第三届某某市机关党建品牌案例征集活动的通知\n"
        "主办单位：某某市委组织部\n"
        "承办单位：某某市委党校\n"
        "各单位要高度重视，认真组织申报，按时报送材料。请于规定时间前将材料报送至市委组织部组织科。\n"
        "联系人：张某\n"
        "联系电话：0731-12345678\n"
        "报送时间：2024年10月31日前\n"
    )
    p = _parse(text)
    assert list(p.entries) == []


def test_one_unit_and_title_pair_outside_a_list_is_a_form_not_an_entry():
    text = (
        "某某市机关党建品牌案例申报表\n"
        "单位名称：某某市税务局第二党支部\n"
        "案例名称：“税心帮”办税服务站\n"
        "主要做法：近年来，该支部坚持以党建引领业务，建立了一套服务机制，取得了较好成效。\n"
    )
    assert list(_parse(text).entries) == []


def test_contacts_after_the_records_and_organisers_in_the_lead_are_not_entries():
    text = HEAD + (
        "主办单位：某某市委组织部\n"
        "承办单位：某某市委党校\n"
        "经评审，现将结果公布如下。\n"
        "优秀案例\n"
        "单位名称：某某街道东湖社区党委\n"
        "案例名称：“楼栋红管家”\n"
        "\n"
        "单位名称：某某镇中心小学党支部\n"
        "案例名称：“红领巾议事会”\n"
        "\n"
        "联系人：张某\n"
        "联系电话：0731-12345678\n"
    )
    p = _parse(text)
    assert _rows(p) == [("某某街道东湖社区党委", "“楼栋红管家”", "优秀案例"),
                        ("某某镇中心小学党支部", "“红领巾议事会”", "优秀案例")]
    assert not p.entries[-1].span.slice(text).endswith("0731-12345678")


def test_a_record_without_its_title_in_a_run_is_reported_not_dropped():
    text = HEAD + (
        "优秀案例\n"
        "单位名称：某某街道东湖社区党委\n"
        "案例名称：“楼栋红管家”\n"
        "\n"
        "单位名称：某某镇中心小学党支部\n"
        "\n"
        "单位名称：某某县人民医院党委\n"
        "案例名称：“健康哨兵”进村入户\n"
    )
    p = _parse(text)
    assert [s for s, _, _ in _rows(p)] == ["某某街道东湖社区党委", "某某县人民医院党委"]
    at = text.index("单位名称：某某镇中心小学党支部")
    assert any(pr.code == "W213" and pr.offset == at for pr in p.problems)  # a line of the list kg did not read
