"""The place a document is about, from the places its words name (kg/layouts/context.py gathers the evidence).

:func:`first_place` finds the first place a phrase names (with the nested names printed right after it);
:func:`deepest_place` weighs the pieces of evidence (the competition's own words first, the page's after).
Word lists are data in ``schema/regions.toml``.
"""

from __future__ import annotations

import functools
import re

from ..config import load_toml

__all__ = ["first_place", "deepest_place"]


def first_place(text: str, county_short: bool = False) -> str:
    """The first place a phrase names by its full gazetteer name, or a province/prefecture short name.

    ``county_short``: a county's short name counts too when no other county shares it (a dateline's
    昆山讯, an outlet's 余姚日报). A short name before 街道/镇/路 … names a township or a street, not the place.

    >>> first_place("中共唐山市委组织部"), first_place("第五届全市机关党建创新案例"), first_place("第三届上海基层党建创新案例")
    ('唐山市', '', '上海')
    >>> first_place("玉林街道社区党建大赛"), first_place("昆山", True), first_place("中共合肥市庐阳区委")
    ('', '昆山', '合肥市庐阳区')
    """
    from ..extract.regions import load_gazetteer

    g = load_gazetteer()
    after = _not_place_after()
    for i in range(len(text)):
        for k in range(min(9, len(text) - i), 1, -1):
            forms = g.today(text[i : i + k])
            for f in forms:
                u = g.units.get(f.code)
                if u is None:
                    continue
                if f.kind != "full" and after.match(text, i + k):
                    continue
                if f.kind == "full" or (f.kind in ("short", "alias") and u.level in ("province", "prefecture")) or (
                        county_short and f.kind == "short" and len(forms) == 1):
                    return text[i : _nested_end(g, text, i + k, f.code)]
    return ""


@functools.lru_cache(maxsize=1)
def _not_place_after() -> re.Pattern:
    w = load_toml("regions.toml")
    words = sorted(w["street_after_place"] + w["township_after_place"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def _nested_end(g, text: str, end: int, code: str) -> int:
    """Where a run of places nested in one another ends: 合肥市|庐阳区, 苏州市|姑苏区 (full names only)."""
    while True:
        for k in range(min(9, len(text) - end), 1, -1):
            inner = next((f.code for f in g.forms.get(text[end : end + k], ()) if f.kind == "full"
                          and g.is_within(f.code, code)), None)
            if inner:
                end, code = end + k, inner
                break
        else:
            return end


def deepest_place(candidates: list[tuple[str, str, tuple[int, int] | None]]) -> tuple[str, tuple[int, int] | None]:
    """The document's place from its evidence ``(role, place, span)``, the competition's own first.

    ``scope`` evidence names the competition (its heading, its organisers); ``where`` evidence names
    where the page was published (a dateline, a byline, a local outlet). The first place of the
    competition's own evidence stands, made deeper by later evidence of the same role that lies
    within it (a heading's 合肥市, then its organiser 中共合肥市庐阳区委: 庐阳区).
    A district outlet (姑苏新闻网) never narrows a city's competition (苏州市…案例评选); only when the
    competition names no place does the page's own place stand.
    """
    from ..extract.regions import load_gazetteer, resolve_region

    if not candidates:
        return "", None

    g = load_gazetteer()

    def named(text: str) -> str:
        """A name the region reader resolves alone: a county's short name (昆山) becomes its full name."""
        if resolve_region(text, None, "")[0] is None:
            forms = g.today(text)
            if len(forms) == 1 and forms[0].kind == "short":
                return g.units[forms[0].code].name
        return text

    def units(text: str) -> tuple:
        m = resolve_region(text, None, "")[0]
        return m.units if m is not None else ()

    everything = candidates
    scope = [(p, sp) for role, p, sp in candidates if role == "scope"]
    candidates = scope or [(p, sp) for _, p, sp in candidates]
    place, span = candidates[0]
    place = named(place)
    base = units(place)
    if not base:  # a name several places share (城关区): read it inside another piece of evidence (甘肃)
        inside = next((named(p) + place for _, p, _ in everything if units(named(p) + place)), None)
        if inside is None:
            return place, span
        place, base = inside, units(inside)
    for p, sp in candidates[1:]:
        p = named(p)
        u = units(p)
        if not u:  # a name several places share (鼓楼区): read it inside the first place
            p = place + p
            u = units(p)
        if len(u) > len(base) and u[: len(base)] == base:
            place, span, base = p, sp, u
    return place, span
