"""Neo4j load benchmark: batched UNWIND … MERGE vs one MERGE per row, same server, same run.

Builds a synthetic graph of at least 100 000 relationships (N copies of the
bundled corpus renumbered as new editions, see bench/synth.py), then on an
empty database: (1) batched load, (2) the same load again (re-load), (3) wipe
and a per-row load of a sample (one auto-commit MERGE per row; the full per-row
load would take minutes), extrapolated as rows/s. Then times each library
query on the bundled corpus (p50, p95 over --runs runs).

Uses NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD when set, else starts the launcher.

Usage: python bench/neo4j_bench.py [--copies 70] [--sample 3000] [--runs 30]
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=72)
    ap.add_argument("--sample", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from synth import make

    from kg.config import BUNDLED_CORPUS
    from kg.loaders.neo4j import (
        Connection, connect, edge_batches, load, load_queries, node_batches, run_query, wipe,
    )
    from kg.neo4j_server import start
    from kg.pipeline import build

    server = None
    tmp = tempfile.TemporaryDirectory()
    if os.environ.get("NEO4J_URI"):
        conn = Connection(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"), os.environ["NEO4J_PASSWORD"])
    else:
        os.environ.setdefault("NEO4J_PASSWORD", "b-" + secrets.token_hex(8))
        server = start(Path(tmp.name) / "db", heap="2g")
        conn = Connection(server.uri, "neo4j", os.environ["NEO4J_PASSWORD"])
    driver = connect(conn)
    try:
        make(args.copies, Path(tmp.name) / "corpus")
        b = build([Path(tmp.name) / "corpus"])
        n_nodes, n_rels = len(b.nodes), len(b.edges)
        print(f"synthetic graph: {args.copies} copies, {n_nodes} nodes, {n_rels} relationships")
        # cold: the first load on a fresh server (JIT, query planning included)
        wipe(driver)
        cold = load(driver, b.nodes, b.edges)
        print(f"cold batched load (fresh server): {cold.rows} rows in {cold.seconds:.2f} s = {cold.rows_per_second:,.0f} rows/s")
        # warm: the same load on the now warmed-up server, timed as the reference for both methods
        wipe(driver)
        s1 = load(driver, b.nodes, b.edges)
        rel_s = s1.phase_seconds.get("rel", 0.0)
        print(f"batched load:   {s1.rows} rows in {s1.seconds:.2f} s = {s1.rows_per_second:,.0f} rows/s; "
              f"relationships {n_rels / rel_s:,.0f}/s in the relationship phase ({rel_s:.2f} s), "
              f"{n_rels / s1.seconds:,.0f}/s over the whole load; phases {({k: round(v, 2) for k, v in s1.phase_seconds.items()})}")
        s2 = load(driver, b.nodes, b.edges)
        print(f"re-load:        {s2.rows} rows in {s2.seconds:.2f} s = {s2.rows_per_second:,.0f} rows/s "
              f"(ratio to first load {s2.seconds / s1.seconds:.2f}; created {s2.nodes_created + s2.relationships_created})")
        wipe(driver)
        # per-row: the same statements, one row per auto-commit transaction, on a sample in load order
        label_of = {n.id: n.label for n in b.nodes}
        node_rows = [(q, r) for _, q, rows in node_batches(b.nodes) for r in rows]
        rel_rows = [(q, r) for _, q, rows in edge_batches(b.edges, label_of) for r in rows]
        from kg.loaders.neo4j import apply_constraints

        apply_constraints(driver)
        t = time.perf_counter()
        with driver.session() as session:
            for q, r in node_rows:  # every node, so relationships find their ends
                session.run(q, rows=[r]).consume()
        t_nodes = time.perf_counter() - t
        sample = rel_rows[: args.sample]
        t = time.perf_counter()
        with driver.session() as session:
            for q, r in sample:
                session.run(q, rows=[r]).consume()
        t_rels = time.perf_counter() - t
        per_row = (len(node_rows) + len(sample)) / (t_nodes + t_rels)
        print(f"per-row MERGE:  {len(node_rows)} nodes + {len(sample)} relationships in {t_nodes + t_rels:.2f} s = {per_row:,.0f} rows/s")
        print(f"batched / per-row: {s1.rows_per_second / per_row:.1f}x")
        # library queries on the bundled corpus
        wipe(driver)
        small = build([BUNDLED_CORPUS])
        load(driver, small.nodes, small.edges)
        params = {
            "mechanism_spread": {"mechanism": "公推直选"}, "mechanisms_of_province": {"province": "甘肃省"},
            "cases_sharing_mechanisms": {"case_id": "case/e1-best-08"}, "cases_of_domain_in_province": {"domain": "农村", "province": "山东省"},
            "case_provenance": {"case_id": "case/e2-excellent-30"}, "region_hierarchy": {"province": "甘肃省"},
        }
        print(f"\n{'query':32} {'p50 ms':>8} {'p95 ms':>8}")
        for name, query in load_queries().items():
            bound = query.bind(params.get(name, {}))
            times = []
            for _ in range(args.runs):
                t = time.perf_counter()
                run_query(driver, query.cypher, bound)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            print(f"{name:32} {statistics.median(times):>8.1f} {p95:>8.1f}")
        print("\n(each query timing includes the EXPLAIN that checks it is read-only)")
    finally:
        driver.close()
        if server:
            server.stop()
        tmp.cleanup()


if __name__ == "__main__":
    main()
