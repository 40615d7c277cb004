"""Word 97-2003 .doc → typed blocks, through antiword's DocBook output.

``antiword -x db -m UTF-8.txt`` (Debian package ``antiword``) writes the document as DocBook XML: chapter and
section titles → heading, ``<para>`` → paragraph, ``<listitem>`` → list item, ``<informaltable>`` → one table
row per ``<row>``. antiword starts a new ``<tgroup>`` when the number of columns changes, which is how it
prints a cell merged across columns: each cell's colspan is the number of the table's column edges (the
union over its tgroups, from ``<colspec colwidth>``) that the cell covers, so a tier row merged across the
table is one cell spanning every column, as in the .docx reader. A cell merged down rows is empty in the
rows under its first (antiword prints its text once), as in the .docx reader.

Files named .doc that are something else are sniffed by their first bytes: a .docx package (``PK``) goes to the
.docx reader, a Word "web page" (HTML or MHTML) to the HTML readers; RTF to the RTF reader.

antiword is a separate program: it runs on a temporary copy with a time limit (``KG_DOC_TIMEOUT``, default
30 s, E017), a memory limit, and a cap on what it may write (``KG_MAX_ZIP_UNCOMPRESSED``, as for the
members of a .docx; E018). When it is not installed, reading a .doc is one coded line naming the file (E016).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile

from ..config import seconds
from ..errors import Errors, KgError
from . import Read, TextBuilder

__all__ = ["read", "antiword", "sniff"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DEFAULT_TIMEOUT = 30.0
MEMORY_LIMIT = 1 << 30  # address space of the antiword process
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<\?xml[^>]*>\s*<html)", re.I)


def sniff(data: bytes) -> str:
    """What a file named .doc really is: ``ole`` (Word 97-2003), ``docx``, ``rtf``, ``mhtml``, ``html`` or ``unknown``."""
    head = data[:512].lstrip(b"\xef\xbb\xbf")
    if data.startswith(OLE_MAGIC):
        return "ole"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if re.match(rb"^\s*(?:MIME-Version|Content-Type|From|Subject|Date|X-[\w-]+):", head, re.I) and b"multipart" in data[:4096].lower():
        return "mhtml"
    if _HTML_START.match(head):
        return "html"
    return "unknown"


def antiword() -> str | None:
    return shutil.which("antiword")


def _timeout() -> float:
    return seconds("KG_DOC_TIMEOUT", os.environ.get("KG_DOC_TIMEOUT"), DEFAULT_TIMEOUT)


def _command(exe: str, src: str, out_limit: int) -> list[str]:
    """antiword under ``sh``'s ulimit: output file size (512-byte blocks), address space (KiB), no core file.
    (Not ``preexec_fn``: Python documents it as unsafe when the parent has threads, e.g. a progress bar.)"""
    blocks = out_limit // 512 + 1
    script = f"ulimit -c 0; ulimit -f {blocks}; ulimit -v {MEMORY_LIMIT // 1024}; exec \"$0\" \"$@\""
    return ["/bin/sh", "-c", script, exe, "-x", "db", "-m", "UTF-8.txt", src]


def _docbook(data: bytes, path: str) -> bytes:
    """antiword's DocBook XML for the bytes of a Word 97-2003 file."""
    from ..safefs import max_zip_uncompressed

    exe = antiword()
    if exe is None:
        raise KgError(Errors.E016.format(path=path))
    limit, seconds = max_zip_uncompressed(), _timeout()
    with tempfile.TemporaryDirectory(prefix="kg-doc-") as tmp:
        src, out = os.path.join(tmp, "in.doc"), os.path.join(tmp, "out.xml")
        with open(src, "wb") as fh:
            fh.write(data)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "HOME": tmp}
        try:
            with open(out, "wb") as fh:
                done = subprocess.run(_command(exe, src, limit), stdout=fh, stderr=subprocess.PIPE,
                                      stdin=subprocess.DEVNULL, timeout=seconds, env=env, cwd=tmp)
        except subprocess.TimeoutExpired:
            raise KgError(Errors.E017.format(path=path, tool="antiword", seconds=seconds)) from None
        except OSError as exc:
            raise KgError(Errors.E009.format(path=path, fmt=".doc", reason=f"antiword: {exc.strerror or exc}")) from None
        size = os.path.getsize(out)
        if size > limit or done.returncode in (-25, 128 + 25):  # SIGXFSZ: it tried to write past the cap
            raise KgError(Errors.E018.format(path=path, limit=limit))
        if done.returncode != 0:
            lines = [ln.strip() for ln in done.stderr.decode("utf-8", "replace").splitlines()
                     if ln.strip() and "mapping file" not in ln]
            reason = lines[0].replace(src, "the file") if lines else f"antiword exited with status {done.returncode}"
            raise KgError(Errors.E009.format(path=path, fmt=".doc", reason=reason))
        with open(out, "rb") as fh:
            return fh.read()


def _text(el) -> str:
    """The text of an element without the tables inside it (they become rows of their own)."""
    parts = [el.text or ""]
    for child in el:
        if child.tag != "informaltable" and child.tag != "table":
            parts.append(_text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _edges(table) -> list[float]:
    """The table's column edges (in points): the union of every tgroup's cumulative colspec widths."""
    edges: set[float] = set()
    for tg in table.iter("tgroup"):
        pos = 0.0
        for spec in tg.iter("colspec"):
            m = re.match(r"([\d.]+)", spec.get("colwidth", ""))
            pos += float(m.group(1)) if m else 0.0
            edges.add(round(pos))
    return sorted(edges)


class _Walk:
    def __init__(self) -> None:
        self.tb = TextBuilder()
        self.table = 0

    def rows(self, table) -> None:
        edges, row_no = _edges(table), 0
        for tg in table.iter("tgroup"):
            widths = []
            for spec in tg.iter("colspec"):
                m = re.match(r"([\d.]+)", spec.get("colwidth", ""))
                widths.append(float(m.group(1)) if m else 0.0)
            for row in tg.iter("row"):
                cells, left = [], 0.0
                for k, entry in enumerate(row.iter("entry")):
                    right = left + (widths[k] if k < len(widths) else 0.0)
                    span = sum(1 for e in edges if round(left) < e <= round(right)) if right > left else 1
                    cells.append((_text(entry), max(span, 1)))
                    left = right
                if self.tb.add_row(cells, table=self.table, row=row_no, origin="doc:row"):
                    row_no += 1
        self.table += 1

    def visit(self, el, depth: int) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("informaltable", "table"):
            self.rows(el)
            return
        if tag == "title":
            self.tb.add("heading", _text(el), level=max(1, depth), origin="doc:title")
            return
        if tag == "para":
            if el.find(".//informaltable") is None:
                self.tb.add("paragraph", _text(el), origin="doc:para")
                return
            head = " ".join((el.text or "").split())  # text before a table inside the same para
            if head:
                self.tb.add("paragraph", head, origin="doc:para")
            for child in el:
                self.visit(child, depth)
                tail = " ".join((child.tail or "").split())
                if tail:
                    self.tb.add("paragraph", tail, origin="doc:para")
            return
        if tag == "listitem":
            body = [c for c in el if c.tag == "para"]
            if body and all(c.find(".//informaltable") is None for c in body):
                self.tb.add("list_item", _text(el), origin="doc:listitem")
                return
        if tag in ("bookinfo", "footnote"):
            return
        deeper = depth + 1 if tag in ("chapter", "sect1", "sect2", "sect3", "sect4", "sect5", "section") else depth
        for child in el:
            self.visit(child, deeper)


def _meta(root) -> tuple[tuple[str, str], ...]:
    date = " ".join((root.findtext("bookinfo/date") or "").split())
    return (("created", date),) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else ()


def read(data: bytes, path: str) -> Read:
    from lxml import etree

    if not data:
        raise KgError(Errors.E001.format(path=path))
    kind = sniff(data)
    if kind == "docx":
        from ..safefs import check_zip
        from . import docx

        check_zip(data, path)
        return docx.read(data, path)
    if kind in ("html", "mhtml"):
        from . import html, mhtml

        return (html if kind == "html" else mhtml).read(data, path)
    if kind == "rtf":
        from . import rtf

        return rtf.read(data, path)
    if kind != "ole":
        raise KgError(Errors.E009.format(path=path, fmt=".doc", reason="not a Word 97-2003 document (no OLE signature)"))
    xml = _docbook(data, path)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        root = None
        reason = str(exc)
    else:
        reason = "antiword wrote no document"
    if root is None:
        raise KgError(Errors.E009.format(path=path, fmt=".doc", reason=reason))
    w = _Walk()
    for child in root:
        if child.tag not in ("title", "bookinfo"):  # the book title repeats the summary title, in a broken encoding
            w.visit(child, 0)
    return Read(w.tb.text, tuple(w.tb.blocks), "doc", "doc", [], _meta(root))
