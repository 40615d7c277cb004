"""Write the office-file documents of lists_blind18 (three .docx, two .xlsx, two text-layer .pdf) from the literals below.

    python3 tests/data/lists_blind18/make_blind18.py

Every document's words are invented and are literals here (constants D1_… for d1_…, X4_… for x4_…, P6_… for p6_…
and so on); gold.tsv was typed by hand from them. Deterministic as lists_blind16/make_blind16.py, whose font path and
fixed date are imported with lists_office's OOXML writer `_save_zip` (fixed zip timestamps and core-property dates);
the PDFs get the fixed creation date. Needs python-docx, openpyxl, fpdf2 and fonts-wqy-microhei. The .txt document
(an e-mail carrying the text of p6) is hand-written.
"""
from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
_b16 = runpy.run_path(str(HERE.parent / "lists_blind16" / "make_blind16.py"))
FONT, FIXED = _b16["FONT"], _b16["FIXED"]
# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]

# ---------------------------------------------------------------- d1: .docx 通报, table with 等次 and 地区 merged down
D1_PARAS = [
    ("small", "苏市组通〔2024〕27号"),
    ("title", "关于第三届苏州市“姑苏先锋”基层党建创新项目评选结果的通报"),
    ("p", "各县级市（区）委组织部，市直各单位党组织："),
    ("p", "2024年，市委组织部组织开展第三届苏州市“姑苏先锋”基层党建创新项目评选。经各地推荐、材料审核、专家评审和实地考察，"
          "共评出一等奖2个、二等奖3个、三等奖5个，现予通报。获奖名单如下："),
]
D1_HEADER = ["序号", "等次", "地区", "申报单位", "项目名称"]
D1_ROWS = [
    ["1", "一等奖", "姑苏区", "平江街道党工委", "“平江路红色管家”古街区治理"],
    ["2", "一等奖", "姑苏区", "苏州市姑苏区双塔街道党工委", "“双塔邻里中心”党群服务"],
    ["3", "二等奖", "昆山市", "花桥镇党委", "“沪昆同城”跨域党建"],
    ["4", "二等奖", "昆山市", "昆山开发区综合党委", "“台企红”服务站"],
    ["5", "二等奖", "吴江区", "震泽镇党委", "“丝绸小镇”产业链党建"],
    ["6", "三等奖", "吴江区", "盛泽镇党委", "“纺织红链”企业党建联盟"],
    ["7", "三等奖", "常熟市", "常熟市虞山街道党工委", "“虞山红”老城更新"],
    ["8", "三等奖", "常熟市", "沙家浜镇党委", "“红色沙家浜”党员教育基地"],
    ["9", "三等奖", "太仓市", "太仓港经济技术开发区党工委", "“港口先锋”党员服务队"],
    ["10", "三等奖", "相城区", "阳澄湖镇党委", "“湖鲜产业”党建联盟"],
]
D1_TAIL = [
    "希望获奖单位珍惜荣誉、持续深化，各地各单位学习借鉴，推动全市基层党建工作高质量发展。",
    "中共苏州市委组织部",
    "2024年11月20日",
]

# ---------------------------------------------------------------- d2: .docx 决定, Word auto numbering then hand numbers, tabs
D2_PARAS = [
    ("small", "嘉直工委〔2024〕15号"),
    ("title", "关于命名首届嘉兴市直机关“红船先锋”党建品牌的决定"),
    ("p", "市直各单位机关党委（党总支、党支部）："),
    ("p", "为深化模范机关创建，市直机关工委组织开展了首届嘉兴市直机关“红船先锋”党建品牌创建评选。经单位申报、初审推荐、"
          "现场答辩和工委会议研究，决定命名示范品牌4个、培育品牌5个。"),
    ("h", "一、示范品牌（4个）"),
    ("auto", "市发展改革委机关党支部\t“项目红管家”"),
    ("auto", "市财政局预算科党支部\t“精算为民”"),
    ("auto", "市公安局南湖区分局机关党委\t“南湖警徽红”"),
    ("auto", "市卫生健康委机关第二党支部\t“健康驿站”进机关"),
    ("h", "二、培育品牌（5个）"),
    ("p", "1.\t市教育局机关党委\t“红烛先锋”"),
    ("p", "2.\t市自然资源和规划局测绘党支部\t“红图绘嘉禾”"),
    ("p", "3.\t市市场监管局机关第一党支部\t“嘉质护航”"),
    ("p", "4.\t市交通运输局港航党支部\t“运河先锋”"),
    ("p", "5.\t嘉兴海关机关党委\t“国门红哨”"),
    ("p", "希望受命名单位发挥示范引领作用，持续擦亮品牌，推动市直机关党建工作走在前列。"),
    ("small", "中共嘉兴市直属机关工作委员会"),
    ("small", "2024年6月28日"),
]

# ---------------------------------------------------------------- d3: .docx 通知, 附件 on a new page with its own heading
D3_PARAS = [
    ("small", "皖教工委〔2024〕33号"),
    ("title", "关于公布2024年度安徽省高校党建工作创新案例的通知"),
    ("p", "各高校党委："),
    ("p", "为总结推广高校党建工作好经验好做法，省委教育工委组织开展了2024年度安徽省高校党建工作创新案例征集遴选。"
          "经学校申报、专家评审和工委审定，确定特等奖3个、优秀奖5个，现予公布（名单见附件）。"),
    ("p", "附件：2024年度安徽省高校党建工作创新案例名单"),
    ("small", "中共安徽省委教育工作委员会"),
    ("small", "2024年12月16日"),
    ("small", "（此件公开发布）"),
    ("break", ""),
    ("annex", "附件"),
    ("title", "2024年度安徽省高校党建工作创新案例名单"),
    ("h", "一、特等奖（3个）"),
    ("p", "1.安徽大学物理与光电工程学院教工党支部　“光电先锋”引领科研育人"),
    ("p", "2.合肥工业大学机械工程学院学生第一党支部　“智造青年”朋辈互助计划"),
    ("p", "3.安徽师范大学文学院教工第二党支部　“师德红烛”传帮带"),
    ("h", "二、优秀奖（5个）"),
    ("p", "1.安徽农业大学茶与食品科技学院教工党支部　“茶学先锋”科技小院"),
    ("p", "2.淮北师范大学数学科学学院学生党支部　“数说初心”党史学习"),
    ("p", "3.安徽医科大学第一临床医学院教工党支部　“白衣先锋”医教协同"),
    ("p", "4.皖南医学院护理学院学生党支部　“护佑皖南”志愿服务"),
    ("p", "5.铜陵学院会计学院教工党支部　“数智财会”双带头人工作室"),
]

# ---------------------------------------------------------------- x4: .xlsx one sheet, merged title row, 类别 column, note rows
X4_TITLE = "2023年度青岛市国有企业党建品牌评选结果汇总表"
X4_HEADER = ["序号", "类别", "申报单位", "", "品牌名称", "等次"]
X4_ROWS = [
    ["01", "集团党委类", "青岛港湾控股集团有限公司党委", "", "“港湾红帆”", "标杆品牌"],
    ["02", "集团党委类", "青岛城市交通投资集团有限公司党委", "", "“城交先锋”", "标杆品牌"],
    ["03", "集团党委类", "青岛海岸食品集团有限公司党委", "", "“蓝色粮仓”党建链", "优秀品牌"],
    ["04", "集团党委类", "青岛东方水务集团有限公司党委", "", "“水润万家”", "优秀品牌"],
    ["05", "基层党支部类", "青岛蓝海轨道运营有限公司乘务中心党支部", "", "“红色车厢”", "标杆品牌"],
    ["06", "基层党支部类", "青岛港湾控股集团有限公司董家口码头党支部", "", "“码头先锋”", "标杆品牌"],
    ["07", "基层党支部类", "青岛城建设计院有限公司第二党支部", "", "“图纸上的党课”", "优秀品牌"],
    ["08", "基层党支部类", "青岛市城阳区城市建设投资有限公司党支部", "", "“城阳红管家”", "优秀品牌"],
    ["09", "基层党支部类", "青岛海岸食品集团冷链物流有限公司党支部", "", "“冷链先锋”", "优秀品牌"],
    ["10", "基层党支部类", "青岛东方水务集团有限公司供水服务党支部", "", "“水务红管家”", "优秀品牌"],
]
X4_NOTES = [
    "备注：等次分为标杆品牌、优秀品牌；序号按类别排列。",
    "制表人：王晓琳　　审核人：刘建国　　填报日期：2023年12月18日",
]

# ---------------------------------------------------------------- x5: .xlsx one sheet per 组别, merged title rows, empty column
X5_HEADER = ["序号", "县（市、区）", "单位名称", "示范点名称", "", "等次"]
X5_SHEETS = {
    "非公企业组": [
        ["1", "洛龙区", "洛阳中天轴承制造有限公司党支部", "“轴承匠心”党员先锋岗", "", "示范点"],
        ["2", "新安县", "新安县电力装备产业园联合党委", "“红色引擎”产业园党建", "", "示范点"],
        ["3", "西工区", "王城大道商务楼宇联合党委", "“楼宇红驿站”", "", "示范点"],
        ["4", "栾川县", "老君山文旅发展有限公司党支部", "“云端党旗红”", "", "培育点"],
        ["5", "宜阳县", "宜阳县农机合作社联合党支部", "“农机红”为农服务", "", "培育点"],
    ],
    "社会组织组": [
        ["1", "涧西区", "涧西区工业遗产保护协会党支部", "“工业记忆”红色宣讲", "", "示范点"],
        ["2", "老城区", "洛阳牡丹文化促进会党支部", "“牡丹红”志愿服务", "", "示范点"],
        ["3", "伊川县", "伊川县律师协会党支部", "“法润伊川”", "", "培育点"],
        ["4", "瀍河回族区", "东关社区社会工作服务中心党支部", "“邻里红帮帮”", "", "培育点"],
    ],
}
X5_TITLE = "首届洛阳市“河洛红”两新组织党建示范点名单（{}）"
X5_NOTE = "填报单位：中共洛阳市委两新组织工作委员会（盖章）　　填报日期：2024年9月10日"

# ---------------------------------------------------------------- p6: .pdf 文件 with red masthead, table over two pages, 抄送/印发
P6_MAST = ["中共九江市委组织部文件", "九组通〔2024〕12号"]
P6_HEAD = [
    ("title", "关于第四届九江市基层党建创新项目评选结果的通报"),
    ("p", "各县（市、区）委组织部，市直各单位党（工）委："),
    ("p", "为推动基层党建工作创新发展，市委组织部组织开展了第四届九江市基层党建创新项目评选。经各地推荐、专家评审、"
          "部务会研究，评出城市基层党建类一等奖2个、二等奖4个，农村基层党建类一等奖2个、二等奖4个，现予通报。"),
]
P6_HEADER = ["序号", "县（市、区）", "单位", "项目名称", "类别及等次"]
P6_WIDTHS = [12, 24, 52, 54, 38]
P6_ROWS = [
    ["1", "浔阳区", "浔阳区甘棠街道党工委", "“甘棠湖畔”红色物业联盟", "城市基层党建类一等奖"],
    ["2", "濂溪区", "十里街道党工委", "“庐山脚下”社区治理", "城市基层党建类一等奖"],
    ["3", "共青城市", "共青城市茶山街道党工委", "“青年城”青年人才驿站", "城市基层党建类二等奖"],
    ["4", "瑞昌市", "湓城街道党工委", "“码头工匠”产业工人党建", "城市基层党建类二等奖"],
    ["5", "德安县", "蒲亭镇党委", "“红色德安”邻里中心", "城市基层党建类二等奖"],
    ["6", "市直", "市住房和城乡建设局机关党委", "“红色工地”党建联建", "城市基层党建类二等奖"],
    ["7", "修水县", "修水县马坳镇党委", "“茶乡先锋”产业党建", "农村基层党建类一等奖"],
    ["8", "武宁县", "船滩镇党委", "“生态红管家”护河行动", "农村基层党建类一等奖"],
    ["9", "都昌县", "都昌县多宝乡党委", "“候鸟守护”党员志愿队", "农村基层党建类二等奖"],
    ["10", "彭泽县", "定山镇党委", "“水乡红旗”渔民党建", "农村基层党建类二等奖"],
    ["11", "永修县", "永修县吴城镇党委", "“湿地先锋”生态党建", "农村基层党建类二等奖"],
    ["12", "湖口县", "均桥镇党委", "“稻虾共养”党员示范田", "农村基层党建类二等奖"],
]
P6_TAIL = [
    ("p", "希望受表扬单位珍惜荣誉，各地各单位学习借鉴，推动全市基层党建工作整体提升。"),
    ("right", "中共九江市委组织部"),
    ("right", "2024年7月15日"),
    ("rule", ""),
    ("p", "抄送：省委组织部办公室，市委办公室。"),
    ("rule", ""),
    ("p", "中共九江市委组织部办公室　　　　　　　　2024年7月16日印发"),
    ("rule", ""),
]

# ---------------------------------------------------------------- p7: .pdf 通知 with red masthead, `（N）UNIT——TITLE` over two pages
P7_MAST = ["中共湖南省卫生健康委员会党组文件", "湘卫党发〔2023〕21号"]
P7_LINES = [
    ("title", "关于公布2023年度湖南省公立医院党建工作十佳案例和提名案例的通知"),
    ("p", "各市州卫生健康委，委直属各单位党委："),
    ("p", "为推动公立医院党建工作与业务工作深度融合，省卫生健康委党组组织开展了2023年度湖南省公立医院党建工作案例征集评选。"
          "全省共报送案例168个，经初评、复评和党组会议审定，确定十佳案例10个、提名案例2个，现予公布。"),
    ("h", "一、十佳案例"),
    ("p", "（1）湖南省湘江肿瘤医院党委——“红色处方”医防融合"),
    ("p", "（2）长沙市仁和中医医院党委——“党建+康复”医联体"),
    ("p", "（3）株洲市荷塘区人民医院党总支——“荷塘月色”夜间门诊"),
    ("p", "（4）湘潭市雨湖区妇幼保健院党支部——“母婴健康红管家”"),
    ("p", "（5）衡阳市南岳区中医医院党支部——“南岳红”中医药服务"),
    ("p", "（6）邵阳市隆回县人民医院党委——“瑶乡白衣先锋”"),
    ("p", "（7）常德市鼎城区人民医院党委——“鼎城红”家庭医生签约"),
    ("p", "（8）张家界市永定区人民医院党委——“山里的红十字”"),
    ("p", "（9）益阳市桃江县中医医院党委——“竹乡红医”"),
    ("p", "（10）郴州市汝城县人民医院党委——“半条被子”医患同心"),
    ("h", "二、提名案例"),
    ("p", "（1）永州市江华瑶族自治县人民医院党委——“瑶山健康哨”"),
    ("p", "（2）怀化市鹤城区中医医院党支部——“鹤城杏林”志愿服务"),
    ("p", "各地各单位要认真学习借鉴入选案例经验，以高质量党建引领公立医院高质量发展。"),
    ("right", "中共湖南省卫生健康委员会党组"),
    ("right", "2023年12月26日"),
    ("rule", ""),
    ("p", "湖南省卫生健康委员会办公室　　　　　　　　2023年12月27日印发"),
    ("rule", ""),
]


def _docx(author):
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = author
    return d


def _paras(d, paras) -> None:
    """Write (kind, text) paragraphs: title (bold, centred), h (bold), small (right), annex (bold, left), auto (List
    Number: Word numbers it, the number is not in the text), break (a page break), p."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt
    for kind, text in paras:
        if kind == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        p = d.add_paragraph(style="List Number" if kind == "auto" else None)
        run = p.add_run(text)
        if kind in ("title", "h", "annex"):
            run.bold = True
            run.font.size = Pt({"title": 16, "h": 12, "annex": 14}[kind])
            if kind == "title":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "small":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build_d1(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = _docx("lists_blind18")
    _paras(d, D1_PARAS)
    table = d.add_table(rows=1 + len(D1_ROWS), cols=len(D1_HEADER))
    table.style = "Table Grid"
    for c, text in enumerate(D1_HEADER):
        table.cell(0, c).text = text
    for r, row in enumerate(D1_ROWS, start=1):
        for c in (0, 3, 4):
            table.cell(r, c).text = row[c]
    for c in (1, 2):  # 等次 and 地区: one cell merged down over the rows that share a value
        start = 1
        for r in range(2, len(D1_ROWS) + 2):
            if r == len(D1_ROWS) + 1 or D1_ROWS[r - 1][c] != D1_ROWS[start - 1][c]:
                cell = table.cell(start, c).merge(table.cell(r - 1, c)) if r - 1 > start else table.cell(start, c)
                cell.text = D1_ROWS[start - 1][c]
                start = r
    for i, text in enumerate(D1_TAIL):
        p = d.add_paragraph(text)
        if i:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _save_zip(path, d.save)


def build_d2(path: Path) -> None:
    d = _docx("lists_blind18")
    _paras(d, D2_PARAS)
    _save_zip(path, d.save)


def build_d3(path: Path) -> None:
    d = _docx("lists_blind18")
    _paras(d, D3_PARAS)
    _save_zip(path, d.save)


def _workbook():
    from openpyxl import Workbook
    wb = Workbook()
    wb.properties.creator = "lists_blind18"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    return wb


def _sheet(ws, title, header, rows, notes) -> None:
    """A title row merged across the columns, the header, the rows (every value a string), a blank row, the notes."""
    from openpyxl.styles import Alignment, Font
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([h or None for h in header])
    for row in rows:
        ws.append([v or None for v in row])
    ws.append([])
    for note in notes:
        ws.append([note])


def build_x4(path: Path) -> None:
    wb = _workbook()
    ws = wb.active
    ws.title = "品牌名单"
    _sheet(ws, X4_TITLE, X4_HEADER, X4_ROWS, X4_NOTES)
    _save_zip(path, wb.save)


def build_x5(path: Path) -> None:
    wb = _workbook()
    wb.remove(wb.active)
    for name, rows in X5_SHEETS.items():
        _sheet(wb.create_sheet(name), X5_TITLE.format(name), X5_HEADER, rows, [X5_NOTE])
    _save_zip(path, wb.save)


def _pdf(producer):
    """fpdf2 document with the wqy font and a folio `— N —` at the foot of every page."""
    from fpdf import FPDF

    class Doc(FPDF):
        def footer(self):
            self.set_y(-18)
            self.set_font("wqy", size=10)
            self.cell(0, 6, f"— {self.page_no()} —", align="C")
    p = Doc()
    p.set_creation_date(FIXED)
    p.set_producer(producer)
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    return p


def _masthead(p, mast) -> None:
    """Red 文件 name, 文号 centred below it, a red rule."""
    p.set_text_color(200, 20, 20)
    p.set_font("wqy", size=22)
    p.cell(0, 16, mast[0], align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(30, 30, 30)
    p.set_font("wqy", size=11)
    p.cell(0, 8, mast[1], align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_draw_color(200, 20, 20)
    p.set_line_width(0.6)
    p.line(15, p.get_y() + 1, p.w - 15, p.get_y() + 1)
    p.set_draw_color(0, 0, 0)
    p.set_line_width(0.2)
    p.ln(6)


def _lines(p, lines) -> None:
    for kind, text in lines:
        if kind == "title":
            p.set_font("wqy", size=14)
            p.multi_cell(0, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.ln(3)
        elif kind == "h":
            p.set_font("wqy", size=12)
            p.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "right":
            p.set_font("wqy", size=11)
            p.cell(0, 7, text, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "rule":
            p.line(15, p.get_y() + 1, p.w - 15, p.get_y() + 1)
            p.ln(3)
        else:
            p.set_font("wqy", size=11)
            p.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")


def _p6_header(p) -> None:
    p.set_font("wqy", size=10)
    for w, text in zip(P6_WIDTHS, P6_HEADER):
        p.cell(w, 9, text, border=1, align="C")
    p.ln(9)


def build_p6(path: Path) -> None:
    p = _pdf("make_blind18.py")
    p.set_auto_page_break(False)
    p.add_page()
    _masthead(p, P6_MAST)
    _lines(p, P6_HEAD)
    p.ln(3)
    _p6_header(p)
    for row in P6_ROWS:
        if p.get_y() + 18 > p.h - 25:
            p.add_page()
            p.set_y(20)
            _p6_header(p)
        for w, text in zip(P6_WIDTHS, row):
            p.cell(w, 18, text, border=1, align="C" if w < 30 else "L")
        p.ln(18)
    p.ln(6)
    p.set_auto_page_break(True, margin=28)
    _lines(p, P6_TAIL)
    p.output(str(path))


def build_p7(path: Path) -> None:
    p = _pdf("make_blind18.py")
    p.set_auto_page_break(True, margin=28)
    p.add_page()
    _masthead(p, P7_MAST)
    p.ln(4)
    for kind, text in P7_LINES:
        _lines(p, [(kind, text)])
        if kind == "p" and text.startswith("（"):
            p.ln(9)  # the list is spaced out, so it runs onto page 2
    p.output(str(path))


BUILDERS = {
    "d1_jiangsu_suzhou_docx_table_merged_tier_and_district_cells.docx": build_d1,
    "d2_zhejiang_jiaxing_docx_auto_numbering_then_typed_numbers_tabs.docx": build_d2,
    "d3_anhui_edu_docx_annex_on_new_page_numbered_unit_space_title.docx": build_d3,
    "x4_shandong_qingdao_xlsx_merged_title_category_column_empty_column.xlsx": build_x4,
    "x5_henan_luoyang_xlsx_sheet_per_group_merged_title_note_row.xlsx": build_x5,
    "p6_jiangxi_jiujiang_pdf_red_masthead_table_two_pages_category_tier.pdf": build_p6,
    "p7_hunan_health_pdf_red_masthead_paren_numbered_unit_dash_title.pdf": build_p7,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
