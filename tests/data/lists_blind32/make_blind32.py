"""Write the office-file documents of lists_blind32 (a .docx 通知, a .xlsx list, a .pdf notice with a ruled table) from the literals below.

    python3 tests/data/lists_blind32/make_blind32.py

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

# ---------------------------------------------------------------- d5: .docx 市委组织部 通知, bold tier headings, `N.“TITLE”（UNIT）`
D5_PARAS = [
    ("small", "柳组通〔2025〕31号"),
    ("title", "关于公布第五届柳州市党员积分制管理创新项目评选结果的通知"),
    ("p", "各县（区）委组织部，市直各工委，市直各单位党组织："),
    ("p", "为深化党员积分制管理，激发党员队伍活力，市委组织部于2025年4月至9月组织开展了第五届柳州市党员积分制管理"
          "创新项目评选。经基层申报、县区推荐、集中评审，共评出一等奖2项、二等奖3项、三等奖4项。现将评选结果公布如下："),
    ("h", "一等奖"),
    ("p", "1.“积分亮绩”推动柳钢党员岗位建功（柳北区委组织部）"),
    ("p", "2.“侗寨积分榜”激活村级组织（三江侗族自治县程阳八寨党委）"),
    ("h", "二等奖"),
    ("p", "1.“螺蛳粉产业党员积分”助农增收（柳南区太阳村镇党委）"),
    ("p", "2.学时学分制与积分制“双积分”管理（鹿寨县委党校党支部）"),
    ("p", "3、流动党员“网上积分”跟踪服务(融水苗族自治县委组织部)"),
    ("h", "三等奖"),
    ("p", "1.“楼栋积分”促进社区共建（城中区潭中街道党工委）"),
    ("p", "2.“积分+评星”党员分类管理（柳江区拉堡镇党委）"),
    ("p", "3.退休党员“银发积分”志愿服务（鱼峰区天马街道党工委）"),
    ("p", "4.“果园积分”助推柑橘产业（柳城县大埔镇党委）"),
    ("p", "希望受表彰单位珍惜荣誉，持续完善积分制管理办法；各级党组织要认真学习借鉴，推动党员教育管理工作提质增效。"),
    ("right", "中共柳州市委组织部"),
    ("right", "2025年10月16日"),
    ("small", "（此件公开发布）"),
]

# ---------------------------------------------------------------- x6: .xlsx one sheet, merged title, 市/县 columns, 等次 column, 注 row
X6_TITLE = "山西省2025年度党建引领城市基层治理“网格化”典型案例名单"
X6_HEADER = ["序号", "市", "县（市、区）", "申报单位", "案例名称", "等次"]
X6_ROWS = [
    ["1", "太原市", "小店区", "坞城街道党工委", "“网格+高校”共建共治共享", "示范案例"],
    ["2", "大同市", "平城区", "平城区新建南路街道党工委", "古城网格“一长四员”工作法", "示范案例"],
    ["3", "长治市", "潞州区", "英雄中路街道党工委", "“红色物业+网格积分”破解老旧小区治理难题", "示范案例"],
    ["4", "晋中市", "榆次区", "晋中市榆次区锦纶街道党工委", "网格化治理“吹哨报到”闭环机制", "示范案例"],
    ["5", "运城市", "盐湖区", "中城街道党工委", "“盐湖网格通”智慧平台", "优秀案例"],
    ["6", "临汾市", "尧都区", "尧都区鼓楼南街道党工委", "“楼长+网格员”联动服务", "优秀案例"],
    ["7", "吕梁市", "离石区", "滨河街道党工委", "网格党支部“四议两公开”议事", "优秀案例"],
    ["8", "忻州市", "忻府区", "新建路街道党工委", "“五色网格”分类管理", "优秀案例"],
    ["9", "晋城市", "泽州县", "泽州县南村镇党委", "城乡结合部“网格化+积分制”", "优秀案例"],
    ["10", "阳泉市", "城区", "阳泉市城区上站街道党工委", "“党员中心户”嵌入网格", "优秀案例"],
]
X6_NOTE = ["注：同一等次内按地市排列，排名不分先后。", "中共山西省委组织部 2025年12月"]

# ---------------------------------------------------------------- p7: .pdf 市委组织部 notice, ruled table 序号/单位/项目名称/等次
P7_HEAD = [
    ("red", "中共浏阳市委组织部"),
    ("small", "浏组发〔2024〕22号"),
    ("title", "关于第二届浏阳市“四议两公开”工作法创新实践项目评选结果的通报"),
    ("p", "各镇（街道）党（工）委，市直各党（工）委："),
    ("p", "为推动“四议两公开”工作法在村（社区）落地见效，市委组织部开展了第二届浏阳市“四议两公开”工作法创新实践项目"
          "评选。经镇街推荐、现场答辩和评审委员会评议，评出金奖2个、银奖3个、铜奖4个，结果如下："),
]
P7_WIDTHS = (14, 62, 84, 20)
P7_HEADER = ("序号", "单位", "项目名称", "等次")
P7_ROWS = [
    ("1", "集里街道金沙社区党委", "小区议事会“四议两公开”全流程上墙", "金奖"),
    ("2", "大瑶镇南阳村党总支", "花炮产业村“四议两公开”+村务监督委员会联审", "金奖"),
    ("3", "永安镇永安村党委", "村级工程项目“阳光议事”", "银奖"),
    ("4", "沙市镇秧田村党总支", "“屋场会”里议村事", "银奖"),
    ("5", "官渡镇竹联村党总支", "生态补偿资金“两公开”到户到人", "银奖"),
    ("6", "古港镇梅田湖村党总支", "“四议两公开”与积分制结合", "铜奖"),
    ("7", "社港镇周洛村党支部", "景区村集体收益分配“四议”", "铜奖"),
    ("8", "淮川街道北正社区党委", "老街改造“居民说事会”", "铜奖"),
    ("9", "关口街道龙鳞社区党委", "“网上党支部”公开栏", "铜奖"),
]
P7_TAIL = ["中共浏阳市委组织部", "2024年11月29日"]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_d5(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind32"
    for kind, text in D5_PARAS:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            run.bold = True
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "small":
            run.font.size = Pt(10)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _save_zip(path, d.save)


def build_x6(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([X6_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(X6_HEADER))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(X6_HEADER)
    for row in X6_ROWS:
        ws.append(row)
    ws.append([])
    for note in X6_NOTE:
        ws.append([note])
    for col, width in zip("ABCDEF", (6, 10, 12, 30, 44, 10)):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "lists_blind32"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_p7(path: Path) -> None:
    from fpdf import FPDF, FontFace
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind32.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    for kind, text in P7_HEAD:
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
        elif kind == "small":
            p.set_font("wqy", size=11)
            p.cell(0, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            p.set_font("wqy", size=11)
            p.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.set_font("wqy", size=10)
    with p.table(col_widths=P7_WIDTHS, width=sum(P7_WIDTHS), line_height=7, text_align="LEFT",
                 headings_style=FontFace(emphasis=None, fill_color=(225, 225, 225))) as table:
        for row in (P7_HEADER, *P7_ROWS):
            cells = table.row()
            for text in row:
                cells.cell(text)
    p.ln(4)
    p.set_font("wqy", size=11)
    for text in P7_TAIL:
        p.cell(0, 7, text, align="R", new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "d5_guangxi_liuzhou_docx_tier_headings_title_then_unit_in_parens.docx": build_d5,
    "x6_shanxi_xlsx_merged_title_city_county_columns_grade_column.xlsx": build_x6,
    "p7_hunan_liuyang_pdf_ruled_table_grey_header.pdf": build_p7,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
