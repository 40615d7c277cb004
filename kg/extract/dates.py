"""Dates in narrative sentences: absolute (2009年8月, 二〇〇九年春) and relative (去年8月, 次年6月, 当年).

:func:`find_dates` reads a sentence and returns :class:`DateMention` records,
not yet resolved; :func:`resolve` gives each its year against an explicit
reference — the document's date for 去年/今年, the last date printed before it
for 当年/次年 (dateparser's habit: the caller passes the base date). A relative
date with no reference is kept with its reason, never guessed. Patterns are data
in ``schema/events.toml`` ``[dates]``.

>>> [(d.text, d.year, d.month, d.part) for d in find_dates("2009年春,兴山县委决定全面建立")]
[('2009年春', 2009, None, '春')]
>>> d = find_dates("次年6月,全县推开")[0]
>>> resolve(d, document_year=None, previous_year=2009)
(2010, 'relative:次年 from the preceding date 2009', '')
>>> resolve(find_dates("去年8月开始试点")[0], document_year=None, previous_year=None)
(None, 'relative:去年', '去年 counts from the document date, which is unknown')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..config import load_toml
from .memo import TextMemo

__all__ = ["DateMention", "find_dates", "resolve", "parse_document_date", "byline_year", "zh_number"]

_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def zh_number(s: str) -> int:
    """Arabic or Chinese numerals as printed in dates.

    >>> zh_number("二〇〇九"), zh_number("十二"), zh_number("二十三"), zh_number("08")
    (2009, 12, 23, 8)
    """
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[ones] if ones else 0)
    n = 0
    for ch in s:
        n = n * 10 + _DIGIT[ch]
    return n


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str  # as printed
    start: int  # offsets in the sentence
    end: int
    year: int | None  # absolute year, or None for a relative one
    month: int | None = None
    day: int | None = None
    part: str = ""  # 春, 底, 上半年 …
    relative: str = ""  # 去年, 次年 … (empty for absolute dates)


@functools.cache
def _rules() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[int, str]]]:
    d = load_toml("events.toml")["dates"]
    rel = {k: (int(v[0]), str(v[1])) for k, v in d["relative"].items()}
    tail = f"(?:(?:{d['month']})(?:{d['day']})?|{d['part']})?"
    absolute = re.compile(f"(?:{d['year']}){tail}")
    words = "|".join(sorted(map(re.escape, rel), key=len, reverse=True))
    relative = re.compile(f"(?P<rel>{words}){tail}|{d['decade']}")
    return absolute, relative, rel


def find_dates(sentence: str) -> list[DateMention]:
    """Every date printed in a sentence, in order (each sentence read once: :mod:`kg.extract.memo`)."""
    return list(_memo.get(sentence, _find_dates))


_memo = TextMemo()


def _find_dates(sentence: str) -> list[DateMention]:
    absolute, relative, _ = _rules()
    a_needs, r_needs = _screens()
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    if a_needs is None or any(w in sentence for w in a_needs):  # most sentences print no date: not searched
        for m in absolute.finditer(sentence):
            out.append(DateMention(m.group(), m.start(), m.end(), zh_number(m.group("year")), *_tail(m)))
            taken.append((m.start(), m.end()))
    if r_needs is not None and not any(w in sentence for w in r_needs):
        return sorted(out, key=lambda d: d.start)
    for m in relative.finditer(sentence):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if m.group("decade"):
            out.append(DateMention(m.group(), m.start(), m.end(), None, None, None, m.group("dpart") or "",
                                   relative="decade"))
            continue
        out.append(DateMention(m.group(), m.start(), m.end(), None, *_tail(m), relative=m.group("rel")))
    return sorted(out, key=lambda d: d.start)


@functools.cache
def _screens() -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """Strings one of which a sentence holding an absolute (a relative) date contains
    (:func:`kg.extract.regex_facts.required_literals`; ``None``: no screen, the pattern is always run)."""
    from .regex_facts import required_literals

    absolute, relative, _ = _rules()
    return required_literals(absolute.pattern), required_literals(relative.pattern)


def _tail(m: re.Match[str]) -> tuple[int | None, int | None, str]:
    month = zh_number(m.group("month")) if m.group("month") else None
    day = zh_number(m.group("day")) if m.group("day") else None
    return month, day, m.group("part") or ""


def resolve(d: DateMention, document_year: int | None, previous_year: int | None) -> tuple[int | None, str, str]:
    """``(year, rule, uncertain reason)`` of a date mention."""
    if d.year is not None:
        return d.year, "absolute", ""
    if d.relative == "decade":
        m = re.search(r"([1-9]0|[一二三四五六七八九]十)年代", d.text)
        decade = zh_number(m.group(1)) if m else 0
        year = (2000 if d.text.startswith(("21世纪", "二十一世纪")) else 1900) + decade
        return year, "decade", f"{d.text} names a decade; its first year is given"
    _, _, rel = _rules()
    offset, base = rel[d.relative]
    if base == "document":
        if document_year is None:
            return None, f"relative:{d.relative}", f"{d.relative} counts from the document date, which is unknown"
        return document_year + offset, f"relative:{d.relative} from the document date {document_year}", ""
    if previous_year is None:
        return None, f"relative:{d.relative}", f"{d.relative} counts from a preceding date, and none is printed before it"
    return previous_year + offset, f"relative:{d.relative} from the preceding date {previous_year}", ""


def parse_document_date(meta: tuple[tuple[str, str], ...]) -> int | None:
    """The year of a document's own date (``Document.meta`` key ``date``), if it has one.

    >>> parse_document_date((("date", "2012-06-30"),)), parse_document_date((("date", "2011年7月1日"),)), parse_document_date(())
    (2012, 2011, None)
    """
    for key, value in meta:
        if key == "date":
            m = re.search(r"(19|20)\d{2}", value)
            if m:
                return int(m.group())
    return None


def byline_year(text: str) -> int | None:
    """The year of a dateline or byline near the top of a document (2017年12月20日 来源：浙江日报,
    发布时间：2012-06-30, or a date alone on its line); patterns in ``schema/events.toml`` [dates].

    >>> byline_year("标题\n2017年12月20日 来源：浙江日报\n正文"), byline_year("2003年首创于榛子乡的制度,在村民自治方面")
    (2017, None)
    """
    cfg = load_toml("events.toml")["dates"]
    head = text[: int(cfg["byline_within"])]
    for line in head.splitlines():
        m = re.search(cfg["byline"], line.strip())
        if m:
            return int(m.group("y"))
    return None
