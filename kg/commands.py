"""Analyst commands (spread, view, report, eval), registered on the ``kg`` group by :func:`register`.

Each command is a thin layer over :mod:`kg.api`; commands that read a build take the
shared option group :func:`kg.cli_common.build_options` (``--graph DIR``, ``--rebuild``,
documents) and receive the build ready to use.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .cli_common import build_options, console, emit, format_option, handle_errors
from .errors import KgError

__all__ = ["register", "format_option", "emit", "build_options"]


def register(group: click.Group) -> None:
    """Every command beyond ``kg build``, explicitly and in one place."""
    from . import cli_export, cli_neo4j

    register_analysis(group)
    register_timeline(group)
    cli_neo4j.register(group)
    register_views(group)
    cli_export.register(group)


def register_analysis(group: click.Group) -> None:
    @group.command("spread")
    @click.argument("name")
    @click.option("--level", type=click.Choice(["practice", "mechanism", "family"]), default=None,
                  help="Force the level NAME is read at [default: the first of mechanism, family, practice that matches].")
    @build_options("option")
    @format_option
    def spread_cmd(name: str, level: str | None, build, fmt: str) -> None:
        """Where and when a practice, a mechanism or a whole family spread: regions, editions, first edition.

        NAME is a mechanism (公推直选, a synonym such as 网格化管理; with its narrower mechanisms),
        a family (基层民主与选举) or a practice's exact name (五零工作法). The output says which level.

        Example: kg spread 公推直选 --format csv
        """
        from .api import spread_rows

        rows, s = spread_rows(build, name, level)
        if fmt == "table":  # a terminal is narrow: the level is in the title, one competition needs no column
            drop = {"level", "region_code"} | ({"competition"} if len({r["competition"] for r in rows}) <= 1 else set())
            rows = [{k: v for k, v in r.items() if k not in drop} for r in rows]
        emit(rows, fmt, title=f"{name} ({s['level']}): {', '.join(s['found'] + [m for m in s['mechanisms'] if m not in s['found']])}",
             extra=s)
        if fmt == "table":
            console.print(
                f"level: {s['level']}; first edition: {s['first_edition']}; editions: {s['editions']}; "
                f"provinces: {len(s['provinces'])}; prefectures: {len(s['prefectures'])}; counties: {len(s['counties'])}; "
                f"cases: {len(s['cases'])}; practices: {len(s['practices'])}"
            )

    @group.command("practices")
    @click.option("--unmapped", is_flag=True, help="Only practices mapped to no mechanism, with the reason.")
    @build_options("option")
    @format_option
    def practices_cmd(unmapped: bool, build, fmt: str) -> None:
        """Named practices with their cases and the mechanism each maps to (and the evidence), or why none.

        Example: kg practices --unmapped --format csv
        """
        from .practice_analytics import practice_table

        rows = practice_table(build.graph, unmapped=unmapped)
        cols = ("practice", "mechanism", "evidence", "family", "why_no_mechanism", "place", "cases")
        emit([{k: ("|".join(r[k]) if isinstance(r[k], list) else r[k]) for k in cols} for r in rows], fmt,
             title=f"practices: {len(rows)}" + (" (unmapped)" if unmapped else ""))

    @group.command("eval")
    @click.argument("gold", type=click.Path(path_type=Path))
    @click.option("--input", "inputs", multiple=True, type=click.Path(path_type=Path),
                  help="Documents to build from (default: the bundled corpus).")
    @format_option
    @handle_errors
    def eval_cmd(gold: Path, inputs: tuple[Path, ...], fmt: str) -> None:
        """Score a fresh build against a labelled TSV (format in the README): precision/recall/accuracy per extractor.

        It always builds from the documents: it scores the extractors, not a saved graph.

        Example: kg eval tests/data/gold.tsv
        """
        from .api import build
        from .evaluate import evaluate, load_gold, summary_rows
        from .evaluate_lists import evaluate_list_gold, is_list_gold
        from .evaluate_narratives import is_narrative_gold, load_narrative_gold, score_narratives, table_rows

        if is_narrative_gold(gold):  # a folder of narrative documents, scored with the bundled award lists
            from .config import BUNDLED_CORPUS

            r = score_narratives(build(list(inputs) or [gold.parent, BUNDLED_CORPUS]).result, load_narrative_gold(gold),
                                 gold.parent)
            if fmt == "json":
                sys.stdout.write(json.dumps(r, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
            else:
                emit(table_rows(r), fmt, title=f"kg eval {gold}")
            return

        if is_list_gold(gold):  # a gold file of award entries in many layouts (tests/data/lists/gold.tsv)
            lr = evaluate_list_gold(gold, list(inputs) or None)
            if fmt == "json":
                sys.stdout.write(json.dumps(lr, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
                return
            emit(lr["layouts"], fmt, title=f"kg eval {gold} (furniture read as narratives: {lr['furniture_narratives']})")
            return
        g = load_gold(gold)
        r = evaluate(build(inputs or None).result, g)
        rows = summary_rows(r)
        if fmt == "json":
            sys.stdout.write(json.dumps(r, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
            return
        emit(rows, fmt, title=f"kg eval {gold}")
        if r["missing"]:
            raise KgError(f"E602 {gold}: {len(r['missing'])} labelled record(s) not found in the build: {r['missing'][:3]}")

    @group.command("report")
    @build_options("argument")
    @click.option("--out", type=click.Path(path_type=Path), default=Path("kg-report"), show_default=True)
    def report_cmd(build, out) -> None:
        """Spread analytics as markdown and CSV: per mechanism and family, per province, co-occurrence
        communities, similar cases, central mechanisms and regions.

        Example: kg report --out report/
        """
        from .report import write_report

        files = write_report(build.graph, out)
        console.print(f"wrote {', '.join(f.name for f in files)} to {out}/")


def register_views(group: click.Group) -> None:
    @group.command("view")
    @click.argument("kind", required=False, type=click.Choice(["overview", "spread", "region", "edition", "case", "map", "timeline"]))
    @click.argument("args", nargs=-1)
    @click.option("--out", type=click.Path(path_type=Path), required=True, help="FILE.html, or a directory with --all.")
    @click.option("--all", "all_", is_flag=True, help="Write every view and an index.html into --out.")
    @click.option("--png", type=click.Path(path_type=Path), default=None, help="Also write a PNG snapshot (headless Chromium).")
    @build_options("option")
    def view_cmd(kind, args, out, all_, png, build) -> None:
        """Interactive HTML views (pyvis/vis-network), self-contained and safe to open offline.

        KIND: overview | spread MECHANISM_OR_FAMILY | region PROVINCE | edition N [M] | case CASE_ID
        | map NAME (adopters on a map with a year slider) | timeline NAME (events by year)

        Example: kg view spread 公推直选 --out spread.html --png spread.png   |   kg view map 学时学分制 --out map.html
        """
        if kind in ("map", "timeline"):
            from .atomic import output_file
            from .viz.timeline_pages import write_time_view

            f = write_time_view(build.graph, kind, list(args), output_file(out))
            console.print(f"wrote {f}")
            if png:
                from .viz.snapshot import snapshot_png

                snapshot_png(f, png)
                console.print(f"wrote {png}")
            return
        if all_:
            from .viz.pages import write_all

            files = write_all(build.graph, out)
            console.print(f"wrote {len(files)} files to {out}/ (open {out / 'index.html'})")
            return
        if not kind:
            raise KgError("E701 give a view KIND (overview, spread, region, edition, case) or --all")
        from .api import view

        f = view(build, kind, *args).save(out)
        console.print(f"wrote {f}")
        if png:
            from .viz.snapshot import snapshot_png

            snapshot_png(f, png)
            console.print(f"wrote {png}")


def register_timeline(group: click.Group) -> None:
    """``kg timeline NAME``: the dated adoption events of a practice, mechanism or family (kg.chronology)."""

    @group.command("timeline")
    @click.argument("name")
    @build_options("option")
    @format_option
    def timeline_cmd(name: str, build, fmt: str) -> None:
        """When and where a practice, mechanism or family was adopted: dated events in order, first
        adopter(s), adopters per year, cumulative provinces and counties.

        Example: kg timeline 学时学分制 --format csv
        """
        from .chronology import timeline

        t = timeline(build.graph, name)
        cols = ("year", "month", "part", "kind", "province", "prefecture", "county", "place", "practice", "case_id",
                "subject", "evidence")
        if fmt == "json":
            emit(t["rows"], fmt, extra={k: t[k] for k in ("query", "kind", "mechanisms", "first", "first_adopters", "per_year", "undated")})
            return
        rows = [{c: r[c] for c in cols} for r in t["rows"]]
        if fmt == "table":
            for r in rows:
                r["evidence"] = r["evidence"][:40] + ("…" if len(r["evidence"]) > 40 else "")
        emit(rows, fmt, title=f"{name}: {', '.join(t['mechanisms']) or 'practice'}")
        if fmt == "table":
            first = "; ".join(f"{a['year']} {a['province']}{a['prefecture']}{a['county']}{a['place']} ({', '.join(a['kinds'])})"
                              for a in t["first_adopters"])
            console.print(f"first adopter(s): {first or '—'}")
            emit(t["per_year"], fmt, title="adopters per year (cumulative provinces and counties)")
