"""Markdown notes (.md, .markdown): an analyst's own copy of a list, parsed by markdown-it-py (CommonMark with GFM
tables), rendered as plain text, one block per line as the other readers build it.

* ``# 一等奖`` → a heading block (its level from the number of #);
* a paragraph → one block per printed line (lines apart by a soft break are separate lines of a list);
* a list item → its text; an ordered item keeps its printed number (``2. A：X``), a bullet is dropped;
* a table (GFM pipes) → table rows, a cell per column; the delimiter row is not text;
* emphasis, code and link marks are not text (``**一等奖**`` → ``一等奖``); an image is its alt text; ``**`` left as
  text by CommonMark's flanking rule, which Chinese punctuation defeats (``**“公推直选”**后``), is dropped too;
* a code block or raw HTML → its lines, as printed.

Provenance offsets are into this rendering (as for HTML), which is the document's text.
"""

from __future__ import annotations

from . import Read, TextBuilder

__all__ = ["read"]


def _inline_lines(token) -> list[str]:
    """The plain text of an inline token, split at its soft and hard breaks."""
    lines, cur = [], []
    for ch in token.children or ():
        if ch.type in ("softbreak", "hardbreak"):
            lines.append("".join(cur))
            cur = []
        elif ch.type == "text":
            cur.append(ch.content.replace("**", "").replace("__", ""))  # (see the module docstring)
        elif ch.type in ("code_inline", "html_inline"):
            cur.append(ch.content)
        elif ch.type == "image":
            cur.append(ch.content or "")
    lines.append("".join(cur))
    return lines


def read(data: bytes, path: str) -> Read:
    from markdown_it import MarkdownIt

    from ..ingest import decode

    text, encoding, problems = decode(data, path)
    tokens = MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(text)
    out = TextBuilder()
    table, row, cells = -1, 0, []
    item_number: list[str] = []  # the printed number of the open ordered list item, per level ("" for a bullet)
    heading = 0
    first_line_of_item = False
    for k, t in enumerate(tokens):
        if t.type == "heading_open":
            heading = int(t.tag[1:])
        elif t.type == "heading_close":
            heading = 0
        elif t.type == "list_item_open":
            item_number.append(f"{t.info}{t.markup} " if t.info else "")
            first_line_of_item = True
        elif t.type == "list_item_close":
            item_number.pop()
        elif t.type == "table_open":
            table, row = table + 1, 0
        elif t.type == "tr_open":
            cells = []
        elif t.type == "tr_close":
            if out.add_row(cells, table=table, row=row, origin="markdown:table-row"):
                row += 1
        elif t.type == "inline" and tokens[k - 1].type in ("th_open", "td_open"):
            cells.append(" ".join(_inline_lines(t)))
        elif t.type == "inline":
            for n, line in enumerate(_inline_lines(t)):
                if first_line_of_item and n == 0 and item_number and item_number[-1]:
                    line = item_number[-1] + line
                if heading:
                    out.add("heading", line, level=heading, origin="markdown:heading")
                else:
                    out.add("paragraph", line, origin="markdown:list-item" if item_number else "markdown:line")
            first_line_of_item = False
        elif t.type in ("fence", "code_block", "html_block"):
            for line in t.content.splitlines():
                out.add("paragraph", line, origin=f"markdown:{t.type}")
    return Read(out.text, tuple(out.blocks), encoding, "markdown", problems)
