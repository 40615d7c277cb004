"""HTML views: builders against the graph, and every view opened in headless Chromium from disk."""

from __future__ import annotations

import io
import json

import pytest

from tests.browser_pages import open_page, requests_made
from click.testing import CliRunner

from kg.cli import main
from kg.model import Document
from kg.pipeline import build_from_documents
from kg.viz.html import render_html, safe_json
from kg.viz.pages import make_view, write_view
from kg.viz.views import case_view, edition_view, region_view, spread_view

pytestmark = pytest.mark.browser

VIEWS = [
    ("overview", []),
    ("spread", ["公推直选"]),
    ("spread", ["基层民主与选举"]),
    ("region", ["甘肃省"]),
    ("edition", ["2"]),
    ("edition", ["1", "2"]),
    ("case", ["case/e2-excellent-30"]),
]


# --- builders ----------------------------------------------------------------------------------


def test_spread_view_holds_the_mechanism_its_cases_their_regions_and_editions(built):
    g = built.graph
    v = spread_view(g, "公推直选")
    cases = {n for n, d in v.graph.nodes(data=True) if d["label"] == "Case"}
    assert cases == {"case/e1-best-08", "case/e1-best-17", "case/e1-excellent-51"}
    regions = {d["name"] for n, d in v.graph.nodes(data=True) if d["label"] == "Region"}
    assert regions == {"江苏省", "南京市", "扬州市", "仪征市", "浙江省"}
    assert {d["label"] for _, d in v.graph.nodes(data=True)} == {"Case", "Mechanism", "MechanismFamily", "Region", "Edition",
                                                                 "Practice"}
    # the practice level: each case's own practice, an instance of the mechanism
    practices = {d["name"] for _, d in v.graph.nodes(data=True) if d["label"] == "Practice"}
    assert practices == {"社区党组织公推直选", "乡镇党委换届公推直选", "机关党委换届公推直选"}
    # edges are exactly the graph's edges among those nodes
    assert v.graph.number_of_edges() == g.subgraph(v.graph.nodes).number_of_edges()


def test_region_case_and_edition_views(built):
    g = built.graph
    r = region_view(g, "甘肃省")
    names = {d.get("name") for _, d in r.graph.nodes(data=True)}
    assert {"甘肃省", "酒泉市", "敦煌市", "瓜州县", "民情流水线", "学时学分制"} <= names
    c = case_view(g, "case/e2-excellent-30")
    labels = {d["label"] for _, d in c.graph.nodes(data=True)}
    assert labels >= {"Case", "Mechanism", "Region", "Award", "Edition", "Document", "OrgDomain"}
    assert [d["name"] for n, d in c.graph.nodes(data=True) if d["label"] == "Region" and d["level"] == "province"] == ["甘肃省"]
    cmp = edition_view(g, 1, 2)
    assert "mechanism/dangdaihui-changren" in cmp.new_nodes and "mechanism/gongtui-zhixuan" not in cmp.new_nodes
    e2 = edition_view(g, 2)
    assert sum(1 for _, d in e2.graph.nodes(data=True) if d["label"] == "Case") == 101  # 100 awards + 瓜州 narrative
    import networkx as nx

    regions = [n for n, d in cmp.graph.nodes(data=True) if d["label"] == "Region"]
    assert all(cmp.graph.degree(r) > 0 for r in regions)  # every region is connected


def test_rendering_is_deterministic_and_self_contained(built):
    v = make_view(built.graph, "spread", ["网格化"])
    a, b = render_html(v), render_html(make_view(built.graph, "spread", ["网格化"]))
    assert a == b
    # nothing that loads a resource: no <link>, no src/href to a URL, no CSS import or remote url()
    import re

    assert not re.search(r"<link|<script[^>]+src=|\bhref=[\"']?(https?:)?//|url\(\s*['\"]?(https?:)?//|@import|bootstrap", a, re.I)
    assert "default-src 'none'" in a  # and the page's own CSP forbids any fetch


def test_safe_json_cannot_close_a_script():
    s = safe_json({"t": "</script><script>alert(1)</script>&\u2028"})
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s
    assert json.loads(s)["t"].startswith("</script>")


# --- in the browser --------------------------------------------------------------------------




@pytest.mark.parametrize("kind,args", VIEWS)
def test_each_view_in_a_real_browser(browser, built, tmp_path, kind, args):
    f = write_view(built.graph, kind, args, tmp_path / f"{kind}.html")
    open_page(browser, f)
    v = make_view(built.graph, kind, args)
    stats = browser.execute_script("return window.kgStats")
    assert stats == {"nodes": v.graph.number_of_nodes(), "edges": v.graph.number_of_edges()}
    drawn = browser.execute_script("return [window.kgNetwork.body.nodeIndices.length, window.kgNetwork.body.edgeIndices.length]")
    assert drawn == [v.graph.number_of_nodes(), v.graph.number_of_edges()]
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors
    external = [u for u in requests_made(browser) if not u.startswith(("file:", "data:", "blob:"))]
    assert not external, external


def test_search_highlight_and_filters(browser, built, tmp_path):
    f = write_view(built.graph, "spread", ["公推直选"], tmp_path / "s.html")
    open_page(browser, f)
    n = browser.execute_script("kgHighlight('mechanism/gongtui-zhixuan'); return window.kgHighlighted")
    assert n == 1 + len(list(make_view(built.graph, "spread", ["公推直选"]).graph.to_undirected().neighbors("mechanism/gongtui-zhixuan")))
    visible = browser.execute_script(
        "var s=document.getElementById('tier'); s.value='优秀案例'; s.dispatchEvent(new Event('change'));"
        "return window.kgNetwork.body.nodeIndices.length")
    assert visible == stats_without(built, "公推直选", tier="最佳案例")


def stats_without(built, name, tier):
    v = make_view(built.graph, "spread", [name])
    return sum(1 for _, d in v.graph.nodes(data=True) if not (d["label"] == "Case" and d.get("tier_label") == tier))


INJECTION = (
    "第一届全国基层党建创新最佳、优秀案例评选结果\n"
    "一、最佳案例评选结果(共2个)1北京市<script>window.__pwned=1</script>:标题<img src=x onerror=window.__pwned=2>"
    "2上海市:<a href=\"javascript:window.__pwned=3\">链接href</a><svg onload=window.__pwned=4>\n"
)


def test_document_text_is_inert_everywhere(browser, tmp_path):
    doc = Document("doc/inject", "inject.txt", "inject.txt", INJECTION, "utf-8", "text", "x")
    b = build_from_documents([(doc, "inject.txt")])
    titles = sorted(c.title for c in b.cases)
    assert any("<img" in t for t in titles) and any("href" in t for t in titles)
    for case in sorted(c.id for c in b.cases):
        f = write_view(b.graph, "case", [case], tmp_path / f"{case.split('/')[-1]}.html")
        open_page(browser, f)
        assert browser.execute_script("return window.__pwned") is None
        assert browser.execute_script("return document.querySelectorAll('img, svg, a, iframe').length") == 0
        assert browser.execute_script("return document.querySelectorAll('script').length") == 3
        heading = browser.execute_script("return document.getElementById('heading').textContent")
        tips = browser.execute_script(
            "return window.kgNetwork.body.data.nodes.get().map(function(n){return n.title.textContent + '|' + n.title.querySelectorAll('*:not(div)').length})")
        options = browser.execute_script("return Array.from(document.querySelectorAll('#pick option')).map(function(o){return o.textContent})")
        shown = heading + "".join(tips) + "".join(options)
        assert "<script>" in shown or "<img" in shown or "<a href" in shown
        assert all(t.endswith("|0") for t in tips)
    assert browser.execute_script("return window.__pwned") is None


def test_png_snapshot_is_not_blank(tmp_path):
    from PIL import Image

    out = tmp_path / "v.html"
    png = tmp_path / "v.png"
    r = CliRunner().invoke(main, ["view", "spread", "公推直选", "--out", str(out), "--png", str(png)])
    assert r.exit_code == 0, r.output
    img = Image.open(png).convert("RGB")
    assert img.size == (1600, 1000)
    colours = img.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50
    # the network area (below the bar) holds coloured node pixels, not only white
    area = img.crop((0, 120, 1600, 1000))
    non_white = sum(n for n, c in area.getcolors(maxcolors=1 << 20) if c != (255, 255, 255))
    assert non_white > 5000


def test_view_all_writes_an_index(tmp_path):
    r = CliRunner().invoke(main, ["view", "--all", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    pages = sorted(p.name for p in tmp_path.glob("*.html") if p.name != "index.html")
    assert "overview.html" in pages and "edition-1-vs-2.html" in pages and "region-620000.html" in pages
    assert "map-01.html" in pages and "timeline-01.html" in pages  # the mechanisms with dated adoption events
    assert all(f'href="{p}"' in index for p in pages)
