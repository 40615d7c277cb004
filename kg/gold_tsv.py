"""Gold files: tab-separated, a header row, ``#`` comment lines and blank lines skipped. UTF-8 (a BOM allowed),
or UTF-16 with its BOM (what Excel saves as "Unicode text"); read as inputs are (:func:`kg.safefs.read_input`:
regular files only, within the size limit).

Shared by the three gold formats (cases: :mod:`kg.evaluate`, award lists: :mod:`kg.evaluate_lists`, narratives:
:mod:`kg.evaluate_narratives`); every fault is an E602 naming the file and line.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from .errors import Errors, KgError
from .safefs import read_input

__all__ = ["gold_header", "read_gold"]


def _text(path: Path) -> str:
    raw = read_input(path)  # E005, E010 (a directory, a FIFO), E011, E012
    codec = "utf-16" if raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else "utf-8-sig"
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].decode(codec, "replace").count("\n") + 1
        name = "UTF-16" if codec == "utf-16" else "UTF-8"
        raise KgError(Errors.E602.format(path=path, line=line, reason=f"not {name} text (byte {exc.start})")) from None


def _rows(path: Path) -> tuple[int, list[str], list[tuple[int, list[str]]]]:
    lines = [line.removesuffix("\r") for line in _text(path).split("\n")]  # not splitlines(): U+2028 or \x1c in a cell ends no row
    body = [(i + 1, line.split("\t")) for i, line in enumerate(lines) if line.strip() and not line.startswith("#")]
    if not body:
        raise KgError(Errors.E602.format(path=path, line=1, reason="no header row"))
    return body[0][0], body[0][1], body[1:]


def gold_header(path: Path) -> list[str] | None:
    """The header's column names; ``None`` when there is no such file (E602 when it has no header row)."""
    return _rows(path)[1] if path.exists() else None


def read_gold(path: Path, columns: list[str] | tuple[str, ...], pad: bool) -> list[tuple[int, dict[str, str]]]:
    """(line number, {column: cell}) per row. ``columns`` must all be in the header; a row has as many cells
    as the header, or fewer when ``pad`` (a spreadsheet saves a row without its empty last cells)."""
    header_no, header, body = _rows(path)
    missing = [c for c in columns if c not in header]
    if missing:
        raise KgError(Errors.E602.format(path=path, line=header_no, reason=f"missing columns {missing}"))
    out = []
    for no, cells in body:
        if pad and len(cells) < len(header):
            cells = cells + [""] * (len(header) - len(cells))
        if len(cells) != len(header):
            raise KgError(Errors.E602.format(path=path, line=no, reason=f"{len(cells)} cells, expected {len(header)}"))
        out.append((no, dict(zip(header, cells))))
    return out
