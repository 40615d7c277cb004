"""Text printed as data, never as terminal markup or a spreadsheet formula (issue 13, part 5).

The fixture is written here: award entries whose titles carry Rich markup, an emoji code, a
hyperlink, ESC sequences, and cells that start like spreadsheet formulas.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.textout import FORMULA_START, json_safe, show, spreadsheet_cell, xml_safe

ESC = "\x1b"
ENTRIES = [
    "[/x]社区:smile:公推直选[link=file:///etc/passwd]点我[/link]",
    '=HYPERLINK("http://evil.example/x","点我")网格化管理',
    "+实施四民工作法-推进基层民主",
    "-党员积分制管理",
    "@网上党支部建设",
]
SUBJECTS = ["江苏南京", "浙江舟山", "广东惠州", "山东潍坊", "山东临朐"]


@pytest.fixture(scope="module")
def evil(tmp_path_factory):
    d = tmp_path_factory.mktemp("evil")
    lines = ["第一届全国基层党建创新最佳、优秀案例评选结果", f"一、最佳案例评选结果(共{len(ENTRIES)}个)"]
    lines += [f"{i}{s}:{t}" for i, (s, t) in enumerate(zip(SUBJECTS, ENTRIES), 1)]
    p = d / "evil.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_cases_csv_neutralises_formulas_and_graph_json_keeps_the_text(evil, tmp_path):
    r = CliRunner().invoke(main, ["build", str(evil), "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO((tmp_path / "cases.csv").read_bytes().decode("utf-8-sig"))))
    titles = {row["title"] for row in rows}
    for t in ENTRIES:
        assert (("'" + t) if t.startswith(FORMULA_START) else t) in titles
    for row in rows:
        for v in row.values():
            assert not v.startswith(FORMULA_START), v
    g = json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))
    assert set(ENTRIES) <= {n.get("title") for n in g["nodes"]}


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_spread_prints_markup_as_text(evil, fmt):
    r = CliRunner().invoke(main, ["spread", "公推直选", "--input", str(evil), "--format", fmt])
    assert r.exit_code == 0 and "Traceback" not in r.output, r.output
    if fmt == "json":
        assert ENTRIES[0] in {row["title"] for row in json.loads(r.output)["rows"]}
    else:
        assert "[/x]" in r.output and ":smile:" in r.output and "[link=file:///etc/passwd]" in r.output
    assert "😄" not in r.output and ESC not in r.output


USER_INPUT = [
    ["spread", "[/x]"],
    ["spread", "[link=file:///etc/passwd]x[/link]"],
    ["spread", ":smile:"],
    ["spread", f"{ESC}[31mred{ESC}]8;;file:///etc/passwd{ESC}\\"],
    ["build", f"{ESC}[2J[/x].txt"],
    ["view", "spread", "[/x]", "--out", "OUT/v.html"],
    ["view", "region", f"{ESC}[31m[bold]", "--out", "OUT/v.html"],
    ["view", "case", "\u202e[/x]", "--out", "OUT/v.html"],
    ["eval", "[/x].tsv"],
]


@pytest.mark.parametrize("args", USER_INPUT, ids=[f"{a[0]}-{i}" for i, a in enumerate(USER_INPUT)])
def test_user_input_in_errors_is_plain_text(args, tmp_path):
    args = [a.replace("OUT", str(tmp_path)) for a in args]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 2 and "Traceback" not in r.output, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: E"), r.output
    assert ESC not in r.output and "\u202e" not in r.output and "😄" not in r.output
    visible = show(next(a for a in args[1:] if "[" in a or ESC in a or ":" in a))
    assert visible in r.output or repr(visible)[1:-1] in r.output or "[/x]" in r.output


@pytest.mark.parametrize("cell,expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("江苏=1", "江苏=1"), ("", ""), ("'=x", "'=x"), ("１=", "１="),
])
def test_spreadsheet_cell(cell, expected):
    assert spreadsheet_cell(cell) == expected


def test_show_json_safe_and_xml_safe():
    assert show("a\x1bb\x9bc\u2028d\te\nf\u202e") == "a\\x1bb\\x9bc\\u2028d\te\nf\\u202e"
    raw = json.dumps("x\x85\u2028\x1b", ensure_ascii=False)
    assert json.loads(json_safe(raw)) == "x\x85\u2028\x1b" and "\x85" not in json_safe(raw)
    assert xml_safe("a\x00\x0b\x0c\x1f\t\n\r\x85\u2028b") == "a\ufffd\ufffd\ufffd\ufffd\t\n\r\x85\u2028b"


def test_cases_csv_cells_are_those_of_spreadsheet_row_in_any_column():
    """kg.textout.spreadsheet_cells screens a row at once: the same cells as spreadsheet_cell on each one."""
    import random

    from kg.textout import spreadsheet_cells as _spreadsheet_cells

    rng = random.Random(2)
    alphabet = ["=", "+", "-", "@", "\t", "\r", "\x1f", "江", "a", "1", " ", "'"]
    for _ in range(3000):
        row = [rng.choice([None, rng.randrange(-5, 5), 2.5, "".join(rng.choices(alphabet, k=rng.randrange(0, 4)))])
               for _ in range(rng.randrange(1, 6))]
        assert _spreadsheet_cells(list(row)) == [spreadsheet_cell(v) if isinstance(v, str) else v for v in row]
