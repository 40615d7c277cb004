"""Against a real Neo4j server (started by the session fixture, or NEO4J_URI)."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.analytics import spread
from kg.cli import main
from kg.graph import label_counts
from kg.loaders.neo4j import (
    edge_batches, export_admin_csv, grass, load, load_queries, node_batches, run_query, snapshot, wipe,
)
from kg.pipeline import build

pytestmark = pytest.mark.neo4j


def test_batches_are_parameterised_and_whitelisted(built):
    for label, q, rows in node_batches(built.nodes):
        assert q.startswith("UNWIND $rows AS row MERGE") and f"`{label}`" in q
        assert not any(str(r["id"]) in q for r in rows)
    label_of = {n.id: n.label for n in built.nodes}
    for typ, q, rows in edge_batches(built.edges, label_of):
        assert f"[r:`{typ}`" in q and "$rows" in q
    from kg.model import Node, Span

    with pytest.raises(ValueError):
        node_batches([Node("x", "Case`) DETACH DELETE (n", (), Span("d", 0, 1))])


def test_counts_after_load_equal_the_networkx_graph(neo4j_driver, neo4j_conn, built):
    s = load(neo4j_driver, built.nodes, built.edges, neo4j_conn.database)
    labels, types, _ = snapshot(neo4j_driver, neo4j_conn.database)
    nl, rl = label_counts(built.graph)
    assert labels == dict(nl) and types == dict(rl)
    assert s.nodes_created == len(built.nodes) and s.relationships_created == len(built.edges)


def test_loading_twice_changes_nothing(neo4j_driver, neo4j_conn, built):
    load(neo4j_driver, built.nodes, built.edges, neo4j_conn.database)
    first = snapshot(neo4j_driver, neo4j_conn.database)
    s = load(neo4j_driver, built.nodes, built.edges, neo4j_conn.database)
    assert snapshot(neo4j_driver, neo4j_conn.database) == first
    assert s.nodes_created == 0 and s.relationships_created == 0 and s.relationships_deleted == 0
    assert s.nodes_matched == len(built.nodes)


def split_corpus(corpus_text: str, tmp: Path) -> tuple[Path, Path]:
    cut = corpus_text.index("篇三:")
    a, b = tmp / "part1.txt", tmp / "part2.txt"
    a.write_text(corpus_text[:cut], encoding="utf-8")
    b.write_text(corpus_text[cut:], encoding="utf-8")
    return a, b


def test_incremental_load_adds_what_is_new(neo4j_driver, neo4j_conn, corpus_text, tmp_path):
    a, b = split_corpus(corpus_text, tmp_path)
    small, large = build([a]), build([a, b])
    db = neo4j_conn.database
    load(neo4j_driver, small.nodes, small.edges, db)
    s = load(neo4j_driver, large.nodes, large.edges, db)
    incremental = snapshot(neo4j_driver, db)
    assert 0 < s.nodes_created < len(large.nodes)
    assert s.nodes_created == len({n.id for n in large.nodes} - {n.id for n in small.nodes})
    wipe(neo4j_driver, db)
    load(neo4j_driver, large.nodes, large.edges, db)
    assert snapshot(neo4j_driver, db) == incremental


def test_interrupted_load_run_again_gives_the_clean_graph(neo4j_driver, neo4j_conn, built):
    db = neo4j_conn.database

    class Killed(Exception):
        pass

    def kill_after(i):
        if i == 3:
            raise Killed

    with pytest.raises(Killed):
        load(neo4j_driver, built.nodes, built.edges, db, batch_size=50, after_batch=kill_after)
    partial = snapshot(neo4j_driver, db)
    assert 0 < sum(partial[0].values()) < len(built.nodes)
    load(neo4j_driver, built.nodes, built.edges, db)
    rerun = snapshot(neo4j_driver, db)
    wipe(neo4j_driver, db)
    load(neo4j_driver, built.nodes, built.edges, db)
    assert snapshot(neo4j_driver, db) == rerun


@pytest.fixture()
def loaded(neo4j_driver, neo4j_conn, built):
    load(neo4j_driver, built.nodes, built.edges, neo4j_conn.database)
    return neo4j_driver


def q(driver, conn, name, **params):
    query = load_queries()[name]
    _, rows = run_query(driver, query.cypher, query.bind({k: str(v) for k, v in params.items()}), conn.database)
    return rows


def test_mechanism_spread_by_hand(loaded, neo4j_conn):
    # checked by hand against the text: 江苏南京, 江苏仪征 (best) and 浙江省委组织部 (excellent), all 第一届
    rows = q(loaded, neo4j_conn, "mechanism_spread", mechanism="公推直选")
    assert [(r["province"], r["edition"], r["cases"]) for r in rows] == [("江苏省", 1, 2), ("浙江省", 1, 1)]
    assert sorted(rows[0]["case_ids"]) == ["case/e1-best-08", "case/e1-best-17"]
    rows = q(loaded, neo4j_conn, "mechanism_spread", mechanism="网格化管理")
    assert [(r["province"], r["edition"], r["case_ids"]) for r in rows] == [
        ("山西省", 1, ["case/e1-excellent-29"]), ("浙江省", 1, ["case/e1-best-16"]),
    ]


def test_every_library_query_answers_as_the_graph_does(loaded, neo4j_conn, built):
    g = built.graph
    # mechanisms in two or more provinces: the same as kg spread over every mechanism
    many = {r["mechanism"]: r["n_provinces"] for r in q(loaded, neo4j_conn, "mechanisms_in_many_provinces")}
    expected = {}
    for n, d in g.nodes(data=True):
        if d["label"] == "Mechanism":
            k = len(spread(g, d["name"])["provinces"])
            if k >= 2:
                expected[d["name"]] = k
    assert many == expected
    top = q(loaded, neo4j_conn, "top_regions_per_edition", limit=1)
    per = Counter((c.edition, c.region.units[0].name) for c in built.cases if c.entries and c.region)
    best = Counter((c.edition, c.region.units[0].name) for c in built.cases if c.tier == "best" and c.region)
    for r in top:
        k = (r["edition"], r["province"])
        assert r["awards"] == max(v for (e, _), v in per.items() if e == r["edition"]) == per[k]
        assert r["best"] == best[k]
    # by hand: 山东 第一届 = 潍坊, 临朐, 青岛, 莱芜 (best) + 乳山, 枣庄市中区, 济宁, 烟台开发区, 坊子区, 东平, 青州
    assert (top[0]["province"], top[0]["awards"], top[0]["best"]) == ("山东省", 11, 4)
    gs = {r["mechanism"] for r in q(loaded, neo4j_conn, "mechanisms_of_province", province="甘肃省")}
    assert {"民情流水线", "学时学分制", "网上党支部", "党员首议制"} <= gs
    share = q(loaded, neo4j_conn, "cases_sharing_mechanisms", case_id="case/e1-best-08")
    assert {r["case_id"] for r in share} == {"case/e1-best-17", "case/e1-excellent-51"}
    new2 = {r["mechanism"] for r in q(loaded, neo4j_conn, "new_in_edition", edition=2)}
    assert "党代会常任制" in new2 and "公推直选" not in new2 and "积分制" in new2
    tiers = q(loaded, neo4j_conn, "tiers_by_domain")
    assert sum(r["best"] for r in tiers) == 50 and sum(r["excellent"] for r in tiers) == 130
    rural_sd = q(loaded, neo4j_conn, "cases_of_domain_in_province", domain="农村", province="山东省")
    assert "case/e1-excellent-12" in {r["case_id"] for r in rural_sd}
    [prov] = q(loaded, neo4j_conn, "case_provenance", case_id="case/e2-excellent-30")
    assert sorted(s["kind"] for s in prov["sources"]) == ["award", "narrative"]
    assert prov["region_chain"] == ["敦煌市", "酒泉市", "甘肃省"]
    hier = q(loaded, neo4j_conn, "region_hierarchy", province="甘肃省")
    assert {r["name"] for r in hier} >= {"甘肃省", "酒泉市", "敦煌市", "肃州区", "瓜州县", "金塔县", "阿克塞哈萨克族自治县"}
    ov = q(loaded, neo4j_conn, "editions_overview")
    assert [(r["edition"], r["best"], r["excellent"]) for r in ov] == [(1, 20, 60), (2, 30, 70)]


def test_kg_query_cli_and_refusals(loaded, neo4j_conn):
    r = CliRunner().invoke(main, ["query", "mechanism_spread", "--param", "mechanism=公推直选", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert [row["province"] for row in json.loads(r.output)["rows"]] == ["江苏省", "浙江省"]
    r = CliRunner().invoke(main, ["query", "--cypher", "CREATE (n:Case {id: 'x'}) RETURN n"])
    assert r.exit_code == 2 and "E503" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(main, ["query", "--cypher", "MATCH (n) DETACH DELETE n"])
    assert r.exit_code == 2 and "E503" in r.output
    r = CliRunner().invoke(main, ["query", "nope"])
    assert r.exit_code == 2 and "E504" in r.output
    r = CliRunner().invoke(main, ["query", "mechanism_spread"])
    assert r.exit_code == 2 and "E505" in r.output


def test_unreachable_server_and_wrong_password(neo4j_conn, monkeypatch):
    r = CliRunner().invoke(main, ["load", "--uri", "bolt://127.0.0.1:1"])
    assert r.exit_code == 2 and "E501" in r.output and "Traceback" not in r.output
    monkeypatch.setenv("NEO4J_PASSWORD", "definitely-wrong")
    r = CliRunner().invoke(main, ["load", "--uri", neo4j_conn.uri])
    assert r.exit_code == 2 and "E502" in r.output and "Traceback" not in r.output
    monkeypatch.delenv("NEO4J_PASSWORD")
    r = CliRunner().invoke(main, ["load", "--uri", neo4j_conn.uri])
    assert r.exit_code == 2 and "E506" in r.output


def test_kg_load_cli(neo4j_driver, neo4j_conn):
    r = CliRunner().invoke(main, ["load", "--uri", neo4j_conn.uri])
    assert r.exit_code == 0, r.output
    assert "created" in r.output and "rows/s" in r.output
    r = CliRunner().invoke(main, ["load", "--uri", neo4j_conn.uri, "--wipe"], input="n\n")
    assert r.exit_code == 1 and "not wiped" in r.output
    r = CliRunner().invoke(main, ["load", "--uri", neo4j_conn.uri, "--wipe", "--yes"])
    assert r.exit_code == 0 and "0 matched" in r.output


def test_neo4j_admin_export(tmp_path, built):
    files = export_admin_csv(built.nodes, built.edges, tmp_path)
    ids: dict[str, set] = {}
    for f in files:
        if f.name.startswith("nodes-"):
            rows = list(csv.reader(f.open(encoding="utf-8")))
            label = f.stem[len("nodes-") :]
            assert rows[0][:2] == [f"id:ID({label})", ":LABEL"]
            assert all(r[1] == label for r in rows[1:])
            ids[label] = {r[0] for r in rows[1:]}
            if label == "Case":
                assert "rank:long" in rows[0] and "edition:long" in rows[0]
            if label == "Mechanism":
                assert "aliases:string[]" in rows[0]
    assert sum(len(v) for v in ids.values()) == len(built.nodes)
    n_rels = 0
    for f in files:
        if f.name.startswith("rels-"):
            rows = list(csv.reader(f.open(encoding="utf-8")))
            start, end = rows[0][0], rows[0][1]
            assert start.startswith(":START_ID(") and end.startswith(":END_ID(") and rows[0][2] == ":TYPE"
            a, b = start[len(":START_ID(") : -1], end[len(":END_ID(") : -1]
            for r in rows[1:]:
                assert r[0] in ids[a] and r[1] in ids[b]
            n_rels += len(rows) - 1
    assert n_rels == len(built.edges)
    assert "neo4j-admin database import full" in (tmp_path / "import.sh").read_text()


def test_browser_style_matches_the_schema():
    from kg.config import schema_path

    assert schema_path("style.grass").read_text(encoding="utf-8") == grass()
    assert "node.Case {" in grass() and "#d62728" in grass()
