"""Comma-separated lists (.csv) → one table row per record.

The bytes are decoded like a text file (:func:`kg.ingest.decode`: UTF-8 with or without BOM, else
charset-normalizer's guess among GB18030/GBK, Big5, UTF-16), then split by Python's :mod:`csv` module, which
handles quoted fields holding commas, doubled quotes and line breaks. The delimiter is the one of ``,`` ``;``
tab ``|`` that :class:`csv.Sniffer` picks from the first lines, else a comma. Each record with any text is a
table row (cells in order; a record is never merged with the next), so the same table layouts read it as an
.xlsx sheet: a title record (one filled cell) is a row of one cell. A field holding a line break is one cell
(the break becomes a space, as in every reader).
"""

from __future__ import annotations

import csv
import io

from ..errors import Errors, KgError
from . import Read, TextBuilder

__all__ = ["read", "dialect"]

_DELIMITERS = ",;\t|"


def dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
    except csv.Error:
        return csv.excel


def read(data: bytes, path: str) -> Read:
    from ..ingest import decode

    text, encoding, problems = decode(data, path)
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    d = dialect("\n".join(lines[:20]))
    tb = TextBuilder()
    row = 0
    try:
        for k, record in enumerate(csv.reader(io.StringIO(text, newline=""), d)):
            while record and not record[-1].strip():
                record.pop()
            if record and tb.add_row(record, table=0, row=row, origin=f"csv:record:{k + 1}"):
                row += 1
    except csv.Error as exc:
        raise KgError(Errors.E009.format(path=path, fmt=".csv", reason=str(exc))) from None
    return Read(tb.text, tuple(tb.blocks), encoding, "csv", problems)
