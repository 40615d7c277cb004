"""The examples in the docstrings of the layout recognisers, readers, region modules and the pure stage modules
run and hold."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kg.layouts
import kg.readers

MODULES = sorted(
    {"kg.layouts", "kg.readers", "kg.extract.regions", "kg.extract.regex_facts", "kg.placing", "kg.config", "kg.resolve",
     "kg.textnorm", "kg.ids", "kg.article_parts", "kg.furniture", "kg.parse", "kg.graph"}
    | {m.name for pkg in (kg.layouts, kg.readers) for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")}
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    failed, _ = doctest.testmod(importlib.import_module(name), report=False)
    assert failed == 0, name


def test_the_recognisers_have_examples():
    tried = sum(doctest.testmod(importlib.import_module(n), report=False)[1] for n in MODULES)
    assert tried >= 40
