"""Text normalised for matching, aligned character for character with the printed text.

Documents come in simplified, traditional or mixed characters. Every rule in
``schema/`` is written in simplified characters, so layouts and extractors
match on :func:`simplify`'s output, which has exactly the length of its input:
offset ``i`` of the simplified text is offset ``i`` of the printed text, and
provenance spans need no mapping. Conversion uses OpenCC (``t2s``); a phrase
whose conversion would change the length is converted character by character.
"""

from __future__ import annotations

import functools

from .extract.memo import TextMemo

__all__ = ["simplify", "changed_chars"]


@functools.cache
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=65536)
def _char(ch: str) -> str:
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


def simplify(text: str) -> str:
    """Traditional → simplified, same length as ``text``.

    >>> simplify("臺灣省黨建創新獎:一等獎")
    '台湾省党建创新奖:一等奖'
    >>> len(simplify("乾隆後來")) == 4
    True
    """
    if not text or text.isascii():
        return text
    return _memo.get(text, _simplify)  # subjects and titles recur (kg.extract.memo; long texts are not kept)


def _simplify(text: str) -> str:
    conv = _converter().convert(text)
    if len(conv) == len(text):
        return conv
    out = []
    for line in text.splitlines(keepends=True):
        c = _converter().convert(line)
        out.append(c if len(c) == len(line) else "".join(_char(ch) for ch in line))
    return "".join(out)


_memo = TextMemo(longest=120)


def changed_chars(printed: str, simplified: str) -> int:
    """How many characters simplification changed (traditional characters in the document); a character read
    as a space (a decoration: ★ ▌ an emoji) is not one of them."""
    n = 0
    for i in range(0, min(len(printed), len(simplified)), 4096):  # equal blocks compared whole
        a, b = printed[i : i + 4096], simplified[i : i + 4096]
        if a != b:
            n += sum(1 for x, y in zip(a, b) if x != y and y != " ")
    return n
