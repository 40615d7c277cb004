"""Reading input files safely: regular files only, a size limit, and a cap on what a zip expands to.

* A FIFO named ``x.txt`` would block forever and ``/dev/zero`` would fill memory: only regular
  files are read (E010). The file is opened non-blocking and checked with ``fstat`` on the open
  descriptor, so swapping the path between the check and the read changes nothing.
* Files over ``KG_MAX_INPUT_BYTES`` (default 256 MiB) are refused before they are read (E011);
  a file that grows while it is read is cut off at the limit and refused too.
* A file that cannot be read is one coded line (E012), not a traceback; a symbolic link that leads to
  itself is such a file (ELOOP), and :func:`resolved` names it without following it.
* ``.docx``/``.xlsx`` are zip files: the sum of their members' declared uncompressed sizes must
  stay under ``KG_MAX_ZIP_UNCOMPRESSED`` (default 200 MiB), checked from the zip directory before
  any XML is parsed (E013). Python's zipfile never inflates a member past its declared size, so
  the declared sizes bound what a reader can be made to decompress.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from pathlib import Path

from .errors import Errors, KgError

__all__ = ["UNREADABLE", "MAX_INPUT_BYTES", "MAX_ZIP_UNCOMPRESSED", "max_input_bytes", "max_zip_uncompressed", "file_kind",
           "read_input", "check_zip", "resolved", "path_text", "LONE_SURROGATE", "ZIP_SUFFIXES"]

MAX_INPUT_BYTES = 256 * 1024 * 1024
MAX_ZIP_UNCOMPRESSED = 200 * 1024 * 1024
ZIP_SUFFIXES = (".docx", ".xlsx")
UNREADABLE = ("E005", "E010", "E011", "E012", "E013")  # per-file codes: in a build of many files, a problem of that file (E005: a dangling link)


def _limit(env: str, default: int) -> int:
    raw = os.environ.get(env)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise KgError(Errors.E703.format(what=env, expected="a whole number of bytes", value=raw)) from None
    if value <= 0:
        raise KgError(Errors.E703.format(what=env, expected="a positive number of bytes", value=raw))
    return value


def max_input_bytes() -> int:
    return _limit("KG_MAX_INPUT_BYTES", MAX_INPUT_BYTES)


def max_zip_uncompressed() -> int:
    return _limit("KG_MAX_ZIP_UNCOMPRESSED", MAX_ZIP_UNCOMPRESSED)


def file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


#: Half of a UTF-16 pair: what a file name that is not UTF-8 (surrogateescape) or an escape such as RTF
#: ``\u-10240`` leaves in a str; no UTF-8 output can hold one.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def path_text(path: str | Path) -> str:
    r"""A path as text for messages and outputs. Linux names are bytes; Python keeps those that are not UTF-8 as
    lone surrogates, which no UTF-8 output can hold. Such a part of the path is decoded as GB18030 when it is that
    (a zip made on Chinese Windows stores its names so, a GBK terminal types them so), else its odd bytes are
    shown as U+FFFD.

    >>> path_text("docs/" + b"\xb5\xda\xd2\xbb\xbd\xec.txt".decode("utf-8", "surrogateescape"))
    'docs/第一届.txt'
    >>> path_text(b"\xff.txt".decode("utf-8", "surrogateescape")), path_text("第一届.txt")
    ('\ufffd.txt', '第一届.txt')
    """
    s = str(path)
    if not any("\udc80" <= ch <= "\udcff" for ch in s):
        return s
    parts = []
    for raw in os.fsencode(s).split(b"/"):
        try:
            parts.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                parts.append(raw.decode("gb18030"))
            except UnicodeDecodeError:
                parts.append(raw.decode("utf-8", "replace"))
    return "/".join(parts)


def resolved(path: Path) -> Path:
    """``path.resolve()``, or the absolute path as written when links loop (``resolve`` raises then)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop, before Python 3.13
        return Path(os.path.abspath(path))


def read_input(path: Path) -> bytes:
    """The bytes of a regular input file, within the size limit (E005, E010, E011, E012, E013)."""
    spath = path_text(path)
    limit = max_input_bytes()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise KgError(Errors.E005.format(path=spath)) from None
    except OSError as exc:
        raise KgError(Errors.E012.format(path=spath, reason=exc.strerror or type(exc).__name__)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise KgError(Errors.E010.format(path=spath, kind=file_kind(st.st_mode)))
        if st.st_size > limit:
            raise KgError(Errors.E011.format(path=spath, size=st.st_size, limit=limit))
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise KgError(Errors.E011.format(path=spath, size=f"more than {limit}", limit=limit))
        data = b"".join(chunks)
    except OSError as exc:
        raise KgError(Errors.E012.format(path=spath, reason=exc.strerror or type(exc).__name__)) from None
    finally:
        os.close(fd)
    if path.suffix.lower() in ZIP_SUFFIXES:
        check_zip(data, spath)
    return data


def check_zip(data: bytes, path: str) -> None:
    """Refuse a zip whose members would expand past the limit (declared sizes, read from its directory)."""
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # not a zip at all: the reader reports it (E006)
    limit = max_zip_uncompressed()
    size = sum(i.file_size for i in infos)
    if size > limit:
        raise KgError(Errors.E013.format(path=path, size=size, limit=limit))
