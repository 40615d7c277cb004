"""When and where a practice, mechanism or family was adopted: the events of the graph in time.

:func:`timeline` reads the AdoptionEvent nodes of the networkx graph built by
:mod:`kg.graph` (never mutating it) and returns plain data: a chronological
table, the first adopter(s), adopters per year and the cumulative number of
provinces and counties. An adopter is a place: a region code plus the town or
village printed below it. :func:`diffusion_table` gives, per mechanism, the
first adoption year, the years taken to reach N provinces and the share of
adopting provinces that had an adopting neighbour first (adjacency:
``schema/province_adjacency.tsv``, generated from the boundary data by
``viz/assets/make_geo.py``).
"""

from __future__ import annotations

import csv
import functools
from collections import defaultdict

import networkx as nx

from .analytics import find_mechanisms
from .config import schema_path
from .errors import Errors, KgError

__all__ = ["KIND_ORDER", "find_events", "region_chain", "timeline", "province_adjacency", "diffusion_table"]

KIND_ORDER = ("first", "pilot", "start", "rollout", "codified", "awarded")


def _events(g: nx.MultiDiGraph):
    return ((n, d) for n, d in g.nodes(data=True) if d.get("label") == "AdoptionEvent")


def find_events(g: nx.MultiDiGraph, name: str) -> tuple[str, list[str], list[str]]:
    """``(kind, mechanism ids, event ids)`` for a mechanism, a family or a practice name.

    A mechanism or family (as :func:`kg.analytics.find_mechanisms` reads it) takes the events
    that adopt its mechanisms; otherwise events whose practice is ``name`` or begins with it
    (户联责任区 → 户联责任区制度). Raises E603 when nothing matches.
    """
    try:
        kind, mids = find_mechanisms(g, name)
    except KgError:
        kind, mids = "practice", []
    ids = set(mids)
    out = []
    for n, d in _events(g):
        adopts = {v for _, v, e in g.out_edges(n, data=True) if e["type"] == "ADOPTS"}
        practice = d.get("practice") or ""
        if adopts & ids or (practice and practice.startswith(name)):
            out.append(n)
    if not out and kind == "practice":
        raise KgError(Errors.E603.format(name=name))
    return kind, mids, sorted(out)


def region_chain(g: nx.MultiDiGraph, region: str | None) -> dict[str, dict]:
    """``{level: {"code", "name"}}`` from a Region node up to its province."""
    out: dict[str, dict] = {}
    while region is not None:
        d = g.nodes[region]
        out[d["level"]] = {"code": d["code"], "name": d["name"]}
        region = next((v for _, v, e in g.out_edges(region, data=True) if e["type"] == "PART_OF"), None)
    return out


def _row(g: nx.MultiDiGraph, n: str, texts: dict[str, str]) -> dict:
    d = g.nodes[n]
    region = next((v for _, v, e in g.out_edges(n, data=True) if e["type"] == "EVENT_IN"), None)
    chain = region_chain(g, region)
    case = d.get("case") or ""
    cd = g.nodes[case] if case in g else {}
    subject = cd.get("subject") or (g.nodes[d["doc_id"]].get("name", "") if d["doc_id"] in g else "")
    text = texts.get(d["doc_id"], "")
    evidence = text[d["span_start"] : d["span_end"]].strip() if text else d.get("evidence", "")
    deepest = next((chain[k] for k in ("county", "prefecture", "province") if k in chain), {})
    return {
        "year": d.get("year"), "month": d.get("month"), "part": d.get("part", ""), "date": d.get("date_text", ""),
        "kind": d.get("kind"), "practice": d.get("practice", ""), "mechanism": d.get("mechanism_name", ""),
        "province": chain.get("province", {}).get("name", ""), "province_code": chain.get("province", {}).get("code", ""),
        "prefecture": chain.get("prefecture", {}).get("name", ""),
        "county": chain.get("county", {}).get("name", ""), "region_code": deepest.get("code", ""),
        "place": d.get("place", ""), "case_id": case, "subject": subject, "cue": d.get("cue", ""),
        "uncertain": d.get("uncertain", ""), "doc_id": d["doc_id"], "span_start": d["span_start"],
        "span_end": d["span_end"], "evidence": evidence, "event_id": n,
    }


def _key(r: dict) -> tuple:
    return (r["year"] is None, r["year"] or 0, r["month"] or 0, KIND_ORDER.index(r["kind"]) if r["kind"] in KIND_ORDER else 9,
            r["region_code"], r["place"], r["case_id"], r["event_id"])


def timeline(g: nx.MultiDiGraph, name: str, texts: dict[str, str] | None = None) -> dict:
    """The events of a practice, mechanism or family in time.

    Returns ``{"query", "kind", "mechanisms", "rows", "first", "per_year"}``: rows in
    chronological order (undated last); ``first`` the rows of the earliest year; ``per_year``
    one row per year with events, adopters, new adopters and cumulative provinces and counties.
    ``texts`` (document text by doc id) fills each row's evidence sentence.
    """
    kind, mids, ids = find_events(g, name)
    rows = sorted((_row(g, n, texts or {}) for n in ids), key=_key)
    dated = [r for r in rows if r["year"] is not None]
    first_year = dated[0]["year"] if dated else None
    first = [r for r in dated if r["year"] == first_year]
    per_year = []
    seen: set[tuple[str, str]] = set()
    provinces: set[str] = set()
    counties: set[str] = set()
    by_year: dict[int, list[dict]] = defaultdict(list)
    for r in dated:
        by_year[r["year"]].append(r)
    for y in sorted(by_year):
        adopters = {(r["region_code"], r["place"]) for r in by_year[y]}
        new = adopters - seen
        seen |= adopters
        provinces |= {r["province"] for r in by_year[y] if r["province"]}
        counties |= {r["region_code"] for r in by_year[y] if r["county"]}
        per_year.append({"year": y, "events": len(by_year[y]), "adopters": len(adopters), "new_adopters": len(new),
                         "cumulative_adopters": len(seen), "cumulative_provinces": len(provinces),
                         "cumulative_counties": len(counties)})
    names = [g.nodes[m].get("name", m) for m in mids]
    return {"query": name, "kind": kind, "mechanisms": names, "rows": rows, "first": first,
            "first_adopters": _adopters(first), "per_year": per_year, "undated": len(rows) - len(dated)}


def _adopters(rows: list[dict]) -> list[dict]:
    """Rows grouped by adopter (region + place), with their kinds and cases."""
    out: dict[tuple[str, str], dict] = {}
    for r in rows:
        a = out.setdefault((r["region_code"], r["place"]), {
            "year": r["year"], "province": r["province"], "prefecture": r["prefecture"], "county": r["county"],
            "place": r["place"], "region_code": r["region_code"], "kinds": [], "cases": []})
        for key, value in (("kinds", r["kind"]), ("cases", r["case_id"])):
            if value not in a[key]:
                a[key].append(value)
    return list(out.values())


@functools.cache
def province_adjacency() -> dict[str, frozenset[str]]:
    """Province code → codes of the provinces that share a border with it (generated data)."""
    out: dict[str, set[str]] = defaultdict(set)
    with open(schema_path("province_adjacency.tsv"), encoding="utf-8") as fh:
        for row in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"):
            out[row["a"]].add(row["b"])
            out[row["b"]].add(row["a"])
    return {k: frozenset(v) for k, v in out.items()}


def diffusion_table(g: nx.MultiDiGraph, reach: tuple[int, ...] = (2, 3, 5)) -> list[dict]:
    """Per mechanism with dated events: first adoption year, years to reach N provinces, and the
    share of adopting provinces (after the first) that had an adopting neighbour province
    strictly earlier."""
    adjacency = province_adjacency()
    first_in: dict[str, dict[str, int]] = defaultdict(dict)  # mechanism → province code → first year
    cases: dict[str, set[str]] = defaultdict(set)
    for n, d in _events(g):
        if d.get("year") is None:
            continue
        region = next((v for _, v, e in g.out_edges(n, data=True) if e["type"] == "EVENT_IN"), None)
        province = region_chain(g, region).get("province", {}).get("code")
        for _, m, e in g.out_edges(n, data=True):
            if e["type"] != "ADOPTS":
                continue
            cases[m].add(d.get("case", ""))
            if province and (province not in first_in[m] or d["year"] < first_in[m][province]):
                first_in[m][province] = d["year"]
    rows = []
    for m in sorted(first_in, key=lambda m: (min(first_in[m].values(), default=9999), m)):
        years = first_in[m]
        if not years:
            continue
        start = min(years.values())
        ordered = sorted(years.values())
        row = {"mechanism": g.nodes[m].get("name", m), "first_year": start, "provinces": len(years)}
        for k in reach:
            row[f"years_to_{k}_provinces"] = ordered[k - 1] - start if len(ordered) >= k else None
        later = [p for p, y in years.items() if y > start]
        after_neighbour = [p for p in later if any(q in years and years[q] < years[p] for q in adjacency.get(p, ()))]
        row["later_provinces"] = len(later)
        row["after_neighbour"] = len(after_neighbour)
        row["share_after_neighbour"] = round(len(after_neighbour) / len(later), 3) if later else None
        row["cases"] = sorted(cases[m])
        rows.append(row)
    return rows
