"""Write the office-file documents of lists_blind6 (.docx, .xlsx, text-layer .pdf) from the literal text below.

    python3 tests/data/lists_blind6/make_blind6.py

Every document's words are invented and are literals in this file (constants F3_…, F4_…, F5_… for the
files f3_…, f4_…, f5_…); the gold in gold.tsv was typed by hand from them. A tuple of strings is one cell or
entry printed over two lines (head, tail). Deterministic: zip members get a fixed timestamp and docProps fixed
dates (lists_office's OOXML writers); the PDF a fixed creation date. Needs python-docx, openpyxl, fpdf2 and
Debian's fonts-wqy-microhei. The .html and .txt documents of this folder are hand-written files.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- f3: 表彰决定 (.docx), 附件 with tier headings, UNIT：TITLE, wrapped titles
F3_HEAD = [
    ("title", "中共台州市委组织部"),
    ("title", "关于表彰第二届台州市“和合善治”基层党建创新成果的决定"),
    ("title", "台组发〔2025〕8号"),
    ("p", "各县（市、区）委组织部，市直各单位党组（党委）："),
    ("p", "2024年7月至12月，市委组织部组织开展了第二届台州市“和合善治”基层党建创新成果评选活动。各地各单位坚持"
          "问题导向、注重实效，涌现出一批可复制、可推广的创新成果。经组织推荐、专家评审、实地核查和部务会议研究，"
          "决定对椒江区白云街道党工委等8个基层党建创新成果予以表彰，其中特等奖1个、一等奖3个、二等奖4个。"),
    ("p", "希望受表彰的单位珍惜荣誉、再接再厉，不断深化创新成果。全市各级党组织要以先进为榜样，"
          "推动基层党建工作提质增效，为奋力推进中国式现代化台州新实践提供坚强组织保证。"),
    ("p", "附件：第二届台州市“和合善治”基层党建创新成果获奖名单"),
    ("right", "中共台州市委组织部"),
    ("right", "2025年2月26日"),
]
F3_ANNEX = [
    ("p", "附件"),
    ("title", "第二届台州市“和合善治”基层党建创新成果获奖名单"),
    ("h", "一、特等奖（1个）"),
    ("p", "椒江区白云街道党工委：“和合调解”十分钟服务圈"),
    ("h", "二、一等奖（3个）"),
    ("p", ("黄岩区北城街道党工委：“橘乡红盟”推动城乡融合发展——以“党建联盟+共富工坊”带动", "十个村集体经济增收")),
    ("p", "路桥区金清镇党委：“金清港湾”渔民党员先锋行动"),
    ("p", ("临海市古城街道党工委：“千年府城”历史街区共治共享", "机制的探索与实践")),
    ("h", "三、二等奖（4个）"),
    ("p", "温岭市石塘镇党委：“石屋渔村”红色旅游"),
    ("p", "天台县平桥镇党委：“和合文化”进网格"),
    ("p", ("仙居县白塔镇党委：“神仙居下”民宿党建联盟助推乡村旅游提质增效的", "实践路径")),
    ("p", "三门县健跳镇党委：“健跳港”海上枫桥"),
]

# ---------------------------------------------------------------- f4: text-layer .pdf, table aligned by spaces only, wrapped cells
F4_RUNNING = "徐州市委组织部　组织工作通报"
F4_HEAD = [
    "2024年度徐州市基层党建创新项目获奖名单",
    "经各县（市、区）委组织部推荐、市委组织部组织评审，评出一等奖2项、二等奖3项、三等奖4项。",
]
F4_COLS = (14, 72, 150)  # mm from the left margin at which 申报单位 / 项目名称 / 获奖等级 start
F4_TABLE = [
    ["序号", "申报单位", "项目名称", "获奖等级"],
    ["1", "鼓楼区丰财街道党工委", "“运河红帆”沿河社区共建共治", "一等奖"],
    ["2", "云龙区彭城街道党工委", "“彭城老街”商户党建联盟", "一等奖"],
    ["3", "贾汪区大吴街道党工委", ("“采煤塌陷地”变身生态公园", "的党建密码"), "二等奖"],
    ["4", "铜山区柳泉镇党委", "“柳泉书画”文化党建", "二等奖"],
    ["5", ("徐州经济技术开发区大黄山", "街道党工委"), "“园区红管家”服务企业", "二等奖"],
    ["6", "泉山区王陵街道党工委", "“王陵夜话”社区议事", "三等奖"],
    ["7", "丰县欢口镇党委", ("“红富士之乡”果农党员合作", "社带动产业振兴"), "三等奖"],
    ["8", "睢宁县沙集镇党委", "“电商沙集”党员创业联盟", "三等奖"],
    ["9", "邳州市碾庄镇党委", "“银杏红”党员志愿服务", "三等奖"],
]
F4_TAIL = ["中共徐州市委组织部", "2025年1月15日"]

# ---------------------------------------------------------------- f5: .xlsx, one sheet per tier, county column
F5_TITLE = "赣州市第三届“两新”组织党建品牌评选{}名单"
F5_HEADER = ["序号", "单位名称", "项目名称", "所在县（市、区）"]
F5_SHEETS = [
    ("一等奖", [
        ["1", "赣州稀土新材料股份有限公司党委", "“稀土先锋”攻关团队", "章贡区"],
        ["2", "于都县服装产业联合党委", "“长征源”红色工坊", "于都县"],
    ]),
    ("二等奖", [
        ["1", "江西南康家具产业园党委", "“家具之都”党建联盟", "南康区"],
        ["2", "瑞金红都文旅发展有限公司党支部", "“红色故都”讲解员队伍", "瑞金市"],
        ["3", "信丰脐橙产业协会党支部", "“脐橙党员”示范园", "信丰县"],
    ]),
    ("三等奖", [
        ["1", "鑫达物流有限公司党支部", "“红色货运”驿站", "章贡区"],
        ["2", "兴国县表演艺术团党支部", "“山歌唱党恩”", "兴国县"],
        ["3", "宁都县黄陂镇商会党支部", "“商会+党建”助农", "宁都县"],
        ["4", "华宇电子科技有限公司党总支", "“芯片先锋”岗", "南康区"],
    ]),
]
F5_NOTE = "制表：中共赣州市委两新工委　2025年7月8日"


# the OOXML writers of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_office = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))
_save_zip = _office["_save_zip"]


def _paras(d, paras) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    for kind, text in paras:
        for part in (text if isinstance(text, tuple) else (text,)):
            p = d.add_paragraph()
            run = p.add_run(part)
            if kind == "title":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run.bold = True
            elif kind == "h":
                run.bold = True
            elif kind == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build_f3(path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind6"
    _paras(d, F3_HEAD)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _paras(d, F3_ANNEX)
    _save_zip(path, d.save)


def _pad(cells, width) -> str:
    """One printed line: each cell is pushed by ordinary spaces to its column of F4_COLS (mm from the margin)."""
    line = ""
    for col, cell in zip((0,) + F4_COLS, cells):
        if cell:
            gap = max(round((col - width(line)) / width(" ")), 2 if line else 0)
            line += " " * gap + cell
    return line.rstrip()


def _lines(row, width):
    heads = [c[0] if isinstance(c, tuple) else c for c in row]
    tails = [c[1] if isinstance(c, tuple) else "" for c in row]
    return [_pad(heads, width)] + ([_pad(tails, width)] if any(tails) else [])


def build_f4(path: Path) -> None:
    from fpdf import FPDF

    class Paged(FPDF):
        def header(self):
            self.set_font("wqy", size=8)
            self.cell(0, 6, F4_RUNNING, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-15)
            self.set_font("wqy", size=8)
            self.cell(0, 8, f"- {self.page_no()} -", align="C")

    p = Paged()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind6.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    p.set_font("wqy", size=14)
    p.multi_cell(0, 10, F4_HEAD[0], align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("wqy", size=10.5)
    p.multi_cell(0, 7, F4_HEAD[1], new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    for row in F4_TABLE:
        for line in _lines(row, p.get_string_width):
            p.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    for line in F4_TAIL:
        p.cell(0, 7, line, align="R", new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


def build_f5(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    wb.remove(wb.active)
    for tier, rows in F5_SHEETS:
        ws = wb.create_sheet(tier)
        ws.append([F5_TITLE.format(tier)])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(F5_HEADER))
        ws["A1"].font = Font(bold=True, size=14)
        ws["A1"].alignment = Alignment(horizontal="center")
        ws.append(F5_HEADER)
        for r in rows:
            ws.append([int(r[0])] + r[1:])
    ws.append([])
    ws.append([F5_NOTE])
    wb.properties.creator = "lists_blind6"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


BUILDERS = {
    "f3_taizhou_decision_annex.docx": build_f3,
    "f4_xuzhou_space_aligned.pdf": build_f4,
    "f5_ganzhou_sheet_per_tier.xlsx": build_f5,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
