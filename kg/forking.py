"""One function over many parts of work, shared between this process and forked ones.

A forked process starts with this process's memory (spaCy, the gazetteer, the inputs), so
nothing is pickled on the way in. Parts are handed out one at a time from a shared counter:
this process and each forked one take the next part not yet taken until none is left, so a
part that costs more than its estimate delays only itself, not a whole half of the work.
Each forked process sends each part's result as soon as it is done; a thread here reads them
off the pipe (so a forked process never waits for this one to read), and this process unpickles
them between parts of its own, so only the last part's result is left to take in at the end.
A part whose process fails before sending it is done here again, so the result is always
``[fn(p, *args) for p in parts]``, in order. This process may first do other work that
needs none of those results (:func:`fork_map_meanwhile`, or :class:`ForkedMap` begun, then
asked for its results later): the forked ones start meanwhile.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["PARTS_PER_CORE", "ForkedMap", "can_fork", "fork_map", "fork_map_meanwhile", "slices"]

S = TypeVar("S")
T = TypeVar("T")

#: Parts a stage's work is cut into per core: enough that the last part taken keeps one core
#: busy for a short while only, few enough that each part's fixed cost does not count.
PARTS_PER_CORE = 8


def can_fork() -> bool:
    """More than one core, fork available, and this is the build's main process (a pool worker does not split again)."""
    import multiprocessing as mp

    from .config import cores

    return cores() > 1 and mp.parent_process() is None and "fork" in mp.get_all_start_methods()


def slices(items: list[S], n: int, weight: Callable[[S], int] | None = None) -> list[list[S]]:
    """``items`` in at most ``n`` consecutive slices of nearly equal length, or of nearly equal total
    ``weight`` (an estimate of each item's cost: slices of long narratives and slices of short award
    entries would otherwise differ several times over)."""
    n = max(1, n)
    if weight is None:
        size = max(1, -(-len(items) // n))
        return [items[i : i + size] for i in range(0, len(items), size)] or [items]
    costs = list(itertools.accumulate(max(1, weight(it)) for it in items))
    if not costs:
        return [items]
    cuts = []
    for k in range(1, n):  # each cut after the item whose running total is nearest k/n of the whole
        target = costs[-1] * k / n
        i = bisect.bisect_left(costs, target)
        if i > 0 and target - costs[i - 1] < costs[i] - target:
            i -= 1
        cuts.append(i + 1)
    bounds = [0, *sorted({c for c in cuts if 0 < c < len(items)}), len(items)]
    return [items[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


def fork_map(fn: Callable[..., Any], parts: list, *args: Any, workers: int | None = None) -> list:
    """``[fn(p, *args) for p in parts]``; ``workers - 1`` forked processes (default: one per core but this one)
    and this one take parts in turn (see the module docstring)."""
    return fork_map_meanwhile(fn, parts, args, None, workers=workers)[0]


def fork_map_meanwhile(fn: Callable[..., Any], parts: list, args: tuple, meanwhile: Callable[[], T] | None,
                       workers: int | None = None) -> tuple[list, T | None]:
    """:func:`fork_map`, and ``meanwhile()``, which this process calls after starting the forked ones and
    before taking parts itself: work that needs nothing of ``fn``'s results runs beside them.
    Returns (the results in order, what ``meanwhile`` returned)."""
    started = ForkedMap(fn, parts, args, workers=workers)
    try:
        aside = meanwhile() if meanwhile else None
    except BaseException:
        started.cancel()
        raise
    return started.results(), aside


class ForkedMap:
    """``[fn(p, *args) for p in parts]`` begun in forked processes (``workers - 1``, default one per core but
    this one) when it is made; :meth:`results` has this process take parts too until none is left, then
    gives every result in order. Between the two this process may do anything that needs none of them.
    With fewer than two workers or parts nothing is forked and :meth:`results` does every part here.
    :meth:`cancel` stops the forked processes (the caller gave up: an error)."""

    def __init__(self, fn: Callable[..., Any], parts: list, args: tuple = (), workers: int | None = None):
        import collections
        import multiprocessing as mp
        import threading

        from .config import cores

        self.fn, self.parts, self.args = fn, parts, args
        self.procs: list = []
        self.readers: list[threading.Thread] = []
        self.inbox: collections.deque[bytes] = collections.deque()  # pickled (index, result) pairs, as sent
        self.counter = None
        n = min(len(parts), workers or cores())
        if n < 2:
            return
        ctx = mp.get_context("fork")
        self.counter = ctx.Value("l", 0)  # the next part to take, shared through memory mapped before the fork
        for _ in range(n - 1):
            recv, send = ctx.Pipe(duplex=False)
            _widen(recv)
            p = ctx.Process(target=_child, args=(send, self.counter, fn, parts, args), daemon=True)
            p.start()
            send.close()
            self.procs.append((p, recv))
        for _, recv in self.procs:  # started once every process is forked: none is forked beside a thread
            t = threading.Thread(target=_drain, args=(recv, self.inbox), daemon=True)
            t.start()
            self.readers.append(t)

    def results(self) -> list:
        fn, parts, args = self.fn, self.parts, self.args
        if self.counter is None:
            return [fn(p, *args) for p in parts]
        done: dict[int, Any] = {}
        try:
            while (i := _next(self.counter)) < len(parts):
                done[i] = fn(parts[i], *args)
                self._unpack(done)  # what the forked processes sent meanwhile
        except BaseException:
            self.cancel()
            raise
        for t in self.readers:
            t.join()
        for p, recv in self.procs:
            p.join()
            recv.close()
        self.procs, self.readers = [], []
        self._unpack(done)
        return [done[i] if i in done else fn(p, *args) for i, p in enumerate(parts)]  # a failed process's parts

    def _unpack(self, done: dict[int, Any]) -> None:
        import pickle

        while self.inbox:
            i, res = pickle.loads(self.inbox.popleft())
            done[i] = res

    def cancel(self) -> None:
        for p, recv in self.procs:
            p.kill()
            p.join()
            recv.close()
        for t in self.readers:
            t.join()
        self.procs, self.readers = [], []
        self.inbox.clear()


def _next(counter) -> int:
    """The index of the next part not yet taken (past the last when none is left)."""
    with counter.get_lock():
        i = counter.value
        counter.value = i + 1
    return i


#: Bytes a pipe holds (Linux; its default is 64 KiB, /proc/sys/fs/pipe-max-size allows 1 MiB unless lowered):
#: a part's result (about 1 MB at 50 MB of text) fits, so the forked process writes it without waiting for
#: the reader thread, which gets the GIL between this process's steps only every few milliseconds.
PIPE_BYTES = 1 << 20


def _widen(conn) -> None:
    """The pipe behind ``conn`` made :data:`PIPE_BYTES` long where the platform allows; else left as it is."""
    try:
        import fcntl

        fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass


def _drain(recv, inbox) -> None:
    """A reader thread: each message a forked process sends, as bytes, until it sends an empty one or fails."""
    try:
        while b := recv.recv_bytes():
            inbox.append(b)
    except (EOFError, OSError):
        pass  # the process failed (or was stopped): the parts it did not send are done here


def _child(send, counter, fn: Callable[..., Any], parts: list, args: tuple) -> None:
    """In a forked process: each part it takes, its result pickled through the pipe as soon as it is done;
    an empty message when none is left; on any failure nothing more (the parent does the part again); exit."""
    import os
    import pickle

    try:
        while (i := _next(counter)) < len(parts):
            send.send_bytes(pickle.dumps((i, fn(parts[i], *args)), protocol=pickle.HIGHEST_PROTOCOL))
        send.send_bytes(b"")
    except BaseException:  # noqa: BLE001 - the parent does the parts again
        pass
    finally:
        os._exit(0)
