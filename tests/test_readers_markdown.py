"""Markdown notes (.md): headings, list items and GFM tables read as blocks and table rows, marks not text."""

from __future__ import annotations

from kg.readers.markdown import read

NOTES = """# 某市 · 第二届“红城”社区党建创新案例（2025）

- 来源：某某公众号，2025-11-06 公布

## 一等奖

| 序号 | 单位 | 案例名称 |
|---|---|---|
| 1 | 甲街道党工委 | “红色网格+物业”三方联动 |
| 2 | 乙街道党工委 | **“公推直选”**后的履职承诺制 |

## 二等奖

1. 丙街道党工委：“老旧小区红色议事会”
2. 丁街道党工委：“回坊邻里”服务
戊街道党工委：“网上党支部”连起流动党员
"""


def test_markdown_headings_items_and_tables_become_blocks_and_rows():
    r = read(NOTES.encode("utf-8"), "n.md")
    assert r.format == "markdown"
    rows = [[r.text[c.start : c.end] for c in b.cells] for b in r.blocks if b.kind == "table_row"]
    assert rows == [["序号", "单位", "案例名称"], ["1", "甲街道党工委", "“红色网格+物业”三方联动"],
                    ["2", "乙街道党工委", "“公推直选”后的履职承诺制"]]
    heads = [(r.text[b.start : b.end], b.level) for b in r.blocks if b.kind == "heading"]
    assert heads == [("某市 · 第二届“红城”社区党建创新案例（2025）", 1), ("一等奖", 2), ("二等奖", 2)]
    lines = [r.text[b.start : b.end] for b in r.blocks if b.kind == "paragraph"]
    # an ordered item keeps its printed number; a lazy line after it is a line of its own
    assert lines == ["来源：某某公众号，2025-11-06 公布", "1. 丙街道党工委：“老旧小区红色议事会”",
                     "2. 丁街道党工委：“回坊邻里”服务", "戊街道党工委：“网上党支部”连起流动党员"]


def test_a_folder_of_notes_builds_its_markdown_files(tmp_path):
    from kg.pipeline import build

    (tmp_path / "n.md").write_text(NOTES, encoding="utf-8")
    b = build([tmp_path])
    assert sorted((c.subject, c.tier_label) for c in b.cases) == [
        ("丁街道党工委", "二等奖"), ("丙街道党工委", "二等奖"), ("乙街道党工委", "一等奖"), ("戊街道党工委", "二等奖"),
        ("甲街道党工委", "一等奖")]


def test_files_of_types_kg_does_not_read_are_reported_not_skipped_silently(tmp_path):
    from kg.pipeline import build

    (tmp_path / "n.md").write_text(NOTES, encoding="utf-8")
    (tmp_path / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "list.odt").write_bytes(b"PK")
    (tmp_path / ".DS_Store").write_bytes(b"\0")
    w = [p for p in build([tmp_path]).problems if p.code == "W106"]
    assert len(w) == 1 and "2 file(s) not read" in w[0].message and ".jpg 1, .odt 1" in w[0].message
