"""kg: knowledge graphs of grassroots party-building innovation award cases.

The library API (:mod:`kg.api`) is reached as ``kg.build``, ``kg.open_build``,
``kg.spread``, ``kg.view``, ``kg.load``, ``kg.query`` and ``kg.Build``. It is
imported on first use (PEP 562), so ``import kg`` stays cheap: no pandas, spaCy,
networkx, pyvis or Neo4j driver until a function needs them.
"""

__version__ = "0.1.0"

_API = ("Build", "View", "build", "open_build", "spread", "timeline", "view", "load", "query")
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_API})
