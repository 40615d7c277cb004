"""scripts/gazetteer_update.py: which units of today's division codes become rows of schema/regions_current.tsv."""

from __future__ import annotations

import csv
import runpy
from pathlib import Path

from kg.config import schema_path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "gazetteer_update.py"


def _rows(pca, known):
    return runpy.run_path(str(SCRIPT))["rows"](pca, known)


def test_new_moved_converted_renamed_and_renumbered_units():
    known = {  # a cpca-like snapshot
        "430000": "湖南省", "430100": "长沙市", "430124": "宁乡县", "430102": "芙蓉区",
        "370000": "山东省", "370100": "济南市", "371200": "莱芜市", "371203": "钢城区",
        "320000": "江苏省", "320600": "南通市", "320602": "崇川区",
    }
    pca = [  # today's list, as china-division's pca-code.json nests it
        {"code": "43", "name": "湖南省", "children": [{"code": "4301", "name": "长沙市", "children": [
            {"code": "430102", "name": "芙蓉新区"}, {"code": "430182", "name": "宁乡市"},
            {"code": "430171", "name": "长沙经济技术开发区"}]}]},
        {"code": "37", "name": "山东省", "children": [{"code": "3701", "name": "济南市", "children": [
            {"code": "370117", "name": "钢城区"}]}]},
        {"code": "32", "name": "江苏省", "children": [{"code": "3206", "name": "南通市", "children": [
            {"code": "320613", "name": "崇川区"}]}]},
    ]
    got = {(r["kind"], r["code"], r.get("current_code", "")) for r in _rows(pca, known)}
    assert got == {
        ("unit", "430182", ""),  # a new unit …
        ("historical", "430124", "430182"),  # … that 宁乡县 became (same name but its suffix, same parent)
        ("alias", "430102", ""),  # renamed under the same code
        ("unit", "370117", ""),  # moved to another prefecture: a new unit, and the old one historical
        ("historical", "371203", "370117"),
        # 崇川区 only renumbered under the same parent: cpca's code is kept, no row; the development zone (x71) neither
    }


def test_the_generated_file_names_only_units_the_gazetteer_reads():
    from kg.extract.regions import load_gazetteer

    g = load_gazetteer()
    with open(schema_path("regions_current.tsv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))
    assert len(rows) > 100
    for r in rows:
        assert r["code"] in g.units, r
        if r["kind"] == "historical":
            assert r["current_code"] in g.units and g.units[r["code"]].current_code == r["current_code"], r
