"""What loading, querying and exporting to Neo4j share: the connection, and a node's or relationship's properties.

Used by :mod:`kg.loaders.neo4j` (load), :mod:`kg.loaders.neo4j_queries` (the named query library) and
:mod:`kg.loaders.neo4j_admin` (Browser style, neo4j-admin CSV). ``kg.loaders.neo4j`` re-exports every
public name, so ``from kg.loaders.neo4j import connect, …`` keeps working.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from kg.errors import Errors, KgError
from kg.model import Edge, Node

__all__ = ["Connection", "connection_from_env", "connect", "CONNECT_TIMEOUT", "node_props", "edge_props", "one_line"]


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
        from kg.config import seconds

        timeout = seconds("KG_CONNECT_TIMEOUT", os.environ.get("KG_CONNECT_TIMEOUT"), CONNECT_TIMEOUT)
    try:
        driver = neo4j.GraphDatabase.driver(
            conn.uri, auth=(conn.user, conn.password), connection_timeout=timeout,
            connection_acquisition_timeout=timeout, max_transaction_retry_time=timeout,
        )
    except (ValueError, DriverError) as exc:
        raise KgError(Errors.E501.format(uri=conn.uri, reason=one_line(str(exc)))) from None
    try:
        driver.verify_connectivity()
    except AuthError:
        driver.close()
        raise KgError(Errors.E502.format(user=conn.user, uri=conn.uri)) from None
    except (ServiceUnavailable, DriverError, Neo4jError, OSError, ValueError) as exc:  # ValueError: an address
        driver.close()  # the resolver cannot read (a port "abc", a host label over 63 characters: UnicodeError)
        raise KgError(Errors.E501.format(uri=conn.uri, reason=_reason(exc, timeout))) from None
    return driver


def _reason(exc: BaseException, timeout: float) -> str:
    text = " ".join(ln.strip() for ln in str(exc).splitlines() if ln.strip())
    if "handshake" in text.lower():
        return f"no Bolt handshake within {timeout:g} s: the listener does not speak Bolt (an HTTP port?)"
    if "timed out" in text.lower() or "acquisition" in text.lower() or not text:
        return f"no Bolt answer within {timeout:g} s (is it a Neo4j Bolt port?)"
    return text[:300]


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


def one_line(text: str | None) -> str:
    lines = [ln.strip() for ln in str(text or "").splitlines() if ln.strip()]
    return (lines[0] if lines else "no detail")[:300]
