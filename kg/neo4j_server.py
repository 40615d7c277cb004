"""Start and stop a real Neo4j Community server without Docker, from Maven Central artifacts.

The launcher (``kg/neo4j_launcher``: a pom.xml and one Java class) is compiled
once with Maven into a cache directory; it binds Bolt to 127.0.0.1, stores data
in a given directory, reads the password from ``NEO4J_PASSWORD`` and prints
``READY bolt://127.0.0.1:PORT``. Attached (tests), it exits when its standard
input closes; detached (``kg neo4j start``), it runs until ``kg neo4j stop``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import Errors, KgError

__all__ = ["LAUNCHER_SRC", "ensure_built", "Server", "start", "stop", "status", "free_port"]

LAUNCHER_SRC = Path(__file__).resolve().parent / "neo4j_launcher"
PIDFILE = "kg-neo4j.pid"


def _cache_dir() -> Path:
    files = [LAUNCHER_SRC / "pom.xml", *sorted((LAUNCHER_SRC / "src").rglob("*.java"))]
    h = hashlib.sha1(b"".join(f.read_bytes() for f in files)).hexdigest()[:12]
    base = Path(os.environ.get("KG_CACHE", Path.home() / ".cache" / "kg"))
    return base / f"neo4j-launcher-{h}"


def ensure_built() -> tuple[Path, str]:
    """Compile the launcher (once); returns (build dir, classpath)."""
    build = _cache_dir()
    cp_file = build / "target" / "classpath.txt"
    if not cp_file.exists() or not (build / "target" / "classes" / "kg" / "launcher" / "Launcher.class").exists():
        if shutil.which("mvn") is None or shutil.which("java") is None:
            raise KgError("E510 Java 17 and Maven are needed to run Neo4j without Docker (apt-get install openjdk-17-jdk-headless maven)")
        build.mkdir(parents=True, exist_ok=True)
        shutil.copy2(LAUNCHER_SRC / "pom.xml", build / "pom.xml")
        shutil.copytree(LAUNCHER_SRC / "src", build / "src", dirs_exist_ok=True)
        res = subprocess.run(
            ["mvn", "-q", "-B", "compile", "dependency:build-classpath", f"-Dmdep.outputFile={cp_file}"],
            cwd=build, capture_output=True, text=True,
        )
        if res.returncode != 0:
            raise KgError(f"E511 building the Neo4j launcher failed:\n{res.stdout[-2000:]}{res.stderr[-2000:]}")
    classpath = f"{build / 'target' / 'classes'}{os.pathsep}{cp_file.read_text().strip()}"
    return build, classpath


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    uri: str
    process: subprocess.Popen
    data: Path

    def stop(self, timeout: float = 60) -> None:
        if self.process.poll() is None:
            try:
                if self.process.stdin:
                    self.process.stdin.close()
            except OSError:
                pass
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()


MIN_PASSWORD = 8  # Neo4j refuses shorter passwords


def _check_password() -> None:
    password = os.environ.get("NEO4J_PASSWORD")
    if not password:
        raise KgError(Errors.E506)
    if len(password) < MIN_PASSWORD:
        raise KgError(Errors.E531)


def _check_port(port: int) -> None:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            raise KgError(Errors.E530.format(port=port)) from None


def _private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def _private_file(path: Path, mode: str = "ab"):
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    fd = os.open(path, flags, 0o600)
    os.chmod(path, 0o600)
    return os.fdopen(fd, mode)


def _launcher_failure(log: Path) -> str:
    """The launcher's own one-line reason, else the last line of the log that is not a stack frame."""
    try:
        lines = [ln.strip() for ln in log.read_text(errors="replace").splitlines() if ln.strip()]
    except OSError:
        return "no log"
    for ln in reversed(lines):
        if ln.startswith("kg-neo4j-launcher:"):
            return ln.split(":", 1)[1].strip()
    frames = ("at ", "...", "Caused by", "Suppressed")
    rest = [ln for ln in lines if not ln.startswith(frames)]
    return rest[-1][:300] if rest else "no reason in the log"


def start(data: Path, port: int | None = None, detach: bool = False, wait: float = 180, heap: str = "1g") -> Server:
    """Start the launcher and wait for READY; the password comes from NEO4J_PASSWORD.

    The data directory is private (0700) and everything in it is created owner-only
    (umask 077); a taken port, a short password or an early exit is one coded line.
    """
    _check_password()
    _, classpath = ensure_built()
    if port:
        _check_port(port)
    port = port or free_port()
    data = data.resolve()
    _private_dir(data)
    log_path = data / "kg-neo4j.log"
    log = _private_file(log_path)
    cmd = ["java", f"-Xmx{heap}", "-cp", classpath, "kg.launcher.Launcher", "--data", str(data / "neo4j"), "--port", str(port)]
    if detach:
        cmd.append("--detach")
    proc = subprocess.Popen(
        cmd, stdin=subprocess.DEVNULL if detach else subprocess.PIPE, stdout=subprocess.PIPE, stderr=log,
        start_new_session=detach, umask=0o077,
    )
    log.close()
    ready = threading.Event()
    uri_box: list[str] = []

    def reader() -> None:
        assert proc.stdout is not None
        for raw in proc.stdout:
            line = raw.decode("utf-8", "replace").strip()
            if line.startswith("READY "):
                uri_box.append(line.split(" ", 1)[1])
                ready.set()
        ready.set()

    threading.Thread(target=reader, daemon=True).start()
    deadline = time.monotonic() + wait
    while not ready.wait(0.5):
        if proc.poll() is not None or time.monotonic() > deadline:
            break
    if not uri_box:
        exited = proc.poll() is not None
        if not exited:
            proc.kill()
            proc.wait()
        reason = _launcher_failure(log_path)
        if exited:
            raise KgError(Errors.E533.format(reason=reason, log=log_path))
        raise KgError(f"E512 Neo4j did not become ready within {wait:.0f} s: {reason} (log {log_path})")
    if detach:
        with _private_file(data / PIDFILE, "w") as fh:
            fh.write(f"{proc.pid}\n{uri_box[0]}\n{data}\n")
    return Server(uri_box[0], proc, data)


def _cmdline(pid: int) -> list[str] | None:
    """The command line of a live process, or None when there is none."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
        return [a.decode("utf-8", "replace") for a in raw.split(b"\0") if a]
    except FileNotFoundError:
        return None
    except OSError:
        res = subprocess.run(["ps", "-o", "args=", "-p", str(pid)], capture_output=True, text=True)
        return res.stdout.split() if res.returncode == 0 and res.stdout.strip() else None


def _is_our_launcher(pid: int, data: Path) -> bool:
    args = _cmdline(pid)
    if not args:
        return False
    store = str(data.resolve() / "neo4j")
    return "kg.launcher.Launcher" in args and any(a == store for a in args)


def _read_pidfile(data: Path) -> tuple[int, str] | None:
    """``(pid, uri)`` from the pidfile; a garbled or empty one is removed (E532)."""
    pidfile = data / PIDFILE
    try:
        fields = pidfile.read_text(errors="replace").split()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KgError(Errors.E012.format(path=pidfile, reason=exc.strerror or exc)) from None
    if len(fields) < 2 or not fields[0].isdigit() or int(fields[0]) <= 1:
        pidfile.unlink(missing_ok=True)
        raise KgError(Errors.E532.format(path=pidfile, reason="the pidfile is empty or garbled"))
    return int(fields[0]), fields[1]


def stop(data: Path, timeout: float = 60) -> bool:
    """Stop a detached server started with ``data``; returns whether one was running.

    Only a process whose command line is the kg launcher on this data directory is
    signalled; a stale pidfile (the process is gone or is something else) is removed.
    """
    got = _read_pidfile(data)
    if got is None:
        return False
    pid, _ = got
    pidfile = data / PIDFILE
    if not _is_our_launcher(pid, data):
        pidfile.unlink(missing_ok=True)
        if _cmdline(pid) is None:
            return False
        raise KgError(Errors.E532.format(
            path=pidfile, reason=f"process {pid} is not the kg Neo4j launcher of this data directory; not signalled"))
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pidfile.unlink(missing_ok=True)
        return False
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _is_our_launcher(pid, data):
            break
        time.sleep(0.3)
    else:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    pidfile.unlink(missing_ok=True)
    return True


def status(data: Path) -> str | None:
    """The bolt URI of a running detached server, else None (a stale or garbled pidfile counts as none)."""
    try:
        got = _read_pidfile(data)
    except KgError:
        return None
    if got is None or not _is_our_launcher(got[0], data):
        return None
    return got[1]
