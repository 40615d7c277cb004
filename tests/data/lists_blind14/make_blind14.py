"""Write the office-file documents of lists_blind14 (.docx, a several-sheet .xlsx, a text-layer .pdf) from the literals below.

    python3 tests/data/lists_blind14/make_blind14.py

Every document's words are invented and are literals here (constants D5_… for d5_…, X6_… for x6_…, P7_… for p7_…);
gold.tsv was typed by hand from them. Deterministic as lists_blind12/make_blind12.py: lists_office's OOXML writer
`_save_zip` (imported) fixes zip timestamps and core-property dates; the PDF gets a fixed creation date.
Needs python-docx, openpyxl, fpdf2 and fonts-wqy-microhei. The .html, .txt and .csv documents are hand-written.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- d5: .docx 市委组织部 通报, tier headings, `N.UNIT：TITLE`
D5_PARAS = [
    ("small", "佛组通〔2025〕41号"),
    ("title", "关于第二届佛山市“红棉先锋”基层党建创新案例评选结果的通报"),
    ("p", "各区委组织部，市直各单位党组织："),
    ("p", "为推动基层党建工作守正创新，市委组织部于2025年5月至9月组织开展第二届佛山市“红棉先锋”基层党建创新案例评选。"
          "经各区和市直单位推荐、专家评审、实地核查，评出一等奖3个、二等奖4个，现予通报。"),
    ("h", "一等奖（3个）"),
    ("p", "1.南海区桂城街道党工委：“千灯湖畔”楼宇党建"),
    ("p", "2.顺德区北滘镇党委：“智造先锋”企业党建联盟"),
    ("p", "3.禅城区祖庙街道党工委：“祖庙红”老城更新"),
    ("h", "二等奖（4个）"),
    ("p", "1.三水区西南街道党工委：“三江汇”河长党建"),
    ("p", "2.高明区杨和镇党委：“红色稻田”党员示范"),
    ("p", "3.市国资委机关党委：“国企红帆”党建品牌"),
    ("p", "4.佛山市华南陶瓷产业园党委：“陶都红”产业链党建"),
    ("p", "希望获奖单位再接再厉，各级党组织学习借鉴，推动全市基层党建工作全面进步、全面过硬。"),
    ("small", "中共佛山市委组织部"),
    ("small", "2025年10月9日"),
    ("small", "（此件主动公开）"),
]

# ---------------------------------------------------------------- x6: .xlsx, a 说明 sheet then one sheet per tier
X6_NOTE = [
    ["泉州市2025年度“海丝先锋”基层党建创新项目评选结果"],
    ["说明：本工作簿共4个工作表，“一等奖”“二等奖”“三等奖”工作表分别列出各等次获奖项目。"],
    ["评选共收到申报项目96个，评出一等奖2个、二等奖3个、三等奖4个。"],
    ["中共泉州市委组织部　2025年11月"],
]
X6_HEADER = ["序号", "县（市、区）", "申报单位", "项目名称"]
X6_SHEETS = {
    "一等奖": [
        ["1", "晋江市", "安海镇党委", "“安平桥”侨乡党建联盟"],
        ["2", "鲤城区", "开元街道党工委", "“古城红”街巷治理"],
    ],
    "二等奖": [
        ["1", "石狮市", "石狮市服装城商会党委", "“红色商圈”服务站"],
        ["2", "南安市", "水头镇党委", "“石材产业链”党建"],
        ["3", "惠安县", "崇武镇党委", "“惠女先锋”海防党建"],
    ],
    "三等奖": [
        ["1", "安溪县", "西坪镇党委", "“铁观音”茶农党员合作社"],
        ["2", "永春县", "五里街镇党委", "“芦柑红”电商党建"],
        ["3", "德化县", "浔中镇党委", "“瓷都匠心”党员工作室"],
        ["4", "丰泽区", "东海街道党工委", "“海丝驿站”党群服务"],
    ],
}

# ---------------------------------------------------------------- p7: .pdf scanned-looking notice, ruled table over 2 pages
P7_HEAD = [
    ("red", "中共成都市委两新组织工作委员会"),
    ("title", "关于公布成都市第三届“蓉城先锋”两新组织党建创新案例的通知"),
    ("p", "各区（市）县委两新工委，市级有关部门："),
    ("p", "经申报推荐、专家评审和市委两新工委审定，确定一等案例3个、二等案例5个、三等案例6个为成都市第三届"
          "“蓉城先锋”两新组织党建创新案例，现予公布。"),
    ("p", "附件：成都市第三届“蓉城先锋”两新组织党建创新案例名单"),
]
P7_HEADER = ["序号", "区（市）县", "单位", "案例名称", "等次"]
P7_WIDTHS = [14, 28, 62, 58, 18]
P7_ROWS = [
    ["1", "锦江区", "成都锦城数码科技有限公司党支部", "“红色码农”技术攻关", "一等"],
    ["2", "武侯区", "成都市武侯区律师行业党委", "“法润武侯”公益服务", "一等"],
    ["3", "都江堰市", "都江堰市青城山旅游协会党支部", "“青城红”景区服务联盟", "一等"],
    ["4", "成华区", "成都东郊创意园区综合党委", "“工业遗址”文创党建", "二等"],
    ["5", "温江区", "温江区花木产业协会党总支", "“花乡先锋”产业服务队", "二等"],
    ["6", "双流区", "成都蓉空物流有限公司党委", "“空港红”物流党建", "二等"],
    ["7", "新都区", "成都桂湖家具产业联合会党支部", "“家具之都”链上党建", "二等"],
    ["8", "金牛区", "成都荷花池商户联合会党委", "“市场红管家”", "二等"],
    ["9", "龙泉驿区", "成都龙泉汽车零部件产业联盟党委", "“汽车城”党员创新工作室", "三等"],
    ["10", "崇州市", "崇州市竹编非遗协会党支部", "“竹编匠心”党员传承岗", "三等"],
    ["11", "大邑县", "成都安仁文博旅游有限公司党支部", "“安仁红”博物馆党建", "三等"],
    ["12", "蒲江县", "蒲江县猕猴桃产业协会党支部", "“红色果园”党员技术队", "三等"],
    ["13", "武侯区", "成都浆洗街社工服务中心党支部", "“社工红”邻里互助", "三等"],
    ["14", "锦江区", "成都春熙路商圈商会党委", "“春熙红”商圈党建", "三等"],
]
P7_TAIL = ["中共成都市委两新组织工作委员会", "2025年9月26日"]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_d5(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind14"
    for kind, text in D5_PARAS:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind in ("title", "h"):
            run.bold = True
            run.font.size = Pt(16 if kind == "title" else 12)
            if kind == "title":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "small":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _save_zip(path, d.save)


def build_x6(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "说明"
    for row in X6_NOTE:
        ws.append(row)
    ws["A1"].font = Font(bold=True, size=14)
    for name, rows in X6_SHEETS.items():
        sheet = wb.create_sheet(name)
        sheet.append(X6_HEADER)
        for row in rows:
            sheet.append(row)
    wb.properties.creator = "lists_blind14"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


class _Scan:
    """fpdf2 document with a grey 'scanned' page, a folio and the table header repeated on each new page."""

    def __new__(cls):
        from fpdf import FPDF

        class Doc(FPDF):
            def header(self):
                self.set_fill_color(236, 234, 226)
                self.rect(0, 0, self.w, self.h, style="F")

            def footer(self):
                self.set_y(-18)
                self.set_font("wqy", size=10)
                self.cell(0, 6, f"— {self.page_no()} —", align="C")
        return Doc()


def _table_header(p):
    p.set_font("wqy", size=10)
    for w, text in zip(P7_WIDTHS, P7_HEADER):
        p.cell(w, 9, text, border=1, align="C")
    p.ln(9)


def build_p7(path: Path) -> None:
    p = _Scan()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind14.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.set_auto_page_break(False)
    p.add_page()
    for kind, text in P7_HEAD:
        if kind == "red":
            p.set_text_color(190, 30, 30)
            p.set_font("wqy", size=20)
            p.cell(0, 14, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.set_draw_color(190, 30, 30)
            p.line(15, p.get_y() + 1, p.w - 15, p.get_y() + 1)
            p.set_draw_color(0, 0, 0)
            p.set_text_color(30, 30, 30)
            p.ln(5)
        elif kind == "title":
            p.set_font("wqy", size=14)
            p.multi_cell(0, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.ln(3)
        else:
            p.set_font("wqy", size=11)
            p.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    _table_header(p)
    for row in P7_ROWS:
        if p.get_y() + 15 > p.h - 25:
            p.add_page()
            p.set_y(20)
            _table_header(p)
        for w, text in zip(P7_WIDTHS, row):
            p.cell(w, 15, text, border=1, align="C" if w < 30 else "L")
        p.ln(15)
    p.ln(8)
    p.set_font("wqy", size=11)
    for line in P7_TAIL:
        p.cell(0, 7, line, align="R", new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "d5_guangdong_foshan_docx_tier_heading_numbered_unit_colon_title.docx": build_d5,
    "x6_fujian_quanzhou_xlsx_sheet_per_tier.xlsx": build_x6,
    "p7_sichuan_chengdu_scanned_pdf_ruled_table_two_pages.pdf": build_p7,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
