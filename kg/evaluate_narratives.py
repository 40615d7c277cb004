"""Score narrative reading against a labelled folder (``kg eval tests/data/narratives/gold.tsv``).

Gold file: UTF-8 TSV, ``#`` comment lines, header row with at least ``file kind subject title
region_code place key_practice doc_date sections same_case_as must_not_merge_with`` (one row per
document of the gold file's folder; see tests/data/narratives/README.md).

Scores, over the documents the gold file labels:

* found: ``case`` rows that became exactly one narrative; false: narratives read from
  ``several``/``none`` documents (page furniture, round-ups, notices);
* per found case: subject (same printed unit after simplification, 中共 dropped), title,
  region (deepest code), key practice, date, sections (kinds of printed headings);
* merges: ``same_case_as`` pairs in one case (right) and ``must_not_merge_with`` pairs in one
  case (wrong);
* also, not part of the narrative reading itself: organisation domain accuracy and mechanism
  precision/recall over (case, mechanism) pairs (the graph's USES edges).

Figures are given overall and per title layout (the narrative's ``heading_form``).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .errors import KgError
from .gold_tsv import gold_header, read_gold
from .ids import normalise
from .pipeline import Build
from .textnorm import simplify

__all__ = ["NARRATIVE_COLUMNS", "is_narrative_gold", "load_narrative_gold", "score_narratives", "table_rows"]

NARRATIVE_COLUMNS = ("file", "kind", "subject", "title", "region_code", "key_practice", "doc_date", "sections",
                     "same_case_as", "must_not_merge_with")
_FIELDS = ("subject", "title", "region", "practice", "date", "sections", "domain")


def is_narrative_gold(path: Path) -> bool:
    """A gold file of narrative documents (its header names ``kind`` and ``same_case_as``)."""
    try:
        header = gold_header(path)
    except KgError:
        return False
    return header is not None and "file" in header and "same_case_as" in header


def load_narrative_gold(path: Path) -> list[dict[str, str]]:
    return [row for _, row in read_gold(path, NARRATIVE_COLUMNS, pad=True)]


def _unit(s: str) -> str:
    return normalise(simplify(s)).removeprefix("中共")


def _sections(n) -> str:
    kinds = [s.kind for s in n.sections if s.heading and s.kind != "body"]
    return "|".join(dict.fromkeys(kinds))


def score_narratives(build: Build, gold: list[dict[str, str]], base: Path) -> dict:
    """Scores overall and per layout, merges, and the misses (see the module docstring)."""
    by_file: dict[str, list] = defaultdict(list)
    for p in build.parsed:
        try:
            rel = Path(p.document.path).resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
        by_file[rel].extend(p.narratives)
    case_of: dict[str, str] = {}  # file → case id of its narrative
    for p in build.parsed:
        for n in p.narratives:
            cid = build.record_case.get(f"n:{n.span.doc_id}:{n.span.start}", "")
            try:
                rel = Path(p.document.path).resolve().relative_to(base.resolve()).as_posix()
            except ValueError:
                continue
            case_of.setdefault(rel, cid)
    region_of = {c.id: (c.region.deepest.code if c.region and c.region.deepest else "") for c in build.cases}
    domain_of = {c.id: (c.domain.label if c.domain else "") for c in build.cases}
    names = {n.id: str(n.get("name", "")) for n in build.nodes if n.label == "Mechanism"}
    uses: dict[str, set[str]] = defaultdict(set)
    for e in build.edges:
        if e.type == "USES":
            uses[e.source].add(names.get(e.target, e.target))
    mech = {"tp": 0, "fp": 0, "fn": 0}
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses = []
    for g in gold:
        f = g["file"]
        ns = by_file.get(f, [])
        if g["kind"] != "case":
            stats["all"]["not_case"] += 1
            stats["all"]["false"] += len(ns)
            if ns:
                misses.append({"file": f, "wrong": ["false narrative"], "read": [n.title for n in ns]})
            continue
        stats["all"]["gold"] += 1
        if len(ns) != 1:
            misses.append({"file": f, "wrong": [f"{len(ns)} narratives"]})
            continue
        n = ns[0]
        cid = case_of.get(f, "")
        checks = {
            "subject": _unit(n.subject) == _unit(g["subject"]),
            "title": normalise(simplify(n.title)) == normalise(simplify(g["title"])),
            "region": region_of.get(cid, "") == g["region_code"],
            "practice": normalise(n.practice) == normalise(simplify(g["key_practice"])),
            "date": n.date == g["doc_date"],
            "sections": _sections(n) == g["sections"],
        }
        if "org_domain" in g:
            checks["domain"] = domain_of.get(cid, "") == g["org_domain"]
        if "mechanisms" in g:
            want, got = set(filter(None, g["mechanisms"].split("|"))), uses.get(cid, set())
            mech["tp"] += len(want & got)
            mech["fp"] += len(got - want)
            mech["fn"] += len(want - got)
        for key in ("all", n.heading_form):
            st = stats[key]
            if key != "all":
                st["gold"] += 1
            st["found"] += 1
            for k, ok in checks.items():
                st[k] += ok
        bad = [k for k, ok in checks.items() if not ok]
        if bad:
            misses.append({"file": f, "layout": n.heading_form, "wrong": bad,
                           "read": {"subject": n.subject, "title": n.title, "region": region_of.get(cid, ""),
                                    "practice": n.practice, "date": n.date, "sections": _sections(n)}})
    merges = {"right": 0, "expected": 0, "wrong": 0, "near_pairs": 0}
    seen_pairs = set()
    for g in gold:
        f = g["file"]
        if g["same_case_as"]:
            merges["expected"] += 1
            other = g["same_case_as"]
            target = other if other.startswith("case/") else case_of.get(other)
            if target and case_of.get(f) and case_of.get(f) == target:
                merges["right"] += 1
            else:
                misses.append({"file": f, "wrong": ["not merged with " + other], "case": case_of.get(f, "")})
        for other in filter(None, g["must_not_merge_with"].split("|")):
            pair = tuple(sorted((f, other)))
            if pair in seen_pairs:
                continue
            seen_pairs.add(pair)
            merges["near_pairs"] += 1
            if case_of.get(f) and case_of.get(f) == case_of.get(other):
                merges["wrong"] += 1
                misses.append({"file": f, "wrong": ["merged with " + other]})
    table = []
    for key in sorted(stats, key=lambda k: (k == "all", k)):
        st = stats[key]
        row = {"layout": key, "gold": st["gold"], "found": round(st["found"] / st["gold"], 3) if st["gold"] else 0.0}
        for k in _FIELDS:
            row[k] = round(st[k] / st["found"], 3) if st["found"] else 0.0
        table.append(row)
    p = mech["tp"] / (mech["tp"] + mech["fp"]) if mech["tp"] + mech["fp"] else 0.0
    rc = mech["tp"] / (mech["tp"] + mech["fn"]) if mech["tp"] + mech["fn"] else 0.0
    mech.update(precision=round(p, 3), recall=round(rc, 3))
    return {"layouts": table, "false_narratives": stats["all"]["false"], "not_case_documents": stats["all"]["not_case"],
            "merges": merges, "mechanisms": mech, "misses": misses}


def table_rows(result: dict) -> list[dict]:
    """One row per layout plus the merge and false-narrative figures, all with the same columns."""
    rows = [dict(r) for r in result["layouts"]]
    m = result["merges"]
    blank = {k: "" for k in rows[0]} if rows else {"layout": ""}
    rows.append({**blank, "layout": "merges right", "gold": m["expected"], "found": m["right"]})
    rows.append({**blank, "layout": "merges wrong (near-miss pairs)", "gold": m["near_pairs"], "found": m["wrong"]})
    rows.append({**blank, "layout": "false narratives (several/none docs)", "gold": result["not_case_documents"],
                 "found": result["false_narratives"]})
    mc = result["mechanisms"]
    rows.append({**blank, "layout": "mechanisms (case pairs) P / R", "gold": mc["tp"] + mc["fn"],
                 "found": f"{mc['precision']} / {mc['recall']}"})
    return rows
