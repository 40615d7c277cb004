from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import BUNDLED_CORPUS

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


@pytest.fixture(scope="session")
def corpus_path() -> Path:
    return BUNDLED_CORPUS


@pytest.fixture(scope="session")
def corpus_text(corpus_path: Path) -> str:
    return corpus_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def built(corpus_path: Path):
    """The bundled corpus, built once for the session."""
    from kg.pipeline import build

    return build([corpus_path])


@pytest.fixture(scope="session")
def parsed(built):
    return built.parsed[0]


@pytest.fixture(scope="session")
def neo4j_conn(tmp_path_factory):
    """A real Neo4j: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) when set, else one started here.

    Never skips: if no server can be had, the tests that need it fail with the reason.
    """
    import os
    import secrets

    from kg.errors import KgError
    from kg.loaders.neo4j import Connection
    from kg.neo4j_server import start

    if os.environ.get("NEO4J_URI"):
        if not os.environ.get("NEO4J_PASSWORD"):
            pytest.fail("NEO4J_URI is set but NEO4J_PASSWORD is not")
        yield Connection(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"), os.environ["NEO4J_PASSWORD"],
                         os.environ.get("NEO4J_DATABASE") or None)
        return
    mp = pytest.MonkeyPatch()
    password = os.environ.get("NEO4J_PASSWORD") or "t-" + secrets.token_hex(8)
    mp.setenv("NEO4J_PASSWORD", password)
    try:
        server = start(tmp_path_factory.mktemp("neo4j"), wait=240)
    except KgError as exc:
        mp.undo()
        pytest.fail(f"could not start Neo4j for the tests (bash .ci/run installs Java 17 and Maven): {exc}")
    mp.setenv("NEO4J_URI", server.uri)
    mp.setenv("NEO4J_USER", "neo4j")
    try:
        yield Connection(server.uri, "neo4j", password)
    finally:
        server.stop()
        mp.undo()


@pytest.fixture()
def neo4j_driver(neo4j_conn):
    from kg.loaders.neo4j import connect, wipe

    driver = connect(neo4j_conn)
    wipe(driver, neo4j_conn.database)
    yield driver
    driver.close()


@pytest.fixture(scope="session")
def browser():
    """Headless Debian chromium through Debian's chromedriver; network requests are blocked and logged.

    Never skips: without chromium/chromedriver the browser tests fail with the reason.
    """
    import os
    import shutil

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from kg.viz.snapshot import CHROMIUM_FLAGS

    binary = shutil.which("chromium")
    driver_path = shutil.which("chromedriver")
    if not binary or not driver_path:
        pytest.fail("headless browser tests need Debian's chromium and chromium-driver (bash .ci/run installs them)")
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must not download anything
    opts = webdriver.ChromeOptions()
    opts.binary_location = binary
    for f in CHROMIUM_FLAGS:
        opts.add_argument(f)
    opts.add_argument("--window-size=1400,900")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    drv = webdriver.Chrome(service=Service(driver_path), options=opts)
    drv.execute_cdp_cmd("Network.enable", {})
    drv.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["http://*", "https://*", "ws://*", "wss://*", "ftp://*"]})
    yield drv
    drv.quit()
