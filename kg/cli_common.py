"""What every ``kg`` command shares: consoles, error handling, output formats, and the saved-build options.

Kept light on purpose (click only): ``kg --help`` and ``kg spread`` on a saved build
must not pay for rich tables, pandas, spaCy, rdflib, pyvis or the Neo4j driver.

A new command that reads a build needs one decorator::

    @group.command("practices")
    @build_options()              # --graph DIR, --rebuild, and PATHS… (documents to build from instead)
    @format_option
    def practices_cmd(build, fmt):
        emit(rows_from(build.graph), fmt)
"""

from __future__ import annotations

import csv
import functools
import io
import json
import sys
from pathlib import Path

import click

from .errors import KgError

__all__ = ["console", "err_console", "handle_errors", "format_option", "emit", "build_options", "BUILD_HELP"]


class _LazyConsole:
    """A rich Console made on first use (importing rich costs ~0.1 s that csv/json output does not need)."""

    def __init__(self, stderr: bool):
        self._stderr = stderr
        self._console = None

    def get(self):
        if self._console is None:
            from .textout import PlainConsole as Console  # every printed string is plain text, controls shown visibly

            if self._stderr:
                self._console = Console(stderr=True, highlight=False, soft_wrap=True)
            else:
                self._console = Console(highlight=False, width=None if sys.stdout.isatty() else 200)
        return self._console

    def __getattr__(self, name: str):
        return getattr(self.get(), name)


console = _LazyConsole(stderr=False)
err_console = _LazyConsole(stderr=True)


def _text_arg(v: object) -> object:
    """A typed name as text: bytes that are not UTF-8 (typed at a GBK terminal) decoded as GB18030 where they are
    that (:func:`kg.safefs.path_text`). Paths are :class:`~pathlib.Path` options and stay as the file system has them."""
    from .safefs import path_text

    if isinstance(v, str):
        return path_text(v)
    if isinstance(v, tuple) and all(isinstance(x, str) for x in v):
        return tuple(path_text(x) for x in v)
    return v


def handle_errors(fn):
    """:class:`KgError` → one line on stderr and exit code 2, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **{k: _text_arg(v) for k, v in kwargs.items()})
        except KgError as exc:
            err_console.print(f"error: {exc}", style="bold red")
            sys.exit(2)
        except click.exceptions.Abort:  # a question answered by end of input (no terminal) or Ctrl-C
            err_console.print("aborted: nothing done")
            sys.exit(1)
        except KeyboardInterrupt:
            err_console.print("interrupted")
            sys.exit(130)
        except Exception as exc:  # a bug, not bad input: still one line (KG_DEBUG=1 shows the traceback)
            import os

            if os.environ.get("KG_DEBUG"):
                raise
            from .errors import internal_error

            err_console.print(f"error: {internal_error(exc)}", style="bold red")
            sys.exit(3)

    return wrapper


def format_option(fn):
    """The shared ``--format table|csv|json`` option."""
    return click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                        show_default=True, help="Output format.")(fn)


def emit(rows: list[dict], fmt: str, title: str = "", extra: dict | None = None) -> None:
    """Print rows as a rich table, CSV (header + rows) or JSON (``{**extra, "rows": rows}``)."""
    from .textout import json_safe, show

    if fmt == "json":
        sys.stdout.write(json_safe(json.dumps({**(extra or {}), "rows": rows}, ensure_ascii=False, indent=1, sort_keys=True)) + "\n")
        return
    cols = list(rows[0].keys()) if rows else []
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        sys.stdout.write(show(buf.getvalue()))  # data, not terminal control: ESC and friends shown visibly
        return
    from rich.table import Table

    t = Table(title=title or None)
    for c in cols:
        t.add_column(c)
    for r in rows:
        t.add_row(*("" if r[c] is None else str(r[c]) for c in cols))
    console.print(t)


BUILD_HELP = ("Read the saved build in DIR (written by kg build --out DIR) [default: env KG_GRAPH, else ./kg-out "
              "if it holds a build, else the bundled corpus is built]. It is rebuilt when its documents or kg changed.")


def _note(msg: str) -> None:
    """A one-line note on stderr (rebuilding, no saved build …), for people at a terminal only:
    pipes, scripts and captured output get exactly what they asked for."""
    if not sys.stderr.isatty():
        return
    err_console.print(msg, style="dim")


def build_options(documents: str | None = "argument"):
    """The option group of every command that reads a build: ``--graph DIR``, ``--rebuild`` and the documents.

    ``documents``: ``"argument"`` adds ``PATHS…``, ``"option"`` adds ``--input PATH`` (repeatable),
    ``None`` adds neither. The command receives ``build`` (a :class:`kg.api.Build`) instead of
    these options: the documents built now if given, else the saved build (see ``BUILD_HELP``).
    Errors while opening or building are reported like any :class:`KgError`.
    """

    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, graph: Path | None, rebuild: bool, **kwargs):
            from .api import resolve_build

            docs = kwargs.pop("paths", ()) if documents == "argument" else kwargs.pop("inputs", ()) if documents else ()
            kwargs["build"] = resolve_build(graph, docs, rebuild, notify=_note)
            return fn(*args, **kwargs)

        cmd = handle_errors(wrapper)
        cmd = click.option("--rebuild", is_flag=True, help="Rebuild the saved build from its recorded inputs first.")(cmd)
        cmd = click.option("--graph", type=click.Path(path_type=Path, file_okay=False), default=None, metavar="DIR",
                           help=BUILD_HELP)(cmd)
        if documents == "argument":
            cmd = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))(cmd)
        elif documents == "option":
            cmd = click.option("--input", "inputs", multiple=True, type=click.Path(path_type=Path),
                               help="Documents to build from now, instead of a saved build.")(cmd)
        return cmd

    return deco
