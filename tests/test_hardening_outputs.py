"""Atomic outputs and `--out` errors for kg build, view, export and report (issue 13, parts 3 and 7)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg import atomic
from kg.cli import main
from kg.config import BUNDLED_CORPUS

KG = [sys.executable, "-m", "kg"]
OUTPUTS = ("graph.json", "graph.graphml", "cases.csv", "quality.json", "quality.md")


def one_line(r) -> str:
    assert "Traceback" not in r.output, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1, r.output
    return lines[0]


def check_whole(out: Path) -> tuple[int, int, tuple[str, ...]]:
    """Every output parses completely; returns (cases in graph.json, cases in cases.csv, sources in quality.json)."""
    g = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    nx.read_graphml(out / "graph.graphml")
    rows = list(csv.DictReader(io.StringIO((out / "cases.csv").read_bytes().decode("utf-8-sig"))))
    q = json.loads((out / "quality.json").read_text(encoding="utf-8"))
    assert (out / "quality.md").read_text(encoding="utf-8").startswith("# Quality report")
    cases = sum(1 for n in g["nodes"] if n.get("label") == "Case")
    return cases, len({r["case_id"] for r in rows}), tuple(d["source"] for d in q["documents"])


@pytest.fixture(scope="module")
def half_corpus(tmp_path_factory) -> Path:
    text = BUNDLED_CORPUS.read_text(encoding="utf-8")
    p = tmp_path_factory.mktemp("half") / "half.txt"
    p.write_text(text[: text.index("篇三:")], encoding="utf-8")
    return p


def test_two_builds_into_one_directory_at_once_leave_one_whole_build(tmp_path, half_corpus):
    out = tmp_path / "same"
    for _ in range(2):
        procs = [subprocess.Popen([*KG, "build", str(src), "--out", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                 for src in (BUNDLED_CORPUS, half_corpus)]
        for p in procs:
            assert p.wait(300) == 0, p.stderr.read()
        graph_cases, csv_cases, sources = check_whole(out)
        assert graph_cases == csv_cases
        assert len(sources) == 1
        assert sources[0].endswith(BUNDLED_CORPUS.name if graph_cases == 186 else half_corpus.name)
        assert not list(out.glob(atomic.TMP_PREFIX + "*"))


def test_a_build_killed_while_writing_never_leaves_a_partial_file(tmp_path):
    out = tmp_path / "out"
    r = subprocess.run([*KG, "build", "--out", str(out)], capture_output=True)
    assert r.returncode == 0
    first = check_whole(out)
    for delay in (0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0):
        p = subprocess.Popen([*KG, "build", "--out", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        p.wait()
        assert check_whole(out) == first
        for name in OUTPUTS:
            assert (out / name).stat().st_size > 0
    r = subprocess.run([*KG, "build", "--out", str(out)], capture_output=True)
    assert r.returncode == 0 and check_whole(out) == first
    assert not list(out.glob(atomic.TMP_PREFIX + "*"))  # what a killed writer left is cleaned up


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    p = tmp_path / "f.json"
    atomic.write_text(p, "old\n")

    def broken(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(atomic.KgError) as e:
        atomic.write_text(p, "new\n")
    assert e.value.code == "E020" and "No space left" in str(e.value)
    assert p.read_text() == "old\n" and sorted(x.name for x in tmp_path.iterdir()) == ["f.json"]


def test_written_files_get_the_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        atomic.write_bytes(tmp_path / "x", b"1")
    finally:
        os.umask(old)
    assert oct((tmp_path / "x").stat().st_mode & 0o777) == oct(0o644)


@pytest.fixture()
def a_file(tmp_path) -> Path:
    f = tmp_path / "a-file"
    f.write_text("x")
    return f


OUT_CASES = [
    ("build out is a file", lambda f, d: ["build", "--out", str(f)]),
    ("build out under a file", lambda f, d: ["build", "--out", str(f / "sub")]),
    ("build out unwritable", lambda f, d: ["build", "--out", "/sys/kg-h13-out"]),
    ("view out is a directory", lambda f, d: ["view", "overview", "--out", str(d)]),
    ("view out under a file", lambda f, d: ["view", "overview", "--out", str(f / "v.html")]),
    ("view all out is a file", lambda f, d: ["view", "--all", "--out", str(f)]),
    ("export out is a directory", lambda f, d: ["export", "--format", "ttl", "--out", str(d)]),
    ("export out under a file", lambda f, d: ["export", "--format", "nt", "--out", str(f / "x.nt")]),
    ("export admin dir is a file", lambda f, d: ["export", "--neo4j-admin", str(f)]),
    ("report out is a file", lambda f, d: ["report", "--out", str(f)]),
    ("report out unwritable", lambda f, d: ["report", "--out", "/sys/kg-h13-report"]),
]


@pytest.mark.parametrize("name,args", OUT_CASES, ids=[c[0] for c in OUT_CASES])
def test_bad_out_is_one_coded_line(name, args, a_file, tmp_path):
    before = a_file.read_text()
    r = CliRunner().invoke(main, args(a_file, tmp_path))
    assert r.exit_code == 2 and "E020" in one_line(r), r.output
    assert a_file.read_text() == before


def test_view_edition_abc_is_coded(tmp_path):
    r = CliRunner().invoke(main, ["view", "edition", "abc", "--out", str(tmp_path / "e.html")])
    assert r.exit_code == 2 and "E703" in one_line(r)
    r = CliRunner().invoke(main, ["view", "edition", "1", "x", "--out", str(tmp_path / "e.html")])
    assert r.exit_code == 2 and "E703" in one_line(r)


# -- --out that names a device or a FIFO: written into, never replaced -----------------------------------------------

def test_out_dev_null_is_written_into_not_replaced():
    """The atomic rename used to replace the target: as root, ``--out /dev/null`` turned /dev/null into a regular
    file (found when a fuzzing run broke the machine's /dev/null, /dev/full and /dev/stdout)."""
    import stat

    r = CliRunner().invoke(main, ["export", "--format", "nt", "--out", "/dev/null"])
    assert r.exit_code == 0, r.output
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    r = CliRunner().invoke(main, ["view", "overview", "--out", "/dev/null"])
    assert r.exit_code == 0 and stat.S_ISCHR(os.stat("/dev/null").st_mode), r.output


def test_out_dev_full_is_e020():
    import stat

    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)  # Linux's always-full device (kg's CI runs on Linux)
    r = CliRunner().invoke(main, ["export", "--format", "nt", "--out", "/dev/full"])
    assert r.exit_code == 2 and "E020" in one_line(r) and "No space" in r.output, r.output
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_out_fifo_is_streamed_to_its_reader_and_without_one_is_e020(tmp_path):
    import stat
    import threading

    fifo = tmp_path / "pipe.nt"
    os.mkfifo(fifo)
    r = CliRunner().invoke(main, ["export", "--format", "nt", "--out", str(fifo)])
    assert r.exit_code == 2 and "E020" in one_line(r) and "nothing reads" in r.output, r.output  # not a hang
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    time.sleep(0.3)
    r = CliRunner().invoke(main, ["export", "--format", "nt", "--out", str(fifo)])
    reader.join(timeout=60)
    assert r.exit_code == 0, r.output
    assert got and got[0].count(b" .\n") > 1000 and stat.S_ISFIFO(os.stat(fifo).st_mode)
