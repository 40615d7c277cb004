"""Write the office-file documents of lists_blind13 (.docx, .xlsx and a text-layer .pdf) from the literal text below.

    python3 tests/data/lists_blind13/make_blind13.py

Every document's words are invented and are literals in this file (constants D1_… for d1_…, X1_… for x1_…, P1_… for
p1_…); the gold in gold.tsv was typed by hand from them. Deterministic as make_blind12.py: zip members get a fixed
timestamp and docProps fixed dates (lists_office's OOXML writer `_save_zip`, imported); the PDF a fixed creation
date. Needs python-docx, openpyxl, fpdf2 and fonts-wqy-microhei. The .html and .txt documents are hand-written.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- d1: .docx tax bureau notice, tier headings, 1.“TITLE”——UNIT
D1_PARAS = [
    ("small", "桂税党委发〔2025〕17号"),
    ("title", "中共国家税务总局广西壮族自治区税务局委员会关于命名2025年度“八桂税务红”党建品牌的通知"),
    ("p", "各市、县（市、区）税务局党委，区局机关各党支部："),
    ("p", "为深入推进“党建引领税收现代化”，区局党委组织开展了2025年度“八桂税务红”党建品牌创建命名工作。经基层申报、"
          "市局推荐、区局评审和党委会议审定，决定命名“邕城税务红”办税服务党员先锋岗等3个品牌为“八桂税务红”十佳党建"
          "品牌，“税路桂风”纳税人学堂等5个品牌为“八桂税务红”优秀党建品牌。"),
    ("p", "附件：2025年度“八桂税务红”党建品牌命名名单"),
    ("h", "2025年度“八桂税务红”党建品牌命名名单"),
    ("h2", "十佳党建品牌"),
    ("p", "1.“邕城税务红”办税服务党员先锋岗——国家税务总局南宁市青秀区税务局党委"),
    ("p", "2.“柳江税韵”工业园区税企共建——国家税务总局柳州市城中区税务局党委"),
    ("p", "3.“北部湾税务蓝”跨境服务——国家税务总局北海市税务局第二税务分局党支部"),
    ("h2", "优秀党建品牌"),
    ("p", "1.“税路桂风”纳税人学堂——国家税务总局南宁市西乡塘区税务局党委"),
    ("p", "2.“山水税廉”清廉机关建设——国家税务总局桂林市税务局机关党委"),
    ("p", "3.“红棉税务”青年理论小组——国家税务总局南宁市江南区税务局党委"),
    ("p", "4.“税惠边关”边境口岸服务——国家税务总局凭祥市税务局党委"),
    ("p", "5.“数字税务”党员攻坚队——区局信息中心党支部"),
    ("small", "中共国家税务总局广西壮族自治区税务局委员会"),
    ("small", "2025年11月20日"),
    ("small", "（此件公开发布）"),
]

# ---------------------------------------------------------------- x1: .xlsx health commission sheet, tier rows merged across, 类别 column
X1_TITLE = "沈阳市第二届公立医院“杏林先锋”党建工作创新案例获奖名单"
X1_HEADER = ["序号", "案例名称", "申报单位", "案例类别"]
X1_SECTIONS = [
    ("一等奖（2个）", [
        ["1", "“党建+学科”双带头人培育工程", "沈阳市第一人民医院党委", "党建引领业务类"],
        ["2", "“浑河之畔”医联体党建联盟", "浑南区人民医院党委", "党建引领发展类"],
    ]),
    ("二等奖（3个）", [
        ["3", "“白衣先锋”党员责任区", "沈阳市妇幼保健院党委", "党建引领业务类"],
        ["4", "“红色处方”健康进社区", "沈河区中医医院党总支", "党建服务群众类"],
        ["5", "“清廉医院”建设五步工作法", "沈阳市胸科医院党委", "清廉建设类"],
    ]),
    ("三等奖（3个）", [
        ["6", "“流动党员诊室”下乡村", "新民市人民医院党委", "党建服务群众类"],
        ["7", "“支部建在科室上”", "和平区儿童医院党支部", "组织建设类"],
        ["8", "“康平杏林”乡村医生党员联络站", "康平县中心医院党委", "党建服务群众类"],
    ]),
]
X1_FOOT = ["制表：市卫生健康委直属机关党委", "备注：同一等次内按申报顺序排列。"]

# ---------------------------------------------------------------- p1: .pdf 两新工委 letter with a ruled table, 评定等次 column
P1_HEAD = [
    "中共海口市委两新组织工作委员会",
    "关于公布首届海口市“椰城红”两新组织党建创新案例的通知",
    "各区两新工委，市直各行业党委：",
    "根据年度工作安排，市委两新工委于2025年7月至10月开展了首届海口市“椰城红”两新组织党建创新案例征集评选，"
    "共收到案例63个。经评审，确定优秀案例4个、入围案例4个，现予公布。",
]
P1_HEADER = ["序号", "单位名称", "案例名称", "评定等次"]
P1_ROWS = [
    ["1", "海口椰风数字科技有限公司党支部", "“椰城红芯”党员技术攻关", "优秀案例"],
    ["2", "龙华区互联网企业联合党委", "“红色云端”楼宇党建", "优秀案例"],
    ["3", "美兰区律师行业党委", "“法润自贸港”公益法律服务", "优秀案例"],
    ["4", "秀英区港口物流行业党委", "“港城先锋”物流链党建", "优秀案例"],
    ["5", "琼山区社会组织综合党委", "“椰乡志愿”社会组织服务联盟", "入围案例"],
    ["6", "海南琼北建工集团有限公司党委", "“工地夜校”农民工党员教育", "入围案例"],
    ["7", "市餐饮行业协会党支部", "“骑楼老街”餐饮党建", "入围案例"],
    ["8", "海口江东新区商务楼宇党委", "“自贸红”楼宇服务站", "入围案例"],
]
P1_TAIL = ["中共海口市委两新组织工作委员会", "2025年11月10日", "（联系人：符晓丽，电话：0898-6872XXXX）"]


# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_d1(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind13"
    for kind, text in D1_PARAS:
        if kind == "h2":
            d.add_heading(text, level=2)
            continue
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind in ("title", "h"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(16 if kind == "title" else 14)
        elif kind == "small":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _save_zip(path, d.save)


def build_x1(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "获奖名单"
    width = len(X1_HEADER)
    ws.append([X1_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(X1_HEADER)
    for tier, rows in X1_SECTIONS:
        ws.append([tier])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=width)
        ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="left")
        for row in rows:
            ws.append(row)
    ws.append([])
    for line in X1_FOOT:
        ws.append([line])
    wb.properties.creator = "lists_blind13"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_p1(path: Path) -> None:
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind13.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    p.set_font("wqy", size=11)
    for i, text in enumerate(P1_HEAD):
        p.multi_cell(0, 7, text, align="C" if i < 2 else "L", new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
    p.ln(2)
    p.set_font("wqy", size=10)
    with p.table(col_widths=(12, 62, 72, 24), text_align="LEFT", first_row_as_headings=False) as table:
        for row in [P1_HEADER] + P1_ROWS:
            cells = table.row()
            for text in row:
                cells.cell(text)
    p.ln(4)
    p.set_font("wqy", size=11)
    for text in P1_TAIL:
        p.multi_cell(0, 7, text, align="R", new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "d1_guangxi_tax_docx_tier_headings_numbered_title_dash_unit.docx": build_d1,
    "x1_shenyang_health_xlsx_tier_rows_merged_category_column.xlsx": build_x1,
    "p1_haikou_two_new_pdf_ruled_table_grade_column.pdf": build_p1,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
