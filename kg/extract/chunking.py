"""Bounded pieces of long text, split where a sentence or a line ends.

spaCy refuses a text over ``nlp.max_length`` (1 000 000 characters, error
E088), and regular expressions over one huge string are slow to debug; every
extractor reads long text through :func:`bounded_pieces` instead, keeping the
offset of each piece so spans still point into the original text.
"""

from __future__ import annotations

__all__ = ["SENTENCE_ENDS", "bounded_pieces"]

#: Characters after which a piece may end: Chinese sentence ends and a line break.
SENTENCE_ENDS = "。！？!?\n"


def bounded_pieces(text: str, limit: int) -> list[tuple[int, str]]:
    """Split ``text`` into ``(offset, piece)`` pairs of at most ``limit`` characters.

    A piece ends just after the last sentence end (。！？ or a line break)
    inside the limit; only a stretch with no sentence end at all is cut at the
    limit. Joining the pieces gives ``text`` back.

    >>> bounded_pieces("一二。三四五。六", 4)
    [(0, '一二。'), (3, '三四五。'), (7, '六')]
    >>> bounded_pieces("甲乙丙丁戊己", 4)
    [(0, '甲乙丙丁'), (4, '戊己')]
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    out: list[tuple[int, str]] = []
    start, n = 0, len(text)
    while start < n:
        if n - start <= limit:
            out.append((start, text[start:]))
            break
        window_end = start + limit
        cut = max(text.rfind(ch, start, window_end) for ch in SENTENCE_ENDS)
        end = cut + 1 if cut >= start else window_end
        out.append((start, text[start:end]))
        start = end
    return out
