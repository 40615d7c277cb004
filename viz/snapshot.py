"""PNG snapshots of views in headless Chromium (Debian's chromium; no browser is downloaded)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from kg.errors import KgError

__all__ = ["CHROMIUM_FLAGS", "chromium_binary", "snapshot_png"]

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    "--hide-scrollbars", "--force-device-scale-factor=1",
]


def chromium_binary() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise KgError("E703 headless Chromium is needed for --png (apt-get install chromium)")


def snapshot_png(html_file: Path, png: Path, width: int = 1600, height: int = 1000, budget_ms: int = 8000) -> Path:
    """Render ``html_file`` after the network is drawn and write ``png``."""
    with tempfile.TemporaryDirectory() as profile:
        cmd = [chromium_binary(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
               f"--virtual-time-budget={budget_ms}", f"--screenshot={png.resolve()}", html_file.resolve().as_uri()]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if res.returncode != 0 or not png.exists():
        raise KgError(f"E704 Chromium could not render {html_file}: {res.stderr[-500:]}")
    return png
