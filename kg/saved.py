"""Saved builds: the directory ``kg build --out DIR`` writes, read back without rebuilding.

A saved build is ``graph.json`` (networkx node-link JSON: every node and edge with
its properties and provenance) plus ``manifest.json``, written last, which records

- ``inputs``: the arguments the build was made from and every document read, with its
  SHA-256 and size (the bundled corpus is recorded as ``bundled`` so a build still
  matches after the package moves);
- ``kg_version``, ``graph_format`` and ``kg_code``, a digest of kg's Python sources and rule files
  (``schema/``: lexicons, layouts, thesauri), which shape the graph as much as the documents do;
- ``outputs``: every file written, with its SHA-256.

:func:`check` says why a saved build no longer matches its inputs (empty list: it
matches). Reading needs only ``json`` and networkx: no spaCy, no parser, no
extractor. Nothing here imports more than that at module level.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import Errors, KgError
from .model import Edge, Node, Span
from .safefs import LONE_SURROGATE, path_text, resolved

__all__ = ["MANIFEST", "GRAPH", "GRAPH_FORMAT", "is_build", "sha256", "code_digest", "manifest_of", "write_manifest",
           "read_manifest", "check", "recorded_inputs", "SavedGraph", "records_from_json"]

MANIFEST = "manifest.json"
GRAPH = "graph.json"
GRAPH_FORMAT = 1  # bump when graph.json changes shape; an older saved build is then rebuilt
_PROVENANCE = ("doc_id", "span_start", "span_end")


def sha256(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _fingerprint(path: Path) -> tuple[str | None, int | None]:
    """(sha256, size) of a regular file that can be read; (None, None) for what the build could not read either
    (a FIFO, a device, a link loop, no permission): never opened, so a FIFO cannot block the save."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return None, None
        return sha256(path), st.st_size
    except OSError:
        return None, None


def is_build(directory: Path) -> bool:
    """True when ``directory`` holds a complete saved build (the manifest is written last)."""
    try:
        return (directory / MANIFEST).is_file() and (directory / GRAPH).is_file()
    except OSError:  # a name the file system refuses (too long): no build there
        return False


def _version() -> str:
    from . import __version__

    return __version__


def code_digest() -> str:
    """SHA-256 over kg's Python sources and its rule files in ``schema/`` (about 10 ms).

    A saved build made by other code or other rules is stale, even with the same documents.
    """
    from .config import SCHEMA_DIR

    root = Path(__file__).resolve().parent
    files = [("kg", p) for p in root.rglob("*.py")] + [("schema", p) for p in Path(SCHEMA_DIR).rglob("*") if p.is_file()]
    h = hashlib.sha256()
    for tag, p in sorted((t, p) for t, p in files if "__pycache__" not in p.parts):
        rel = p.relative_to(root if tag == "kg" else SCHEMA_DIR).as_posix()
        h.update(f"{tag}/{rel}\0".encode())
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def manifest_of(args: list[Path], files: list[Path], names: list[str], outputs: list[Path], bundled: Path) -> dict:
    """The manifest of a build (pure but for hashing the files)."""
    bundled = bundled.resolve()
    return {
        "graph_format": GRAPH_FORMAT,
        "kg_version": _version(),
        "kg_code": code_digest(),
        "inputs": {
            "args": [{"path": str(resolved(a)), "bundled": resolved(a) == bundled} for a in args],
            "files": [
                {"path": str(resolved(f)), "name": n, "bundled": resolved(f) == bundled, "sha256": digest, "bytes": size}
                for f, n in zip(files, names, strict=True)
                for digest, size in [_fingerprint(f)]
            ],
        },
        "outputs": [{"name": p.name, "sha256": sha256(p), "bytes": p.stat().st_size} for p in outputs],
    }


def write_manifest(out: Path, manifest: dict) -> Path:
    from .atomic import write_text

    text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    # a file name that is not UTF-8 keeps its bytes as lone surrogates (so the rebuild finds the file): JSON escapes
    text = LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return write_text(out / MANIFEST, text)


def read_manifest(directory: Path) -> dict:
    if not is_build(directory):
        raise KgError(Errors.E801.format(path=directory))
    try:
        m = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (ValueError, RecursionError, OSError) as exc:
        raise KgError(Errors.E802.format(path=directory, reason=f"{MANIFEST}: {exc}")) from None
    fault = manifest_fault(m)
    if fault:
        raise KgError(Errors.E802.format(path=directory, reason=f"{MANIFEST}: {fault}"))
    return m


def _is_path(v: object) -> bool:
    return isinstance(v, str) and 0 < len(v) <= 4096 and "\x00" not in v


def manifest_fault(m: object) -> str:
    """What makes a manifest unusable ("" when nothing): every field the staleness check reads, of its type."""
    if not isinstance(m, dict) or not isinstance(m.get("inputs"), dict):
        return "no inputs object"
    files, args, outputs = m["inputs"].get("files"), m["inputs"].get("args"), m.get("outputs")
    if not all(isinstance(x, list) and all(isinstance(e, dict) for e in x) for x in (files, args, outputs)):
        return "inputs.files, inputs.args and outputs must be lists of objects"
    for i, f in enumerate(files):
        if not (_is_path(f.get("path")) and isinstance(f.get("name"), str) and isinstance(f.get("bundled", False), bool)
                and (f.get("sha256") is None and f.get("bytes") is None
                     or isinstance(f.get("sha256"), str) and type(f.get("bytes")) is int)):
            return f"inputs.files[{i}]: path, name, sha256 and bytes of the wrong type or missing"
    for i, a in enumerate(args):
        if not (_is_path(a.get("path")) and isinstance(a.get("bundled", False), bool)):
            return f"inputs.args[{i}]: path missing or not a path"
    for i, o in enumerate(outputs):
        if not (isinstance(o.get("name"), str) and "/" not in o["name"] and isinstance(o.get("sha256"), str)):
            return f"outputs[{i}]: name and sha256 must be strings"
    return ""


def _current(entry: dict, bundled: Path) -> Path:
    return bundled if entry.get("bundled") else Path(entry["path"])


def recorded_inputs(manifest: dict, bundled: Path) -> list[Path]:
    """The arguments the build was made from, as paths on this machine."""
    return [_current(a, bundled) for a in manifest["inputs"]["args"]]


def check(directory: Path, manifest: dict, bundled: Path) -> tuple[list[str], list[str]]:
    """Why the saved build no longer matches: ``(changed, missing)``.

    ``changed`` lists inputs whose content differs, documents added under a directory
    argument, a different kg version, graph format, code or rules, or a graph.json that
    was altered; ``missing`` lists inputs that are gone (the saved build is then used as it is).
    """
    changed: list[str] = []
    missing: list[str] = []
    if manifest.get("graph_format") != GRAPH_FORMAT:
        changed.append(f"graph format {manifest.get('graph_format')} (this kg writes {GRAPH_FORMAT})")
    if manifest.get("kg_version") != _version():
        changed.append(f"kg version {manifest.get('kg_version')} (this is {_version()})")
    if manifest.get("kg_code") != code_digest():
        changed.append("kg's code or rules (schema/) changed")
    recorded = set()
    for f in manifest["inputs"]["files"]:
        p = _current(f, bundled)
        recorded.add(resolved(p))
        digest, size = _fingerprint(p)
        if f["sha256"] is None:  # unreadable at build time (reported then): changed once it can be read
            if digest is not None:
                changed.append(f"{f['name']} can be read now")
        elif digest is None:
            missing.append(path_text(p))
        elif size != f["bytes"] or digest != f["sha256"]:
            changed.append(f"{f['name']} changed")
    dirs = [p for p in recorded_inputs(manifest, bundled) if p.is_dir()]
    if dirs:
        from .ingest import discover

        try:
            now = {resolved(p) for p in discover(dirs)}
        except KgError:
            now = set()
        changed.extend(f"{p} is new" for p in sorted(now - recorded))
    for o in manifest["outputs"]:
        p = directory / o["name"]
        if o["name"] == GRAPH and (not p.is_file() or sha256(p) != o["sha256"]):
            changed.append(f"{GRAPH} was altered")
    return changed, missing


def records_from_json(data: dict) -> tuple[list[Node], list[Edge]]:
    """The typed nodes and edges of a build, from its node-link JSON (the inverse of ``to_networkx``)."""

    def props(d: dict, skip: tuple[str, ...]) -> tuple[tuple[str, object], ...]:
        return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in d.items() if k not in skip))

    nodes = [
        Node(d["id"], d["label"], props(d, ("id", "label", *_PROVENANCE)), Span(d["doc_id"], d["span_start"], d["span_end"]))
        for d in data["nodes"]
    ]
    edges = [
        Edge(d["source"], d["target"], d["type"], props(d, ("source", "target", "key", "type", *_PROVENANCE)),
             Span(d["doc_id"], d["span_start"], d["span_end"]))
        for d in data["edges"]
    ]
    edges.sort(key=lambda e: (e.source, e.type, e.target, e.span))
    return nodes, edges


_TYPES = {"str": (str,), "int": (int,), "bool": (bool,), "list[str]": (list, str), "list[int]": (list, int)}


@functools.cache
def _declared() -> dict[str, tuple]:
    """Property → (type, element type): ``schema/graph.toml`` ``[properties]``, with the node-link keys."""
    from .config import load_toml

    out = {k: _TYPES[t] for k, t in load_toml("graph.toml")["properties"].items()}
    out.update(id=(str,), label=(str,), source=(str,), target=(str,), type=(str,), doc_id=(str,), span_start=(int,),
               span_end=(int,))
    return out


def _wrong(v: object, want: tuple) -> bool:
    if type(v) is bool and want[0] is int:  # JSON true is not a number here
        return True
    if not isinstance(v, want[0]):
        return True
    return len(want) == 2 and any(not isinstance(x, want[1]) or type(x) is bool and want[1] is int for x in v)


def graph_fault(data: dict) -> str:
    """What makes a node-link graph.json unreadable as a kg build ("" when nothing): a value of another type than
    ``schema/graph.toml`` declares, a label or type it does not know, a node without provenance, an edge to a
    node that is not there. A graph.json edited by hand is read only when this finds nothing."""
    from .model import NODE_LABELS, REL_TYPES

    declared = _declared()
    nodes, edges = data.get("nodes"), data.get("edges")
    if not isinstance(nodes, list) or not isinstance(edges, list):
        return "nodes and edges must be lists"
    ids = set()
    for part, items, kinds, kind_key in (("node", nodes, NODE_LABELS, "label"), ("edge", edges, REL_TYPES, "type")):
        need = ("id", "label", *_PROVENANCE) if part == "node" else ("source", "target", "type", *_PROVENANCE)
        for i, d in enumerate(items):
            if not isinstance(d, dict):
                return f"{part} {i} is not an object"
            name = f"{part} {i} ({d.get('id', d.get('type'))!r})"
            missing = [k for k in need if k not in d]
            if missing:
                return f"{name} has no {', '.join(missing)}"
            for k, v in d.items():
                want = declared.get(k)
                if want is not None and _wrong(v, want):
                    return f"{name}: {k!r} must be {' of '.join(t.__name__ for t in want)}, not {type(v).__name__}"
                if want is None and not (v is None or isinstance(v, (str, int, float, bool))
                                         or isinstance(v, list) and all(isinstance(x, (str, int, float, bool)) for x in v)):
                    return f"{name}: {k!r} holds a {type(v).__name__}"
            if d[kind_key] not in kinds:
                return f"{name}: unknown {kind_key} {d[kind_key]!r}"
            if part == "node":
                ids.add(d["id"])
            elif d["source"] not in ids or d["target"] not in ids:
                return f"{name}: {d['source']!r} → {d['target']!r} names a node that is not in the graph"
    return ""


@dataclass
class SavedGraph:
    """graph.json of a saved build, parsed once; the networkx graph and the typed records on demand."""

    directory: Path
    data: dict

    @classmethod
    def read(cls, directory: Path) -> SavedGraph:
        """graph.json parsed and checked with :func:`graph_fault` (a manifest's hash can be edited too)."""
        try:
            data = json.loads((directory / GRAPH).read_text(encoding="utf-8"))
            data["nodes"], data["edges"]  # noqa: B018 (shape check)
        except (ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
            raise KgError(Errors.E802.format(path=directory, reason=f"{GRAPH}: {exc}")) from None
        fault = graph_fault(data)
        if fault:
            raise KgError(Errors.E802.format(path=directory, reason=f"{GRAPH}: {fault}"))
        return cls(directory, data)

    def graph(self):
        import networkx as nx

        return nx.node_link_graph(self.data, directed=True, multigraph=True, edges="edges")

    def records(self) -> tuple[list[Node], list[Edge]]:
        return records_from_json(self.data)
