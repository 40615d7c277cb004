"""One function over consecutive slices of work, the slices but the last in forked processes.

A forked process starts with this process's memory (spaCy, the gazetteer, the inputs), so
nothing is pickled on the way in; each sends its result back through a pipe. This process
does the last slice itself meanwhile. A slice whose process fails is done here again, so the
result is always ``[fn(s, *args) for s in slices]``, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["can_fork", "fork_map", "slices"]

S = TypeVar("S")


def can_fork() -> bool:
    """More than one core, fork available, and this is the build's main process (a pool worker does not split again)."""
    import multiprocessing as mp

    from .config import cores

    return cores() > 1 and mp.parent_process() is None and "fork" in mp.get_all_start_methods()


def slices(items: list[S], n: int) -> list[list[S]]:
    """``items`` in at most ``n`` consecutive slices of nearly equal length."""
    size = max(1, -(-len(items) // max(1, n)))
    return [items[i : i + size] for i in range(0, len(items), size)] or [items]


def fork_map(fn: Callable[..., Any], parts: list, *args: Any) -> list:
    """``[fn(p, *args) for p in parts]``, all parts but the last in forked processes (see the module docstring)."""
    import multiprocessing as mp

    if len(parts) < 2:
        return [fn(p, *args) for p in parts]
    ctx = mp.get_context("fork")
    procs = []
    for part in parts[:-1]:
        recv, send = ctx.Pipe(duplex=False)
        p = ctx.Process(target=_child, args=(send, fn, part, args), daemon=True)
        p.start()
        send.close()
        procs.append((p, recv, part))
    last = fn(parts[-1], *args)
    out = []
    for p, recv, part in procs:
        try:
            got = recv.recv()
        except (EOFError, OSError):
            got = None
        p.join()
        out.append(got[0] if got is not None else fn(part, *args))
    return [*out, last]


def _child(send, fn: Callable[..., Any], part: Any, args: tuple) -> None:
    """In a forked process: ``(result,)`` through the pipe, ``None`` on any failure, then exit."""
    import os

    try:
        res: tuple | None = (fn(part, *args),)
    except BaseException:  # noqa: BLE001 - the parent does the slice itself
        res = None
    try:
        send.send(res)
    finally:
        os._exit(0)
