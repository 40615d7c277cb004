"""Write the office-file documents of lists_blind21 (a .docx 通报 whose table prints the tier only on the first row of
each group, a .pdf 评审结果 with unit and title side by side in two columns) from the literals below.

    python3 tests/data/lists_blind21/make_blind21.py

Every document's words are invented and are literals here (constants D5_… for d5_…, P6_… for p6_…); gold.tsv was
typed by hand from them. Deterministic as lists_blind16/make_blind16.py, whose fixed date and font path are reused
with lists_office's OOXML writer `_save_zip` (imported through it: fixed zip timestamps and core-property dates); the
PDF gets the fixed creation date. Needs python-docx, fpdf2 and fonts-wqy-microhei. The .html, .txt and .csv
documents are hand-written.
"""
from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
_B16 = runpy.run_path(str(HERE.parent / "lists_blind16" / "make_blind16.py"))
FONT = _B16["FONT"]
FIXED = _B16["FIXED"]
_save_zip = _B16["_save_zip"]  # lists_office/make_office.py's writer, as make_blind16.py imports it

# ---------------------------------------------------------------- d5: .docx 县级市 组织部 通报, tier cell only on a group's first row
D5_PARAS = [
    ("small", "醴组通〔2026〕9号"),
    ("title", "关于第四届醴陵市“瓷城先锋”基层党建创新项目评选结果的通报"),
    ("p", "各镇（街道）党（工）委，市直各单位党组织："),
    ("p", "为深化基层党建创新，市委组织部于2026年3月至6月组织开展第四届醴陵市“瓷城先锋”基层党建创新项目评选。经各单位申报、"
          "专家评审和实地察看，评出一等奖2个、二等奖3个、三等奖3个、优秀奖2个，现将结果通报如下（见附表）。"),
    ("p", "附表：第四届醴陵市“瓷城先锋”基层党建创新项目评选结果"),
]
D5_HEADER = ["等次", "序号", "申报单位", "项目名称", "备注"]
D5_ROWS = [
    ["一等奖", "1", "来龙门街道党工委", "“瓷城红管家”老旧小区治理", "推荐参加株洲市评选"],
    ["", "2", "浦口镇党委", "“花炮红链”产业党建联盟", "推荐参加株洲市评选"],
    ["二等奖", "3", "国瓷街道党工委", "“釉下五彩”党员先锋岗", ""],
    ["", "4", "白兔潭镇党委", "“红色驿站”便民服务", "连续两届获奖"],
    ["", "5", "市卫生健康局机关党支部", "“健康瓷城”党员志愿服务", ""],
    ["三等奖", "6", "王仙镇党委", "“王仙红”乡村振兴合作社", ""],
    ["", "7", "泗汾镇党委", "“湘赣边红色走廊”党建联建", "跨省联建项目"],
    ["", "8", "醴陵经济开发区党工委", "“园区红管家”企业服务", ""],
    ["优秀奖", "9", "孙家湾镇党委", "“茶油飘香”党员示范田", ""],
    ["", "10", "市教育局机关党支部", "“瓷娃娃”关爱留守儿童", ""],
]
D5_TAIL = ["中共醴陵市委组织部", "2026年7月3日"]

# ---------------------------------------------------------------- p6: .pdf 机关工委 评审结果, unit | title in two page columns
P6_LINES = [
    ("red", "中共昆明市直属机关工作委员会"),
    ("small", "昆直工〔2026〕22号"),
    ("title", "关于第五届昆明市直机关“春城先锋”党支部工作法评审结果的通知"),
    ("p", "市直各部门机关党组织："),
    ("p", "经各单位推荐、评审委员会评审和公示，确定示范工作法4个、优秀工作法5个，现将评审结果公布如下。"),
    ("h", "一、示范工作法（4个）"),
    ("cols", ("单位", "工作法名称")),
    ("row", ("市财政局预算处党支部", "“预算一本账”阳光工作法")),
    ("row", ("市住房和城乡建设局机关第二党支部", "“安居先锋”接诉即办法")),
    ("row", ("市公安局交警支队直属一大队党支部", "“路口红岗”五步工作法")),
    ("row", ("市生态环境局呈贡分局党支部", "“蓝天卫士”闭环工作法")),
    ("h", "二、优秀工作法（5个）"),
    ("cols", ("单位", "工作法名称")),
    ("row", ("市统计局综合党支部", "“数说春城”工作法")),
    ("row", ("市水务局滇池管理处党支部", "“守护滇池”三巡工作法")),
    ("row", ("市自然资源和规划局安宁分局党支部", "“一图管地”工作法")),
    ("row", ("市民政局救助管理站党支部", "“温暖回家”四个一工作法")),
    ("row", ("市档案馆党支部", "“红色档案”讲述工作法")),
    ("p", "希望受表扬的党支部继续发挥示范作用，各部门机关党组织要学习借鉴，推动市直机关党支部建设全面进步、全面过硬。"),
    ("small", "中共昆明市直属机关工作委员会"),
    ("small", "2026年9月30日"),
]


def build_d5(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind21"
    for kind, text in D5_PARAS:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "small":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = d.add_table(rows=1 + len(D5_ROWS), cols=len(D5_HEADER))
    table.style = "Table Grid"
    for r, row in enumerate([D5_HEADER, *D5_ROWS]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text  # blank tier cells stay blank: not merged
    for text in D5_TAIL:
        d.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _save_zip(path, d.save)


def build_p6(path: Path) -> None:
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind21.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    for kind, text in P6_LINES:
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
        elif kind in ("cols", "row"):
            p.set_font("wqy", size=11 if kind == "row" else 10)
            left, right = text
            p.cell(95, 7, left, new_x="RIGHT", new_y="TOP")
            p.cell(0, 7, right, new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            p.set_font("wqy", size=11)
            p.cell(0, 7, text, align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            p.set_font("wqy", size=11)
            p.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "d5_hunan_liling_docx_table_tier_first_row_only_remarks.docx": build_d5,
    "p6_yunnan_kunming_pdf_two_columns_unit_left_title_right.pdf": build_p6,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
