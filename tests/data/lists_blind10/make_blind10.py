"""Write the office-file documents of lists_blind10 (.docx, .xlsx and a text-layer .pdf) from the literal text below.

    python3 tests/data/lists_blind10/make_blind10.py

Every document's words are invented and are literals in this file (constants F1_… for f1_…, F4_… for f4_…,
F5_… for f5_…); the gold in gold.tsv was typed by hand from them. Deterministic: zip members get a fixed timestamp
and docProps fixed dates (lists_office's OOXML writer `_save_zip`); the PDF a fixed creation date. Needs
python-docx, openpyxl, fpdf2 and Debian's fonts-wqy-microhei. The .csv, .html and .txt documents of this folder
are hand-written files.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- f1: .docx honour list, county headings with counts, units only
F1_PARAS = [
    ("small", "信阳市委文件　信发〔2025〕17号"),
    ("title", "中共信阳市委关于表彰全市先进基层党组织的决定"),
    ("p", "各县区党委，市委各部委，市直各单位党组（党委）："),
    ("p", "在庆祝中国共产党成立104周年之际，为树立先进典型，激励全市各级党组织担当作为，经各县区党委推荐、"
          "市委组织部审核并公示，市委决定，授予光山县弦山街道紫水社区党委等12个党组织“信阳市先进基层党组织”称号。"),
    ("p", "希望受表彰的党组织珍惜荣誉、再接再厉。全市各级党组织要以先进为榜样，推动基层党建工作全面进步、全面过硬。"),
    ("p", "附件：信阳市先进基层党组织名单"),
    ("h", "光山县（4个）"),
    ("p", "光山县弦山街道紫水社区党委"),
    ("p", "泼陂河镇黄涂湾村党支部"),
    ("p", "光山县人民医院党委"),
    ("p", "槐店乡晏岗村党总支"),
    ("h", "新县（3个）"),
    ("p", "新县箭厂河乡郭家河村党支部"),
    ("p", "八里畈镇丁李湾村党支部"),
    ("p", "新县大别山干部学院机关党支部"),
    ("h", "商城县（3个）"),
    ("p", "鄢岗镇新庙村党总支"),
    ("p", "商城县赤城街道龙井社区党委"),
    ("p", "商城县茶产业发展服务中心党支部"),
    ("h", "浉河区（2个）"),
    ("p", "浉河区五星街道新华社区党委"),
    ("p", "董家河镇睡仙桥村党支部"),
    ("small", "中共信阳市委"),
    ("small", "2025年6月27日"),
    ("small", "（此件公开发布）"),
]

# ---------------------------------------------------------------- f4: .xlsx, merged title row 1, header on row 2, grades A级/B级
F4_TITLE = "2025年度安徽省国有企业党建创新案例评定结果"
F4_HEADER = ["地区", "单位", "案例名称", "等级"]
F4_ROWS = [
    ["合肥市", "合肥滨湖明珠水务集团有限公司党委", "“清水先锋”党员攻坚", "A级"],
    ["合肥市", "安徽庐州智能装备股份有限公司党委", "“链上党建”赋能产业链协同", "A级"],
    ["芜湖市", "皖江新材料股份有限公司党委", "“红色引擎”驱动技改创新", "A级"],
    ["蚌埠市", "蚌埠市城市投资控股集团有限公司党委", "“珠城管家”党建引领老旧小区改造", "B级"],
    ["安庆市", "安庆宜城港务集团有限公司党委", "“港口红帆”服务长江航运", "B级"],
    ["黄山市", "黄山市徽州区文旅发展有限公司党支部", "“徽韵先锋”助力古村保护", "B级"],
    ["阜阳市", "颍淮粮食储备集团有限公司党委", "“粮安红哨”守护仓廪", "B级"],
    ["阜阳市", "阜阳市颍州区城乡供水有限公司党支部", "“一滴水”民生服务", "B级"],
]
F4_FOOT = ["注：A级为示范案例，B级为优秀案例；同一等级内按地区排序。", "安徽省国资委党委办公室　2025年11月"]

# ---------------------------------------------------------------- f5: .pdf ruled table 序号 | 案例名称 | 报送单位, last row 合计
F5_HEAD = [
    "宁波市“甬上先锋”社区党建优秀案例名单",
    "经各区（县、市）推荐、专家评审和社会公示，确定以下10个案例为2025年宁波市“甬上先锋”社区党建优秀案例。",
]
F5_HEADER = ["序号", "案例名称", "报送单位"]
F5_ROWS = [
    ["1", "“三江口”睦邻议事厅", "海曙区鼓楼街道孝闻社区党委"],
    ["2", "“老外滩”楼宇社区党建联盟", "江北区白沙街道桃渡社区党委"],
    ["3", "“港城新市民”融入计划", "北仑区新碶街道大港社区党委"],
    ["4", "“甬江红”志愿服务积分", "镇海区招宝山街道城河社区党委"],
    ["5", "“一米菜园”共建共享", "鄞州区中河街道锦苑社区党委"],
    ["6", "“弥勒故里”邻里互助", "奉化区岳林街道东门社区党委"],
    ["7", "“舜江红管家”物业联动", "余姚市凤山街道江南社区党委"],
    ["8", "“青瓷匠心”社区工坊", "慈溪市浒山街道新江社区党委"],
    ["9", "“渔港红心”网格治理", "象山县石浦镇延昌社区党委"],
    ["10", "“徐霞客开游节”文明实践", "宁海县跃龙街道东方社区党委"],
]
F5_TOTAL = "合计：10个"
F5_TAIL = ["中共宁波市委组织部", "2025年9月18日"]


# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_f1(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind10"
    for kind, text in F1_PARAS:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(16)
        elif kind == "h":
            run.bold = True
        elif kind == "small":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _save_zip(path, d.save)


def build_f4(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "评定结果"
    ws.append([F4_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(F4_HEADER))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(F4_HEADER)
    for row in F4_ROWS:
        ws.append(row)
    ws.append([])
    for line in F4_FOOT:
        ws.append([line])
    wb.properties.creator = "lists_blind10"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_f5(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind10.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    p.set_font("wqy", size=15)
    p.multi_cell(0, 10, F5_HEAD[0], align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.set_font("wqy", size=12)
    for line in F5_HEAD[1:]:
        p.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    with p.table(col_widths=(16, 86, 82), line_height=9, text_align=("CENTER", "LEFT", "LEFT"),
                 headings_style=FontFace(emphasis="", fill_color=(230, 230, 230))) as table:
        for row in [F5_HEADER] + F5_ROWS:
            r = table.row()
            for cell in row:
                r.cell(cell)
        table.row().cell(F5_TOTAL, colspan=3)
    p.ln(8)
    for line in F5_TAIL:
        p.cell(0, 8, line, align="R", new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "f1_xinyang_county_headings_units.docx": build_f1,
    "f4_anhui_header_row2_grades.xlsx": build_f4,
    "f5_ningbo_title_before_unit_total.pdf": build_f5,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
