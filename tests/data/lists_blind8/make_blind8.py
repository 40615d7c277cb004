"""Write the office-file documents of lists_blind8 (.docx and a text-layer .pdf) from the literal text below.

    python3 tests/data/lists_blind8/make_blind8.py

Every document's words are invented and are literals in this file (constants F1_… for f1_…, F7_… for f7_…);
the gold in gold.tsv was typed by hand from them. Deterministic: zip members get a fixed timestamp and
docProps fixed dates (lists_office's OOXML writer `_save_zip`); the PDF a fixed creation date. Needs
python-docx, fpdf2 and Debian's fonts-wqy-microhei. The .csv, .html and .txt documents of this folder are
hand-written files.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- f1: .docx in traditional characters, a Hong Kong reprint
F1_PARAS = [
    ("small", "港澳內地資訊週刊　2025年第18期　內地動態"),
    ("title", "廣東省第三屆基層黨建創新案例評選結果揭曉"),
    ("small", "（本刊據中共廣東省委組織部公佈之名單整理轉載）"),
    ("p", "【本刊訊】廣東省第三屆基層黨建創新案例評選活動日前落下帷幕。是次評選由中共廣東省委組織部主辦，"
          "自2024年10月起面向全省徵集案例，共收到各地級以上市及省直單位推薦案例一百二十餘個，"
          "經初審、專家評審及實地考察，最終評出一等獎3個、二等獎5個。獲獎名單如下："),
    ("h", "一等獎"),
    ("p", "廣州市越秀區北京街道黨工委：《「騎樓之下」共治議事會》"),
    ("p", "深圳市南山區粵海街道黨工委：《「科技園區」黨建聯盟賦能創新企業》"),
    ("p", "佛山市順德區容桂街道黨工委：《「製造業當家」兩新黨建》"),
    ("h", "二等獎"),
    ("p", "韶關市仁化縣丹霞街道黨工委：《「丹霞紅」生態旅遊黨建》"),
    ("p", "梅州市興寧市寧新街道黨工委：《「客家圍龍屋」鄉賢議事》"),
    ("p", "汕頭市潮陽區和平鎮黨委：《「潮汕祠堂」變身黨群服務站》"),
    ("p", "廣東省交通運輸集團有限公司黨委：《「高速先鋒」服務區黨建》"),
    ("p", "湛江市霞山區海頭街道黨工委：《「港城漁家」黨員互助》"),
    ("p", "據介紹，獲獎案例將彙編成冊，並在全省範圍內推廣交流。"),
    ("small", "（原文刊於2025年3月12日，本刊轉載時略有刪節，標題為編者所加）"),
    ("small", "責任編輯：陳嘉欣　　校對：梁詠詩"),
    ("small", "本刊地址：香港灣仔告士打道一百號十二樓　電話：(852) 2800 0000"),
]

# ---------------------------------------------------------------- f7: text-layer .pdf of a university, ruled table, unit cells wrapping
F7_RUNNING = "武汉江城理工大学党委组织部"
F7_HEAD = [
    "关于公布武汉江城理工大学第四届基层党建工作创新项目评选结果的通知",
    "各二级党组织：",
    "根据《武汉江城理工大学基层党建工作创新项目评选办法》，经各二级党组织推荐、学校党委组织部组织专家评审并报"
    "学校党委审定，评出一等奖3项、二等奖4项、三等奖6项，现予公布。",
]
F7_HEADER = ["序号", "学院（单位）", "项目名称", "等次"]
F7_ROWS = [
    ["1", "马克思主义学院（思想政治理论课教学研究部）党委", "“理论微宣讲”进宿舍", "一等奖"],
    ["2", "机械工程与自动化学院本科生第一党支部", "“智造先锋”科创帮扶", "一等奖"],
    ["3", "材料科学与工程学院（新能源材料研究院）党委", "“材料+党建”校企联建", "一等奖"],
    ["4", "土木工程与建筑学院研究生党总支", "“桥梁红”工地课堂", "二等奖"],
    ["5", "计算机科学与技术学院（软件学院）教工党支部", "“代码先锋”服务社区", "二等奖"],
    ["6", "外国语学院翻译系教工党支部", "“译述中国”志愿服务", "二等奖"],
    ["7", "经济与管理学院会计学系学生党支部", "“红色账本”学党史", "二等奖"],
    ["8", "图书馆（档案馆）直属党支部", "“书香党建”阅读推广", "三等奖"],
    ["9", "电气与电子工程学院（微电子学院）学生党总支", "“芯火相传”朋辈导学", "三等奖"],
    ["10", "后勤保障处（后勤服务集团）党总支", "“红色后勤”暖心食堂", "三等奖"],
    ["11", "化学与环境工程学院环境工程系教工党支部", "“清水行动”护东湖", "三等奖"],
    ["12", "艺术设计学院视觉传达设计系学生党支部", "“红色文创”设计工作坊", "三等奖"],
    ["13", "体育学院（体育教学部）教工党支部", "“阳光体育”党员先锋队", "三等奖"],
]
F7_TAIL = ["中共武汉江城理工大学委员会组织部", "2025年6月20日"]


# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_f1(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind8"
    for kind, text in F1_PARAS:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(16)
        elif kind == "h":
            run.bold = True
        elif kind == "small":
            run.font.size = Pt(9)
    _save_zip(path, d.save)


def build_f7(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import VAlign
    from fpdf.fonts import FontFace

    class Paged(FPDF):
        def header(self):
            self.set_font("wqy", size=8)
            self.cell(0, 6, F7_RUNNING, align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-15)
            self.set_font("wqy", size=9)
            self.cell(0, 8, f"第 {self.page_no()} 页 共 {{nb}} 页", align="C")

    p = Paged()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind8.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    p.set_font("wqy", size=15)
    p.multi_cell(0, 10, F7_HEAD[0], align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.set_font("wqy", size=12)
    for line in F7_HEAD[1:]:
        p.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    with p.table(col_widths=(14, 70, 76, 24), line_height=11, v_align=VAlign.T,
                 text_align=("CENTER", "LEFT", "LEFT", "CENTER"),
                 headings_style=FontFace(emphasis="", fill_color=(230, 230, 230))) as table:
        for row in [F7_HEADER] + F7_ROWS:
            r = table.row()
            for cell in row:
                r.cell(cell)
    p.ln(8)
    for line in F7_TAIL:
        p.cell(0, 8, line, align="R", new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "f1_guangdong_traditional_reprint.docx": build_f1,
    "f7_wuhan_gaoxiao_ruled_table.pdf": build_f7,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
