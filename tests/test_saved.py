"""Saved builds: the manifest, reading graph.json back, rebuilding only when the inputs change, --graph."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.config import BUNDLED_CORPUS
from kg.saved import MANIFEST, check, is_build, read_manifest, sha256


def run(*args, env=None):
    return CliRunner(env=env).invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="session")
def saved_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("saved") / "kg-out"
    r = run("build", "--out", str(out))
    assert r.exit_code == 0, r.output
    return out


@pytest.fixture()
def own_corpus(tmp_path):
    """A build of a copy of the corpus in a directory, so the test may change its inputs."""
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(BUNDLED_CORPUS, docs / "corpus.txt")
    out = tmp_path / "out"
    kg.build([docs], out=out)
    return docs, out


def test_manifest_records_inputs_outputs_and_is_written_last(saved_dir):
    m = read_manifest(saved_dir)
    (f,) = m["inputs"]["files"]
    assert f["bundled"] and f["sha256"] == sha256(BUNDLED_CORPUS) and f["bytes"] == BUNDLED_CORPUS.stat().st_size
    assert m["kg_version"] == kg.__version__
    names = [o["name"] for o in m["outputs"]]
    assert names == ["graph.json", "graph.graphml", "cases.csv", "quality.json", "quality.md"]
    for o in m["outputs"]:
        assert sha256(saved_dir / o["name"]) == o["sha256"], o["name"]
    mtimes = {p.name: p.stat().st_mtime_ns for p in saved_dir.iterdir()}
    assert mtimes[MANIFEST] >= max(mtimes.values())
    assert check(saved_dir, m, BUNDLED_CORPUS) == ([], [])


def test_saved_build_gives_back_the_same_records_and_graph(saved_dir, built):
    b = kg.open_build(saved_dir, notify=None)
    assert b.result is None and b.directory == saved_dir
    assert b.nodes == built.nodes
    assert b.edges == built.edges
    g, h = b.graph, built.graph

    def norm(v):
        return tuple(v) if isinstance(v, list) else v

    assert list(g.nodes) == list(h.nodes)
    assert {n: {k: norm(v) for k, v in d.items()} for n, d in g.nodes(data=True)} == dict(h.nodes(data=True))
    assert sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in g.edges(keys=True, data=True)) == sorted(
        (u, v, k, tuple(sorted(d.items()))) for u, v, k, d in h.edges(keys=True, data=True))


def test_views_from_a_saved_build_are_byte_identical(saved_dir, built):
    saved = kg.open_build(saved_dir, notify=None)
    fresh = kg.api.Build(result=built)
    for args in (("spread", "公推直选"), ("case", "case/e2-excellent-30")):
        assert kg.view(saved, *args).html == kg.view(fresh, *args).html, args


def test_spread_on_a_saved_build_equals_spread_built_from_the_documents(saved_dir):
    a = run("spread", "公推直选", "--graph", str(saved_dir), "--format", "csv")
    b = run("spread", "公推直选", "--input", str(BUNDLED_CORPUS), "--format", "csv")
    assert a.exit_code == 0 and b.exit_code == 0
    assert a.stdout == b.stdout
    assert a.stdout.count("\n") == 4 and "case/e1-best-17" in a.stdout
    assert a.stderr == ""  # nothing rebuilt, nothing to note


def test_changed_input_is_rebuilt_and_saved_again(own_corpus):
    docs, out = own_corpus
    assert kg.spread(kg.open_build(out, notify=None), "公推直选").shape[0] == 3
    text = (docs / "corpus.txt").read_text(encoding="utf-8")
    assert text.count("全面推行乡镇党委换届公推直选") == 1
    (docs / "corpus.txt").write_text(text.replace("全面推行乡镇党委换届公推直选", "全面推行乡镇党委换届选举"), encoding="utf-8")
    notes: list[str] = []
    unchanged = kg.open_build(out, rebuild=False, notify=notes.append)
    assert notes == [] and kg.spread(unchanged, "公推直选").shape[0] == 3  # rebuild=False: as saved
    b = kg.open_build(out, notify=notes.append)
    assert len(notes) == 1 and "corpus.txt changed: rebuilding" in notes[0]
    assert b.result is not None and kg.spread(b, "公推直选").shape[0] == 2
    assert check(out, read_manifest(out), BUNDLED_CORPUS) == ([], [])  # saved again: matches now
    notes.clear()
    again = kg.open_build(out, notify=notes.append)
    assert notes == [] and again.result is None and kg.spread(again, "公推直选").shape[0] == 2


def test_new_document_altered_graph_and_missing_input(own_corpus):
    docs, out = own_corpus
    shutil.copy(BUNDLED_CORPUS, docs / "more.txt")
    changed, missing = check(out, read_manifest(out), BUNDLED_CORPUS)
    assert missing == [] and len(changed) == 1 and changed[0].endswith("more.txt is new")
    (docs / "more.txt").unlink()
    graph = out / "graph.json"
    graph.write_text(graph.read_text(encoding="utf-8").replace("公推直选", "公推直选X"), encoding="utf-8")
    assert check(out, read_manifest(out), BUNDLED_CORPUS)[0] == ["graph.json was altered"]
    kg.open_build(out, notify=None)  # rebuilt: the saved graph is whole again
    shutil.rmtree(docs)
    notes: list[str] = []
    b = kg.open_build(out, notify=notes.append)
    assert "input gone" in notes[0] and "using the saved build as it is" in notes[0]
    assert kg.spread(b, "公推直选").shape[0] == 3


def test_graph_option_defaults_and_errors(saved_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KG_GRAPH", raising=False)
    r = run("spread", "公推直选", "--format", "csv")
    assert r.exit_code == 0 and r.stderr == "" and "case/e1-best-08" in r.stdout  # notes go to terminals only
    assert not (tmp_path / "kg-out").exists()  # the bundled corpus was built in memory
    r = run("spread", "公推直选", "--format", "csv", env={"KG_GRAPH": str(saved_dir)})
    assert r.exit_code == 0 and r.stderr == "" and "case/e1-best-08" in r.stdout
    shutil.copytree(saved_dir, tmp_path / "kg-out")
    r = run("spread", "公推直选", "--format", "csv")
    assert r.exit_code == 0 and r.stderr == ""
    before = (tmp_path / "kg-out" / MANIFEST).stat().st_mtime_ns
    r = run("spread", "公推直选", "--format", "csv", "--rebuild")
    assert r.exit_code == 0 and r.stderr == ""
    assert (tmp_path / "kg-out" / MANIFEST).stat().st_mtime_ns > before and is_build(tmp_path / "kg-out")
    r = run("report", "--graph", str(tmp_path / "nothing"), "--out", str(tmp_path / "rep"))
    assert r.exit_code == 2 and "E801" in r.stderr
    r = run("spread", "公推直选", "--graph", str(saved_dir), "--input", str(BUNDLED_CORPUS))
    assert r.exit_code == 2 and "E803" in r.stderr
    (tmp_path / "kg-out" / "graph.json").write_text("{not json", encoding="utf-8")
    m = json.loads((tmp_path / "kg-out" / MANIFEST).read_text(encoding="utf-8"))
    for o in m["outputs"]:
        if o["name"] == "graph.json":
            o["sha256"] = sha256(tmp_path / "kg-out" / "graph.json")
    (tmp_path / "kg-out" / MANIFEST).write_text(json.dumps(m), encoding="utf-8")
    r = run("spread", "公推直选")
    assert r.exit_code == 2 and "E802" in r.stderr and "graph.json" in r.stderr


HEAVY = ("spacy", "rdflib", "pyshacl", "neo4j", "pyvis", "scipy", "pandas")


def _modules_after(code: str, tmp_path) -> set[str]:
    out = tmp_path / "modules.json"
    script = f"""
import json, sys
try:
{code}
except SystemExit:
    pass
json.dump(sorted(sys.modules), open({str(out)!r}, "w"))
"""
    subprocess.run([sys.executable, "-c", script], check=True, stdout=subprocess.DEVNULL, cwd=tmp_path)
    return set(json.loads(out.read_text()))


def test_heavy_modules_are_imported_only_by_the_commands_that_use_them(saved_dir, tmp_path):
    mods = _modules_after("    import kg", tmp_path)
    assert not {m for m in (*HEAVY, "networkx", "rich", "click") if m in mods}
    assert "kg.api" not in mods
    mods = _modules_after("    import sys; sys.argv = ['kg', '--help']\n    from kg.cli import main; main()", tmp_path)
    assert not {m for m in (*HEAVY, "networkx", "rich") if m in mods}
    mods = _modules_after(
        f"    import sys; sys.argv = ['kg', 'spread', '公推直选', '--graph', {str(saved_dir)!r}, '--format', 'csv']\n"
        "    from kg.cli import main; main()", tmp_path)
    assert not {m for m in (*HEAVY, "rich", "kg.pipeline", "kg.parse") if m in mods}
    assert "networkx" in mods  # the analytics do need it


def test_the_api_is_reached_lazily_through_import_kg():
    import kg.api

    assert kg.build is kg.api.build and kg.spread is kg.api.spread and kg.Build is kg.api.Build
    assert {"build", "open_build", "spread", "view", "load", "query"} <= set(dir(kg))
    with pytest.raises(AttributeError):
        kg.no_such_function  # noqa: B018


def test_a_build_made_by_other_code_or_rules_is_stale(own_corpus):
    docs, out = own_corpus
    m = read_manifest(out)
    m["kg_code"] = "0" * 64  # as written by a kg whose sources or schema/ rules differ from these
    (out / MANIFEST).write_text(json.dumps(m), encoding="utf-8")
    assert check(out, read_manifest(out), BUNDLED_CORPUS)[0] == ["kg's code or rules (schema/) changed"]
    notes: list[str] = []
    kg.open_build(out, notify=notes.append)
    assert "rebuilding" in notes[0] and check(out, read_manifest(out), BUNDLED_CORPUS) == ([], [])


# -- a graph.json edited by hand (issue 13: no input reaches a command's internals unchecked) ---------------------

FIXTURE_SETS = ["lists", "narratives", "legacy", "lists_blind36"]


def test_kg_writes_only_the_declared_properties_with_their_declared_types():
    """schema/graph.toml [properties] is what every build writes: no saved build of kg's is refused."""
    from pathlib import Path

    from kg.export import graph_json
    from kg.pipeline import build
    from kg.saved import _declared, graph_fault

    data_dir = Path(__file__).parent / "data"
    seen = set()
    for inputs in ([BUNDLED_CORPUS], *([data_dir / name] for name in FIXTURE_SETS)):
        data = json.loads(graph_json(build(inputs).graph))
        assert graph_fault(data) == "", inputs
        seen |= {k for part in ("nodes", "edges") for d in data[part] for k in d}
    assert seen <= set(_declared()) and len(seen) > 50


def _corrupt(data: dict, how: str) -> None:
    node = next(d for d in data["nodes"] if d["label"] == "AdoptionEvent")
    if how == "list for str":
        node["kind"] = ["x"]
    elif how == "null for str":
        node["kind"] = None
    elif how == "bool for int":
        next(d for d in data["nodes"] if "year" in d)["year"] = True
    elif how == "object value":
        node["place"] = {"a": 1}
    elif how == "unknown label":
        node["label"] = "Nope"
    elif how == "no provenance":
        del node["doc_id"]
    elif how == "edge to nowhere":
        data["edges"][0]["target"] = "no/such/node"
    elif how == "node is a list":
        data["nodes"][0] = [1, 2]


CORRUPTIONS = ["list for str", "null for str", "bool for int", "object value", "unknown label", "no provenance",
               "edge to nowhere", "node is a list"]


@pytest.fixture(scope="module")
def orphan_build(tmp_path_factory):
    """A saved build whose input is gone: commands then read graph.json as it is."""
    d = tmp_path_factory.mktemp("orphan")
    src = d / "corpus.txt"
    shutil.copy(BUNDLED_CORPUS, src)
    r = CliRunner().invoke(main, ["build", str(src), "--out", str(d / "out")])
    assert r.exit_code == 0, r.output
    src.unlink()
    return d / "out"


@pytest.mark.parametrize("how", CORRUPTIONS)
@pytest.mark.parametrize("command", [["timeline", "网格化"], ["spread", "公推直选"], ["practices"], ["validate"]],
                         ids=lambda c: c[0])
def test_a_hand_edited_graph_json_is_one_coded_line(orphan_build, tmp_path, how, command):
    out = tmp_path / "out"
    shutil.copytree(orphan_build, out)
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    _corrupt(data, how)
    (out / "graph.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    r = CliRunner().invoke(main, [*command, "--graph", str(out)])
    assert r.exit_code == 2 and "Traceback" not in r.output and "E999" not in r.output, r.output
    assert "E802" in r.output and "graph.json" in r.output, r.output


def test_a_hand_edited_graph_json_with_its_hash_updated_in_the_manifest_is_still_checked(orphan_build, tmp_path):
    import hashlib

    out = tmp_path / "out"
    shutil.copytree(orphan_build, out)
    for bad in (b'{"nodes":"abc","edges":"x"}', b'{"nodes":[null,1,"x"],"edges":[null]}'):
        (out / "graph.json").write_bytes(bad)
        m = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        for o in m["outputs"]:
            if o["name"] == "graph.json":
                o["sha256"], o["bytes"] = hashlib.sha256(bad).hexdigest(), len(bad)
        (out / "manifest.json").write_text(json.dumps(m), encoding="utf-8")
        r = CliRunner().invoke(main, ["timeline", "网格化", "--graph", str(out)])
        assert r.exit_code == 2 and "E802" in r.output and "E999" not in r.output, r.output


MANIFEST_FAULTS = {
    "file without bytes": lambda m: m["inputs"]["files"][0].pop("bytes"),
    "files null": lambda m: m["inputs"].__setitem__("files", None),
    "files of strings": lambda m: m["inputs"].__setitem__("files", ["x"]),
    "args a string": lambda m: m["inputs"].__setitem__("args", "abc"),
    "path null": lambda m: m["inputs"]["files"][0].__setitem__("path", None),
    "path with NUL": lambda m: m["inputs"]["files"][0].__setitem__("path", "a\u0000b"),
    "path too long": lambda m: m["inputs"]["files"][0].__setitem__("path", "x" * 5000),
    "outputs of strings": lambda m: m.__setitem__("outputs", ["graph.json"]),
    "output name a number": lambda m: m["outputs"][0].__setitem__("name", 5),
    "output entry empty": lambda m: m["outputs"].append({}),
}


@pytest.mark.parametrize("fault", list(MANIFEST_FAULTS))
def test_a_manifest_with_fields_of_the_wrong_type_is_e802(orphan_build, tmp_path, fault):
    out = tmp_path / "out"
    shutil.copytree(orphan_build, out)
    m = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    MANIFEST_FAULTS[fault](m)
    (out / "manifest.json").write_text(json.dumps(m), encoding="utf-8")
    r = CliRunner().invoke(main, ["spread", "公推直选", "--graph", str(out)])
    assert r.exit_code == 2 and "E802" in r.output and "manifest.json" in r.output and "E999" not in r.output, r.output


def test_unreadable_inputs_keep_every_file_named_as_the_build_named_it(tmp_path):
    """The manifest paired the files found with the names of the documents read: one unreadable file (a link to
    itself, sorted first) shifted every name, and hashing it was E999."""
    import os

    d = tmp_path / "docs"
    d.mkdir()
    shutil.copy(BUNDLED_CORPUS, d / "ok.txt")
    os.symlink("m.txt", d / "m.txt")
    os.mkfifo(d / "n-fifo.txt")  # never opened to be hashed (it would block)
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["build", str(d), "--out", str(out)])
    assert r.exit_code == 0 and "E999" not in r.output, r.output
    files = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["inputs"]["files"]
    assert [(f["path"].rsplit("/", 1)[-1], f["name"].rsplit("/", 1)[-1], f["sha256"] is None) for f in files] == [
        ("m.txt", "m.txt", True), ("n-fifo.txt", "n-fifo.txt", True), ("ok.txt", "ok.txt", False)]
    r = CliRunner().invoke(main, ["spread", "公推直选", "--graph", str(out), "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["cases"], r.output  # unchanged inputs: read as saved
