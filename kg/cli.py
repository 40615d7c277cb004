"""The ``kg`` command line: a thin layer over the library API (:mod:`kg.api`).

Every command prints a clear message and exits non-zero on bad input; no
traceback reaches the user for errors kg knows about (:class:`KgError`).
Importing this module costs click and kg's light modules only; each command
imports what it needs when it runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .cli_common import console, err_console, handle_errors

__all__ = ["main", "run_build", "handle_errors", "console", "err_console"]


@click.group()
@click.version_option(package_name="kg-party-cases")
def main() -> None:
    """kg: knowledge graphs of grassroots party-building innovation award cases.

    Example: kg build && kg spread 公推直选
    """
    for stream in (sys.stdout, sys.stderr):  # a terminal that is not UTF-8 (LC_ALL=C, PYTHONIOENCODING=ascii)
        if hasattr(stream, "reconfigure"):  # shows what it cannot print as \\u escapes instead of failing
            stream.reconfigure(errors="backslashreplace")


def run_build(paths: tuple[Path, ...], quiet: bool = False):
    """Build from documents now (default: the bundled corpus); the pipeline's result. Commands that read
    a build should prefer the saved build: see :func:`kg.cli_common.build_options`."""
    from .api import build

    if quiet:
        return build(paths or None).result
    return _build_with_progress(paths).result


def _build_with_progress(paths: tuple[Path, ...], out: Path | None = None):
    from .api import build
    from .config import BUNDLED_CORPUS
    from .ingest import discover

    n = len(discover(list(paths) or [BUNDLED_CORPUS]))
    if n < 5:
        return build(paths or None, out=out)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err_console.get()) as bar:
        task = bar.add_task("read", total=n)
        return build(paths or None, out=out, progress=lambda i, total: bar.update(task, completed=i))


@main.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("kg-out"), show_default=True,
              help="Directory for graph.json, graph.graphml, cases.csv, quality.json, quality.md and manifest.json.")
@handle_errors
def build_cmd(paths: tuple[Path, ...], out: Path) -> None:
    """Build the graph from documents (default: the bundled corpus) and save it; no server needed.

    PATHS are .txt (UTF-8, GB18030/GBK, Big5), .html/.shtml/.mht(ml), .docx/.doc/.wps/.rtf, .xlsx/.xls/.et,
    .csv or .pdf files, or directories of them.
    The other commands read the saved build (--graph DIR, default ./kg-out).

    Example: kg build corpus/ --out out/
    """
    import time

    from .export import summary

    t0 = time.perf_counter()
    b = _build_with_progress(paths, out=out)
    s = summary(b.result)
    _print_summary(s, b.result)
    names = [o["name"] for o in b.manifest["outputs"]] + ["manifest.json"]
    console.print(f"wrote {', '.join(names)} to {out}/ in {time.perf_counter() - t0:.2f} s")
    errors = s["problems"].get("error", 0)
    if errors:
        err_console.print(f"{errors} error(s) in the input: see {out}/quality.md", style="yellow")


def _print_summary(s: dict, b) -> None:
    from rich.table import Table

    t = Table(title="kg build", show_header=True)
    t.add_column("what")
    t.add_column("count", justify="right")
    t.add_row("documents", str(s["documents"]))
    t.add_row("characters", str(s["chars"]))
    for (ed, tier), n in s["entries"].items():
        announced = next((v for (e2, t2), v in s["announced"].items() if e2 == ed and _tier_label(b, t2) == tier), None)
        note = f" (announced {announced})" if announced is not None else ""
        t.add_row(f"entries: {ed} {tier}".strip(), f"{n}{note}")
    t.add_row("narratives", str(s["narratives"]))
    t.add_row("cases", str(s["cases"]))
    for label, n in s["nodes"].items():
        t.add_row(f"nodes: {label}", str(n))
    for rel, n in s["relationships"].items():
        t.add_row(f"relationships: {rel}", str(n))
    for sev, n in s["problems"].items():
        t.add_row(f"problems: {sev}", str(n))
    console.print(t)


def _tier_label(b, code: str) -> str:
    for p in b.parsed:
        for e in p.entries:
            if e.tier == code:
                return e.tier_label
    return code


def _register_commands() -> None:
    """Commands of the later stages live in their own modules; registered here, explicitly."""
    from . import commands

    commands.register(main)


_register_commands()

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
