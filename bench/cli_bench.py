"""CLI start-up and saved-build query times, each run in a fresh process.

    python3 bench/cli_bench.py [--runs 7]

Builds the bundled corpus once into a temporary saved build, then times (median,
min and max of --runs fresh processes, wall clock):

- ``kg --help``                                   target ≤ 0.3 s
- ``kg spread 公推直选 --graph DIR --format csv``   target ≤ 0.5 s (saved build)
- ``kg spread 公推直选 --input CORPUS``             for comparison: builds from the documents, as every
                                                  analyst command did before saved builds
- ``python -c "import kg"``                       the library import (lazy API)

Printed: median, min and max wall-clock seconds, and the median CPU seconds (user + system;
less sensitive to other work on a shared machine). Exit status 1 when a target is missed.

``--compare OTHER_KG`` also times another kg executable (e.g. an older checkout's
``.venv/bin/kg``): its ``--help`` and its ``spread NAME --format csv`` as it runs by
default (before saved builds: a build from the documents on every call).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {"kg --help": 0.3, "kg spread (saved build)": 0.5}


def kg_cmd() -> list[str]:
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kg"]


def timed(cmd: list[str], runs: int, env: dict) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system) seconds of each run; CPU time is what a busy machine
    inflates least, so it is printed beside the wall clock the targets are about."""
    wall, cpu = [], []
    for _ in range(runs):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        wall.append(time.perf_counter() - t)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return wall, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--name", default="公推直选")
    ap.add_argument("--compare", default=None, metavar="OTHER_KG", help="Another kg executable to time alongside.")
    a = ap.parse_args()
    from kg.config import BUNDLED_CORPUS

    kg = kg_cmd()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "0"}
    env.pop("KG_GRAPH", None)
    tmp = Path(tempfile.mkdtemp(prefix="kg-cli-bench-"))
    try:
        out = tmp / "kg-out"
        subprocess.run([*kg, "build", "--out", str(out)], check=True, stdout=subprocess.DEVNULL, env=env)
        cases = {
            "kg --help": [*kg, "--help"],
            "kg spread (saved build)": [*kg, "spread", a.name, "--graph", str(out), "--format", "csv"],
            "kg spread (table, saved build)": [*kg, "spread", a.name, "--graph", str(out)],
            "kg spread (built from the documents)": [*kg, "spread", a.name, "--input", str(BUNDLED_CORPUS), "--format", "csv"],
            "python -c 'import kg'": [sys.executable, "-c", "import kg"],
        }
        if a.compare:
            cases["other: kg --help"] = [a.compare, "--help"]
            cases["other: kg spread (its default)"] = [a.compare, "spread", a.name, "--format", "csv"]
        for cmd in cases.values():  # warm the page cache and .pyc files
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        print(f"{'command':40} {'median s':>9} {'min s':>7} {'max s':>7} {'cpu s':>7} {'target':>7}  runs={a.runs}")
        failed = False
        for label, cmd in cases.items():
            ts, cpu = timed(cmd, a.runs, env)
            med = statistics.median(ts)
            target = TARGETS.get(label)
            mark = "" if target is None else ("  ok" if med <= target else "  OVER")
            failed |= target is not None and med > target
            print(f"{label:40} {med:9.3f} {min(ts):7.3f} {max(ts):7.3f} {statistics.median(cpu):7.3f} "
                  f"{'' if target is None else f'{target:.1f}':>7}{mark}")
        print(f"(python {sys.version.split()[0]}, {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f})")
        return 1 if failed else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
