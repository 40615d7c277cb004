"""Write the office-file documents of lists_blind23 (a .docx with one Word table per tier, a one-sheet .xlsx with a
等次 column, a text-layer .pdf notice) from the literals below.

    python3 tests/data/lists_blind23/make_blind23.py

Every document's words are invented and are literals here (constants D6_… for d6_…, X7_… for x7_…, P8_… for p8_…);
gold.tsv was typed by hand from them. Deterministic as lists_blind16/make_blind16.py, whose helpers are imported:
lists_office's OOXML writer `_save_zip` (fixed zip timestamps and core-property dates), the font and the fixed
creation date. Needs python-docx, openpyxl, fpdf2 and fonts-wqy-microhei. The .html and .txt documents are
hand-written.
"""
from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
_b16 = runpy.run_path(str(HERE.parent / "lists_blind16" / "make_blind16.py"))
_save_zip = _b16["_save_zip"]  # lists_office/make_office.py's writer, as imported by make_blind16.py
FONT = _b16["FONT"]
FIXED = _b16["FIXED"]

# ---------------------------------------------------------------- d6: .docx 市卫健委 通知, a tier heading then a table per tier
D6_PARAS = [
    ("small", "长卫健党发〔2024〕23号"),
    ("title", "关于公布第二届长春市公立医院党建品牌评选结果的通知"),
    ("p", "各县（市、区）卫生健康局，委直属各医疗卫生单位党组织："),
    ("p", "为深化公立医院党建工作，市卫生健康工委于2024年组织开展第二届长春市公立医院党建品牌评选活动。经单位申报、"
          "资格审查、专家评审和公示，共评出示范党建品牌4个、优秀党建品牌6个，现将名单公布如下。"),
]
D6_HEADER = ["序号", "单位名称", "品牌名称"]
D6_TIERS = {
    "一、示范党建品牌（4个）": [
        ["1", "长春市中心医院党委", "“网格化”病区党建"],
        ["2", "长春市朝阳区人民医院党总支", "“暖心朝阳”家庭医生党员团队"],
        ["3", "九台区中医院党总支", "“中医药红”健康服务"],
        ["4", "长春市妇女儿童医院党委", "“母婴守护”党员先锋岗"],
    ],
    "二、优秀党建品牌（6个）": [
        ["1", "长春市第二传染病医院党委", "“积分制”医德医风考评"],
        ["2", "德惠市人民医院党委", "“乡村医生网上党支部”"],
        ["3", "农安县中心医院党总支", "“黄龙红”健康驿站"],
        ["4", "榆树市妇幼保健院党支部", "“粮仓卫士”母婴健康服务"],
        ["5", "双阳区医院党总支", "“鹿乡白衣先锋”"],
        ["6", "公主岭市中心医院党委", "“岭上暖阳”医联体党建"],
    ],
}
D6_TAIL = ["中共长春市卫生健康工作委员会", "2024年11月15日", "（联系人：孙立新，电话：0431-8876 5432）"]

# ---------------------------------------------------------------- x7: .xlsx one sheet, title row, 等次 column; a 统计 sheet
X7_TITLE = "浦东新区第四届“楼宇党建”创新项目评选结果汇总表"
X7_HEADER = ["序号", "街镇", "单位名称", "项目名称", "等次"]
X7_ROWS = [
    ["1", "陆家嘴街道", "陆家嘴金融城楼宇联合党委", "“楼宇网格化”党群服务", "金奖"],
    ["2", "张江镇", "上海张江药谷生物科技有限公司党支部", "“药谷先锋”研发攻关", "金奖"],
    ["3", "外高桥保税区", "浦东新区外高桥保税区物流商会党委", "“关港红”物流党建", "银奖"],
    ["4", "金桥镇", "金桥经济技术开发区综合党委", "“积分制”园区志愿服务", "银奖"],
    ["5", "南汇新城镇", "上海临港海洋科技有限公司党支部", "“蓝色引擎”海洋科创党建", "银奖"],
    ["6", "花木街道", "花木街道社会组织服务中心党支部", "“社会组织红色孵化器”", "铜奖"],
    ["7", "塘桥街道", "浦东新区律师行业党委第三党支部", "“法律明白人”楼宇服务", "铜奖"],
    ["8", "洋泾街道", "洋泾街道新就业群体联合党委", "“网上党支部”骑手驿站", "铜奖"],
    ["9", "三林镇", "上海三林刺绣非遗工作室党支部", "“指尖上的红色传承”", "铜奖"],
    ["10", "川沙新镇", "川沙新镇民宿协会党支部", "“古镇红”民宿联盟", "铜奖"],
]
X7_NOTE = ["制表：中共上海市浦东新区两新组织工作委员会　2025年12月"]
X7_STATS = [["等次", "数量"], ["金奖", "2"], ["银奖", "3"], ["铜奖", "5"], ["合计", "10"]]

# ---------------------------------------------------------------- p8: .pdf 市委组织部 notice, tier headings, `N.UNIT：TITLE`
P8_LINES = [
    ("red", "中共三亚市委组织部"),
    ("small", "三组通〔2025〕58号"),
    ("title", "关于公布三亚市第三届“椰风先锋”基层党建创新案例的通知"),
    ("p", "各区委组织部，育才生态区党工委，市直各单位党组织："),
    ("p", "根据《关于开展三亚市第三届“椰风先锋”基层党建创新案例征集活动的通知》安排，经推荐申报、专家评审和市委组织部"
          "部务会研究，评出一等奖2个、二等奖4个、三等奖3个，现予公布。"),
    ("h", "一、一等奖（2个）"),
    ("p", "1.吉阳区月川社区党委：“椰风网格”网格化社区治理"),
    ("p", "2.崖州区南繁科技城综合党委：“南繁先锋”科研党建"),
    ("h", "二、二等奖（4个）"),
    ("p", "1.天涯区三亚湾社区党委：“海湾红”旅游服务"),
    ("p", "2.海棠区林旺社区党委：“免税城红色驿站”"),
    ("p", "3.三亚市旅游文化发展集团有限公司党委：“旅游+党建”积分制服务品牌让一线员工在服务游客中争当先锋模范"),
    ("p", "4.市自然资源和规划局机关党委：“学时学分制”党员学习积分管理"),
    ("h", "三、三等奖（3个）"),
    ("p", "1.育才生态区党工委：“黎村红”村务监督委员会"),
    ("p", "2.崖州区崖城镇水南村党支部：“公推直选”村干部"),
    ("p", "3.三亚鹿回头职业学院党委：“海洋红”学生党建"),
    ("p", "希望受表扬的单位珍惜荣誉，各级党组织对标学习，推动全市基层党建工作整体提升。"),
    ("small", "中共三亚市委组织部"),
    ("small", "2025年10月30日"),
]

def build_d6(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind23"
    for kind, text in D6_PARAS:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "small":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for heading, rows in D6_TIERS.items():
        d.add_paragraph().add_run(heading).bold = True
        table = d.add_table(rows=1 + len(rows), cols=len(D6_HEADER))
        table.style = "Table Grid"
        for r, row in enumerate([D6_HEADER, *rows]):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    for text in D6_TAIL:
        d.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _save_zip(path, d.save)


def build_x7(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "获奖名单"
    ws.append([X7_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(X7_HEADER))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(X7_HEADER)
    for row in X7_ROWS:
        ws.append(row)
    ws.append([])
    ws.append(X7_NOTE)
    for col, width in zip("ABCDE", (6, 14, 40, 30, 8)):
        ws.column_dimensions[col].width = width
    stats = wb.create_sheet("统计")
    for row in X7_STATS:
        stats.append(row)
    wb.properties.creator = "lists_blind23"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_p8(path: Path) -> None:
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind23.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    for kind, text in P8_LINES:
        if kind == "red":
            p.set_text_color(190, 30, 30)
            p.set_font("wqy", size=20)
            p.cell(0, 14, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.set_draw_color(190, 30, 30)
            p.line(15, p.get_y() + 1, p.w - 15, p.get_y() + 1)
            p.set_text_color(30, 30, 30)
            p.ln(4)
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
    "d6_jilin_changchun_health_docx_tier_heading_then_table.docx": build_d6,
    "x7_shanghai_pudong_xlsx_title_row_grade_column.xlsx": build_x7,
    "p8_hainan_sanya_pdf_tier_headings_numbered_unit_colon_title.pdf": build_p8,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
