"""Neo4j sink: load the graph idempotently, run the named query library, export for neo4j-admin.

* Constraints and indexes come from ``schema/constraints.cypher`` and are applied
  (``IF NOT EXISTS``) before any write.
* Rows are built by pure functions; writes are batched ``UNWIND $rows AS row
  MERGE …`` in managed write transactions (the driver retries transient
  failures). Labels and relationship types come only from ``schema/graph.toml``;
  values travel only as parameters.
* ``SET n = row.props`` replaces a node's properties, so a reload updates what
  changed and an interrupted load, run again, ends with the clean-load graph.

The connection and the property rows are in :mod:`kg.loaders.neo4j_base`, the named query
library in :mod:`kg.loaders.neo4j_queries`, the Browser style and neo4j-admin export in
:mod:`kg.loaders.neo4j_admin`; every public name is importable from here.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg.config import schema_path
from kg.errors import Errors, KgError
from kg.graph import graph_schema
from kg.model import Edge, Node

from .neo4j_admin import export_admin_csv, grass
from .neo4j_base import CONNECT_TIMEOUT, Connection, connect, connection_from_env, edge_props, node_props, one_line
from .neo4j_queries import Param, Query, load_queries, query_type, run_query

__all__ = [
    "Connection", "connection_from_env", "connect", "apply_constraints", "node_batches", "edge_batches",
    "load", "wipe", "LoadSummary", "Query", "load_queries", "run_query", "query_type", "grass",
    "export_admin_csv", "snapshot",
    # also importable from here, as before the split
    "CONNECT_TIMEOUT", "BATCH_SIZE", "Param", "node_props", "edge_props", "constraint_statements", "prune_batches",
]

BATCH_SIZE = 5000


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
        raise KgError(Errors.E501.format(uri="the server", reason=one_line(str(exc)))) from None
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
                                         f"run kg load again to complete it ({one_line(str(exc))[:120]})")) from None
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
