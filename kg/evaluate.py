"""Score a build against a labelled file (``kg eval GOLD.tsv``).

Gold file: UTF-8 TSV, ``#`` comment lines allowed, header row with the columns

``kind  edition  tier  rank  subject  title  region_code  org_domain  mechanisms``

* ``kind`` is ``award`` or ``narrative``; award rows are matched by
  (edition, tier code, rank), narrative rows by (subject, title);
* ``region_code`` is the deepest region's code (empty: no region);
* ``org_domain`` is the domain label (农村, 城市社区, …);
* ``mechanisms`` are canonical mechanism names joined with ``|`` (empty: none);
* ``practices`` (optional column) are the named practices printed in the record's
  title, joined with ``|`` (empty: none).

Scores: subject/title exact-match accuracy (award rows), region accuracy at the
deepest level, org-domain accuracy, micro precision/recall/F1 of (record,
mechanism) pairs (both sides closed under the thesaurus's broader relation), of
(record, practice) pairs (names compared after normalisation: simplified, half
width, no quotes or punctuation, no trailing 活动; ``lenient`` also accepts one name
containing the other), and the precision of practice → mechanism mappings (a
mapping is right when the gold row lists that mechanism).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import Errors, KgError
from .export import case_rows
from .extract.mechanisms import load_lexicon
from .extract.practices import match_key
from .gold_tsv import read_gold
from .pipeline import Build

__all__ = ["GOLD_COLUMNS", "load_gold", "evaluate", "summary_rows", "record_practices"]

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
    rows = []
    for no, row in read_gold(path, GOLD_COLUMNS, pad=False):
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
    lex = load_lexicon()
    closure = _closure(lex)
    by_rec = record_practices(b)
    rec_key = {_record_key(b, r): r.key for r in b.records}
    has_practices = any("practices" in g for g in gold)
    pr = {"tp": 0, "fp": 0, "fn": 0, "lenient_tp": 0, "lenient_fp": 0, "lenient_fn": 0}
    maps = {"correct": 0, "total": 0, "wrong": []}
    titles_without: list[str] = []
    practice_errors: list[dict] = []
    for g in gold:
        if g["kind"] == "award":
            key = (g["edition"], tier_code.get(g["tier"], g["tier"]), g["rank"])
            p = awards.get(key)
        else:
            key = (g["subject"], g["title"])
            p = narratives.get(key)
        if has_practices:
            found = by_rec.get(rec_key.get((g["kind"], *key), ""), [])
            _score_practices(g, found, pr, maps, titles_without, practice_errors, closure)
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
        gm = closure({m for m in g["mechanisms"].split("|") if m})
        pm = closure({m for m in p["mechanisms"].split("|") if m})
        tp += len(gm & pm)
        fp += len(pm - gm)
        fn += len(gm - pm)
        if p["region_code"] != g["region_code"] or p["org_domain"] != g["org_domain"] or gm != pm:
            errors.append({"line": int(g["_line"]), "subject": g["subject"], "title": g["title"],
                           "region": [g["region_code"], p["region_code"]], "domain": [g["org_domain"], p["org_domain"]],
                           "mechanisms_missed": sorted(gm - pm), "mechanisms_extra": sorted(pm - gm)})
    precision, recall, f1 = _prf(tp, fp, fn)
    extra = {}
    if has_practices:
        ep, er, ef = _prf(pr["tp"], pr["fp"], pr["fn"])
        lp, lr, lf = _prf(pr["lenient_tp"], pr["lenient_fp"], pr["lenient_fn"])
        extra = {
            "practices": {"tp": pr["tp"], "fp": pr["fp"], "fn": pr["fn"], "precision": ep, "recall": er, "f1": ef,
                          "lenient": {"tp": pr["lenient_tp"], "fp": pr["lenient_fp"], "fn": pr["lenient_fn"],
                                      "precision": lp, "recall": lr, "f1": lf},
                          "titles_with_practice_but_none_found": titles_without, "errors": practice_errors},
            "mappings": {"correct": maps["correct"], "total": maps["total"],
                         "precision": maps["correct"] / maps["total"] if maps["total"] else 0.0, "wrong": maps["wrong"]},
        }
    return {**extra,
        "records": n,
        "missing": missing,
        "parse": {"correct": parse_ok, "total": n_award, "accuracy": parse_ok / n_award if n_award else 0.0},
        "region": {"correct": region_ok, "total": n, "accuracy": region_ok / n if n else 0.0},
        "org_domain": {"correct": domain_ok, "total": n, "accuracy": domain_ok / n if n else 0.0},
        "mechanisms": {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1},
        "errors": errors,
    }


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _closure(lex):
    """Close a set of mechanism names under skos:broader (家庭党校 → 基层党校)."""
    by_name = {e.name: e.id for e in lex.entries.values()}

    def close(names: set[str]) -> set[str]:
        out = set(names)
        for n in names:
            if n in by_name:
                out.update(lex.entries[a].name for a in lex.ancestors(by_name[n]))
        return out

    return close


def _record_key(b: Build, r) -> tuple:
    if r.entry is not None:
        return ("award", str(r.entry.edition), r.entry.tier, str(r.entry.rank))
    return ("narrative", r.narrative.subject, r.narrative.title)


def record_practices(b: Build) -> dict[str, list]:
    """The practice mentions read from each record's own title, by record key."""
    by_case = {c.id: c for c in b.cases}
    out: dict[str, list] = {}
    for r in b.records:
        ts = r.entry.title_span if r.entry else r.narrative.heading_span
        case = by_case[b.record_case[r.key]]
        out[r.key] = [m for m in case.practices if m.span.doc_id == ts.doc_id and ts.start <= m.span.start < ts.end]
    return out


def _lenient(a: str, pool: set[str]) -> bool:
    return any(a in x or x in a for x in pool)


def _score_practices(g, found, pr, maps, titles_without, practice_errors, closure) -> None:
    gold = {match_key(x) for x in g.get("practices", "").split("|") if x}
    pred = {match_key(m.name) for m in found}
    pr["tp"] += len(gold & pred)
    pr["fp"] += len(pred - gold)
    pr["fn"] += len(gold - pred)
    pr["lenient_tp"] += sum(1 for x in gold if _lenient(x, pred))
    pr["lenient_fn"] += sum(1 for x in gold if not _lenient(x, pred))
    pr["lenient_fp"] += sum(1 for x in pred if not _lenient(x, gold))
    if gold and not pred:
        titles_without.append(f"line {g['_line']}: {g['title']}")
    if gold != pred:
        practice_errors.append({"line": int(g["_line"]), "title": g["title"], "missed": sorted(gold - pred),
                                "extra": sorted(pred - gold)})
    from .extract.thesaurus import map_name

    gm = closure({m for m in g["mechanisms"].split("|") if m})
    lex = load_lexicon()
    for m in found:
        if m.status != "practice":
            continue
        mp = map_name(m.name, lex)
        if mp is None:
            continue
        name = lex.entries[mp.mechanism].name
        maps["total"] += 1
        if name in gm:
            maps["correct"] += 1
        else:
            maps["wrong"].append(f"line {g['_line']}: {m.name} → {name}")


def summary_rows(r: dict) -> list[dict]:
    """The table ``kg eval`` prints."""
    rows = [
        {"extractor": "parse (subject+title)", "precision": "", "recall": "", "accuracy": f"{r['parse']['accuracy']:.3f}", "n": r["parse"]["total"]},
        {"extractor": "region (deepest level)", "precision": "", "recall": "", "accuracy": f"{r['region']['accuracy']:.3f}", "n": r["region"]["total"]},
        {"extractor": "org domain", "precision": "", "recall": "", "accuracy": f"{r['org_domain']['accuracy']:.3f}", "n": r["org_domain"]["total"]},
        {"extractor": "mechanisms", "precision": f"{r['mechanisms']['precision']:.3f}", "recall": f"{r['mechanisms']['recall']:.3f}",
         "accuracy": f"F1 {r['mechanisms']['f1']:.3f}", "n": r["mechanisms"]["tp"] + r["mechanisms"]["fn"]},
    ]
    if "practices" in r:
        p, lp, mp = r["practices"], r["practices"]["lenient"], r["mappings"]
        rows += [
            {"extractor": "practices (normalised name)", "precision": f"{p['precision']:.3f}", "recall": f"{p['recall']:.3f}",
             "accuracy": f"F1 {p['f1']:.3f}", "n": p["tp"] + p["fn"]},
            {"extractor": "practices (lenient: containment)", "precision": f"{lp['precision']:.3f}", "recall": f"{lp['recall']:.3f}",
             "accuracy": f"F1 {lp['f1']:.3f}", "n": lp["tp"] + lp["fn"]},
            {"extractor": "titles naming a practice, none found", "precision": "", "recall": "",
             "accuracy": str(len(p["titles_with_practice_but_none_found"])), "n": ""},
            {"extractor": "practice → mechanism mappings", "precision": f"{mp['precision']:.3f}", "recall": "",
             "accuracy": f"{mp['correct']}/{mp['total']}", "n": mp["total"]},
        ]
    return rows
