"""Region extractor: a case subject → province → prefecture → county, with codes.

The administrative units come from cpca's gazetteer (``cpca/resources/adcodes.csv``);
names of the 2009–2012 period, aliases, misprints and organisations whose name
implies a place are data in ``schema/regions.tsv``.

A subject is read left to right as a chain of units, each inside the one before
(浙江 → 台州 → 椒江). Short forms without suffix (杨浦, 翁源) are accepted for
counties only inside a province or prefecture named before them; an ambiguous
name (市中区, 上饶 as 市 or 县) is decided by that context and by rules that are
reported, never by first match. Whatever follows the chain is kept as the
case's place when it names a township, street or community (吕巷镇, 五里桥街道).
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import os
import re
from dataclasses import dataclass

from ..config import load_toml, schema_path
from ..errors import Errors, problem
from ..model import Problem, RegionMatch, RegionUnit, Span

__all__ = ["Gazetteer", "load_gazetteer", "resolve_region", "EDITION_YEAR"]

#: The year each edition's results were announced, for period-valid names.
EDITION_YEAR = {1: 2010, 2: 2012}

_PSEUDO = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
_PROVINCE_SUFFIX = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_PREF_SUFFIX = ("地区", "市", "盟")
_COUNTY_SUFFIX = ("林区", "特区", "县", "区", "市", "旗")
_ETHNIC = re.compile(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,6}?族)+自治(县|州|旗)$")
_PLACE_SUFFIX = r"(?:镇|乡|街道|社区|村|路|新城|开发区|科技园|工业园|园区|师\d*团|\d+团)"
_PLACE_WHOLE = re.compile(rf"^(.{{0,14}}{_PLACE_SUFFIX})$")
_PLACE = re.compile(rf"^(.{{1,12}}?{_PLACE_SUFFIX})")


@dataclass(frozen=True, slots=True)
class _Form:
    code: str
    kind: str  # full, short, alias, historical, period, typo
    valid_until: int | None = None


@dataclass(frozen=True)
class Gazetteer:
    units: dict[str, RegionUnit]
    forms: dict[str, tuple[_Form, ...]]
    orgs: tuple[tuple[str, str], ...]  # org name → code ("" = no region), longest first
    typos: tuple[tuple[str, str], ...]  # misprint → code
    max_len: int

    def chain(self, code: str) -> tuple[RegionUnit, ...]:
        out = []
        u: RegionUnit | None = self.units.get(code)
        while u is not None:
            out.append(u)
            u = self.units.get(u.parent) if u.parent else None
        return tuple(reversed(out))

    def is_within(self, code: str, ancestor: str) -> bool:
        return any(u.code == ancestor for u in self.chain(code)[:-1])


def _short_forms(name: str, level: str) -> list[str]:
    m = _ETHNIC.match(name)
    if m:
        base = m.group(1)
        return [base, base + {"县": "县", "州": "州", "旗": "旗"}[m.group(2)]]
    suffixes = {"province": _PROVINCE_SUFFIX, "prefecture": _PREF_SUFFIX, "county": _COUNTY_SUFFIX}[level]
    for suf in suffixes:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return [name[: -len(suf)]]
    return []


def _adcodes_path() -> str:
    """cpca's gazetteer file, found without importing cpca (whose import pulls in pandas and
    pkg_resources: ~0.1 s that kg does not need; kg reads only the data)."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the cpca package (the gazetteer) is not installed: pip install cpca")
    return os.path.join(next(iter(spec.submodule_search_locations)), "resources", "adcodes.csv")


@functools.cache
def load_gazetteer() -> Gazetteer:
    units: dict[str, RegionUnit] = {}
    with open(_adcodes_path(), encoding="utf-8") as fh:
        rows = [(r["adcode"][:6], r["name"]) for r in csv.DictReader(fh)]
    real = {code: name for code, name in rows if name not in _PSEUDO}
    for code, name in sorted(real.items()):
        if code.endswith("0000"):
            level, parent = "province", None
        elif code.endswith("00"):
            level, parent = "prefecture", code[:2] + "0000"
        else:
            level = "county"
            pref = code[:4] + "00"
            parent = pref if pref in real else code[:2] + "0000"
        units[code] = RegionUnit(code=code, name=name, level=level, parent=parent)  # type: ignore[arg-type]
    forms: dict[str, list[_Form]] = {}

    def add(form: str, f: _Form) -> None:
        lst = forms.setdefault(form, [])
        if f not in lst:
            lst.append(f)

    for code, u in units.items():
        add(u.name, _Form(code, "full"))
        for s in _short_forms(u.name, u.level):
            add(s, _Form(code, "short"))
    orgs: dict[str, str] = {}
    with open(schema_path("regions.tsv"), encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        kind, form, code = row["kind"], row["form"], row["code"]
        until = int(row["valid_until"]) if row["valid_until"] else None
        if kind == "org":
            orgs[form] = code
            continue
        if kind in ("historical", "unit", "period"):
            if code not in units or kind != "historical" or units[code].name != row["name"]:
                units.setdefault(
                    code,
                    RegionUnit(
                        code=code,
                        name=row["name"],
                        level=row["level"],  # type: ignore[arg-type]
                        parent=row["parent"] or None,
                        current_code=row["current_code"] or None,
                        current_name=row["current_name"] or None,
                        historical=kind != "unit",
                    ),
                )
            if kind == "historical" and units[code].current_code is None:
                u = units[code]
                units[code] = RegionUnit(u.code, u.name, u.level, u.parent, row["current_code"] or None, row["current_name"] or None, True)
        add(form, _Form(code, kind, until))
    max_len = max(len(f) for f in forms)
    typos = tuple(sorted((form, fs[0].code) for form, fs in forms.items() if any(f.kind == "typo" for f in fs)))
    org_items = tuple(sorted(orgs.items(), key=lambda kv: (-len(kv[0]), kv[0])))
    return Gazetteer(units, {k: tuple(v) for k, v in forms.items()}, org_items, typos, max_len)


@dataclass(frozen=True, slots=True)
class _Step:
    unit: RegionUnit
    start: int
    end: int
    form: _Form


def _candidates(g: Gazetteer, text: str, i: int) -> list[tuple[int, _Form]]:
    out = []
    for length in range(min(g.max_len, len(text) - i), 1, -1):
        for f in g.forms.get(text[i : i + length], ()):
            out.append((length, f))
    return out


def _chains(g: Gazetteer, text: str, i: int, prev: RegionUnit | None, year: int | None) -> list[list[_Step]]:
    """Every hierarchy-consistent chain of units starting at ``i`` (including the empty one)."""
    results: list[list[_Step]] = [[]]
    for length, f in _candidates(g, text, i):
        if f.kind == "period" and (year is None or year >= (f.valid_until or 0)):
            continue
        u = g.units.get(f.code)
        if u is None:
            continue
        if prev is not None:
            if not g.is_within(u.code, prev.code):
                continue
        elif f.kind == "short" and u.level == "county":
            continue  # a bare county short form (中原, 市中) needs a province or prefecture before it
        if f.kind != "full" and _words()[0].match(text, i + length):
            continue  # 辽宁路街道: a street named after a place
        step = _Step(u, i, i + length, f)
        for rest in _chains(g, text, i + length, u, year):
            results.append([step, *rest])
    return results


@functools.lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern]:
    w = load_toml("regions.toml")
    alt = lambda ws: re.compile("|".join(map(re.escape, sorted(ws, key=len, reverse=True))))  # noqa: E731
    return alt(w["street_after_place"]), alt(w["branch_after_county"])


def _inner_place(g: Gazetteer, text: str, pos: int, unit: RegionUnit) -> list[_Step]:
    """A deeper place printed further inside a unit's name, within ``unit``: 陕西燃气集团|榆林|分公司.

    Full names of any level and prefecture short names are read anywhere after ``pos``; a county's
    short name only before a branch word (官渡分局). The first such place wins, and its own chain goes on.
    """
    street, branch = _words()
    for i in range(pos, len(text) - 1):
        for length, f in _candidates(g, text, i):
            u = g.units.get(f.code)
            if u is None or f.kind not in ("full", "short", "alias") or not g.is_within(u.code, unit.code):
                continue
            end = i + length
            if f.kind != "full" and street.match(text, end):
                continue
            if f.kind == "full" and length < 3:
                continue  # 城区, 郊区, 矿区: generic names several prefectures give a district (大同市平城区)
            if f.kind == "full" or u.level == "prefecture" or branch.match(text, end):
                step = _Step(u, i, end, f)
                return [step, *_inner_place(g, text, end, u)] if u.level != "county" else [step]
    return []


def _score(chain: list[_Step]) -> tuple:
    consumed = chain[-1].end if chain else 0
    fulls = sum(1 for s in chain if s.form.kind != "short")
    # prefer a higher level at the end when a short name is both a prefecture and a county (上饶)
    level_rank = {"province": 2, "prefecture": 1, "county": 0}[chain[-1].unit.level] if chain else 0
    return (consumed, fulls, level_rank)


def resolve_region(
    subject: str,
    span: Span | None = None,
    source: str = "",
    edition: int | None = None,
    g: Gazetteer | None = None,
    year: int | None = None,
) -> tuple[RegionMatch | None, list[Problem]]:
    """Resolve one printed subject to its region chain.

    >>> m, _ = resolve_region("浙江台州椒江")
    >>> [u.name for u in m.units], m.rule
    (['浙江省', '台州市', '椒江区'], 'short')
    >>> m, _ = resolve_region("上海金山区吕巷镇")
    >>> m.deepest.code, m.place
    ('310116', '吕巷镇')
    """
    g = g or load_gazetteer()
    problems: list[Problem] = []
    text = subject.strip()
    rule_notes: list[str] = []
    masked = text.startswith(("**", "＊＊"))
    if masked:
        text = text.lstrip("*＊")
    year = year if year is not None else (EDITION_YEAR.get(edition) if edition else None)
    # organisations named in the lexicon
    for org, code in g.orgs:
        if org in text:
            if not code:
                problems.append(problem(Errors.I405, "info", source, subject=subject))
                return None, problems
            units = g.chain(code)
            _historical_note(units, subject, source, problems)
            return RegionMatch(units, "", "org", org, span), problems
    # misprints
    for form, code in g.typos:
        if form in text:
            fixed = g.units[code].name
            problems.append(problem(Errors.W403, "warning", source, subject=subject, typo=form, fixed=fixed))
            rule_notes.append("typo")
    best: list[_Step] = []
    best_start = 0
    for start in range(0, min(len(text), 4)):
        if start == 1:
            continue  # a name one character in starts inside a word (天|河南街道, 雷|山西江): never a reading
        chains = _chains(g, text, start, None, year)
        chains = [c for c in chains if c]
        if not chains:
            continue
        chains.sort(key=_score, reverse=True)
        top = _score(chains[0])
        tied = [c for c in chains if _score(c) == top]
        chosen = tied[0]
        if len({c[-1].unit.code for c in tied}) > 1:
            # still ambiguous: keep only what every reading agrees on
            common = _common_prefix(tied)
            names = ", ".join(sorted(f"{c[-1].unit.name}({c[-1].unit.code})" for c in tied))
            chosen = common
            problems.append(
                problem(Errors.I402, "info", source, subject=subject, name=text[tied[0][-1].start : tied[0][-1].end],
                        candidates=names, chosen=(chosen[-1].unit.name if chosen else "none"), rule="common ancestor")
            )
        elif len(chains) > 1:
            _report_decided(g, text, chains, chosen, subject, source, problems)
        best, best_start = chosen, start
        break
    if not best:
        problems.append(problem(Errors.W401, "warning", source, subject=subject))
        return None, problems
    matched = text[best_start : best[-1].end]
    if best[-1].unit.level != "county":
        best = best + _inner_place(g, text, best[-1].end, best[-1].unit)
    units = g.chain(best[-1].unit.code)
    kinds = {s.form.kind for s in best}
    rule = next((k for k in ("typo", "period", "historical", "alias") if k in kinds or k in rule_notes), None)
    rule = rule or ("short" if "short" in kinds else "full")
    if masked:
        rule = "masked+" + rule
        problems.append(problem(Errors.W408, "warning", source, subject=subject, masked=subject, read=" ".join(u.name for u in units)))
    _historical_note(units, subject, source, problems)
    residual = text[best[-1].end :]
    pm = _PLACE_WHOLE.match(residual) or _PLACE.match(residual)
    place = pm.group(1) if pm else ""
    return RegionMatch(units, place, rule, matched, span), problems


def _common_prefix(chains: list[list[_Step]]) -> list[_Step]:
    out: list[_Step] = []
    for steps in zip(*chains):
        if len({s.unit.code for s in steps}) == 1:
            out.append(steps[0])
        else:
            break
    return out


def _report_decided(g, text, chains, chosen, subject, source, problems) -> None:
    """Report when the same printed name had readings as different units."""
    last = chosen[-1]
    alternatives = sorted(
        {c[-1].unit.code for c in chains if c and c[-1].start == last.start and c[-1].end == last.end and c[-1].unit.code != last.unit.code}
    )
    if alternatives:
        names = ", ".join(f"{g.units[c].name}({c})" for c in alternatives)
        rule = "context" if len(chosen) > 1 else "higher level preferred"
        if last.form.kind == "period":
            rule = "name valid in the edition's year"
        problems.append(
            problem(Errors.I402, "info", source, subject=subject, name=text[last.start : last.end],
                    candidates=f"{last.unit.name}({last.unit.code}); also {names}", chosen=last.unit.name, rule=rule)
        )


def _historical_note(units, subject, source, problems) -> None:
    for u in units:
        if u.historical and u.current_code:
            problems.append(
                problem(Errors.I404, "info", source, subject=subject, name=u.name, code=u.code,
                        valid="2009–2012", current=f"{u.current_name}({u.current_code})")
            )
