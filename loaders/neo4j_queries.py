"""The named query library (``schema/queries/*.cypher``) and the read-only runner behind ``kg query``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.config import schema_path
from kg.errors import Errors, KgError

from .neo4j_base import one_line

__all__ = ["Param", "Query", "load_queries", "query_type", "run_query"]


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
        raise KgError(Errors.E528.format(reason=one_line(exc.message))) from None
    except (ServiceUnavailable, SessionExpired, OSError) as exc:
        raise KgError(Errors.E501.format(uri="the server", reason=one_line(str(exc)))) from None
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
            raise KgError(Errors.E501.format(uri="the server", reason=one_line(str(exc)))) from None
        raise KgError(Errors.E528.format(reason=one_line(exc.message or str(exc)))) from None
    except (DriverError, OSError) as exc:
        raise KgError(Errors.E501.format(uri="the server", reason=one_line(str(exc)))) from None
    return list(keys), rows
