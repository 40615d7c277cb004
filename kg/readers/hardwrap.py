"""Hard-wrapped text: which lines of a text run on from the line before (a PDF copy, a fixed-width mail).

A PDF's text copied into a .txt keeps the printed line breaks, so a title wrapped at the page edge
(``1.东城区…党工委：“网格化党建‘五进’`` / ``”工作法``) is two lines. Such a file is recognised from its
prose: full lines (as wide as the widest lines) that stop inside a sentence whose end (。) comes on a
later line, and paragraphs whose first lines are indented (so that a full line before a new paragraph is
told from one that runs on). In a file so recognised, a full line runs on into the next non-empty line unless that one
starts a block of its own (an entry number, a heading, an indented first line of a paragraph). Pure: lines in, indexes out. Thresholds are
data in ``schema/furniture.toml`` (``[text.hard_wrap]``, with ``[pdf]``'s block-start words).
"""

from __future__ import annotations

import functools
import re

from ..config import load_toml

__all__ = ["continuations"]

_SENTENCE_END = "。！？!?；;：:"
_INDENT = re.compile(r"^(?:\u3000|\s{2,})")  # a paragraph's first line, indented: never the line before's run-on


@functools.cache
def _cfg() -> dict:
    f = load_toml("furniture.toml")
    return {**f["text"]["hard_wrap"], "starts_block": re.compile(f["pdf"]["starts_block"]),
            "never_wraps": re.compile(f["pdf"]["never_wraps"])}


def _width(s: str) -> int:
    """Display columns, a CJK character (three bytes in UTF-8) two, an ASCII one one."""
    return (len(s.encode("utf-8")) + len(s)) // 2


def continuations(lines: list[str]) -> set[int]:
    """Indexes of the lines that continue the line before them (``lines`` without line ends).

    >>> lines = ["　　为推进基层党建工作创新，市委组织部组织开展了第", "三届评选，现将结果通报如下。",
    ...          "　　1.某区某街道党工委：“网格化党建‘五进’工作", "法", "　　2.某县某镇党委：村务监督委员会",
    ...          "　　希望受表彰的单位珍惜荣誉，发挥示范带动作用，不", "断深化创新实践。"]
    >>> sorted(continuations(lines))
    [1, 3, 6]
    """
    cfg = _cfg()
    indented = sum(1 for s in lines if _INDENT.match(s)) >= cfg["min_indented_wraps"]
    if not indented and len(lines) > cfg["max_unindented_lines"]:
        return set()  # (a long text without indented paragraphs: a quick way out)
    widths = [_width(s.rstrip()) for s in lines]
    filled = sorted(w for w, s in zip(widths, lines) if s.strip())
    if len(filled) < 4:
        return set()
    top = filled[min(len(filled) - 1, int(len(filled) * cfg["percentile"]))]
    if top < cfg["min_width"]:
        return set()
    full = [w >= top - cfg["tolerance"] for w in widths]
    if not indented and (top > cfg["max_width_unindented"] or sum(full) < cfg["min_full_share_unindented"] * len(filled)):
        return set()  # without indents, only a page's fixed width (many lines as wide as the widest) is evidence

    def runs_on(i: int) -> bool:
        s = lines[i].rstrip()
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        return (full[i] and bool(nxt.strip()) and s[-1:] not in _SENTENCE_END and not _INDENT.match(nxt)
                and not cfg["starts_block"].match(nxt) and not cfg["never_wraps"].search(s))

    prose = 0
    for i in range(len(lines)):
        if runs_on(i):
            k = i + 1
            while k < len(lines) and lines[k].strip() and runs_on(k):
                k += 1
            prose += lines[k].rstrip().endswith("。") if k < len(lines) else 0
    if prose < cfg["min_prose_wraps"]:
        return set()
    # paragraphs must be told apart from run-ons: they start indented (公文's 首行缩进) and run on; a copy that
    # lost its indents counts only when its prose runs on over full lines again and again
    if not indented and prose < cfg["min_prose_wraps_unindented"]:
        return set()
    if indented and sum(1 for i in range(len(lines)) if _INDENT.match(lines[i]) and runs_on(i)) < cfg["min_indented_wraps"]:
        return set()
    return {i + 1 for i in range(len(lines)) if runs_on(i)}
