"""Rows of a saved web page: HTML tables as rectangular grids, and field rows built from ``<div>``/``<li>``.

A ``<td rowspan=3>`` is printed once but covers three rows. :func:`grid` places
every cell at its column, like the .docx and .xlsx readers: a range merged down
rows keeps its text once, in its first row, and each row below gets an empty
cell there (with the range's colspan), listed in the row's origin
(``html:tr:vmerge=1``). A cell merged across columns stays one cell with its
colspan. Rows then have the same columns, so the 序号 of a row under a merged
等次 cell stays in its own column and the table reader carries the tier down.

Pages also print tables without ``<table>``: each entry a ``<div>`` (or
``<li>``, or a ``<p>`` whose first of three or more fields is a number) whose children are its fields,
``<span class=no>1</span><span class=unit>…</span>…`` or a card's ``<h4>TITLE</h4><p>UNIT</p><span>TIER</span>``,
with nothing but white space between them.
:func:`field_runs` finds runs of at least two sibling blocks of the same shape
(the same tag and number of fields, and a class word in common or, without classes, the same field tags); the walker reads
them as table rows, one cell per field. A single such block (a byline of
``<span>`` s), a block with text between its children (a sentence with an
inline ``<span>``), a bar of links or an article list (``<li><a>HEADLINE</a><span>DATE</span>``:
fewer than two fields of text that is not link text) stays text.
"""

from __future__ import annotations

__all__ = ["grid", "field_runs"]

# blocks that can be one entry's row (not <p>: Word's HTML splits a paragraph into <span> runs at random)
_ROW_TAGS = frozenset({"div", "li"})
_JOINS = tuple("、，,。：:；;）)」』》”’")  # a field starting with these is the rest of a sentence, not a value
_FIELD_BLOCKS = frozenset({"div", "p", "dd", "dt", "h3", "h4", "h5", "h6"})  # block tags a field may have (no blocks
# inside): a card's <h4>TITLE</h4><p>UNIT</p><span>TIER</span>
_NOT_FIELDS = frozenset({"br", "hr", "img", "input", "button", "select", "textarea", "iframe", "script", "style",
                         "template", "noscript", "svg", "canvas", "object", "embed"})
_MAX_SPAN = 1000  # a rowspan/colspan beyond this is a typo; clamp it


def _span(c, attr: str) -> int:
    """A cell's rowspan/colspan (0 for ``rowspan=0``: to the end of the table)."""
    try:
        n = int((c.get(attr) or "1").strip())
    except ValueError:
        return 1
    if n == 0 and attr == "rowspan":
        return 0
    return min(max(1, n), _MAX_SPAN)


def grid(rows: list[list]) -> list[list[tuple[object | None, int]]]:
    """Per row its cells placed on the table's columns: ``(cell element, colspan)``, or ``(None, colspan)``
    where a cell from a row above continues down (``rowspan``).

    Cells go left to right into the columns that no range from above covers, as browsers place them.
    """
    pending: dict[int, list[int]] = {}  # first column of a range from above → [rows it still covers, colspan]
    out: list[list[tuple[object | None, int]]] = []
    for r, row in enumerate(rows):
        placed: list[tuple[object | None, int]] = []
        new: dict[int, list[int]] = {}
        col = 0
        queue = list(row)
        while queue or any(c >= col for c in pending):
            if col in pending:
                placed.append((None, pending[col][1]))
                col += pending[col][1]
            elif not queue:  # only ranges from above are left in this row
                col = min(c for c in pending if c >= col)
            else:
                cell = queue.pop(0)
                width, height = _span(cell, "colspan"), _span(cell, "rowspan")
                height = len(rows) - r if height == 0 else min(height, len(rows) - r)
                placed.append((cell, width))
                if height > 1:
                    new[col] = [height - 1, width]
                col += width
        for c in list(pending):  # each range covers one row fewer (also one a wide cell overlapped)
            pending[c][0] -= 1
            if pending[c][0] <= 0:
                del pending[c]
        pending.update(new)
        out.append(placed)
    return out


def _tag(el) -> str:
    return el.tag if isinstance(el.tag, str) else ""


def _blank(s: str | None) -> bool:
    return not s or not s.strip()


def _classes(el) -> frozenset[str]:
    return frozenset((el.get("class") or "").split())


def _fields(el, block_tags: frozenset[str]) -> list | None:
    """The field elements of a row-shaped block, or ``None``: ≥ 2 element children that hold no blocks,
    only white space around them, none starting with a joining mark (、：）…), at least two of them with
    text that is not link text."""
    if not _blank(el.text):
        return None
    kids = [k for k in el if _tag(k)]
    if len(kids) < 2 or any(not _blank(k.tail) for k in el):
        return None
    if _tag(el) not in _ROW_TAGS and not (_tag(el) == "p" and len(kids) >= 3 and _text(kids[0]).isdigit()
                                          and len(_text(kids[0])) <= 3):
        return None  # (a <p> only as <span>1</span><span>UNIT</span><span>TITLE</span>: its first field a number)
    for k in kids:
        t = _tag(k)
        if t in _NOT_FIELDS or (t in block_tags and t not in _FIELD_BLOCKS):
            return None
        if any(_tag(d) in block_tags or _tag(d) in ("br", "hr") for d in k.iterdescendants()):
            return None
    if any(_text(k).startswith(_JOINS) for k in kids):
        return None  # <span>1</span><span>、UNIT：TITLE</span>: one line in runs
    own = [k for k in kids if _text(k) and not _linked(k)]
    if len(own) < 2:  # a bar of links, or an article list (<a>HEADLINE</a><span>DATE</span>): not a table
        return None
    return kids


def _text(el) -> str:
    return "".join(el.text_content().split())


def _linked(el) -> bool:
    """All of the element's text is link text."""
    return _tag(el) == "a" or _text(el) == "".join(_text(a) for a in el.iterdescendants("a"))


def field_runs(parent, block_tags: frozenset[str]) -> dict[object, int]:
    """Children of ``parent`` that are field rows: each → the index of its run among the parent's runs
    (its cells are its element children, one per field).

    A run is ≥ 2 consecutive sibling blocks (only white space between them) with the same tag and
    number of fields, and a class word in common (without classes: the same field tags in order).
    """
    runs: list[list] = []
    current: list = []
    shape = None

    def close() -> None:
        nonlocal current, shape
        if len(current) >= 2:
            runs.append(current)
        current, shape = [], None

    for k in parent:
        if _tag(k):
            f = _fields(k, block_tags)
            s = (_tag(k), len(f)) if f else None
            if s is not None and s == shape and _same_class(current[0], k, f):
                current.append(k)
            else:
                close()
                if s is not None:
                    current, shape = [k], s
        if not _blank(k.tail):  # text between two blocks: they are not one table (a comment is not text)
            close()
    close()
    return {el: i for i, run in enumerate(runs) for el in run}


def _same_class(a, b, b_fields: list) -> bool:
    """Two blocks of one table: a class word in common (``item head`` and ``item``), or, with no class,
    the same field tags."""
    ca, cb = _classes(a), _classes(b)
    if ca or cb:
        return bool(ca & cb)
    return [_tag(x) for x in a if _tag(x)] == [_tag(x) for x in b_fields]
