"""Neo4j sink: load the graph idempotently, run the named query library, export for neo4j-admin.

* Constraints and indexes come from ``schema/constraints.cypher`` and are applied
  (``IF NOT EXISTS``) before any write.
* Rows are built by pure functions; writes are batched ``UNWIND $rows AS row
  MERGE …`` in managed write transactions (the driver retries transient
  failures). Labels and relationship types come only from ``schema/graph.toml``;
  values travel only as parameters.
* ``SET n = row.props`` replaces a node's properties, so a reload updates what
  changed and an interrupted load, run again, ends with the clean-load graph.
"""

from __future__ import annotations

import csv
import io
import os
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.config import schema_path
from kg.errors import Errors, KgError
from kg.graph import graph_schema
from kg.model import Edge, Node

__all__ = [
    "Connection", "connection_from_env", "connect", "apply_constraints", "node_batches", "edge_batches",
    "load", "wipe", "LoadSummary", "Query", "load_queries", "run_query", "query_type", "grass",
    "export_admin_csv", "snapshot",
]

BATCH_SIZE = 5000


@dataclass(frozen=True)
class Connection:
    uri: str
    user: str
    password: str
    database: str | None = None


def connection_from_env(uri: str | None = None, user: str | None = None, database: str | None = None) -> Connection:
    """Flags win over NEO4J_URI, NEO4J_USER, NEO4J_DATABASE; the password only comes from NEO4J_PASSWORD."""
    password = os.environ.get("NEO4J_PASSWORD")
    if not password:
        raise KgError(Errors.E506)
    return Connection(
        uri=uri or os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"),
        user=user or os.environ.get("NEO4J_USER", "neo4j"),
        password=password,
        database=database or os.environ.get("NEO4J_DATABASE") or None,
    )


CONNECT_TIMEOUT = 10.0  # seconds; KG_CONNECT_TIMEOUT overrides it
_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def connect(conn: Connection, timeout: float | None = None):
    """A verified driver; unreachable server, a listener that does not speak Bolt, or a
    wrong password → :class:`KgError` (E501/E502/E534) within ``timeout`` seconds."""
    import neo4j
    from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

    scheme = conn.uri.split("://", 1)[0].lower() if "://" in conn.uri else ""
    if scheme not in _SCHEMES:
        raise KgError(Errors.E534.format(uri=conn.uri))
    if timeout is None:
        try:
            timeout = float(os.environ.get("KG_CONNECT_TIMEOUT", CONNECT_TIMEOUT))
        except ValueError:
            timeout = CONNECT_TIMEOUT
    try:
        driver = neo4j.GraphDatabase.driver(
            conn.uri, auth=(conn.user, conn.password), connection_timeout=timeout,
            connection_acquisition_timeout=timeout, max_transaction_retry_time=timeout,
        )
    except (ValueError, DriverError) as exc:
        raise KgError(Errors.E501.format(uri=conn.uri, reason=_one_line(str(exc)))) from None
    try:
        driver.verify_connectivity()
    except AuthError:
        driver.close()
        raise KgError(Errors.E502.format(user=conn.user, uri=conn.uri)) from None
    except (ServiceUnavailable, DriverError, Neo4jError, OSError) as exc:
        driver.close()
        raise KgError(Errors.E501.format(uri=conn.uri, reason=_reason(exc, timeout))) from None
    return driver


def _reason(exc: BaseException, timeout: float) -> str:
    text = " ".join(ln.strip() for ln in str(exc).splitlines() if ln.strip())
    if "handshake" in text.lower():
        return f"no Bolt handshake within {timeout:g} s: the listener does not speak Bolt (an HTTP port?)"
    if "timed out" in text.lower() or "acquisition" in text.lower() or not text:
        return f"no Bolt answer within {timeout:g} s (is it a Neo4j Bolt port?)"
    return text[:300]


def _ident(name: str, allowed: Iterable[str]) -> str:
    """A backticked label/type from the whitelist; anything else is refused."""
    if name not in set(allowed) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise ValueError(f"{name!r} is not a label or relationship type of schema/graph.toml")
    return f"`{name}`"


def constraint_statements() -> list[str]:
    text = schema_path("constraints.cypher").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.strip().startswith("//"))
    return [s.strip() for s in body.split(";") if s.strip()]


def apply_constraints(driver, database: str | None = None) -> int:
    stmts = constraint_statements()
    for s in stmts:
        driver.execute_query(s, database_=database)
    return len(stmts)


def _value(v: object, owner: str = "", key: str = "") -> object:
    if isinstance(v, int) and not isinstance(v, bool) and not -(2**63) <= v < 2**63:
        raise KgError(Errors.E535.format(owner=owner, key=key, value=v))
    if isinstance(v, (tuple, list)):
        return [_value(x, owner, key) for x in v]
    return v


def node_props(n: Node) -> dict:
    props = {k: _value(v, n.id, k) for k, v in n.props}
    props.update(id=n.id, doc_id=n.span.doc_id, span_start=n.span.start, span_end=n.span.end)
    return props


def edge_props(e: Edge) -> dict:
    props = {k: _value(v, e.key, k) for k, v in e.props}
    props.update(key=e.key, doc_id=e.span.doc_id, span_start=e.span.start, span_end=e.span.end)
    return props


def _batched(groups: dict, query_of: Callable[[object], str], batch_size: int) -> list[tuple[str, str, list[dict]]]:
    """``(name, cypher, rows)`` for each group (sorted), rows cut into batches; the name is the group
    key, or its first element for tuple keys."""
    out = []
    for key in sorted(groups):
        q, rows = query_of(key), groups[key]
        name = key[0] if isinstance(key, tuple) else key
        out.extend((name, q, rows[i : i + batch_size]) for i in range(0, len(rows), batch_size))
    return out


def node_batches(nodes: list[Node], batch_size: int = BATCH_SIZE) -> list[tuple[str, str, list[dict]]]:
    """``(label, cypher, rows)`` batches; pure."""
    labels = graph_schema().nodes
    by_label: dict[str, list[dict]] = defaultdict(list)
    for n in nodes:
        by_label[n.label].append({"id": n.id, "props": node_props(n)})
    return _batched(
        by_label, lambda label: f"UNWIND $rows AS row MERGE (n:{_ident(label, labels)} {{id: row.id}}) SET n = row.props", batch_size
    )


def edge_batches(edges: list[Edge], label_of: dict[str, str], batch_size: int = BATCH_SIZE) -> list[tuple[str, str, list[dict]]]:
    """``(type, cypher, rows)`` batches, grouped by (type, start label, end label); pure."""
    labels, rels = graph_schema().nodes, graph_schema().rels
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for e in edges:
        groups[(e.type, label_of[e.source], label_of[e.target])].append(
            {"s": e.source, "t": e.target, "k": e.key, "props": edge_props(e)}
        )
    return _batched(
        groups,
        lambda k: (
            f"UNWIND $rows AS row MATCH (a:{_ident(k[1], labels)} {{id: row.s}}) MATCH (b:{_ident(k[2], labels)} {{id: row.t}}) "
            f"MERGE (a)-[r:{_ident(k[0], rels)} {{key: row.k}}]->(b) SET r = row.props"
        ),
        batch_size,
    )


def prune_batches(nodes: list[Node], edges: list[Edge], batch_size: int = BATCH_SIZE) -> list[tuple[str, str, list[dict]]]:
    """Batches that delete a loaded node's outgoing relationships the build no longer has; pure.

    A build is authoritative for the nodes it contains: after a reload, their
    outgoing relationships are exactly the build's (a re-routed SAME_SUBJECT
    chain, a mechanism no longer found), so an incremental load equals a clean one.
    """
    labels = graph_schema().nodes
    keys: dict[str, list[str]] = defaultdict(list)
    for e in edges:
        keys[e.source].append(e.key)
    sources = {r["from"] for r in graph_schema().rels.values()}
    by_label: dict[str, list[dict]] = defaultdict(list)
    for n in nodes:
        if n.label in sources:
            by_label[n.label].append({"id": n.id, "keys": sorted(keys.get(n.id, []))})
    return _batched(
        by_label,
        lambda label: f"UNWIND $rows AS row MATCH (a:{_ident(label, labels)} {{id: row.id}})-[r]->() WHERE NOT r.key IN row.keys DELETE r",
        batch_size,
    )


@dataclass
class LoadSummary:
    nodes_created: int = 0
    nodes_matched: int = 0
    relationships_created: int = 0
    relationships_matched: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0
    rows: int = 0
    seconds: float = 0.0
    phase_seconds: dict[str, float] = field(default_factory=dict)  # node, rel, prune
    constraints: int = 0
    by_label: dict[str, int] = field(default_factory=dict)

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


def _write(tx, query: str, rows: list[dict]):
    return tx.run(query, rows=rows).consume().counters


def load(
    driver,
    nodes: list[Node],
    edges: list[Edge],
    database: str | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int, int], None] | None = None,
    after_batch: Callable[[int], None] | None = None,
) -> LoadSummary:
    """Apply constraints, then MERGE all nodes, then all relationships, in batches."""
    from neo4j.exceptions import DriverError, IncompleteCommit, ServiceUnavailable, SessionExpired

    t0 = time.perf_counter()
    try:
        summary = LoadSummary(constraints=apply_constraints(driver, database))
    except (ServiceUnavailable, SessionExpired, DriverError, OSError) as exc:
        raise KgError(Errors.E501.format(uri="the server", reason=_one_line(str(exc)))) from None
    label_of = {n.id: n.label for n in nodes}
    batches = (
        [("node", *b) for b in node_batches(nodes, batch_size)]
        + [("rel", *b) for b in edge_batches(edges, label_of, batch_size)]
        + [("prune", *b) for b in prune_batches(nodes, edges, batch_size)]
    )
    total = sum(len(b[3]) for b in batches if b[0] != "prune")
    try:
        _run_batches(driver, database, batches, summary, total, progress, after_batch)
    except (ServiceUnavailable, SessionExpired, IncompleteCommit, DriverError, OSError) as exc:
        raise KgError(Errors.E501.format(uri="the server", reason="the connection was lost during the load; "
                                         f"run kg load again to complete it ({_one_line(str(exc))[:120]})")) from None
    summary.rows = total
    summary.seconds = time.perf_counter() - t0
    return summary


def _run_batches(driver, database, batches, summary: LoadSummary, total: int, progress, after_batch) -> None:
    done = 0
    with driver.session(database=database) as session:
        for i, (kind, name, query, rows) in enumerate(batches):
            tb = time.perf_counter()
            c = session.execute_write(_write, query, rows)
            summary.phase_seconds[kind] = summary.phase_seconds.get(kind, 0.0) + time.perf_counter() - tb
            if kind == "node":
                summary.nodes_created += c.nodes_created
                summary.nodes_matched += len(rows) - c.nodes_created
            elif kind == "prune":
                summary.relationships_deleted += c.relationships_deleted
            else:
                summary.relationships_created += c.relationships_created
                summary.relationships_matched += len(rows) - c.relationships_created
            summary.properties_set += c.properties_set
            if kind != "prune":
                summary.by_label[name] = summary.by_label.get(name, 0) + len(rows)
                done += len(rows)
            if progress:
                progress(done, total)
            if after_batch:
                after_batch(i)


def wipe(driver, database: str | None = None) -> None:
    """Delete every node and relationship (only when asked)."""
    with driver.session(database=database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def snapshot(driver, database: str | None = None) -> tuple[dict, dict, list]:
    """Counts by label and type, plus every node and relationship with its properties (for comparisons)."""
    recs, _, _ = driver.execute_query("MATCH (n) RETURN labels(n)[0] AS l, properties(n) AS p", database_=database)
    nodes = sorted((r["l"], sorted(r["p"].items(), key=str)) for r in recs)
    recs2, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS s, type(r) AS t, b.id AS e, properties(r) AS p", database_=database
    )
    rels = sorted((r["s"], r["t"], r["e"], sorted(r["p"].items(), key=str)) for r in recs2)
    label_counts: dict[str, int] = defaultdict(int)
    for l, _ in nodes:
        label_counts[l] += 1
    type_counts: dict[str, int] = defaultdict(int)
    for _, t, _, _ in rels:
        type_counts[t] += 1
    return dict(label_counts), dict(type_counts), [nodes, rels]


# ---------------------------------------------------------------------------
# the named query library


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # str | int
    default: str | None
    description: str


@dataclass(frozen=True)
class Query:
    name: str
    description: str
    params: tuple[Param, ...]
    cypher: str
    path: Path

    def bind(self, given: dict[str, str]) -> dict[str, object]:
        out: dict[str, object] = {}
        for p in self.params:
            raw = given.get(p.name, p.default)
            if raw is None:
                raise KgError(Errors.E505.format(name=p.name, query=self.name))
            out[p.name] = _int_param(p.name, raw) if p.type == "int" else raw
        unknown = set(given) - {p.name for p in self.params}
        if unknown:
            raise KgError(f"E507 query {self.name!r} takes no parameter {sorted(unknown)[0]!r}; it takes {[p.name for p in self.params]}")
        return out


def _int_param(name: str, raw: str) -> int:
    """A 64-bit integer parameter (what Bolt carries), else E525."""
    try:
        v = int(raw.strip())
    except ValueError:
        raise KgError(Errors.E525.format(name=name, value=raw)) from None
    if not -(2**63) <= v < 2**63:
        raise KgError(Errors.E525.format(name=name, value=raw))
    return v


_PARAM = re.compile(r"^(\w+)\s+(str|int)(?:\s*=\s*(\S+))?\s*(?:—|-)\s*(.*)$")


def load_queries() -> dict[str, Query]:
    out = {}
    for f in sorted(schema_path("queries").glob("*.cypher")):
        meta: dict[str, str] = {}
        params = []
        body = []
        for line in f.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^//\s*(name|description|param):\s*(.*)$", line)
            if m:
                if m.group(1) == "param":
                    pm = _PARAM.match(m.group(2))
                    if not pm:
                        raise ValueError(f"{f}: bad param line {line!r}")
                    params.append(Param(pm.group(1), pm.group(2), pm.group(3), pm.group(4)))
                else:
                    meta[m.group(1)] = m.group(2).strip()
            elif not line.startswith("//"):
                body.append(line)
        name = meta.get("name", f.stem)
        if name != f.stem:
            raise ValueError(f"{f}: name {name!r} differs from the file name")
        out[name] = Query(name, meta.get("description", ""), tuple(params), "\n".join(body).strip(), f)
    return out


def query_type(driver, cypher: str, params: dict, database: str | None = None) -> str:
    """The server's own classification (r, rw, w, s) from EXPLAIN; nothing is executed."""
    with driver.session(database=database, default_access_mode="READ") as session:
        return session.run("EXPLAIN " + cypher, params).consume().query_type


def run_query(driver, cypher: str, params: dict, database: str | None = None,
              timeout: float | None = None) -> tuple[list[str], list[dict]]:
    """Run read-only, in three layers: the statement must pass the allowlist of
    ``schema/query_allowlist.toml`` (:mod:`kg.query_guard`), the server's EXPLAIN must
    classify it as a read (else E503), and it runs in a READ session whose transaction
    is stopped after ``timeout`` seconds (E524)."""
    import neo4j
    from neo4j.exceptions import ClientError, DriverError, Neo4jError, ServiceUnavailable, SessionExpired

    from kg.query_guard import check, timeout_seconds

    cypher = check(cypher)
    seconds = timeout_seconds(timeout)
    try:
        kind = query_type(driver, cypher, params, database)
    except ClientError as exc:
        raise KgError(Errors.E528.format(reason=_one_line(exc.message))) from None
    except (ServiceUnavailable, SessionExpired, OSError) as exc:
        raise KgError(Errors.E501.format(uri="the server", reason=_one_line(str(exc)))) from None
    if kind != "r":
        raise KgError(Errors.E503)

    @neo4j.unit_of_work(timeout=seconds)
    def work(tx):
        res = tx.run(cypher, params)
        return res.keys(), [r.data() for r in res]

    try:
        with driver.session(database=database, default_access_mode="READ") as session:
            keys, rows = session.execute_read(work)
    except Neo4jError as exc:
        code = exc.code or ""
        if "TransactionTimedOut" in code or "Terminated" in code:
            raise KgError(Errors.E524.format(seconds=seconds)) from None
        if isinstance(exc, (ServiceUnavailable, SessionExpired)):
            raise KgError(Errors.E501.format(uri="the server", reason=_one_line(str(exc)))) from None
        raise KgError(Errors.E528.format(reason=_one_line(exc.message or str(exc)))) from None
    except (DriverError, OSError) as exc:
        raise KgError(Errors.E501.format(uri="the server", reason=_one_line(str(exc)))) from None
    return list(keys), rows


def _one_line(text: str | None) -> str:
    lines = [ln.strip() for ln in str(text or "").splitlines() if ln.strip()]
    return (lines[0] if lines else "no detail")[:300]


# ---------------------------------------------------------------------------
# Neo4j Browser style and bulk export


def grass() -> str:
    """A Neo4j Browser style sheet (GraSS) with the colours of the HTML views, from schema/graph.toml."""
    s = graph_schema()
    out = [
        "node {\n  diameter: 50px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n  border-width: 2px;\n"
        "  text-color-internal: #FFFFFF;\n  font-size: 10px;\n}\n",
        "relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 8px;\n  padding: 3px;\n"
        "  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n  caption: \"<type>\";\n}\n",
    ]
    for label, d in s.nodes.items():
        out.append(
            f"node.{label} {{\n  color: {d['colour']};\n  border-color: {d['colour']};\n  text-color-internal: #FFFFFF;\n"
            f"  caption: \"{{{d['caption']}}}\";\n}}\n"
        )
    return "".join(out)


def _admin_type(values: list[object]) -> str:
    vs = [v for v in values if v is not None]
    if vs and all(isinstance(v, bool) for v in vs):
        return "boolean"
    if vs and all(isinstance(v, int) and not isinstance(v, bool) for v in vs):
        return "long"
    if vs and all(isinstance(v, (list, tuple)) for v in vs):
        return "string[]"
    return "string"


def _admin_cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return ";".join(str(x) for x in v)
    return str(v)


def export_admin_csv(nodes: list[Node], edges: list[Edge], out: Path) -> list[Path]:
    """CSV files with the headers ``neo4j-admin database import full`` expects; one file per label and per type.

    Import with: ``neo4j-admin database import full --nodes=Case=nodes-Case.csv … --relationships=… neo4j``
    (the written ``import.sh`` lists every file).
    """
    from kg import atomic

    atomic.output_dir(out)
    written: list[Path] = []
    by_label: dict[str, list[dict]] = defaultdict(list)
    for n in nodes:
        by_label[n.label].append(node_props(n))
    label_of = {n.id: n.label for n in nodes}
    args = []
    for label in sorted(by_label):
        rows = by_label[label]
        keys = sorted({k for r in rows for k in r} - {"id"})
        header = [f"id:ID({label})", ":LABEL"] + [f"{k}:{_admin_type([r.get(k) for r in rows])}" for k in keys]
        p = out / f"nodes-{label}.csv"
        fh = io.StringIO(newline="")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r["id"], label] + [_admin_cell(r.get(k)) for k in keys])
        atomic.write_bytes(p, fh.getvalue().encode("utf-8"))
        written.append(p)
        args.append(f"--nodes={p.name}")
    by_type: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for e in edges:
        by_type[(e.type, label_of[e.source], label_of[e.target])].append({"s": e.source, "t": e.target, **edge_props(e)})
    for (typ, a, b) in sorted(by_type):
        rows = by_type[(typ, a, b)]
        keys = sorted({k for r in rows for k in r} - {"s", "t"})
        header = [f":START_ID({a})", f":END_ID({b})", ":TYPE"] + [f"{k}:{_admin_type([r.get(k) for r in rows])}" for k in keys]
        p = out / f"rels-{typ}-{a}-{b}.csv"
        fh = io.StringIO(newline="")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r["s"], r["t"], typ] + [_admin_cell(r.get(k)) for k in keys])
        atomic.write_bytes(p, fh.getvalue().encode("utf-8"))
        written.append(p)
        args.append(f"--relationships={p.name}")
    script = out / "import.sh"
    atomic.write_text(
        script,
        "#!/bin/sh\n# Run inside the Neo4j home (server stopped); imports into a new database named neo4j.\n"
        f"cd \"$(dirname \"$0\")\" && neo4j-admin database import full --overwrite-destination {' '.join(args)} neo4j\n",
    )
    written.append(script)
    return written
