"""Write the office-file documents of lists_blind30 (a .docx of two lists pasted one after the other, an .xlsx into
which a web list was pasted one line per cell) from the literals below.

    python3 tests/data/lists_blind30/make_blind30.py

Every document's words are invented and are literals here (constants D7_… for d7_…, X8_… for x8_…); gold.tsv was
typed by hand from them. Deterministic as lists_blind16/make_blind16.py: lists_office's OOXML writer `_save_zip`
(imported) fixes zip timestamps and core-property dates. Needs python-docx and openpyxl. The .html, .txt and .md
documents are hand-written.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- d7: .docx, an analyst's file with two lists pasted
# one after the other: 遵义 as paragraphs under tier lines, then 黔南州 as a table (title first, unit after)
D7_HEAD = [
    ("title", "贵州 两份名单（资料汇编用）"),
    ("small", "整理：课题组 2025年3月"),
]
D7_LIST_A = [
    ("h", "一、遵义市第三届“红色遵义”基层党建创新案例"),
    ("small", "（复制自“遵义组工”，2024年11月22日发布）"),
    ("p", "遵义市委组织部日前公布第三届“红色遵义”基层党建创新案例评选结果，评出金奖2个、银奖4个。"),
    ("p", "金奖"),
    ("p", "1.汇川区高坪街道党工委：“网格员+党员中心户”双轮驱动"),
    ("p", "2.湄潭县兴隆镇党委：茶园党小组“积分制”管理"),
    ("p", "银奖"),
    ("p", "3.红花岗区老城街道党工委：“红色老城”社区议事会"),
    ("p", "4.赤水市大同镇党委：竹乡“四议两公开”工作法"),
    ("p", "5.正安县吉他产业园党委：“弦上党建”产业联盟"),
    ("p", "6.仁怀市茅台镇党委：村务监督委员会“酒乡监督哨”"),
]
D7_LIST_B = [
    ("h", "二、黔南州第二届机关党建“亮点工程”案例"),
    ("small", "（复制自州直机关工委网站表格，2023年6月30日；原表有“序号”列，直接粘贴过来的）"),
]
D7_HEADER = ["序号", "案例名称", "报送单位", "等次"]
D7_ROWS = [
    ["1", "“都匀毛尖红”茶产业党建服务队", "都匀市农业农村局党组", "一等奖"],
    ["2", "“指尖上的党课”网上党支部", "州委网信办机关党支部", "一等奖"],
    ["3", "不动产登记“一窗通办”党员先锋岗", "福泉市自然资源局党支部", "二等奖"],
    ["4", "“天眼红”科普党建", "平塘县科学技术局党支部", "二等奖"],
    ["5", "党员干部“学时学分制”培训管理", "州委党校机关党支部", "二等奖"],
    ["6", "“荔波山水”生态巡护党员责任区", "荔波县林业局党支部", "三等奖"],
]
D7_TAIL = ["（两份名单的评审办法见附件，另存）"]

# ---------------------------------------------------------------- x8: .xlsx, a web list pasted into column A, one
# line per cell, the analyst's remarks in column B
X8_SHEET = "南宁粘贴"
X8_ROWS = [
    ["南宁市第三届“邕江先锋”基层党建创新案例评选结果公布", "2026-03-18 粘贴"],
    ["发布时间：2026-03-16　来源：南宁组工网　浏览：2107", None],
    ["　　经各县（市、区）推荐、专家评审和公示，市委组织部评出第三届“邕江先锋”基层党建创新案例一等奖3个、二等奖3个、三等奖3个。", None],
    ["一等奖（3个）", None],
    ["1、青秀区南湖街道党工委《“南湖红管家”小区网格化治理》", "重点看"],
    ["2、横州市校椅镇党委《茉莉花产业链党建》", None],
    ["3、西乡塘区北湖街道党工委《“公推直选”产生楼栋长 自治有了“主心骨”》", "公推直选，城市版"],
    ["二等奖（3个）", None],
    ["1、兴宁区三塘镇党委《“四议两公开”村级事务阳光运行》", None],
    ["2、江南区沙井街道党工委《“外卖骑手之家”流动党员服务站》", None],
    ["3、良庆区大塘镇党委《党员中心户“1+10”联户》", "党员中心户"],
    ["三等奖（3个）", None],
    ["1、邕宁区蒲庙镇党委《“古镇议事厅”协商议事》", None],
    ["2、武鸣区双桥镇党委《“积分制”激发乡风文明》", None],
    ["3、宾阳县宾州镇党委《“炮龙红”志愿服务》", None],
    ["【打印】【关闭】", None],
    ["相关链接：南宁市召开基层党建工作重点任务推进会", None],
]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def _paragraphs(d, rows) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    for kind, text in rows:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind in ("title", "h"):
            run.bold = True
            run.font.size = Pt(16 if kind == "title" else 12)
            if kind == "title":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "small":
            run.font.size = Pt(9)


def build_d7(path: Path) -> None:
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind30"
    _paragraphs(d, D7_HEAD + D7_LIST_A + D7_LIST_B)
    table = d.add_table(rows=1 + len(D7_ROWS), cols=len(D7_HEADER))
    table.style = "Table Grid"
    for r, row in enumerate([D7_HEADER, *D7_ROWS]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    _paragraphs(d, [("small", t) for t in D7_TAIL])
    _save_zip(path, d.save)


def build_x8(path: Path) -> None:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = X8_SHEET
    for row in X8_ROWS:
        ws.append(row)
    ws.column_dimensions["A"].width = 90
    ws.column_dimensions["B"].width = 20
    wb.create_sheet("Sheet2")
    wb.properties.creator = "lists_blind30"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


BUILDERS = {
    "d7_guizhou_two_lists_pasted_paragraphs_then_table.docx": build_d7,
    "x8_guangxi_nanning_xlsx_web_list_pasted_one_line_per_cell.xlsx": build_x8,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
