"""Word .docx (placeholder until the block reader lands): paragraphs in order."""

from __future__ import annotations

import io

from ..errors import Errors, KgError
from . import Read
from .text import line_blocks


def read(data: bytes, path: str) -> Read:
    from docx import Document as Docx

    if not data:
        raise KgError(Errors.E001.format(path=path))
    try:
        d = Docx(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several unrelated types for a bad zip
        raise KgError(Errors.E006.format(path=path, reason=f"{type(exc).__name__}: {exc}")) from None
    text = "\n".join(p.text for p in d.paragraphs)
    return Read(text, line_blocks(text, "docx:p"), "docx", "docx")
