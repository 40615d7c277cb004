"""Write the binary fixtures of lists_blind3 (.docx, .xlsx, text-layer .pdf) from the literal text below.

    python3 tests/data/lists_blind3/make_blind3.py

A blind batch: invented units, titles and dates (real administrative names so regions resolve), written
without looking at kg's parser and labelled by hand in gold.tsv before kg was run on them.
Every document's words are literals in this file; check_gold.py reads each written file back with
python-docx / openpyxl / pdfplumber. The two .txt documents are plain files in the folder.
Deterministic: zip members get a fixed timestamp and docProps fixed dates; PDFs a fixed creation date.
Needs python-docx, openpyxl, fpdf2 and Debian's fonts-wqy-microhei.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- b1: .docx 决定 with 附件, one unit per line, county in brackets
B1_PARAS = [
    ("title", "中共衢州市委组织部"),
    ("title", "关于命名第二批衢州市“红色根脉”强基示范单位和培育单位的决定"),
    ("p", "各县（市、区）委组织部，市直各单位党委（党组）："),
    ("p", "为深入推进“红色根脉”强基工程，市委组织部于2025年4月至8月开展了第二批强基示范单位创建评估。"
          "经县级推荐、市级复核、实地察看和公示，决定命名石梁镇石梁村党支部等5个单位为第二批衢州市“红色根脉”"
          "强基示范单位，命名莲花镇涧峰村党支部等4个单位为第二批衢州市“红色根脉”强基培育单位。"),
    ("p", "希望受命名的单位珍惜荣誉、再接再厉，持续在抓党建促发展上走在前列。各地要加强跟踪指导，"
          "对培育单位实行动态管理，成熟一个、命名一个。"),
    ("p", "附件：第二批衢州市“红色根脉”强基示范单位和培育单位名单"),
    ("right", "中共衢州市委组织部"),
    ("right", "2025年9月16日"),
    ("break", ""),
    ("h", "附件"),
    ("title", "第二批衢州市“红色根脉”强基示范单位和培育单位名单"),
    ("p", "一、示范单位（5个）"),
    ("p", "石梁镇石梁村党支部（柯城区）"),
    ("p", "常山县第一中学党委（常山县）"),
    ("p", "浙江钱江源茶业有限公司党支部（开化县）"),
    ("p", "龙游县人民医院党委（龙游县）"),
    ("p", "大陈乡大陈村党总支（江山市）"),
    ("p", "二、培育单位（4个）"),
    ("p", "莲花镇涧峰村党支部（衢江区）"),
    ("p", "府山街道坊门街社区党委（柯城区）"),
    ("p", "衢州东港红木家具有限公司党支部（衢江区）"),
    ("p", "贺村镇耕读村党支部（江山市）"),
]

# ---------------------------------------------------------------- b2: .docx table, merged title row, 地区/推荐单位/案例名称/获奖等次
B2_HEAD = [
    "中共四川省委组织部办公室",
    "关于公布2025年四川省“天府先锋”基层党建创新案例评选结果的通知",
    "各市（州）委组织部，省直各部门（单位）机关党委：",
    "2025年5月至8月，省委组织部组织开展了“天府先锋”基层党建创新案例评选活动。各市（州）共推荐案例213个，"
    "经初审、专家评审和复核，评出一等奖2个、二等奖3个、三等奖3个。现将获奖名单公布如下。",
]
B2_TITLE = "2025年四川省“天府先锋”基层党建创新案例获奖名单"
B2_TABLE = [
    ["地区", "推荐单位", "案例名称", "获奖等次"],
    ["成都市", "武侯区玉林街道玉林北路社区党委", "“院落议事会”激活老旧小区自治", "一等奖"],
    ["绵阳市", "西南科技大学党委", "“科技小院”党员专家服务团", "一等奖"],
    ["宜宾市", "宜宾市第一人民医院党委", "“健康红管家”医防融合服务", "二等奖"],
    ["南充市", "顺庆区舞凤街道党工委", "“丝绸古街”商圈党建联盟", "二等奖"],
    ["泸州市", "泸州酒业园区联合党委", "“酒城红”园区企业服务站", "二等奖"],
    ["成都市", "成都锦程轨道服务有限公司党支部", "“地铁红哨”安全服务岗", "三等奖"],
    ["绵阳市", "安州区桑枣镇红武村党委", "“羌山红”民宿党建", "三等奖"],
    ["宜宾市", "翠屏区李庄镇党委", "古镇“红色讲解员”", "三等奖"],
]
B2_TAIL = ["中共四川省委组织部办公室", "2025年9月3日"]

# ---------------------------------------------------------------- b3: .docx 单位名称：… / 案例名称：… on consecutive lines
B3_PARAS = [
    ("title", "长沙市直机关第四届“星城先锋”党建品牌案例征集结果"),
    ("title", "中共长沙市直属机关工作委员会　2024年12月6日"),
    ("p", "市直机关工委于2024年8月至11月组织开展了第四届“星城先锋”党建品牌案例征集活动，共收到案例87个。"
          "经专家评审、工委会议研究，确定优秀案例4个、入围案例3个，现予公布。"),
    ("p", "一、优秀案例"),
    ("p", "单位名称：长沙市第一中学党委"),
    ("p", "案例名称：“麓山红烛”青年教师成长营"),
    ("p", "单位名称：长沙市中心医院党委"),
    ("p", "案例名称：“白衣先锋”社区健康驿站"),
    ("p", "单位名称：长沙市住房和城乡建设局机关党委"),
    ("p", "案例名称：“安居红盾”护航保障房建设"),
    ("p", "单位名称：长沙星城公交客运有限公司党委"),
    ("p", "案例名称：“红色车厢”流动党课"),
    ("p", "二、入围案例"),
    ("p", "单位名称：长沙市天心区税务局第一党支部"),
    ("p", "案例名称：“税企连心桥”办税服务"),
    ("p", "单位名称：长沙市岳麓区人民医院党总支"),
    ("p", "案例名称：“岳麓健康哨”家庭医生签约"),
    ("p", "单位名称：市机关事务管理局机关党支部"),
    ("p", "案例名称：“节约型机关”红色管家"),
    ("p", "请各单位认真学习借鉴优秀案例经验做法，推动机关党建品牌提质增效。"),
]

# ---------------------------------------------------------------- b4: .xlsx 序号/所属县（市、区）/单位/项目/得分/等次, sorted by score
B4_TITLE = "2024年潍坊市“鸢都先锋”党建创新项目评审结果"
B4_HEADER = ["序号", "所属县（市、区）", "单位", "项目", "得分", "等次"]
B4_ROWS = [
    [1, "寿光市", "孙家集街道三元朱村党委", "“大棚党课”助农增收", 95.6, "金奖"],
    [2, "诸城市", "诸城市人民医院党委", "“医共体”党建联盟", 94.2, "金奖"],
    [3, "奎文区", "恒信精工机械有限公司党支部", "“车间红旗手”技能攻关", 92.8, "银奖"],
    [4, "青州市", "青州市第三中学党委", "“古城红学堂”思政课", 91.5, "银奖"],
    [5, "潍城区", "北关街道卧龙东街社区党委", "“风筝之家”邻里共建", 90.1, "银奖"],
    [6, "昌乐县", "五图街道党工委", "“宝石产业”红色链", 88.7, "铜奖"],
    [7, "临朐县", "临朐县九山镇党委", "“山居红”乡村旅游", 87.3, "铜奖"],
    [8, "诸城市", "相州镇王家庄子村党支部", "“恐龙之乡”研学党建", 86.9, "铜奖"],
]
B4_NOTES = ["注：得分保留一位小数，同分按申报顺序排列。", "中共潍坊市委组织部　2024年12月18日"]

# ---------------------------------------------------------------- b5: .xlsx, 等次 as a section row merged across the sheet
B5_TITLE = "2025年宁波市两新组织“甬上先锋”党建十佳案例和提名案例名单"
B5_HEADER = ["序号", "单位", "案例名称", "推荐单位"]
B5_SECTIONS = [
    ("十佳案例", [
        ["1", "宁波港城物流有限公司党委", "“港城红帆”司机之家", "北仑区委两新工委"],
        ["2", "慈溪市小家电行业协会党委", "“家电红链”助企出海", "慈溪市委两新工委"],
        ["3", "余姚市阳明律师事务所党支部", "“法润姚江”公益服务", "余姚市委两新工委"],
        ["4", "鄞州区钱湖外国语学校党支部", "“湖畔红烛”师德建设", "鄞州区委两新工委"],
        ["5", "海曙区天一商圈联合党委", "“商圈红管家”服务站", "海曙区委两新工委"],
        ["6", "象山县渔业合作社联合党委", "“渔港红哨”平安出海", "象山县委两新工委"],
        ["7", "宁海县华康医院党支部", "“医路同行”乡村巡诊", "宁海县委两新工委"],
        ["8", "北仑区物流园区联合党委", "“集卡驿站”暖心服务", "北仑区委两新工委"],
        ["9", "浙东精密铸造有限公司党委", "“红色工匠”传帮带", "宁海县委两新工委"],
        ["10", "甬江科创园企业联合党委", "“科创红盟”孵化服务", "鄞州区委两新工委"],
    ]),
    ("提名案例", [
        ["1", "宁波博思特电子商务有限公司党支部", "“直播带岗”红色主播团", "海曙区委两新工委"],
        ["2", "慈溪市周巷镇商会党委", "“商会红联”助企纾困", "慈溪市委两新工委"],
        ["3", "余姚市模具城商会党支部", "“模具红链”抱团发展", "余姚市委两新工委"],
    ]),
]
B5_FOOT = "宁波市委两新工委　2025年7月1日"

# ---------------------------------------------------------------- b6: text-layer .pdf with a table (示范点/培育点), provincial, several cities
B6_INTRO = [
    "江苏省高校党建“强基创优”工作示范点和培育点遴选结果",
    "中共江苏省委教育工委　2024年11月20日",
    "根据《关于开展全省高校党建“强基创优”工作示范点培育创建的通知》，经各高校推荐、网络评审和会议评审，"
    "确定示范点3个、培育点3个，名单如下。",
]
B6_HEADER = ["序号", "单位", "案例名称", "类别"]
B6_ROWS = [
    ["1", "南京工业职业技术大学机械工程学院党总支", "“匠心铸魂”产教融合", "示范点"],
    ["2", "苏州大学附属第一医院心内科党支部", "“心连心”医患党建", "示范点"],
    ["3", "徐州医科大学护理学院学生党支部", "“白衣天使”志愿服务队", "示范点"],
    ["4", "扬州大学农学院作物学党支部", "“稻田课堂”科技小院", "培育点"],
    ["5", "中国矿业大学安全工程学院教工党支部", "“矿山安全”科普先锋", "培育点"],
    ["6", "河海大学水文水资源学院研究生党支部", "“护河青年”河长制宣讲", "培育点"],
]
B6_TAIL = ["各高校要加强对示范点和培育点的指导，培育期为一年。"]

# ---------------------------------------------------------------- b7: text-layer .pdf, numbered paragraphs, running header, page numbers
B7_RUNNING = "南宁市第三届“邕城先锋”基层党建创新成果评选结果"
B7_LINES = [
    ("title", "关于南宁市第三届“邕城先锋”基层党建创新成果评选结果的通报"),
    ("p", "各县（市、区）委组织部，市直各单位党组（党委）："),
    ("p", "为总结推广基层党建创新经验，市委组织部于2025年3月至7月组织开展了第三届“邕城先锋”基层党建创新成果评选。"
          "本届评选共收到申报成果156项，经县区初评、市级复评、专家答辩和市委组织部部务会审定，"
          "评出特等奖2项、一等奖4项、优秀奖4项。现将评选结果通报如下。"),
    ("p", "各获奖单位要珍惜荣誉，进一步深化创新实践；各县（市、区）要加强对获奖成果的宣传推广，"
          "推动形成比学赶超的良好氛围。市委组织部将择优推荐参加全区基层党建创新成果评选。"),
    ("gap", ""),
    ("p", "一、特等奖（2项）"),
    ("p", "1．青秀区南湖街道金湖社区党委：“金湖议事厅”打造城市治理共同体"),
    ("p", "2．南宁轨道交通运营有限公司党委：“红色地铁”服务先锋站"),
    ("p", "二、一等奖（4项）"),
    ("p", "1．兴宁区三塘镇党委：“三塘花木”产业党建联盟"),
    ("p", "2．南宁市第三十三中学党委：“邕江红”思政实践课"),
    ("p", "3．西乡塘区人民医院党委：“家门口医院”党员服务队"),
    ("p", "4．武鸣区罗波镇罗波村党支部：“壮乡三月三”文化振兴"),
    ("p", "三、优秀奖（4项）"),
    ("p", "1．宾阳县古辣镇党委：“古辣香米”品牌强村"),
    ("p", "2．南宁高新区西津社区党委：“园区红管家”服务企业"),
    ("p", "3．青果电子商务有限公司党支部：“直播助农”电商先锋"),
    ("p", "4．青秀区中山街道党工委：“夜市红管家”服务烟火经济"),
    ("right", "中共南宁市委组织部"),
    ("right", "2025年8月12日"),
]


# ---------------------------------------------------------------- writers
# the OOXML writers of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_office = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))
_freeze_zip = _office["_freeze_zip"]
_save_zip = _office["_save_zip"]
_paras = _office["_paras"]


def _docx():
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind3"
    return d


def _workbook():
    from openpyxl import Workbook
    wb = Workbook()
    wb.properties.creator = "lists_blind3"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    return wb


def build_b1(path: Path) -> None:
    d = _docx()
    _paras(d, B1_PARAS)
    _save_zip(path, d.save)


def build_b2(path: Path) -> None:
    d = _docx()
    _paras(d, [("title", B2_HEAD[0]), ("title", B2_HEAD[1])] + [("p", t) for t in B2_HEAD[2:]])
    rows = [[B2_TITLE] * 4] + B2_TABLE
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(rows[1:], start=1):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    merged = t.cell(0, 0).merge(t.cell(0, 3))  # the title row spans the four columns
    merged.text = B2_TITLE
    _paras(d, [("right", x) for x in B2_TAIL])
    _save_zip(path, d.save)


def build_b3(path: Path) -> None:
    d = _docx()
    _paras(d, B3_PARAS)
    _save_zip(path, d.save)


def build_b4(path: Path) -> None:
    wb = _workbook()
    ws = wb.active
    ws.title = "评审结果"
    ws.append([B4_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(B4_HEADER))
    ws.append(B4_HEADER)
    for r in B4_ROWS:
        ws.append(r)
    ws.append([])
    for n in B4_NOTES:
        ws.append([n])
    _save_zip(path, wb.save)


def build_b5(path: Path) -> None:
    wb = _workbook()
    ws = wb.active
    ws.title = "名单"
    ws.append([B5_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(B5_HEADER))
    ws.append(B5_HEADER)
    for label, rows in B5_SECTIONS:
        ws.append([label])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(B5_HEADER))
        for row in rows:
            ws.append([int(row[0])] + row[1:])
    ws.append([B5_FOOT])
    _save_zip(path, wb.save)


def _pdf_class():
    from fpdf import FPDF

    class Paged(FPDF):
        running = ""

        def header(self):
            if self.running:
                self.set_font("wqy", size=8)
                self.cell(0, 6, self.running, align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def footer(self):
            if self.running:
                self.set_y(-15)
                self.set_font("wqy", size=8)
                self.cell(0, 8, f"- {self.page_no()} -", align="C")

    return Paged


def _pdf(running: str = ""):
    p = _pdf_class()()
    p.running = running
    p.set_creation_date(FIXED)
    p.set_producer("make_blind3.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    p.set_font("wqy", size=11)
    return p


def build_b6(path: Path) -> None:
    from fpdf.fonts import FontFace
    p = _pdf()
    p.set_font("wqy", size=14)
    p.multi_cell(0, 10, B6_INTRO[0], align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("wqy", size=11)
    p.cell(0, 8, B6_INTRO[1], align="C", new_x="LMARGIN", new_y="NEXT")
    p.multi_cell(0, 8, B6_INTRO[2], new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.set_font("wqy", size=9)
    with p.table(col_widths=(12, 80, 70, 18), headings_style=FontFace(emphasis=""), line_height=9) as t:
        for r in [B6_HEADER] + B6_ROWS:
            row = t.row()
            for c in r:
                row.cell(c)
    p.ln(4)
    p.set_font("wqy", size=11)
    for line in B6_TAIL:
        p.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


def build_b7(path: Path) -> None:
    p = _pdf(B7_RUNNING)
    for kind, text in B7_LINES:
        if kind == "title":
            p.set_font("wqy", size=14)
            p.multi_cell(0, 10, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.set_font("wqy", size=11)
        elif kind == "gap":
            p.ln(120)  # the list starts near the foot of page 1 and runs onto page 2
        elif kind == "right":
            p.cell(0, 8, text, align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            p.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "b1_quzhou_jueding_fujian.docx": build_b1,
    "b2_sichuan_table_merged_title.docx": build_b2,
    "b3_changsha_label_lines.docx": build_b3,
    "b4_weifang_score_sorted.xlsx": build_b4,
    "b5_ningbo_section_rows.xlsx": build_b5,
    "b6_jiangsu_gaoxiao_table.pdf": build_b6,
    "b7_nanning_numbered_pages.pdf": build_b7,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
