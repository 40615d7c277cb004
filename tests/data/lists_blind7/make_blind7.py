"""Write the office-file documents of lists_blind7 (.pdf, .docx, .xlsx) from the literal text below.

    python3 tests/data/lists_blind7/make_blind7.py

Every document's words are invented and are literals in this file (constants G1_…, G3_…, G6_… for the
files g1_…, g3_…, g6_…); the gold in gold.tsv was typed by hand from them. Deterministic: zip members get a
fixed timestamp and docProps fixed dates (lists_office's OOXML writer `_save_zip`); the PDF a fixed creation
date. Needs python-docx, openpyxl, fpdf2 and Debian's fonts-wqy-microhei. The .html and .txt documents of this
folder are hand-written files.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- g1: .pdf in two text columns, tier headings, `N. UNIT：TITLE`
G1_RUNNING = "孝感组工　第2期"
G1_TITLE = "孝感市第二届“孝善党建”创新案例评选结果"
G1_LEAD = ("2024年8月至12月，市委组织部组织开展第二届孝感市“孝善党建”创新案例评选。经县（市、区）推荐、"
           "专家评审和部务会研究，评出一等奖3个、二等奖4个、三等奖4个，名单如下：")
G1_LEFT = [
    "一等奖",
    "1. 孝南区书院街道党工委：“孝子祠”议事堂",
    "2. 汉川市马口镇党委：“纺织小镇”党建联盟",
    "3. 应城市城中街道党工委：“汤池温泉”红色驿站",
    "二等奖",
    "1. 安陆市府城街道党工委：“银杏红”志愿服务",
    "2. 云梦县城关镇党委：“睡虎地”文化党建",
]
G1_RIGHT = [
    "3. 大悟县宣化店镇党委：“红色宣化”讲解队",
    "4. 孝昌县花园镇党委：“花园红”民宿联盟",
    "三等奖",
    "1. 孝感市中心医院党委：“白衣先锋”进乡村",
    "2. 孝南区新铺镇党委：“新铺藕塘”产业党建",
    "3. 汉川市仙女山街道党工委：“汉绣工坊”",
    "4. 孝感高新区党工委：“光电先锋”岗",
]
G1_TAIL = ["中共孝感市委组织部", "2025年1月8日"]
G1_HEADINGS = {"一等奖", "二等奖", "三等奖"}

# ---------------------------------------------------------------- g3: .docx, two-row merged header, county column merged down
G3_HEAD = [
    ("title", "洛阳市第三届“河洛先锋”乡村振兴党建项目评审结果"),
    ("p", "2025年3月至6月，市委组织部、市委农办联合开展第三届“河洛先锋”乡村振兴党建项目评审。经县级推荐、"
          "市级评审和公示，共确定获奖项目9个，现将评审结果公布如下。"),
]
G3_HEADER = [  # two header rows; None = covered by the merge of the cell to its left or above
    ["序号", "县（市、区）", "申报单位", "项目", None, "评审结果"],
    [None, None, None, "名称", "类别", None],
]
G3_ROWS = [  # (county, rows); the county cell is merged down over its rows
    ("新安县", [
        ["1", "新安县铁门镇党委", "“千唐志斋”红色研学", "文化振兴类", "一等奖"],
        ["2", "仓头镇孙都村党支部", "“樱桃沟”共富工坊", "产业振兴类", "二等奖"],
    ]),
    ("栾川县", [
        ["3", "栾川县重渡沟管委会党委", "“农家宾馆”党员示范户", "产业振兴类", "一等奖"],
        ["4", "庙子镇庄子村党支部", "“乡村旅游+党建”三治融合", "组织振兴类", "三等奖"],
        ["5", "三川镇党委", "“钼都矿工”党员服务队", "人才振兴类", "二等奖"],
    ]),
    ("嵩县", [
        ["6", "嵩县白河镇党委", "“白云山下”生态护林", "生态振兴类", "二等奖"],
    ]),
    ("宜阳县", [
        ["7", "宜阳县香鹿山镇党委", "“花果山”党员红色联盟", "组织振兴类", "三等奖"],
        ["8", "锦屏镇灵山村党支部", "“灵山寺前”文明实践", "文化振兴类", "三等奖"],
    ]),
    ("伊川县", [
        ["9", "伊川县鸣皋镇党委", "“书院文化”育新风", "文化振兴类", "二等奖"],
    ]),
]
G3_TAIL = [
    ("right", "中共洛阳市委组织部　中共洛阳市委农村工作领导小组办公室"),
    ("right", "2025年7月3日"),
]

# ---------------------------------------------------------------- g6: .xlsx, two tier tables on one sheet
G6_TITLE = "临沂市第五届“沂蒙红”两新组织党建品牌评选结果"
G6_HEADER = ["序号", "单位名称", "品牌名称", "所属县区"]
G6_TABLES = [
    ("一等奖（3个）", [
        ["1", "临沂商城党建联盟党委", "“商城红链”助商惠企", "兰山区"],
        ["2", "沂南县朱家林田园综合体党支部", "“田园党建”共富路", "沂南县"],
        ["3", "鲁南智造机械有限公司党委", "“智造先锋”攻坚队", "河东区"],
    ]),
    ("二等奖（4个）", [
        ["1", "罗庄区陶瓷产业协会党支部", "“陶都匠心”党员工作室", "罗庄区"],
        ["2", "费县木业产业联合党委", "“板材之乡”党员联户", "费县"],
        ["3", "蒙山旅游发展有限公司党支部", "“蒙山红导”讲解队", "蒙阴县"],
        ["4", "临沭县柳编协会党支部", "“柳编党员”带富工坊", "临沭县"],
    ]),
]
G6_NOTE = "中共临沂市委两新工委　2025年8月12日"


# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_g1(path: Path) -> None:
    from fpdf import FPDF

    class Paged(FPDF):
        def header(self):
            self.set_font("wqy", size=8)
            self.cell(0, 6, G1_RUNNING, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-15)
            self.set_font("wqy", size=8)
            self.cell(0, 8, f"第 {self.page_no()} 页", align="C")

    p = Paged()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind7.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.set_margins(15, 15, 15)
    p.add_page()
    p.set_font("wqy", size=15)
    p.multi_cell(0, 10, G1_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("wqy", size=10.5)
    p.multi_cell(0, 7, G1_LEAD, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    col_w = (p.w - 30 - 10) / 2  # two columns with a 10 mm gutter
    top = p.get_y()
    for x, lines in ((15, G1_LEFT), (15 + col_w + 10, G1_RIGHT)):
        p.set_y(top)
        for line in lines:
            p.set_font("wqy", size=11 if line in G1_HEADINGS else 10)
            if p.get_string_width(line) > col_w:
                raise ValueError(f"g1 line wider than its column: {line}")
            p.set_x(x)
            p.cell(col_w, 7, line, new_x="LEFT", new_y="NEXT")
    p.set_y(top + 7 * max(len(G1_LEFT), len(G1_RIGHT)) + 8)
    p.set_font("wqy", size=10.5)
    for line in G1_TAIL:
        p.cell(0, 7, line, align="R", new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


def build_g3(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind7"

    def paras(items):
        for kind, text in items:
            p = d.add_paragraph()
            run = p.add_run(text)
            if kind == "title":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run.bold = True
            elif kind == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    paras(G3_HEAD)
    n_rows = 2 + sum(len(rows) for _, rows in G3_ROWS)
    t = d.add_table(rows=n_rows, cols=6)
    t.style = "Table Grid"
    for r, row in enumerate(G3_HEADER):
        for c, text in enumerate(row):
            if text is not None:
                t.cell(r, c).text = text
    for c in (0, 1, 2, 5):
        t.cell(0, c).merge(t.cell(1, c))
    t.cell(0, 3).merge(t.cell(0, 4))
    r = 2
    for county, rows in G3_ROWS:
        t.cell(r, 1).text = county
        for row in rows:
            no, unit, name, kind, result = row
            for c, text in ((0, no), (2, unit), (3, name), (4, kind), (5, result)):
                t.cell(r + rows.index(row), c).text = text
        if len(rows) > 1:
            t.cell(r, 1).merge(t.cell(r + len(rows) - 1, 1))
        r += len(rows)
    paras(G3_TAIL)
    _save_zip(path, d.save)


def build_g6(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "获奖名单"
    ws.append([G6_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(G6_HEADER))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    for i, (label, rows) in enumerate(G6_TABLES):
        if i:
            ws.append([])
        ws.append([label])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(G6_HEADER))
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.append(G6_HEADER)
        for row in rows:
            ws.append([int(row[0])] + row[1:])
    ws.append([])
    ws.append([G6_NOTE])
    wb.properties.creator = "lists_blind7"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


BUILDERS = {
    "g1_xiaogan_two_column.pdf": build_g1,
    "g3_luoyang_two_row_header.docx": build_g3,
    "g6_linyi_two_tables_one_sheet.xlsx": build_g6,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
