"""Main content of a web page: which blocks lie outside it, and the page's metadata.

A boilerplate-removal library reads the page and returns its main text
(trafilatura by default; readability-lxml and jusText can be plugged in for
comparison, see ``bench/html_main_content.py``). Blocks whose text the library
kept are content. The *main container* is the element whose blocks the library
kept most and dropped least, widened to include the page's headline (the
heading that prints the page title): everything inside it is content, however
short or link-dense; a winners' table of links or a list of short names is
exactly what such libraries drop, and it is what kg reads. Outside it, a
paragraph or heading the library did not keep becomes furniture
``outside-main``, and so does a table or list of which it kept nothing (a
sidebar of headlines): by position, never by link density or length.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["EXTRACTORS", "extracted", "mark_outside_main", "metadata", "key", "PROTECT_GROUPS", "MIN_KEY"]

PROTECT_GROUPS = False  # True: tables and lists are never marked outside-main (see bench/html_main_content.py)
MIN_KEY = 6  # shorter blocks are too likely to occur in the kept text by chance: only the container decides
_NON_WORD = re.compile(r"[\W_]+")


def key(s: str) -> str:
    """Comparable form: letters, digits and CJK only (extractors re-space and re-punctuate tables)."""
    return _NON_WORD.sub("", s)


def _trafilatura(html: str, fast: bool = True) -> str:
    import trafilatura

    # fast: trafilatura's own extractor without its readability/jusText fallbacks (3x faster; same
    # blocks kept on the fixtures, see bench/html_main_content.py)
    return trafilatura.extract(html, include_tables=True, include_comments=False, deduplicate=False, fast=fast) or ""


def _readability(html: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


def _justext(html: str) -> str:
    import justext

    # jusText has no Chinese stop-word list: with an empty one it classifies on length and link density only.
    paras = justext.justext(html.encode("utf-8"), frozenset(), stopwords_low=0, stopwords_high=0,
                            length_low=10, length_high=40, encoding="utf-8")
    return "\n".join(p.text for p in paras if not p.is_boilerplate)


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "trafilatura": _trafilatura,
    "trafilatura-full": lambda html: _trafilatura(html, fast=False),
    "readability": _readability,
    "justext": _justext,
}


def extracted(html: str, method: str = "trafilatura") -> str:
    """The main text an extractor keeps, in :func:`key` form ("" when it keeps nothing or fails)."""
    try:
        return key(EXTRACTORS[method](html))
    except Exception:  # an extractor failing on an odd page must not stop reading it: nothing is marked
        return ""


def _item_text(it) -> str:
    return " ".join(t for t, _ in it.cells) if it.cells else it.text


def _main_container(items, seen, headline):
    """The element whose blocks the extractor kept most and dropped least, widened to include the
    page's headline when it lies outside.

    A block counts its length: plus when the extractor kept it (or it is the headline), minus when
    not. A short kept block may match by chance: it counts nothing, or minus when it is all link
    text (a menu entry). Ties go to the outer element, so short neighbours (a tier heading above a
    table) stay with the content.
    """
    score: dict[object, int] = {}
    for it, kept in zip(items, seen, strict=True):
        if it.furniture:
            continue
        n = len(key(_item_text(it)))
        if it is headline or (kept and n >= MIN_KEY):
            pass
        elif kept and not it.linked:
            n = 0
        else:
            n = -n
        el = it.el
        while el is not None:
            score[el] = score.get(el, 0) + n
            el = el.getparent()
    if not score or max(score.values()) <= 0:
        return None
    depth = {el: sum(1 for _ in el.iterancestors()) for el in score}
    best = max(score, key=lambda el: (score[el], -depth[el]))
    if headline is not None and not _inside(headline.el, best):
        ancestors = set(best.iterancestors())
        best = next((a for a in headline.el.iterancestors() if a in ancestors), best)
    return best


def _inside(el, container) -> bool:
    return el is container or any(a is container for a in el.iterancestors())


def _group(it):
    """The table or list an item belongs to (None for other blocks)."""
    if it.kind == "table_row":  # a <tr>'s table; a field row's (<div><span>…) parent
        return next(it.el.iterancestors("table"), None) if it.el.tag == "tr" else it.el.getparent()
    if it.kind == "list_item":
        return next((a for a in it.el.iterancestors() if a.tag in ("ul", "ol", "menu", "dl")), None)
    return None


def mark_outside_main(html: str, root, items: list, meta: tuple[tuple[str, str], ...], method: str = "trafilatura",
                      protect_groups: bool = PROTECT_GROUPS):
    """Mark blocks outside the main content as furniture ``outside-main`` (in place).

    Outside the main container, a paragraph or heading is furniture (even one the extractor
    kept: a long sidebar blurb or the copyright line); a table or list is furniture only when
    the extractor kept none of its rows or items (and with ``protect_groups`` never).
    """
    kept_text = extracted(html, method)
    if not kept_text:
        return items
    keys = [key(_item_text(it)) for it in items]
    seen = [bool(k) and k in kept_text for k in keys]  # the extractor kept this text (short ones maybe by chance)
    flags = [s and len(k) >= MIN_KEY for s, k in zip(seen, keys, strict=True)]  # ... long enough to be sure
    titles = [key(v) for k, v in meta if k in ("title", "headline") and v]
    headline = next((it for it in items if it.kind in ("heading", "paragraph") and not it.furniture
                     and len(key(it.text)) >= MIN_KEY and any(key(it.text) in t for t in titles)), None)
    main = _main_container(items, seen, headline)
    if main is None:
        return items  # the extractor's text matches no block well enough to say where the content is
    kept_groups = {_group(it) for it, kept in zip(items, flags, strict=True) if kept} - {None}
    for it, kept in zip(items, flags, strict=True):
        if it.furniture or it is headline or _inside(it.el, main):
            continue
        if kept and it.kind in ("table_row", "list_item"):
            continue
        if it.kind in ("table_row", "list_item") and (protect_groups or _group(it) in kept_groups):
            continue
        it.furniture = "outside-main"
    return items


def _labelled(items, labels: list[str], value: str) -> str:
    rx = re.compile(rf"(?:{'|'.join(map(re.escape, labels))})\s*[:：]\s*({value})")
    for it in items:
        m = rx.search(it.text)
        if m:
            return m.group(1)
    return ""


def _iso(date: str) -> str:
    m = re.match(r"(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})", date)
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else ""


def metadata(html: str, root, items: list) -> tuple[tuple[str, str], ...]:
    """Page title, headline, publication date, site name and author, where the page says them.

    trafilatura reads the page's metadata (meta tags, JSON-LD, Open Graph); a date or
    author it cannot find there is taken from the page's own labelled line (发布时间：…,
    作者：…; labels in ``schema/furniture.toml`` ``[html.meta]``). htmldate's extensive
    search is not used: on Chinese pages it guesses from copyright years.
    """
    from ..config import load_toml

    labels = load_toml("furniture.toml")["html"]["meta"]
    out: dict[str, str] = {}
    t = root.find(".//title")
    title = " ".join((t.text_content() if t is not None else "").split())
    if title:
        out["title"] = title
    try:
        import trafilatura

        m = trafilatura.extract_metadata(html, extensive=False)
    except Exception:  # metadata is a bonus: a page whose metadata cannot be read is still read
        m = None
    if m is not None:
        for name, value in (("headline", m.title), ("date", m.date), ("site", m.sitename), ("author", m.author)):
            value = " ".join((value or "").split())
            if value and not (name == "headline" and value == title) and not re.search("[:：]", value):
                out[name] = value
    if "author" not in out:
        tag = root.find(".//meta[@name='author']")
        value = " ".join(((tag.get("content") if tag is not None else "") or "").split())
        out["author"] = value or _labelled(items, labels["author"], r"[^\s　|丨｜]{2,16}")
    if "date" not in out:
        out["date"] = _iso(_labelled(items, labels["date"], r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"))
    order = ("title", "headline", "date", "site", "author")
    return tuple((k, out[k]) for k in order if out.get(k))
