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
    cli_neo4j.register(group)
    register_views(group)
    cli_export.register(group)


def register_analysis(group: click.Group) -> None:
    @group.command("spread")
    @click.argument("name")
    @build_options("option")
    @format_option
    def spread_cmd(name: str, build, fmt: str) -> None:
        """Where and when a mechanism (or a whole family) spread: regions, editions, first edition.

        NAME is a mechanism (公推直选, an alias such as 网格化管理) or a family (基层民主与选举).

        Example: kg spread 公推直选 --format csv
        """
        from .api import spread_rows

        rows, s = spread_rows(build, name)
        emit(rows, fmt, title=f"{name}: {', '.join(s['mechanisms'])}", extra=s)
        if fmt == "table":
            console.print(
                f"first edition: {s['first_edition']}; editions: {s['editions']}; provinces: {len(s['provinces'])}; "
                f"prefectures: {len(s['prefectures'])}; counties: {len(s['counties'])}; cases: {len(s['cases'])}"
            )

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
        from .evaluate import evaluate, load_gold
        from .evaluate_lists import evaluate_list_gold, is_list_gold

        if is_list_gold(gold):  # a gold file of award entries in many layouts (tests/data/lists/gold.tsv)
            lr = evaluate_list_gold(gold, list(inputs) or None)
            if fmt == "json":
                sys.stdout.write(json.dumps(lr, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
                return
            emit(lr["layouts"], fmt, title=f"kg eval {gold} (furniture read as narratives: {lr['furniture_narratives']})")
            return
        g = load_gold(gold)
        r = evaluate(build(inputs or None).result, g)
        rows = [
            {"extractor": "parse (subject+title)", "precision": "", "recall": "", "accuracy": f"{r['parse']['accuracy']:.3f}", "n": r["parse"]["total"]},
            {"extractor": "region (deepest level)", "precision": "", "recall": "", "accuracy": f"{r['region']['accuracy']:.3f}", "n": r["region"]["total"]},
            {"extractor": "org domain", "precision": "", "recall": "", "accuracy": f"{r['org_domain']['accuracy']:.3f}", "n": r["org_domain"]["total"]},
            {"extractor": "mechanisms", "precision": f"{r['mechanisms']['precision']:.3f}", "recall": f"{r['mechanisms']['recall']:.3f}",
             "accuracy": f"F1 {r['mechanisms']['f1']:.3f}", "n": r["mechanisms"]["tp"] + r["mechanisms"]["fn"]},
        ]
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
    @click.argument("kind", required=False, type=click.Choice(["overview", "spread", "region", "edition", "case"]))
    @click.argument("args", nargs=-1)
    @click.option("--out", type=click.Path(path_type=Path), required=True, help="FILE.html, or a directory with --all.")
    @click.option("--all", "all_", is_flag=True, help="Write every view and an index.html into --out.")
    @click.option("--png", type=click.Path(path_type=Path), default=None, help="Also write a PNG snapshot (headless Chromium).")
    @build_options("option")
    def view_cmd(kind, args, out, all_, png, build) -> None:
        """Interactive HTML views (pyvis/vis-network), self-contained and safe to open offline.

        KIND: overview | spread MECHANISM_OR_FAMILY | region PROVINCE | edition N [M] | case CASE_ID

        Example: kg view spread 公推直选 --out spread.html --png spread.png
        """
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
