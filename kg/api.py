"""kg as a library: what the ``kg`` command does, for notebooks and scripts.

>>> import kg
>>> b = kg.build()                          # the bundled corpus, in memory (kg.build(out="kg-out") also saves it)
>>> b = kg.open_build("kg-out")             # a saved build; rebuilt only when its inputs changed
>>> kg.spread(b, "公推直选")                  # a pandas DataFrame: the rows of `kg spread 公推直选 --format csv`
>>> b.cases(), b.awards()                   # DataFrames
>>> kg.view(b, "spread", "公推直选")          # shows inline in Jupyter; .html is the page, .save(path) writes it
>>> kg.load(b)                              # into Neo4j (NEO4J_URI, NEO4J_PASSWORD from the environment)

The CLI calls these same functions. Nothing heavy is imported here at module
level: pandas, spaCy (through the build), pyvis and the Neo4j driver are
imported by the function that needs them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .api_build import AWARD_COLUMNS, CASE_COLUMNS, EVENT_COLUMNS, PRACTICE_COLUMNS, Build, frame
from .config import BUNDLED_CORPUS
from .errors import Errors, KgError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "Build", "build", "open_build", "resolve_build", "default_graph_dir", "spread", "spread_rows", "SPREAD_COLUMNS",
    "View", "view", "load", "query", "CASE_COLUMNS", "AWARD_COLUMNS", "PRACTICE_COLUMNS", "EVENT_COLUMNS",
]

#: Columns of :func:`spread` (and of ``kg spread --format csv``), in order.
SPREAD_COLUMNS = ("level", "competition", "edition", "province", "prefecture", "county", "region_code", "case_id", "mechanism",
                  "practice", "subject", "title")

Notify = Callable[[str], None]


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr)


# -- building and opening -------------------------------------------------------------------------


def build(paths: Iterable[str | os.PathLike] | None = None, out: str | os.PathLike | None = None,
          progress: Callable[[int, int], None] | None = None) -> Build:
    """Build the graph from documents (default: the bundled corpus).

    With ``out``, also save it there as ``kg build --out`` does: graph.json, graph.graphml,
    cases.csv, quality.json, quality.md, and last manifest.json (inputs with their
    SHA-256, kg version, outputs), so :func:`open_build` can read it back.
    """
    from .pipeline import build as run

    files = [Path(p) for p in paths] if paths else [BUNDLED_CORPUS]
    result = run(files, progress=progress)
    b = Build(result=result)
    if out is not None:
        _save(b, files, Path(out))
    return b


def _save(b: Build, args: list[Path], out: Path) -> list[Path]:
    from .export import write_outputs
    from .ingest import discover
    from .pipeline import display_paths
    from .saved import MANIFEST, manifest_of, write_manifest

    from .atomic import output_dir

    output_dir(out)  # a file, an unwritable place or a missing parent is one coded line (E020)
    (out / MANIFEST).unlink(missing_ok=True)  # an interrupted write leaves no manifest, so no build that looks whole
    written = write_outputs(b.result, out)
    files = discover(args)  # every input, read or not, with the name the build gave it
    b.manifest = manifest_of(args, files, display_paths(files), written, BUNDLED_CORPUS)
    write_manifest(out, b.manifest)
    b.directory = out
    return written


def open_build(directory: str | os.PathLike, rebuild: bool | None = None, notify: Notify | None = _stderr) -> Build:
    """A saved build (``kg build --out DIR``).

    ``rebuild=None`` (default): rebuild (and save again) only when the recorded inputs
    changed, documents were added under an input directory, or kg's graph format
    changed; ``True``: always rebuild from the recorded inputs; ``False``: never.
    When a recorded input is gone, the saved build is used as it is. ``notify``
    receives a one-line note when kg rebuilds or uses an old build.
    """
    from .saved import SavedGraph, check, read_manifest, recorded_inputs

    d = Path(directory)
    m = read_manifest(d)
    say = notify or (lambda _msg: None)
    if rebuild:
        say(f"{d}: rebuilding (asked)")
        return build(recorded_inputs(m, BUNDLED_CORPUS), out=d)
    if rebuild is None:
        changed, missing = check(d, m, BUNDLED_CORPUS)
        if missing:
            say(f"{d}: input gone ({', '.join(missing)}); using the saved build as it is")
        elif changed:
            say(f"{d}: {'; '.join(changed)}: rebuilding")
            return build(recorded_inputs(m, BUNDLED_CORPUS), out=d)
    return Build(saved=SavedGraph.read(d), directory=d, manifest=m)


def default_graph_dir() -> Path | None:
    """Where commands look for a saved build: ``KG_GRAPH``, else ``./kg-out`` if it holds one, else ``None``."""
    from .saved import is_build

    env = os.environ.get("KG_GRAPH")
    if env:
        return Path(env)
    return Path("kg-out") if is_build(Path("kg-out")) else None


def resolve_build(graph: str | os.PathLike | None = None, paths: Iterable[str | os.PathLike] = (), rebuild: bool = False,
                  notify: Notify | None = _stderr) -> Build:
    """The build a command works on: documents given → built now (in memory); else the saved build in
    ``graph`` or :func:`default_graph_dir`; else the bundled corpus, built now."""
    paths = [Path(p) for p in paths]
    if paths and graph is not None:
        raise KgError(Errors.E803)
    if paths:
        return build(paths)
    d = Path(graph) if graph is not None else default_graph_dir()
    if d is None:
        if notify:
            notify("no saved build (kg build saves one in kg-out/): building the bundled corpus")
        return build()
    return open_build(d, rebuild=True if rebuild else None, notify=notify)


# -- questions --------------------------------------------------------------------------------------


def spread_rows(b: Build, name: str, level: str | None = None) -> tuple[list[dict], dict]:
    """The rows of :func:`spread` as dicts (columns :data:`SPREAD_COLUMNS`) and the summary (query, kind,
    level, found, mechanisms, practices, first_edition, editions, competitions, provinces, prefectures, counties, cases)."""
    from .analytics import spread as analyse

    s = analyse(b.graph, name, level)
    rows = [{k: r.get(k) for k in SPREAD_COLUMNS} for r in s["rows"]]
    summary = {k: s[k] for k in ("query", "kind", "level", "found", "mechanisms", "practices", "first_edition", "editions",
                                 "competitions", "provinces", "prefectures", "counties", "cases")}
    return rows, summary


def spread(b: Build, name: str, level: str | None = None) -> pd.DataFrame:
    """Where and when a mechanism (name or alias) or a family spread: one row per case, by edition and region.

    The rows of ``kg spread NAME --format csv``; the summary (first edition, editions,
    provinces, prefectures, counties, cases) is in ``df.attrs``.
    """
    rows, summary = spread_rows(b, name, level)
    df = frame(rows, SPREAD_COLUMNS, ints=("edition",))
    df.attrs.update(summary)
    return df


TIMELINE_COLUMNS = ("year", "month", "part", "kind", "province", "prefecture", "county", "place", "practice", "case_id",
                    "subject", "evidence")


def timeline(b: Build, name: str) -> pd.DataFrame:
    """When and where a practice, mechanism or family was adopted: the rows of ``kg timeline NAME``
    (dated adoption events in order); first adopters and per-year cumulative counts in ``df.attrs``."""
    from .chronology import timeline as chronology

    t = chronology(b.graph, name)
    df = frame([{c: r[c] for c in TIMELINE_COLUMNS} for r in t["rows"]], TIMELINE_COLUMNS, ints=("year", "month"))
    df.attrs.update({k: t[k] for k in ("query", "kind", "mechanisms", "first_adopters", "per_year")})
    return df


class View:
    """An HTML view: ``html`` is the complete self-contained page (the same bytes ``kg view`` writes).

    In Jupyter it shows inline inside a sandboxed ``<iframe srcdoc>`` (scripts allowed,
    no same-origin access), so the page keeps its own Content-Security-Policy and makes
    no request.
    """

    def __init__(self, kind: str, title: str, html: str, height: int = 650):
        self.kind, self.title, self.html, self.height = kind, title, html, height

    def save(self, path: str | os.PathLike) -> Path:
        from .atomic import output_file, write_text

        return write_text(output_file(Path(path)), self.html)

    def _repr_html_(self) -> str:
        import html

        return (f'<iframe title="{html.escape(self.title, quote=True)}" sandbox="allow-scripts" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd" '
                f'srcdoc="{html.escape(self.html, quote=True)}"></iframe>')

    def __repr__(self) -> str:
        return f"<kg.View {self.kind}: {self.title} ({len(self.html)} characters of HTML)>"


def view(b: Build, kind: str, *args: object) -> View:
    """A view (overview | spread NAME | region PROVINCE | edition N [M] | case CASE_ID) as :class:`View`."""
    from .viz.html import render_html
    from .viz.pages import make_view

    v = make_view(b.graph, kind, [str(a) for a in args])
    return View(kind, v.title, render_html(v))


def load(b: Build, uri: str | None = None, user: str | None = None, database: str | None = None, wipe: bool = False,
         batch_size: int = 5000, progress: Callable[[int, int], None] | None = None):
    """Load the build into Neo4j, idempotently; returns the loader's summary (counts, rows/s).

    Connection from the arguments or NEO4J_URI, NEO4J_USER, NEO4J_DATABASE; the password
    only from NEO4J_PASSWORD.
    """
    from .loaders.neo4j import connect, connection_from_env
    from .loaders.neo4j import load as load_db
    from .loaders.neo4j import wipe as wipe_db

    conn = connection_from_env(uri, user, database)
    driver = connect(conn)
    try:
        if wipe:
            wipe_db(driver, conn.database)
        return load_db(driver, b.nodes, b.edges, conn.database, batch_size, progress=progress)
    finally:
        driver.close()


def query(cypher: str, params: dict | None = None, uri: str | None = None, user: str | None = None,
          database: str | None = None, named: bool | None = None) -> pd.DataFrame:
    """Run read-only Cypher, or a named query of schema/queries/ (``kg query --list``), and return a DataFrame.

    ``named=None`` treats ``cypher`` as a query name when such a query exists. The server must
    classify the query as a read (else E503), as for ``kg query``; the password comes from NEO4J_PASSWORD.
    """
    import pandas as pd

    keys, rows = query_rows(cypher, params, uri, user, database, named)
    return pd.DataFrame.from_records(rows, columns=keys)


def query_rows(cypher: str, params: dict | None = None, uri: str | None = None, user: str | None = None,
               database: str | None = None, named: bool | None = None,
               timeout: float | None = None) -> tuple[list[str], list[dict]]:
    """:func:`query` without pandas: ``(keys, rows)``."""
    from .loaders.neo4j import connect, connection_from_env, load_queries, run_query

    given = dict(params or {})
    queries = load_queries() if named is not False else {}
    if named or (named is None and cypher in queries):
        if cypher not in queries:
            raise KgError(Errors.E504.format(name=cypher))
        text, bound = queries[cypher].cypher, queries[cypher].bind({k: str(v) for k, v in given.items()})
    else:
        text, bound = cypher, given
    from .query_guard import timeout_seconds

    seconds = timeout_seconds(timeout)  # a bad time limit is E703 before any connection
    conn = connection_from_env(uri, user, database)
    driver = connect(conn)
    try:
        keys, rows = run_query(driver, text, bound, conn.database, timeout=seconds)
    finally:
        driver.close()
    return keys, [{k: r.get(k) for k in keys} for r in rows]
