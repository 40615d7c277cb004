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

from .errors import KgError

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


def start(data: Path, port: int | None = None, detach: bool = False, wait: float = 180, heap: str = "1g") -> Server:
    """Start the launcher and wait for READY; the password comes from NEO4J_PASSWORD."""
    if not os.environ.get("NEO4J_PASSWORD"):
        raise KgError("E506 NEO4J_PASSWORD is not set (read from the environment, never from code)")
    _, classpath = ensure_built()
    port = port or free_port()
    data.mkdir(parents=True, exist_ok=True)
    log = open(data / "kg-neo4j.log", "ab")
    cmd = ["java", f"-Xmx{heap}", "-cp", classpath, "kg.launcher.Launcher", "--data", str(data / "neo4j"), "--port", str(port)]
    if detach:
        cmd.append("--detach")
    proc = subprocess.Popen(
        cmd, stdin=subprocess.DEVNULL if detach else subprocess.PIPE, stdout=subprocess.PIPE, stderr=log,
        start_new_session=detach,
    )
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
        proc.kill()
        tail = (data / "kg-neo4j.log").read_text(errors="replace")[-1500:]
        raise KgError(f"E512 Neo4j did not become ready within {wait:.0f} s; log {data / 'kg-neo4j.log'}:\n{tail}")
    if detach:
        (data / PIDFILE).write_text(f"{proc.pid}\n{uri_box[0]}\n")
    return Server(uri_box[0], proc, data)


def stop(data: Path, timeout: float = 60) -> bool:
    """Stop a detached server started with ``data``; returns whether one was running."""
    pidfile = data / PIDFILE
    if not pidfile.exists():
        return False
    pid = int(pidfile.read_text().split()[0])
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pidfile.unlink()
        return False
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.3)
    else:
        os.kill(pid, signal.SIGKILL)
    pidfile.unlink(missing_ok=True)
    return True


def status(data: Path) -> str | None:
    """The bolt URI of a running detached server, else None."""
    pidfile = data / PIDFILE
    if not pidfile.exists():
        return None
    pid, uri = pidfile.read_text().split()[:2]
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return None
    return uri
