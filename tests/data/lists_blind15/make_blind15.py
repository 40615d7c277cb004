"""Write the office-file documents of lists_blind15 (a .docx with a merged-tier table, a one-sheet .xlsx) from the literals below.

    python3 tests/data/lists_blind15/make_blind15.py

Every document's words are invented and are literals here (constants D5_… for d5_…, X6_… for x6_…); gold.tsv was
typed by hand from them. Deterministic as lists_blind14/make_blind14.py: lists_office's OOXML writer `_save_zip`
(imported) fixes zip timestamps and core-property dates. Needs python-docx and openpyxl. The .html and .txt documents
are hand-written.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------- d5: .docx 通知 with a table whose 等次 cells are merged
D5_BEFORE = [
    ("small", "并组字〔2025〕58号"),
    ("title", "关于公布第二届太原市“龙城先锋”基层党建创新项目的通知"),
    ("p", "各县（市、区）委组织部，市直各党（工）委："),
    ("p", "2025年，市委组织部组织开展了第二届太原市“龙城先锋”基层党建创新项目评选。经推荐申报、集中评审和审核公示，"
          "确定一等奖2个、二等奖3个、三等奖3个，现将名单予以公布。"),
    ("p", "附件：第二届太原市“龙城先锋”基层党建创新项目名单"),
]
D5_HEADER = ["序号", "等次", "县（市、区）", "单位", "项目名称"]
D5_ROWS = [
    ["1", "一等奖", "小店区", "坞城街道党工委", "“龙城红管家”小区治理"],
    ["2", "一等奖", "清徐县", "清徐县孟封镇党委", "“醋香党建”产业联盟"],
    ["3", "二等奖", "迎泽区", "柳巷街道党工委", "“老街新韵”商圈党建"],
    ["4", "二等奖", "杏花岭区", "杏花岭区巨轮街道党工委", "“红色物业”进小区"],
    ["5", "二等奖", "晋源区", "晋祠镇党委", "“晋祠红”文旅党建"],
    ["6", "三等奖", "古交市", "古交市马兰镇党委", "“煤城转型”党员先锋岗"],
    ["7", "三等奖", "尖草坪区", "柴村街道党工委", "“汾河绿廊”党员护河队"],
    ["8", "三等奖", "万柏林区", "万柏林区千峰街道党工委", "“老工业区新邻里”"],
]
D5_AFTER = [
    ("p", "希望受表扬的单位珍惜荣誉，持续深化创新实践；各级党组织要学习借鉴，推动全市基层党建质量整体提升。"),
    ("small", "中共太原市委组织部"),
    ("small", "2025年11月20日"),
]

# ---------------------------------------------------------------- x6: .xlsx one sheet, merged title, tier section rows
X6_TOP = [
    ["苏州市第三届“苏式先锋”基层党建创新案例获奖名单"],
    ["发布单位：中共苏州市委组织部　　2025年10月28日"],
]
X6_HEADER = ["序号", "地区", "单位名称", "案例名称"]
X6_SECTIONS = [
    ("一等奖（2个）", [
        ["1", "昆山市", "昆山市花桥经济开发区党工委", "“沪苏同城”跨域党建"],
        ["2", "姑苏区", "平江街道党工委", "“平江红”古城保护"],
    ]),
    ("二等奖（3个）", [
        ["3", "张家港市", "张家港市永联村党委", "“永联红”乡村振兴"],
        ["4", "吴中区", "东山镇党委", "“洞庭红”碧螺春产业党建"],
        ["5", "常熟市", "常熟服装城商会党委", "“红色商链”"],
    ]),
    ("三等奖（3个）", [
        ["6", "相城区", "阳澄湖镇党委", "“蟹乡红”党员合作社"],
        ["7", "太仓市", "太仓港经济技术开发区党工委", "“港口红”临港党建"],
        ["8", "吴江区", "盛泽镇党委", "“丝绸之都”产业党建"],
    ]),
]
X6_NOTE = ["注：排名不分先后，同一等次内按地区顺序排列。"]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def _paragraph(d, kind, text):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = d.add_paragraph()
    run = p.add_run(text)
    if kind == "title":
        run.bold = True
        run.font.size = Pt(16)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif kind == "small":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build_d5(path: Path) -> None:
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "lists_blind15"
    for kind, text in D5_BEFORE:
        _paragraph(d, kind, text)
    table = d.add_table(rows=1 + len(D5_ROWS), cols=len(D5_HEADER))
    table.style = "Table Grid"
    for j, text in enumerate(D5_HEADER):
        table.cell(0, j).text = text
    for i, row in enumerate(D5_ROWS, start=1):
        for j, text in enumerate(row):
            if j != 1:
                table.cell(i, j).text = text
    start = 1  # merge the 等次 cells of consecutive rows with the same tier, text written once
    for i in range(1, len(D5_ROWS) + 1):
        if i == len(D5_ROWS) or D5_ROWS[i][1] != D5_ROWS[start - 1][1]:
            merged = table.cell(start, 1).merge(table.cell(i, 1))
            merged.text = D5_ROWS[start - 1][1]
            start = i + 1
    for kind, text in D5_AFTER:
        _paragraph(d, kind, text)
    _save_zip(path, d.save)


def build_x6(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "获奖名单"
    for row in X6_TOP:
        ws.append(row)
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(X6_HEADER))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(X6_HEADER)
    for tier, rows in X6_SECTIONS:
        ws.append([tier])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(X6_HEADER))
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in rows:
            ws.append(row)
    ws.append(X6_NOTE)
    for col, width in zip("ABCD", (6, 12, 32, 30)):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "lists_blind15"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    _save_zip(path, wb.save)


BUILDERS = {
    "d5_shanxi_taiyuan_docx_table_merged_tier_cells_county_column.docx": build_d5,
    "x6_jiangsu_suzhou_xlsx_one_sheet_tier_section_rows.xlsx": build_x6,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
