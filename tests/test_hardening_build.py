"""Inputs that used to crash or hang `kg build` (issue 13, part 7), and the line index (positions)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.config import BUNDLED_CORPUS
from kg.errors import KgError, LineIndex, line_col
from kg.model import Node, Span

KG = [sys.executable, "-m", "kg"]


def one_line(r) -> str:
    assert "Traceback" not in r.output, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1, r.output
    return lines[0]


def run_kg(args: list[str], timeout: float = 120, env: dict | None = None) -> subprocess.CompletedProcess:
    """In a subprocess with a timeout, so a hang fails the test instead of blocking it."""
    return subprocess.run([*KG, *args], capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})})


def docx_bytes(paragraph_xml_size: int) -> bytes:
    body = "<w:p><w:r><w:t>" + "党" * (paragraph_xml_size // 3) + "</w:t></w:r></w:p>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + "</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   "</Types>")
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   "</Relationships>")
        z.writestr("word/document.xml", doc)
    return buf.getvalue()


# --- special files ------------------------------------------------------------------------------


def test_fifo_named_txt_does_not_hang(tmp_path):
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    r = run_kg(["build", str(fifo), "--out", str(tmp_path / "out")], timeout=120)
    assert r.returncode == 2 and "E010" in r.stderr and "FIFO" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("target,kind", [("/dev/zero", "character device"), ("/dev/null", "character device")])
def test_devices_are_refused_before_reading(tmp_path, target, kind):
    link = tmp_path / "zero.txt"
    link.symlink_to(target)
    r = run_kg(["build", str(link), "--out", str(tmp_path / "out")], timeout=120)
    assert r.returncode == 2 and "E010" in r.stderr and kind in r.stderr and "Traceback" not in r.stderr
    r = CliRunner().invoke(main, ["build", target, "--out", str(tmp_path / "out")])
    assert r.exit_code == 2 and one_line(r).split()[1] in ("E004", "E010")


def test_size_limit_is_a_clear_error(tmp_path, monkeypatch):
    p = tmp_path / "big.txt"
    p.write_bytes(BUNDLED_CORPUS.read_bytes())
    monkeypatch.setenv("KG_MAX_INPUT_BYTES", "1000")
    r = CliRunner().invoke(main, ["build", str(p), "--out", str(tmp_path / "out")])
    assert r.exit_code == 2 and "E011" in one_line(r) and "KG_MAX_INPUT_BYTES" in r.output
    monkeypatch.setenv("KG_MAX_INPUT_BYTES", "lots")
    r = CliRunner().invoke(main, ["build", str(p), "--out", str(tmp_path / "out")])
    assert r.exit_code == 2 and "E703" in one_line(r)


def test_directory_with_unreadable_and_special_files_reports_each(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_bytes(BUNDLED_CORPUS.read_bytes())
    (d / "b-unreadable.txt").symlink_to("/proc/self/mem")  # a regular file that fails to read, even for root
    os.mkfifo(d / "c-fifo.txt")
    (d / "d-dangling.txt").symlink_to(tmp_path / "nowhere")
    (d / "e-loop.txt").symlink_to("e-loop2.txt")  # links in a loop: open() fails with ELOOP
    (d / "e-loop2.txt").symlink_to("e-loop.txt")
    r = run_kg(["build", str(d), "--out", str(tmp_path / "out")], timeout=300)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    q = json.loads((tmp_path / "out" / "quality.json").read_text(encoding="utf-8"))
    by_source = {p["source"].rsplit("/", 1)[-1]: p["code"] for p in q["problems"] if p["severity"] == "error"}
    assert by_source.get("b-unreadable.txt") == "E012"
    assert by_source.get("c-fifo.txt") == "E010"
    assert by_source.get("d-dangling.txt") == "E005"
    assert by_source.get("e-loop.txt") == by_source.get("e-loop2.txt") == "E012"
    assert [x["source"].rsplit("/", 1)[-1] for x in q["documents"]] == ["a.txt"]
    # the saved build is checked against its inputs (links loop there too) and then read
    r = run_kg(["spread", "公推直选", "--graph", str(tmp_path / "out"), "--format", "json"], timeout=300)
    assert r.returncode == 0 and "Traceback" not in r.stderr and "E999" not in r.stderr, r.stderr
    assert json.loads(r.stdout)["cases"]  # the bundled corpus's cases of 公推直选, read from a.txt


def test_a_link_loop_given_as_the_input_is_one_coded_line(tmp_path):
    (tmp_path / "x.txt").symlink_to("x.txt")
    r = run_kg(["build", str(tmp_path / "x.txt"), "--out", str(tmp_path / "out")])
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    assert "E012" in r.stderr and "x.txt" in r.stderr


def test_docx_zip_bomb_is_refused_from_the_zip_directory(tmp_path, monkeypatch):
    p = tmp_path / "bomb.docx"
    p.write_bytes(docx_bytes(3_000_000))
    assert p.stat().st_size < 100_000  # compresses ~100×
    monkeypatch.setenv("KG_MAX_ZIP_UNCOMPRESSED", "1000000")
    r = CliRunner().invoke(main, ["build", str(p), "--out", str(tmp_path / "out")])
    assert r.exit_code == 2 and "E013" in one_line(r)
    from kg.safefs import check_zip

    monkeypatch.setenv("KG_MAX_ZIP_UNCOMPRESSED", "10000000")
    check_zip(p.read_bytes(), str(p))  # under the limit: accepted


@pytest.mark.parametrize("args,code", [
    (["build", "https://127.0.0.1:1/dead.txt"], "E005"),
    (["build", "/nonexistent/x.txt"], "E005"),
    (["load", "--uri", "bolt://127.0.0.1:1"], "E501"),
    (["load", "--uri", "http://127.0.0.1:7474"], "E534"),
    (["query", "--uri", "ftp://x", "--cypher", "RETURN 1"], "E534"),
    (["load", "--uri", "bolt://127.0.0.1:abc"], "E501"),
    (["query", "--uri", "bolt://256.256.256.256:7687", "--cypher", "RETURN 1"], "E501"),
    (["load", "--uri", "bolt://" + "a" * 5000 + ":7687"], "E501"),
], ids=["dead url as path", "missing", "dead bolt", "http uri", "ftp uri", "port abc", "bad ip", "host too long"])
def test_dead_urls_and_bad_uris(args, code, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "whatever-long")
    monkeypatch.setenv("KG_CONNECT_TIMEOUT", "3")
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 2 and code in one_line(r), r.output


def test_wipe_question_without_a_terminal_is_aborted_in_one_line(monkeypatch):
    """``kg load --wipe`` asks first; end of input (a script, a pipe) answers nothing: nothing is done."""
    monkeypatch.setenv("NEO4J_PASSWORD", "whatever-long")
    r = CliRunner().invoke(main, ["load", "--wipe", "--uri", "bolt://127.0.0.1:1"], input="")
    assert r.exit_code == 1 and "Traceback" not in r.output and "E999" not in r.output, r.output
    assert "aborted: nothing done" in r.output and "not wiped" not in r.output, r.output


def test_ctrl_c_during_a_build_is_one_line_and_exit_130(tmp_path):
    """SIGINT to the whole process group (what Ctrl-C sends), the forked workers included."""
    import signal
    import time

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from positions_bench import make

    big = make(20, tmp_path)  # long enough (seconds) that the signal comes while it is being built
    p = subprocess.Popen([*KG, "build", str(big), "--out", str(tmp_path / "out")], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, start_new_session=True)
    time.sleep(1.5)
    os.killpg(p.pid, signal.SIGINT)
    out, err = p.communicate(timeout=120)
    assert p.returncode == 130, (p.returncode, err[-2000:])
    assert "Traceback" not in out + err and err.strip().splitlines()[-1] == "interrupted", err[-2000:]
    assert not (tmp_path / "out" / "graph.json").exists()  # nothing half-written is left as the output


def test_huge_edition_is_a_coded_error_at_load():
    from kg.loaders.neo4j import node_batches

    n = Node("award/e1-best-01", "Award", (("edition", 10**20), ("rank", 1)), Span("doc/x", 0, 1))
    with pytest.raises(KgError) as e:
        node_batches([n])
    assert e.value.code == "E535" and "award/e1-best-01" in str(e.value)
    ok = Node("award/e1-best-01", "Award", (("edition", 2**63 - 1),), Span("doc/x", 0, 1))
    assert node_batches([ok])[0][2][0]["props"]["edition"] == 2**63 - 1


def test_unexpected_exception_is_one_line(monkeypatch, tmp_path):
    import kg.export

    def boom(*a, **k):
        raise RuntimeError("simulated bug\nsecond line")

    monkeypatch.setattr(kg.export, "write_outputs", boom)
    r = CliRunner().invoke(main, ["build", "--out", str(tmp_path)])
    assert r.exit_code == 3 and "E999" in one_line(r) and "simulated bug" in r.output


# --- positions from one line index ----------------------------------------------------------


@pytest.mark.parametrize("text", ["", "a", "\n", "ab\ncd\n\nef", "第一行\n第二行\r\n第三行", "\n\n\nx"])
def test_line_index_matches_counting(text):
    idx = LineIndex(text)
    for off in range(len(text) + 1):
        line = text.count("\n", 0, off) + 1
        col = off - (text.rfind("\n", 0, off) + 1) + 1
        assert idx.line_col(off) == (line, col) == line_col(text, off)
    assert line_col(text, -1) == (0, 0)


def test_many_problems_in_a_big_text_are_positioned_fast():
    import time

    text = ("第一行文字\n" * 200_000)
    offsets = list(range(0, len(text), 97))
    t0 = time.perf_counter()
    got = [line_col(text, o) for o in offsets]
    assert time.perf_counter() - t0 < 30  # generous: counting from the start each time takes minutes
    assert got[-1] == (offsets[-1] // 6 + 1, offsets[-1] % 6 + 1)


TIME_LIMITS = [
    ("KG_CONNECT_TIMEOUT", ["load", "--uri", "bolt://127.0.0.1:1"]),
    ("KG_QUERY_TIMEOUT", ["query", "--uri", "bolt://127.0.0.1:1", "--cypher", "RETURN 1"]),
]


@pytest.mark.parametrize("value", ["nan", "-1", "0", "1e308", "inf", "soon"])
@pytest.mark.parametrize("var,args", TIME_LIMITS, ids=[t[0] for t in TIME_LIMITS])
def test_a_time_limit_that_is_no_time_is_one_coded_line(var, args, value, monkeypatch):
    """Each time limit from the environment (and --timeout) is a positive, finite number of seconds: E703 names it
    (1e308 overflowed the clock: E999; nan, -1 and text fell back or went through)."""
    monkeypatch.setenv("NEO4J_PASSWORD", "whatever-long")
    monkeypatch.setenv(var, value)
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 2 and "E703" in one_line(r) and var in r.output, r.output


@pytest.mark.parametrize("value", ["nan", "-1", "1e308"])
def test_query_timeout_option_is_checked_like_the_variable(value):
    r = CliRunner().invoke(main, ["query", "--timeout", value, "--uri", "bolt://127.0.0.1:1", "--cypher", "RETURN 1"])
    assert r.exit_code == 2 and "E703" in one_line(r) and "--timeout" in r.output, r.output


def test_a_time_limit_within_range_is_taken(monkeypatch):
    from kg.config import MAX_SECONDS, seconds

    assert seconds("X", "0.5", 10) == 0.5 and seconds("X", None, 10) == 10 and seconds("X", MAX_SECONDS, 1) == MAX_SECONDS
    monkeypatch.setenv("KG_DOC_TIMEOUT", "nan")
    from kg.readers.doc import _timeout

    with pytest.raises(KgError, match=r"^E703 KG_DOC_TIMEOUT"):
        _timeout()


GBK_NAME = "第一届".encode("gbk") + b".txt"  # how a zip made on Chinese Windows names its files once unpacked


def test_file_names_that_are_not_utf8_are_read_named_as_text_and_rebuilt_from_their_bytes(tmp_path):
    """Linux file names are bytes; GBK ones (and any non-UTF-8 byte) used to give E999 when graph.json was written."""
    d = tmp_path / "docs"
    d.mkdir()
    corpus = BUNDLED_CORPUS.read_bytes()
    (d / os.fsdecode(GBK_NAME)).write_bytes(corpus)
    (d / os.fsdecode(b"\xfe-odd.txt")).write_bytes(corpus.replace("第一届".encode(), "第三届".encode()).replace("第二届".encode(), "第四届".encode()))
    out = tmp_path / "out"
    r = run_kg(["build", str(d), "--out", str(out)], timeout=300)
    assert r.returncode == 0 and "Traceback" not in r.stderr and "E999" not in r.stderr, r.stderr
    g = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    names = sorted(n["name"] for n in g["nodes"] if n.get("label") == "Document")
    assert names == ["第一届.txt", "\ufffd-odd.txt"]  # GB18030 where the bytes are that, else U+FFFD
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(os.fsencode(f["path"]).rsplit(b"/", 1)[-1] for f in manifest["inputs"]["files"]) == sorted([GBK_NAME, b"\xfe-odd.txt"])
    r = run_kg(["spread", "公推直选", "--graph", str(out), "--format", "json"])  # inputs unchanged: read as saved
    assert r.returncode == 0 and len(json.loads(r.stdout)["cases"]) == 6, r.stderr
    (d / os.fsdecode(GBK_NAME)).write_bytes(corpus + "\n".encode())
    r = run_kg(["spread", "公推直选", "--graph", str(out), "--format", "json"])  # changed: rebuilt from the bytes
    assert r.returncode == 0 and len(json.loads(r.stdout)["cases"]) == 6, r.stderr


def test_a_name_typed_at_a_gbk_terminal_is_read_as_gb18030(tmp_path):
    out = tmp_path / "out"
    assert run_kg(["build", "--out", str(out)]).returncode == 0
    typed = os.fsdecode("公推直选".encode("gbk"))
    r = run_kg(["spread", typed, "--graph", str(out), "--format", "json"])
    assert r.returncode == 0 and json.loads(r.stdout)["found"] == ["公推直选"], r.stderr
    r = run_kg(["spread", os.fsdecode(b"\xff"), "--graph", str(out)])
    assert r.returncode == 2 and "E601" in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_surrogate_escapes_in_a_document_become_u_fffd_with_a_warning_at_their_offset(tmp_path):
    """RTF ``\\u-10240`` (and the like) decode to half of a UTF-16 pair, which no UTF-8 output holds (was E999)."""
    from kg.ingest import read_document

    p = tmp_path / "u.rtf"
    p.write_bytes(rb"{\rtf1 \u-1? \u-32768? \u65535? \u55296? hi}")
    doc, problems = read_document(p)
    assert "\ud800" not in doc.text and doc.text.endswith("hi")
    w = [q for q in problems if q.code == "W109"]
    assert w and all(doc.text[q.offset] == "\ufffd" for q in w)
    r = run_kg(["build", str(p), "--out", str(tmp_path / "out")])
    assert "Traceback" not in r.stderr and "E999" not in r.stderr, r.stderr


def test_a_row_of_100000_cells_is_read_in_linear_time(tmp_path):
    """The spanning-cell check compared each cell with all before it: 100 s for one such CSV row (now ~1 s)."""
    import time

    from kg.layouts.tables import _filled

    cells = tuple((i, i + 1) for i in range(100_000))
    t = time.perf_counter()
    assert _filled(["x"] * 100_000, cells) == list(range(100_000))
    assert time.perf_counter() - t < 5  # quadratic took minutes; generous for any machine
    assert _filled(["a", "a", "", "b"], ((0, 5), (0, 5), (6, 7), (8, 9))) == [0, 3]  # a spanning cell once


@pytest.mark.parametrize("command", [["build"], ["export", "--format", "ttl"], ["report"], ["view", "overview"]],
                         ids=lambda c: c[0])
def test_an_out_name_too_long_for_the_file_system_is_e020(tmp_path, command):
    name = tmp_path / ("a" * 300)
    suffix = {"export": ".ttl", "view": ".html"}.get(command[0], "")
    r = CliRunner().invoke(main, [*command, "--out", f"{name}{suffix}"])
    assert r.exit_code == 2 and "E020" in one_line(r), r.output


def test_a_directory_that_cannot_be_listed_is_reported_and_the_rest_is_built(tmp_path, monkeypatch):
    from kg import ingest

    d = tmp_path / "docs"
    (d / "gone").mkdir(parents=True)
    (d / "a.txt").write_bytes(BUNDLED_CORPUS.read_bytes())
    real_walk = os.walk

    def walk(top, onerror=None, **kw):  # /proc-like: a directory vanishes between listing and entering it
        for root, dirs, files in real_walk(top, onerror=onerror, **kw):
            if "gone" in dirs:
                dirs.remove("gone")
                onerror(FileNotFoundError(2, "No such file or directory", str(Path(root) / "gone")))
            yield root, dirs, files

    monkeypatch.setattr(ingest.os, "walk", walk)
    from kg.pipeline import build

    b = build([d], jobs=1)
    assert len(b.cases) > 100
    w = [p for p in b.problems if p.code == "W110"]
    assert len(w) == 1 and "gone (No such file or directory)" in w[0].message


def test_a_readers_bug_on_one_file_is_that_files_error_and_the_others_are_built(tmp_path, monkeypatch):
    """One odd file among thousands must not stop the batch (striprtf raised OverflowError on \\u99999999999)."""
    from kg import readers
    from kg.pipeline import build

    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_bytes(BUNDLED_CORPUS.read_bytes())
    (d / "b.rtf").write_bytes(rb"{\rtf1 \u99999999999999999999? hi}")
    (d / "c.md").write_text("# x\n", encoding="utf-8")
    real = readers.reader_for

    def reader_for(suffix):
        if suffix == ".md":
            def broken(data, path):
                raise RuntimeError("a bug in a reader")
            return broken
        return real(suffix)

    monkeypatch.setattr(readers, "reader_for", reader_for)
    b = build([d], jobs=1)
    assert len(b.cases) > 100
    errs = {p.source.rsplit("/", 1)[-1]: p.message for p in b.problems if p.severity == "error"}
    assert errs["b.rtf"].startswith("E009 ") and "broken markup" in errs["b.rtf"]
    assert errs["c.md"].startswith("E999 ") and "c.md: E999" not in errs["c.md"] and "RuntimeError: a bug in a reader" in errs["c.md"]


def test_a_graph_dir_name_too_long_or_a_manifest_nested_too_deep_is_coded(tmp_path):
    r = CliRunner().invoke(main, ["spread", "公推直选", "--graph", str(tmp_path / ("x" * 5000))])
    assert r.exit_code == 2 and "E801" in one_line(r), r.output
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", "--out", str(out)]).exit_code == 0
    (out / "manifest.json").write_bytes(b"[" * 200_000 + b"]" * 200_000)
    r = CliRunner().invoke(main, ["spread", "公推直选", "--graph", str(out)])
    assert r.exit_code == 2 and "E802" in one_line(r), r.output


def test_a_terminal_that_is_not_utf8_gets_escapes_not_a_crash(tmp_path):
    out = tmp_path / "out"
    assert run_kg(["build", "--out", str(out)]).returncode == 0
    r = run_kg(["spread", "公推直选", "--graph", str(out), "--format", "csv"], env={"PYTHONIOENCODING": "ascii"})
    assert r.returncode == 0 and "Traceback" not in r.stderr and "E999" not in r.stderr, r.stderr
    assert "\\u516c\\u63a8" in r.stdout  # 公推 shown as escapes


def test_docs_tsv_number_that_is_not_one_is_e602(tmp_path):
    from kg.evaluate_lists import load_docs

    p = tmp_path / "docs.tsv"
    p.write_text("file\tnarratives_expected\na.txt\t1\nb.txt\tabc\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"E602 .*docs.tsv:3: narratives_expected must be a whole number"):
        load_docs(p)
