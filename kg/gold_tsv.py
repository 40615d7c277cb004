"""Gold files: tab-separated, a header row, ``#`` comment lines and blank lines skipped (UTF-8, BOM allowed).

Shared by the three gold formats (cases: :mod:`kg.evaluate`, award lists: :mod:`kg.evaluate_lists`, narratives:
:mod:`kg.evaluate_narratives`); every fault is an E602 naming the file and line.
"""

from __future__ import annotations

from pathlib import Path

from .errors import Errors, KgError

__all__ = ["gold_header", "read_gold"]


def _rows(path: Path) -> tuple[int, list[str], list[tuple[int, list[str]]]]:
    if not path.exists():
        raise KgError(Errors.E005.format(path=path))
    lines = path.read_text(encoding="utf-8-sig").splitlines()
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
