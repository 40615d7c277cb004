"""The library API (kg.api): the same rows as the CLI, DataFrames of the graph, inline views, Neo4j."""

from __future__ import annotations

import csv
import html
import io
import json
import re

import pytest
from click.testing import CliRunner

import kg
from kg.api import AWARD_COLUMNS, CASE_COLUMNS, EVENT_COLUMNS, PRACTICE_COLUMNS, SPREAD_COLUMNS
from kg.cli import main
from kg.errors import KgError


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    out = tmp_path_factory.mktemp("api") / "kg-out"
    kg.build(out=out)
    return out


def cli(*args) -> str:
    r = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.stdout


def as_text(df) -> list[dict]:
    return [{k: "" if v is None or v != v or str(v) == "<NA>" else str(v) for k, v in row.items()}
            for row in df.to_dict("records")]


@pytest.mark.parametrize("name", ["公推直选", "网格化管理", "基层民主与选举"])
def test_spread_returns_the_rows_of_the_cli(saved, name):
    b = kg.open_build(saved, notify=None)
    df = kg.spread(b, name)
    assert tuple(df.columns) == SPREAD_COLUMNS
    rows = list(csv.DictReader(io.StringIO(cli("spread", name, "--graph", str(saved), "--format", "csv"))))
    assert rows and as_text(df) == rows
    summary = json.loads(cli("spread", name, "--graph", str(saved), "--format", "json"))
    assert {k: summary[k] for k in df.attrs} == df.attrs


def test_cases_and_awards_agree_with_cases_csv(saved):
    b = kg.open_build(saved, notify=None)
    cases, awards = b.cases(), b.awards()
    assert tuple(cases.columns) == CASE_COLUMNS and tuple(awards.columns) == AWARD_COLUMNS
    assert len(cases) == 186 and cases.case_id.is_unique
    assert len(awards) == 180 and not awards.duplicated(["edition", "tier", "rank"]).any()
    by_id = cases.set_index("case_id")
    rows = list(csv.DictReader((saved / "cases.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert {r["case_id"] for r in rows} == set(by_id.index)
    for r in rows:
        c = by_id.loc[r["case_id"]]
        assert set(filter(None, c.mechanisms.split("|"))) == set(filter(None, r["mechanisms"].split("|"))), r["case_id"]
        assert set(filter(None, c.mechanism_families.split("|"))) == set(filter(None, r["mechanism_families"].split("|")))
        assert (c.province, c.prefecture, c.county, c.region_code, c.org_domain) == (
            r["province"], r["prefecture"], r["county"], r["region_code"], r["org_domain"]), r["case_id"]
        if r["kind"] == "award":
            a = awards[awards.case_id == r["case_id"]].iloc[0]
            assert (str(a.edition), a.tier_label, str(a["rank"])) == (r["edition"], r["tier"], r["rank"])
    dunhuang = by_id.loc["case/e2-excellent-30"]
    assert dunhuang.edition == 2 and "narrative" in dunhuang.kind and dunhuang.province == "甘肃省"


def test_practices_and_events_have_their_columns_with_or_without_such_nodes(saved):
    b = kg.open_build(saved, notify=None)
    for frame, cols, label in ((b.practices(), PRACTICE_COLUMNS, "Practice"), (b.events(), EVENT_COLUMNS, "AdoptionEvent")):
        assert tuple(frame.columns[: len(cols)]) == cols
        assert len(frame) == sum(d.get("label") == label for _, d in b.graph.nodes(data=True))
    g = b.graph  # this Build's own graph: add one practice and one event to see them come out
    g.add_node("practice/t1", label="Practice", name="五管齐下", doc_id="doc/x", span_start=3, span_end=7, aliases=["五管"])
    g.add_edge("case/e1-best-08", "practice/t1", key="k1", type="HAS_PRACTICE")
    gtzx = next(n for n, d in g.nodes(data=True) if d.get("label") == "Mechanism" and d.get("name") == "公推直选")
    g.add_edge("practice/t1", gtzx, key="k2", type="MAPS_TO")
    g.add_node("event/t1", label="AdoptionEvent", year=2003, kind="first", doc_id="doc/x", span_start=10, span_end=30)
    g.add_edge("event/t1", "practice/t1", key="k3", type="OF_PRACTICE")
    g.add_edge("event/t1", "region/320100", key="k4", type="IN_REGION")
    p = b.practices().set_index("practice_id").loc["practice/t1"]
    assert (p["name"], p.cases, p.aliases, p.span_start) == ("五管齐下", "case/e1-best-08", "五管", 3)
    assert p.mechanisms == gtzx
    e = b.events().set_index("event_id").loc["event/t1"]
    assert (e.year, e.kind, e.practices, e.regions, e.cases) == (2003, "first", "practice/t1", "region/320100", "")


def test_view_shows_inline_in_a_sandboxed_frame_and_is_the_cli_page(saved, tmp_path):
    b = kg.open_build(saved, notify=None)
    v = kg.view(b, "spread", "公推直选")
    cli("view", "spread", "公推直选", "--graph", str(saved), "--out", str(tmp_path / "s.html"))
    assert v.html == (tmp_path / "s.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in v.html and "default-src 'none'" in v.html
    frame = v._repr_html_()
    assert frame.startswith("<iframe ") and 'sandbox="allow-scripts"' in frame and "allow-same-origin" not in frame
    assert "<script" not in frame  # the page is an escaped attribute, not markup of the notebook
    assert html.unescape(re.search(r'srcdoc="([^"]*)"', frame).group(1)) == v.html
    assert v.save(tmp_path / "again.html").read_text(encoding="utf-8") == v.html


@pytest.mark.neo4j
def test_load_and_query_through_the_api(neo4j_driver, neo4j_conn, saved):
    b = kg.open_build(saved, notify=None)
    s = kg.load(b, neo4j_conn.uri)
    assert s.nodes_created == len(b.nodes) and s.relationships_created == len(b.edges)
    again = kg.load(b, neo4j_conn.uri)
    assert again.nodes_created == 0 and again.relationships_created == 0
    n = kg.query("MATCH (c:Case) RETURN count(c) AS n", uri=neo4j_conn.uri)
    assert n.n.tolist() == [len(b.cases())]
    named = kg.query("mechanism_spread", {"mechanism": "公推直选"}, uri=neo4j_conn.uri)
    assert len(named) > 0
    with pytest.raises(KgError, match="E503"):
        kg.query("MATCH (n) DETACH DELETE n", uri=neo4j_conn.uri)


def test_timeline_rows_agree_with_the_cli(saved):
    b = kg.open_build(saved, notify=None)
    df = kg.timeline(b, "学时学分制")
    rows = json.loads(cli("timeline", "学时学分制", "--graph", str(saved), "--format", "json"))["rows"]
    assert len(df) == len(rows) > 0
    assert [int(y) for y in df.year.dropna()] == [r["year"] for r in rows if r["year"] is not None]
    assert df.attrs["first_adopters"]
