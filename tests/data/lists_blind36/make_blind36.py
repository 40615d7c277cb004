"""Write the office-file documents of lists_blind36 (a .docx 通报 with a table, an .xlsx with tier group rows, a .pdf
notice with tier headings and wrapped lines) from the literals below.

    python3 tests/data/lists_blind36/make_blind36.py

Every document's words are invented and are literals here (constants D4_… for d4_…, X5_… for x5_…, P6_… for p6_…);
gold.tsv was typed by hand from them. Deterministic as lists_blind16/make_blind16.py: lists_office's OOXML writer
`_save_zip` (imported) fixes zip timestamps and core-property dates; the PDF gets a fixed creation date. Needs
python-docx, openpyxl, fpdf2 and fonts-wqy-microhei. The .html and .txt documents are hand-written.
"""
from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
_b16 = runpy.run_path(str(HERE.parent / "lists_blind16" / "make_blind16.py"))
FONT, FIXED, _save_zip = _b16["FONT"], _b16["FIXED"], _b16["_save_zip"]

# ---------------------------------------------------------------- d4: .docx 广州 国资委党委 通报, table with 等次 column
D4_PARAS = [
    ("small", "穗国资党〔2024〕9号"),
    ("title", "关于2023年度广州市属国有企业党建创新成果评选结果的通报"),
    ("p", "各市属企业党委："),
    ("p", "为总结推广市属国有企业党建工作创新经验，市国资委党委组织开展了2023年度广州市属国有企业党建创新成果评选。"
          "经企业申报、资格审查、专家评审和市国资委党委会议审定，共评出一等成果2项、二等成果3项、三等成果4项。现将名单通报如下："),
]
D4_HEADER = ["序号", "报送单位", "成果名称", "等次"]
D4_ROWS = [
    ["1", "广州穗港城市建设集团有限公司党委", "“党代会常任制”下的集团重大事项议事规则", "一等"],
    ["2", "广州地铁运营二分公司党委", "“羊城地下红线”网格化安全党建", "一等"],
    ["3", "广州天河科技园发展有限公司党委", "园区“党建+招商”联动机制", "二等"],
    ["4", "广州越秀水务投资集团党委", "“一滴水”党员责任区", "二等"],
    ["5", "广州港南沙码头公司党委", "码头一线党员积分制管理", "二等"],
    ["6", "广州黄埔开发建设投资公司党支部", "项目攻坚“党员突击队”", "三等"],
    ["7", "广州番禺交通集团客运公司党支部", "“红色车厢”流动服务站", "三等"],
    ["8", "广州白云国际会展中心党支部", "“会展红”志愿服务品牌", "三等"],
    ["9", "广州市海珠区国资经营公司党支部", "“网上党支部”助力异地项目党员管理", "三等"],
]
D4_TAIL = ["附件：获奖成果简介（略）", "中共广州市人民政府国有资产监督管理委员会委员会", "2024年3月8日", "（此件公开发布）"]

# ---------------------------------------------------------------- x5: .xlsx 合肥 两新工委, tier group rows, 县（市）区 column
X5_TITLE = "第二届合肥市两新组织党建“书记项目”评选结果"
X5_NOTE_TOP = "发布单位：中共合肥市委两新组织工作委员会　　　　发布日期：2024年10月25日"
X5_HEADER = ["序号", "县（市）区", "单位名称", "项目名称", "备注"]
X5_ROWS = [
    ["一等奖（3个）"],
    ["1", "蜀山区", "合肥蜀峰智能制造有限公司党委", "“红色链长”产业链党建", ""],
    ["2", "包河区", "滨湖新区金融港楼宇联合党委", "楼宇党建“网格化”服务", ""],
    ["3", "庐阳区", "合肥庐州律师事务所党支部", "“法润庐州”党员律师公益团", "律师行业"],
    ["二等奖（3个）"],
    ["1", "肥西县", "肥西县三河镇小微企业联合党支部", "“三河红”小微企业抱团发展", ""],
    ["2", "长丰县", "长丰县水湖镇草莓产业协会党支部", "“莓好红领”党员中心户示范", "社会组织"],
    ["3", "巢湖市", "巢湖市半汤商贸城党委", "商户党员积分制", ""],
    ["三等奖（4个）"],
    ["1", "庐江县", "庐江县汤池温泉旅游协会党支部", "“温泉红”旅游服务队", ""],
    ["2", "瑶海区", "合肥瑶海物流港综合党委", "货车司机“网上党支部”", ""],
    ["3", "包河区", "合肥包公文化研究会党支部", "“清风包河”廉洁文化进企业", "社会组织"],
    ["4", "蜀山区", "合肥创谷众创空间党支部", "创客党员“学时学分制”", ""],
]
X5_NOTE_END = "注：同一等次内按申报顺序排列。"

# ---------------------------------------------------------------- p6: .pdf 陕西省直机关工委 notice, tier headings, wrapped lines
P6_LINES = [
    ("red", "中共陕西省直属机关工作委员会"),
    ("small", "陕直工发〔2026〕5号"),
    ("title", "关于公布第四届省直机关党建工作创新案例评选结果的通知"),
    ("p", "省直各部门、各单位机关党委（党总支、党支部）："),
    ("p", "根据工作安排，省直机关工委组织开展了第四届省直机关党建工作创新案例评选活动。经各单位推荐、专家评审和工委会议研究，"
          "评出一等案例2个、二等案例3个、三等案例4个。现予公布。"),
    ("h", "一等案例"),
    ("p", "1.省发展和改革委员会机关第三党支部：《“项目一线党旗红”——重大项目服务专班党建工作机制》"),
    ("p", "2.省教育厅机关党委：《学时学分制管理让机关党员教育更加精准》"),
    ("h", "二等案例"),
    ("p", "1.省农业农村厅机关党委：《“四议两公开”工作法指导村级重大事项决策的实践》"),
    ("p", "2.省统计局机关党支部：《“数”说初心》"),
    ("p", "3.宝鸡市渭滨区税务局机关党总支：《“税务+网格”联动服务机制》"),
    ("h", "三等案例"),
    ("p", "1.省自然资源厅测绘地理信息局党支部：《网上党支部“云”端管理》"),
    ("p", "2.省文化和旅游厅机关党委：《“红色延安”讲解员党员先锋岗》"),
    ("p", "3.延安市宝塔区机关事务服务中心党支部：《机关党员积分制“一月一晒”》"),
    ("p", "4.省卫生健康委员会机关党委：《“白衣先锋”下基层》"),
    ("p", "请各单位认真学习借鉴，结合实际推动机关党建与业务工作深度融合。"),
    ("small", "中共陕西省直属机关工作委员会"),
    ("small", "2026年4月2日"),
]


def build_d4(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind36"
    for kind, text in D4_PARAS:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "small":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = d.add_table(rows=1 + len(D4_ROWS), cols=len(D4_HEADER))
    table.style = "Table Grid"
    for r, row in enumerate([D4_HEADER, *D4_ROWS]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for text in D4_TAIL:
        d.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _save_zip(path, d.save)


def build_x5(path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评选结果"
    ws.append([X5_TITLE])
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([X5_NOTE_TOP])
    ws.merge_cells("A2:E2")
    ws.append(X5_HEADER)
    for row in X5_ROWS:
        ws.append(row)
        if len(row) == 1:
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
            ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.append([X5_NOTE_END])
    for col, width in zip("ABCDE", (6, 12, 34, 34, 10)):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "lists_blind36"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_p6(path: Path) -> None:
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind36.py")
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
        elif kind == "small":
            p.set_font("wqy", size=11)
            p.cell(0, 7, text, align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            p.set_font("wqy", size=11)
            p.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "d4_guangdong_guangzhou_sasac_docx_table_grade_column.docx": build_d4,
    "x5_anhui_hefei_liangxin_xlsx_tier_group_rows_county_column.xlsx": build_x5,
    "p6_shaanxi_jiguan_pdf_tier_headings_numbered_unit_colon_book_title.pdf": build_p6,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
