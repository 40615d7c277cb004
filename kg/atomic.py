"""Atomic outputs: a reader never sees a half-written file, a directory is never two builds mixed.

* :func:`write_bytes` / :func:`write_text` write to a temporary file in the same directory,
  flush it to disk and ``os.replace`` it over the target: the target is always the old file
  or the new one, whole.
* :func:`output_dir` creates (or checks) an output directory and takes an exclusive lock on it
  (``fcntl.flock`` on ``.kg-write.lock``) held until :func:`release` or the end of the process,
  so two ``kg build --out same`` at once write one after the other; a manifest written last
  (see ``kg.saved``) then always describes the files beside it. Temporary files a killed
  writer left behind are removed once the lock is held.
* :func:`output_file` checks a single-file target (not a directory, parent writable).

Every failure is a one-line :class:`KgError` E020 naming the path.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from .errors import Errors, KgError

__all__ = ["write_bytes", "write_text", "output_dir", "output_file", "release", "LOCK_NAME", "TMP_PREFIX"]

LOCK_NAME = ".kg-write.lock"
TMP_PREFIX = ".kg-tmp-"
_locks: dict[Path, int] = {}


def _fail(path: Path, exc: OSError | str) -> KgError:
    reason = exc if isinstance(exc, str) else (exc.strerror or type(exc).__name__)
    return KgError(Errors.E020.format(path=path, reason=reason))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temp file in the same directory, fsync, rename). A target that
    exists and is not a regular file (``/dev/null``, ``/dev/stdout``, a FIFO) is written to as it is: renaming
    over it would replace the device itself (as root, ``--out /dev/null`` made /dev/null a regular file)."""
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:  # a name too long, a loop of links
        raise _fail(path, exc) from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise _fail(path, "is a directory; give a file name")
    if st is not None and not stat.S_ISREG(st.st_mode):
        return _write_through(path, data, stat.S_ISFIFO(st.st_mode))
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TMP_PREFIX + path.name + ".")
    except OSError as exc:
        raise _fail(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _fail(path, exc) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _write_through(path: Path, data: bytes, fifo: bool) -> Path:
    """Write into an existing device, terminal or FIFO (a FIFO nobody reads from is E020, not a hang)."""
    try:
        fd = os.open(path, os.O_WRONLY | (os.O_NONBLOCK if fifo else 0))
    except OSError as exc:
        raise _fail(path, "a FIFO that nothing reads from" if exc.errno == errno.ENXIO else exc) from None
    try:
        os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except OSError as exc:  # /dev/full: no space
        raise _fail(path, exc) from None
    finally:
        os.close(fd)
    return path


def write_text(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> Path:
    """Text with fixed line endings (``\\n`` → ``newline``), written atomically."""
    if newline != "\n":
        text = text.replace("\n", newline)
    return write_bytes(path, text.encode(encoding))


def output_file(path: Path) -> Path:
    """Check a single-file output target and create its parent directory."""
    path = Path(path)
    try:  # stat can fail beyond "no such file": a name too long, a loop of links
        if path.is_dir():
            raise _fail(path, "is a directory; give a file name")
        parent = path.parent
        if parent.exists() and not parent.is_dir():
            raise _fail(path, f"{parent} is a file, not a directory")
    except OSError as exc:
        raise _fail(path, exc) from None
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _fail(path, exc) from None
    if not os.access(parent, os.W_OK | os.X_OK):
        raise _fail(path, f"{parent} is not writable")
    return path


def output_dir(out: Path, lock: bool = True) -> Path:
    """Create or check the output directory ``out`` and lock it for this process (see module doc)."""
    out = Path(out)
    try:  # stat can fail beyond "no such file": a name too long, a loop of links
        if out.exists() and not out.is_dir():
            raise _fail(out, "is a file; --out needs a directory")
    except OSError as exc:
        raise _fail(out, exc) from None
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _fail(out, exc) from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise _fail(out, "the directory is not writable")
    if lock:
        _lock(out)
    return out


def _lock(out: Path) -> None:
    key = out.resolve()
    if key in _locks:
        return
    try:
        import fcntl
    except ImportError:  # not POSIX: files are still atomic one by one
        return
    try:
        fd = os.open(key / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666 & ~_umask())
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError as exc:
        raise _fail(out, exc) from None
    _locks[key] = fd
    for stale in key.glob(TMP_PREFIX + "*"):  # left by a writer that was killed
        stale.unlink(missing_ok=True)


def release(out: Path) -> None:
    """Release the lock :func:`output_dir` took (the end of the process releases it too)."""
    fd = _locks.pop(Path(out).resolve(), None)
    if fd is not None:
        os.close(fd)
