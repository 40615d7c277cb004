"""Neo4j commands: ``kg neo4j start|stop|status``, ``kg load``, ``kg query``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .cli_common import build_options, console, emit, err_console, format_option, handle_errors
from .errors import KgError

__all__ = ["register"]


def _conn_options(fn):
    fn = click.option("--database", default=None, help="Database name [env NEO4J_DATABASE; default: the server's default].")(fn)
    fn = click.option("--user", default=None, help="User [env NEO4J_USER; default neo4j].")(fn)
    fn = click.option("--uri", default=None, help="Bolt URI [env NEO4J_URI; default bolt://127.0.0.1:7687].")(fn)
    return fn


def register(group: click.Group) -> None:
    @group.group("neo4j")
    def neo4j_group() -> None:
        """Run a real Neo4j Community server without Docker (Java 17 + Maven; artifacts from Maven Central).

        Example: NEO4J_PASSWORD=… kg neo4j start --data .neo4j-data && export NEO4J_URI=bolt://127.0.0.1:7687
        """

    @neo4j_group.command("start")
    @click.option("--data", type=click.Path(path_type=Path), default=Path(".neo4j-data"), show_default=True)
    @click.option("--port", type=int, default=7687, show_default=True)
    @click.option("--wait", type=float, default=180, show_default=True, help="Seconds to wait for READY.")
    @handle_errors
    def start_cmd(data: Path, port: int, wait: float) -> None:
        """Start a detached server (Bolt on 127.0.0.1:PORT, password from NEO4J_PASSWORD).

        Example: NEO4J_PASSWORD=… kg neo4j start --data .neo4j-data --port 7687
        """
        from .neo4j_server import start, status

        running = status(data)
        if running:
            console.print(f"already running: {running}")
            return
        s = start(data, port=port, detach=True, wait=wait)
        console.print(f"READY {s.uri}  (data {data}, log {data / 'kg-neo4j.log'})")

    @neo4j_group.command("stop")
    @click.option("--data", type=click.Path(path_type=Path), default=Path(".neo4j-data"), show_default=True)
    @handle_errors
    def stop_cmd(data: Path) -> None:
        """Stop the server started with --data.

        Example: kg neo4j stop --data .neo4j-data
        """
        from .neo4j_server import stop

        console.print("stopped" if stop(data) else "not running")

    @neo4j_group.command("status")
    @click.option("--data", type=click.Path(path_type=Path), default=Path(".neo4j-data"), show_default=True)
    def status_cmd(data: Path) -> None:
        """Print the Bolt URI of the running server, or exit 1.

        Example: kg neo4j status --data .neo4j-data
        """
        from .neo4j_server import status

        uri = status(data)
        if uri:
            console.print(f"running: {uri}")
        else:
            console.print("not running")
            sys.exit(1)

    @group.command("load")
    @build_options("argument")
    @_conn_options
    @click.option("--wipe", is_flag=True, help="Delete everything in the database first.")
    @click.option("--yes", is_flag=True, help="Do not ask before --wipe.")
    @click.option("--batch-size", type=int, default=5000, show_default=True)
    def load_cmd(build, uri, user, database, wipe, yes, batch_size) -> None:
        """Load the saved build (or PATHS, built now) into Neo4j, idempotently (MERGE on ids).

        Connection from flags or NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.

        Example: NEO4J_PASSWORD=… kg load --uri bolt://127.0.0.1:7687
        """
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from .api import load
        from .loaders.neo4j import connection_from_env

        conn = connection_from_env(uri, user, database)
        if wipe and not yes and not click.confirm(f"Delete every node and relationship in {conn.uri} ({conn.database or 'default database'})?"):
            err_console.print("not wiped; nothing loaded")
            sys.exit(1)
        with Progress(TextColumn("loading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err_console.get(),
                      transient=True) as bar:  # an error stays one line
            task = bar.add_task("load", total=len(build.nodes) + len(build.edges))
            s = load(build, uri, user, database, wipe=wipe, batch_size=batch_size,
                     progress=lambda d, t: bar.update(task, completed=d))
        console.print(
            f"nodes: {s.nodes_created} created, {s.nodes_matched} matched; relationships: {s.relationships_created} created, "
            f"{s.relationships_matched} matched, {s.relationships_deleted} stale deleted; {s.rows} rows in {s.seconds:.2f} s ({s.rows_per_second:.0f} rows/s); "
            f"{s.constraints} constraints/indexes ensured"
        )

    @group.command("query")
    @click.argument("name", required=False)
    @click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
    @click.option("--cypher", default=None, help="Run this Cypher instead of a named query (read-only).")
    @click.option("--list", "list_", is_flag=True, help="List the named queries.")
    @click.option("--timeout", type=float, default=None,
                  help="Stop the query after this many seconds [env KG_QUERY_TIMEOUT; default 10].")
    @_conn_options
    @format_option
    @handle_errors
    def query_cmd(name, params, cypher, list_, timeout, uri, user, database, fmt) -> None:
        """Run a named query from schema/queries/ (or --cypher) read-only and print the result.

        Example: kg query mechanism_spread --param mechanism=公推直选 --format csv
        """
        from .api import query_rows
        from .errors import Errors
        from .loaders.neo4j import load_queries

        queries = load_queries()
        if list_:
            emit([{"name": q.name, "parameters": ", ".join(f"{p.name} ({p.type}{'=' + p.default if p.default else ''})" for p in q.params),
                   "description": q.description} for q in queries.values()], fmt, title="kg queries")
            return
        given = {}
        for kv in params:
            if "=" not in kv:
                raise KgError(f"E509 --param takes KEY=VALUE, not {kv!r}")
            k, v = kv.split("=", 1)
            given[k] = v
        if not cypher:
            if not name:
                raise KgError("E509 name a query (kg query --list) or pass --cypher")
            if name not in queries:
                raise KgError(Errors.E504.format(name=name))
        keys, rows = query_rows(cypher or name, given, uri, user, database, named=not cypher, timeout=timeout)
        if fmt != "json":
            rows = [{k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v) for k, v in r.items()} for r in rows]
        emit(rows, fmt, title=name or "cypher")
