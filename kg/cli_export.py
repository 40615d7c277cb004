"""Export and validation commands: ``kg export`` (neo4j-admin CSV, RDF, GraphML, GEXF) and ``kg validate`` (SHACL)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .cli_common import build_options, console, emit, err_console, format_option
from .errors import KgError

__all__ = ["register"]


def register(group: click.Group) -> None:
    @group.command("export")
    @build_options("argument")
    @click.option("--neo4j-admin", "admin_dir", type=click.Path(path_type=Path), default=None,
                  help="Write node/relationship CSV files for neo4j-admin database import full into this directory.")
    @click.option("--format", "fmt", type=click.Choice(["ttl", "jsonld", "nt", "graphml", "gexf"]), default=None,
                  help="Write the graph as RDF (ttl, jsonld, nt) or for graph tools (graphml, gexf).")
    @click.option("--out", type=click.Path(path_type=Path), default=None, help="Output file for --format.")
    def export_cmd(build, admin_dir, fmt, out) -> None:
        """Export the graph: bulk-import CSV for neo4j-admin, RDF, GraphML or GEXF.

        Example: kg export --neo4j-admin import/   |   kg export --format ttl --out kg.ttl
        """
        if admin_dir is None and fmt is None:
            raise KgError("E509 give --neo4j-admin DIR or --format FORMAT --out FILE")
        if fmt is not None and out is None:
            raise KgError("E509 --format needs --out FILE")
        if admin_dir is not None:
            from .loaders.neo4j import export_admin_csv

            written = export_admin_csv(build.nodes, build.edges, admin_dir)
            console.print(f"wrote {len(written)} files to {admin_dir}/ (run {admin_dir}/import.sh in the Neo4j home)")
        if fmt is not None:
            from .loaders.export_formats import write_format

            write_format(build, fmt, out)
            console.print(f"wrote {out}")

    @group.command("validate")
    @build_options("argument")
    @click.option("--rdf", "rdf_file", type=click.Path(path_type=Path), default=None,
                  help="Validate this RDF file (ttl, nt, jsonld) instead of the build.")
    @format_option
    def validate_cmd(build, rdf_file, fmt) -> None:
        """Check the graph against the SHACL shapes in schema/shapes.ttl (pyshacl); exit 1 if it does not conform.

        Example: kg validate   |   kg validate --rdf kg.ttl
        """
        from .loaders.rdf import read_rdf, to_rdf, validate
        from .safefs import read_input

        if rdf_file is not None:
            g = read_rdf(rdf_file, read_input(rdf_file))
        else:
            g = to_rdf(build.nodes, build.edges)
        r = validate(g)
        if fmt == "json":
            sys.stdout.write(json.dumps({"conforms": r.conforms, "results": r.results}, ensure_ascii=False, indent=1) + "\n")
        elif r.results:
            emit([{"rule": x["shape"], "node": x["focus"], "path": x["path"] or "", "message": x["message"]} for x in r.results],
                 fmt, title="SHACL violations")
        if r.conforms:
            console.print(f"conforms: {len(g)} triples checked against schema/shapes.ttl")
        else:
            err_console.print(f"does not conform: {len(r.results)} violation(s)", style="red")
            sys.exit(1)
