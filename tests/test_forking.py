"""kg.forking: work cut into slices of nearly equal cost, taken in turn by this process and forked ones."""

from __future__ import annotations

import os
import time

from kg.forking import can_fork, fork_map, fork_map_meanwhile, slices


def test_slices_keep_order_and_cover_every_item():
    items = list(range(23))
    for n in (1, 2, 3, 8, 40):
        got = slices(items, n)
        assert [x for s in got for x in s] == items and len(got) <= n and all(got)


def test_weighted_slices_balance_cost_not_count():
    items = [1] * 60 + [100] * 6  # sixty short award entries, then six long narratives
    halves = slices(items, 2, weight=lambda x: x)
    assert [x for s in halves for x in s] == items
    costs = [sum(s) for s in halves]
    assert abs(costs[0] - costs[1]) <= 100  # within one item; by count the halves would cost 33 and 627
    assert slices(items, 2) == [items[:33], items[33:]]
    assert slices([], 4, weight=lambda x: x) == [[]]
    assert slices([5], 4, weight=lambda x: x) == [[5]]
    assert [len(s) for s in slices([3] * 6, 3, weight=lambda x: x)] == [2, 2, 2]


def _slow_pid(x: int) -> tuple[int, int]:
    time.sleep(0.1)
    return x * x, os.getpid()


def test_fork_map_shares_parts_between_this_process_and_a_forked_one():
    got = fork_map(_slow_pid, list(range(8)), workers=2)
    assert [v for v, _ in got] == [x * x for x in range(8)]  # in order
    pids = {pid for _, pid in got}
    assert os.getpid() in pids and len(pids) == 2  # each process took parts


_PARENT = os.getpid()


def _fails_when_forked(x: int, add: int) -> int:
    if os.getpid() != _PARENT:
        raise RuntimeError("a worker failed")
    time.sleep(0.02)
    return x + add


def test_parts_of_a_failed_worker_are_done_here():
    assert fork_map(_fails_when_forked, list(range(10)), 5, workers=2) == list(range(5, 15))


def test_one_worker_or_one_part_runs_here():
    assert fork_map(lambda x: x + 1, [1, 2, 3], workers=1) == [2, 3, 4]
    assert fork_map(lambda x: os.getpid(), [0]) == [os.getpid()]
    assert isinstance(can_fork(), bool)


def test_this_process_does_other_work_while_forked_ones_start():
    got, aside = fork_map_meanwhile(_slow_pid, list(range(6)), (), lambda: (os.getpid(), time.sleep(0.3))[0], workers=2)
    assert [v for v, _ in got] == [x * x for x in range(6)] and aside == os.getpid()
    forked = {pid for _, pid in got} - {os.getpid()}
    assert forked  # a forked process took parts while this one was busy
    assert fork_map_meanwhile(_slow_pid, [2], (), lambda: "aside") == ([(4, os.getpid())], "aside")  # one part: all here


def _fails_late_when_forked(x: int) -> tuple[int, int]:
    time.sleep(0.05)
    if os.getpid() != _PARENT and x >= 6:
        raise RuntimeError("a worker failed after sending some parts")
    return x * x, os.getpid()


def test_parts_sent_before_a_worker_failed_are_kept_and_the_rest_done_here():
    """Each part's result is sent when it is done (read off the pipe by a thread here), so a failure loses only
    the part under way: the forked process's earlier parts keep its pid, the one it failed on is done here."""
    got = fork_map(_fails_late_when_forked, list(range(12)), workers=2)
    assert [v for v, _ in got] == [x * x for x in range(12)]
    forked = [x for x, (_, pid) in enumerate(got) if pid != os.getpid()]
    assert forked and max(forked) < 6


def test_results_sent_meanwhile_are_taken_in_between_parts_here():
    from kg.forking import ForkedMap

    started = ForkedMap(_slow_pid, list(range(10)), workers=2)
    time.sleep(0.5)  # this process is busy elsewhere: the forked one takes parts and sends each result
    assert len(started.inbox) >= 2  # already read off the pipe, not waiting in it
    got = started.results()
    assert [v for v, _ in got] == [x * x for x in range(10)] and not started.procs and not started.inbox


def test_a_result_pipe_holds_a_whole_part():
    """The pipe a forked process sends its results through is widened (Linux) so a part's result does not wait
    for the reader thread; where the platform refuses, it is left as it was."""
    import multiprocessing as mp

    from kg.forking import PIPE_BYTES, _widen

    recv, send = mp.Pipe(duplex=False)
    try:
        _widen(recv)
        try:
            import fcntl

            size = fcntl.fcntl(recv.fileno(), fcntl.F_GETPIPE_SZ)
        except (ImportError, AttributeError):
            return  # no pipe sizes on this platform: nothing to check
        limit = int(open("/proc/sys/fs/pipe-max-size").read())
        assert size == PIPE_BYTES if limit >= PIPE_BYTES else size >= 65536
    finally:
        recv.close()
        send.close()
