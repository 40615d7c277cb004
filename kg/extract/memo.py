"""What a pure text rule found in a short text, remembered per text.

The per-record rules (practices in a title, mechanisms in a title or a sentence) depend on
the text alone, and titles recur: one award list saved from several sites, the same unit
awarded in several editions, a case's title repeated in its narrative. Each rule keeps a
:class:`TextMemo` of its results at offset 0 in no document, and :func:`moved` puts them
where the text was found. Long texts (an article's paragraphs) are not remembered: they
rarely recur, and would hold memory.

``KG_MEMO=0`` in the environment turns every memo off (the bench measures text that never recurs so).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from ..model import Span

__all__ = ["TextMemo", "moved"]

T = TypeVar("T")
K = TypeVar("K", str, tuple[str, ...])


class TextMemo:
    """Results per text (or tuple of texts), for texts up to ``longest`` characters in all; at most
    ``size`` of them (then it starts over)."""

    def __init__(self, longest: int = 200, size: int = 50_000):
        self.longest, self.size = longest, size
        self.held: dict[str | tuple[str, ...], object] = {}
        self.on = os.environ.get("KG_MEMO", "1") != "0"

    def get(self, text: K, make: Callable[[K], T]) -> T:
        """``make(text)``, remembered."""
        if not self.on or (len(text) if isinstance(text, str) else sum(map(len, text))) > self.longest:
            return make(text)
        got = self.held.get(text)
        if got is None:
            if len(self.held) >= self.size:
                self.held.clear()
            got = self.held[text] = make(text)
        return got  # type: ignore[return-value]


def moved(found: list[T], doc_id: str, base: int) -> list[T]:
    """Results found at offset 0 in no document (each with a ``span``), as found at ``base`` in ``doc_id``."""
    if not doc_id and not base:
        return list(found)
    return [replace(m, span=Span(doc_id, base + m.span.start, base + m.span.end)) for m in found]  # type: ignore[attr-defined]
