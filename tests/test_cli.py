"""The kg command: outputs, determinism and exit codes."""

from __future__ import annotations

import csv
import json

from click.testing import CliRunner

from kg.cli import main
from kg.export import CASE_COLUMNS

OUTPUTS = ["graph.json", "graph.graphml", "cases.csv", "quality.json", "quality.md"]


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_build_twice_is_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    r1 = run("build", "--out", str(a))
    r2 = run("build", "--out", str(b))
    assert r1.exit_code == 0 and r2.exit_code == 0, r1.output
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert "entries: 第1届 最佳案例" in r1.output and "20 (announced 20)" in r1.output


def test_outputs(tmp_path):
    out = tmp_path / "o"
    assert run("build", "--out", str(out)).exit_code == 0
    raw = (out / "cases.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert tuple(rows[0].keys()) == CASE_COLUMNS
    assert sum(r["kind"] == "award" for r in rows) == 180
    assert sum(r["kind"] == "narrative" for r in rows) == 8
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert {"nodes", "edges"} <= set(graph)
    # provenance on every node and edge
    assert all({"doc_id", "span_start", "span_end"} <= set(n) for n in graph["nodes"])
    assert all({"doc_id", "span_start", "span_end"} <= set(e) for e in graph["edges"])
    q = json.loads((out / "quality.json").read_text(encoding="utf-8"))
    assert q["counts"]["W205"] == 9  # every masked entry is reported
    assert q["counts"]["W204"] == 1  # 天津市滨海新区 has no colon
    assert "W205" in (out / "quality.md").read_text(encoding="utf-8")


def test_bad_input_exits_non_zero_with_a_clear_message(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = CliRunner().invoke(main, ["build", str(empty), "--out", str(tmp_path / "o")])
    assert r.exit_code == 2
    assert "E001" in r.output and "empty.txt" in r.output
    assert "Traceback" not in r.output


def test_graphml_reads_back_into_networkx_as_the_same_graph(tmp_path, built):
    import networkx as nx

    from kg.export import graphml_bytes, graphml_graph

    f = tmp_path / "g.graphml"
    f.write_bytes(graphml_bytes(built))
    back = nx.read_graphml(f, force_multigraph=True)
    expected = graphml_graph(built)
    assert dict(back.nodes(data=True)) == dict(expected.nodes(data=True))
    assert sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in back.edges(keys=True, data=True)) == sorted(
        (u, v, k, tuple(sorted(d.items()))) for u, v, k, d in expected.edges(keys=True, data=True)
    )


def test_every_command_is_documented_in_the_readme_and_has_an_example():
    from pathlib import Path

    import click

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")

    def walk(group, prefix):
        for name, cmd in sorted(group.commands.items()):
            yield f"{prefix} {name}", cmd
            if isinstance(cmd, click.Group):
                yield from walk(cmd, f"{prefix} {name}")

    for path, cmd in walk(main, "kg"):
        if isinstance(cmd, click.Group):
            assert path.split()[-1] in readme, path
            continue
        assert f"`{path}" in readme or f"{path} " in readme, f"{path} is not in the README"
        assert "Example:" in (cmd.help or ""), f"{path} --help has no example"
