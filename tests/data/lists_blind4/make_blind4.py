"""Write the office-file documents of lists_blind4 (.docx, .xlsx, text-layer .pdf) from the literal text below.

    python3 tests/data/lists_blind4/make_blind4.py

Every document's words are invented and are literals in this file (constants B6_…, B7_…, B8_… for the
files b6_…, b7_…, b8_…); the gold in gold.tsv was typed by hand from them. Deterministic: zip members get a
fixed timestamp and docProps fixed dates; the PDF a fixed creation date. Needs python-docx, openpyxl, fpdf2
and Debian's fonts-wqy-microhei. The .html and .txt documents of this folder are hand-written files.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- b6: state-owned enterprise, .docx table, title before unit
B6_HEAD = [
    ("title", "陕西秦川能源集团有限公司党委"),
    ("title", "关于公布集团第五届“秦川先锋”党建品牌案例评选结果的通知"),
    ("p", "集团各直属单位党委（党总支、党支部）："),
    ("p", "为推动党建工作与生产经营深度融合，集团党委于2024年8月至12月组织开展了第五届“秦川先锋”党建品牌案例评选。"
          "经基层申报、二级单位党委推荐、集团党委组织部初审和评审委员会评审，评出最佳案例2个、优秀案例4个、提名案例2个，"
          "现将结果予以公布。"),
]
B6_TABLE = [
    ["序号", "案例名称", "申报单位", "等次"],
    ["1", "“光伏+党建”点亮陕北荒漠", "榆林新能源分公司党委", "最佳案例"],
    ["2", "“安全红线”班组党建", "韩城煤业公司二号井党支部", "最佳案例"],
    ["3", "“电力先锋”保供暖", "西安热电厂党委", "优秀案例"],
    ["4", "“数智党建”一体化平台", "集团信息中心党支部", "优秀案例"],
    ["5", "“黄河岸边党旗红”", "延川风电项目部党支部", "优秀案例"],
    ["6", "“清洁能源进万家”", "渭南燃气公司党委", "优秀案例"],
    ["7", "“师带徒”工匠传承", "宝鸡装备制造公司党总支", "提名案例"],
    ["8", "“廉洁风电”清风工程", "靖边风电场党支部", "提名案例"],
]
B6_TAIL = [
    ("p", "希望获奖单位珍惜荣誉，持续擦亮党建品牌；各单位要学习借鉴，推动集团党建工作整体提升。"),
    ("right", "中共陕西秦川能源集团有限公司委员会"),
    ("right", "2025年1月10日"),
]

# ---------------------------------------------------------------- b7: university contest, .xlsx, 负责人 column, tier column
B7_TITLE = "鄂东理工大学第六届基层党建工作创新项目评选结果"
B7_HEADER = ["序号", "所在党委（党总支）", "项目名称", "负责人", "获奖等级"]
B7_ROWS = [
    ["1", "机械与汽车工程学院党委", "“红色引擎”师生党员科创团队", "张建华", "特等奖"],
    ["2", "化学与化工学院学生党支部", "“绿色化学”进社区科普宣讲", "李晓梅", "一等奖"],
    ["3", "马克思主义学院教工党支部", "“思政小课堂”走进矿山", "王志强", "一等奖"],
    ["4", "计算机学院教工第一党支部", "“代码先锋”服务乡村数字化", "刘洋", "二等奖"],
    ["5", "医学院护理系党支部", "“白衣天使”健康驿站", "陈静", "二等奖"],
    ["6", "图书馆党支部", "“书香党建”阅读推广", "周敏", "二等奖"],
    ["7", "后勤保障处党总支", "“红色后勤”暖心服务", "吴德明", "优秀奖"],
    ["8", "艺术设计学院学生党支部", "“铜都记忆”文创设计", "郑雨萱", "优秀奖"],
    ["9", "体育学院党总支", "“阳光体育”党员示范岗", "孙浩", "优秀奖"],
]
B7_NOTES = ["中共鄂东理工大学委员会组织部　2025年6月20日", "注：学校位于湖北省黄石市。"]

# ---------------------------------------------------------------- b8: prefecture contest, .pdf, numbered TITLE（UNIT） lines
B8_RUNNING = "中共黔东南州委组织部"
B8_LINES = [
    "2024年度黔东南州基层党建创新“十佳”案例和入围案例名单",
    "中共黔东南州委组织部　2025年2月18日",
    "经县（市）委组织部推荐、州委组织部组织专家评审，评出“十佳”案例10个、入围案例3个，名单如下：",
    "一、“十佳”案例",
    "1. “苗绣工坊”带富绣娘（雷山县丹江镇党委）",
    "2. “鼓楼议事”聚民心（黎平县肇兴镇党委）",
    "3. “稻鱼鸭”共生产业党建（从江县加榜乡党委）",
    "4. “古城红管家”服务游客（镇远县青溪镇党委）",
    "5. “姊妹节”里的党课（台江县台拱街道党工委）",
    "6. “网格+寨老”化解矛盾（凯里市大十字街道党工委）",
    "7. “杉木林下”经济党员示范基地（剑河县南明镇党委）",
    "8. “酸汤产业链”党建联盟（麻江县宣威镇党委）",
    "9. “蜡染传承”党员工作室（丹寨县龙泉镇党委）",
    "10. “侗歌宣讲”进村寨（榕江县栽麻镇党委）",
    "二、入围案例",
    "1. “溪流守护”河长制（三穗县台烈镇党委）",
    "2. “油茶先锋”助增收（天柱县邦洞街道党工委）",
    "3. “银饰小镇”红色联盟（施秉县城关镇党委）",
    "以上案例将汇编印发，供各地学习借鉴。",
]


# the OOXML writers of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_office = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))
_freeze_zip = _office["_freeze_zip"]
_save_zip = _office["_save_zip"]


def _paras(d, paras) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    for kind, text in paras:
        p = d.add_paragraph(text)
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build_b6(path: Path) -> None:
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind4"
    _paras(d, B6_HEAD)
    t = d.add_table(rows=len(B6_TABLE), cols=len(B6_TABLE[0]))
    t.style = "Table Grid"
    for i, row in enumerate(B6_TABLE):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    _paras(d, B6_TAIL)
    _save_zip(path, d.save)


def build_b7(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "评选结果"
    ws.append([B7_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(B7_HEADER))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(B7_HEADER)
    for r in B7_ROWS:
        ws.append([int(r[0])] + r[1:])
    ws.append([])
    for n in B7_NOTES:
        ws.append([n])
    wb.properties.creator = "lists_blind4"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_b8(path: Path) -> None:
    from fpdf import FPDF

    class Paged(FPDF):
        def header(self):
            self.set_font("wqy", size=8)
            self.cell(0, 6, B8_RUNNING, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-15)
            self.set_font("wqy", size=8)
            self.cell(0, 8, f"- {self.page_no()} -", align="C")

    p = Paged()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind4.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    p.set_font("wqy", size=14)
    p.multi_cell(0, 10, B8_LINES[0], align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("wqy", size=11)
    for line in B8_LINES[1:]:
        p.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "b6_qinchuan_soe_table.docx": build_b6,
    "b7_edong_university.xlsx": build_b7,
    "b8_qiandongnan_title_unit.pdf": build_b8,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
