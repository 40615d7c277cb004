"""Encodings, formats and bad input: clear errors naming the file, nothing silently dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KgError
from kg.ingest import clean, decode, read_document
from kg.pipeline import build

FRAGMENT = (
    "第一届全国基层党建创新最佳、优秀案例评选结果\n"
    "一、最佳案例评选结果(共3个)1辽宁丹东:全面推广“情景互动式党课”2内蒙呼伦贝尔:组建“百万农牧民创业先导团”"
    "3河南南阳:科学探索“四议两公开”工作法\n"
)


def entries(path: Path):
    b = build([path])
    return [(e.edition, e.tier, e.rank, e.subject, e.title) for p in b.parsed for e in p.entries]


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_reencoded_corpus_gives_the_same_graph(tmp_path, corpus_text, built, encoding):
    f = tmp_path / f"corpus-{encoding}.txt"
    f.write_bytes(corpus_text.encode(encoding))
    doc, problems = read_document(f)
    assert doc.text == corpus_text
    assert doc.encoding == "gb18030"  # GBK text decodes identically with its superset
    assert any(p.code == "I102" and "gb18030" in p.message for p in problems)
    b = build([f])
    assert [n.id for n in b.nodes if n.label != "Document"] == [n.id for n in built.nodes if n.label != "Document"]
    assert len(b.edges) == len(built.edges)


def test_utf8_bom(tmp_path, corpus_text):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbf" + corpus_text.encode("utf-8"))
    doc, _ = read_document(f)
    assert doc.text == corpus_text and doc.encoding == "utf-8-sig"


def test_big5(tmp_path):
    text = "第一屆全國基層黨建創新案例評選結果,臺灣與香港的繁體中文文件。" * 20
    f = tmp_path / "big5.txt"
    f.write_bytes(text.encode("big5"))
    doc, _ = read_document(f)
    assert doc.text == text and doc.encoding in ("big5", "cp950", "big5hkscs")


def test_docx_and_html_give_the_same_entries(tmp_path):
    from docx import Document as Docx

    txt = tmp_path / "f.txt"
    txt.write_text(FRAGMENT, encoding="utf-8")
    d = Docx()
    for line in FRAGMENT.splitlines():
        d.add_paragraph(line)
    docx = tmp_path / "f.docx"
    d.save(docx)
    html = tmp_path / "f.html"
    body = "".join(f"<p>{line}</p>" for line in FRAGMENT.splitlines())
    html.write_text(
        f"<html><head><script>var x='1假市:假标题';</script><style>p{{}}</style></head>"
        f"<body><nav>首页 导航</nav>{body}<footer>版权所有</footer></body></html>",
        encoding="utf-8",
    )
    expected = entries(txt)
    assert len(expected) == 3
    assert entries(docx) == expected
    assert entries(html) == expected


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    with pytest.raises(KgError, match=r"E001 .*empty\.txt"):
        read_document(f)


def test_binary_file(tmp_path):
    f = tmp_path / "blob.txt"
    f.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(KgError, match=r"E002 .*blob\.txt.*offset 0"):
        read_document(f)


def test_not_in_any_supported_encoding(tmp_path):
    f = tmp_path / "noise.txt"
    f.write_bytes(bytes([0x81, 0xFF, 0xFE, 0x80, 0x9F, 0xA0, 0xFF]) * 300)
    with pytest.raises(KgError, match=r"E003 .*noise\.txt"):
        read_document(f)


def test_a_few_bad_bytes_in_utf8_are_reported_with_offsets(tmp_path, corpus_text):
    data = corpus_text.encode("utf-8")
    broken = data[:3000] + b"\xff" + data[3000:]
    f = tmp_path / "broken.txt"
    f.write_bytes(broken)
    doc, problems = read_document(f)
    w = [p for p in problems if p.code == "W101"]
    assert len(w) == 1 and "3000" in w[0].message and doc.text[w[0].offset] == "\ufffd"


def test_unsupported_suffix_and_missing_path(tmp_path):
    f = tmp_path / "x.ofd"  # OFD (China's fixed-layout format): not read (.doc, .wps and .pdf are; a broken one is E009)
    f.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(KgError, match="E004"):
        read_document(f)
    with pytest.raises(KgError, match="E005"):
        build([tmp_path / "nope.txt"])


def test_document_with_nothing_usable(tmp_path):
    f = tmp_path / "prose.txt"
    f.write_text("这是一段与案例无关的文字。\n" * 5, encoding="utf-8")
    with pytest.raises(KgError, match=r"E007 .*prose\.txt"):
        build([f])


def test_clean_maps_every_character_back(corpus_text):
    ct = clean(corpus_text)
    assert "完美整理" not in ct.text and "Word格式" not in ct.text
    assert all(corpus_text[ct.orig(i)] == ch for i, ch in enumerate(ct.text))
    kinds = {k for k, _, _ in ct.removed}
    assert {"page-mark", "page-number", "stray-bracket"} <= kinds


def test_decode_reports_encoding():
    text, enc, _ = decode("全国基层党建创新".encode("gb18030") * 50, "x")
    assert text.startswith("全国基层党建创新") and enc == "gb18030"
