"""`kg neo4j start|stop|status` and `kg load` against a real launcher (issue 13, part 2)."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KgError
from kg.neo4j_server import PIDFILE, free_port, start, status, stop

PASSWORD = "h13-test-pass"


def one_line(r) -> str:
    assert "Traceback" not in r.output, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1, r.output
    return lines[0]


@pytest.fixture()
def password(monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    return PASSWORD


# --- stop/status never signal a process that is not our launcher ------------------------------


@pytest.mark.parametrize("content", ["", "\n", "garbage", "-1 bolt://x", "1 bolt://x", "12ab bolt://x", "\x00\xff"],
                         ids=["empty", "newline", "garbage", "negative", "init", "not a number", "binary"])
def test_garbled_pidfile_is_a_clean_message_and_removed(tmp_path, content):
    (tmp_path / PIDFILE).write_text(content, encoding="latin-1")
    r = CliRunner().invoke(main, ["neo4j", "stop", "--data", str(tmp_path)])
    assert r.exit_code == 2 and "E532" in one_line(r)
    assert not (tmp_path / PIDFILE).exists()
    assert status(tmp_path) is None


def test_stale_pidfile_of_a_dead_process_is_removed(tmp_path):
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    (tmp_path / PIDFILE).write_text(f"{p.pid}\nbolt://127.0.0.1:1\n")
    assert status(tmp_path) is None
    r = CliRunner().invoke(main, ["neo4j", "stop", "--data", str(tmp_path)])
    assert r.exit_code == 0 and one_line(r) == "not running"
    assert not (tmp_path / PIDFILE).exists()


def test_stop_never_signals_an_unrelated_process(tmp_path):
    victim = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        (tmp_path / PIDFILE).write_text(f"{victim.pid}\nbolt://127.0.0.1:1\n")
        assert status(tmp_path) is None
        r = CliRunner().invoke(main, ["neo4j", "stop", "--data", str(tmp_path)])
        assert r.exit_code == 2 and "E532" in one_line(r) and "not signalled" in r.output
        time.sleep(0.5)
        assert victim.poll() is None  # still alive
    finally:
        victim.kill()
        victim.wait()


# --- start refuses clearly, fast --------------------------------------------------------------


def test_port_in_use_is_one_line(tmp_path, password):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        t0 = time.monotonic()
        r = CliRunner().invoke(main, ["neo4j", "start", "--data", str(tmp_path / "d"), "--port", str(port)])
    assert r.exit_code == 2 and "E530" in one_line(r) and str(port) in r.output
    assert time.monotonic() - t0 < 60


@pytest.mark.parametrize("pw,code", [("short", "E531"), ("1234567", "E531"), ("", "E506")])
def test_short_or_missing_password_says_why(tmp_path, monkeypatch, pw, code):
    monkeypatch.setenv("NEO4J_PASSWORD", pw)
    t0 = time.monotonic()
    r = CliRunner().invoke(main, ["neo4j", "start", "--data", str(tmp_path / "d"), "--port", str(free_port())])
    assert r.exit_code == 2 and code in one_line(r)
    if code == "E531":
        assert "8 characters" in r.output
    assert time.monotonic() - t0 < 30


@pytest.mark.parametrize("kind", ["http", "silent"])
def test_non_bolt_listener_is_a_clear_error_within_the_timeout(kind, password, monkeypatch):
    import http.server

    monkeypatch.setenv("KG_CONNECT_TIMEOUT", "3")
    if kind == "http":
        class Quiet(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

        srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        port, close = srv.server_address[1], lambda: (srv.shutdown(), srv.server_close())
    else:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        sock.listen(5)
        port, close = sock.getsockname()[1], sock.close
    try:
        t0 = time.monotonic()
        r = CliRunner().invoke(main, ["query", "--uri", f"bolt://127.0.0.1:{port}", "--cypher", "RETURN 1"])
        elapsed = time.monotonic() - t0
    finally:
        close()
    assert r.exit_code == 2 and "E501" in one_line(r) and "Bolt" in r.output
    assert elapsed < 3 + 5


# --- a real launcher: restart on the same store, owner-only files, killed during a load --------


def _private(data: Path) -> list[str]:
    loose = []
    for p in [data, *data.rglob("*")]:
        if p.is_symlink():
            continue
        if stat.S_IMODE(p.stat().st_mode) & 0o077:
            loose.append(f"{p} {oct(stat.S_IMODE(p.stat().st_mode))}")
    return loose


@pytest.mark.neo4j
def test_restart_same_store_private_files_and_kill_during_load(tmp_path, password, built, monkeypatch):
    from kg.loaders.neo4j import Connection, connect, load, snapshot

    data = tmp_path / "store"
    port = free_port()
    r = CliRunner().invoke(main, ["neo4j", "start", "--data", str(data), "--port", str(port)])
    assert r.exit_code == 0 and "READY" in r.output, r.output
    try:
        assert status(data) == f"bolt://127.0.0.1:{port}"
        assert _private(data) == []
        assert stop(data) is True
        assert status(data) is None
        # the README's workflow: start again on the same store with the same password
        s = start(data, port=port, detach=True, wait=240)
        conn = Connection(s.uri, "neo4j", PASSWORD)
        driver = connect(conn)
        pid = int((data / PIDFILE).read_text().split()[0])

        def kill(i: int) -> None:
            if i == 1:
                os.kill(pid, 9)

        monkeypatch.setenv("KG_CONNECT_TIMEOUT", "5")
        with pytest.raises(KgError) as e:
            load(driver, built.nodes, built.edges, batch_size=50, after_batch=kill)
        driver.close()
        assert e.value.code == "E501" and "\n" not in str(e.value) and "run kg load again" in str(e.value)
        s.process.wait(30)
        assert status(data) is None  # the pidfile names a dead process
        # after the crash: start again and the rerun completes
        start(data, port=port, detach=True, wait=240)
        driver = connect(conn)
        summary = load(driver, built.nodes, built.edges)
        labels, types, _ = snapshot(driver)
        driver.close()
        assert sum(labels.values()) == len(built.nodes) and sum(types.values()) == len(built.edges)
        assert summary.rows == len(built.nodes) + len(built.edges)
        assert _private(data) == []
    finally:
        stop(data)
