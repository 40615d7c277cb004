"""Legacy formats analysts receive (issue 9): Word 97-2003 .doc, Excel 97-2003 .xls, single-file web archives
(.mht/.mhtml), .shtml pages and .csv exports. Fixtures: tests/data/legacy (written by make_legacy.py, gold typed
by hand before kg was run on them)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KgError
from kg.evaluate_lists import load_docs, load_list_gold, score_lists
from kg.ingest import discover, read_document

LEGACY = Path(__file__).resolve().parent / "data" / "legacy"
DOC = LEGACY / "d1_yaohai_yinqing_table.doc"
XLS = LEGACY / "x1_nanchang_jiguan_brands.xls"
MHTML = LEGACY / "m1_fengze_dangjianjia.mhtml"
MHT = LEGACY / "m2_fengze_dangjianjia_ie.mht"
SHTML = LEGACY / "s1_wujin_shuji_xiangmu.shtml"
CSV = LEGACY / "c1_wuhua_chuangxin_anli.csv"

@pytest.fixture
def antiword_installed():
    """The .doc reader needs Debian's antiword (scripts/test installs it): its tests fail without it, never skip."""
    if shutil.which("antiword") is None:
        pytest.fail("antiword is not installed: run scripts/test, or apt-get install antiword")


needs_antiword = pytest.mark.usefixtures("antiword_installed")


def _rows_of(doc):
    return [[doc.text[c.start:c.end] for c in b.cells] for b in doc.blocks if b.kind == "table_row"]


def _blocks_are_slices(doc):
    for b in doc.blocks:
        assert 0 <= b.start <= b.end <= len(doc.text)
        assert "\n" not in doc.text[b.start:b.end]
        for c in b.cells:
            assert b.start <= c.start <= c.end <= b.end


# ---------------------------------------------------------------- readers: typed blocks

@needs_antiword
def test_doc_paragraphs_heading_and_table_rows_with_the_merged_tier_cell_once():
    doc, problems = read_document(DOC)
    _blocks_are_slices(doc)
    assert doc.format == "doc" and ("created", "2024-10-18") in doc.meta
    heads = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"]
    assert heads == ["关于公布第三届瑶海区“红色引擎”基层党建创新案例评选结果的通知"]
    rows = _rows_of(doc)
    assert rows[0] == ["序号", "等次", "申报单位", "案例名称"]
    assert rows[1] == ["1", "一等奖", "明光路街道胜利路社区党委", "“楼道议事厅”打通服务最后十米"]
    assert rows[2] == ["2", "", "三里街街道淮河社区党委", "“红色物业”联盟破解老旧小区治理难题"]  # merged down: text once
    assert len(rows) == 9
    paras = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paras[-2:] == ["中共合肥市瑶海区委组织部", "2024年10月18日"]
    # the table sits between the lead and the closing paragraphs, as printed
    kinds = [b.kind for b in doc.blocks]
    assert kinds.index("table_row") == 3 and kinds[-4:] == ["paragraph"] * 4


@needs_antiword
def test_doc_row_merged_across_columns_is_one_cell_with_its_colspan(tmp_path):
    from kg.readers.doc import _Walk
    from lxml import etree

    # antiword's DocBook for a table whose second row is one cell merged across all three columns
    xml = ("<book><chapter><para><informaltable><tgroup cols='3'><colspec colwidth='144pt'/><colspec colwidth='144pt'/>"
           "<colspec colwidth='144pt'/><tbody><row><entry>序号</entry><entry>单位</entry><entry>案例</entry></row></tbody>"
           "</tgroup><tgroup cols='1'><colspec colwidth='432pt'/><tbody><row><entry>二等奖</entry></row></tbody></tgroup>"
           "<tgroup cols='2'><colspec colwidth='144pt'/><colspec colwidth='288pt'/><tbody><row><entry>1</entry>"
           "<entry>西城街道党工委 “楼宇连心”</entry></row></tbody></tgroup></informaltable></para></chapter></book>")
    w = _Walk()
    for child in etree.fromstring(xml):
        w.visit(child, 0)
    spans = [[c.colspan for c in b.cells] for b in w.tb.blocks]
    assert spans == [[1, 1, 1], [3], [1, 2]]


def test_xls_two_sheets_merged_title_merged_tier_numbers_and_dates():
    doc, _ = read_document(XLS)
    _blocks_are_slices(doc)
    assert doc.format == "xls"
    heads = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"]
    assert heads == ["示范品牌", "优秀品牌"]
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert doc.text[rows[0].start:rows[0].end] == "第二届南昌市机关党建品牌评选结果（示范品牌）"
    assert [c.colspan for c in rows[0].cells] == [5]  # merged across the five columns
    assert _rows_of(doc)[2] == ["1", "西湖区委组织部", "“西湖先锋”机关党员进社区", "示范品牌", "2024-03-12"]
    assert _rows_of(doc)[3] == ["2", "青山湖区市场监督管理局党组", "“食安管家”守护舌尖安全", "", "2024-03-15"]
    assert rows[3].origin == "xls:row:4:vmerge=3" and rows[2].origin == "xls:row:3"
    assert {b.table for b in rows} == {0, 1}


def test_xls_cells_show_like_xlsx(tmp_path):
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("表1")
    ws.write(0, 0, 3.0)
    ws.write(0, 1, 2.5)
    ws.write(0, 2, 0.125, xlwt.easyxf(num_format_str="0.0%"))
    ws.write(0, 3, True)
    ws.write(0, 4, 45657.5, xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm"))
    p = tmp_path / "t.xls"
    wb.save(str(p))
    doc, _ = read_document(p)
    assert _rows_of(doc) == [["3", "2.5", "12.5%", "TRUE", "2024-12-31 12:00:00"]]


def test_mhtml_quoted_printable_utf8_page_is_read_by_the_html_reader():
    doc, _ = read_document(MHTML)
    _blocks_are_slices(doc)
    assert doc.format == "html" and doc.encoding == "mhtml/utf-8"
    text = [doc.text[b.start:b.end] for b in doc.blocks]
    assert "1.东海街道党工委：“党建+海丝文化”打造滨海红色研学线" in text  # soft line breaks of QP undone
    assert ("headline", "丰泽区第四届“党建+”创新项目评选结果揭晓") in doc.meta
    furniture = {b.furniture for b in doc.blocks if b.kind == "furniture"}
    assert {"nav", "share", "footer"} <= furniture
    assert "GIF89a" not in doc.text


def test_mht_gb2312_part_is_decoded_with_its_declared_charset():
    doc, _ = read_document(MHT)
    assert doc.encoding == "mhtml/gb18030"
    assert _rows_of(doc)[1] == ["1", "东湖街道东湖社区党委", "“网格+楼长”一网统管"]


def test_mhtml_without_an_html_part_is_a_coded_error(tmp_path):
    p = tmp_path / "img.mhtml"
    p.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                  b"Content-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n\r\nR0lGODlh\r\n--b--\r\n")
    with pytest.raises(KgError, match=r"^E009 .*img\.mhtml: cannot read MHTML \(no text/html part"):
        read_document(p)


def test_shtml_gb18030_page_with_a_table():
    doc, _ = read_document(SHTML)
    assert doc.format == "html" and doc.encoding == "gb18030"
    assert _rows_of(doc)[1] == ["1", "湖塘镇党委", "“湖塘红管家”网格化服务全覆盖", "特等奖"]


def test_csv_gb18030_records_with_a_quoted_field():
    doc, _ = read_document(CSV)
    _blocks_are_slices(doc)
    assert doc.format == "csv" and doc.encoding == "gb18030"
    rows = _rows_of(doc)
    assert rows[0] == ["五华区第二届基层党建创新案例获奖名单"]  # the title record, trailing empty fields dropped
    assert rows[3] == ["2", "护国街道党工委", '老街区"微更新",党员当先锋', "一等奖"]
    assert len(rows) == 9


def test_csv_semicolons_and_a_line_break_inside_a_field(tmp_path):
    p = tmp_path / "t.csv"
    p.write_bytes("序号;单位;案例名称\r\n1;城关镇党委;\"“小巷管家”\r\n精细化治理\"\r\n".encode("utf-8-sig"))
    doc, _ = read_document(p)
    assert _rows_of(doc) == [["序号", "单位", "案例名称"], ["1", "城关镇党委", "“小巷管家” 精细化治理"]]


def test_every_new_suffix_is_discovered_in_a_folder():
    found = {p.name for p in discover([LEGACY])}
    assert {DOC.name, XLS.name, MHTML.name, MHT.name, SHTML.name, CSV.name} <= found


# ---------------------------------------------------------------- entries: scored against the hand-typed gold

def _build_legacy():
    from kg.pipeline import build

    gold = load_list_gold(LEGACY / "gold.tsv")
    docs = load_docs(LEGACY / "docs.tsv")
    b = build(sorted({LEGACY / g["file"] for g in gold}))
    return b, score_lists(b, gold, LEGACY, docs)


@needs_antiword
def test_legacy_fixtures_yield_their_gold_entries_with_spans_in_the_document_text():
    b, scores = _build_legacy()
    rows = {r["layout"]: r for r in scores["layouts"]}
    for layout in ("doc_table", "xls_sheets", "csv", "shtml_table"):
        assert rows[layout]["found"] == 1.0 and rows[layout]["extra"] == 0.0, rows[layout]
        assert rows[layout]["title"] == 1.0 and rows[layout]["tier"] == 1.0 and rows[layout]["region"] == 1.0
    assert rows["all"]["found"] >= 0.9 and rows["all"]["extra"] == 0.0
    assert scores["furniture_narratives"] == 0
    by_file = {}
    for p in b.parsed:
        by_file[Path(p.document.path).name] = p
        for e in p.entries:
            assert e.span.doc_id == p.document.id
            assert e.subject_span.slice(p.document.text) == e.subject
            assert e.title in e.title_span.slice(p.document.text) or e.title_span.slice(p.document.text) in e.title
    assert len(by_file[MHTML.name].entries) == 7 and len(by_file[DOC.name].entries) == 8


# ---------------------------------------------------------------- bad input: one coded line, never a traceback

def test_missing_antiword_is_a_coded_error_naming_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no antiword on this PATH
    with pytest.raises(KgError, match=rf"^E016 .*{DOC.name}: reading \.doc needs antiword"):
        read_document(DOC)
    r = CliRunner().invoke(main, ["build", str(DOC), "--out", str(tmp_path / "out")])
    lines = r.output.strip().splitlines()
    assert r.exit_code == 2 and "Traceback" not in r.output and len(lines) == 1 and "E016" in lines[0]


@needs_antiword
def test_corrupt_doc_and_xls_are_coded_errors(tmp_path):
    from kg.readers.doc import OLE_MAGIC

    bad = tmp_path / "bad.doc"
    bad.write_bytes(OLE_MAGIC + b"\x00" * 600)
    with pytest.raises(KgError, match=r"^E009 .*bad\.doc: cannot read \.doc"):
        read_document(bad)
    junk = tmp_path / "junk.doc"
    junk.write_bytes(b"\x01\x02 not a word file")
    with pytest.raises(KgError, match=r"^E009 .*junk\.doc: cannot read \.doc \(not a Word 97-2003"):
        read_document(junk)
    cut = tmp_path / "cut.xls"
    cut.write_bytes(XLS.read_bytes()[:1500])
    with pytest.raises(KgError, match=r"^E009 .*cut\.xls: cannot read \.xls"):
        read_document(cut)


def _rtf(parts: list[str]) -> bytes:
    """An RTF document as Word and WPS write Chinese: GBK hex escapes under \\ansicpg936, a table of \\cell/\\row."""
    def esc(s: str) -> str:
        return "".join(c if c.isascii() else "".join(f"\\'{b:02x}" for b in c.encode("gbk")) for c in s)

    body = []
    for p in parts:
        if isinstance(p, tuple):  # a table row
            body.append("\\trowd\\cellx2000\\cellx6000\\cellx8000 " + "".join(
                f"\\pard\\intbl {esc(c)}\\cell " for c in p) + "\\row")
        else:
            body.append(f"\\pard {esc(p)}\\par")
    return ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fcharset134 SimSun;}}\n"
            + "\n".join(body) + "}").encode("ascii")


RTF_NOTICE = ["关于公布第三届某市“先锋”党建品牌评选结果的通知",
              "各县（市、区）委组织部：现将评选结果公布如下。",
              ("序号", "单位名称", "等次"),
              ("1", "西湖区北山街道党工委", "一等奖"),
              ("2", "拱墅区米市巷街道党工委", "二等奖"),
              "中共杭州市委组织部", "2024年12月30日"]


@pytest.mark.parametrize("name", ["notice.rtf", "notice.doc", "notice.wps"])
def test_rtf_is_read_with_its_code_page_and_tables(tmp_path, name):
    """RTF (also saved with a .doc or WPS .wps name) is read, not refused: GBK hex escapes decoded, \\cell rows a table."""
    p = tmp_path / name
    p.write_bytes(_rtf(RTF_NOTICE))
    doc, probs = read_document(p)
    assert doc.format == "rtf" and [q.message for q in probs] == ["I102 decoded as rtf/cp936"]
    assert doc.text.splitlines()[0] == RTF_NOTICE[0]
    assert _rows_of(doc) == [list(r) for r in RTF_NOTICE if isinstance(r, tuple)]
    runner = CliRunner()
    out = tmp_path / "out"
    res = runner.invoke(main, ["build", str(p), "--out", str(out)])
    assert res.exit_code == 0, res.output
    import json
    g = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    subjects = sorted(n["subject"] for n in g["nodes"] if n.get("label") == "Case")
    assert subjects == ["拱墅区米市巷街道党工委", "西湖区北山街道党工委"]


def test_rtf_undecodable_characters_are_reported_with_their_offsets(tmp_path):
    p = tmp_path / "broken.rtf"
    p.write_bytes(b"{\\rtf1\\ansi\\ansicpg936 \\pard \\'b9\\'d8\\'ff\\'ff\\par}")
    doc, probs = read_document(p)
    bad = [q for q in probs if q.code == "W105"]
    assert bad and all(doc.text[q.offset] == "\ufffd" for q in bad)
    junk = tmp_path / "junk.rtf"
    junk.write_bytes(b"not rtf at all")
    with pytest.raises(KgError, match=r"^E009 .*junk\.rtf: cannot read \.rtf \(no \{\\rtf header\)"):
        read_document(junk)


@needs_antiword
def test_doc_text_over_the_cap_and_a_hung_antiword_are_stopped(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_MAX_ZIP_UNCOMPRESSED", "200")
    with pytest.raises(KgError, match=rf"^E018 .*{DOC.name}: the text of the \.doc is over the limit of 200 bytes"):
        read_document(DOC)
    monkeypatch.delenv("KG_MAX_ZIP_UNCOMPRESSED")
    monkeypatch.setenv("KG_DOC_TIMEOUT", "0.000001")
    with pytest.raises(KgError, match=rf"^E017 .*{DOC.name}: antiword ran longer than"):
        read_document(DOC)
    monkeypatch.setenv("KG_DOC_TIMEOUT", "soon")
    with pytest.raises(KgError, match=r"^E703 KG_DOC_TIMEOUT"):
        read_document(DOC)


def test_oversized_legacy_files_are_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_MAX_INPUT_BYTES", "1000")
    for src in (XLS, MHTML):
        with pytest.raises(KgError, match=rf"^E011 .*{src.name}"):
            read_document(src)


def test_office_open_xml_saved_with_a_legacy_name_goes_to_its_own_reader(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["序号", "单位"])
    wb.active.append([1, "城关镇党委"])
    p = tmp_path / "really-xlsx.xls"
    wb.save(p)
    doc, _ = read_document(p)
    assert doc.format == "xlsx" and _rows_of(doc)[1] == ["1", "城关镇党委"]
    import docx

    d = docx.Document()
    d.add_paragraph("城关镇党委：“小巷管家”精细化治理")
    q = tmp_path / "really-docx.doc"
    d.save(q)
    doc, _ = read_document(q)
    assert doc.format == "docx" and "城关镇党委" in doc.text


def test_word_web_page_saved_as_doc_goes_to_the_html_reader(tmp_path):
    p = tmp_path / "web.doc"
    p.write_bytes("<html><body><p>1.城关镇党委：“小巷管家”精细化治理</p></body></html>".encode("utf-8"))
    doc, _ = read_document(p)
    assert doc.format == "html" and "城关镇党委" in doc.text


@needs_antiword
def test_build_cli_reads_a_doc_in_a_subprocess(tmp_path):
    r = subprocess.run([sys.executable, "-m", "kg", "build", str(DOC), "--out", str(tmp_path / "out")],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out" / "graph.json").exists()
