"""Write the office-file documents of lists_blind5 (.docx, .xlsx, text-layer .pdf) from the literal text below.

    python3 tests/data/lists_blind5/make_blind5.py

Every document's words are invented and are literals in this file (constants C2_…, C3_…, C5_… for the
files c2_…, c3_…, c5_…); the gold in gold.tsv was typed by hand from them. Deterministic: the zip writers of
lists_office/make_office.py give members a fixed timestamp and docProps fixed dates; the PDF gets a fixed
creation date. Needs python-docx, openpyxl, fpdf2 and Debian's fonts-wqy-microhei. The .html and .txt
documents of this folder are hand-written files.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- c2: city contest, .docx, Word automatic numbering
# ("1." is not in the text: each entry paragraph carries w:numPr; each tier is a Heading 2 and restarts the numbering)
C2_HEAD = [
    ("title", "中共青岛市委组织部"),
    ("title", "关于第三届青岛市“红帆领航”社区党建创新案例评选结果的通报"),
    ("p", "各区、市委组织部，市直有关单位党组（党委）："),
    ("p", "为总结推广城市社区党建工作的好经验好做法，第三届青岛市“红帆领航”社区党建创新案例评选活动于2025年1月启动。"
          "经各区、市推荐，市委组织部组织专家评审，评出一等奖4个、二等奖4个、三等奖3个，现将评选结果通报如下。"),
]
C2_TIERS = [
    ("一等奖", [
        "市南区八大关街道党工委：“百年街区”红色议事厅",
        "崂山区沙子口街道党工委：“渔村振兴”党建联盟",
        "黄岛区长江路街道党工委：“自贸红帆”服务驿站",
        "胶州市三里河街道党工委：“秧歌里的党课”",
    ]),
    ("二等奖", [
        "市北区台东街道党工委：“商圈党建”激活老街区",
        "李沧区九水街道党工委：“山海社区”网格共治",
        "城阳区惜福镇街道党工委：“樱桃红了”产业党建",
        "平度市同和街道党工委：“田园议事会”",
    ]),
    ("三等奖", [
        "莱西市水集街道党工委：“红色物业”暖万家",
        "青岛西海岸新区灵山卫街道党工委：“海防文化”教育基地",
        "青岛高新区上马街道党工委：“蓝色硅谷”党群服务",
    ]),
]
C2_TAIL = [
    ("p", "希望受到通报表扬的单位再接再厉，各区、市要加强学习交流，推动社区党建工作提质增效。"),
    ("right", "中共青岛市委组织部"),
    ("right", "2025年3月12日"),
    ("p", "（此件公开发布）"),
]

# ---------------------------------------------------------------- c3: city contest, .xlsx, cover sheet first, header on row 3
C3_COVER = [
    ["哈尔滨市第四届“冰城先锋”基层党建创新案例推荐汇总表"],
    ["填表说明："],
    ["1. 本表由各区、县（市）委组织部和市直有关单位党组织填报，每单位推荐不超过2个案例。"],
    ["2. “所属领域”按城市基层、农村基层、两新组织、国有企业、机关事业单位填写。"],
    ["3. 拟定等次由市委组织部根据专家评审意见确定，以正式发文为准。"],
    ["报送单位：中共哈尔滨市委组织部组织一处"],
    ["联系人：赵明轩　联系电话：0451-84661234"],
]
C3_TITLE = "哈尔滨市第四届“冰城先锋”基层党建创新案例拟定等次汇总表"
C3_ISSUER = "制表单位：中共哈尔滨市委组织部　　制表日期：2024年12月20日"
C3_HEADER = ["序号", "推荐单位", "案例名称", "所属领域", "拟定等次"]
C3_ROWS = [
    ["1", "道里区委组织部", "“中央大街”商圈党建联盟", "城市基层", "一等"],
    ["2", "南岗区哈西街道党工委", "“站城融合”红色服务链", "城市基层", "一等"],
    ["3", "五常市委组织部", "“稻香党建”助农增收", "农村基层", "一等"],
    ["4", "香坊区委组织部", "“老工业区”红色物业", "城市基层", "二等"],
    ["5", "松北区委组织部", "“冰雪经济”党建引领", "两新组织", "二等"],
    ["6", "尚志市委组织部", "“林区党建”守护绿水青山", "农村基层", "二等"],
    ["7", "哈尔滨市国资委党委", "“国企先锋”攻坚行动", "国有企业", "三等"],
    ["8", "呼兰区委组织部", "“萧红故里”文化党建", "农村基层", "三等"],
    ["9", "道外区委组织部", "“老道外”街区焕新", "城市基层", "三等"],
    ["10", "哈尔滨市教育局党委", "“校地共建”党建联盟", "机关事业单位", "三等"],
]
C3_TOTAL = ["合计", "10个", "", "", ""]
C3_NOTE = ["备注", "一等3个、二等3个、三等4个；同一等次内排名不分先后。"]

# ---------------------------------------------------------------- c5: provincial 通报, .pdf, ruled 附件 table over two pages
C5_RUNNING = "云南省机关党建工作通报　2025年第3期"
C5_BODY = [
    "中共云南省委直属机关工作委员会",
    "关于全省“模范机关”创建示范案例和优秀案例的通报",
    "各州（市）委直属机关工委，省直各部门机关党委（党总支、党支部）：",
    "2024年，全省各级机关党组织深入开展“模范机关”创建活动，涌现出一批特色鲜明、成效明显的创建案例。"
    "为发挥典型示范作用，省直机关工委组织开展了创建案例征集活动，共收到各地各部门报送案例218个。"
    "经初审、专家评审和省直机关工委会议研究，确定示范案例5个、优秀案例11个，现予通报。",
    "希望受到通报的单位珍惜荣誉、再接再厉，进一步擦亮机关党建品牌；各级机关党组织要认真学习借鉴，"
    "结合实际创造性开展工作，推动全省机关党建工作高质量发展。",
    "附件：全省“模范机关”创建示范案例和优秀案例名单",
    "中共云南省委直属机关工作委员会",
    "2025年2月26日",
]
C5_TABLE_TITLE = "全省“模范机关”创建示范案例和优秀案例名单"
C5_TABLE = [
    ["序号", "单位", "案例名称", "等次"],
    ["1", "昆明市五华区委组织部", "“翠湖红云”机关党建联盟", "示范案例"],
    ["2", "大理市机关工委", "“洱海保护”党员先锋队", "示范案例"],
    ["3", "曲靖市麒麟区税务局党委", "“麒麟税务”便民驿站", "示范案例"],
    ["4", "玉溪市红塔区财政局党支部", "“阳光财政”廉洁机关", "示范案例"],
    ["5", "丽江市古城区文旅局党支部", "“古城守护”红色讲解队", "示范案例"],
    ["6", "保山市隆阳区机关工委", "“咖啡党建”助农增收", "优秀案例"],
    ["7", "楚雄市市场监管局党组", "“彝乡红盾”护消费", "优秀案例"],
    ["8", "蒙自市机关工委", "“过桥米线”产业服务队", "优秀案例"],
    ["9", "景洪市机关工委", "“澜沧江畔”民族团结", "优秀案例"],
    ["10", "芒市机关工委", "“口岸先锋”服务站", "优秀案例"],
    ["11", "昭通市昭阳区机关工委", "“苹果之乡”党员帮扶", "优秀案例"],
    ["12", "普洱市思茅区林草局党支部", "“茶林卫士”生态党建", "优秀案例"],
    ["13", "临沧市临翔区机关工委", "“边境党建”长廊", "优秀案例"],
    ["14", "文山市机关工委", "“三七产业”党建链", "优秀案例"],
    ["15", "云南省直机关工委办公室党支部", "“模范机关”标准化建设", "优秀案例"],
    ["16", "昆明市官渡区机关工委", "“螺蛳湾”商圈党建", "优秀案例"],
]


# the OOXML writers of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_office = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))
_save_zip = _office["_save_zip"]
_paras = _office["_paras"]  # ("title"|"right"|"p"|"h", text) paragraphs; "h" is a Heading 2


def _numbering(d, restarts: int) -> list[str]:
    """Add one decimal "%1." list to numbering.xml and ``restarts`` w:num instances of it, each starting at 1."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl></w:abstractNum>')
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    ids = []
    for k in range(restarts):
        num_id = str(91 + k)
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        ids.append(num_id)
    return ids


def _numbered(d, text: str, num_id: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    p = d.add_paragraph(text, style="List Paragraph")
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def build_c2(path: Path) -> None:
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind5"
    _paras(d, C2_HEAD)
    num_ids = _numbering(d, len(C2_TIERS))
    for (tier, entries), num_id in zip(C2_TIERS, num_ids):
        _paras(d, [("h", tier)])
        for text in entries:
            _numbered(d, text, num_id)
    _paras(d, C2_TAIL)
    _save_zip(path, d.save)


def build_c3(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    cover = wb.active
    cover.title = "填表说明"
    for row in C3_COVER:
        cover.append(row)
    cover["A1"].font = Font(bold=True, size=14)
    ws = wb.create_sheet("案例名单")
    width = len(C3_HEADER)
    ws.append([C3_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([C3_ISSUER])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    ws.append(C3_HEADER)
    for r in C3_ROWS:
        ws.append([int(r[0])] + r[1:])
    ws.append(C3_TOTAL)
    ws.append(C3_NOTE)
    ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=width)
    wb.properties.creator = "lists_blind5"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_c5(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Paged(FPDF):
        def header(self):
            self.set_font("wqy", size=8)
            self.cell(0, 6, C5_RUNNING, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-15)
            self.set_font("wqy", size=9)
            self.cell(0, 8, f"— {self.page_no()} —", align="C")

    p = Paged()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind5.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    p.set_font("wqy", size=14)
    for line in C5_BODY[:2]:
        p.multi_cell(0, 10, line, align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("wqy", size=11)
    for line in C5_BODY[2:6]:
        p.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    for line in C5_BODY[6:]:
        p.multi_cell(0, 8, line, align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.set_font("wqy", size=12)
    p.multi_cell(0, 10, C5_TABLE_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("wqy", size=10)
    with p.table(col_widths=(12, 62, 70, 26), line_height=12, repeat_headings=1, text_align="CENTER",
                 headings_style=FontFace(emphasis="")) as table:
        for row in C5_TABLE:
            cells = table.row()
            for text in row:
                cells.cell(text)
    p.output(str(path))


BUILDERS = {
    "c2_qingdao_autonumber.docx": build_c2,
    "c3_harbin_cover_sheet.xlsx": build_c3,
    "c5_yunnan_tongbao_table.pdf": build_c5,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
