"""Integrity of the narrative fixtures and their hand-made gold files (issues 10 and 12).

These tests do not run kg: they check that every label can be found in the fixture text
(decoded independently of kg), so that kg's figures against the gold are meaningful.
"""
from __future__ import annotations

import csv
import importlib.util
import re
from functools import cache
from pathlib import Path

import charset_normalizer
import docx
import pytest
from bs4 import BeautifulSoup

DATA = Path(__file__).parent / "data"
NARR = DATA / "narratives"
SUFFIXES = {".html", ".htm", ".txt", ".docx"}
KINDS = {"case", "several", "none"}
SECTION_KINDS = {"background", "practice", "outcome", "discussion", "intro", "abstract", "keywords"}
EVENT_KINDS = {"first", "pilot", "start", "rollout", "codified"}
DOMAINS = {"农村", "城市社区", "非公企业", "国有企业", "机关", "高校", "事业单位", "兵团", "区域综合"}


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


GOLD = read_tsv(NARR / "gold.tsv")
EVENTS = read_tsv(DATA / "events_narratives_gold.tsv")
BY_FILE = {row["file"]: row for row in GOLD}


@cache
def text_of(name: str) -> str:
    path = NARR / name
    raw = path.read_bytes()
    if path.suffix == ".docx":
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    best = charset_normalizer.from_bytes(raw).best()
    assert best is not None, name
    text = str(best)
    if path.suffix in {".html", ".htm"}:
        return BeautifulSoup(text, "html.parser").get_text()
    return text


@cache
def adcodes() -> set[str]:
    spec = importlib.util.find_spec("cpca")  # only its data file is read, as kg does
    table = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    with table.open(encoding="utf-8") as f:
        return {row["adcode"][:6] for row in csv.DictReader(f)}


def test_every_fixture_is_labelled_once():
    files = sorted(p.name for p in NARR.iterdir() if p.suffix in SUFFIXES)
    labelled = [row["file"] for row in GOLD]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == files


def test_corpus_has_the_layouts_the_issue_asks_for():
    kinds = [row["kind"] for row in GOLD]
    assert kinds.count("case") >= 15 and "several" in kinds and "none" in kinds
    assert sum(1 for row in GOLD if row["same_case_as"]) >= 3
    assert sum(1 for row in GOLD if row["must_not_merge_with"]) >= 6
    assert sum(1 for row in GOLD if row["kind"] == "case" and not row["title"]) >= 2
    assert sum(1 for row in GOLD if row["file"].endswith(".docx")) >= 2


@pytest.mark.parametrize("row", GOLD, ids=lambda r: r["file"])
def test_gold_row_is_in_the_text(row):
    text = text_of(row["file"])
    assert row["kind"] in KINDS
    for column in ("subject", "title", "place"):
        if row[column]:
            assert row[column] in text, (column, row[column])
    if row["region_code"]:
        assert row["region_code"] in adcodes()
    assert set(filter(None, row["sections"].split("|"))) <= SECTION_KINDS
    if row["doc_date"]:
        y, m, d = row["doc_date"].split("-")
        forms = {f"{y}-{m}-{d}", f"{y}年{m}月{d}日", f"{y}年{int(m)}月{int(d)}日"}
        assert any(form in text for form in forms), row["doc_date"]
    if row["kind"] == "case":
        assert row["subject"] and row["region_code"] and row["key_practice"]
        assert row["org_domain"] in DOMAINS


@pytest.mark.parametrize("row", [r for r in GOLD if r["same_case_as"] or r["must_not_merge_with"]],
                         ids=lambda r: r["file"])
def test_links_point_to_labelled_files(row):
    original = row["same_case_as"]
    if original and not original.startswith("case/"):
        assert original in BY_FILE and not BY_FILE[original]["same_case_as"]
    for other in filter(None, row["must_not_merge_with"].split("|")):
        assert other in BY_FILE
        assert row["file"] in BY_FILE[other]["must_not_merge_with"].split("|"), "pairs are symmetric"


@pytest.mark.parametrize("event", EVENTS, ids=lambda e: f"{e['file']}:{e['date_text']}")
def test_event_is_in_the_text(event):
    text = text_of(event["file"])
    assert event["evidence"] in text
    assert event["date_text"] in event["evidence"]
    if event["place"]:
        assert event["place"] in text
    if event["region_code"]:
        assert event["region_code"] in adcodes()
    assert event["kind"] in EVENT_KINDS
    assert event["relative"] in {"yes", "no"}
    assert re.fullmatch(r"(\d{4})?", event["year"])
    if not event["year"]:
        assert event["relative"] == "yes" and "unresolvable" in event["notes"]
