"""Write the office-file documents of lists_blind16 (a .pdf notice with tier headings, a .docx 通报 with a table) from the literals below.

    python3 tests/data/lists_blind16/make_blind16.py

Every document's words are invented and are literals here (constants P5_… for p5_…, D6_… for d6_…); gold.tsv was
typed by hand from them. Deterministic as lists_blind14/make_blind14.py: lists_office's OOXML writer `_save_zip`
(imported) fixes zip timestamps and core-property dates; the PDF gets a fixed creation date. Needs python-docx, fpdf2
and fonts-wqy-microhei. The .html and .txt documents are hand-written.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- p5: .pdf 两新工委 notice, tier headings, `N. UNIT：TITLE`
P5_LINES = [
    ("red", "中共龙岩市委两新组织工作委员会文件"),
    ("small", "岩两新〔2025〕17号"),
    ("title", "关于命名第四届龙岩市“红古田”两新组织党建示范项目的决定"),
    ("p", "各县（市、区）委两新工委，市直有关单位："),
    ("p", "经申报、县级推荐、市级评审和公示，决定命名金牌项目2个、银牌项目4个为第四届龙岩市“红古田”两新组织党建示范项目。"),
    ("h", "一、金牌项目"),
    ("p", "1. 新罗区龙岩大道商圈联合党委：“商圈红驿站”服务联盟"),
    ("p", "2. 长汀县稀土产业园党委：“汀江红链”产业党建"),
    ("h", "二、银牌项目"),
    ("p", "1. 上杭县古田旅游发展有限公司党支部：“古田红导”讲解员队伍"),
    ("p", "2. 永定区土楼文化研究会党支部：“土楼里的党课”"),
    ("p", "3. 漳平市茶业协会党支部：“水仙茶香”党员示范基地"),
    ("p", "4. 连城县培田物业服务中心党支部：“红色物业”进古村"),
    ("p", "希望受命名单位发挥示范带动作用，推动全市两新组织党建工作提质增效。"),
    ("small", "中共龙岩市委两新组织工作委员会"),
    ("small", "2025年8月18日"),
]

# ---------------------------------------------------------------- d6: .docx 市委组织部 通报 with a Word table
D6_PARAS = [
    ("title", "关于第三届韶关市“丹霞先锋”基层党建创新项目评选结果的通报"),
    ("p", "各县（市、区）委组织部，市直各单位党组织："),
    ("p", "2025年，市委组织部组织开展第三届韶关市“丹霞先锋”基层党建创新项目评选，共评出一等奖2个、二等奖2个、三等奖3个，"
          "名单见下表。"),
]
D6_HEADER = ["序号", "单位", "项目名称", "奖次"]
D6_ROWS = [
    ["1", "曲江区马坝镇党委", "“马坝人故里”文旅党建", "一等奖"],
    ["2", "南雄市珠玑镇党委", "“珠玑古巷”寻根党建", "一等奖"],
    ["3", "仁化县丹霞街道党工委", "“丹霞红”景区党建联盟", "二等奖"],
    ["4", "乐昌市北乡镇党委", "“北乡马蹄”产业党建", "二等奖"],
    ["5", "始兴县太平镇党委", "“围楼红”乡村治理", "三等奖"],
    ["6", "翁源县兰花产业协会党支部", "“兰香先锋”富民工程", "三等奖"],
    ["7", "浈江区风采街道党工委", "“风采红管家”社区服务", "三等奖"],
]
D6_TAIL = ["中共韶关市委组织部", "2025年12月5日"]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_p5(path: Path) -> None:
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind16.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    for kind, text in P5_LINES:
        if kind == "red":
            p.set_text_color(190, 30, 30)
            p.set_font("wqy", size=18)
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


def build_d6(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind16"
    for kind, text in D6_PARAS:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = d.add_table(rows=1 + len(D6_ROWS), cols=len(D6_HEADER))
    table.style = "Table Grid"
    for r, row in enumerate([D6_HEADER, *D6_ROWS]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for text in D6_TAIL:
        d.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _save_zip(path, d.save)


BUILDERS = {
    "p5_fujian_longyan_pdf_tier_headings_numbered_unit_colon_title.pdf": build_p5,
    "d6_guangdong_shaoguan_docx_table_grade_column.docx": build_d6,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
