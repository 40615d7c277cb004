"""Write the office-file documents of lists_blind31 (a county .xlsx of 党建示范点 by township, a prefecture .docx 表彰决定,
a city .pdf notice with categories and tiers) from the literals below.

    python3 tests/data/lists_blind31/make_blind31.py

Every document's words are invented and are literals here (constants X4_… for x4_…, D6_… for d6_…, P7_… for p7_…);
gold.tsv was typed by hand from them. Deterministic as lists_blind16/make_blind16.py: lists_office's OOXML writer
`_save_zip` (imported) fixes zip timestamps and core-property dates; the PDF gets a fixed creation date. Needs
openpyxl, python-docx, fpdf2 and fonts-wqy-microhei. The .html and .txt documents are hand-written.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2026, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- x4: .xlsx 县委组织部 list of 示范点, township cells merged
X4_TITLE = "丹棱县2026年度党建示范点名单"
X4_SUB = "填报单位（盖章）：中共丹棱县委组织部　　　　　　　　　　　　填报时间：2026年9月"
X4_HEADER = ["序号", "乡镇（街道）", "示范点", "类别", "创建主题", "联系人"]
X4_ROWS = [
    [1, "丹棱镇", "梅湾村党总支", "综合示范点", "“积分制”管理激发党员内生动力", "何建国"],
    [2, None, "丹棱县不知火柑橘专业合作社联合会党支部", "特色示范点", "“橘园红”产业党建联盟", "杨丽娟"],
    [3, None, "城南社区党委", "综合示范点", "小区网格化“红色楼长”", "吴海涛"],
    [4, "杨场镇", "杨场镇党委", "综合示范点", "乡镇党代会常任制试点", "周明"],
    [5, None, "新桥村党支部", "特色示范点", "“四议两公开”规范村务决策", "罗德才"],
    [6, "仁美镇", "仁美镇芦山村党支部", "特色示范点", "村务监督委员会“阳光监督”", "黄春燕"],
    [7, None, "桂花村党支部", "综合示范点", "党员中心户带动桂花产业", "钟永福"],
    [8, "张场镇", "张场镇党委", "综合示范点", "“网上党支部”管好流动党员", "刘晓"],
    [9, None, "龙鹄村党支部", "特色示范点", "公推直选配强村党支部班子", "陈国强"],
    [10, "双桥镇", "双桥镇白马村党支部", "综合示范点", "“党建+民宿”共富工坊", "唐文"],
]
X4_MERGES = ["B4:B6", "B7:B8", "B9:B10", "B11:B12"]
X4_TAIL = [
    "合计10个（综合示范点6个、特色示范点4个）",
    "备注：示范点命名有效期三年，实行动态管理，年度考核不合格的予以摘牌。",
]

# ---------------------------------------------------------------- d6: .docx 州委 表彰决定, units in one paragraph, brands in a table
D6_PARAS = [
    ("title", "中共昌吉回族自治州委员会关于表彰自治州先进基层党组织、优秀共产党员和命名自治州基层党建示范品牌的决定"),
    ("small", "昌州党发〔2024〕19号"),
    ("p", "各县市党委，自治州各园区党工委，州直各部门、各单位党组（党委）："),
    ("p", "为庆祝中国共产党成立103周年，表彰先进、树立典型，州党委决定，授予昌吉市宁边路街道延安北路社区党委等4个党组织“自治州先进基层党组织”称号，"
          "授予阿不都热合曼·买买提等3名同志“自治州优秀共产党员”称号，命名阜康市城关镇党委“天池红”民族团结一家亲等4个品牌为“自治州基层党建示范品牌”。"),
    ("p", "希望受到表彰的先进集体和个人珍惜荣誉、再创佳绩。全州各级党组织和广大党员要以先进典型为榜样，为建设团结和谐、繁荣富裕、文明进步、安居乐业的美好昌吉贡献力量。"),
    ("p", "附件：1.自治州先进基层党组织和优秀共产党员名单　2.自治州基层党建示范品牌名单"),
    ("right", "中共昌吉回族自治州委员会"),
    ("right", "2024年6月27日"),
    ("h", "附件1"),
    ("h", "自治州先进基层党组织（4个）"),
    ("p", "昌吉市宁边路街道延安北路社区党委、呼图壁县五工台镇党委、玛纳斯县包家店镇塔西河村党支部、自治州人民医院党委"),
    ("h", "自治州优秀共产党员（3名）"),
    ("p", "阿不都热合曼·买买提（维吾尔族）　奇台县西北湾镇新户村党支部书记"),
    ("p", "李淑芬（女）　昌吉市建国路街道北京南路社区党委书记"),
    ("p", "马福贵（回族）　吉木萨尔县大有镇畜牧兽医站站长"),
    ("h", "附件2"),
    ("h", "自治州基层党建示范品牌（4个）"),
]
D6_HEADER = ["序号", "单位", "品牌名称", "县市"]
D6_ROWS = [
    ["1", "阜康市城关镇党委", "“天池红”民族团结一家亲", "阜康市"],
    ["2", "奇台县半截沟镇党委", "“麦田党旗红”积分制管理", "奇台县"],
    ["3", "吉木萨尔县北庭镇党委", "“北庭红石榴”网格化服务", "吉木萨尔县"],
    ["4", "木垒哈萨克自治县照壁山乡党委", "“胡杨先锋”牧区党员中心户", "木垒县"],
]
D6_TAIL = ["中共昌吉回族自治州委员会办公室　　2024年6月28日印发"]

# ---------------------------------------------------------------- p7: .pdf 市委组织部 notice, category headings, `TIER：UNIT《TITLE》`
P7_LINES = [
    ("red", "中共乐山市委组织部"),
    ("small", "乐组通〔2025〕41号"),
    ("title", "关于公布乐山市第二届基层党建创新案例评选结果的通知"),
    ("p", "各区（市、县）委组织部，市级各部门（单位）党组织："),
    ("p", "为深入总结推广基层党建工作创新经验，市委组织部于2025年4月至9月组织开展了乐山市第二届基层党建创新案例评选，"
          "共收到申报案例112个。经初审、专家评审和综合研究，评出一等奖3个、二等奖4个、三等奖2个，现将结果公布如下："),
    ("h", "一、党建引领乡村振兴类"),
    ("p", "一等奖：犍为县清溪镇党委《“茉莉花开”产业党建联盟》"),
    ("p", "二等奖：沐川县沐溪镇党委《竹林深处的“党员中心户”》"),
    ("p", "二等奖：峨边彝族自治县红花乡党委《彝乡“积分制”激活乡村治理》"),
    ("h", "二、党建引领城市基层治理类"),
    ("p", "一等奖：市中区张公桥街道党工委《“嘉州网格”精细化治理》"),
    ("p", "二等奖：五通桥区竹根镇党委《“盐都红管家”物业服务》"),
    ("p", "三等奖：峨眉山市绥山镇党委《“四议两公开”进小区》"),
    ("h", "三、机关和两新组织党建类"),
    ("p", "一等奖：市直机关工委《“学时学分制”锻造过硬机关党员队伍，推动机关党建与业务工作深度融合》"),
    ("p", "二等奖：乐山晶鑫新材料有限公司党委《“光伏先锋”党员攻坚队》"),
    ("p", "三等奖：夹江县陶瓷产业协会党委《“瓷都红链”行业党建》"),
    ("p", "请各地各单位认真学习借鉴获奖案例的经验做法，结合实际创造性抓好落实。"),
    ("small", "中共乐山市委组织部"),
    ("small", "2025年10月14日"),
    ("foot", "（联系人：市委组织部组织一科　王嘉，电话：0833-2432380）"),
]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_x4(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "示范点名单"
    ws.append([X4_TITLE])
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([X4_SUB])
    ws.merge_cells("A2:F2")
    ws.append(X4_HEADER)
    for row in X4_ROWS:
        ws.append(row)
    for rng in X4_MERGES:
        ws.merge_cells(rng)
        ws[rng.split(":")[0]].alignment = Alignment(vertical="center")
    for line in X4_TAIL:
        ws.append([line])
        ws.merge_cells(f"A{ws.max_row}:F{ws.max_row}")
    for col, width in zip("ABCDEF", (6, 12, 38, 12, 34, 10)):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "lists_blind31"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_d6(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind31"
    for kind, text in D6_PARAS:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "small":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "h":
            run.bold = True
            if not text.startswith("附件"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = d.add_table(rows=1 + len(D6_ROWS), cols=len(D6_HEADER))
    table.style = "Table Grid"
    for r, row in enumerate([D6_HEADER, *D6_ROWS]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for text in D6_TAIL:
        d.add_paragraph(text)
    _save_zip(path, d.save)


def build_p7(path: Path) -> None:
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind31.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    for kind, text in P7_LINES:
        if kind == "red":
            p.set_text_color(190, 30, 30)
            p.set_font("wqy", size=22)
            p.cell(0, 16, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.set_draw_color(190, 30, 30)
            p.line(15, p.get_y() + 1, p.w - 15, p.get_y() + 1)
            p.set_text_color(30, 30, 30)
            p.ln(4)
        elif kind == "title":
            p.set_font("wqy", size=14)
            p.ln(2)
            p.multi_cell(0, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif kind == "h":
            p.set_font("wqy", size=12)
            p.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            p.set_font("wqy", size=11)
            p.cell(0, 7, text, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "foot":
            p.set_font("wqy", size=9)
            p.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        else:
            p.set_font("wqy", size=11)
            p.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "x4_sichuan_danling_xlsx_demo_points_by_township_merged_cells.xlsx": build_x4,
    "d6_xinjiang_changji_docx_biaozhang_units_paragraph_brands_table.docx": build_d6,
    "p7_sichuan_leshan_pdf_category_headings_tier_colon_unit_book_title.pdf": build_p7,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
