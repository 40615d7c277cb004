"""Writing the time views (``map``, ``timeline``) of a practice, mechanism or family."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.chronology import timeline

from .chart import chart_payload, render_chart
from .map import map_payload, render_map

__all__ = ["time_view_html", "write_time_view"]


def time_view_html(g: nx.MultiDiGraph, kind: str, name: str) -> str:
    t = timeline(g, name)
    label = f"{name}: {', '.join(t['mechanisms'])}" if t["mechanisms"] else name
    if kind == "map":
        return render_map(map_payload(t), f"{label} — 采用地图 adoption map")
    return render_chart(chart_payload(t), f"{label} — 时间线 timeline")


def write_time_view(g: nx.MultiDiGraph, kind: str, args: list[str], out: Path) -> Path:
    if not args:
        raise KgError(f"E701 view {kind!r} needs 1 argument(s)")
    from kg import atomic

    atomic.output_file(out)
    atomic.write_text(out, time_view_html(g, kind, args[0]))
    return out
