"""Placeholder: .pdf is read by the block reader that lands next."""

from __future__ import annotations

from ..errors import Errors, KgError
from . import Read


def read(data: bytes, path: str) -> Read:
    raise KgError(Errors.E004.format(path=path, suffix=".pdf"))
