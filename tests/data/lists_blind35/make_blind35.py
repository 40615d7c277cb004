"""Write the office-file documents of lists_blind35 (a .docx 通报, a one-sheet .xlsx, a .pdf notice) from the literals below.

    python3 tests/data/lists_blind35/make_blind35.py

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

# ---------------------------------------------------------------- d4: .docx 市委组织部 通报, bold tier headings, `N. UNIT：TITLE`
D4_PARAS = [
    ("small", "海组通〔2025〕42号"),
    ("title", "中共海口市委组织部关于第四届海口市“椰城先锋”基层党建创新案例评选结果的通报"),
    ("p", "各区委组织部，市直各工委，各有关单位党组织："),
    ("p", "　　为深化自贸港建设中的基层党建工作，2025年5月至10月，市委组织部开展了第四届海口市“椰城先锋”基层党建"
          "创新案例评选。经单位申报、区级初审、专家评审和公示，共评出一等奖2个、二等奖3个、三等奖3个。现通报如下："),
    ("h", "一等奖（2个）"),
    ("p", "1. 龙华区中山街道党工委：骑楼老街“党建+文旅”融合发展"),
    ("p", "2. 美兰区演丰镇党委：红树林“生态党支部”建设"),
    ("h", "二等奖（3个）"),
    ("p", "1. 琼山区云龙镇党委：“公推直选”优化村党组织班子"),
    ("p", "2. 秀英区石山镇党委：火山口“积分制”乡村治理"),
    ("p", "3. 海口江东新区管理局机关党委：自贸港建设“党员先锋岗”"),
    ("h", "三等奖（3个）"),
    ("p", "1. 美兰区白龙街道党工委：“网格化+志愿服务”社区治理"),
    ("p", "2. 龙华区龙泉镇党委：村务监督委员会“三张清单”"),
    ("p", "3. 琼山区红旗镇党委：“党员中心户”联系群众"),
    ("p", "　　希望受表扬的单位珍惜荣誉，再接再厉；各级党组织要学习借鉴获奖案例，推动基层党建工作全面进步。"),
    ("right", "中共海口市委组织部"),
    ("right", "2025年11月3日"),
    ("small", "（此件公开发布）"),
]

# ---------------------------------------------------------------- x5: .xlsx one sheet, title rows, 评选结果 column, 备注 row
X5_TITLE = "天津市2024年度“津门先锋”党建引领基层治理创新案例名单"
X5_SUB = ["发布单位：中共天津市委社会工作部（示例）", None, None, "发布日期：2025年1月20日"]
X5_HEADER = ["序号", "所属区", "申报单位", "案例名称", "评选结果"]
X5_ROWS = [
    [1, "和平区", "和平区五大道街道党工委", "“楼宇网上党支部”服务白领", "优秀案例"],
    [2, "河西区", "河西区友谊路街道党工委", "“党代会常任制”街道试点", "优秀案例"],
    [3, "南开区", "南开区学府街道党工委", "“校地共建”网格化治理", "优秀案例"],
    [4, "滨海新区", "滨海新区新北街道党工委", "“积分超市”激励党员", "优秀案例"],
    [5, "西青区", "杨柳青镇党委", "“年画里的初心”党性教育", "入围案例"],
    [6, "津南区", "津南区小站镇党委", "稻田党建“四议两公开”", "入围案例"],
    [7, "武清区", "武清区大王古庄镇党委", "“公推直选”村党组织书记", "入围案例"],
    [8, "宝坻区", "宝坻区八门城镇党委", "“党员中心户”联户包片", "入围案例"],
    [9, "宁河区", "七里海镇党委", "湿地保护“红色志愿队”", "入围案例"],
    [10, "静海区", "静海区团泊镇党委", "村务监督委员会“阳光三务”", "入围案例"],
]
X5_NOTE = "备注：同一等次内按申报顺序排列，不分先后。"

# ---------------------------------------------------------------- p6: .pdf notice, tier headings, numbers 1-9 across tiers, a wrapped line
P6_LINES = [
    ("red", "中共重庆市委组织部"),
    ("small", "渝组发〔2023〕61号"),
    ("title", "关于公布第五届重庆市“巴渝先锋”基层党建创新成果的通知"),
    ("p", "各区县（自治县）委组织部，两江新区、西部科学城重庆高新区、万盛经开区党工委组织部，市级各部门党组（党委）："),
    ("p", "2023年，市委组织部组织开展了第五届重庆市“巴渝先锋”基层党建创新成果评选。经各地各单位推荐、专家评审、"
          "公示，确定一等成果3项、二等成果6项。现予公布。"),
    ("h", "一、一等成果（3项）"),
    ("p", "1．渝中区解放碑街道党工委：“楼宇党建联盟”推动商圈共建共治"),
    ("p", "2．城口县河鱼乡党委：“公推直选”配强村党组织书记"),
    ("p", "3．涪陵区江东街道党工委：榨菜产业链“党员中心户”带富"),
    ("h", "二、二等成果（6项）"),
    ("p", "4．沙坪坝区磁器口街道党工委：古镇商户“积分制”管理"),
    ("p", "5．渝北区两路街道党工委：“网格化+智慧党建”服务平台"),
    ("p", "6．黔江区濯水镇党委：“四议两公开”村级民主决策"),
    ("p", "7．酉阳土家族苗族自治县花田乡党委：“梯田党课”进村寨"),
    ("p", "8．永川区卫星湖街道党工委：“学时学分制”党员教育管理"),
    ("p", "9．市国资委机关党委：国企党代会常任制“五项机制”"),
    ("p", "各地各单位要加强对创新成果的总结提炼和宣传推广，以点带面推动全市基层党建整体提升。"),
    ("small", "中共重庆市委组织部"),
    ("small", "2023年12月14日"),
    ("foot", "重庆市委组织部办公室　　　　2023年12月14日印发"),
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
    d.core_properties.author = "lists_blind35"
    for kind, text in D4_PARAS:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            run.bold = True
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "small":
            run.font.size = Pt(10)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _save_zip(path, d.save)


def build_x5(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([X5_TITLE])
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(X5_SUB)
    ws.append(X5_HEADER)
    for row in X5_ROWS:
        ws.append(row)
    ws.append([X5_NOTE])
    wb.properties.creator = "lists_blind35"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_p6(path: Path) -> None:
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind35.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    for kind, text in P6_LINES:
        if kind == "red":
            p.set_text_color(190, 30, 30)
            p.set_font("wqy", size=20)
            p.cell(0, 14, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.set_text_color(30, 30, 30)
        elif kind == "title":
            p.set_font("wqy", size=14)
            p.ln(3)
            p.multi_cell(0, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
            p.ln(3)
        elif kind == "h":
            p.set_font("wqy", size=12)
            p.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            p.set_font("wqy", size=11)
            p.cell(0, 7, text, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "foot":
            p.set_font("wqy", size=9)
            p.ln(6)
            p.cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            p.set_font("wqy", size=11)
            p.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "d4_hainan_haikou_docx_bold_tier_headings_numbered_unit_colon_title.docx": build_d4,
    "x5_tianjin_xlsx_one_sheet_title_rows_result_column.xlsx": build_x5,
    "p6_chongqing_pdf_tier_headings_numbers_across_tiers.pdf": build_p6,
}


if __name__ == "__main__":
    for name, build in BUILDERS.items():
        build(HERE / name)
        print("wrote", name)
