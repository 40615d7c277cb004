"""Write the office-file documents of lists_blind37 (a .docx 公示 with its attachment table, an .xlsx 擂台赛 score sheet,
a .pdf 先锋村 notice with a wrapped entry) from the literals below.

    python3 tests/data/lists_blind37/make_blind37.py

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

# ---------------------------------------------------------------- d5: .docx 公示 of 阜平县, attachment as a Word table
D5_PARAS = [
    ("title", "关于阜平县首届“红色堡垒”示范村党组织评选结果的公示"),
    ("p", "各乡镇党委："),
    ("p", "按照《阜平县“红色堡垒”示范村党组织创建方案》要求，经乡镇推荐、实地查看、综合评议，县委组织部研究确定"
          "“红色堡垒”示范村党组织3个、培育村党组织5个，现将名单予以公示（见附件）。公示时间：2023年7月10日—7月16日。"),
    ("p", "监督电话：0312-7200000（县委组织部组织股）"),
    ("right", "中共阜平县委组织部"),
    ("right", "2023年7月10日"),
    ("p", "附件"),
    ("title", "阜平县首届“红色堡垒”示范村党组织名单"),
]
D5_HEADER = ["序号", "乡镇", "村党组织", "特色做法", "类别"]
D5_ROWS = [
    ["1", "龙泉关镇", "骆驼湾村党支部", "“四议两公开”议事厅", "示范村"],
    ["2", "城南庄镇", "井沟村党支部", "民宿产业“党员示范户”", "示范村"],
    ["3", "阜平镇", "大元村党支部", "网格化“邻里守望”", "示范村"],
    ["4", "平阳镇", "各老村党支部", "“积分制”乡村治理", "培育村"],
    ["5", "天生桥镇", "朱家营村党支部", "村务监督委员会“三账公开”", "培育村"],
    ["6", "北果园镇", "北果园村党支部", "食用菌大棚党员责任区", "培育村"],
    ["7", "史家寨乡", "凹里村党支部", "“党员中心户”联系群众", "培育村"],
    ["8", "王林口镇", "马坊村党支部", "红色教育“村史馆”", "培育村"],
]
D5_TAIL = ["（注：排名不分先后）"]

# ---------------------------------------------------------------- x6: .xlsx 威县擂台赛 score sheet, one sheet, 等次 column
X6_TITLE = "威县第三届村党组织书记抓党建促乡村振兴擂台赛成绩汇总表"
X6_SUB = ["填报单位：中共威县县委组织部", "", "", "", "", "2025年10月22日"]
X6_HEADER = ["序号", "乡镇", "村党组织", "书记", "项目名称", "得分", "等次"]
X6_ROWS = [
    [1, "七级镇", "南七级村党支部", "刘建国", "“网上党支部”凝聚流动党员", 95.6, "一等奖"],
    [2, "洺州镇", "东街村党支部", "张雪梅", "梨果产业“党建+合作社”", 94.8, "一等奖"],
    [3, "梨园屯镇", "梨园屯村党支部", "王志刚", "“积分制”管理美丽庭院", 93.2, "二等奖"],
    [4, "方家营镇", "方家营村党支部", "李红霞", "网格化“十户一长”", 92.7, "二等奖"],
    [5, "赵村镇", "赵村党支部", "赵永强", "“四议两公开”管好集体资产", 92.1, "二等奖"],
    [6, "贺营镇", "贺营村党支部", "孙立新", "“党员中心户”帮带脱贫户", 90.9, "三等奖"],
    [7, "常屯乡", "常屯村党支部", "陈桂兰", "村务监督委员会“小微权力清单”", 90.4, "三等奖"],
    [8, "章台镇", "章台村党支部", "马振华", "棉花收储党员先锋岗", 89.8, "三等奖"],
    [9, "高公庄乡", "高公庄村党支部", "高建军", "“村规民约”积分兑换", 89.5, "三等奖"],
    [10, "固献乡", "固献村党支部", "周海涛", "“党代会常任制”村级延伸", 89.1, "三等奖"],
]
X6_NOTE = ["注：1.得分为评委打分去掉最高分、最低分后的平均分；2.得分相同的按现场答辩得分排序。"]

# ---------------------------------------------------------------- p7: .pdf 海伦市 先锋村 notice, tier headings, one wrapped entry
P7_LINES = [
    ("red", "中共海伦市委组织部"),
    ("small", "海组通〔2022〕29号"),
    ("title", "关于命名2022年度海伦市“黑土先锋”村党组织的通知"),
    ("p", "各乡（镇）党委，市直各党（工）委："),
    ("p", "为深入推进抓党建促乡村振兴，经乡镇推荐、市级考核，市委组织部决定命名伦河镇富强村党支部等9个村党组织为2022年度"
          "海伦市“黑土先锋”村党组织，其中标杆村4个、先锋村5个。"),
    ("h", "（一）标杆村"),
    ("p", "1.伦河镇富强村党支部——“党员中心户”联系包保"),
    ("p", "2.海北镇红光村党支部——大豆产业“支部+合作社+基地”"),
    ("p", "3.共合镇新立村党支部——“学时学分制”抓党员教育"),
    ("p", "4.东林乡东林村党支部——网格化“三级包联”"),
    ("h", "（二）先锋村"),
    ("p", "5.扎音河乡丰山村党支部——“积分制”推动人居环境整治"),
    ("p", "6.长发镇长发村党支部——村务监督委员会“明白墙”"),
    ("p", "7.前进镇新华村党支部——“公推直选”选优配强村“两委”班子，选出致富带头人，推动村集体经济收入连续三年增长"),
    ("p", "8.百祥镇百祥村党支部——“四议两公开”议事规则"),
    ("p", "9.永和乡永和村党支部——寒地黑土“党员示范田”"),
    ("p", "各受命名村党组织要珍惜荣誉，市委组织部将实行年度复核、动态管理。"),
    ("small", "中共海伦市委组织部"),
    ("small", "2022年12月20日"),
]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_d5(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind37"
    for kind, text in D5_PARAS:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(15)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    table = d.add_table(rows=1 + len(D5_ROWS), cols=len(D5_HEADER))
    table.style = "Table Grid"
    for r, row in enumerate([D5_HEADER, *D5_ROWS]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for text in D5_TAIL:
        d.add_paragraph(text)
    _save_zip(path, d.save)


def build_x6(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append([X6_TITLE])
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(X6_SUB)
    ws.append(X6_HEADER)
    for row in X6_ROWS:
        ws.append(row)
    ws.append([])
    ws.append(X6_NOTE)
    wb.properties.creator = "lists_blind37"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_p7(path: Path) -> None:
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind37.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    for kind, text in P7_LINES:
        if kind == "red":
            p.set_text_color(190, 30, 30)
            p.set_font("wqy", size=20)
            p.cell(0, 14, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.set_text_color(30, 30, 30)
        elif kind == "title":
            p.set_font("wqy", size=14)
            p.ln(3)
            p.multi_cell(0, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.ln(3)
        elif kind == "h":
            p.set_font("wqy", size=12)
            p.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            p.set_font("wqy", size=11)
            p.cell(0, 7, text, align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            p.set_font("wqy", size=11)
            p.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "d5_hebei_fuping_docx_gongshi_attachment_table_category_column.docx": build_d5,
    "x6_hebei_weixian_xlsx_leitai_score_sheet_grade_column.xlsx": build_x6,
    "p7_heilongjiang_hailun_pdf_tier_headings_dash_title_wrapped.pdf": build_p7,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
