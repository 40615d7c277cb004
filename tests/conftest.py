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
