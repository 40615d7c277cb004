"""Text that leaves kg for a terminal, a spreadsheet or an XML file, made harmless there.

Document text, database values and user-typed names are data, never markup:

* :class:`PlainConsole` is a Rich console that reads every string it prints as plain text (no
  ``[markup]``, no ``:emoji:`` codes, no highlighting) and shows control characters visibly
  (ESC → ``\\x1b``), so ``[/x]`` prints as ``[/x]``, ``[link=file:///etc/passwd]`` is no link and
  an escape sequence in a title cannot drive the terminal. Styles are given with ``style=``.
* :func:`show` is that visible escaping on its own (for CSV and text written to stdout);
  :func:`json_safe` escapes what ``json.dumps(ensure_ascii=False)`` leaves raw (C1 controls,
  U+2028/U+2029, bidirectional overrides) as ``\\uXXXX``, losslessly.
* :func:`spreadsheet_cell` applies OWASP's CSV-injection rule to files meant for Excel: a cell
  that begins with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading ``'``.
  ``graph.json`` and the RDF files keep the exact text.
* :func:`xml_safe` replaces the characters XML 1.0 cannot carry at all (U+0000–U+0008, U+000B,
  U+000C, U+000E–U+001F, U+FFFE, U+FFFF, lone surrogates) by U+FFFD, for GraphML and GEXF.
"""

from __future__ import annotations

import functools
import re

__all__ = ["PlainConsole", "show", "json_safe", "spreadsheet_cell", "spreadsheet_cells", "spreadsheet_row", "xml_safe", "FORMULA_START"]

# C0 and C1 controls but tab and newline, DEL, line/paragraph separators, bidi embedding/override/isolate marks
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _visible(m: re.Match[str]) -> str:
    o = ord(m.group(0))
    return f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}"


def show(text: str) -> str:
    """``text`` with control, separator and bidi-override characters written visibly (``\\x1b``, ``\\u2028``)."""
    return _UNSAFE.sub(_visible, text)


def json_safe(text: str) -> str:
    """JSON text with the characters json.dumps leaves raw written as ``\\uXXXX`` escapes (same JSON value)."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def spreadsheet_cell(value: str) -> str:
    """OWASP CSV-injection rule: a cell a spreadsheet would read as a formula gets a leading ``'``."""
    return "'" + value if value.startswith(FORMULA_START) else value


def spreadsheet_row(row: dict[str, str]) -> dict[str, str]:
    return {k: spreadsheet_cell(v) if isinstance(v, str) else v for k, v in row.items()}


_FORMULA_CELL = re.compile("\x1f[" + re.escape("".join(FORMULA_START)) + "]")


def spreadsheet_cells(row: list) -> list:
    """A row of values as :func:`spreadsheet_row` writes them: no cell starts a formula. Most rows have no
    such cell: one search over the row joined finds those that may (cases.csv writes 1.6 million cells)."""
    joined = "\x1f".join(map(str, row))
    if joined.startswith(FORMULA_START) or _FORMULA_CELL.search(joined):
        return [spreadsheet_cell(v) if isinstance(v, str) else v for v in row]
    return row


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids replaced by U+FFFD."""
    return _XML_BAD.sub("\ufffd", text)


def __getattr__(name: str):
    """``PlainConsole`` is made on first use: importing rich costs ~0.1 s that csv/json output does not need."""
    if name == "PlainConsole":
        return _plain_console()
    raise AttributeError(name)


@functools.cache
def _plain_console():
    from rich.console import Console

    class PlainConsole(Console):
        """A Rich console for which every printed string is plain text (see the module doc)."""

        def __init__(self, *args, **kwargs):
            kwargs.update(markup=False, emoji=False, highlight=False)
            super().__init__(*args, **kwargs)

        def render_str(self, text: str, **kwargs):  # type: ignore[override]
            kwargs.update(markup=False, emoji=False, highlight=False)
            return super().render_str(show(text), **kwargs)

    return PlainConsole


