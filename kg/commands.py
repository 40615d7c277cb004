"""Analyst commands (spread, eval), registered on the ``kg`` group by :func:`register`."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from .errors import Errors, KgError

__all__ = ["register", "format_option", "emit"]


def format_option(fn):
    """The shared ``--format table|csv|json`` option."""
    return click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                        show_default=True, help="Output format.")(fn)


def emit(rows: list[dict], fmt: str, title: str = "", extra: dict | None = None) -> None:
    from .cli import console

    if fmt == "json":
        sys.stdout.write(json.dumps({**(extra or {}), "rows": rows}, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        return
    cols = list(rows[0].keys()) if rows else []
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        sys.stdout.write(buf.getvalue())
        return
    from rich.table import Table

    t = Table(title=title or None)
    for c in cols:
        t.add_column(c)
    for r in rows:
        t.add_row(*("" if r[c] is None else str(r[c]) for c in cols))
    console.print(t)


def _paths_option(fn):
    return click.option("--input", "inputs", multiple=True, type=click.Path(path_type=Path),
                        help="Documents to build from (default: the bundled corpus).")(fn)


def register(group: click.Group) -> None:
    register_neo4j(group)
    register_views(group)
    register_rdf(group)
    from .cli import handle_errors, run_build

    @group.command("spread")
    @click.argument("name")
    @_paths_option
    @format_option
    @handle_errors
    def spread_cmd(name: str, inputs: tuple[Path, ...], fmt: str) -> None:
        """Where and when a mechanism (or a whole family) spread: regions, editions, first edition.

        NAME is a mechanism (公推直选, an alias such as 网格化管理) or a family (基层民主与选举).

        Example: kg spread 公推直选 --format csv
        """
        from .analytics import spread

        b = run_build(inputs, quiet=True)
        s = spread(b.graph, name)
        rows = [{k: r[k] for k in ("edition", "province", "prefecture", "county", "region_code", "case_id", "mechanism", "subject", "title")} for r in s["rows"]]
        extra = {k: s[k] for k in ("query", "kind", "mechanisms", "first_edition", "editions", "provinces", "prefectures", "counties", "cases")}
        emit(rows, fmt, title=f"{name}: {', '.join(s['mechanisms'])}", extra=extra)
        if fmt == "table":
            from .cli import console

            console.print(
                f"first edition: {s['first_edition']}; editions: {s['editions']}; provinces: {len(s['provinces'])}; "
                f"prefectures: {len(s['prefectures'])}; counties: {len(s['counties'])}; cases: {len(s['cases'])}"
            )

    @group.command("eval")
    @click.argument("gold", type=click.Path(path_type=Path))
    @_paths_option
    @format_option
    @handle_errors
    def eval_cmd(gold: Path, inputs: tuple[Path, ...], fmt: str) -> None:
        """Score the build against a labelled TSV (format in the README): precision/recall/accuracy per extractor.

        Example: kg eval tests/data/gold.tsv
        """
        from .evaluate import evaluate, load_gold
        from .evaluate_narratives import is_narrative_gold, load_narrative_gold, score_narratives, table_rows

        if is_narrative_gold(gold):  # a folder of narrative documents, scored with the bundled award lists
            from .config import BUNDLED_CORPUS

            r = score_narratives(run_build(inputs or (gold.parent, BUNDLED_CORPUS), quiet=True), load_narrative_gold(gold), gold.parent)
            sys.stdout.write(json.dumps(r, ensure_ascii=False, indent=1, sort_keys=True) + "\n") if fmt == "json" else emit(table_rows(r), fmt, title=f"kg eval {gold}")
            return
        g = load_gold(gold)
        b = run_build(inputs, quiet=True)
        r = evaluate(b, g)
        rows = [
            {"extractor": "parse (subject+title)", "precision": "", "recall": "", "accuracy": f"{r['parse']['accuracy']:.3f}", "n": r["parse"]["total"]},
            {"extractor": "region (deepest level)", "precision": "", "recall": "", "accuracy": f"{r['region']['accuracy']:.3f}", "n": r["region"]["total"]},
            {"extractor": "org domain", "precision": "", "recall": "", "accuracy": f"{r['org_domain']['accuracy']:.3f}", "n": r["org_domain"]["total"]},
            {"extractor": "mechanisms", "precision": f"{r['mechanisms']['precision']:.3f}", "recall": f"{r['mechanisms']['recall']:.3f}",
             "accuracy": f"F1 {r['mechanisms']['f1']:.3f}", "n": r["mechanisms"]["tp"] + r["mechanisms"]["fn"]},
        ]
        if fmt == "json":
            sys.stdout.write(json.dumps(r, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
            return
        emit(rows, fmt, title=f"kg eval {gold}")
        if r["missing"]:
            raise KgError(f"E602 {gold}: {len(r['missing'])} labelled record(s) not found in the build: {r['missing'][:3]}")


def _conn_options(fn):
    fn = click.option("--database", default=None, help="Database name [env NEO4J_DATABASE; default: the server's default].")(fn)
    fn = click.option("--user", default=None, help="User [env NEO4J_USER; default neo4j].")(fn)
    fn = click.option("--uri", default=None, help="Bolt URI [env NEO4J_URI; default bolt://127.0.0.1:7687].")(fn)
    return fn


def register_neo4j(group: click.Group) -> None:
    from .cli import console, err_console, handle_errors, run_build

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
    @click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
    @_conn_options
    @click.option("--wipe", is_flag=True, help="Delete everything in the database first.")
    @click.option("--yes", is_flag=True, help="Do not ask before --wipe.")
    @click.option("--batch-size", type=int, default=5000, show_default=True)
    @handle_errors
    def load_cmd(paths, uri, user, database, wipe, yes, batch_size) -> None:
        """Build (default: the bundled corpus) and load into Neo4j, idempotently (MERGE on ids).

        Connection from flags or NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.

        Example: NEO4J_PASSWORD=… kg load --uri bolt://127.0.0.1:7687
        """
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from .loaders.neo4j import connect, connection_from_env, load
        from .loaders.neo4j import wipe as wipe_db

        conn = connection_from_env(uri, user, database)
        b = run_build(paths, quiet=True)
        driver = connect(conn)
        try:
            if wipe:
                if not yes and not click.confirm(f"Delete every node and relationship in {conn.uri} ({conn.database or 'default database'})?"):
                    err_console.print("not wiped; nothing loaded")
                    sys.exit(1)
                wipe_db(driver, conn.database)
            with Progress(TextColumn("loading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err_console) as bar:
                task = bar.add_task("load", total=len(b.nodes) + len(b.edges))
                s = load(driver, b.nodes, b.edges, conn.database, batch_size, progress=lambda d, t: bar.update(task, completed=d))
        finally:
            driver.close()
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
    @_conn_options
    @format_option
    @handle_errors
    def query_cmd(name, params, cypher, list_, uri, user, database, fmt) -> None:
        """Run a named query from schema/queries/ (or --cypher) read-only and print the result.

        Example: kg query mechanism_spread --param mechanism=公推直选 --format csv
        """
        from .loaders.neo4j import connect, connection_from_env, load_queries, run_query

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
        if cypher:
            text, bound = cypher, given
        else:
            if not name:
                raise KgError("E509 name a query (kg query --list) or pass --cypher")
            if name not in queries:
                raise KgError(Errors.E504.format(name=name))
            text, bound = queries[name].cypher, queries[name].bind(given)
        conn = connection_from_env(uri, user, database)
        driver = connect(conn)
        try:
            keys, rows = run_query(driver, text, bound, conn.database)
        finally:
            driver.close()
        rows = [{k: r.get(k) for k in keys} for r in rows]
        if fmt != "json":
            rows = [{k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v) for k, v in r.items()} for r in rows]
        emit(rows, fmt, title=name or "cypher")

    @group.command("export")
    @click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
    @click.option("--neo4j-admin", "admin_dir", type=click.Path(path_type=Path), default=None,
                  help="Write node/relationship CSV files for neo4j-admin database import full into this directory.")
    @click.option("--format", "fmt", type=click.Choice(["ttl", "jsonld", "nt", "graphml", "gexf"]), default=None,
                  help="Write the graph as RDF (ttl, jsonld, nt) or for graph tools (graphml, gexf).")
    @click.option("--out", type=click.Path(path_type=Path), default=None, help="Output file for --format.")
    @handle_errors
    def export_cmd(paths, admin_dir, fmt, out) -> None:
        """Export the graph: bulk-import CSV for neo4j-admin, RDF, GraphML or GEXF.

        Example: kg export --neo4j-admin import/   |   kg export --format ttl --out kg.ttl
        """
        b = run_build(paths, quiet=True)
        if admin_dir is None and fmt is None:
            raise KgError("E509 give --neo4j-admin DIR or --format FORMAT --out FILE")
        if admin_dir is not None:
            from .loaders.neo4j import export_admin_csv

            written = export_admin_csv(b.nodes, b.edges, admin_dir)
            console.print(f"wrote {len(written)} files to {admin_dir}/ (run {admin_dir}/import.sh in the Neo4j home)")
        if fmt is not None:
            if out is None:
                raise KgError("E509 --format needs --out FILE")
            from .loaders.export_formats import write_format

            write_format(b, fmt, out)
            console.print(f"wrote {out}")


def register_views(group: click.Group) -> None:
    from .cli import console, handle_errors, run_build

    @group.command("view")
    @click.argument("kind", required=False, type=click.Choice(["overview", "spread", "region", "edition", "case"]))
    @click.argument("args", nargs=-1)
    @click.option("--out", type=click.Path(path_type=Path), required=True, help="FILE.html, or a directory with --all.")
    @click.option("--all", "all_", is_flag=True, help="Write every view and an index.html into --out.")
    @click.option("--png", type=click.Path(path_type=Path), default=None, help="Also write a PNG snapshot (headless Chromium).")
    @click.option("--input", "inputs", multiple=True, type=click.Path(path_type=Path), help="Documents (default: the bundled corpus).")
    @handle_errors
    def view_cmd(kind, args, out, all_, png, inputs) -> None:
        """Interactive HTML views (pyvis/vis-network), self-contained and safe to open offline.

        KIND: overview | spread MECHANISM_OR_FAMILY | region PROVINCE | edition N [M] | case CASE_ID

        Example: kg view spread 公推直选 --out spread.html --png spread.png
        """
        from .viz.pages import write_all, write_view

        b = run_build(inputs, quiet=True)
        if all_:
            files = write_all(b.graph, out)
            console.print(f"wrote {len(files)} files to {out}/ (open {out / 'index.html'})")
            return
        if not kind:
            raise KgError("E701 give a view KIND (overview, spread, region, edition, case) or --all")
        f = write_view(b.graph, kind, list(args), out)
        console.print(f"wrote {f}")
        if png:
            from .viz.snapshot import snapshot_png

            snapshot_png(f, png)
            console.print(f"wrote {png}")


def register_rdf(group: click.Group) -> None:
    from .cli import console, err_console, handle_errors, run_build

    @group.command("validate")
    @click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
    @click.option("--rdf", "rdf_file", type=click.Path(path_type=Path), default=None,
                  help="Validate this RDF file (ttl, nt, jsonld) instead of a fresh build.")
    @format_option
    @handle_errors
    def validate_cmd(paths, rdf_file, fmt) -> None:
        """Check the graph against the SHACL shapes in schema/shapes.ttl (pyshacl); exit 1 if it does not conform.

        Example: kg validate   |   kg validate --rdf kg.ttl
        """
        from rdflib import Graph

        from .loaders.rdf import to_rdf, validate

        if rdf_file is not None:
            if not rdf_file.exists():
                raise KgError(Errors.E005.format(path=rdf_file))
            fmt_rdf = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld"}.get(rdf_file.suffix, "turtle")
            g = Graph().parse(rdf_file, format=fmt_rdf)
        else:
            b = run_build(paths, quiet=True)
            g = to_rdf(b.nodes, b.edges)
        r = validate(g)
        if fmt == "json":
            sys.stdout.write(json.dumps({"conforms": r.conforms, "results": r.results}, ensure_ascii=False, indent=1) + "\n")
        elif r.results:
            emit([{"rule": x["shape"], "node": x["focus"], "path": x["path"] or "", "message": x["message"]} for x in r.results],
                 fmt, title="SHACL violations")
        if r.conforms:
            console.print(f"conforms: {len(g)} triples checked against schema/shapes.ttl")
        else:
            err_console.print(f"[red]does not conform: {len(r.results)} violation(s)[/]")
            sys.exit(1)

    @group.command("report")
    @click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
    @click.option("--out", type=click.Path(path_type=Path), default=Path("kg-report"), show_default=True)
    @handle_errors
    def report_cmd(paths, out) -> None:
        """Spread analytics as markdown and CSV: per mechanism and family, per province, co-occurrence
        communities, similar cases, central mechanisms and regions.

        Example: kg report --out report/
        """
        from .report import write_report

        b = run_build(paths, quiet=True)
        files = write_report(b.graph, out)
        console.print(f"wrote {', '.join(f.name for f in files)} to {out}/")
