"""Plain text: decoded as-is; one block per non-empty line (layouts decide what lines mean)."""

from __future__ import annotations

from ..model import Block
from . import Read

__all__ = ["read", "line_blocks"]


def line_blocks(text: str, origin: str = "text:line") -> tuple[Block, ...]:
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        if stripped:
            out.append(Block("paragraph", pos + lead, pos + lead + len(stripped), origin=origin))
        pos += len(line)
    return tuple(out)


def read(data: bytes, path: str) -> Read:
    from ..ingest import decode

    text, encoding, problems = decode(data, path)
    return Read(text, line_blocks(text), encoding, "text", problems)
