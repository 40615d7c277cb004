"""Single-file web archives (.mht / .mhtml) → the HTML reader.

A browser's "save as single file" writes the page as a MIME ``multipart/related`` message: the page itself
is a ``text/html`` part (quoted-printable or base64, in its own charset), its images and styles are other
parts. Python's :mod:`email` package parses the message; the first ``text/html`` part (the one the
``start`` parameter names, when it names one) is decoded from its transfer encoding and handed, as bytes,
to :func:`kg.readers.html.read`, which decodes its charset (the part's ``charset`` parameter when the bytes
decode cleanly in it, else the page's ``<meta charset>`` or kg's detector). Other parts are not read.
"""

from __future__ import annotations

import email
import email.policy

from ..errors import Errors, KgError
from . import Read

__all__ = ["read", "html_part"]

_GB = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030"}


def html_part(data: bytes, path: str) -> tuple[bytes, str]:
    """The page's HTML bytes and the charset its part declares ('' when none)."""
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as exc:  # the email parser is lenient; this is a last resort
        raise KgError(Errors.E009.format(path=path, fmt="MHTML", reason=f"{type(exc).__name__}: {exc}")) from None
    start = (msg.get_param("start") or "").strip("<>") if msg.is_multipart() else ""
    html = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() not in ("text/html", "application/xhtml+xml"):
            continue
        cid = (part.get("Content-ID") or "").strip().strip("<>")
        html.append((0 if start and cid == start else 1, len(html), part))
    if not html:
        raise KgError(Errors.E009.format(path=path, fmt="MHTML", reason="no text/html part in the archive"))
    part = min(html)[2]
    body = part.get_payload(decode=True)
    if not body:
        raise KgError(Errors.E009.format(path=path, fmt="MHTML", reason="its text/html part is empty"))
    return body, (part.get_content_charset() or "").lower()


def read(data: bytes, path: str) -> Read:
    from . import html

    if not data:
        raise KgError(Errors.E001.format(path=path))
    body, charset = html_part(data, path)
    charset = _GB.get(charset, charset)
    declared = ""
    if charset and charset not in ("utf-8", "utf8", "us-ascii", "ascii"):
        try:
            # re-encode as UTF-8 so the HTML reader does not trust a stale <meta charset> over the part's own
            body = body.decode(charset).encode("utf-8")
            declared = charset
        except (LookupError, UnicodeDecodeError):
            pass  # the HTML reader's own detection decides
    got = html.read(body, path)
    got.format = "html"
    got.encoding = f"mhtml/{declared or got.encoding}"
    return got
