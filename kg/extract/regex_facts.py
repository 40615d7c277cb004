"""What a regular expression's parse tells about its matches, for cheap screens before running it.

Rules in ``schema/`` are regular expressions run over millions of short texts; most texts cannot
match. Two facts read from a pattern's parse (Python's own ``re`` parser) let a caller skip it:

* :func:`last_chars`: the characters a match can end with;
* :func:`required_literals`: strings one of which any text holding a match contains.

Both answer ``None`` when the parse does not tell (a class with ranges or categories, a back
reference, case-insensitive matching, …): the caller then runs the pattern as it is. A screen
built on them never changes what a pattern finds, only whether it is run.
"""

from __future__ import annotations

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["last_chars", "required_literals"]


def _read(pattern: str, fact):
    """``fact`` of the pattern's parsed items, or ``None`` when it cannot be parsed, matches ignoring case, or
    holds a construct ``fact`` does not know."""
    try:
        tree = _sre_parse.parse(pattern)
        if tree.state.flags & _c.SRE_FLAG_IGNORECASE:
            return None
        return fact(list(tree))
    except Exception:  # noqa: BLE001 - an unknown construct: nothing is known
        return None


def last_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can end with, or ``None`` when that is not known from its parse.

    >>> sorted(last_chars("(?:[一二三]+[\\u4e00-\\u9fff]{0,2}法)$"))
    ['法']
    >>> last_chars("[一-龥]+") is None
    True
    """
    return _read(pattern, _last)


def _last(items: list) -> frozenset[str] | None:
    """Last characters of a sequence of parsed items (its trailing zero-width assertions skipped)."""
    for op, av in reversed(items):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            if op == _c.ASSERT and av[0] < 0:
                return None  # a look-behind at the end reads characters before the end
            continue
        if op is _c.LITERAL:
            return frozenset(chr(av))
        return _through(op, av, _last)
    return None


def _through(op, av, fact, limit: int | None = None) -> frozenset[str] | None:
    """``fact`` of an item made of characters or of other items: a class of plain characters (at most ``limit``),
    a group, alternatives (each of which must tell), a repeat of at least once; ``None`` for anything else."""
    if op is _c.IN:
        if limit is not None and len(av) > limit or any(o is not _c.LITERAL for o, _ in av):
            return None
        return frozenset(chr(v) for _, v in av)
    if op is _c.SUBPATTERN:
        return None if av[1] & _c.SRE_FLAG_IGNORECASE else fact(list(av[-1]))
    if op is _c.BRANCH:
        sets = [fact(list(b)) for b in av[1]]
        return None if any(s is None for s in sets) else frozenset().union(*sets)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return fact(list(av[2]))
    return None


#: A character class of more characters than this is no useful screen.
MAX_CLASS = 16


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings one of which every text holding a match of ``pattern`` contains (a positive look-ahead's or
    look-behind's text counts: it lies in the searched text too), or ``None`` when the parse does not tell.
    Of several such sets the one with the longest shortest string is given, then the smallest.

    >>> sorted(required_literals("(?:19|20|[一二])\\\\d{2}(?:年(?!代)|(?=以来))"))
    ['以来', '年']
    >>> sorted(required_literals("去年|今年|[1-9]0年代"))
    ['0年代', '今年', '去年']
    >>> required_literals("\\\\d+") is None
    True
    """
    return _read(pattern, _required)


def _required(items: list) -> frozenset[str] | None:
    """A sequence: the best set among its items' (a run of plain characters is one string)."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append(frozenset((run,)))
            run = ""
        if op is None:
            break
        got = _one(op, av)
        if got:
            options.append(got)
    if not options:
        return None
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


def _one(op, av) -> frozenset[str] | None:
    if op is _c.ASSERT:
        return _required(list(av[1]))
    return _through(op, av, _required, MAX_CLASS)  # ASSERT_NOT, AT, categories, ranges …: no requirement
