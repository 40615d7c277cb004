"""Analyst commands (spread, eval), registered on the ``kg`` group by :func:`register`."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from .errors import KgError

__all__ = ["register", "format_option", "emit"]


def format_option(fn):
    """The shared ``--format table|csv|json`` option."""
    return click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                        show_default=True, help="Output format.")(fn)


def emit(rows: list[dict], fmt: str, title: str = "", extra: dict | None = None) -> None:
    from .cli import console

    if fmt == "json":
        sys.stdout.write(json.dumps({**(extra or {}), "rows": rows}, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        return
    cols = list(rows[0].keys()) if rows else []
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        sys.stdout.write(buf.getvalue())
        return
    from rich.table import Table

    t = Table(title=title or None)
    for c in cols:
        t.add_column(c)
    for r in rows:
        t.add_row(*("" if r[c] is None else str(r[c]) for c in cols))
    console.print(t)


def _paths_option(fn):
    return click.option("--input", "inputs", multiple=True, type=click.Path(path_type=Path),
                        help="Documents to build from (default: the bundled corpus).")(fn)


def register(group: click.Group) -> None:
    from .cli import handle_errors, run_build

    @group.command("spread")
    @click.argument("name")
    @_paths_option
    @format_option
    @handle_errors
    def spread_cmd(name: str, inputs: tuple[Path, ...], fmt: str) -> None:
        """Where and when a mechanism (or a whole family) spread: regions, editions, first edition.

        NAME is a mechanism (公推直选, an alias such as 网格化管理) or a family (基层民主与选举).

        Example: kg spread 公推直选 --format csv
        """
        from .analytics import spread

        b = run_build(inputs, quiet=True)
        s = spread(b.graph, name)
        rows = [{k: r[k] for k in ("edition", "province", "prefecture", "county", "region_code", "case_id", "mechanism", "subject", "title")} for r in s["rows"]]
        extra = {k: s[k] for k in ("query", "kind", "mechanisms", "first_edition", "editions", "provinces", "prefectures", "counties", "cases")}
        emit(rows, fmt, title=f"{name}: {', '.join(s['mechanisms'])}", extra=extra)
        if fmt == "table":
            from .cli import console

            console.print(
                f"first edition: {s['first_edition']}; editions: {s['editions']}; provinces: {len(s['provinces'])}; "
                f"prefectures: {len(s['prefectures'])}; counties: {len(s['counties'])}; cases: {len(s['cases'])}"
            )

    @group.command("eval")
    @click.argument("gold", type=click.Path(path_type=Path))
    @_paths_option
    @format_option
    @handle_errors
    def eval_cmd(gold: Path, inputs: tuple[Path, ...], fmt: str) -> None:
        """Score the build against a labelled TSV (format in the README): precision/recall/accuracy per extractor.

        Example: kg eval tests/data/gold.tsv
        """
        from .evaluate import evaluate, load_gold

        g = load_gold(gold)
        b = run_build(inputs, quiet=True)
        r = evaluate(b, g)
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
