"""Pages nested deeper than a reader can follow: parsed whole, walked within a bounded depth, reported.

libxml2 (under lxml) stops at 256 levels of nesting and drops the rest of the page without an exception: a
list of 300 entries, each a ``<p><font>`` whose ``<font>`` is never closed (common on old sites), nests two
levels an entry and lost every entry after the 127th; a page of deeper ``<div>``\\ s read as empty. So:

* the page is parsed with ``huge_tree`` (libxml2's limit rises to 2048 levels); when even that is passed, the
  inline formatting tags (``<font>``, ``<span>``, ``<b>`` …: they carry nothing kg reads) are taken out of the
  source and it is parsed again; what is still cut off is W108, with the source line and column;
* a tree deeper than :data:`MAX_DEPTH` levels (the walk recurses once a level) loses its inline formatting
  tags first; below :data:`MAX_DEPTH` what remains is made the plain text of its container (W107, with the
  source line): the text is all read, its tables or lists there are not told apart. The main-content
  extractor (which parses the page itself) is then given this bounded tree, not the source.
"""

from __future__ import annotations

import re

from ..errors import Errors, problem
from ..model import Problem

__all__ = ["MAX_DEPTH", "parse_bounded"]

#: Deepest level the walk follows: it recurses once a level (Python stops at 1000 frames), and a tree this deep
#: serialised again stays under the 256 levels the main-content extractor parses.
MAX_DEPTH = 200
#: libxml2's nesting limit with huge_tree.
PARSER_LIMIT = 2048
INLINE = ("font", "span", "b", "i", "u", "em", "strong", "small", "big", "sub", "sup", "s", "strike", "tt", "mark",
          "nobr", "abbr", "cite", "q", "ins", "del", "label", "a")
_INLINE_TAG = re.compile(r"</?(?:%s)\b[^<>]*>" % "|".join(INLINE), re.I)


def _parse(text: str):
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True)
    root = lxml.html.document_fromstring(text, parser=parser)
    cut = next((e for e in parser.error_log if "Excessive depth" in e.message), None)
    return root, cut


def _deepest(root) -> tuple[int, object]:
    """(depth, element) of the deepest element, without recursion."""
    best, at = 0, root
    stack = [(root, 1)]
    while stack:
        el, d = stack.pop()
        if d > best:
            best, at = d, el
        stack.extend((ch, d + 1) for ch in el)
    return best, at


def _at_depth(root, depth: int) -> list:
    level = [root]
    for _ in range(depth - 1):
        level = [ch for el in level for ch in el]
    return level


#: Elements that end a run of text: each starts a new paragraph once flattened.
_BREAKS = frozenset({"p", "div", "li", "dt", "dd", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul",
                     "ol", "dl", "section", "article", "blockquote", "pre", "center", "caption", "header", "footer",
                     "address", "figure", "figcaption", "form", "fieldset", "main", "aside", "nav", "hr"})


#: Elements whose own text a reader does not take (a table's rows, a list's items are read instead).
_STRUCTURE = frozenset({"table", "tbody", "thead", "tfoot", "tr", "colgroup", "ul", "ol", "dl", "html"})


def _flatten(container) -> None:
    """Everything inside ``container`` made its text, a ``<br>`` where a block began (so one paragraph stays one)."""
    from lxml import etree

    for el in list(container.iterdescendants()):
        if isinstance(el.tag, str) and el.tag in _BREAKS:
            el.addprevious(etree.Element("br"))
    tags = {el.tag for el in container.iterdescendants() if isinstance(el.tag, str) and el.tag != "br"}
    if tags:
        etree.strip_tags(container, *tags)
    etree.strip_elements(container, etree.Comment, etree.ProcessingInstruction, with_tail=False)


def parse_bounded(text: str, path: str):
    """``(root, problems)``: the page's tree, no deeper than :data:`MAX_DEPTH` levels (raises lxml's errors)."""
    from lxml import etree

    problems: list[Problem] = []
    root, cut = _parse(text)
    if cut is not None:  # over 2048 levels: the inline tags that were never closed are the usual cause
        root, cut = _parse(_INLINE_TAG.sub("", text))
        if cut is not None:
            problems.append(problem(Errors.W108, "warning", path, limit=PARSER_LIMIT, line=cut.line, column=cut.column))
    depth, _ = _deepest(root)
    if depth > MAX_DEPTH:
        etree.strip_tags(root, *INLINE)
        depth, el = _deepest(root)
        if depth > MAX_DEPTH:
            line = next((a.sourceline for a in el.iterancestors() if a.sourceline), None) or el.sourceline or 0
            done: set = set()
            for deep in _at_depth(root, MAX_DEPTH):
                # flattened where text may stand: not in a table's or a list's own structure (its text is not read there)
                c = next((a for a in (deep, *deep.iterancestors()) if a.tag not in _STRUCTURE), root)
                if c not in done and (c is root or all(a not in done for a in c.iterancestors())):
                    done.add(c)
                    _flatten(c)
            problems.append(problem(Errors.W107, "warning", path, depth=depth, line=line, limit=MAX_DEPTH))
    return root, problems
