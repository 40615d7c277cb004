"""Word .docx → typed blocks, in body order (paragraphs and tables interleaved).

python-docx opens the package; the body XML is walked directly so tables stay
where they are printed. Heading styles (and outline levels) → heading with its
level; paragraphs with Word numbering (``numPr``, direct or from their style)
or a List style → list item. Word's automatic number is not part of the
paragraph text, so the reader computes it from ``numbering.xml`` and records
it in the origin: ``docx:numbered:<numFmt>:<level>:<n>`` (``numFmt`` as Word
names it: decimal, chineseCounting, decimalEnclosedCircle, bullet …, ``level``
0-based, ``n`` the number Word prints). Soft line breaks split a paragraph
(like ``<br>`` in HTML). Tables → one table row per ``w:tr``: a horizontal
merge is one cell with its colspan, a vertical merge keeps the text once (in
its first row) and the continued cells are empty, listed in the row's origin
(``docx:tr:vmerge=1,3``). Text boxes are read after the paragraph that anchors
them; page headers and footers are kept as furniture at the end.
"""

from __future__ import annotations

import io
import re

from ..errors import Errors, KgError
from . import Read, TextBuilder

__all__ = ["read"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_HEADING = re.compile(r"^(?:heading|标题|標題)\s*(\d)$", re.I)


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _val(el, path: str) -> str | None:
    found = el.find(path.replace("w:", f"{{{W}}}")) if el is not None else None
    return found.get(_q("val")) if found is not None else None


class _Numbering:
    """Word's list numbering: format and counter of each (numId, level)."""

    def __init__(self, part) -> None:
        self.fmt: dict[tuple[str, int], str] = {}
        self.start: dict[tuple[str, int], int] = {}
        self.counters: dict[str, list[int]] = {}
        if part is None:
            return
        root = part.element
        abstract = {}
        for a in root.iterchildren(_q("abstractNum")):
            lv = {}
            for lvl in a.iterchildren(_q("lvl")):
                ilvl = int(lvl.get(_q("ilvl"), "0"))
                lv[ilvl] = (_val(lvl, "w:numFmt") or "decimal", int(_val(lvl, "w:start") or "1"))
            abstract[a.get(_q("abstractNumId"))] = lv
        for num in root.iterchildren(_q("num")):
            nid = num.get(_q("numId"))
            lv = abstract.get(_val(num, "w:abstractNumId"), {})
            for ilvl, (fmt, start) in lv.items():
                self.fmt[(nid, ilvl)], self.start[(nid, ilvl)] = fmt, start
            for ov in num.iterchildren(_q("lvlOverride")):
                ilvl = int(ov.get(_q("ilvl"), "0"))
                s = _val(ov, "w:startOverride")
                if s is not None:
                    self.start[(nid, ilvl)] = int(s)

    def next(self, nid: str, ilvl: int) -> tuple[str, int]:
        """Format and printed number of the next paragraph of list ``nid`` at level ``ilvl``."""
        c = self.counters.setdefault(nid, [])
        while len(c) <= ilvl:
            c.append(self.start.get((nid, len(c)), 1) - 1)
        c[ilvl] += 1
        for deeper in range(ilvl + 1, len(c)):
            c[deeper] = self.start.get((nid, deeper), 1) - 1
        return self.fmt.get((nid, ilvl), "decimal"), c[ilvl]


def _text(p) -> str:
    """A paragraph's own text (not its text boxes); soft line breaks as "\\n"."""
    out: list[str] = []

    def rec(el) -> None:
        for ch in el:
            tag = ch.tag if isinstance(ch.tag, str) else ""
            if tag in (_q("txbxContent"), f"{{{MC}}}Fallback", _q("del"), _q("pPr"), _q("rPr")):
                continue
            if tag == _q("t"):
                out.append(ch.text or "")
            elif tag == _q("tab"):
                out.append("\t")
            elif tag in (_q("br"), _q("cr")):
                out.append("\n")
            elif tag == _q("noBreakHyphen"):
                out.append("-")
            else:
                rec(ch)

    rec(p)
    return "".join(out)


class _Reader:
    def __init__(self, doc) -> None:
        self.doc = doc
        self.tb = TextBuilder()
        self.tables = 0
        try:
            part = doc.part.numbering_part
        except (KeyError, NotImplementedError):
            part = None
        self.numbering = _Numbering(part)
        self.styles = {s.style_id: s for s in doc.styles}

    def _style_chain(self, p):
        s = self.styles.get(_val(p, "w:pPr/w:pStyle") or "") or self.styles.get("Normal")
        seen = 0
        while s is not None and seen < 10:
            yield s
            s, seen = s.base_style, seen + 1

    def paragraph(self, p) -> None:
        text = _text(p)
        heading, listed, num = 0, False, None
        outline = _val(p, "w:pPr/w:outlineLvl")
        num_id, ilvl = _val(p, "w:pPr/w:numPr/w:numId"), _val(p, "w:pPr/w:numPr/w:ilvl")
        for s in self._style_chain(p):
            m = _HEADING.match(s.name or "")
            heading = heading or (int(m.group(1)) if m else (1 if (s.name or "").lower() == "title" else 0))
            listed = listed or (s.name or "").lower().startswith("list")
            ppr = s.element.pPr
            if outline is None and ppr is not None:
                outline = _val(ppr, "w:outlineLvl")
            if num_id is None and ppr is not None:
                num_id, ilvl = _val(ppr, "w:numPr/w:numId"), ilvl or _val(ppr, "w:numPr/w:ilvl")
        if not heading and outline is not None and outline.isdigit() and int(outline) < 9:
            heading = int(outline) + 1
        if num_id not in (None, "0") and text.strip():
            fmt, n = self.numbering.next(num_id, int(ilvl or 0))
            num = f"docx:numbered:{fmt}:{int(ilvl or 0)}:{n}"
        if heading:
            self.tb.add("heading", text, level=heading, origin=num or "docx:heading")
        elif num or listed:
            self.tb.add("list_item", text, origin=num or "docx:list-style")
        else:
            for line in text.split("\n"):
                self.tb.add("paragraph", line, origin="docx:p")
        self.textboxes(p)

    def textboxes(self, p) -> None:
        for box in p.iter(_q("txbxContent")):
            if any(a.tag == f"{{{MC}}}Fallback" for a in box.iterancestors()):
                continue  # the VML copy of a text box already read from its DrawingML form
            for inner in box.iter(_q("p")):
                for line in _text(inner).split("\n"):
                    self.tb.add("paragraph", line, origin="docx:textbox")

    def table(self, tbl) -> None:
        if any(True for tr in tbl.iterchildren(_q("tr")) for tc in tr.iterchildren(_q("tc")) for _ in tc.iterchildren(_q("tbl"))):
            for tr in tbl.iterchildren(_q("tr")):  # a table holding a table lays out the page: its cells are regions,
                for tc in tr.iterchildren(_q("tc")):  # read like the body (the table inside is the list)
                    self.body(tc)
            return
        number = self.tables
        self.tables += 1
        row_no = 0
        for tr in tbl.iterchildren(_q("tr")):
            cells: list[tuple[str, int]] = []
            merged: list[str] = []
            for tc in tr.iterchildren(_q("tc")):
                span = int(_val(tc, "w:tcPr/w:gridSpan") or "1")
                vm = tc.find(f"{_q('tcPr')}/{_q('vMerge')}")
                if vm is not None and vm.get(_q("val"), "continue") == "continue":
                    merged.append(str(len(cells)))
                    cells.append(("", span))
                    continue
                paras = [_text(p) for p in tc.iter(_q("p"))]
                cells.append((" ".join(" ".join(paras).split()), span))
            origin = "docx:tr" + (f":vmerge={','.join(merged)}" if merged else "")
            if self.tb.add_row(cells, table=number, row=row_no, origin=origin):
                row_no += 1

    def body(self, el) -> None:
        for ch in el.iterchildren():
            if ch.tag == _q("p"):
                self.paragraph(ch)
            elif ch.tag == _q("tbl"):
                self.table(ch)
            elif ch.tag in (_q("sdt"), _q("sdtContent"), _q("customXml")):
                inner = ch.find(_q("sdtContent")) if ch.tag == _q("sdt") else ch
                if inner is not None:
                    self.body(inner)

    def furniture(self) -> None:
        seen: set[str] = set()
        for section in self.doc.sections:
            for reason, part in (("page-header", section.header), ("page-footer", section.footer)):
                if part.is_linked_to_previous and seen:
                    continue
                for p in part._element.iter(_q("p")):
                    t = " ".join(_text(p).split())
                    if t and (reason, t) not in seen:
                        seen.add((reason, t))
                        self.tb.add("furniture", t, origin="docx:" + reason, furniture=reason)


def read(data: bytes, path: str) -> Read:
    from docx import Document as Docx

    if not data:
        raise KgError(Errors.E001.format(path=path))
    try:
        d = Docx(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several unrelated types for a bad zip
        raise KgError(Errors.E006.format(path=path, reason=f"{type(exc).__name__}: {exc}")) from None
    try:
        r = _Reader(d)
        r.body(d.element.body)
        r.furniture()
    except (ValueError, KeyError, AttributeError) as exc:  # malformed attributes in the package's XML
        raise KgError(Errors.E006.format(path=path, reason=f"{type(exc).__name__}: {exc}")) from None
    cp = d.core_properties
    # "created" is when the file was made, not when the list was announced
    meta = tuple((k, v) for k, v in (("title", cp.title or ""), ("author", cp.author or ""),
                                     ("created", cp.created.date().isoformat() if cp.created else "")) if v.strip())
    return Read(r.tb.text, tuple(r.tb.blocks), "docx", "docx", [], meta)
