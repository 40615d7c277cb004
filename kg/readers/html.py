"""Saved web pages (placeholder until the block reader lands): visible text, one block per line."""

from __future__ import annotations

from . import Read
from .text import line_blocks

_DROP = ("script", "style", "nav", "header", "footer", "noscript", "template", "iframe", "form", "aside")


def read(data: bytes, path: str) -> Read:
    from bs4 import BeautifulSoup

    from ..ingest import decode

    raw, encoding, problems = decode(data, path)
    soup = BeautifulSoup(raw, "lxml")
    for tag in soup(_DROP):
        tag.decompose()
    body = soup.body or soup
    lines = (line.strip() for line in body.get_text("\n").splitlines())
    text = "\n".join(line for line in lines if line)
    return Read(text, line_blocks(text, "html:line"), encoding, "html", problems)
