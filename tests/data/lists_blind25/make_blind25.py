"""Write the office-file documents of lists_blind25 (two Word attachments, a workbook, a landscape PDF notice) from the literals below.

    python3 tests/data/lists_blind25/make_blind25.py

Every document's words are invented and are literals here (constants D4_… for d4_…, D5_… for d5_…, X6_… for x6_…,
P7_… for p7_…); gold.tsv was typed by hand from them. Deterministic as lists_blind16/make_blind16.py: lists_office's
OOXML writer `_save_zip` (imported) fixes zip timestamps and core-property dates; the PDF gets a fixed creation date.
Needs python-docx, openpyxl, fpdf2 and fonts-wqy-microhei. The .html, .txt and .csv documents are hand-written.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- d4: .docx 通知 with 附件1 and 附件2, long tables, header row repeated
D4_PARAS = [
    ("small", "保组字〔2025〕58号"),
    ("title", "中共保定市委组织部\n关于公布第四届保定市“直隶先锋”基层党建创新案例评选结果的通知"),
    ("p", "各县（市、区）委组织部，市直各工委，市委各部委，市直各单位党组（党委），各人民团体党组："),
    ("p", "　　根据《关于开展第四届保定市“直隶先锋”基层党建创新案例征集评选活动的通知》（保组字〔2025〕21号）安排，"
          "经基层申报、县级推荐、专家评审和社会公示，共评出一等奖2个、二等奖3个、三等奖3个，另有4个案例入围，现予公布。"),
    ("p", "　　各级党组织要注重运用评选成果，推动好经验好做法在更大范围落地见效。"),
    ("p", "　　附件：1. 第四届保定市“直隶先锋”基层党建创新案例获奖名单"),
    ("p", "　　　　　2. 第四届保定市“直隶先锋”基层党建创新案例入围名单"),
    ("small", "中共保定市委组织部"),
    ("small", "2025年11月20日"),
]
D4_ANNEX1 = ("附件1", "第四届保定市“直隶先锋”基层党建创新案例获奖名单")
D4_HEADER1 = ["序号", "县（市、区）", "申报单位", "案例名称", "主要做法", "等次"]
D4_ROWS1 = [
    ["1", "阜平县", "阜平县城南庄镇栗树沟村党支部", "“党员中心户+产业帮带”致富模式",
     "按居住片区确定党员中心户12户，每户联系5至8户群众，围绕食用菌、中药材产业开展技术帮带，建立帮带台账，"
     "年底由群众评议帮带成效。", "一等奖"],
    ["2", "竞秀区", "竞秀区东风街道党工委", "“街巷长+网格化”城市基层治理",
     "将辖区划分为38个网格，由机关干部任街巷长、社区党员任网格员，群众诉求网格内收集、街巷内办结，"
     "办理情况每月公开。", "一等奖"],
    ["3", "涿州市", "涿州市松林店镇党委", "村级“小微权力”清单与村务监督委员会联动",
     "梳理村级小微权力事项31项，逐项明确运行流程，村务监督委员会全程跟踪，监督意见纳入村干部年度考评。", "二等奖"],
    ["4", "清苑区", "清苑区冉庄镇党委", "“地道红”党员教育实践基地",
     "依托地道战遗址开发现场教学线路4条，组织党员讲解员轮岗讲解，年接待党员群众2万余人次。", "二等奖"],
    ["5", "易县", "易县西陵镇党委", "“四议两公开”工作法标准化",
     "编印村级重大事项决策流程图解，统一会议记录和公示格式，镇纪委定期抽查，推动决策程序规范运行。", "二等奖"],
    ["6", "易县", "易县狼牙山镇党委", "“红色讲解员”党员志愿服务",
     "组建由老党员、返乡大学生组成的讲解员队伍，开展红色故事进学校、进景区活动，讲解服务纳入党员积分管理。", "三等奖"],
    ["7", "高阳县", "高阳县纺织商会党委", "“织就红色链”非公企业党建联盟",
     "以纺织产业链为纽带联建党组织23个，开展订单共享、技术攻关、用工调剂，党员骨干领办攻关项目。", "三等奖"],
    ["8", "市直", "保定市住房公积金管理中心党支部", "“公积金+网上党支部”服务模式",
     "依托网上党支部开展线上组织生活，党员在线认领群众咨询件，办理时限由5个工作日压缩到2个工作日。", "三等奖"],
]
D4_ANNEX2 = ("附件2", "第四届保定市“直隶先锋”基层党建创新案例入围名单")
D4_HEADER2 = ["序号", "县（市、区）", "申报单位", "案例名称"]
D4_ROWS2 = [
    ["1", "满城区", "满城区方顺桥镇党委", "党员积分制管理“一本账”"],
    ["2", "涞源县", "涞源县白石山镇党委", "“景区党建”带富工程"],
    ["3", "安国市", "安国市药都商会党委", "中药材产业链“红色联盟”"],
    ["4", "徐水区", "徐水区安肃镇党委", "村党组织书记公推直选后续管理机制"],
]

# ---------------------------------------------------------------- d5: .docx 通知, tier headings, Word-numbered paragraphs (numbering restarts)
D5_PARAS = [
    ("small", "大机工字〔2026〕3号"),
    ("title", "关于命名2025年度大连市“海韵先锋”机关党建品牌的通知"),
    ("p", "市直各单位党委（党组）、机关党委（党总支、党支部）："),
    ("p", "　　为推进模范机关创建，2025年市直机关工委开展了“海韵先锋”机关党建品牌创建评选活动。经各单位申报、工委审核、"
          "专家评审和公示，决定命名示范品牌4个、培育品牌4个。"),
    ("h", "一、示范品牌"),
    ("n1", "市税务局第三稽查局党支部：“税润滨城”网格化纳税服务"),
    ("n1", "大连市甘井子区机关事务服务中心党支部：“甘心服务”学时学分制学习品牌"),
    ("n1", "市交通运输局港航处党支部：“蓝色港湾”党员先锋岗"),
    ("n1", "旅顺口区市场监督管理局党支部：“口岸红盾”食品安全监管"),
    ("h", "二、培育品牌"),
    ("n2", "市图书馆党支部：“书香大连”网上党支部"),
    ("n2", "瓦房店市行政审批局党支部：“一网通办”红色代办"),
    ("n2", "庄河市农业农村局党支部：“海岛党课”流动课堂"),
    ("n2", "市卫生健康委员会机关第二党支部：党员积分制“健康管家”"),
    ("p", "　　各受命名单位要持续深化品牌内涵，培育品牌单位要对照示范标准补齐短板，工委将于2026年底组织复核。"),
    ("small", "中共大连市直属机关工作委员会"),
    ("small", "2026年1月15日"),
]

# ---------------------------------------------------------------- x6: .xlsx, one sheet per category, 备注 column, blank separator rows
X6_TITLE = "丰台区第五届“丰宜先锋”基层党建创新项目评审结果（{}）"
X6_HEADER = ["序号", "申报单位", "项目名称", "获奖等次", "备注"]
X6_SHEETS = {
    "街道社区类": [
        ["1", "卢沟桥街道工委", "“卢沟晓月”网格化议事厅", "一等奖", ""],
        ["2", "方庄地区工委", "“方庄红管家”党员中心户联系群众", "二等奖", "连续两届获奖"],
        None,
        ["3", "丰台区丰台街道东安街头条社区党委", "社区党委书记公推直选后“三年成长计划”", "三等奖", ""],
        ["4", "宛平地区工委", "“城墙根”居民议事会", "三等奖", "与宛平城地区管委会联合申报"],
    ],
    "机关企事业类": [
        ["1", "区卫生健康委机关党委", "“健康丰台”党员积分制", "一等奖", ""],
        None,
        ["2", "区人力社保局机关党支部", "“社保直通车”学时学分制学习", "二等奖", ""],
        None,
        ["3", "区城市管理委第二党支部", "“接诉即办”党员攻坚队", "三等奖", "联合申报单位：区环卫中心"],
    ],
    "两新组织类": [
        ["1", "丽泽金融商务区楼宇联合党委", "“丽泽红链”楼宇党建", "一等奖", ""],
        ["2", "总部基地园区联合党委", "科技企业“网上党支部”集群", "二等奖", "名称经评审会调整"],
        None,
        ["3", "花乡恒盛物业管理有限公司党支部", "“花乡红”物业服务企业党建", "三等奖", ""],
    ],
}
X6_NOTE = "注：获奖等次按评审得分确定，同一等次内按申报顺序排列。"
X6_MAKER = ["制表单位：中共北京市丰台区委组织部", "", "制表时间：2024年12月"]

# ---------------------------------------------------------------- p7: landscape .pdf, red masthead, ruled table over two pages
P7_HEAD = [
    ("red", "中共天津市委社会工作部"),
    ("small", "津社工通〔2025〕19号"),
    ("title", "关于公布首届天津市新兴领域党建创新案例的通知"),
    ("p", "各区委社会工作部，市级有关行业党委："),
    ("p", "　　为推动新经济组织、新社会组织和新就业群体党建工作创新发展，市委社会工作部组织开展首届天津市新兴领域党建创新案例"
          "征集活动。经各区推荐、专家评审和公示，确定示范案例3个、优秀案例8个，现予公布。"),
    ("p", "　　附件：首届天津市新兴领域党建创新案例名单"),
]
P7_HEADER = ["序号", "区", "单位", "案例名称", "主要创新做法", "等次"]
P7_WIDTHS = (12, 22, 76, 58, 79, 20)
P7_ROWS = [
    ["1", "和平区", "和平区金街商圈联合党委", "“金街红”商圈党建共同体",
     "商圈内58家商户党组织联建，设立党员先锋商铺，开展诚信经营承诺，商圈投诉量下降三成。", "示范案例"],
    ["2", "滨海新区", "滨海新区跨境电商产业园联合党委", "“链上红帆”跨境电商党建服务",
     "在产业园设立党群服务中心，组织党员骨干为中小企业提供通关、结算政策辅导。", "示范案例"],
    ["3", "河西区", "河西区友谊路街道楼宇联合党委", "楼宇“网格化”服务“一站通”",
     "按楼宇划分服务网格，楼宇党建指导员每周走访入驻企业，问题清单化办理。", "示范案例"],
    ["4", "南开区", "华拓信息科技有限公司党支部", "“红色代码”党员技术攻关",
     "党员领衔组建攻关小组，承担政务系统适老化改造任务。", "优秀案例"],
    ["5", "武清区", "武清区电商产业协会党委", "直播电商“党员带货岗”",
     "设立党员带货岗位20个，带动农产品线上销售。", "优秀案例"],
    ["6", "西青区", "杨柳青木版年画研究会党支部", "“年画红”非遗传承党员工作室",
     "党员传承人带徒授艺，开发红色主题年画作品。", "优秀案例"],
    ["7", "北辰区", "北辰区物流行业党委", "快递小哥“红色驿站”积分制",
     "在物流园区建立驿站，快递员参与社区服务累积积分，积分可兑换培训和休息服务。", "优秀案例"],
    ["8", "宝坻区", "宝坻区律师行业党委", "“法律明白人”进村入户",
     "党员律师结对村居，培养法律明白人，开展法律咨询。", "优秀案例"],
    ["9", "静海区", "静海区团泊湖社会工作服务中心党支部", "社会组织“党建+公益创投”",
     "以党建项目引领公益创投，资助社区为老服务项目。", "优秀案例"],
    ["10", "蓟州区", "蓟州区民宿协会党支部", "“山野红”民宿党员中心户",
     "确定党员经营户为中心户，带动周边民宿规范经营、共享客源。", "优秀案例"],
    ["11", "宁河区", "宁河区七里海湿地志愿服务联合会党支部", "“湿地卫士”党员志愿服务队",
     "组织党员志愿者开展湿地巡护、候鸟保护宣传。", "优秀案例"],
]
P7_TAIL = ["中共天津市委社会工作部", "2025年10月28日"]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def _docx(author):
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = author
    return d


def _para(d, kind, text):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = d.add_paragraph()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        if i < len(lines) - 1:
            run.add_break()
        if kind in ("title", "h"):
            run.bold = True
            run.font.size = Pt(18 if kind == "title" else 14)
    if kind == "title":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif kind == "small":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def _repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _table(d, header, rows):
    table = d.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    _repeat_header(table.rows[0])
    for r, row in enumerate([header, *rows]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table


def build_d4(path: Path) -> None:
    from docx.enum.text import WD_BREAK
    d = _docx("lists_blind25")
    for kind, text in D4_PARAS:
        _para(d, kind, text)
    for (label, title), header, rows in ((D4_ANNEX1, D4_HEADER1, D4_ROWS1), (D4_ANNEX2, D4_HEADER2, D4_ROWS2)):
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _para(d, "p", label)
        _para(d, "title", title)
        table = _table(d, header, rows)
        if header is D4_HEADER1:  # the two 易县 rows share one merged county cell
            top, bottom = table.cell(5, 1), table.cell(6, 1)
            top.merge(bottom).text = "易县"
    _save_zip(path, d.save)


def _numbering(d):
    """Two Word lists of one decimal format ("1."), the second restarting at 1: numIds 101 and 102."""
    from docx.oxml import parse_xml
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>')
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    first_num.addprevious(abstract)
    numbering.append(parse_xml(f'<w:num {w} w:numId="101"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {w} w:numId="102"><w:abstractNumId w:val="90"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))


def _number(p, num_id):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    num_pr = OxmlElement("w:numPr")
    ilvl, nid = OxmlElement("w:ilvl"), OxmlElement("w:numId")
    ilvl.set(qn("w:val"), "0")
    nid.set(qn("w:val"), str(num_id))
    num_pr.append(ilvl)
    num_pr.append(nid)
    p._p.get_or_add_pPr().append(num_pr)


def build_d5(path: Path) -> None:
    d = _docx("lists_blind25")
    _numbering(d)
    for kind, text in D5_PARAS:
        if kind in ("n1", "n2"):
            _number(_para(d, "p", text), 101 if kind == "n1" else 102)
        else:
            _para(d, kind, text)
    _save_zip(path, d.save)


def build_x6(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in X6_SHEETS.items():
        ws = wb.create_sheet(name)
        ws.append([X6_TITLE.format(name)])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(X6_HEADER))
        ws["A1"].font = Font(bold=True, size=14)
        ws["A1"].alignment = Alignment(horizontal="center")
        r = 2
        for values in [X6_HEADER, *rows, None, [X6_NOTE], X6_MAKER]:
            for c, value in enumerate(values or [], start=1):
                ws.cell(row=r, column=c, value=int(value) if c == 1 and value.isdigit() else value or None)
            r += 1  # a None row stays blank: the separator rows printed between tiers
        for col, width in zip("ABCDE", (6, 34, 40, 10, 28)):
            ws.column_dimensions[col].width = width
    wb.properties.creator = "lists_blind25"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_p7(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("wqy", size=10)
            self.cell(0, 6, f"- {self.page_no()} -", align="C")

    p = Doc(orientation="L")
    p.set_creation_date(FIXED)
    p.set_producer("make_blind25.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.set_auto_page_break(True, margin=20)
    p.add_page()
    for kind, text in P7_HEAD:
        if kind == "red":
            p.set_text_color(200, 20, 20)
            p.set_font("wqy", size=24)
            p.cell(0, 14, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.set_draw_color(200, 20, 20)
            p.set_line_width(0.8)
            p.line(15, p.get_y() + 8, p.w - 15, p.get_y() + 8)
            p.set_line_width(0.2)
            p.set_draw_color(0, 0, 0)
            p.set_text_color(20, 20, 20)
        elif kind == "small":
            p.set_font("wqy", size=11)
            p.cell(0, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.ln(6)
        elif kind == "title":
            p.set_font("wqy", size=16)
            p.multi_cell(0, 9, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        else:
            p.set_font("wqy", size=11)
            p.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.set_font("wqy", size=13)
    p.cell(0, 9, "首届天津市新兴领域党建创新案例名单", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.set_font("wqy", size=11)
    with p.table(col_widths=P7_WIDTHS, line_height=7, repeat_headings=1,
                 headings_style=FontFace(emphasis=None, fill_color=(235, 235, 235))) as table:
        for row in [P7_HEADER, *P7_ROWS]:
            r = table.row()
            for text in row:
                r.cell(text)
    p.ln(8)
    p.set_font("wqy", size=11)
    for line in P7_TAIL:
        p.cell(0, 7, line, align="R", new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "d4_hebei_baoding_docx_tongzhi_two_annexes_tables_header_repeated.docx": build_d4,
    "d5_liaoning_dalian_docx_tier_headings_word_numbered_paragraphs.docx": build_d5,
    "x6_beijing_fengtai_xlsx_sheet_per_category_note_column_blank_rows.xlsx": build_x6,
    "p7_tianjin_pdf_red_masthead_landscape_ruled_table_two_pages.pdf": build_p7,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
