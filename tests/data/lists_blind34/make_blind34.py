"""Write the office-file documents of lists_blind34 (two .docx 通报 attachments, a .xlsx attachment with merged county
cells, a .pdf attachment with tier headings and wrapped lines) from the literals below.

    python3 tests/data/lists_blind34/make_blind34.py

Every document's words are invented and are literals here (constants D5_… for d5_…, X6_… for x6_…, P7_… for p7_…,
D8_… for d8_…); gold.tsv was typed by hand from them. Deterministic as lists_blind16/make_blind16.py: lists_office's
OOXML writer `_save_zip` (imported) fixes zip timestamps and core-property dates; the PDF gets a fixed creation date.
Needs python-docx, openpyxl, fpdf2 and fonts-wqy-microhei. The .html and .txt documents are hand-written.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2026, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- d5: .docx 通报 attachment, table with category and grade columns
D5_PARAS = [
    ("p", "附件"),
    ("title", "四平市第三届城市社区党建“红色领航”示范案例获奖名单"),
    ("p", "（共9个，按等次排列）"),
]
D5_HEADER = ["序号", "县（市、区）", "社区党组织", "案例名称", "类别", "等次"]
D5_ROWS = [
    ["1", "铁西区", "英雄街道北门社区党委", "“网格连心”党员中心户", "网格治理类", "一等奖"],
    ["2", "铁东区", "北沟街道红嘴社区党委", "“红嘴红管家”物业联盟", "红色物业类", "一等奖"],
    ["3", "双辽市", "辽西街道富强社区党总支", "积分制“爱心超市”", "服务群众类", "二等奖"],
    ["4", "梨树县", "梨树镇城西社区党委", "“楼院议事会”协商议事", "网格治理类", "二等奖"],
    ["5", "伊通满族自治县", "伊通镇永安社区党委", "“满乡红色物业”三方联动", "红色物业类", "二等奖"],
    ["6", "铁西区", "仁兴街道仁兴社区党委", "“夜间网格”巡防队", "网格治理类", "三等奖"],
    ["7", "铁东区", "平东街道南园社区党支部", "“红色驿站”十分钟服务圈", "服务群众类", "三等奖"],
    ["8", "双辽市", "郑家屯街道新华社区党委", "“老兵网格员”调解室", "网格治理类", "三等奖"],
    ["9", "铁西区", "地直街道铁北社区党委", "“小区党支部+物业”双向进入", "红色物业类", "三等奖"],
]
D5_TAIL = ["注：同一等次内按县（市、区）排列，不分先后。", "中共四平市委组织部办公室　2025年12月10日印发"]

# ---------------------------------------------------------------- x6: .xlsx attachment, merged title and county cells
X6_TITLE = "2025年度南平市“武夷红”党建引领乡村振兴示范项目评选结果"
X6_HEADER = ["序号", "县（市、区）", "申报单位", "项目名称", "等次", "备注"]
X6_ROWS = [
    ["1", "延平区", "炉下镇下岚村党支部", "“茶旅融合”党员中心户", "示范项目", ""],
    ["2", None, "巨口乡九龙村党支部", "村务监督委员会“阳光议事”", "培育项目", ""],
    ["3", "建阳区", "书坊乡书坊村党总支", "“建本书香”文化振兴", "示范项目", ""],
    ["4", "武夷山市", "五夫镇兴贤村党总支", "“五夫荷香”积分制乡村治理", "示范项目", ""],
    ["5", None, "星村镇燕子窠村党支部", "“科技特派员+党员”茶产业", "示范项目", "省级推荐"],
    ["6", "浦城县", "仙阳镇仙阳村党委", "“浦城大米”党建联盟", "培育项目", ""],
    ["7", "顺昌县", "洋口镇洋口村党支部", "“四议两公开”规范村务", "培育项目", ""],
    ["8", "光泽县", "寨里镇山头村党支部", "“生态银行”党员先锋队", "示范项目", ""],
    ["9", "松溪县", "郑墩镇万前村党支部", "“百年蔗”产业党建", "培育项目", ""],
    ["10", "政和县", "石屯镇石圳村党支部", "“党员中心户”联户帮带", "培育项目", ""],
]
X6_MERGED = ["A1:F1", "B3:B4", "B6:B7"]
X6_NOTE = ["备注：同一县（市、区）内排名不分先后。", "中共南平市委组织部　2025年12月"]

# ---------------------------------------------------------------- p7: .pdf attachment, tier headings, `N.UNIT：TITLE`, long lines wrap
P7_LINES = [
    ("small", "附件2"),
    ("title", "第二届周口市“三川先锋”两新组织党建创新案例名单"),
    ("h", "一等奖（2个）"),
    ("p", "1.周口市川汇区电子商务产业园联合党委：“电商红链”网上党支部带动返乡青年创业就业的实践探索"),
    ("p", "2.项城市皮革产业协会党支部：“皮都先锋”积分制管理"),
    ("h", "二等奖（3个）"),
    ("p", "1.鹿邑县化妆刷行业协会党委：“一把刷子”党建联盟助推县域产业集群高质量发展"),
    ("p", "2.太康县锅炉产业联合党委：“锅炉红管家”党员中心户"),
    ("p", "3.市物业管理协会党支部：“红色物业”网格化服务"),
    ("h", "三等奖（4个）"),
    ("p", "1.沈丘县顺河商贸城党支部：“商户之家”学时学分制"),
    ("p", "2.郸城县新能源企业联合党委：“光伏先锋”党员责任区"),
    ("p", "3.西华县社会组织服务中心党支部：“社组红”孵化计划"),
    ("p", "4.淮阳区太昊陵商圈党委：“羲皇故都”红色服务站"),
    ("small", "— 2 —"),
]

# ---------------------------------------------------------------- d8: .docx 机关工委 通报, tier headings, `N、UNIT《TITLE》`
D8_PARAS = [
    ("small", "明直工〔2026〕5号"),
    ("title", "中共三明市直属机关工作委员会关于命名2026年度市直机关“绿都先锋”党建品牌的通报"),
    ("p", "市直各单位机关党组织："),
    ("p", "根据年度工作安排，市直机关工委组织开展了2026年度市直机关“绿都先锋”党建品牌创建活动，经申报、初评、"
          "现场答辩和工委会议研究，决定命名五星级党建品牌3个、四星级党建品牌4个。具体名单如下："),
    ("h", "一、五星级党建品牌（3个）"),
    ("p", "1、市税务局机关第一党支部《“税企连心桥”党员积分制》"),
    ("p", "2、市林业局机关党委《“林改红”党员责任区》"),
    ("p", "3、沙县区委组织部机关党支部《“小吃党课”学时学分制》"),
    ("h", "二、四星级党建品牌（4个）"),
    ("p", "1、市医疗保障局党支部《“医保红管家”网上党支部》"),
    ("p", "2、永安市发展和改革局党支部《“燕城先锋”项目攻坚队》"),
    ("p", "3、尤溪县自然资源局党支部《“一窗通办”不动产登记党员服务岗》"),
    ("p", "4、明溪县机关事务服务中心党支部 《“机关红管家”节约型机关建设》"),
    ("p", "希望受命名单位再接再厉，充分发挥示范引领作用。"),
]
D8_TAIL = ["中共三明市直属机关工作委员会", "2026年6月28日", "（此件主动公开）"]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def _docx(paras, author):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = author
    for kind, text in paras:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            run.bold = True
        elif kind == "small":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return d


def build_d5(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = _docx(D5_PARAS, "lists_blind34")
    table = d.add_table(rows=1 + len(D5_ROWS), cols=len(D5_HEADER))
    table.style = "Table Grid"
    for r, row in enumerate([D5_HEADER, *D5_ROWS]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.add_paragraph(D5_TAIL[0])
    d.add_paragraph(D5_TAIL[1]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _save_zip(path, d.save)


def build_x6(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([X6_TITLE])
    ws.append(X6_HEADER)
    for row in X6_ROWS:
        ws.append([int(row[0]), *row[1:]])
    ws.append([])
    for line in X6_NOTE:
        ws.append([line])
    for rng in X6_MERGED:
        ws.merge_cells(rng)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    for col, width in zip("ABCDEF", (6, 12, 26, 34, 10, 10)):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "lists_blind34"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_p7(path: Path) -> None:
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind34.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    for kind, text in P7_LINES:
        if kind == "title":
            p.set_font("wqy", size=15)
            p.ln(4)
            p.multi_cell(0, 9, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.ln(4)
        elif kind == "h":
            p.set_font("wqy", size=13)
            p.cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            p.set_font("wqy", size=11)
            p.cell(0, 7, text, align="L" if text.startswith("附件") else "C", new_x="LMARGIN", new_y="NEXT")
        else:
            p.set_font("wqy", size=13)
            p.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


def build_d8(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = _docx(D8_PARAS, "lists_blind34")
    for text in D8_TAIL:
        d.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _save_zip(path, d.save)


BUILDERS = {
    "d5_jilin_siping_docx_attachment_table_county_category_grade_columns.docx": build_d5,
    "x6_fujian_nanping_xlsx_attachment_merged_title_and_county_cells.xlsx": build_x6,
    "p7_henan_zhoukou_pdf_attachment_tier_headings_numbered_unit_colon_wrapped_title.pdf": build_p7,
    "d8_fujian_sanming_docx_jiguan_tongbao_tier_headings_numbered_unit_book_title.docx": build_d8,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
