"""File outputs of ``kg build --out DIR``: graph.json, graph.graphml, cases.csv, quality.json/.md.

Writers are deterministic: sorted keys, sorted rows, fixed line endings, so the
same input gives byte-identical files.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path

import networkx as nx

from . import atomic
from .graph import to_networkx
from .model import Case
from .nodelink import graph_json_bytes, indented_json_bytes, node_link, props_floats
from .textout import spreadsheet_cells, xml_safe
from .pipeline import Build

__all__ = ["CASE_COLUMNS", "write_outputs", "case_rows", "summary", "graph_json", "graphml_graph", "graphml_bytes"]

CASE_COLUMNS = (
    "case_id", "kind", "edition", "tier", "rank", "subject", "title", "province", "prefecture", "county",
    "region_code", "org_domain", "mechanisms", "mechanism_families", "practices", "competition", "year", "category",
    "linked_case_ids", "subject_group", "source", "span_start", "span_end",
)


def _region_cells(c: Case) -> dict[str, str]:
    cells = {"province": "", "prefecture": "", "county": "", "region_code": ""}
    if c.region and c.region.units:
        for u in c.region.units:
            cells[u.level] = u.name
        cells["region_code"] = c.region.units[-1].code
    return cells


def _competition(c: Case) -> str:
    if not c.edition_key:
        return ""
    from .graph import _competition_name

    return _competition_name(c)


def _subject_neighbours(cases: list[Case]) -> dict[str, str]:
    """``"|".join(c.subject_neighbours)`` of every case, by id: each subject group walked once (a subject
    awarded in many editions would otherwise cost a search of its group for every case)."""
    out: dict[str, str] = {}
    for c in cases:
        g = c.subject_group
        if g and g[0] == c.id:
            for k, cid in enumerate(g):
                out[cid] = "|".join(g[max(0, k - 1) : k] + g[k + 1 : k + 2])
    return out


def case_rows(b: Build, min_body_mentions: int = 2) -> list[dict[str, str]]:
    """One row per award entry and per narrative (sorted by case id, kind, source, offset)."""
    by_id = {c.id: c for c in b.cases}
    source_of = {r.key: r.source for r in b.records}
    rows = []
    mech_cache: dict[str, tuple[str, str, str]] = {}
    # what the graph says a case uses (names in the title or body, and practices a narrative defines in a
    # mechanism's words), its families, and the practices it names: read from the records, as the graph holds them
    name_of = {n.id: n.get("name", n.id) for n in b.nodes if n.label in ("Mechanism", "MechanismFamily", "Practice")}
    out_of: dict[str, list[tuple[str, str]]] = {}
    for e in b.edges:
        if e.type in ("USES", "NAMES", "BROADER"):
            out_of.setdefault(e.source, []).append((e.target, e.type))
    linked = _subject_neighbours(b.cases)
    for r in b.records:
        c = by_id[b.record_case[r.key]]
        if c.id not in mech_cache:
            out = out_of.get(c.id, [])
            mids = sorted({v for v, t in out if t == "USES"})
            names = [name_of.get(m, m) for m in mids]
            fams = sorted({name_of.get(f, f) for m in mids for f, t in out_of.get(m, ()) if t == "BROADER"})
            practices = sorted({name_of.get(v, v) for v, t in out if t == "NAMES"})
            mech_cache[c.id] = ("|".join(names), "|".join(fams), "|".join(practices))
        mechs, fams, practices = mech_cache[c.id]
        span = r.span
        rows.append(
            {
                "case_id": c.id,
                "kind": "award" if r.entry else "narrative",
                "edition": str(c.edition or ""),
                "tier": c.tier_label or "",
                "rank": str(c.rank or ""),
                "subject": r.subject,
                "title": r.title,
                **_region_cells(c),
                "org_domain": c.domain.label if c.domain else "",
                "mechanisms": mechs,
                "mechanism_families": fams,
                "practices": practices,
                "competition": _competition(c),
                "year": str(c.year or ""),
                "category": c.category,
                "linked_case_ids": linked.get(c.id, ""),
                "subject_group": c.subject_group[0] if c.subject_group else "",
                "source": source_of[r.key],
                "span_start": str(span.start),
                "span_end": str(span.end),
            }
        )
    rows.sort(key=lambda row: (row["case_id"], row["kind"], row["source"], int(row["span_start"])))
    return rows


def graph_json(g: nx.MultiDiGraph) -> str:
    """node-link JSON, keys sorted, compact: the bytes ``json.dumps(..., ensure_ascii=False, sort_keys=True,
    separators=(",", ":"))`` writes. orjson (6× faster here) writes the same for str, int, bool, None and
    lists; it is used unless a value is a float (its exponent form differs: 1e16, not 1e+16) or it refuses
    one (a lone surrogate, an int over 64 bits), where the standard library writes it."""
    data = nx.node_link_data(g, edges="edges")
    plain = not any(type(v) is float for part in ("nodes", "edges") for d in data[part] for v in d.values())
    if plain:
        try:
            import orjson

            return orjson.dumps(data, option=orjson.OPT_SORT_KEYS, default=list).decode("utf-8") + "\n"
        except (ImportError, TypeError):  # orjson.JSONEncodeError is a TypeError
            pass
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=list) + "\n"


#: Characters XML escaping or xml_safe would change (in text or in a quoted attribute); values without them go as they are.
_XML_SPECIAL = re.compile("[&<>\"'\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def graphml_bytes(b: Build) -> bytes:
    """GraphML of the graph, written in one pass (networkx's writer is ~10× slower here).

    Keys are typed from the values (int → long, bool → boolean, else string; lists
    joined with ``|``); ``tests/test_cli.py`` checks that networkx reads it back
    to the same nodes, edges and attributes.
    """
    from xml.sax.saxutils import escape, quoteattr

    def typ(v: object) -> str:
        return "boolean" if isinstance(v, bool) else "long" if isinstance(v, int) else "string"

    memo: dict[str, str] = {}  # labels, ids and document ids recur on thousands of rows
    ents = {"\r": "&#13;"}

    def val(v: object) -> str:
        if v is True or v is False:
            return "true" if v else "false"
        if isinstance(v, (list, tuple)):
            v = "|".join(map(str, v))
        s = v if isinstance(v, str) else str(v)
        out = memo.get(s)
        if out is None:
            # XML 1.0 cannot carry some controls; \r kept
            out = memo[s] = escape(xml_safe(s), ents) if _XML_SPECIAL.search(s) else s
        return out

    qmemo: dict[str, str] = {}

    def qattr(s: str) -> str:
        out = qmemo.get(s)
        if out is None:
            out = qmemo[s] = quoteattr(xml_safe(s)) if _XML_SPECIAL.search(s) else f'"{s}"'
        return out

    def attr(s: str) -> str:  # qattr for ids that occur once (node ids, edge keys): no memo
        return quoteattr(xml_safe(s)) if _XML_SPECIAL.search(s) else f'"{s}"'

    keys: dict[tuple[str, str], str] = {}
    for domain, first, items in (("node", "label", b.nodes), ("edge", "type", b.edges)):
        if not items:
            continue
        seen: dict[str, str] = {first: "string"}
        for it in items:
            for k, v in it.props:
                if k not in seen:
                    seen[k] = typ(v)
        seen.update((k, t) for k, t in (("doc_id", "string"), ("span_start", "long"), ("span_end", "long"))
                    if k not in seen)
        keys.update(((domain, k), t) for k, t in seen.items())
    ids = {dk: f"d{i}" for i, dk in enumerate(sorted(keys))}
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n']
    for (domain, k), kid in sorted(ids.items(), key=lambda t: t[1]):
        out.append(f'<key id="{kid}" for="{domain}" attr.name={quoteattr(k)} attr.type="{keys[(domain, k)]}"/>\n')
    out.append('<graph edgedefault="directed">\n')
    opens = {dk: f'<data key="{kid}">' for dk, kid in ids.items()}
    cells: dict[tuple, str] = {}  # (key, type, value) → the whole <data> element: values recur on many rows

    def cell(o: str, v: object) -> str:
        if type(v) is int:
            return f"{o}{v}</data>"
        k = (o, type(v), tuple(v) if isinstance(v, list) else v)
        got = cells.get(k)
        if got is None:
            got = cells[k] = f"{o}{val(v)}</data>"
        return got

    for domain, items in (("node", b.nodes), ("edge", b.edges)):
        if not items:
            continue
        op = {k: o for (d, k), o in opens.items() if d == domain}
        first, doc, start, end = op["label" if domain == "node" else "type"], op["doc_id"], op["span_start"], op["span_end"]
        strs: dict[tuple[str, object], str] = {}  # (key, str value) → <data>: the property pair itself is the key
        for it in items:
            sp = it.span
            head = (f"<node id={attr(it.id)}>{cell(first, it.label)}" if domain == "node" else
                    f"<edge id={attr(it.key)} source={qattr(it.source)} target={qattr(it.target)}>{cell(first, it.type)}")
            parts = []
            for kv in it.props:
                v = kv[1]
                if type(v) is str:  # a str equals no value of another type, so the pair is a safe key
                    got = strs.get(kv)
                    if got is None:
                        got = strs[kv] = f"{op[kv[0]]}{val(v)}</data>"
                else:
                    got = cell(op[kv[0]], v)
                parts.append(got)
            props = "".join(parts)
            out.append(f"{head}{props}{cell(doc, sp.doc_id)}{start}{sp.start}</data>{end}{sp.end}</data></{domain}>\n")
    out.append("</graph>\n</graphml>\n")
    return "".join(out).encode("utf-8")


def graphml_graph(b: Build) -> nx.MultiDiGraph:
    """The graph with attribute values GraphML can hold (lists joined with ``|``)."""
    return to_networkx(b.nodes, b.edges, flat=True)


def quality(b: Build) -> dict:
    docs = [
        {"source": name, "document_id": d.id, "encoding": d.encoding, "format": d.format, "chars": len(d.text)}
        for d, name in b.documents
    ]
    problems = [
        {"code": p.code, "severity": p.severity, "message": p.message, "source": p.source, "offset": p.offset,
         "line": p.line, "column": p.column, "context": p.context}
        for p in b.problems
    ]
    counts = Counter(p.code for p in b.problems)
    return {"documents": docs, "counts": dict(sorted(counts.items())), "problems": problems}


def quality_markdown(q: dict) -> str:
    out = io.StringIO()
    out.write("# Quality report\n\n## Documents\n\n| source | encoding | format | chars |\n|---|---|---|---|\n")
    for d in q["documents"]:
        out.write(f"| {d['source']} | {d['encoding']} | {d['format']} | {d['chars']} |\n")
    out.write("\n## Problems by code\n\n| code | count |\n|---|---|\n")
    for code, n in q["counts"].items():
        out.write(f"| {code} | {n} |\n")
    out.write("\n## All problems\n\n| severity | code | source | line:col (offset) | message |\n|---|---|---|---|---|\n")
    for p in q["problems"]:
        where = f"{p['line']}:{p['column']} ({p['offset']})" if p["offset"] >= 0 else ""
        msg = p["message"].replace("|", "\\|")
        out.write(f"| {p['severity']} | {p['code']} | {p['source']} | {where} | {msg} |\n")
    return out.getvalue()


def _edition_label(e) -> str:
    """第1届 for the national series (as before); 'competition 第5届' / 'competition 2023年度' for others."""
    from .graph import edition_label

    if e.competition is None or e.competition.key == "national":
        return f"第{e.edition}届" if e.edition is not None else (f"{e.year}年度" if e.year else "未标届次")
    ed = edition_label(e.edition) if e.edition is not None else (f"{e.year}年度" if e.year else "未标届次")
    return f"{e.competition.name} {ed}"


def summary(b: Build) -> dict:
    # label_counts(b.graph) from the records: the graph holds one edge per (source, target, key)
    nodes = Counter(n.label for n in b.nodes)
    rels = Counter({(e.source, e.target, e.key): e.type for e in b.edges}.values())
    per = Counter((_edition_label(e), e.tier_label) for p in b.parsed for e in p.entries)
    announced = {(f"第{ed}届", tier): n for p in b.parsed for ed, tier, n in p.announced}
    return {
        "documents": len(b.documents),
        "chars": b.chars,
        "entries": dict(sorted(per.items())),
        "announced": announced,
        "narratives": sum(len(p.narratives) for p in b.parsed),
        "cases": len(b.cases),
        "nodes": dict(sorted(nodes.items())),
        "relationships": dict(sorted(rels.items())),
        "problems": dict(sorted(Counter(p.severity for p in b.problems).items())),
    }


def write_outputs(b: Build, out: Path) -> list[Path]:
    from .config import paused_gc

    with paused_gc():
        return _write_outputs(b, out)


def _write_outputs(b: Build, out: Path) -> list[Path]:
    atomic.output_dir(out)  # locked until the process ends; each file below is replaced atomically
    # a large graph: a forked process writes GraphML (the slowest file) while this one writes graph.json and
    # cases.csv; the quality report is written by whichever of the two is free first
    aside = _Aside.start(b, out)
    written = [out / name for name in ("graph.json", "graph.graphml", "cases.csv", "quality.json", "quality.md")]
    data = node_link(b.nodes, b.edges)
    atomic.write_bytes(out / "graph.json", graph_json_bytes(data, props_floats(b.nodes, b.edges)))  # graph_json(b.graph), byte for byte
    del data
    sbuf = io.StringIO(newline="")
    w = csv.writer(sbuf, lineterminator="\r\n")  # the rows csv.DictWriter writes, as lists
    w.writerow(CASE_COLUMNS)
    w.writerows([spreadsheet_cells(list(map(r.__getitem__, CASE_COLUMNS))) for r in case_rows(b)])  # for Excel: no formulas (graph.json keeps the exact text)
    atomic.write_bytes(out / "cases.csv", sbuf.getvalue().encode("utf-8-sig"))
    quality_here = aside is None or aside.claim()
    if quality_here:
        _write_quality(b, out)
    if aside is None or not aside.done():  # no second process, or it failed: written here, where errors reach the user
        atomic.write_bytes(out / "graph.graphml", graphml_bytes(b))
        if not quality_here:
            _write_quality(b, out)
    return written


def _write_quality(b: Build, out: Path) -> None:
    q = quality(b)
    atomic.write_bytes(out / "quality.json", indented_json_bytes(q))  # json.dumps(q, ensure_ascii=False, indent=1, sort_keys=True)
    atomic.write_text(out / "quality.md", quality_markdown(q))


#: Nodes plus edges from which GraphML is written by a second process, when there is a second core.
GRAPHML_ASIDE = 50_000


class _Aside:
    """A forked process writing part of the outputs of a large build (the same bytes as this one would)."""

    def __init__(self, proc, taken):
        self.proc, self.taken = proc, taken

    @classmethod
    def start(cls, b: Build, out: Path) -> _Aside | None:
        """Started, or ``None`` when the graph is small, there is one core or no fork: all is written here."""
        import multiprocessing as mp

        from .config import cores

        if len(b.nodes) + len(b.edges) < GRAPHML_ASIDE or cores() < 2 or "fork" not in mp.get_all_start_methods():
            return None
        ctx = mp.get_context("fork")
        taken = ctx.Value("b", 0)  # whether a process has taken the quality report (shared memory, with a lock)
        proc = ctx.Process(target=_aside_child, args=(b, out, taken), daemon=True)
        proc.start()
        return cls(proc, taken)

    def claim(self) -> bool:
        """Take the quality report unless the forked process has: whether this process writes it."""
        return _claim(self.taken)

    def done(self) -> bool:
        """Wait for it; whether it wrote its files (GraphML, and the quality report if it took that)."""
        self.proc.join()
        return self.proc.exitcode == 0


def _claim(taken) -> bool:
    with taken.get_lock():
        if taken.value:
            return False
        taken.value = 1
        return True


def _aside_child(b: Build, out: Path, taken) -> None:
    """In the forked process: GraphML, then the quality report unless the parent has taken it; exit with 1 on
    any failure, silently (the parent then writes them)."""
    import os

    code = 1
    try:
        atomic.write_bytes(out / "graph.graphml", graphml_bytes(b))
        if _claim(taken):
            _write_quality(b, out)
        code = 0
    except BaseException:  # noqa: BLE001 - reported by the parent, which writes the files itself
        pass
    finally:
        os._exit(code)
