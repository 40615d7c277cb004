"""Analytics on a small hand-made graph with known answers, and on the corpus."""

from __future__ import annotations

import networkx as nx
import pytest
from click.testing import CliRunner

from kg import analytics as A
from kg.cli import main


def small() -> nx.MultiDiGraph:
    """3 provinces; mechanisms X (3 cases, 2 provinces, editions 1-2), Y (2 cases), Z (1 case)."""
    g = nx.MultiDiGraph()

    def node(n, label, **kw):
        g.add_node(n, label=label, **kw)

    def edge(u, v, t):
        g.add_edge(u, v, key=f"{t}@{u}", type=t)

    for p, name in (("region/110000", "甲省"), ("region/220000", "乙省"), ("region/330000", "丙省")):
        node(p, "Region", name=name, level="province", code=p[-6:])
    node("region/110100", "Region", name="甲市", level="prefecture", code="110100")
    edge("region/110100", "region/110000", "PART_OF")
    node("family/f", "MechanismFamily", name="F")
    for m, name in (("mechanism/x", "X"), ("mechanism/y", "Y"), ("mechanism/z", "Z")):
        node(m, "Mechanism", name=name)
        edge(m, "family/f", "BROADER")
    cases = {"case/a": (1, "region/110100", ["x", "y"]), "case/b": (2, "region/220000", ["x", "y"]),
             "case/c": (2, "region/110000", ["x"]), "case/d": (1, "region/330000", ["z"])}
    for c, (ed, region, ms) in cases.items():
        node(c, "Case", edition=ed, tier_label="最佳案例", subject=c)
        edge(c, region, "LOCATED_IN")
        for m in ms:
            edge(c, f"mechanism/{m}", "USES")
    return g


def test_mechanism_table_on_a_known_graph():
    rows = {r["mechanism"]: r for r in A.mechanism_spread_table(small())}
    x = rows["X"]
    assert (x["provinces"], x["prefectures"], x["counties"]) == (2, 1, 0)
    assert x["editions"] == [1, 2] and x["first_edition"] == 1
    assert x["new_provinces_in_edition_2"] == ["乙省"]  # 甲省 already had X in edition 1
    assert x["cases"] == ["case/a", "case/b", "case/c"]
    assert rows["Z"]["provinces"] == 1 and rows["Z"]["editions"] == [1]
    [fam] = A.family_spread_table(small())
    assert fam["provinces"] == 3 and fam["mechanisms"] == 3 and len(fam["cases"]) == 4


def test_provinces_cooccurrence_communities_similarity_centrality():
    g = small()
    prov = {r["province"]: r for r in A.province_table(g)}
    assert prov["甲省"]["cases"] == ["case/a", "case/c"] and prov["甲省"]["mechanisms"] == ["X", "Y"]
    assert prov["甲省"]["by_edition_tier"] == {"e1 最佳案例": 1, "e2 最佳案例": 1}
    h = A.cooccurrence(g)
    assert h["mechanism/x"]["mechanism/y"]["weight"] == 2 and sorted(h["mechanism/x"]["mechanism/y"]["cases"]) == ["case/a", "case/b"]
    assert h.degree("mechanism/z") == 0
    assert A.communities(h) == [["mechanism/x", "mechanism/y"]]
    sim = [(r["case_id"], r["similar_case"], r["jaccard"]) for r in A.similar_cases(g) if r["case_id"] == "case/a"]
    assert sim == [("case/a", "case/b", 1.0), ("case/a", "case/c", 0.5)]
    top = A.central_mechanisms(h, g, top=3)
    assert [r["mechanism"] for r in top[:2]] == ["X", "Y"] and top[0]["weighted_degree"] == 2
    reg = A.central_regions(g)
    assert reg[0]["province"] == "甲省" and reg[0]["shared_with"] == 1
    assert {r["province"]: r["shared_with"] for r in reg}["丙省"] == 0


def test_communities_are_reproducible(built):
    h = A.cooccurrence(built.graph)
    assert A.communities(h) == A.communities(A.cooccurrence(built.graph))


@pytest.mark.parametrize("name,cases,provinces", [
    ("公推直选", ["case/e1-best-08", "case/e1-best-17", "case/e1-excellent-51"], 2),
    ("网格化", ["case/e1-best-16", "case/e1-excellent-29"], 2),
])
def test_corpus_rows_for_key_mechanisms(built, name, cases, provinces):
    row = next(r for r in A.mechanism_spread_table(built.graph) if r["mechanism"] == name)
    assert row["cases"] == cases and row["provinces"] == provinces
    assert row["editions"] == [1] and row["first_edition"] == 1 and row["new_provinces_in_edition_2"] == []


def test_kg_report_writes_traceable_tables(tmp_path):
    r = CliRunner().invoke(main, ["report", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    for name in ("mechanisms", "families", "provinces", "cooccurrence", "communities", "similar_cases",
                 "central_mechanisms", "central_regions"):
        text = (tmp_path / f"{name}.csv").read_text(encoding="utf-8-sig")
        header, *rows = text.splitlines()
        assert "cases" in header.split(",") and rows
        assert all("case/" in row for row in rows)
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "公推直选" in md and "## Most central mechanisms" in md
