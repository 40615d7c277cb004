"""The object a build is read through: :class:`Build` (graph, typed records) and its pandas tables.

:mod:`kg.api` makes and opens builds and re-exports :class:`Build` and the column lists, so
``kg.Build``, ``kg.api.Build`` and ``from kg.api import CASE_COLUMNS`` keep working. pandas and
networkx are imported only when a table or the graph is asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd

    from .model import Edge, Node
    from .pipeline import Build as PipelineBuild

__all__ = ["Build", "CASE_COLUMNS", "AWARD_COLUMNS", "PRACTICE_COLUMNS", "EVENT_COLUMNS", "frame"]

#: Columns of :meth:`Build.cases`: one row per Case node; lists are joined with ``|``.
CASE_COLUMNS = ("case_id", "kind", "edition", "tier", "tier_label", "rank", "subject", "title", "province", "prefecture",
                "county", "region_code", "place", "org_domain", "mechanisms", "mechanism_families", "same_subject",
                "doc_id", "span_start", "span_end")
#: Columns of :meth:`Build.awards`: one row per Award node.
AWARD_COLUMNS = ("award_id", "case_id", "edition", "tier", "tier_label", "rank", "subject", "title", "province",
                 "doc_id", "span_start", "span_end")
#: Columns :meth:`Build.practices` always has (more follow: every property Practice nodes carry).
PRACTICE_COLUMNS = ("practice_id", "name", "cases", "mechanisms", "families", "doc_id", "span_start", "span_end")
#: Columns :meth:`Build.events` always has (more follow: every property AdoptionEvent nodes carry).
EVENT_COLUMNS = ("event_id", "year", "kind", "cases", "practices", "mechanisms", "regions", "doc_id", "span_start", "span_end")


class Build:
    """A built graph: made from documents in this process, or opened from a saved build directory.

    ``graph`` is the networkx MultiDiGraph, ``nodes``/``edges`` the typed records
    (:class:`kg.model.Node`, :class:`kg.model.Edge`), ``directory`` the saved build
    (or ``None``), ``result`` the full pipeline result when built here (or ``None``).
    """

    def __init__(self, *, result: PipelineBuild | None = None, saved=None, directory: Path | None = None,
                 manifest: dict | None = None):
        self.result = result
        self._saved = saved
        self.directory = directory
        self.manifest = manifest
        self._graph = None  # the pipeline result's graph or the saved one, made on first use
        self._records = (result.nodes, result.edges) if result is not None else None

    @property
    def graph(self) -> nx.MultiDiGraph:
        if self._graph is None:
            self._graph = self.result.graph if self.result is not None else self._saved.graph()
        return self._graph

    def _recs(self) -> tuple[list[Node], list[Edge]]:
        if self._records is None:
            self._records = self._saved.records()
        return self._records

    @property
    def nodes(self) -> list[Node]:
        return self._recs()[0]

    @property
    def edges(self) -> list[Edge]:
        return self._recs()[1]

    def __repr__(self) -> str:
        where = f"saved in {self.directory}" if self.directory else "in memory"
        g = self.graph
        return f"<kg.Build {g.number_of_nodes()} nodes, {g.number_of_edges()} relationships, {where}>"

    # -- tables ---------------------------------------------------------------------------------

    def cases(self) -> pd.DataFrame:
        """One row per case (columns :data:`CASE_COLUMNS`), sorted by case id."""
        from .analytics import case_region_chain

        g = self.graph
        rows = []
        for n, d in _labelled(g, "Case"):
            chain = case_region_chain(g, n)
            mechs = sorted(_out(g, n, "USES"), key=lambda m: g.nodes[m].get("name", m))
            fams = sorted({g.nodes[f].get("name", f) for m in mechs for f in _out(g, m, "BROADER")})
            domain = next(iter(_out(g, n, "IN_DOMAIN")), None)
            located = next(iter(_out(g, n, "LOCATED_IN")), None)
            rows.append({
                "case_id": n, "kind": d.get("kind"), "edition": d.get("edition"), "tier": d.get("tier"),
                "tier_label": d.get("tier_label"), "rank": d.get("rank"), "subject": d.get("subject"), "title": d.get("title"),
                **{lv: chain.get(lv, {}).get("name", "") for lv in ("province", "prefecture", "county")},
                "region_code": g.nodes[located].get("code", "") if located else "", "place": d.get("place", ""),
                "org_domain": g.nodes[domain].get("name", "") if domain else "",
                "mechanisms": "|".join(g.nodes[m].get("name", m) for m in mechs), "mechanism_families": "|".join(fams),
                "same_subject": "|".join(sorted(set(_out(g, n, "SAME_SUBJECT")) | set(_in(g, n, "SAME_SUBJECT")))),
                **_prov(d),
            })
        return frame(rows, CASE_COLUMNS, ints=("edition", "rank", "span_start", "span_end"))

    def awards(self) -> pd.DataFrame:
        """One row per award (columns :data:`AWARD_COLUMNS`), sorted by award id."""
        from .analytics import case_region_chain

        g = self.graph
        rows = []
        for n, d in _labelled(g, "Award"):
            case = next(iter(_in(g, n, "AWARDED")), None)
            cd = g.nodes[case] if case else {}
            rows.append({
                "award_id": n, "case_id": case or "", "edition": d.get("edition"), "tier": d.get("tier"),
                "tier_label": d.get("tier_label"), "rank": d.get("rank"), "subject": cd.get("subject", ""),
                "title": cd.get("title", ""),
                "province": case_region_chain(g, case).get("province", {}).get("name", "") if case else "", **_prov(d),
            })
        return frame(rows, AWARD_COLUMNS, ints=("edition", "rank", "span_start", "span_end"))

    def practices(self) -> pd.DataFrame:
        """One row per Practice node: :data:`PRACTICE_COLUMNS`, then every other property the nodes carry.

        Empty (with those columns) when the graph holds no Practice node.
        """
        return self._label_frame("Practice", PRACTICE_COLUMNS,
                                 {"cases": "Case", "mechanisms": "Mechanism", "families": "MechanismFamily"})

    def events(self) -> pd.DataFrame:
        """One row per AdoptionEvent node: :data:`EVENT_COLUMNS`, then every other property the nodes carry.

        Empty (with those columns) when the graph holds no AdoptionEvent node.
        """
        return self._label_frame("AdoptionEvent", EVENT_COLUMNS,
                                 {"cases": "Case", "practices": "Practice", "mechanisms": "Mechanism", "regions": "Region"})

    def _label_frame(self, label: str, columns: tuple[str, ...], linked: dict[str, str]) -> pd.DataFrame:
        g = self.graph
        rows, extra = [], set()
        for n, d in _labelled(g, label):
            row = {columns[0]: n}
            for col, other in linked.items():  # neighbours of that label, either direction, any relationship
                ids = {v for v in g.successors(n) if g.nodes[v].get("label") == other}
                ids |= {u for u in g.predecessors(n) if g.nodes[u].get("label") == other}
                row[col] = "|".join(sorted(ids))
            for k, v in d.items():
                if k == "label" or k in row:
                    continue
                row[k] = "|".join(map(str, v)) if isinstance(v, (list, tuple)) else v
                if k not in columns:
                    extra.add(k)
            rows.append(row)
        return frame(rows, columns + tuple(sorted(extra)), ints=("span_start", "span_end"))


def _labelled(g, label: str):
    return sorted(((n, d) for n, d in g.nodes(data=True) if d.get("label") == label), key=lambda t: t[0])


def _out(g, n: str, typ: str) -> list[str]:
    return sorted({v for _, v, d in g.out_edges(n, data=True) if d.get("type") == typ})


def _in(g, n: str, typ: str) -> list[str]:
    return sorted({u for u, _, d in g.in_edges(n, data=True) if d.get("type") == typ})


def _prov(d: dict) -> dict:
    return {"doc_id": d.get("doc_id"), "span_start": d.get("span_start"), "span_end": d.get("span_end")}


def frame(rows: list[dict], columns: tuple[str, ...], ints: tuple[str, ...] = ()):
    import pandas as pd

    df = pd.DataFrame.from_records(rows, columns=list(columns))
    for c in ints:
        if c in df.columns:
            df[c] = df[c].astype("Int64")
    return df
