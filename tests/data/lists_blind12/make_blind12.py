"""Write the office-file documents of lists_blind12 (.docx, .xlsx and a text-layer .pdf) from the literal text below.

    python3 tests/data/lists_blind12/make_blind12.py

Every document's words are invented and are literals in this file (constants G5_… for g5_…, G6_… for g6_…, G7_… for
g7_…, G8_… for g8_…); the gold in gold.tsv was typed by hand from them. Deterministic the way lists_blind10's
make_blind10.py is: zip members get a fixed timestamp and docProps fixed dates (lists_office's OOXML writer
`_save_zip`, imported); the PDF a fixed creation date. Needs python-docx, openpyxl, fpdf2 and fonts-wqy-microhei.
The .html and .txt documents of this folder are hand-written files.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- g5: .docx university 党委 notice, Word table with 等次 column
G5_HEAD = [
    ("small", "党委组织部发〔2025〕9号"),
    ("title", "关于公布西安秦川理工大学第三届“样板支部”党建工作创新案例评选结果的通知"),
    ("p", "各二级党组织："),
    ("p", "为深入实施新时代高校党建示范创建和质量创优工作，学校党委于2025年3月至5月组织开展了第三届“样板支部”"
          "党建工作创新案例评选。经各二级党组织推荐、校内外专家评审、校党委常委会审定，共评出特等奖1项、一等奖3项、"
          "二等奖5项，现予公布。"),
    ("p", "希望获奖支部发挥示范引领作用，各党支部对标学习，进一步提升党支部建设质量。"),
    ("p", "附件：第三届“样板支部”党建工作创新案例获奖名单"),
    ("h", "第三届“样板支部”党建工作创新案例获奖名单"),
]
G5_HEADER = ["序号", "案例名称", "所在党组织", "等次"]
G5_ROWS = [
    ["1", "“科研攻关在一线”师生联合党支部建设", "机械工程学院智能制造教工党支部", "特等奖"],
    ["2", "“三全育人”导师制党建引领", "材料科学与工程学院本科生第一党支部", "一等奖"],
    ["3", "“红色丝路”国际学生思政共同体", "国际教育学院教工党支部", "一等奖"],
    ["4", "“秦岭生态”志愿服务品牌", "环境与市政工程学院研究生党支部", "一等奖"],
    ["5", "“党建+实验室安全”双责任体系", "化学与化工学院教工第二党支部", "二等奖"],
    ["6", "“书香秦川”阅读推广", "图书馆党支部", "二等奖"],
    ["7", "“一站式”学生社区党员服务岗", "学生工作部（处）党支部", "二等奖"],
    ["8", "“后勤先锋”保障服务", "后勤保障处第一党支部", "二等奖"],
    ["9", "“数智党建”平台赋能组织生活", "计算机科学与技术学院教工党支部", "二等奖"],
]
G5_TAIL = ["中共西安秦川理工大学委员会组织部", "2025年6月12日"]

# ---------------------------------------------------------------- g6: .docx 表彰决定, numbered tier sections, “TITLE”（UNIT）
G6_PARAS = [
    ("small", "市委发〔2025〕23号"),
    ("title", "中共桂林市委关于表彰2025年度桂林市基层党建工作创新奖的决定"),
    ("p", "各县（市、区）委，市委各部委，市直各单位党组（党委）："),
    ("p", "2025年，全市各级党组织聚焦世界级旅游城市建设，大胆探索、勇于创新，涌现出一批可复制可推广的基层党建工作"
          "创新成果。为表彰先进，市委决定，授予“漓江红”街区党建联盟等4个项目“桂林市基层党建工作创新奖”，"
          "授予“龙脊梯田”党员责任田等5个项目“桂林市基层党建工作创新提名奖”。"),
    ("p", "希望受表彰的单位珍惜荣誉，再创佳绩。"),
    ("p", "附件：2025年度桂林市基层党建工作创新奖获奖项目名单"),
    ("h", "一、桂林市基层党建工作创新奖（4项）"),
    ("p", "“漓江红”街区党建联盟（秀峰区丽君街道党工委）"),
    ("p", "“山水画廊”景区党建共同体（阳朔县委组织部）"),
    ("p", "“桂花飘香”邻里守望（七星区穿山街道党工委）"),
    ("p", "“灵渠红”水利工程党建（兴安县水利局党组）"),
    ("h", "二、桂林市基层党建工作创新提名奖（5项）"),
    ("p", "“龙脊梯田”党员责任田（龙胜各族自治县和平乡党委）"),
    ("p", "“象山夜话”楼宇议事（象山区象山街道党工委）"),
    ("p", "“临桂新区”园区党建服务中心（临桂区委两新工委）"),
    ("p", "“桂林米粉”小店党建（市市场监督管理局机关党委）"),
    ("p", "“漓江渔火”水上党员服务队（桂林旅游航运有限公司党支部）"),
    ("small", "中共桂林市委"),
    ("small", "2025年7月1日"),
]

# ---------------------------------------------------------------- g7: .xlsx 公示 attachment, city cells merged down, category column
G7_TOP = ["附件"]
G7_TITLE = "全省农村基层党建创新案例拟入选名单"
G7_HEADER = ["序号", "市（地）", "案例名称", "申报单位", "拟入选类别"]
G7_ROWS = [
    ["1", "哈尔滨市", "“黑土地”党员示范田", "巴彦县兴隆镇党委", "精品案例"],
    ["2", "哈尔滨市", "“冰城红”村级集体经济合作社", "五常市龙凤山镇乐园村党总支", "优秀案例"],
    ["3", "齐齐哈尔市", "“鹤乡先锋”湿地保护党员队", "扎龙镇党委", "精品案例"],
    ["4", "齐齐哈尔市", "“大米银行”村企联建", "龙江县白山乡党委", "优秀案例"],
    ["5", "牡丹江市", "“雪乡红”冰雪旅游党建", "海林市长汀镇党委", "精品案例"],
    ["6", "佳木斯市", "“三江粮仓”党员农机服务队", "富锦市二龙山镇党委", "优秀案例"],
    ["7", "绥化市", "“寒地黑土”党建引领产业振兴", "海伦市共合镇党委", "优秀案例"],
    ["8", "伊春市", "“林都卫士”护林防火党小组", "铁力市桃山镇党委", "优秀案例"],
    ["9", "大庆市", "“铁人精神”进村屯", "林甸县四合乡党委", "优秀案例"],
    ["10", "鸡西市", "“兴凯湖畔”渔村党建", "密山市当壁镇党委", "优秀案例"],
]
G7_MERGES = [(4, 5), (6, 7)]  # sheet rows whose 市（地） cells are merged down (哈尔滨市, 齐齐哈尔市)
G7_FOOT = ["公示时间：2025年9月8日至9月14日。联系电话：0451-8266XXXX（省委组织部组织二处）",
           "中共黑龙江省委组织部"]

# ---------------------------------------------------------------- g8: .pdf yearbook page, run-in tiers, 《TITLE》 after unit
G8_RUNHEAD = "昆明年鉴（2025）　　　　　　　　　　　　　　　　　　　　中国共产党昆明市委员会"
G8_PARAS = [
    "【组织工作】",
    "【“春城先锋”基层党建创新案例评选】2024年，市委组织部组织开展第二届“春城先锋”基层党建创新案例评选，"
    "全市共申报案例205个，经初评、复评和终评，评出一等奖3个、二等奖4个。",
    "一等奖：五华区华山街道党工委《“翠湖之畔”街区治理共同体》；盘龙区拓东街道党工委《“红色物业”进小区》；"
    "安宁市太平新城街道党工委《“温泉小镇”康养服务党建联盟》。",
    "二等奖：呈贡区大学城党建联盟《“高校+社区”共建共享》；官渡区螺蛳湾商贸区党委《“市场党建”服务商户》；"
    "嵩明县杨林镇党委《“杨林经开”园区党建》；禄劝彝族苗族自治县转龙镇党委《“乡村振兴”示范带》。",
    "【党员教育培训】2024年，全市举办各类党员培训班312期，培训党员4.8万人次。组织开展“昆明先锋讲堂”"
    "进基层活动，市县两级领导干部讲授党课86场。依托远程教育站点开展“每月一课”，覆盖全市所有行政村。",
    "（撰稿：李春华　审稿：段志明）",
]
G8_FOLIO = "· 58 ·"


# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def _docx_paras(d, paras):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    for kind, text in paras:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind in ("title", "h"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(16 if kind == "title" else 12)
        elif kind == "small":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _new_docx():
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind12"
    return d


def build_g5(path: Path) -> None:
    d = _new_docx()
    _docx_paras(d, G5_HEAD)
    table = d.add_table(rows=0, cols=len(G5_HEADER))
    table.style = "Table Grid"
    for row in [G5_HEADER] + G5_ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    _docx_paras(d, [("small", line) for line in G5_TAIL])
    _save_zip(path, d.save)


def build_g6(path: Path) -> None:
    d = _new_docx()
    _docx_paras(d, G6_PARAS)
    _save_zip(path, d.save)


def build_g7(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "拟入选名单"
    ws.append(G7_TOP)
    ws.append([G7_TITLE])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(G7_HEADER))
    ws["A2"].font = Font(bold=True, size=14)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.append(G7_HEADER)
    for row in G7_ROWS:
        ws.append(row)
    for first, last in G7_MERGES:  # a merged cell keeps only its top value, as in the printed attachment
        ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
        ws.cell(first, 2).alignment = Alignment(vertical="center")
    ws.append([])
    for line in G7_FOOT:
        ws.append([line])
    wb.properties.creator = "lists_blind12"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_g8(path: Path) -> None:
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind12.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    p.set_font("wqy", size=9)
    p.cell(0, 6, G8_RUNHEAD, border="B", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.set_font("wqy", size=11)
    for text in G8_PARAS:
        p.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
    p.set_y(-20)
    p.set_font("wqy", size=9)
    p.cell(0, 6, G8_FOLIO, align="C")
    p.output(str(path))


BUILDERS = {
    "g5_xian_university_docx_table_grade_column.docx": build_g5,
    "g6_guilin_decision_title_then_unit_in_parens.docx": build_g6,
    "g7_heilongjiang_xlsx_merged_city_category.xlsx": build_g7,
    "g8_kunming_yearbook_runin_pdf.pdf": build_g8,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
