"""Saved web pages → typed blocks.

The page is decoded (its ``<meta charset>`` when that decodes cleanly, else
:func:`kg.ingest.decode`), parsed with lxml and walked in document order:
``h1``–``h6`` → heading, ``li`` → list item, ``<caption>`` → caption, a data
``<table>`` → one table row per ``<tr>`` (cells with their colspan; a
``rowspan`` cell printed once and empty below, :func:`~kg.readers.html_rows.grid`),
sibling blocks whose children are fields (``<div><span>1</span><span>UNIT</span>…``,
:func:`~kg.readers.html_rows.field_runs`) → one table row each, every
other run of text between block boundaries (and ``<br>``) → paragraph. A
table that holds other tables, or has one column, or has a cell holding five or more blocks of a page
(paragraphs, headings, lists: an old site's page laid out in a table), is a layout table: its cells
are walked as containers. Scripts, styles, templates and ``<noscript>`` are
not text.

Page furniture is marked, never dropped: elements that are furniture by tag,
ARIA role or id/class words (``schema/furniture.toml`` ``[html]``), and
paragraphs and headings outside the main content that trafilatura finds
(:mod:`kg.readers.maincontent`). Table rows and list items are never marked
furniture only because the extractor missed them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..config import load_toml
from ..errors import Errors, KgError
from ..model import BlockKind
from . import Read, TextBuilder
from .html_rows import field_runs, grid

__all__ = ["read", "walk", "Item", "decode_html"]

_SKIP = frozenset({"script", "style", "template", "noscript", "head", "title", "meta", "link", "select", "option",
                   "textarea", "button", "iframe", "object", "embed", "svg", "canvas", "map", "input"})
_BLOCK = frozenset({"p", "div", "section", "article", "main", "body", "html", "ul", "ol", "dl", "dt", "dd", "li",
                    "blockquote", "pre", "header", "footer", "nav", "aside", "form", "fieldset", "center", "figure",
                    "figcaption", "address", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "table", "tr",
                    "td", "th", "thead", "tbody", "tfoot", "legend", "details", "summary", "menu"})
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
# an old site's page laid out in a table: a cell holding this many blocks of a page is a page region, not a cell
_PAGE_BLOCKS = ("p", "div", "ul", "ol", "hr", *_HEADINGS)
_CJK = "\u2e80-\u9fff\u3000-\u303f\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r\f\v]*\n\s*(?=[{_CJK}])")
_TOKEN = re.compile(r"[\s_\-:.]+|(?<=[a-z])(?=[A-Z])")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


@dataclass
class Item:
    """A block before it is placed in the text: what the walk saw."""

    kind: BlockKind
    text: str
    el: object  # the lxml element whose text this is (the main-content test looks at its ancestors)
    level: int = 0
    origin: str = ""
    furniture: str = ""
    cells: tuple[tuple[str, int], ...] = ()
    table: int = -1
    linked: bool = False  # all of its text is link text (<a>)


@functools.cache
def _rules() -> dict:
    return load_toml("furniture.toml")["html"]


_ITEM_PARTS = frozenset({"p", "div", "section", "dt", "dd", "blockquote"})  # blocks that are parts of a list item
_LINE_GAP = "\ue000"  # a <br> inside a list item, until the item's text is folded


def _norm(s: str) -> str:
    t = " ".join(_CJK_BREAK.sub("", s).split())
    if _LINE_GAP in t:  # the parts of an item a <br> separates stay two columns apart ("UNIT  TITLE")
        t = re.sub(r"\s*\ue000[\s\ue000]*", "  ", t).strip()
    return t


def furniture_reason(el, container: bool = False) -> str:
    """Why an element is page furniture by its tag, role or id/class words, or ``""``.

    Rows, cells and list items are furniture only as part of their table or list, except
    ``container`` cells of a layout table, which are page regions like any ``<div>``.
    """
    rules = _rules()
    tag = el.tag
    reason = ""
    if tag in rules["tags"]:
        reason = rules["tags"][tag]
    elif (el.get("role") or "").strip().lower() in rules["roles"]:
        reason = rules["roles"][el.get("role").strip().lower()]
    elif container or tag not in ("tr", "td", "th", "thead", "tbody", "tfoot", "caption", "li"):
        # (parts of a table or list are furniture only with their whole table or list)
        tokens = _tokens(el)
        if tokens and not any(t in rules["content"]["words"] for t in tokens):
            reason = next((rules["words"][t] for t in tokens if t in rules["words"]), "")
    if reason in rules["scoped"] and any(_is_article(a) for a in el.iterancestors()):
        return ""  # an article's own header (title, byline) or footer, not the page's
    return reason


def _tokens(el) -> list[str]:
    return [t.lower() for t in _TOKEN.split(f"{el.get('id') or ''} {el.get('class') or ''}") if t]


def _is_article(el) -> bool:
    rules = _rules()
    return el.tag in rules["scope"] or any(t in rules["content"]["article_words"] for t in _tokens(el))


class _Walker:
    def __init__(self) -> None:
        self.items: list[Item] = []
        self.buf: list[str] = []
        self.plain = False  # the buffer holds text outside any link
        self.links = 0  # depth of <a> elements being walked
        self.ctx: list[tuple[BlockKind, int, str, object, str]] = []  # kind, level, furniture, element, origin
        self.tables = 0

    def flush(self) -> None:
        text = _norm("".join(self.buf))
        linked = not self.plain
        self.buf, self.plain = [], False
        if text and self.ctx:
            kind, level, fur, el, origin = self.ctx[-1]
            self.items.append(Item(kind, text, el, level, origin, fur, linked=linked))

    def inline(self, s: str | None) -> None:
        if s:
            self.buf.append(s)
            self.plain = self.plain or (not self.links and bool(s.strip()))

    def visit(self, el, fur: str) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP:
            return  # comments, processing instructions, non-text elements (the caller adds the tail)
        fur = fur or furniture_reason(el)
        if tag == "br":
            kind = self.ctx[-1][0] if self.ctx else "paragraph"
            if kind == "list_item":
                self.inline(_LINE_GAP)  # <li>UNIT<br>TITLE: two parts of one item, kept apart by a column gap
            elif kind in ("heading", "caption"):
                self.inline(" ")
            else:
                self.flush()
            return
        if tag not in _BLOCK:
            self.links += tag == "a"
            self.inline(el.text)
            for child in el:
                self.visit(child, fur)
                self.inline(child.tail)
            self.links -= tag == "a"
            return
        if tag in _ITEM_PARTS and self.ctx and self.ctx[-1][0] == "list_item" and self.ctx[-1][4] == "html:li":
            # <li><p>UNIT</p><p>TITLE</p></li>: parts of one item, like <br>, not items of their own
            self.inline(_LINE_GAP)
            self.inline(el.text)
            for child in el:
                self.visit(child, fur)
                self.inline(child.tail)
            self.inline(_LINE_GAP)
            return
        self.flush()
        if tag == "table":
            self.table(el, fur)
            return
        parent_kind = self.ctx[-1][0] if self.ctx else "paragraph"
        level = _HEADINGS.get(tag, 0)
        if level:
            kind: BlockKind = "heading"
        elif tag == "li":
            kind = "list_item"
        elif tag == "caption":
            kind = "caption"
        elif parent_kind in ("list_item", "heading", "caption"):
            kind = parent_kind
            level = self.ctx[-1][1]
        else:
            kind = "paragraph"
        self.ctx.append((kind, level, fur, el, f"html:{tag}"))
        self.inline(el.text)
        runs = field_runs(el, _BLOCK) if len(el) >= 2 else {}
        numbers: dict[int, int] = {}
        for child in el:
            if child in runs:  # <div><span>1</span><span>UNIT</span>…</div> repeated: a table row
                self.flush()
                if runs[child] not in numbers:
                    numbers[runs[child]] = self.tables
                    self.tables += 1
                fields = tuple((_cell_text(k), 1) for k in child if isinstance(k.tag, str))
                self.items.append(Item("table_row", "", child, origin=f"html:{child.tag}:fields", cells=fields,
                                       furniture=fur, table=numbers[runs[child]]))  # (furniture with its whole table)
            else:
                self.visit(child, fur)
            self.inline(child.tail)
        self.flush()
        self.ctx.pop()

    def table(self, el, fur: str) -> None:
        rows = [tr for tr in el.iter("tr") if _owner(tr) is el]
        cells = [[c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")] for tr in rows]
        # a layout table holds tables, has one column, or has a cell holding blocks of a page (paragraphs, headings, lists)
        layout = (any(True for _ in el.iterdescendants("table")) or max((len(r) for r in cells), default=0) <= 1
                  or any(sum(1 for _ in c.iterdescendants(*_PAGE_BLOCKS)) >= 5 for r in cells for c in r))
        for cap in el.iterchildren("caption"):
            self.visit(cap, fur)
        if layout:  # cells are containers: walk them like divs
            for row in cells:
                for c in row:
                    self.visit(c, fur or furniture_reason(c, container=True))
            return
        number = self.tables
        self.tables += 1
        for tr, row in zip(rows, grid(cells), strict=True):
            texts = tuple(("" if c is None else _cell_text(c), span) for c, span in row)
            merged = [str(i) for i, (c, _) in enumerate(row) if c is None]
            origin = "html:tr" + (f":vmerge={','.join(merged)}" if merged else "")
            if any(t for t, _ in texts):
                self.items.append(Item("table_row", "", tr, origin=origin, furniture=fur, cells=texts, table=number))


def _owner(tr):
    return next(tr.iterancestors("table"), None)


def _cell_text(c) -> str:
    parts: list[str] = []

    def rec(e) -> None:
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag in _SKIP or not tag:
            return
        if tag == "br" or tag in _BLOCK:
            parts.append(" ")
        parts.append(e.text or "")
        for ch in e:
            rec(ch)
            parts.append(ch.tail or "")
        if tag in _BLOCK:
            parts.append(" ")

    rec(c)
    return _norm("".join(parts))


def walk(root) -> list[Item]:
    """Every block of a parsed page in document order (furniture by structure already marked)."""
    w = _Walker()
    body = root.find(".//body")
    w.ctx.append(("paragraph", 0, "", body if body is not None else root, "html:body"))
    w.visit(body if body is not None else root, "")
    w.flush()
    return w.items


def decode_html(data: bytes, path: str):
    """Text of a page. Valid UTF-8 is UTF-8 (a page saved again keeps a stale gb2312 declaration;
    GB18030 would decode UTF-8 bytes into nonsense without an error); otherwise the page's own
    ``<meta charset>`` when it decodes cleanly (gb2312/gbk read as their superset GB18030), else
    kg's detector (:func:`kg.ingest.decode`)."""
    from ..ingest import decode

    if not data or b"\x00" in data or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data, path)  # (E001 for an empty file, E002 for binary data)
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii").lower()
        name = "gb18030" if name in ("gb2312", "gbk", "gb_2312-80", "x-gbk") else name
        try:
            return data.decode(name), name, []
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, path)


def parse(text: str, path: str) -> tuple[object, list]:
    """``(root, problems)``: the page parsed whole and no deeper than the walk follows (:mod:`.html_depth`)."""
    from lxml.etree import ParserError

    from .html_depth import parse_bounded

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input that declares an encoding
    try:
        return parse_bounded(text, path)
    except (ParserError, ValueError) as exc:
        raise KgError(Errors.E009.format(path=path, fmt="HTML", reason=str(exc) or type(exc).__name__)) from None


def _promote_title(items: list[Item], meta: tuple[tuple[str, str], ...]) -> None:
    """The first content paragraph that prints the page's headline is its title: a level-1 heading."""
    from .maincontent import key

    if any(it.kind == "heading" and not it.furniture for it in items):
        return
    titles = {key(v) for k, v in meta if k in ("headline", "title")}
    for it in items:
        if it.kind == "paragraph" and not it.furniture and key(it.text) in titles:
            it.kind, it.level, it.origin = "heading", 1, it.origin + "+title"
            return


def read(data: bytes, path: str) -> Read:
    from .maincontent import mark_outside_main, metadata

    text, encoding, problems = decode_html(data, path)
    root, deep = parse(text, path)
    problems = [*problems, *deep]
    if deep:  # the main-content extractor parses the page itself, and would stop at level 256: give it the bounded tree
        import lxml.html

        text = lxml.html.tostring(root, encoding="unicode")
    items = walk(root)
    meta = metadata(text, root, items)
    items = mark_outside_main(text, root, items, meta)
    _promote_title(items, meta)
    tb = TextBuilder()
    rows: dict[int, int] = {}
    for it in items:
        if it.furniture:
            body = "\t".join(t for t, _ in it.cells) if it.kind == "table_row" else it.text
            tb.add("furniture", body, origin=it.origin, furniture=it.furniture)
        elif it.kind == "table_row":
            if tb.add_row(list(it.cells), table=it.table, row=rows.get(it.table, 0), origin=it.origin):
                rows[it.table] = rows.get(it.table, 0) + 1
        else:
            tb.add(it.kind, it.text, level=it.level, origin=it.origin)
    return Read(tb.text, tuple(tb.blocks), encoding, "html", problems, meta)
