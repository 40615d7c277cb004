"""Where a case is: the unit's own words first, then the document's context.

Award lists name units that are not places (东实集团, 区委组织部, 安全系, a
branch of a bureau). Such a unit takes the region of the document's context
(the competition's place, an organiser such as 中共唐山市委组织部, a dateline
such as 人民网上海12月30日电), marked ``context`` with the evidence span. A bare
county name that lies outside the context (海港区 in a 唐山 list is not
秦皇岛's 海港区, it is a zone of 唐山) resolves within the context first and is
kept as the place. Pure: text in, a :class:`~kg.model.RegionMatch` out.
"""

from __future__ import annotations

import functools

from .errors import Errors, problem
from .extract.regions import load_gazetteer, resolve_region
from .model import AwardEntry, Problem, RegionMatch, Span
from .textnorm import simplify

__all__ = ["place_entry"]


def _bare(m: RegionMatch) -> bool:
    """The subject printed only the deepest unit's own name (no province or prefecture before it)."""
    if len(m.units) < 2 or m.rule not in ("full", "short"):
        return False
    head = m.matched
    return not any(u.name[:2] in head for u in m.units[:-1])


@functools.lru_cache(maxsize=4096)
def _context_region(text: str, edition: int | None, year: int | None) -> RegionMatch | None:
    return resolve_region(text, None, "", edition, year=year)[0]


def place_entry(
    subject: str, span: Span | None, source: str, entry: AwardEntry | None, edition: int | None, year: int | None,
    context: str = "", context_span: Span | None = None,
) -> tuple[RegionMatch | None, list[Problem]]:
    """``context``: the place a narrative's article names (its entry's context otherwise)."""
    text = simplify(subject)
    m, problems = resolve_region(text, span, source, edition, year=year)
    if m is None:  # "国家税务总局武汉市江汉区税务局": a place further inside the unit's name
        from .layouts.places import first_place as _place

        p = _place(text)
        k = text.find(p) if p else -1
        if k > 0:
            m2, p2 = resolve_region(text[k:], span, source, edition, year=year)
            if m2 is not None:
                m, problems = m2, p2
    ctx_text = entry.context_region if entry is not None else context
    ctx_span = entry.context_span if entry is not None else context_span
    if not ctx_text or (entry is None and m is not None and m.deepest is not None and m.deepest.level == "county"
                        and not any(p.code == "I402" for p in problems)):
        return m, problems
    ctx = _context_region(simplify(ctx_text), edition, year)  # one document's entries share it: resolved once
    if ctx is None or ctx.deepest is None:
        return m, problems
    offset = span.start if span else -1
    if m is None or m.deepest is None:
        m2, p2 = resolve_region(simplify(ctx_text) + text, span, source, edition, year=year)
        deeper = m2 is not None and m2.deepest is not None and (
            len(m2.units) > len(ctx.units) or (bool(m2.place) and m2.deepest.code == ctx.deepest.code))
        if m2 is not None and m2.deepest is not None and deeper and (
                m2.deepest.code == ctx.deepest.code or load_gazetteer().is_within(m2.deepest.code, ctx.deepest.code)):
            return RegionMatch(m2.units, m2.place, "context+" + m2.rule, m2.matched, span), [
                p for p in p2 if p.code not in ("W401",)]
        if m is None:
            problems = [p for p in problems if p.code not in ("W401", "I405")]
        problems.append(problem(Errors.I410, "info", source, "", offset, subject=subject, context=ctx_text))
        return RegionMatch(ctx.units, "", "context", ctx_text, ctx_span), problems
    g = load_gazetteer()
    inside = m.deepest.code == ctx.deepest.code or g.is_within(m.deepest.code, ctx.deepest.code) or g.is_within(
        ctx.deepest.code, m.deepest.code)
    if not inside or m.deepest.code == ctx.deepest.code:
        # "鼓楼区湖南路街道" in a 南京 list: read the unit as if the context's place were printed before it
        # (a unit that already names the context's place, 湘潭高新区 in a 湘潭市 list, is read without that
        # name: 湘潭市 + 湘潭 is not 湘潭县)
        rest = text[len(m.matched):] if m.deepest.code == ctx.deepest.code and text.startswith(m.matched) else text
        m2, p2 = resolve_region(simplify(ctx_text) + rest, span, source, edition, year=year)
        if (m2 is not None and m2.deepest is not None and len(m2.units) > len(ctx.units)
                and g.is_within(m2.deepest.code, ctx.deepest.code)):
            return RegionMatch(m2.units, m2.place, "context+" + m2.rule, m2.matched, span), [
                p for p in p2 if p.code not in ("W401",)]
    if m.deepest.code == ctx.deepest.code:
        return m, problems
    if entry is not None and entry.context_own and m.rule == "short" and g.is_within(ctx.deepest.code, m.deepest.code):
        # 江苏恒远精密机械有限公司 in a row whose 所在地区 cell is 武进区: a province's short name opening a company's
        # name is its brand; the entry's own line places it deeper
        problems.append(problem(Errors.I410, "info", source, "", offset, subject=subject, context=ctx_text))
        return RegionMatch(ctx.units, "", "context", ctx_text, ctx_span), problems
    if not inside and _bare(m) and ctx.deepest.level != "province":
        problems.append(problem(Errors.I409, "info", source, "", offset, subject=subject, name=m.matched,
                                context=ctx_text))
        return RegionMatch(ctx.units, m.matched, "context-first", ctx_text, ctx_span), problems
    return m, problems
