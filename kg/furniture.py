"""Page furniture in text: breadcrumbs, bylines, tool bars, share and related-article blocks, footers.

Readers mark what their format shows structurally (an HTML ``<nav>``); this
stage marks, in every format and in text copies of web pages, the blocks whose
own words say they are furniture. Rules are data (``schema/furniture.toml``,
``[lines]``). Pure: blocks in, blocks out; furniture blocks are kept (kind
``furniture`` with the rule's kind as reason) so the quality report can count
them with their positions.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from .config import load_toml
from .extract.memo import TextMemo
from .model import Block

__all__ = ["mark_furniture"]


@functools.cache
def _rules() -> tuple[list[tuple[str, re.Pattern[str]]], int, int]:
    cfg = load_toml("furniture.toml")["lines"]
    rules = [(r["kind"], re.compile(r["pattern"])) for r in cfg["rules"]]
    return rules, int(cfg["related_follow"]), int(cfg["related_max_len"])


def furniture_kind(line: str) -> str:
    """The furniture rule a line matches, or ``""``.

    >>> furniture_kind("您的位置：首页 > 新闻中心 > 正文"), furniture_kind("来源：某某网  作者：张三")
    ('breadcrumb', 'byline')
    >>> furniture_kind("一等奖（5个）")
    ''
    """
    return _memo.get(line, _kind)  # a site's page header and footer recur on every page (kg.extract.memo)


def _kind(line: str) -> str:
    rules, _, _ = _rules()
    return next((k for k, rx in rules if rx.search(line)), "")


_memo = TextMemo()


def mark_furniture(norm_text: str, blocks: tuple[Block, ...], protect: frozenset[int] = frozenset()) -> tuple[Block, ...]:
    """Mark furniture blocks; ``protect`` holds indexes of blocks that must stay content."""
    _, follow, max_len = _rules()
    out = list(blocks)
    trail = 0  # following short blocks after a related-articles or share block
    for i, b in enumerate(blocks):
        if b.kind == "furniture":
            trail = follow if b.furniture in ("related", "share") else 0
            continue
        if i in protect or b.kind == "table_row":
            trail = 0
            continue
        line = norm_text[b.start : b.end]
        kind = furniture_kind(line)
        if kind:
            out[i] = replace(b, kind="furniture", furniture=kind)
            trail = follow if kind in ("related", "share") else 0
        elif trail and len(line) <= max_len and b.kind != "heading":
            out[i] = replace(b, kind="furniture", furniture="related")
            trail -= 1
        else:
            trail = 0
    return tuple(out)
