"""Write the office-file documents of lists_blind9 (.docx, .xlsx and a text-layer .pdf) from the literal text below.

    python3 tests/data/lists_blind9/make_blind9.py

Every document's words are invented and are literals in this file (constants F1_… for f1_…, F4_… for f4_…,
F5_… for f5_…); the gold in gold.tsv was typed by hand from them. Deterministic: zip members get a fixed timestamp
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

# ---------------------------------------------------------------- f1: .docx, unit and title in ONE cell (line break)
F1_HEAD = [
    ("small", "宁组通〔2025〕31号"),
    ("title", "关于公布南京市第三届“金陵先锋”基层党建创新案例评选结果的通知"),
    ("p", "各区委组织部，市级机关工委，各市属国有企业党委："),
    ("p", "为深入总结基层党建工作创新经验，市委组织部于2025年3月至6月开展了南京市第三届“金陵先锋”基层党建创新案例"
          "征集评选活动。经各单位推荐、专家评审和实地考察，共评出一等奖3个、二等奖3个、三等奖3个，现将评选结果公布如下。"),
]
F1_HEADER = ["序号", "申报单位及案例名称", "等次"]
F1_ROWS = [
    ["1", ("玄武区玄武门街道党工委", "《“湖畔议事厅”推动老城更新》"), "一等奖"],
    ["2", ("江宁区秣陵街道党工委", "《“链上党建”服务园区企业》"), "一等奖"],
    ["3", ("南京市地铁运营有限责任公司党委", "《“红色车厢”流动服务站》"), "一等奖"],
    ["4", ("鼓楼区宁海路街道党工委", "《“高校+社区”共建共治》"), "二等奖"],
    ["5", ("浦口区星甸街道党工委", "《“茶香党建”助农增收》"), "二等奖"],
    ["6", ("溧水区晶桥镇党委", "《“田园管家”乡村治理》"), "二等奖"],
    ["7", ("市级机关工委机关党支部", "《“机关先锋”下沉网格》"), "三等奖"],
    ["8", ("秦淮区夫子庙街道党工委", "《“老门东”商圈党建》"), "三等奖"],
    ["9", ("高淳区桠溪街道党工委", "《“慢城红”生态党建》"), "三等奖"],
]
F1_TAIL = [
    ("p", "希望获奖单位珍惜荣誉、再接再厉，各地各单位要认真学习借鉴，推动全市基层党建工作整体提升。"),
    ("right", "中共南京市委组织部"),
    ("right", "2025年7月15日"),
    ("small", "（联系人：周晓雯，电话：025-8000 0000）"),
]

# ---------------------------------------------------------------- f4: .xlsx, tier column merged over each tier's rows
F4_TITLE = "苏州市第五届“姑苏先锋”机关党建创新案例评选结果"
F4_NOTE = "（排名不分先后）"
F4_HEADER = ["序号", "等次", "申报单位", "项目名称"]
F4_TIERS = [
    ("一等奖", [["1", "姑苏区平江街道党工委", "“平江路”古街党建"],
                ["2", "苏州工业园区金鸡湖街道党工委", "“湖畔楼宇”党建联盟"]]),
    ("二等奖", [["3", "吴中区木渎镇党委", "“香山匠人”传承红色基因"],
                ["4", "相城区元和街道党工委", "“数字社区”智慧治理"],
                ["5", "常熟市虞山街道党工委", "“琴川红管家”服务老旧小区"]]),
    ("三等奖", [["6", "昆山市周庄镇党委", "“水乡古镇”红色旅游"],
                ["7", "张家港市杨舍镇党委", "“港城先锋”服务站"],
                ["8", "太仓市娄东街道党工委", "“娄东议事”协商共治"],
                ["9", "市财政局机关党委", "“红色账本”廉洁教育"]]),
]
F4_FOOT = "制表：苏州市级机关工委办公室　　2025年9月"

# ---------------------------------------------------------------- f5: .pdf, numbered text list over two pages
F5_RUNNING = "中共西安市委组织部文件"
F5_HEAD = [
    "关于公布西安市第三届“长安先锋”基层党建创新案例评选结果的通知",
    "各区县委组织部，西咸新区、各开发区党工委组织部门，市级机关工委：",
    "为进一步总结推广全市基层党建工作中的新鲜经验，市委组织部于2025年4月启动西安市第三届“长安先锋”基层党建创新案例"
    "征集活动。各区县、各开发区和市级机关共推荐案例九十六个，经资格审查、专家初评、实地考察和集中评审，"
    "共评出一等奖3个、二等奖4个、三等奖5个，现予以公布。",
    "评选过程中，各单位高度重视，认真组织申报，报送的案例立足基层实际，聚焦城市基层治理、乡村振兴、"
    "两新组织党建等重点领域，较好地体现了全市基层党建工作的创新成果。专家组认为，获奖案例主题鲜明、"
    "做法扎实、成效明显，具有较强的示范性和推广价值。",
    "希望获奖单位珍惜荣誉、再接再厉，持续深化创新实践；各单位要加强学习交流，结合实际借鉴运用，"
    "推动全市基层党建工作质量整体提升。",
    "本届评选坚持公开公平公正原则，评审专家由党建研究机构学者、基层党务工作者和党代表组成，评审结果经市委组织部部务会"
    "审议并在市委组织部网站公示五个工作日，公示期间未收到异议。获奖案例将汇编成册，并在全市组织工作会议上交流。",
    "现将获奖名单公布如下：",
]
F5_TIERS = [
    ("一等奖", ["1. 碑林区南院门街道党工委《“书院门”文化党建》",
                "2. 雁塔区小寨路街道党工委《“商圈红心”服务联盟》",
                "3. 西安高新技术产业开发区丈八街道党工委《“硬科技”企业党建》"]),
    ("二等奖", ["4. 新城区西一路街道党工委《“老城根”邻里互助》",
                "5. 莲湖区北院门街道党工委《“回坊和睦”民族团结》",
                "6. 长安区郭杜街道党工委《“大学城”共建共享》",
                "7. 临潼区骊山街道党工委《“骊山红”景区党建》"]),
    ("三等奖", ["8. 未央区张家堡街道党工委《“网格连心”治理》",
                "9. 灞桥区席王街道党工委《“灞河卫士”生态守护》",
                "10. 阎良区凤凰路街道党工委《“航空城”党建联盟》",
                "11. 周至县楼观镇党委《“猕猴桃”产业党建》",
                "12. 市教育局机关党委《“银龄讲师团”送课下乡》"]),
]
F5_TAIL = ["中共西安市委组织部", "2025年8月28日", "（此件公开发布）"]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_f1(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind9"

    def para(kind, text):
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(16)
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "small":
            run.font.size = Pt(9)

    for kind, text in F1_HEAD:
        para(kind, text)
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, F1_HEADER):
        cell.paragraphs[0].add_run(text).bold = True
    for number, (unit, title), tier in F1_ROWS:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(number)
        run = cells[1].paragraphs[0].add_run(unit)
        run.add_break()  # a line break (<w:br/>) inside the one paragraph of the cell
        run.add_text(title)
        cells[2].paragraphs[0].add_run(tier)
    for kind, text in F1_TAIL:
        para(kind, text)
    _save_zip(path, d.save)


def build_f4(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    wb.properties.creator = "lists_blind9"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    ws = wb.active
    ws.title = "评选结果"
    ws.append([F4_TITLE])
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([F4_NOTE])
    ws.merge_cells("A2:D2")
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.append(F4_HEADER)
    for tier, rows in F4_TIERS:
        first = ws.max_row + 1
        for number, unit, title in rows:
            ws.append([number, tier, unit, title])
        ws.merge_cells(start_row=first, start_column=2, end_row=ws.max_row, end_column=2)
        ws.cell(first, 2).alignment = Alignment(vertical="center", horizontal="center")
    ws.append([])
    ws.append([F4_FOOT])
    for col, width in zip("ABCD", (8, 10, 34, 34)):
        ws.column_dimensions[col].width = width
    _save_zip(path, wb.save)


def build_f5(path: Path) -> None:
    from fpdf import FPDF

    class Paged(FPDF):
        def header(self):
            self.set_font("wqy", size=8)
            self.cell(0, 6, F5_RUNNING, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-15)
            self.set_font("wqy", size=9)
            self.cell(0, 8, f"— {self.page_no()} —", align="C")

    p = Paged()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind9.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    p.set_font("wqy", size=15)
    p.multi_cell(0, 10, F5_HEAD[0], align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.set_font("wqy", size=12)
    for line in F5_HEAD[1:]:
        p.multi_cell(0, 9, line, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    for i, (tier, entries) in enumerate(F5_TIERS):
        p.set_font("wqy", size=13)
        p.cell(0, 10, tier, new_x="LMARGIN", new_y="NEXT")
        if i == len(F5_TIERS) - 1:
            p.add_page()  # the last tier heading ends page 1; its entries start on page 2
        p.set_font("wqy", size=12)
        for line in entries:
            p.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    p.ln(10)
    for line in F5_TAIL:
        p.cell(0, 9, line, align="R", new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "f1_nanjing_docx_unit_title_one_cell.docx": build_f1,
    "f4_suzhou_xlsx_merged_tier_column.xlsx": build_f4,
    "f5_xian_pdf_numbered_two_pages.pdf": build_f5,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
