"""Write the office-file documents of lists_blind28 (a .docx 通知 from a provincial 组织部 with a table whose tiers are
merged rows, a .pdf 汇编 table of contents listing cases with page numbers) from the literals below.

    python3 tests/data/lists_blind28/make_blind28.py

Every document's words are invented and are literals here (constants D6_… for d6_…, P7_… for p7_…); gold.tsv was
typed by hand from them. Deterministic as lists_blind16/make_blind16.py: lists_office's OOXML writer `_save_zip`
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

# ---------------------------------------------------------------- d6: .docx 省委组织部 通知, table with merged tier rows
D6_PARAS = [
    ("small", "赣组字〔2025〕41号"),
    ("title", "关于公布第三届江西省“井冈红旗”基层党建创新案例的通知"),
    ("p", "各设区市委组织部，省直机关工委、省国资委党委、省委教育工委，各有关单位党组织："),
    ("p", "为深入总结推广基层党建工作创新经验，省委组织部于2025年5月至10月组织开展了第三届江西省“井冈红旗”基层党建"
          "创新案例征集评选活动。经各地各单位推荐、专家评审和公示，确定“十佳案例”4个、“优秀案例”6个，现予公布。"),
    ("p", "各级党组织要加强对获评案例的宣传推广，结合实际学习借鉴，推动基层党建工作全面进步、全面过硬。"),
    ("p", "附件：第三届江西省“井冈红旗”基层党建创新案例名单"),
    ("small", "中共江西省委组织部"),
    ("small", "2025年11月12日"),
    ("h", "附件"),
    ("title", "第三届江西省“井冈红旗”基层党建创新案例名单"),
]
D6_HEADER = ["序号", "设区市", "单位", "案例名称"]
D6_TIERS = {
    "一、十佳案例（4个）": [
        ["1", "南昌市", "南昌市东湖区豫章街道党工委", "“红色物业”网格化治理"],
        ["2", "赣州市", "瑞金市叶坪乡党委", "苏区干部好作风“积分制”"],
        ["3", "吉安市", "井冈山市茅坪乡党委", "“四议两公开”村级议事规范"],
        ["4", "上饶市", "婺源县江湾镇党委", "网上党支部“徽州云课堂”"],
    ],
    "二、优秀案例（6个）": [
        ["1", "九江市", "修水县马坳镇党委", "党员中心户联户帮带"],
        ["2", "景德镇市", "珠山区新村街道党工委", "“瓷都匠心”楼宇党建"],
        ["3", "萍乡市", "莲花县琴亭镇党委", "村务监督委员会“一月一晒”"],
        ["4", "新余市", "分宜县双林镇党委", "“夏布红”产业党建联盟"],
        ["5", "鹰潭市", "贵溪市滨江镇党委", "学时学分制“三课联学”"],
        ["6", "宜春市", "靖安县中源乡党委", "“中源红”民宿党建"],
    ],
}
D6_TAIL = ["（此件主动公开）"]

# ---------------------------------------------------------------- p7: .pdf 汇编 table of contents, cases with page numbers
P7_COVER = [
    ("title", "第二届云南省“七彩先锋”基层党建创新案例汇编"),
    ("small", "中共云南省委组织部　编"),
    ("small", "2025年6月"),
]
P7_NOTE = ("编写说明：本书收录2024年第二届云南省“七彩先锋”基层党建创新案例评选产生的最佳案例3个、优秀案例7个，"
           "按案例所在地区排列，文字略有删节。")
# (kind, text, page): "sec" a section of the book, "case" a case line (unit：title); a case line too long for the
# width is wrapped by the builder onto an indented second line that carries the leader and the page number
P7_TOC = [
    ("sec", "前言", "Ⅰ"),
    ("sec", "最佳案例", ""),
    ("case", "昆明市五华区华山街道：“春城红管家”网格化社区治理", "1"),
    ("case", "红河哈尼族彝族自治州元阳县：梯田党员中心户“带头种、带头管”", "9"),
    ("case", "普洱市思茅区：推行党代会常任制 激活代表作用", "17"),
    ("sec", "优秀案例", ""),
    ("case", "曲靖市陆良县：“四议两公开”让村民说了算", "25"),
    ("case", "保山市腾冲市：网上党支部连通侨乡", "31"),
    ("case", "文山壮族苗族自治州西畴县：“积分制”管理激发内生动力", "37"),
    ("case", "楚雄彝族自治州大姚县：村务监督委员会规范小微权力运行", "43"),
    ("case", "丽江市古城区：“古城红”商户党建联盟", "49"),
    ("case", "西双版纳傣族自治州勐腊县：沿边党员学时学分制管理", "55"),
    ("case", "怒江傈僳族自治州贡山独龙族怒族自治县：独龙江乡“一户一岗”党员示范岗带动边境民族村寨共同富裕和基层治理", "61"),
    ("sec", "后记", "67"),
]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_d6(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind28"
    for kind, text in D6_PARAS:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind in ("title", "h"):
            run.bold = True
            run.font.size = Pt(16 if kind == "title" else 12)
            if kind == "title":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "small":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rows = 1 + sum(1 + len(v) for v in D6_TIERS.values())
    table = d.add_table(rows=rows, cols=len(D6_HEADER))
    table.style = "Table Grid"
    for c, text in enumerate(D6_HEADER):
        table.cell(0, c).text = text
    r = 1
    for tier, entries in D6_TIERS.items():
        merged = table.cell(r, 0).merge(table.cell(r, len(D6_HEADER) - 1))
        merged.text = tier
        r += 1
        for row in entries:
            for c, text in enumerate(row):
                table.cell(r, c).text = text
            r += 1
    for text in D6_TAIL:
        d.add_paragraph(text)
    _save_zip(path, d.save)


def _leader_line(p, text, page, indent):
    """One table-of-contents line: text, a dotted leader, the page number at the right margin; a text too long for
    the line is wrapped, its rest printed on a further-indented line that carries the leader and the page number."""
    width = p.w - p.l_margin - p.r_margin
    page_w = p.get_string_width(page) if page else 0
    cut = len(text)
    while p.get_string_width(text[:cut]) > width - indent - page_w - 12:
        cut -= 1
    if cut < len(text):
        p.set_x(p.l_margin + indent)
        p.cell(0, 9, text[:cut], new_x="LMARGIN", new_y="NEXT")
        text, indent = text[cut:], indent + 8
    p.set_x(p.l_margin + indent)
    room = width - indent - p.get_string_width(text) - page_w - 2
    dots = "." * max(int(room / p.get_string_width(".")), 0) if page else ""
    p.cell(0, 9, f"{text}{dots}{page}", new_x="LMARGIN", new_y="NEXT")


def build_p7(path: Path) -> None:
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind28.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.set_auto_page_break(False)
    p.add_page()
    p.ln(50)
    for kind, text in P7_COVER:
        p.set_font("wqy", size=20 if kind == "title" else 13)
        p.multi_cell(0, 14, text, align="C", new_x="LMARGIN", new_y="NEXT")
        p.ln(6)
    p.ln(20)
    p.set_font("wqy", size=10)
    p.multi_cell(0, 7, P7_NOTE, new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.set_font("wqy", size=18)
    p.cell(0, 16, "目　　录", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    for kind, text, page in P7_TOC:
        p.set_font("wqy", size=12 if kind == "sec" else 10.5)
        _leader_line(p, text, page, 0 if kind == "sec" else 6)
    p.set_y(-18)
    p.set_font("wqy", size=10)
    p.cell(0, 6, "· 1 ·", align="C")
    p.output(str(path))


BUILDERS = {
    "d6_jiangxi_zuzhibu_tongzhi_docx_table_merged_tier_rows.docx": build_d6,
    "p7_yunnan_huibian_pdf_toc_unit_colon_title_dot_leaders_page_numbers.pdf": build_p7,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
