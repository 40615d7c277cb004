"""Builds the binary fixtures (.docx, .xlsx, .pdf) of tests/data/lists deterministically."""
from __future__ import annotations

from fixture_lib import Doc

DOCS: list[Doc] = []
