"""Score a build against a labelled file (``kg eval GOLD.tsv``).

Gold file: UTF-8 TSV, ``#`` comment lines allowed, header row with the columns

``kind  edition  tier  rank  subject  title  region_code  org_domain  mechanisms``

* ``kind`` is ``award`` or ``narrative``; award rows are matched by
  (edition, tier code, rank), narrative rows by (subject, title);
* ``region_code`` is the deepest region's code (empty: no region);
* ``org_domain`` is the domain label (农村, 城市社区, …);
* ``mechanisms`` are canonical mechanism names joined with ``|`` (empty: none).

Scores: subject/title exact-match accuracy (award rows), region accuracy at the
deepest level, org-domain accuracy, and micro precision/recall/F1 of
(record, mechanism) pairs.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from .errors import Errors, KgError
from .export import case_rows
from .pipeline import Build

__all__ = ["GOLD_COLUMNS", "load_gold", "evaluate"]

GOLD_COLUMNS = ("kind", "edition", "tier", "rank", "subject", "title", "region_code", "org_domain", "mechanisms")


@dataclass(frozen=True)
class Score:
    name: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def load_gold(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        raise KgError(Errors.E005.format(path=path))
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    body = [(i + 1, line) for i, line in enumerate(lines) if line.strip() and not line.startswith("#")]
    if not body:
        raise KgError(Errors.E602.format(path=path, line=1, reason="no header row"))
    header_no, header = body[0]
    cols = header.split("\t")
    missing = [c for c in GOLD_COLUMNS if c not in cols]
    if missing:
        raise KgError(Errors.E602.format(path=path, line=header_no, reason=f"missing columns {missing}"))
    rows = []
    for no, line in body[1:]:
        cells = line.split("\t")
        if len(cells) != len(cols):
            raise KgError(Errors.E602.format(path=path, line=no, reason=f"{len(cells)} cells, expected {len(cols)}"))
        row = dict(zip(cols, cells))
        if row["kind"] not in ("award", "narrative"):
            raise KgError(Errors.E602.format(path=path, line=no, reason=f"kind must be award or narrative, not {row['kind']!r}"))
        row["_line"] = str(no)
        rows.append(row)
    return rows


def evaluate(b: Build, gold: list[dict[str, str]]) -> dict:
    tier_code = {e.tier_label: e.tier for p in b.parsed for e in p.entries}
    predicted = case_rows(b)
    awards = {(r["edition"], tier_code.get(r["tier"], r["tier"]), r["rank"]): r for r in predicted if r["kind"] == "award"}
    narratives = {(r["subject"], r["title"]): r for r in predicted if r["kind"] == "narrative"}
    parse_ok = region_ok = domain_ok = 0
    n_award = n = 0
    tp = fp = fn = 0
    missing: list[str] = []
    errors: list[dict] = []
    for g in gold:
        if g["kind"] == "award":
            p = awards.get((g["edition"], tier_code.get(g["tier"], g["tier"]), g["rank"]))
        else:
            p = narratives.get((g["subject"], g["title"]))
        if p is None:
            missing.append(f"line {g['_line']}: {g['kind']} {g['edition']} {g['tier']} {g['rank']} {g['subject']}")
            fn += len([m for m in g["mechanisms"].split("|") if m])
            n += 1
            n_award += g["kind"] == "award"
            continue
        n += 1
        if g["kind"] == "award":
            n_award += 1
            parse_ok += (p["subject"], p["title"]) == (g["subject"], g["title"])
        region_ok += p["region_code"] == g["region_code"]
        domain_ok += p["org_domain"] == g["org_domain"]
        gm = {m for m in g["mechanisms"].split("|") if m}
        pm = {m for m in p["mechanisms"].split("|") if m}
        tp += len(gm & pm)
        fp += len(pm - gm)
        fn += len(gm - pm)
        if p["region_code"] != g["region_code"] or p["org_domain"] != g["org_domain"] or gm != pm:
            errors.append({"line": int(g["_line"]), "subject": g["subject"], "title": g["title"],
                           "region": [g["region_code"], p["region_code"]], "domain": [g["org_domain"], p["org_domain"]],
                           "mechanisms_missed": sorted(gm - pm), "mechanisms_extra": sorted(pm - gm)})
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "records": n,
        "missing": missing,
        "parse": {"correct": parse_ok, "total": n_award, "accuracy": parse_ok / n_award if n_award else 0.0},
        "region": {"correct": region_ok, "total": n, "accuracy": region_ok / n if n else 0.0},
        "org_domain": {"correct": domain_ok, "total": n, "accuracy": domain_ok / n if n else 0.0},
        "mechanisms": {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1},
        "errors": errors,
    }
