"""Score award-list reading against a labelled file of entries (``kg eval tests/data/lists/gold.tsv``).

Gold file: UTF-8 TSV, ``#`` comment lines, header row with at least
``file  layout  competition  edition  year  tier  category  rank  subject  title  region_code``
(``file`` is relative to the gold file's folder; one row per award entry, an entry printed
twice in a page is one row). The documents are built together; every entry kg
reads in a document is matched to at most one gold row of that document: same
subject and title first, then the most similar title (character-bigram Dice ≥ 0.5)
with a compatible subject. Scores per layout and overall:

* found: matched gold rows / gold rows (recall); extra: unmatched entries / entries read;
* subject, title: exact (white space ignored; a title's marks that wrap all of it, “X” or 《X》, ignored) among matched rows;
* tier (the printed word), competition (series name), edition, year: exact among matched rows;
* region: the case's deepest region code equals the gold code;
* furniture narratives: narratives read in documents whose ``docs.tsv`` expects none.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from .errors import Errors, KgError
from .gold_tsv import gold_header, read_gold
from .ids import normalise
from .pipeline import Build
from .resolve import title_similarity
from .textnorm import simplify

__all__ = ["LIST_COLUMNS", "is_list_gold", "load_docs", "load_list_gold", "score_lists"]

LIST_COLUMNS = ("file", "layout", "competition", "edition", "year", "tier", "subject", "title", "region_code")
_FIELDS = ("subject", "title", "tier", "category", "competition", "edition", "year", "region")


def is_list_gold(path: Path) -> bool:
    header = gold_header(path)
    return header is not None and "file" in header and "layout" in header


def load_list_gold(path: Path) -> list[dict[str, str]]:
    return [row for _, row in read_gold(path, LIST_COLUMNS, pad=True)]


def load_docs(path: Path) -> list[dict[str, str]]:
    """``docs.tsv``: one row per document of a gold set (its ``file``; ``narratives_expected``, a whole number)."""
    rows = read_gold(path, ("file",), pad=True)
    for no, row in rows:
        n = row.get("narratives_expected", "")
        if n and not n.isdigit():
            raise KgError(Errors.E602.format(path=path, line=no, reason=f"narratives_expected must be a whole number, not {n!r}"))
    return [row for _, row in rows]


def _n(text: str) -> str:
    return normalise(simplify(text))


_WRAPPED = re.compile(r"^[“「\"《]([^“”「」\"《》]*)[”」\"》]$")


def _t(text: str) -> str:
    """A title for comparison: marks that wrap the whole title (“楼栋红管家”, 《…》) are a labelling convention."""
    t = _n(text)
    m = _WRAPPED.match(t)
    return m.group(1) if m else t


def _series(text: str) -> str:
    import re

    return re.sub(r"(?:评选|评比|活动|征集|展示)+$", "", re.sub(r"[“”\"《》「」]", "", _n(text)))


def _same_tier(a: str, b: str) -> bool:
    """The same tier: the same printed word, or words the tier lexicon gives one code (入围实地考察案例 = 入围实地考察)."""
    from .layouts.rules import rules

    a, b = _n(a), _n(b)
    if a == b:
        return True
    ta, tb = rules().tier(a), rules().tier(b)
    return ta.known and tb.known and ta.code == tb.code


def _match(gold: list[dict], got: list[dict]) -> list[tuple[dict, dict | None]]:
    pairs: list[tuple[dict, dict | None]] = []
    free = list(got)
    rest = []
    for g in gold:
        hit = next((e for e in free if _n(e["subject"]) == _n(g["subject"]) and _t(e["title"]) == _t(g["title"])), None)
        if hit is not None:
            free.remove(hit)
            pairs.append((g, hit))
        else:
            rest.append(g)
    for g in rest:
        best, score = None, 0.0
        for e in free:
            s = title_similarity(_t(e["title"]), _t(g["title"])) if g["title"] else 0.0
            gs, es = _n(g["subject"]), _n(e["subject"])
            subject_ok = not gs or not es or gs in es or es in gs or title_similarity(gs, es) >= 0.5
            if not g["title"] and gs and gs == es:
                s = 1.0
            if subject_ok and s > score:
                best, score = e, s
        if best is not None and score >= 0.5:
            free.remove(best)
            pairs.append((g, best))
        else:
            pairs.append((g, None))
    for e in free:
        pairs.append(({}, e))
    return pairs


def _read_entries(build: Build, base: Path) -> dict[str, list[dict]]:
    """Entries read per document (path relative to ``base``), with their case's region."""
    regions = {c.id: (c.region.deepest.code if c.region and c.region.deepest else "") for c in build.cases}
    out: dict[str, list[dict]] = defaultdict(list)
    for p in build.parsed:
        try:
            rel = Path(p.document.path).resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            rel = p.document.name
        for e in p.entries:
            cid = build.record_case.get(f"e:{e.span.doc_id}:{e.span.start}", "")
            comp = e.competition.name if e.competition else "全国基层党建创新典型案例"
            out[rel].append({"subject": e.subject, "title": e.title, "tier": e.tier_label, "category": e.category,
                             "competition": comp, "edition": "" if e.edition is None else str(e.edition),
                             "year": "" if e.year is None else str(e.year), "region": regions.get(cid, ""),
                             "case": cid})
    return out


def score_lists(build: Build, gold: list[dict[str, str]], base: Path, docs: list[dict[str, str]] | None = None) -> dict:
    """Scores per layout and overall (see the module docstring); ``docs`` is docs.tsv when present."""
    read = _read_entries(build, base)
    by_file: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        by_file[g["file"]].append(g)
    layout_of = {f: rows[0]["layout"] for f, rows in by_file.items()}
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses = []
    for f in sorted(set(by_file) | set(read)):
        lay = layout_of.get(f, "(no gold)")
        for g, e in _match(by_file.get(f, []), read.get(f, [])):
            for key in (lay, "all"):
                st = stats[key]
                if g and e is None:
                    st["gold"] += 1
                    continue
                if not g:
                    st["extra"] += 1
                    st["read"] += 1
                    continue
                st["gold"] += 1
                st["read"] += 1
                st["found"] += 1
                checks = {
                    "subject": _n(e["subject"]) == _n(g["subject"]),
                    "title": _t(e["title"]) == _t(g["title"]),
                    "tier": _same_tier(e["tier"], g["tier"]),
                    "category": _n(e["category"]) == _n(g.get("category", "")),
                    "competition": (_series(e["competition"]) == _series(g["competition"])) if g["competition"] else True,
                    "edition": e["edition"] == g["edition"],
                    "year": e["year"] == g["year"] or not g["year"],
                    "region": e["region"] == g["region_code"],
                }
                for k, ok in checks.items():
                    st[k] += ok
                if key == "all":
                    bad = [k for k, ok in checks.items() if not ok]
                    if bad:
                        misses.append({"file": f, "wrong": bad, "gold": g, "read": e})
            if key == "all" and (not g or e is None):
                misses.append({"file": f, "wrong": ["missing" if e is None else "extra"], "gold": g, "read": e})
    narratives = 0
    if docs:
        expect = {d["file"]: int(d.get("narratives_expected") or 0) for d in docs}
        for p in build.parsed:
            try:
                rel = Path(p.document.path).resolve().relative_to(base.resolve()).as_posix()
            except ValueError:
                continue
            if rel in expect and expect[rel] == 0:
                narratives += len(p.narratives)
    table = []
    for key in sorted(stats, key=lambda k: (k == "all", k)):
        st = stats[key]
        row = {"layout": key, "gold": st["gold"], "read": st["read"],
               "found": round(st["found"] / st["gold"], 3) if st["gold"] else 0.0,
               "extra": round(st["extra"] / st["read"], 3) if st["read"] else 0.0}
        for k in _FIELDS:
            row[k] = round(st[k] / st["found"], 3) if st["found"] else 0.0
        table.append(row)
    return {"layouts": table, "furniture_narratives": narratives, "misses": misses}


def evaluate_list_gold(gold: Path, inputs: list[Path] | None = None) -> dict:
    """Build the documents a list gold file names (or ``inputs``) and score them against it.

    ``docs.tsv`` beside the gold file, when present, says which documents expect no narrative.
    """
    from .pipeline import build

    rows = load_list_gold(gold)
    base = gold.parent
    docs = None
    if (base / "docs.tsv").exists():
        docs = load_docs(base / "docs.tsv")
    files = list(inputs) if inputs else sorted({base / g["file"] for g in rows} | {base / d["file"] for d in docs or []})
    return score_lists(build(files), rows, base, docs)
