"""Write the office-file documents of lists_blind33 (a .docx compilation's contents page, an .xlsx tally by province) from the literals below.

    python3 tests/data/lists_blind33/make_blind33.py

Every document's words are invented and are literals here (constants D6_… for d6_…, X7_… for x7_…); gold.tsv was
typed by hand from them. Deterministic as lists_blind16/make_blind16.py: lists_office's OOXML writer `_save_zip`
(imported) fixes zip timestamps and core-property dates. Needs python-docx and openpyxl. The .html and .txt documents
are hand-written.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- d6: .docx compilation, contents page `TITLE——UNIT<tab>page`
D6_COVER = [
    ("title", "第二届全国城乡基层党建创新典型案例汇编"),
    ("sub", "中国城乡基层党建研究会　编"),
    ("sub", "二〇二〇年十二月"),
    ("toc", "目　　录"),
]
D6_CONTENTS = [
    ("line", "前　言", "1"),
    ("h", "一、最佳案例", ""),
    ("line", "“村民说事”制度化的实践——浙江省宁波市象山县委组织部", "3"),
    ("line", "“党建+网格化”城市基层治理——山东省青岛市市北区委组织部", "9"),
    ("line", "“公推直选”社区党组织书记——江苏省南京市鼓楼区委组织部", "15"),
    ("line", "“两新”组织“党建指导员”制度——广东省东莞市委两新工委", "21"),
    ("h", "二、优秀案例", ""),
    ("line", "“积分制”管理激活农村党员队伍——安徽省六安市金寨县委组织部", "27"),
    ("line", "“党员中心户”连心桥——云南省大理州宾川县委组织部", "32"),
    ("line", "“四议两公开”在村级事务中的运用——河南省邓州市委组织部", "37"),
    ("line", "村务监督委员会规范化建设——重庆市彭水苗族土家族自治县委组织部", "42"),
    ("line", "“学时学分制”党员教育管理——吉林省延边州延吉市委组织部", "47"),
    ("line", "“网上党支部”连接流动党员——甘肃省定西市通渭县委组织部", "52"),
    ("line", "党代会常任制的“椒江实践”——浙江省台州市椒江区委", "57"),
    ("line", "“红色物业”破解小区治理难题——湖北省武汉市武昌区委组织部", "62"),
    ("h", "三、专家点评", ""),
    ("line", "从第二届案例看基层党建创新的新趋势", "68"),
    ("line", "后　记", "75"),
]

# ---------------------------------------------------------------- x7: .xlsx tally, 汇总 sheet by province + 名单 sheet with merged province cells
X7_TITLE = "第七届全国城乡基层党建创新典型案例入选情况统计（按省份）"
X7_HEADER = ["省份", "序号", "申报单位", "案例名称", "等次"]
X7_GROUPS = [
    ("北京市", [
        ["1", "北京市朝阳区劲松街道党工委", "“接诉即办”网格化响应机制", "最佳案例"],
        ["2", "北京市顺义区委组织部", "村级“党员中心户”联户机制", "提名案例"],
    ]),
    ("河北省", [
        ["3", "河北省保定市阜平县委组织部", "“四议两公开”助力产业振兴", "优秀案例"],
    ]),
    ("黑龙江省", [
        ["4", "黑龙江省大庆市让胡路区委组织部", "油田社区“大党委”", "优秀案例"],
    ]),
    ("湖南省", [
        ["5", "湘江理工大学机械工程学院学生第一党支部", "“学时学分制”让学生党员教育有抓手", "最佳案例"],
        ["6", "湘江理工大学马克思主义学院教工党支部", "“思政课+社区”网格化宣讲", "优秀案例"],
        ["7", "湘江理工大学后勤保障处党总支", "“一站式”学生社区党建", "优秀案例"],
        ["8", "湖南省常德市桃源县委组织部", "乡村“积分制”治理", "提名案例"],
    ]),
    ("广西壮族自治区", [
        ["9", "广西壮族自治区柳州市融水苗族自治县委组织部", "苗寨“网上党支部”", "优秀案例"],
    ]),
    ("四川省", [
        ["10", "四川省宜宾市翠屏区委组织部", "“党代会常任制”代表联系群众", "优秀案例"],
        ["11", "四川省巴中市通江县委组织部", "村务监督委员会“红黄绿”预警", "提名案例"],
    ]),
    ("青海省", [
        ["12", "青海省海东市互助土族自治县委组织部", "农牧区“学时学分制”", "提名案例"],
    ]),
    ("宁夏回族自治区", [
        ["13", "宁夏回族自治区吴忠市利通区委组织部", "移民新村“公推直选”选强带头人", "最佳案例"],
    ]),
    ("新疆维吾尔自治区", [
        ["14", "新疆维吾尔自治区昌吉州玛纳斯县委组织部", "访惠聚“党员中心户”", "优秀案例"],
    ]),
]
X7_NOTE = "注：名单按省份汇总，序号不代表排名；数据截至2025年11月20日，来源：中国城乡基层党建研究会公布名单。"
X7_SUMMARY_HEADER = ["省份", "最佳案例", "优秀案例", "提名案例", "合计"]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_d6(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind33"
    for kind, text in D6_COVER:
        p = d.add_paragraph()
        run = p.add_run(text)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run.bold = kind in ("title", "toc")
        run.font.size = Pt({"title": 20, "toc": 16}.get(kind, 12))
    for kind, text, page in D6_CONTENTS:
        p = d.add_paragraph()
        if kind == "h":
            p.add_run(text).bold = True
            continue
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{text}\t{page}")
    _save_zip(path, d.save)


def _summary_rows():
    rows = []
    for province, entries in X7_GROUPS:
        tiers = [e[3] for e in entries]
        counts = [tiers.count(t) for t in X7_SUMMARY_HEADER[1:4]]
        rows.append([province, *counts, sum(counts)])
    totals = [sum(r[i] for r in rows) for i in range(1, 5)]
    return rows + [["合计", *totals]]


def build_x7(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append([X7_TITLE])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(X7_SUMMARY_HEADER)
    for row in _summary_rows():
        ws.append(row)
    sheet = wb.create_sheet("名单")
    sheet.append([X7_TITLE])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(X7_HEADER))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(X7_HEADER)
    for province, entries in X7_GROUPS:
        first = sheet.max_row + 1
        for i, entry in enumerate(entries):
            sheet.append([province if i == 0 else None, *entry])
        if len(entries) > 1:
            sheet.merge_cells(start_row=first, start_column=1, end_row=first + len(entries) - 1, end_column=1)
        sheet.cell(first, 1).alignment = Alignment(vertical="center")
    sheet.append([X7_NOTE])
    for col, width in zip("ABCDE", (16, 6, 44, 36, 10)):
        sheet.column_dimensions[col].width = width
    wb.properties.creator = "lists_blind33"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


BUILDERS = {
    "d6_national_compilation_docx_contents_title_dash_unit_page.docx": build_d6,
    "x7_national_tally_xlsx_summary_and_list_merged_province.xlsx": build_x7,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
