"""Write the office-file documents of lists_blind11 (.docx, .xlsx and a text-layer .pdf) from the literal text below.

    python3 tests/data/lists_blind11/make_blind11.py

Every document's words are invented and are literals in this file (constants G6_… for g6_…, G7_… for g7_…,
G8_… for g8_…); the gold in gold.tsv was typed by hand from them. Deterministic: zip members get a fixed timestamp
and docProps fixed dates (lists_office's OOXML writer `_save_zip`); the PDF a fixed creation date. Needs
python-docx, openpyxl, fpdf2 and Debian's fonts-wqy-microhei. The .html and .txt documents of this folder are
hand-written files.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- g6: .docx 通知 of a provincial education work committee;
# two tier headings, each followed by a Word table 序号 | 学校 | 党组织 | 品牌名称 (school and party unit in separate cells)
G6_HEAD = [
    ("small", "黔教工委通〔2025〕21号"),
    ("title", "中共贵州省委教育工委关于公布全省高校“一院一品”党建品牌建设项目名单的通知"),
    ("p", "各普通高等学校党委："),
    ("p", "根据《全省高校“一院一品”党建品牌创建工作方案》，经学校推荐、材料评审和答辩评议，省委教育工委确定"
          "示范项目4个、培育项目5个，现予公布。各高校党委要加强对建设项目的指导，保障建设经费，建设周期为两年。"),
    ("p", "附件：全省高校“一院一品”党建品牌建设项目名单"),
    ("title", "全省高校“一院一品”党建品牌建设项目名单"),
]
G6_HEADER = ["序号", "学校", "党组织", "品牌名称"]
G6_TIERS = [
    ("一、示范项目（4个）", [
        ["1", "贵州大学", "计算机科学与技术学院党委", "“黔数先锋”赋能大数据人才培养"],
        ["2", "遵义医科大学", "附属医院内科第一党支部", "“长征医者”巡回医疗"],
        ["3", "贵州师范大学", "地理与环境科学学院党委", "“喀斯特”生态育人"],
        ["4", "贵州民族大学", "民族文化学院党总支", "“多彩民族”文化铸魂"],
    ]),
    ("二、培育项目（5个）", [
        ["1", "贵阳学院", "食品与制药工程学院党总支", "“黔茶红”服务茶产业"],
        ["2", "铜仁学院", "农林工程与规划学院党总支", "“梵净红”科技小院"],
        ["3", "六盘水师范学院", "矿业与土木工程学院学生党支部", "“凉都先锋”实践育人"],
        ["4", "贵州财经大学", "会计学院教工党支部", "“红色账本”廉洁教育"],
        ["5", "黔南民族师范学院", "教育科学学院党总支", "“乡村教师”成长共同体"],
    ]),
]
G6_TAIL = [("small", "中共贵州省委教育工委"), ("small", "2025年10月16日")]

# ---------------------------------------------------------------- g7: .xlsx, title row 1, blank row 2, header row 3,
# 企业名称 merged down over its rows, star ratings 五星级/四星级, note rows below
G7_TITLE = "2025年度省属企业基层党建品牌认定结果"
G7_HEADER = ["序号", "企业名称", "党组织名称", "品牌名称", "星级"]
G7_ROWS = [
    ["1", "河北冀通交通投资集团有限公司", "冀通交投石家庄绕城高速管理处党委", "“畅行先锋”路域共建", "五星级"],
    ["2", None, "冀通交投曹妃甸港口物流公司党支部", "“港城红帆”服务港口物流", "四星级"],
    ["3", "河北燕赵钢铁集团有限公司", "燕赵钢铁集团迁安钢铁公司炼钢厂党委", "“钢花向党”攻坚降本", "五星级"],
    ["4", None, "燕赵钢铁集团遵化矿业公司党委", "“绿色矿山”党员责任区", "四星级"],
    ["5", "河北冀中粮油集团有限公司", "冀中粮油集团正定粮食储备库党支部", "“红色粮仓”守护粮食安全", "五星级"],
    ["6", "河北省旅游投资集团有限公司", "河北省旅游投资集团有限公司机关第二党支部", "“燕赵游·党旗红”服务品牌", "四星级"],
    ["7", "河北冀水水务集团有限公司", "冀水水务集团石家庄供水分公司党委", "“一滴水先锋”保供服务", "五星级"],
    ["8", None, "冀水水务集团保定分公司党支部", "“水润保定”民生工程", "四星级"],
    ["9", "河北省国有资产控股运营有限公司", "河北省国有资产控股运营有限公司党委", "“资本党建”赋能国企改革", "四星级"],
]
G7_FOOT = ["说明：1.五星级品牌由省国资委党委授牌，四星级品牌由企业党委授牌；2.按企业排序。",
           "河北省国资委党委组织部（党建工作处）　　2025年12月1日"]

# ---------------------------------------------------------------- g8: .pdf 决定 attachment over two pages; tier headings
# with counts, entries `N．UNIT　《TITLE》` (full-width space), page numbers `— 1 —`
G8_PAGE1 = [
    ("title", "中共兰州市委组织部"),
    ("title", "关于第三届兰州市“金城先锋”城市基层党建创新案例评选结果的通报"),
    ("p", "各县区委组织部，兰州新区党工委组织部，市直各党（工）委："),
    ("p", "为推动城市基层党建提质增效，市委组织部组织开展了第三届兰州市“金城先锋”城市基层党建创新案例评选。"
          "经申报推荐、初审复审和实地核验，评出一等奖2个、二等奖4个、三等奖5个。现将评选结果通报如下。"),
    ("h", "一等奖（2个）"),
    ("e", "1．城关区张掖路街道党工委　《“百年老街”商居共治》"),
    ("e", "2．七里河区西湖街道党工委　《“黄河之滨”党建联盟》"),
    ("h", "二等奖（4个）"),
    ("e", "1．安宁区培黎街道党工委　《“高校+社区”共建共享》"),
    ("e", "2．西固区西固城街道福利路社区党委　《“石化红”驻区单位联动》"),
    ("e", "3．兰州新区秦川园区综合党委　《“园区红管家”服务企业》"),
    ("e", "4．红古区海石湾镇党委　《“老矿区”焕发新活力》"),
]
G8_PAGE2 = [
    ("h", "三等奖（5个）"),
    ("e", "1．城关区雁南街道党工委　《“雁滩网格”精细治理》"),
    ("e", "2．永登县城关镇党委　《“丝路红驿”服务新就业群体》"),
    ("e", "3．榆中县城关镇栖云社区党委　《“栖云红”老年助餐》"),
    ("e", "4．兰州市公共交通集团有限公司党委　《“红色公交”流动课堂》"),
    ("e", "5．皋兰县石洞镇党委　《“梨园红”产城融合》"),
    ("p", "希望获奖单位发挥示范引领作用，各县区、各单位要学习借鉴优秀经验，推动城市基层党建工作整体提升。"),
    ("r", "中共兰州市委组织部"),
    ("r", "2025年11月6日"),
]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def _para(d, kind, text):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
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


def build_g6(path: Path) -> None:
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind11"
    for kind, text in G6_HEAD:
        _para(d, kind, text)
    for heading, rows in G6_TIERS:
        _para(d, "h", heading)
        table = d.add_table(rows=1, cols=len(G6_HEADER))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, G6_HEADER):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
    for kind, text in G6_TAIL:
        _para(d, kind, text)
    _save_zip(path, d.save)


def build_g7(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "认定结果"
    ws.append([G7_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(G7_HEADER))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([])
    ws.append(G7_HEADER)
    first = None
    for row in G7_ROWS:
        ws.append(row)
        r = ws.max_row
        if row[1] is not None:
            first = r
        elif first is not None:
            ws.merge_cells(start_row=first, start_column=2, end_row=r, end_column=2)
            ws.cell(first, 2).alignment = Alignment(vertical="center")
    ws.append([])
    for line in G7_FOOT:
        ws.append([line])
    wb.properties.creator = "lists_blind11"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def _pdf_lines(p, lines):
    for kind, text in lines:
        if kind == "title":
            p.set_font("wqy", size=15)
            p.multi_cell(0, 10, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            p.set_font("wqy", size=13)
            p.ln(2)
            p.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "r":
            p.set_font("wqy", size=12)
            p.cell(0, 8, text, align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            p.set_font("wqy", size=12)
            p.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")


def _page_number(p, n):
    p.set_font("wqy", size=11)
    p.set_xy(10, 280)
    p.cell(0, 8, f"— {n} —", align="C")


def build_g8(path: Path) -> None:
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind11.py")
    p.set_auto_page_break(False)
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    _pdf_lines(p, G8_PAGE1)
    _page_number(p, 1)
    p.add_page()
    _pdf_lines(p, G8_PAGE2)
    _page_number(p, 2)
    p.output(str(path))


BUILDERS = {
    "g6_guizhou_docx_tier_headings_tables_school_cell.docx": build_g6,
    "g7_hebei_xlsx_merged_company_star_ratings.xlsx": build_g7,
    "g8_lanzhou_pdf_two_pages_unit_space_book_title.pdf": build_g8,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
