"""The map and timeline views in headless Chromium: real coordinates inside province outlines,
a working year slider, inert document text, no request leaving the page."""

from __future__ import annotations


import pytest

from tests.browser_pages import open_page, requests_made

from kg.viz.chart import chart_payload, render_chart
from kg.viz.map import map_payload, outlines, place_of, render_map
from kg.chronology import timeline
from kg.viz.timeline_pages import write_time_view

pytestmark = pytest.mark.browser




def test_coordinates_come_from_the_gazetteer_and_renamed_units_are_placed():
    lon, lat = place_of("620982")  # 敦煌市
    assert 94 < lon < 95 and 40 < lat < 41
    assert place_of("320584") is not None  # 吴江市 (today 吴江区): today's unit
    assert len(outlines()["features"]) == 34


def test_map_page_in_a_real_browser(browser, built, tmp_path):
    f = write_time_view(built.graph, "map", ["基层民主与选举"], tmp_path / "map.html")
    html = f.read_text(encoding="utf-8")
    assert "default-src 'none'" in html and "http://" not in html.split("<script", 1)[1].split("kg-data")[0]
    assert len(html) < 400_000
    open_page(browser, f)
    t = timeline(built.graph, "基层民主与选举")
    payload = map_payload(t)
    n = browser.execute_script("return window.kgMap.points")
    assert n == len(payload["points"]) >= 15  # 17 adopters since the thesaurus keeps only true synonyms
    inside = browser.execute_script("return Array.from({length: window.kgMap.points}, function (_, i) { return window.kgMap.inOwnProvince(i); })")
    assert all(inside), [p["name"] for p, ok in zip(payload["points"], inside) if not ok]
    # the slider: the earliest year shows only the first adopters, the last shows all
    y0, y1 = browser.execute_script("return window.kgMap.years")
    assert (y0, y1) == (2009, 2012)
    first = browser.execute_script(
        "var s = document.getElementById('year'); s.value = s.min; s.dispatchEvent(new Event('input')); "
        "return [window.kgMap.shown, document.getElementById('count').textContent, document.getElementById('yearText').textContent]")
    assert first[0] == sum(1 for p in payload["points"] if p["year"] == 2009) == 1 and first[2] == "2009"
    assert first[1].startswith("1 / ")
    assert browser.execute_script("return window.kgMap.setYear(2010)") == sum(1 for p in payload["points"] if p["year"] <= 2010)
    assert browser.execute_script("return window.kgMap.setYear(2012)") == n
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors
    external = [u for u in requests_made(browser) if not u.startswith(("file:", "data:", "blob:"))]
    assert not external, external


def test_clicking_a_point_lists_its_events_as_text(browser, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains

    evil = "<img src=x onerror=window.__pwned=1>"
    payload = {"unplaced": 0, "points": [{"lon": 116.4, "lat": 39.9, "year": 2010, "code": "110000", "province": "110000",
                                          "name": "北京市" + evil, "events": ["2010 first " + evil + " — <script>window.__pwned=2</script>"]}]}
    f = tmp_path / "evil.html"
    f.write_text(render_map(payload, "标题" + evil), encoding="utf-8")
    open_page(browser, f)
    x, y = browser.execute_script("return window.kgMap.screen(0)")
    body = browser.find_element("tag name", "body")
    ActionChains(browser).move_to_element_with_offset(body, 0, 0).perform()  # reset the pointer
    browser.execute_script("document.getElementById('map').dispatchEvent(new MouseEvent('click', {clientX: arguments[0], clientY: arguments[1], bubbles: true}))", x, y)
    info = browser.execute_script("return document.getElementById('info').textContent")
    assert evil in info and "<script>" in info
    assert browser.execute_script("return document.getElementById('heading').textContent").endswith(evil)
    assert browser.execute_script("return window.__pwned") is None
    assert browser.execute_script("return document.querySelectorAll('img, iframe, a').length") == 0
    assert browser.execute_script("return window.kgMap.inOwnProvince(0)") is True


def test_timeline_chart_in_a_real_browser(browser, built, tmp_path):
    t = timeline(built.graph, "基层民主与选举")
    f = tmp_path / "tl.html"
    f.write_text(render_chart(chart_payload(t), "时间线"), encoding="utf-8")
    open_page(browser, f)
    chart = browser.execute_script("return window.kgChart")
    assert chart["bars"] == len(t["per_year"]) == 3
    heights = browser.execute_script("return Array.from(document.querySelectorAll('rect.bar')).map(function (r) { return +r.getAttribute('height'); })")
    events = [r["events"] for r in t["per_year"]]
    assert heights.index(max(heights)) == events.index(max(events))
    assert browser.execute_script("return document.querySelectorAll('polyline.cumulative').length") == 1
    assert not [u for u in requests_made(browser) if not u.startswith(("file:", "data:", "blob:"))]
