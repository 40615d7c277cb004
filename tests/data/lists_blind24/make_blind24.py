"""Write the office-file documents of lists_blind24 (a .docx 通报 with a merged-category table, a .xlsx 汇总表, a .pdf
attachment with category and tier headings whose long entries wrap) from the literals below.

    python3 tests/data/lists_blind24/make_blind24.py

Every document's words are invented and are literals here (constants D5_… for d5_…, X6_… for x6_…, P7_… for p7_…);
gold.tsv was typed by hand from them. Deterministic as lists_blind16/make_blind16.py: lists_office's OOXML writer
`_save_zip` (imported) fixes zip timestamps and core-property dates; the PDF gets a fixed creation date. Needs
python-docx, openpyxl, fpdf2 and fonts-wqy-microhei. The .html and .txt documents are hand-written.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- d5: .docx 县委组织部 通报, table with merged 类别 cells
D5_HEAD = [
    ("small", "金组通〔2025〕41号"),
    ("title", "关于2025年度全县基层党建创新项目评选结果的通报"),
    ("p", "各乡镇党委，县直各党（工）委、党组（党委），县直各单位党组织："),
    ("p", "2025年，县委组织部在全县开展基层党建创新项目评选活动。各级党组织聚焦抓党建促乡村振兴、城市基层治理和"
          "机关、两新组织党建，积极探索，大胆实践，形成了一批可复制、可推广的创新成果。经单位申报、乡镇和县直工委推荐、"
          "评审组评审、县委组织部部务会研究，评选出一等奖3个、二等奖3个、三等奖3个，现将结果通报如下："),
]
D5_HEADER = ["序号", "类别", "申报单位", "项目名称", "等次"]
D5_ROWS = [
    ["1", "农村党建", "斑竹园镇党委", "村级“小微权力”清单与村务监督委员会联动监督", "一等奖"],
    ["2", "农村党建", "花石乡党委", "“茶乡红”党员中心户联户增收", "二等奖"],
    ["3", "农村党建", "古碑镇党委", "四议两公开“线上议事厅”", "三等奖"],
    ["4", "城市党建", "梅山镇党委", "小区党支部、业委会、物业“三方联动”", "一等奖"],
    ["5", "城市党建", "梅山镇红军街社区党委", "“网格化+志愿服务”邻里帮", "二等奖"],
    ["6", "机关党建", "县公安局党委", "“枫桥式派出所”创建中的支部作用", "二等奖"],
    ["7", "机关党建", "县自然资源和规划局机关党委", "党员积分制管理“晒比评”", "三等奖"],
    ["8", "两新组织党建", "金寨经济开发区非公企业综合党委", "“企业红管家”服务联盟", "一等奖"],
    ["9", "两新组织党建", "金寨县光伏产业协会党支部", "“光伏红链”网上党支部", "三等奖"],
]
D5_TAIL = [
    ("p", "注：表中项目按类别排列，同一类别内按等次排列。"),
    ("p", "希望受到表扬的单位珍惜荣誉，持续深化创新成果；各级党组织要学习借鉴，结合实际创造性开展工作，不断提升基层党建工作质量。"),
    ("small", "中共金寨县委组织部"),
    ("small", "2025年12月19日"),
    ("small", "抄送：六安市委组织部组织一科。"),
]

# ---------------------------------------------------------------- x6: .xlsx 汇总表 with a merged title row, a 填报 row and a 注 row
X6_TITLE = "第三届长治市“太行先锋”基层党建创新项目评审结果汇总表"
X6_FILLED = ["填报单位：中共长治市委组织部组织一科", "", "", "", "日期：2025年11月24日"]
X6_HEADER = ["序号", "县（区）", "申报单位", "项目名称", "类别", "评审等次", "备注"]
X6_ROWS = [
    [1, "潞州区", "英雄南路街道党工委", "“太行红”网格化城市基层治理", "城市基层党建", "一等奖", ""],
    [2, "上党区", "荫城镇党委", "党员中心户“铁匠铺”联户服务", "农村党建", "一等奖", ""],
    [3, "屯留区", "渔泽镇党委", "村级换届“公推直选”延伸到村民小组", "农村党建", "一等奖", ""],
    [4, "潞城区", "店上镇党委", "村务监督委员会“三上墙一公示”", "农村党建", "二等奖", ""],
    [5, "襄垣县", "夏店镇党委", "四议两公开“明白卡”", "农村党建", "二等奖", ""],
    [6, "长子县", "丹朱镇党委", "党员学时学分制“线上+线下”双积累", "农村党建", "二等奖", ""],
    [7, "沁县", "沁县小米产业协会党支部", "“小米红链”产业党建", "两新组织党建", "二等奖", "与县农业农村局联合申报"],
    [8, "武乡县", "县委党校党支部", "“太行精神”现场教学党建", "机关党建", "三等奖", ""],
    [9, "壶关县", "龙泉镇党委", "“积分制+清单制”乡村治理", "农村党建", "三等奖", ""],
    [10, "平顺县", "西沟乡党委", "网上党支部“太行云课堂”", "农村党建", "三等奖", ""],
    [11, "黎城县", "黎城县人民医院党委", "“红色健康管家”送医进村", "机关党建", "三等奖", ""],
]
X6_NOTE = "注：1.同一等次内排名不分先后；2.“备注”栏注明联合申报单位。"

# ---------------------------------------------------------------- p7: .pdf 附件, category headings, tier subheadings, wrapped entries
P7_LINES = [
    ("small", "附件"),
    ("title", "第二届偃师区“伊洛先锋”基层党建品牌名单"),
    ("h", "一、党建引领乡村振兴类"),
    ("t", "（一）一等奖（1个）"),
    ("p", "1.山化镇党委：“石榴红”党员中心户带富机制推动特色石榴产业提档升级、村集体经济和群众收入“双增收”"),
    ("t", "（二）二等奖（2个）"),
    ("p", "1.缑氏镇党委：乡镇党代会常任制下代表常态化联系群众“四个一”工作机制"),
    ("p", "2.府店镇党委：“四议两公开”+“村民说事”规范村级事务决策"),
    ("t", "（三）三等奖（1个）"),
    ("p", "1.大口镇党委：“邙岭红”农村党员学时学分制积分管理"),
    ("h", "二、党建引领基层治理类"),
    ("t", "（一）一等奖（1个）"),
    ("p", "1.首阳山街道党工委：网格化“红色管家”全覆盖服务模式破解老旧小区无物业管理难题"),
    ("t", "（二）二等奖（1个）"),
    ("p", "1.偃师区商城街道党工委：“商都红”网上党支部联系在外流动党员"),
    ("t", "（三）三等奖（2个）"),
    ("p", "1.伊洛街道党工委：小区“红色议事会”议事协商工作法"),
    ("p", "2.区市场监督管理局党组：“个私协会+党建”服务个体工商户"),
]
P7_FOOT = "中共洛阳市偃师区委组织部　2025年12月10日印发"

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_d5(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind24"

    def para(kind, text):
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "small":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    for kind, text in D5_HEAD:
        para(kind, text)
    table = d.add_table(rows=1 + len(D5_ROWS), cols=len(D5_HEADER))
    table.style = "Table Grid"
    for c, text in enumerate(D5_HEADER):
        table.cell(0, c).text = text
    for r, row in enumerate(D5_ROWS, start=1):
        for c, text in enumerate(row):
            if c != 1:
                table.cell(r, c).text = text
    # the 类别 column: one merged cell per category, as such tables are usually typed
    start = 1
    for r in range(1, len(D5_ROWS) + 2):
        if r == len(D5_ROWS) + 1 or D5_ROWS[r - 1][1] != D5_ROWS[start - 1][1]:
            cell = table.cell(start, 1).merge(table.cell(r - 1, 1)) if r - 1 > start else table.cell(start, 1)
            cell.text = D5_ROWS[start - 1][1]
            start = r
    for kind, text in D5_TAIL:
        para(kind, text)
    _save_zip(path, d.save)


def build_x6(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws.append([X6_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(X6_HEADER))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(X6_FILLED)
    ws.append(X6_HEADER)
    for row in X6_ROWS:
        ws.append(row)
    ws.append([X6_NOTE])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(X6_HEADER))
    for col, width in zip("ABCDEFG", (6, 10, 30, 40, 14, 10, 24)):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "lists_blind24"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_p7(path: Path) -> None:
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind24.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.set_margins(32, 25, 32)
    p.add_page()
    for kind, text in P7_LINES:
        if kind == "title":
            p.set_font("wqy", size=15)
            p.ln(2)
            p.multi_cell(0, 9, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.ln(4)
        elif kind == "h":
            p.set_font("wqy", size=12)
            p.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "t":
            p.set_font("wqy", size=11.5)
            p.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            p.set_font("wqy", size=11)
            p.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else:
            p.set_font("wqy", size=11)
            p.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    p.ln(10)
    p.set_font("wqy", size=10)
    p.cell(0, 7, P7_FOOT, align="R", new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "d5_anhui_jinzhai_docx_table_merged_category_cells.docx": build_d5,
    "x6_shanxi_changzhi_xlsx_summary_sheet_county_category_grade_columns.xlsx": build_x6,
    "p7_henan_yanshi_pdf_category_then_tier_headings_wrapped_entries.pdf": build_p7,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
