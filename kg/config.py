"""Access to the data files in ``schema/`` (installed as ``kg.schema``)."""

from __future__ import annotations

import contextlib
import functools
import gc
import tomllib
from pathlib import Path

from .schema import DIR as SCHEMA_DIR

__all__ = ["SCHEMA_DIR", "schema_path", "load_toml", "BUNDLED_CORPUS", "seconds"]

BUNDLED_CORPUS = Path(__file__).resolve().parent / "data" / "corpus" / "award-cases-editions-1-2.txt"


def schema_path(name: str) -> Path:
    return SCHEMA_DIR / name


#: The longest time limit kg takes (a larger one overflows the clocks the limits are set on): about 11.6 days.
MAX_SECONDS = 1_000_000.0


def seconds(what: str, value: str | float | None, default: float) -> float:
    """A time limit: ``value`` (an environment variable's text or an option's number) as a positive, finite
    number of seconds up to :data:`MAX_SECONDS`, ``default`` when it is unset or empty; E703 naming ``what``
    otherwise (``nan``, ``-1``, ``1e308``, ``soon``).

    >>> seconds("KG_DOC_TIMEOUT", "2.5", 30), seconds("KG_DOC_TIMEOUT", "", 30)
    (2.5, 30)
    """
    if value is None or value == "":
        return default
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 < number <= MAX_SECONDS:  # nan fails this too
        from .errors import Errors, KgError

        raise KgError(Errors.E703.format(what=what, expected=f"a positive number of seconds up to {MAX_SECONDS:g}",
                                         value=value))
    return number


@functools.cache
def load_toml(name: str) -> dict:
    with open(schema_path(name), "rb") as fh:
        return tomllib.load(fh)


def cores() -> int:
    """CPUs this process may run on (its affinity mask, as ``taskset`` sets it), at least 1."""
    import os

    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


#: A ``paused_gc(keep=True)`` block that leaves at least this many new objects alive freezes them.
FREEZE_OVER = 1_000_000


@contextlib.contextmanager
def paused_gc(keep: bool = False):
    """No cyclic garbage collection inside: the build's stages allocate millions of small objects
    that live until the end, and each full collection walks all of them (a fifth of a large
    build). Reference counting still frees everything else; collection resumes on exit.

    ``keep``: what is alive on exit is what the caller keeps (a build's result). When that is many
    objects (:data:`FREEZE_OVER`) they are frozen (:func:`gc.freeze`) before collection resumes;
    otherwise the first collection after it walks every one of them (4–5 s after a 50 MB build).
    A build's result holds no reference cycles (``tests/test_docwork.py`` checks it), so reference
    counting still frees it when it is dropped. Garbage a reader left uncollected is frozen with it:
    the next ``keep`` block unfreezes and collects first, so nothing stays out of the collector's
    reach for longer than one build (one-off commands never pay that walk)."""
    was = gc.isenabled()
    if keep and gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if was:
            if keep and gc.get_count()[0] >= FREEZE_OVER:
                gc.freeze()
            gc.enable()
