"""Write the office-file documents of lists_blind27 (a .docx 历届 table with a merged 届次 column, an .xlsx cumulative sheet
with a 年度 column, a .pdf 第三批 notice with tier headings and wrapped entries) from the literals below.

    python3 tests/data/lists_blind27/make_blind27.py

Every document's words are invented and are literals here (constants D4_… for d4_…, X5_… for x5_…, P6_… for p6_…);
gold.tsv was typed by hand from them. Deterministic as lists_blind16/make_blind16.py: lists_office's OOXML writer
`_save_zip` (imported) fixes zip timestamps and core-property dates; the PDF gets a fixed creation date. Needs
python-docx, openpyxl, fpdf2 and fonts-wqy-microhei. The .html and .txt documents are hand-written.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- d4: .docx 卫健委 历届 table, 届次 cells merged down
D4_HEAD = [
    ("title", "甘肃省公立医院党建工作创新案例历届获奖名单"),
    ("sub", "（第一届—第三届）"),
    ("p", "为便于各地各单位学习借鉴，现将2020年以来三届全省公立医院党建工作创新案例评选获奖名单汇总如下。"
          "各医院党组织可结合实际，组织党员开展交流学习。"),
]
D4_HEADER = ["届次", "序号", "申报单位", "案例名称", "等次"]
D4_ROWS = [
    ["第一届\n（2020年）", "1", "甘肃省陇原中医医院党委", "“党建+中医药文化”三进三融工作法", "一等奖"],
    ["第一届\n（2020年）", "2", "天水伏羲医院党委", "“支部建在学科上”推动临床科室党建全覆盖", "二等奖"],
    ["第一届\n（2020年）", "3", "张掖市甘州区丹霞康复医院党支部", "医共体“流动党员服务站”巡诊乡村", "二等奖"],
    ["第二届\n（2022年）", "4", "兰州陇原心血管病医院党委", "“党员示范岗+积分制”激活医务人员干事创业", "一等奖"],
    ["第二届\n（2022年）", "5", "武威市凉州区天马妇幼保健院党支部", "“母婴安全党员责任区”网格化管理", "二等奖"],
    ["第二届\n（2022年）", "6", "庆阳市岐黄中西医结合医院党委", "“岐黄先锋”党员专家下基层", "三等奖"],
    ["第二届\n（2022年）", "7", "甘肃省陇原中医医院护理部党支部", "“白衣天使微党课”", "三等奖"],
    ["第三届\n（2024年）", "8", "酒泉市肃州区泉湖社区卫生服务中心党支部", "家庭医生签约“党员中心户”联系制度", "一等奖"],
    ["第三届\n（2024年）", "9", "平凉市泾水医院党委", "党委领导下的院长负责制“议事规则清单”", "二等奖"],
    ["第三届\n（2024年）", "10", "白银市平川区银铜医院党总支", "“红色医联体”党建联盟", "二等奖"],
    ["第三届\n（2024年）", "11", "兰州市城关区雁南社区卫生服务中心党支部", "“健康网格员”进楼栋", "三等奖"],
]
D4_TAIL = [
    "注：1.第一届未设三等奖；2.单位名称以获奖时为准；3.本表由委机关党委（直属机关党委）整理，如有出入以当年正式通报为准。",
    "甘肃省卫生健康委员会机关党委",
    "2025年4月",
]

# ---------------------------------------------------------------- x5: .xlsx 历年 sheet with a 年度 column, 所在区 column
X5_TITLE = "哈尔滨市城市社区党建创新项目评选历年获奖名单（2022—2025年度）"
X5_HEADER = ["年度", "序号", "所在区", "申报单位", "项目名称", "获奖等次", "备注"]
X5_ROWS = [
    ["2022年度", 1, "道里区", "新阳路街道松韵社区党委", "“红色网格”一网统管", "一等奖", ""],
    ["2022年度", 2, "南岗区", "花园街道丁香社区党委", "社区“大党委”兼职委员制", "二等奖", ""],
    ["2022年度", 3, "香坊区", "哈尔滨市香坊区和平路街道冰凌社区党总支", "“楼栋长+党员中心户”联户机制", "三等奖", ""],
    ["2023年度", 4, "松北区", "松北街道江湾社区党委", "“网上党支部”凝聚流动党员", "一等奖", ""],
    ["2023年度", 5, "道外区", "靖宇街道红砖社区党委", "老街区“积分制”志愿服务", "二等奖", ""],
    ["2023年度", 6, "平房区", "兴建街道航城社区党委", "“厂社联建”党建共同体", "三等奖", ""],
    ["2024年度", 7, "南岗区", "大成街道书香社区党委", "“居民说事厅”议事协商", "一等奖", ""],
    ["2024年度", 8, "呼兰区", "兰河街道荷韵社区党支部", "城乡结合部社区“四议两公开”工作法", "二等奖", "原兰河社区，2024年拆分"],
    ["2024年度", 9, "道里区", "群力街道金穗社区党委", "“物业党建联建”破解小区治理难题", "三等奖", ""],
    ["2025年度", 10, "香坊区", "哈尔滨市香坊区通天街道雪松社区党委", "“冰雪红管家”冬季为老服务", "一等奖", ""],
    ["2025年度", 11, "松北区", "太阳岛街道星光社区党委", "新建小区“党建+网格+物业”融合治理", "二等奖", ""],
    ["2025年度", 12, "道外区", "滨江街道码头社区党支部", "“老党员讲堂”", "三等奖", ""],
]
X5_NOTE = ["制表：市委组织部基层组织建设处　联系电话：0451-8xxxxxx1　（2025年度结果经市委组织部部务会审定）"]
X5_README = [
    ["填表说明"],
    ["1. 本表汇总2022年度以来全市城市社区党建创新项目评选获奖情况，每年度评选一等奖、二等奖、三等奖各1个。"],
    ["2. “所在区”按获奖时所属区填写。"],
    ["3. 请勿修改表头，新增年度请在末行后续填。"],
]

# ---------------------------------------------------------------- p6: .pdf 市委组织部 通知, 第三批, tier headings, wrapped entries
P6_LINES = [
    ("red", "中共拉萨市委组织部"),
    ("small", "拉组通〔2026〕8号"),
    ("title", "关于公布第三批拉萨市基层党建创新案例的通知"),
    ("p", "各县（区）委组织部，市直各党（工）委，各开发区党工委："),
    ("p", "为进一步总结推广基层党建工作中的好经验好做法，市委组织部组织开展了第三批拉萨市基层党建创新案例征集遴选工作。"
          "经基层申报、县（区）推荐、实地核查和集中评审，确定示范案例4个、优秀案例5个，现予公布。"),
    ("h", "一、示范案例"),
    ("p", "1．城关区八廓街道党工委：“八廓古城网格化管理+双联户”服务模式"),
    ("p", "2．堆龙德庆区乃琼镇党委：“党员中心户”联系农牧民群众“十到户”工作法，推动强基惠民常态化长效化"),
    ("p", "3．达孜区德庆镇党委：村务监督委员会“阳光议事”机制"),
    ("p", "4．市教育局机关党委：“双语微党课”进校园"),
    ("h", "二、优秀案例"),
    ("p", "1．当雄县羊八井镇党委：牧区“流动党员之家”随牧服务"),
    ("p", "2．墨竹工卡县甲玛乡党委：“四议两公开”规范村级重大事项决策，实现村级事务由“干部说了算”向“群众商量办”转变"),
    ("p", "3．曲水县茶巴拉乡党委：易地搬迁安置点“网格党小组”"),
    ("p", "4．拉萨经济技术开发区机关党委：园区企业“党建指导员”全覆盖"),
    ("p", "5．林周县强嘎乡党委：“积分制”管理激活村级集体经济"),
    ("p", "各级党组织要加强对入选案例的跟踪指导，及时总结提炼，推动创新成果转化为基层治理效能。"),
    ("small", "中共拉萨市委组织部"),
    ("small", "2026年3月20日"),
    ("foot", "（此件公开发布）　　　　联系人：次仁某某　　电话：0891-6xxxxx2"),
]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_d4(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind27"
    for kind, text in D4_HEAD:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind in ("title", "sub"):
            run.bold = kind == "title"
            run.font.size = Pt(16 if kind == "title" else 12)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = d.add_table(rows=1 + len(D4_ROWS), cols=len(D4_HEADER))
    table.style = "Table Grid"
    for c, text in enumerate(D4_HEADER):
        table.cell(0, c).text = text
    for r, row in enumerate(D4_ROWS, start=1):
        for c, text in enumerate(row[1:], start=1):
            table.cell(r, c).text = text
    # the 届次 column: one merged cell per edition, its text written once
    start = 1
    for r in range(1, len(D4_ROWS) + 1):
        last = r == len(D4_ROWS) or D4_ROWS[r][0] != D4_ROWS[r - 1][0]
        if last:
            cell = table.cell(start, 0).merge(table.cell(r, 0)) if r > start else table.cell(start, 0)
            cell.text = D4_ROWS[r - 1][0]
            start = r + 1
    for i, text in enumerate(D4_TAIL):
        p = d.add_paragraph(text)
        if i:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _save_zip(path, d.save)


def build_x5(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "历年获奖项目"
    ws.append([X5_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(X5_HEADER))
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(X5_HEADER)
    for row in X5_ROWS:
        ws.append(row)
    ws.append([])
    ws.append(X5_NOTE)
    notes = wb.create_sheet("填表说明")
    for row in X5_README:
        notes.append(row)
    wb.properties.creator = "lists_blind27"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_p6(path: Path) -> None:
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind27.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    for kind, text in P6_LINES:
        if kind == "red":
            p.set_text_color(190, 30, 30)
            p.set_font("wqy", size=20)
            p.cell(0, 14, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.set_draw_color(190, 30, 30)
            p.line(15, p.get_y() + 1, p.w - 15, p.get_y() + 1)
            p.set_draw_color(0, 0, 0)
            p.set_text_color(30, 30, 30)
            p.ln(4)
        elif kind == "title":
            p.set_font("wqy", size=14)
            p.multi_cell(0, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.ln(3)
        elif kind == "h":
            p.set_font("wqy", size=12)
            p.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            p.set_font("wqy", size=11)
            p.cell(0, 7, text, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "foot":
            p.set_y(-25)
            p.set_font("wqy", size=9)
            p.cell(0, 6, text, align="C")
        else:
            p.set_font("wqy", size=11)
            p.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "d4_gansu_hospitals_docx_cumulative_table_merged_jieci_column.docx": build_d4,
    "x5_heilongjiang_harbin_xlsx_communities_niandu_column.xlsx": build_x5,
    "p6_xizang_lasa_pdf_di_san_pi_tier_headings_wrapped_entries.pdf": build_p6,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
