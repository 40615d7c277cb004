"""Write the office-file documents of lists_blind29 (an .xlsx in Excel 97-2003 compatibility style, a .docx whose list
is a table nested in a layout table, a scanned-looking text-layer .pdf report) from the literals below.

    python3 tests/data/lists_blind29/make_blind29.py

Every document's words are invented and are literals here (constants X5_… for x5_…, D6_… for d6_…, P7_… for p7_…);
gold.tsv was typed by hand from them. Deterministic as lists_blind16/make_blind16.py: lists_office's OOXML writer
`_save_zip` (imported) fixes zip timestamps and core-property dates; the PDF gets a fixed creation date and its
'scan' specks come from a fixed-seed generator. Needs python-docx, openpyxl, fpdf2 and fonts-wqy-microhei.
The .html, .htm and .txt documents are hand-written.
"""
from __future__ import annotations

import datetime as dt
import random
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2021, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- x5: .xlsx in compatibility style (Sheet1/2/3, merged title, merged tier cells)
X5_TITLE = "金寨县2017年度基层党建创新项目评选结果汇总表"
X5_META = ["填报单位：中共金寨县委组织部（盖章）", "", "", "", "填报时间：2017年12月26日"]
X5_HEADER = ["序号", "乡镇", "申报单位", "项目名称", "等次", "备注"]
X5_ROWS = [
    [1.0, "天堂寨镇", "天堂寨镇前畈村党支部", "村级“积分制”管理", "一等奖", ""],
    [2.0, "花石乡", "花石乡大湾村党支部", "“党员中心户”带贫增收", None, "贫困村"],
    [3.0, "梅山镇", "梅山镇红石村党总支", "“红色旅游”党员示范岗", "二等奖", ""],
    [4.0, "燕子河镇", "燕子河镇大峡谷村党支部", "村务监督委员会“三务”公开", None, ""],
    [5.0, "县直", "金寨县人民医院党总支", "“健康扶贫”党员服务队", None, ""],
    [6.0, "斑竹园镇", "斑竹园镇小河村党支部", "“四议两公开”村民议事会", "三等奖", ""],
    [7.0, "古碑镇", "古碑镇余岭村党支部", "光伏扶贫“党建+”模式", None, "贫困村"],
    [8.0, "南溪镇", "南溪镇丁埠村党支部", "茶叶专业合作社党小组", None, ""],
    [9.0, "县直", "县经信委机关党支部", "结对帮扶“网格化”", None, ""],
    [10.0, "双河镇", "双河镇大畈村党支部", "“红色代办员”便民服务", None, ""],
]
X5_TIER_MERGES = ["E4:E5", "E6:E8", "E9:E13"]
X5_NOTE = "注：1.本表由县委组织部组织组汇总；2.同一等次按评审得分排序。"

# ---------------------------------------------------------------- d6: .docx 通报 whose list is a table nested in a 1-column layout table
D6_MAST = "中共武安市委组织部"
D6_DOCNO = "武组通〔2020〕23号"
D6_TITLE = "关于第三届武安市基层党建创新案例评选结果的通报"
D6_PARAS = [
    "各乡镇（街道）党（工）委，市直各党（工）委、党组：",
    "为深入推进基层党建工作创新，市委组织部于2020年6月至10月组织开展了第三届武安市基层党建创新案例评选。"
    "经基层申报、乡镇推荐、专家评审，评出一等奖2个、二等奖3个、三等奖4个，现将结果通报如下：",
]
D6_HEADER = ["序号", "乡镇（街道）", "单位", "案例名称", "获奖等次"]
D6_ROWS = [
    ["1", "武安镇", "武安镇党委", "城区“网格化”党建全覆盖", "一等奖"],
    ["2", "午汲镇", "午汲镇党委", "村级党组织“四议两公开”升级版", "一等奖"],
    ["3", "磁山镇", "磁山镇党委", "“磁山文化”红色宣讲团", "二等奖"],
    ["4", "伯延镇", "伯延镇党委", "农村党员“积分制”管理", "二等奖"],
    ["5", "市直", "武安市新峰水泥有限公司党委", "企业“党员先锋岗”创建", "二等奖"],
    ["6", "淑村镇", "淑村镇党委", "村务监督委员会“阳光村务”", "三等奖"],
    ["7", "大同镇", "大同镇党委", "“党员中心户”包联群众", "三等奖"],
    ["8", "邑城镇", "邑城镇党委", "疫情防控“红袖标”党员突击队", "三等奖"],
    ["9", "冶陶镇", "冶陶镇党委", "太行红色教育“微课堂”", "三等奖"],
]
D6_TAIL = ["希望获奖单位珍惜荣誉、再接再厉，各级党组织要学习借鉴先进经验，推动全市基层党建工作提质增效。",
           "中共武安市委组织部", "2020年11月16日"]

# ---------------------------------------------------------------- p7: .pdf scanned report, tier headings, `N．UNIT：TITLE`, one wrapped line
P7_LINES = [
    ("red", "中共宝鸡市直属机关工作委员会"),
    ("small", "宝市直工委发〔2021〕41号"),
    ("title", "关于2021年度市直机关党建创新成果评选情况的报告"),
    ("p", "市委："),
    ("p", "按照年度工作安排，市直机关工委于2021年9月至11月组织开展了市直机关党建创新成果评选。共收到市直各部门申报成果"
          "37项，经初审、答辩和工委委员会审定，评出优秀成果4项、入围成果5项。现将有关情况报告如下："),
    ("h", "一、优秀成果（4项）"),
    ("p", "1．市财政局机关党委：“学时学分制”党员教育管理"),
    ("p", "2．市税务局机关党委：“网上党支部”云端组织生活"),
    ("p", "3．宝鸡市中心医院党委：“红色医联体”党建联盟"),
    ("p", "4．市住房和城乡建设局机关党委：机关党员下沉社区“双报到、双服务”网格化管理模式的探索与实践——以金台区、渭滨区老旧小区为例"),
    ("h", "二、入围成果（5项）"),
    ("p", "1．市教育局机关党委：“党建+课后服务”"),
    ("p", "2．市公安局交警支队党委：“铁骑先锋”党员示范岗"),
    ("p", "3．市农业农村局机关党委：驻村工作队“党员中心户”结对帮扶"),
    ("p", "4．市市场监管局机关党委：\"放心消费\"党员承诺"),
    ("p", "5．市委党校党委：党代会常任制理论研究与实践"),
    ("p", "下一步，市直机关工委将把获奖成果汇编成册，组织现场观摩交流，推动创新成果在市直机关推广运用。"),
    ("p", "特此报告。"),
    ("small", "中共宝鸡市直属机关工作委员会"),
    ("small", "2021年12月6日"),
]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_x5(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([X5_TITLE])
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(name="宋体", bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(X5_META)
    ws.append(X5_HEADER)
    for row in X5_ROWS:
        ws.append(row)
    for rng in X5_TIER_MERGES:
        ws.merge_cells(rng)
    ws.append([X5_NOTE])
    note_row = ws.max_row
    ws.merge_cells(f"A{note_row}:F{note_row}")
    thin = Side(style="thin")
    for r in ws.iter_rows(min_row=3, max_row=3 + len(X5_ROWS), max_col=6):
        for c in r:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.font = Font(name="宋体", size=11)
            if c.column in (1, 2, 5):
                c.alignment = Alignment(horizontal="center", vertical="center")
    for col, width in zip("ABCDEF", (6, 10, 26, 30, 8, 8)):
        ws.column_dimensions[col].width = width
    wb.create_sheet("Sheet2")
    wb.create_sheet("Sheet3")
    wb.properties.creator = "zzb"
    wb.properties.lastModifiedBy = "zzb"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_d6(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind29"
    frame = d.add_table(rows=2, cols=1)
    frame.style = "Table Grid"
    top = frame.cell(0, 0).paragraphs[0]
    top.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = top.add_run(D6_MAST)
    run.bold = True
    run.font.size = Pt(22)
    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    frame.cell(0, 0).add_paragraph(D6_DOCNO).alignment = WD_ALIGN_PARAGRAPH.CENTER
    body = frame.cell(1, 0)
    head = body.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run(D6_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    for text in D6_PARAS:
        body.add_paragraph(text)
    inner = body.add_table(rows=1 + len(D6_ROWS), cols=len(D6_HEADER))
    inner.style = "Table Grid"
    for r, row in enumerate([D6_HEADER, *D6_ROWS]):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    body.add_paragraph(D6_TAIL[0])
    for text in D6_TAIL[1:]:
        body.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _save_zip(path, d.save)


def build_p7(path: Path) -> None:
    from fpdf import FPDF

    class Scan(FPDF):
        def header(self):
            self.set_fill_color(231, 229, 222)
            self.rect(0, 0, self.w, self.h, style="F")
            rng = random.Random(29 + self.page_no())
            self.set_fill_color(150, 148, 140)
            for _ in range(140):
                self.rect(rng.uniform(5, self.w - 5), rng.uniform(5, self.h - 5), 0.3, 0.3, style="F")

        def footer(self):
            self.set_y(-18)
            self.set_font("wqy", size=10)
            self.cell(0, 6, f"- {self.page_no()} -", align="C")

    p = Scan()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind29.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    for kind, text in P7_LINES:
        p.set_text_color(35, 35, 35)
        if kind == "red":
            p.set_text_color(185, 25, 25)
            p.set_font("wqy", size=20)
            p.cell(0, 14, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.set_draw_color(185, 25, 25)
            p.line(15, p.get_y() + 8, p.w - 15, p.get_y() + 8)
            p.set_draw_color(0, 0, 0)
        elif kind == "title":
            p.set_font("wqy", size=14)
            p.ln(6)
            p.multi_cell(0, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.ln(3)
        elif kind == "h":
            p.set_font("wqy", size=12)
            p.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            p.set_font("wqy", size=11)
            p.cell(0, 7, text, align="R" if not text.endswith("号") else "C", new_x="LMARGIN", new_y="NEXT")
        else:
            p.set_font("wqy", size=11)
            p.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "x5_anhui_jinzhai_xlsx_compat_sheet1_merged_tier_cells.xlsx": build_x5,
    "d6_hebei_wuan_docx_table_nested_in_layout_table.docx": build_d6,
    "p7_shaanxi_baoji_scanned_report_pdf_tier_headings_unit_colon_title.pdf": build_p7,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
