"""Access to the data files in ``schema/`` (installed as ``kg.schema``)."""

from __future__ import annotations

import contextlib
import functools
import gc
import tomllib
from pathlib import Path

from .schema import DIR as SCHEMA_DIR

__all__ = ["SCHEMA_DIR", "schema_path", "load_toml", "BUNDLED_CORPUS"]

BUNDLED_CORPUS = Path(__file__).resolve().parent / "data" / "corpus" / "award-cases-editions-1-2.txt"


def schema_path(name: str) -> Path:
    return SCHEMA_DIR / name


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


@contextlib.contextmanager
def paused_gc():
    """No cyclic garbage collection inside: the build's stages allocate millions of small objects
    that live until the end, and each full collection walks all of them (a fifth of a large
    build). Reference counting still frees everything else; collection resumes on exit."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
