"""Ingest: files on disk → :class:`~kg.model.Document`, and the cleaned view parsing reads.

I/O lives here and nowhere else in the pipeline. Text files are decoded as
UTF-8 (with or without BOM) when they are UTF-8, otherwise the encoding is
detected with charset-normalizer (GB18030/GBK, Big5, …). ``.docx`` is read with
python-docx, saved ``.html`` pages with BeautifulSoup (scripts, styles and
navigation dropped).

:func:`clean` removes page-break junk (完美整理, Word格式, lone page numbers, a
stray "]") and returns a :class:`CleanText` whose every position maps back to
an offset in ``Document.text``.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .config import load_toml
from .errors import Errors, KgError
from .ids import document_id
from .model import Document, Problem
from .safefs import LONE_SURROGATE, path_text, read_input

__all__ = ["SUPPORTED_SUFFIXES", "CleanText", "clean", "decode", "read_document", "discover", "junk_summary", "unread_files"]

from .readers import SUPPORTED_SUFFIXES


def _listing(p: Path) -> tuple[list[Path], list[str]]:
    """Every file under the directory ``p`` that is not a directory (a FIFO or device named x.txt too: reading
    reports it, E010), and the directories that could not be listed (unreadable, or gone while walking, as under
    /proc), with the reason. os.walk, not Path.rglob: rglob stops the whole walk at the first such directory."""
    errors: list[str] = []
    files: list[Path] = []
    for root, _dirs, names in os.walk(p, onerror=lambda exc: errors.append(f"{path_text(exc.filename)} ({exc.strerror})")):
        files.extend(Path(root) / n for n in names)
    return files, errors


def discover(paths: list[Path]) -> list[Path]:
    """Expand directories (recursively, sorted) into supported files."""
    files: list[Path] = []
    for p in paths:
        if not os.path.lexists(p):  # a link that leads nowhere or in a loop is read, and reported by read_input
            raise KgError(Errors.E005.format(path=p))
        if p.is_dir():
            found = sorted(f for f in _listing(p)[0] if f.suffix.lower() in SUPPORTED_SUFFIXES)
            if not found:
                raise KgError(Errors.E008.format(path=p))
            files.extend(found)
        else:
            files.append(p)
    return files


def unread_files(paths: list[Path]) -> list[Problem]:
    """One W106 per directory in ``paths`` holding files of types kg does not read (hidden files aside): their
    count and types, so a folder's .odt or .jpg is reported, not skipped without a word."""
    out = []
    for p in paths:
        if not p.is_dir():
            continue
        files, unlisted = _listing(p)
        out.extend(Problem("W110", "warning", Errors.W110.format(path=path_text(p), what=d), path_text(p)) for d in unlisted)
        skipped = sorted(f for f in files if f.suffix.lower() not in SUPPORTED_SUFFIXES
                         and not any(part.startswith(".") for part in f.relative_to(p).parts))
        if skipped:
            kinds = Counter(f.suffix.lower() or "(none)" for f in skipped)
            summary = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
            first = ", ".join(path_text(f.relative_to(p).as_posix()) for f in skipped[:3]) + (" …" if len(skipped) > 3 else "")
            out.append(Problem("W106", "warning", Errors.W106.format(path=path_text(p), count=len(skipped),
                                                                     summary=f"{summary} ({first})"), path_text(p)))
    return out


def decode(data: bytes, path: str) -> tuple[str, str, list[Problem]]:
    """Decode bytes to text; returns ``(text, encoding, problems)``.

    Raises :class:`KgError` for empty, binary or undecodable input.
    """
    if not data:
        raise KgError(Errors.E001.format(path=path))
    nul = data.find(b"\x00")
    if nul >= 0 and not (data.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise KgError(Errors.E002.format(path=path, offset=nul))
    if data.startswith(b"\xef\xbb\xbf"):
        return _utf8(data[3:], path, "utf-8-sig")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    # Mostly UTF-8 with a few broken bytes: keep UTF-8 and report every bad byte.
    bad = _count_bad_utf8(data)
    if bad * 1000 < len(data):
        return _utf8(data, path, "utf-8")
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "gbk", "big5", "cp950", "utf_16", "utf_8"]).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None or _is_garbage(str(best)):
        raise KgError(Errors.E003.format(path=path, offset=first_bad))
    encoding = best.encoding
    # charset-normalizer may name the narrowest fitting GB table; GB18030 is its superset.
    if encoding in ("gb2312", "gbk"):
        encoding = "gb18030"
    text = data.decode(encoding)
    return text, encoding, []


def _count_bad_utf8(data: bytes) -> int:
    return data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\xef\xbf\xbd".encode("latin-1"))


def _utf8(data: bytes, path: str, encoding: str) -> tuple[str, str, list[Problem]]:
    problems: list[Problem] = []
    try:
        return data.decode("utf-8"), encoding, problems
    except UnicodeDecodeError:
        pass
    # Decode piecewise so every undecodable byte is reported with its offset.
    out: list[str] = []
    pos = 0
    while pos < len(data):
        try:
            out.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            out.append(data[pos : pos + exc.start].decode("utf-8"))
            bad_at = pos + exc.start
            char_offset = sum(len(s) for s in out)
            out.append("\ufffd")
            problems.append(_bad_byte(path, data[bad_at], bad_at, char_offset))
            pos = bad_at + max(1, exc.end - exc.start)
    return "".join(out), encoding, problems


def _bad_byte(path: str, byte: int, byte_offset: int, char_offset: int) -> Problem:
    msg = Errors.W101.format(byte=f"0x{byte:02X}", offset=byte_offset)
    return Problem(code="W101", severity="warning", message=msg, source=path, offset=char_offset)


def _is_garbage(text: str) -> bool:
    """A decode that yields almost no CJK and many control/private-use characters is not text."""
    if not text.strip():
        return True
    sample = text[:20000]
    weird = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\r\n\t") or 0xE000 <= ord(ch) <= 0xF8FF)
    return weird > len(sample) * 0.01


def read_document(path: Path) -> tuple[Document, list[Problem]]:
    """Read one file into a :class:`Document` with its blocks; raises :class:`KgError` on unusable input."""
    from .readers import reader_for

    spath = path_text(path)  # the document's name in every output (text, even when the file name is not UTF-8)
    if not os.path.lexists(path):  # a dangling link is E005, a link loop E012, both from read_input
        raise KgError(Errors.E005.format(path=spath))
    reader = reader_for(path.suffix)
    if reader is None:
        raise KgError(Errors.E004.format(path=spath, suffix=path.suffix.lower()))
    data = read_input(path)  # regular files only, size-limited, zip members capped (kg/safefs.py)
    if not data:
        raise KgError(Errors.E001.format(path=spath))
    got = reader(data, spath)
    text = got.text
    if not text.strip():
        if not data.strip():
            raise KgError(Errors.E001.format(path=spath))
        why = "; ".join(q.message for q in got.problems if q.severity != "info")  # e.g. W108: the parser stopped
        raise KgError(Errors.E019.format(path=spath, size=len(data), fmt=got.format, why=f": {why}" if why else ""))
    halves = [(m.start(), ord(m.group())) for m in LONE_SURROGATE.finditer(text)]
    if halves:  # an RTF \\u-10240 or an HTML &#xD800; escape: no UTF-8 output can hold it (one char for one: offsets stay)
        text = LONE_SURROGATE.sub("\ufffd", text)
    sha1 = hashlib.sha1(text.encode("utf-8")).hexdigest()
    doc = Document(
        id=document_id(sha1),
        path=spath,
        name=path_text(path.name),
        text=text,
        encoding=got.encoding,
        format=got.format,  # type: ignore[arg-type]
        sha1=sha1,
        blocks=got.blocks,
        meta=got.meta,
    )
    problems = list(got.problems)
    problems.extend(Problem("W109", "warning", Errors.W109.format(code=c, offset=o), spath, o) for o, c in halves)
    problems.append(
        Problem(code="I102", severity="info", message=Errors.I102.format(encoding=got.encoding), source=spath)
    )
    return doc, problems


@dataclass(frozen=True, slots=True)
class CleanText:
    """Text with junk removed, plus the map back to original offsets.

    ``segments`` holds ``(clean_start, orig_start)`` pairs: clean positions from
    ``clean_start`` up to the next pair's map linearly onto the original.
    """

    text: str
    clean_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]
    removed: tuple[tuple[str, int, int], ...]  # (kind, orig_start, orig_end)

    def orig(self, pos: int) -> int:
        """Original offset of clean position ``pos`` (``pos == len(text)`` maps to the end)."""
        i = bisect.bisect_right(self.clean_starts, pos) - 1
        return self.orig_starts[i] + (pos - self.clean_starts[i])

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of a non-empty clean range."""
        if end <= start:
            o = self.orig(start)
            return o, o
        return self.orig(start), self.orig(end - 1) + 1


@functools.cache
def _patterns() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str] | None, dict[str, str]]:
    cfg = load_toml("parse.toml")["junk"]
    lines = [(item["kind"], re.compile(item["pattern"])) for item in cfg["lines"]]
    kinds = {item["pattern"]: item["kind"] for item in cfg["inline"]}
    inline = re.compile("|".join(f"(?:{p})" for p in kinds)) if kinds else None
    return lines, inline, kinds


def clean(text: str) -> CleanText:
    """Remove page-break junk; every remaining character keeps its original offset."""
    line_patterns, inline, kinds = _patterns()
    pieces: list[str] = []
    clean_starts: list[int] = []
    orig_starts: list[int] = []
    removed: list[tuple[str, int, int]] = []
    clen = 0

    def keep(orig_start: int, chunk: str) -> None:
        nonlocal clen
        if not chunk:
            return
        if not (clean_starts and orig_starts[-1] + (clen - clean_starts[-1]) == orig_start):
            clean_starts.append(clen)
            orig_starts.append(orig_start)
        pieces.append(chunk)
        clen += len(chunk)

    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        ending = line[len(body) :]
        kind = next((k for k, rx in line_patterns if rx.search(body)), None)
        if kind is not None:
            removed.append((kind, pos, pos + len(body)))
            pos += len(line)
            continue
        if inline is not None:
            last = 0
            for m in inline.finditer(body):
                keep(pos + last, body[last : m.start()])
                removed.append((_inline_kind(m.group(0), kinds), pos + m.start(), pos + m.end()))
                last = m.end()
            keep(pos + last, body[last:])
        else:
            keep(pos, body)
        keep(pos + len(body), "\n" if ending else "")
        pos += len(line)
    if not clean_starts:
        clean_starts, orig_starts = [0], [0]
    return CleanText(
        text="".join(pieces),
        clean_starts=tuple(clean_starts),
        orig_starts=tuple(orig_starts),
        removed=tuple(removed),
    )


def _inline_kind(fragment: str, kinds: dict[str, str]) -> str:
    for pattern, kind in kinds.items():
        if re.fullmatch(pattern, fragment):
            return kind
    return "junk"


def junk_summary(ct: CleanText) -> tuple[int, str]:
    counts = Counter(kind for kind, _, _ in ct.removed)
    return sum(counts.values()), ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))
