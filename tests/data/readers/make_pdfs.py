"""Generate the PDF fixtures of tests/test_readers.py (committed, so CI needs no font for them).

Usage: python tests/data/readers/make_pdfs.py   (needs fpdf2 and a CJK font: fonts-noto-cjk or fonts-wqy-microhei)
Texts are made up for the tests; no page is copied from anywhere.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).parent
FONTS = ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"]


def new_pdf(header: str | None = None, footer: str | None = None) -> FPDF:
    class Doc(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("cjk", size=9)
                self.cell(0, 8, header, align="C")
                self.ln(12)

        def footer(self) -> None:
            if footer:
                self.set_y(-15)
                self.set_font("cjk", size=9)
                self.cell(0, 8, footer.format(n=self.page_no()), align="C")

    pdf = Doc()
    pdf.set_creation_date(datetime.datetime(2025, 12, 30, tzinfo=datetime.timezone.utc))  # same bytes every run
    font = next(f for f in FONTS if Path(f).exists())
    pdf.add_font("cjk", fname=font)
    pdf.set_font("cjk", size=11)
    return pdf


def award_list() -> None:
    pdf = new_pdf(header="中共江州市委组织部", footer="- {n} -")
    pdf.add_page()
    pdf.set_font("cjk", size=16)
    pdf.cell(0, 10, "第三届江州市基层党建创新案例评选结果", align="C")
    pdf.ln(14)
    pdf.set_font("cjk", size=11)
    pdf.multi_cell(0, 7, "经各地推荐、专家评审，评选出一等奖案例3个、二等奖案例2个，现将名单公布如下。")
    pdf.ln(4)
    with pdf.table(col_widths=(12, 50, 90), headings_style=FontFace()) as t:
        t.row(["序号", "申报单位", "案例名称"])
        row = t.row()
        row.cell("一等奖", colspan=3)
        t.row(["1", "江州市湖滨区委组织部", "“红色楼栋”激活城市社区治理末梢，让党员在家门口亮身份、作表率"])
        t.row(["2", "临川县白沙镇党委", "“田间党课”让党员教育沉到一线"])
        t.row(["3", "望江市开发区党工委", "“链上党建”助力园区企业抱团发展"])
    pdf.ln(4)
    pdf.multi_cell(0, 7, "二等奖名单见下页。")
    pdf.add_page()
    pdf.cell(0, 8, "二等奖（2个）")
    pdf.ln(9)
    pdf.cell(0, 8, "1.江州市电力公司党委：“光明驿站”点亮乡村振兴路")
    pdf.ln(9)
    pdf.cell(0, 8, "2.临川县教育局党组：“书香支部”建设三年行动")
    pdf.ln(12)
    pdf.cell(0, 8, "序号")
    pdf.set_x(40)
    pdf.cell(0, 8, "单位")
    pdf.set_x(100)
    pdf.cell(0, 8, "备注")
    pdf.ln(9)
    pdf.add_page()
    pdf.multi_cell(0, 7, "附件：获奖案例汇编（另发）")
    pdf.output(str(HERE / "award-list.pdf"))


def scanned() -> None:
    pdf = new_pdf()
    pdf.add_page()
    pdf.cell(0, 8, "第一页有文字层")
    pdf.add_page()
    pdf.set_fill_color(200, 200, 200)
    pdf.rect(20, 20, 150, 80, style="F")  # a page with only a drawing: what a scan looks like to a reader
    pdf.output(str(HERE / "scanned-page.pdf"))


def encrypted() -> None:
    pdf = new_pdf()
    pdf.set_encryption(owner_password="owner-pass", user_password="user-pass")
    pdf.add_page()
    pdf.cell(0, 8, "加密文件")
    pdf.output(str(HERE / "encrypted.pdf"))


if __name__ == "__main__":
    award_list()
    scanned()
    encrypted()
