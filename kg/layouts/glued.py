"""Entries glued into one paragraph with bare numbers: ``最佳案例(共5个)1黑龙江鸡西:…2浙江温岭:…``.

The national series prints its lists this way, and reprints of them keep the form
on any site. A tier word followed by an optional count and colon opens a run;
the run's entry numbers are chosen as in the national list reader
(:func:`kg.parse._select`: a number starts an entry only when it continues the
sequence, stands outside quotes and is followed by ``SUBJECT:``). A run may go
on in the next block (the page broke a line inside the list).
"""

from __future__ import annotations

import functools
import re

from .rules import rules

__all__ = ["glued_runs", "continues"]


@functools.cache
def _opener() -> re.Pattern[str]:
    r = rules()
    return re.compile(
        rf"[【\[]?(?P<tier>{r.tier_words.pattern})[】\]]?(?:评选结果|获奖名单|名单)?\s*"
        r"(?:[(（]\s*共\s*(?P<n>\d{1,4})\s*个\s*[)）])?\s*[:：]?\s*(?=1[\u4e00-\u9fff])"
    )


def glued_runs(text: str, a: int, b: int, start_rank: int = 0) -> list[tuple]:
    """Runs in ``text[a:b]``: (tier word, tier position, announced, [(rank, body start, body end)])."""
    from ..parse import _QUOTED, _markers, _select

    opens = list(_opener().finditer(text, a, b))
    if not opens and start_rank == 0:
        return []
    runs = []
    cuts = [(m.start(), m.end(), m.group("tier"), m.start("tier"), int(m.group("n")) if m.group("n") else None)
            for m in opens]
    if start_rank and (not cuts or cuts[0][0] > a):
        cuts.insert(0, (a, a, None, -1, None))
    for k, (s, e, word, at, n) in enumerate(cuts):
        end = cuts[k + 1][0] if k + 1 < len(cuts) else b
        seg = text[e:end]
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(seg)]
        markers = _markers(seg, e, quoted)
        if word is None:  # a continuation: numbers go on from start_rank
            markers = [m for m in markers if m.num > start_rank]
            fake = [type(markers[0])(e - 2, start_rank, e - 2, True)] if markers else []  # stands before the block
            chosen, _ = _select(fake + markers, None)
            chosen = chosen[1:] if fake else chosen
        else:
            chosen, _ = _select(markers, n)
        items = []
        for j, mk in enumerate(chosen):
            stop = chosen[j + 1].pos if j + 1 < len(chosen) else end
            items.append((mk.num, mk.body, stop))
        if items:
            runs.append((word, at, n, items))
    return runs


def continues(text: str, a: int, b: int, expect: int) -> bool:
    """Does a block open with the next bare entry number of a glued run (``4陕西延安:…``)?"""
    m = re.match(r"\s*(\d{1,3})(?=[\u4e00-\u9fff])", text[a:b])
    return bool(m) and int(m.group(1)) == expect and bool(re.match(r"[^:：\n]{1,28}[:：]", text[a + m.end() : b]))
