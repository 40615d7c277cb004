"""Helpers for the tests that open kg's pages in headless Chromium (the ``browser`` fixture is in conftest)."""

from __future__ import annotations

import json
import time
from pathlib import Path

__all__ = ["open_page", "requests_made"]


def open_page(browser, f: Path, timeout: float = 30) -> None:
    """Open a page and wait until it says it is drawn (``<body data-drawn="1">``)."""
    browser.get_log("browser")
    browser.get_log("performance")
    browser.get(f.resolve().as_uri())
    deadline = time.time() + timeout
    while time.time() < deadline:
        if browser.execute_script("return document.body && document.body.getAttribute('data-drawn') === '1'"):
            return
        time.sleep(0.1)
    raise AssertionError(f"{f.name}: not drawn within {timeout} s")


def requests_made(browser) -> list[str]:
    """Every URL the page asked for since the last call."""
    urls = []
    for entry in browser.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls
