"""Spread at three levels (practice, mechanism, family), the practice list, and similar practices.

Pure functions over the networkx graph of :mod:`kg.graph`; ``kg spread``, ``kg practices``,
``kg report`` and the spread view call them.

* **practice**: one named practice, matched exactly (after normalisation) — its cases;
* **mechanism**: a thesaurus concept — the cases that use it or any narrower mechanism, and
  the cases naming a practice that is an instance of one of them;
* **family**: every mechanism of the family and every practice in it.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from .errors import Errors, KgError
from .extract.practices import match_key

__all__ = ["LEVELS", "resolve", "narrower", "case_hits", "spread_rows", "practice_table", "similar_practices"]

LEVELS = ("mechanism", "family", "practice")


def _nodes(g: nx.MultiDiGraph, label: str):
    return ((n, d) for n, d in g.nodes(data=True) if d.get("label") == label)


def _in(g: nx.MultiDiGraph, n: str, rel: str) -> list[str]:
    return sorted({u for u, _, d in g.in_edges(n, data=True) if d["type"] == rel})


def _out(g: nx.MultiDiGraph, n: str, rel: str) -> list[str]:
    return sorted({v for _, v, d in g.out_edges(n, data=True) if d["type"] == rel})


def narrower(g: nx.MultiDiGraph, mid: str) -> list[str]:
    """Mechanisms below ``mid`` (HAS_BROADER, transitively), sorted."""
    out: set[str] = set()
    todo = [mid]
    while todo:
        for u in _in(g, todo.pop(), "HAS_BROADER"):
            if u not in out:
                out.add(u)
                todo.append(u)
    return sorted(out)


def resolve(g: nx.MultiDiGraph, name: str, level: str | None = None) -> tuple[str, list[str]]:
    """``(level, node ids)`` named by ``name``: the first of mechanism, family, practice that matches.

    ``level`` forces one level. A mechanism is found by name, alias or id; a family by
    name, English name or slug; a practice by its normalised name only (exact). Raises E601.
    """
    levels = (level,) if level else LEVELS
    key = match_key(name)
    for lv in levels:
        if lv == "mechanism":
            for n, d in _nodes(g, "Mechanism"):
                if name in (n, d.get("name")) or name in (d.get("aliases") or ()):
                    return "mechanism", [n]
        elif lv == "family":
            for n, d in _nodes(g, "MechanismFamily"):
                if name in (n, d.get("name"), d.get("en"), n.split("/", 1)[-1]):
                    return "family", [n]
        elif lv == "practice":
            ids = sorted(n for n, d in _nodes(g, "Practice") if match_key(d.get("name", "")) == key)
            if ids:
                return "practice", ids
    raise KgError(Errors.E601.format(name=name))


def case_hits(g: nx.MultiDiGraph, level: str, ids: list[str]) -> dict[str, dict[str, set[str]]]:
    """case id → {"mechanisms": names, "practices": names} that put it in the spread."""
    hits: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"mechanisms": set(), "practices": set()})
    if level == "practice":
        practices, mechanisms = set(ids), set()
    elif level == "mechanism":
        mechanisms = {m for i in ids for m in (i, *narrower(g, i))}
        practices = {p for m in mechanisms for p in _in(g, m, "INSTANCE_OF")}
    else:
        mechanisms = {m for f in ids for m in _in(g, f, "BROADER") if g.nodes[m].get("label") == "Mechanism"}
        practices = {p for f in ids for p in _in(g, f, "IN_FAMILY")}
    for m in mechanisms:
        for c in _in(g, m, "USES"):
            hits[c]["mechanisms"].add(g.nodes[m]["name"])
    for p in practices:
        for c in _in(g, p, "NAMES"):
            hits[c]["practices"].add(g.nodes[p]["name"])
            hits[c]["mechanisms"].update(g.nodes[m]["name"] for m in _out(g, p, "INSTANCE_OF") if m in mechanisms)
    return hits


def _national_name() -> str:
    from .config import load_toml

    return load_toml("layouts.toml")["series"]["national"][0]


def spread_rows(g: nx.MultiDiGraph, name: str, level: str | None = None) -> dict:
    """Where and when a practice, mechanism or family appears; ``level`` says which was found."""
    from .analytics import case_region_chain

    lv, ids = resolve(g, name, level)
    rows = []
    for c, hit in sorted(case_hits(g, lv, ids).items()):
        cd = g.nodes[c]
        chain = case_region_chain(g, c)
        rows.append({
            "level": lv,
            "mechanism": "|".join(sorted(hit["mechanisms"])),
            "practice": "|".join(sorted(hit["practices"])),
            "case_id": c,
            "competition": cd.get("competition") or "",
            "edition": cd.get("edition"),
            "tier": cd.get("tier_label", ""),
            "province": chain.get("province", {}).get("name", ""),
            "prefecture": chain.get("prefecture", {}).get("name", ""),
            "county": chain.get("county", {}).get("name", ""),
            "region_code": next((chain[k]["code"] for k in ("county", "prefecture", "province") if k in chain), ""),
            "subject": cd.get("subject", ""),
            "title": cd.get("title", ""),
        })
    rows.sort(key=lambda r: (r["competition"], r["edition"] is None, r["edition"] or 0, r["region_code"], r["case_id"]))
    levels: dict[str, set] = defaultdict(set)
    for r in rows:
        for k in ("province", "prefecture", "county"):
            if r[k]:
                levels[k].add(r[k])
    # editions are numbered within their competition and never mixed: per competition, and the
    # national series' (or the only competition's) as ``editions`` / ``first_edition``
    competitions: dict[str, list[int]] = {}
    for r in rows:
        if r["competition"]:
            eds = competitions.setdefault(r["competition"], [])
            if r["edition"] is not None and r["edition"] not in eds:
                eds.append(r["edition"])
    competitions = {k: sorted(v) for k, v in sorted(competitions.items())}
    main = _national_name() if _national_name() in competitions else (next(iter(competitions)) if len(competitions) == 1 else None)
    editions = competitions.get(main, []) if main else []
    if lv == "mechanism":
        mechanisms = [g.nodes[ids[0]]["name"]] + [g.nodes[m]["name"] for m in narrower(g, ids[0])]
    elif lv == "family":
        mechanisms = sorted(g.nodes[m]["name"] for f in ids for m in _in(g, f, "BROADER") if g.nodes[m].get("label") == "Mechanism")
    else:
        mechanisms = sorted({g.nodes[m]["name"] for p in ids for m in _out(g, p, "INSTANCE_OF")})
    return {
        "query": name, "kind": lv, "level": lv, "ids": ids, "found": [g.nodes[i]["name"] for i in ids],
        "mechanisms": mechanisms,
        "practices": sorted({p for r in rows for p in r["practice"].split("|") if p}),
        "rows": rows, "first_edition": editions[0] if editions else None, "editions": editions,
        "competitions": competitions,
        "provinces": sorted(levels["province"]), "prefectures": sorted(levels["prefecture"]),
        "counties": sorted(levels["county"]), "cases": sorted({r["case_id"] for r in rows}),
    }


def practice_table(g: nx.MultiDiGraph, unmapped: bool = False) -> list[dict]:
    """Every practice with its cases and the mechanism it maps to, or why none."""
    rows = []
    for p, d in _nodes(g, "Practice"):
        mech = _out(g, p, "INSTANCE_OF")
        if unmapped and mech:
            continue
        cases = _in(g, p, "NAMES")
        ev = next((e for _, _, e in g.out_edges(p, data=True) if e["type"] == "INSTANCE_OF"), {})
        rows.append({
            "practice": d["name"], "cases": cases, "subjects": [g.nodes[c].get("subject", "") for c in cases],
            "mechanism": "|".join(g.nodes[m]["name"] for m in mech), "evidence": ev.get("mapping", ""),
            "evidence_text": ev.get("text", ""), "family": d.get("family", ""),
            "why_no_mechanism": "" if mech else d.get("reason", ""), "place": d.get("place", ""), "id": p,
        })
    rows.sort(key=lambda r: (r["mechanism"] == "", r["mechanism"], r["practice"]))
    return rows


def similar_practices(g: nx.MultiDiGraph, min_score: float = 70.0, limit: int = 200) -> list[dict]:
    """Pairs of distinct practices of different cases whose names look alike, with a score; never merged.

    The score is rapidfuzz's normalised Indel similarity (``fuzz.ratio``, 0-100) of the
    names without quotes and punctuation, computed for all pairs at once (``process.cdist``).
    """
    from rapidfuzz import fuzz, process

    items = sorted((d["name"], p) for p, d in _nodes(g, "Practice"))
    if len(items) < 2:
        return []
    keys = [match_key(n) for n, _ in items]
    scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=min_score, workers=1)
    cases = {p: set(_in(g, p, "NAMES")) for _, p in items}
    rows = []
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            s = float(scores[i][j])
            (na, pa), (nb, pb) = items[i], items[j]
            if s < min_score or cases[pa] == cases[pb]:
                continue
            ma, mb = _out(g, pa, "INSTANCE_OF"), _out(g, pb, "INSTANCE_OF")
            rows.append({"practice_a": na, "practice_b": nb, "score": round(s, 1),
                         "same_mechanism": bool(ma) and ma == mb,
                         "cases": sorted(cases[pa] | cases[pb])})
    rows.sort(key=lambda r: (-r["score"], r["practice_a"], r["practice_b"]))
    return rows[:limit]
