"""Write the office-file attachments of lists_blind17 (an SOE's .xlsx with a merged tier column, a city's .docx with a table per tier) from the literals below.

    python3 tests/data/lists_blind17/make_blind17.py

Every document's words are invented and are literals here (constants X7_… for x7_…, D8_… for d8_…); gold.tsv was
typed by hand from them. Deterministic as lists_blind16/make_blind16.py, whose fixed date `FIXED` and imported OOXML
writer `_save_zip` (lists_office's: fixed zip timestamps and core-property dates) are reused by import. Needs
python-docx and openpyxl. The .html and .txt documents (saved web pages and a copy of one) are hand-written.
"""
from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
_b16 = runpy.run_path(str(HERE.parent / "lists_blind16" / "make_blind16.py"))
FIXED = _b16["FIXED"]
_save_zip = _b16["_save_zip"]

# ---------------------------------------------------------------- x7: .xlsx attachment of an SOE page, tier cells merged down
X7_TITLE = "甘肃陇原能源集团有限公司2025年度“陇原先锋”党建创新案例获奖名单"
X7_HEADER = ["序号", "单位", "案例名称", "获奖等次"]
X7_ROWS = [
    ["1", "金昌冶炼分公司党委", "“镍都红”技术攻关团队", "特等奖"],
    ["2", "酒泉风电运维公司党支部", "“戈壁追风人”党员先锋队", "一等奖"],
    ["3", "白银热电有限公司党总支", "“银光先锋”安全生产责任区", None],
    ["4", "集团机关第一党支部", "“机关进一线”蹲点工作法", None],
    ["5", "天水储运分公司党支部", "“陆港红”物流党建", "二等奖"],
    ["6", "张掖光伏产业园党支部", "“阳光车间”党建品牌", None],
    ["7", "古浪县光热电站党支部", "“沙漠追光”党员攻坚岗", None],
    ["8", "庆阳油气服务公司党委", "“陇东油田红”", None],
    ["9", "嘉峪关物资配送中心党支部", "“雄关驿站”服务品牌", None],
]
X7_NOTE = "注：获奖单位名称为二级单位简称；联系人：集团党委组织部 韩立军 0931-8826513"
X7_EMPTY_SHEETS = ["Sheet2", "Sheet3"]

# ---------------------------------------------------------------- d8: .docx attachment of a city page, one table per tier
D8_HEAD = [
    ("small", "附件"),
    ("title", "第二届西宁市“夏都先锋”基层党建创新案例名单"),
]
D8_HEADER = ["序号", "县区", "单位", "案例名称"]
D8_TIERS = {
    "十佳案例": [
        ["1", "城东区", "城东区东关大街街道党工委", "“多民族团结”共建社区"],
        ["2", "城中区", "城中区南滩街道党工委", "“红色物业”融合治理"],
        ["3", "城西区", "城西区虎台街道党工委", "“虎台先锋”网格服务"],
        ["4", "城北区", "城北区朝阳街道党工委", "“朝阳红”老旧小区改造"],
        ["5", "大通县", "大通回族土族自治县桥头镇党委", "“煤城转型”党建引领"],
        ["6", "湟中县", "鲁沙尔镇党委", "“塔尔寺景区”党建联盟"],
        ["7", "湟源县", "湟源县日月藏族乡党委", "“牧家乐”党员示范户"],
        ["8", "市直", "市民政局机关党支部", "“一老一小”暖心工程"],
        ["9", "城北区", "西宁生物科技产业园区党工委", "“高原药谷”链上党建"],
        ["10", "城东区", "清真巷社区党委", "“石榴籽”邻里家园"],
    ],
    "提名案例": [
        ["1", "湟中县", "上五庄镇党委", "“高原牧场”党建助农"],
        ["2", "市直", "市公交集团第三分公司党支部", "“夏都红色公交线”"],
    ],
}
D8_TAIL = ["中共西宁市委组织部", "2025年11月20日印"]


def build_x7(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "获奖名单"
    ws.append([X7_TITLE])
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([])
    ws.append(X7_HEADER)
    first = ws.max_row + 1
    for row in X7_ROWS:
        ws.append(row)
    # a tier cell followed by empty ones is merged down over them (None in X7_ROWS = covered by the cell above)
    starts = [first + i for i, row in enumerate(X7_ROWS) if row[3] is not None] + [first + len(X7_ROWS)]
    for top, nxt in zip(starts, starts[1:]):
        if nxt - 1 > top:
            ws.merge_cells(f"D{top}:D{nxt - 1}")
        ws[f"D{top}"].alignment = Alignment(vertical="center", horizontal="center")
    ws.append([X7_NOTE])
    ws.merge_cells(f"A{ws.max_row}:D{ws.max_row}")
    for col, width in zip("ABCD", (6, 28, 34, 10)):
        ws.column_dimensions[col].width = width
    for name in X7_EMPTY_SHEETS:
        wb.create_sheet(name)
    wb.properties.creator = "lists_blind17"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_d8(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind17"
    for kind, text in D8_HEAD:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for tier, rows in D8_TIERS.items():
        d.add_paragraph().add_run(tier).bold = True
        table = d.add_table(rows=1 + len(rows), cols=len(D8_HEADER))
        table.style = "Table Grid"
        for r, row in enumerate([D8_HEADER, *rows]):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    for text in D8_TAIL:
        d.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _save_zip(path, d.save)


BUILDERS = {
    "x7_gansu_soe_xlsx_attachment_merged_tier_column_empty_sheets.xlsx": build_x7,
    "d8_qinghai_xining_docx_attachment_table_per_tier_county_column.docx": build_d8,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
