"""graph.json (node-link JSON) straight from a build's typed records.

:func:`node_link` gives the dict ``networkx.node_link_data(to_networkx(nodes, edges), edges="edges")``
gives, without building the networkx graph: nodes in record order (then any node only an edge
names, with no attributes), edges grouped as networkx iterates a MultiDiGraph (by source in node
order, then by target in the order first seen from that source, then by key in insertion order;
a second edge with the same source, target and key updates the first one's attributes).
:func:`graph_json_bytes` writes it as ``kg.export.graph_json`` writes a graph, byte for byte;
:func:`indented_json_bytes` writes quality.json as ``json.dumps(..., indent=1)`` does, several times faster.
"""

from __future__ import annotations

import itertools
import json
import re
from operator import attrgetter, itemgetter

from .model import Edge, Node

__all__ = ["node_link", "graph_json_bytes", "indented_json_bytes", "props_floats"]


def node_link(nodes: list[Node], edges: list[Edge]) -> dict:
    """The node-link dict of the records' MultiDiGraph (see the module docstring)."""
    attrs: dict[str, dict] = {}
    for n in nodes:
        d = {"label": n.label}
        d.update(n.props)
        d["doc_id"], d["span_start"], d["span_end"] = n.span.doc_id, n.span.start, n.span.end
        attrs[n.id] = d
    adj: dict[str, dict[str, dict[str, dict]]] = {}
    for e in edges:
        u, v, sp = e.source, e.target, e.span
        if u not in attrs:
            attrs[u] = {}
        if v not in attrs:
            attrs[v] = {}
        d = {"type": e.type}
        d.update(e.props)
        d["doc_id"], d["span_start"], d["span_end"] = sp.doc_id, sp.start, sp.end
        k = f"{e.type}@{sp.doc_id}:{sp.start}-{sp.end}"  # Edge.key
        targets = adj.get(u)
        if targets is None:
            targets = adj[u] = {}
        keyed = targets.get(v)
        if keyed is None:
            keyed = targets[v] = {}
        old = keyed.get(k)
        if old is None:
            d["source"], d["target"], d["key"] = u, v, k
            keyed[k] = d
        else:
            old.update(d)
    node_list = []
    for nid, d in attrs.items():
        d["id"] = nid
        node_list.append(d)
    edge_list: list[dict] = []
    for u in attrs:
        targets = adj.get(u)
        if targets is not None:
            for keyed in targets.values():
                edge_list += keyed.values()
    return {"directed": True, "multigraph": True, "graph": {}, "nodes": node_list, "edges": edge_list}


def props_floats(*groups: list[Node] | list[Edge]) -> bool:
    """Whether a property value of the records is a float or holds one (their other values are strings and
    integers): :func:`graph_json_bytes` needs to know, and this is quicker than looking through its dict
    (every step here iterates in C)."""
    values = list(map(itemgetter(1), itertools.chain.from_iterable(map(attrgetter("props"), itertools.chain(*groups)))))
    kinds = set(map(type, values))
    if float in kinds:
        return True
    if not kinds & {tuple, list}:
        return False
    held = itertools.compress(values, map(isinstance, values, itertools.repeat((tuple, list))))
    return float in set(map(type, itertools.chain.from_iterable(held)))


def graph_json_bytes(data: dict, floats: bool | None = None) -> bytes:
    """``data`` as compact UTF-8 JSON with sorted keys: the bytes of ``kg.export.graph_json`` (orjson
    unless a value is a float or orjson refuses one, for the reasons given there; else the standard library).
    ``floats``: whether a value is or holds a float (:func:`props_floats` of the records), else looked for here."""
    if floats is None:
        values = itertools.chain.from_iterable(d.values() for part in ("nodes", "edges") for d in data[part])
        floats = any(_has_float(v) for v in values)
    if not floats:
        try:
            import orjson

            return orjson.dumps(data, option=orjson.OPT_SORT_KEYS, default=list) + b"\n"
        except (ImportError, TypeError):  # orjson.JSONEncodeError is a TypeError
            pass
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=list) + "\n").encode("utf-8")


_INDENT = re.compile(rb"\n((?:  )+)")


def _has_float(v: object) -> bool:
    if type(v) is float:
        return True
    if isinstance(v, dict):
        return any(_has_float(x) for x in v.values())
    if isinstance(v, (list, tuple)):
        return any(_has_float(x) for x in v)
    return False


def indented_json_bytes(data: dict) -> bytes:
    """``json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\\n"`` as UTF-8. The standard
    library writes indented JSON with its pure-Python encoder; orjson writes the same text indented by
    two spaces a level (string escapes and separators agree), so each line's indent is halved. As in
    :func:`graph_json_bytes`, a float or a value orjson refuses sends ``data`` through the standard library."""
    if not _has_float(data):
        try:
            import orjson

            out = orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
            return _INDENT.sub(lambda m: b"\n" + m.group(1)[: len(m.group(1)) // 2], out) + b"\n"
        except (ImportError, TypeError):
            pass
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
