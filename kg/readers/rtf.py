"""Rich Text Format → typed blocks: ``.rtf`` files, and RTF saved with a ``.doc`` or ``.wps`` name.

striprtf (compared with pypandoc, which needs the pandoc binary, and LibreOffice, 5 s a file) turns the
markup into text: the code page from ``\\ansicpg`` and each font's ``\\fcharset`` (GBK/Big5 hex escapes
such as ``\\'b9\\'d8``), ``\\uN`` escapes, pictures and destinations dropped. Its ``\\cell`` marks (``|``)
and ``\\row`` ends make a line of cells: runs of such lines are read as a table, one row per line; every
other line is a paragraph. Characters the code page cannot decode become U+FFFD and are reported (W105)
with their position in the text, never dropped silently.
"""

from __future__ import annotations

import codecs
import re

from ..errors import Errors, KgError
from ..model import Problem
from . import Read, TextBuilder

__all__ = ["read", "is_rtf"]

_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")


def is_rtf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"{\\rtf"


def _codepage(data: bytes) -> str:
    """The document's code page (``\\ansicpg936`` → cp936); GB18030 when it names none or an unknown one."""
    m = _CODEPAGE.search(data[:4096])
    enc = f"cp{m.group(1).decode()}" if m else "gb18030"
    try:
        codecs.lookup(enc)
    except LookupError:
        enc = "gb18030"
    return enc


def _source(data: bytes, enc: str) -> str:
    """The RTF markup as text: 7-bit as it should be; raw 8-bit bytes some writers leave are in its code page."""
    return data.decode("ascii") if data.isascii() else data.decode(enc, errors="replace")


def _cells(line: str) -> list[str] | None:
    """A table row as striprtf prints it (``A|B|C|``): its cells, else ``None``."""
    if line.count("|") < 2 or not line.rstrip().endswith("|"):
        return None
    return [c.strip() for c in line.rstrip().rstrip("|").split("|")]


def read(data: bytes, path: str) -> Read:
    from striprtf.striprtf import rtf_to_text

    if not data:
        raise KgError(Errors.E001.format(path=path))
    if not is_rtf(data):
        raise KgError(Errors.E009.format(path=path, fmt=".rtf", reason="no {\\rtf header"))
    try:
        enc = _codepage(data)
        text = rtf_to_text(_source(data, enc), encoding=enc, errors="replace")
    except (ValueError, IndexError, LookupError, OverflowError, RecursionError) as exc:  # striprtf on broken markup (\\u99999999999)
        raise KgError(Errors.E009.format(path=path, fmt=".rtf", reason=f"broken markup: {exc}")) from None
    tb = TextBuilder()
    table, row, in_table = -1, 0, False
    for k, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        cells = _cells(line)
        if cells is not None:
            if not in_table:
                table, row, in_table = table + 1, 0, True
            if tb.add_row(cells, table=table, row=row, origin=f"rtf:row:{k + 1}"):
                row += 1
        else:
            in_table = False
            tb.add("paragraph", line, origin=f"rtf:line:{k + 1}")
    out = tb.text
    problems = [Problem("W105", "warning", Errors.W105.format(offset=m.start()), path, m.start())
                for m in re.finditer("\ufffd", out)]
    return Read(out, tuple(tb.blocks), f"rtf/{enc}", "rtf", problems)
