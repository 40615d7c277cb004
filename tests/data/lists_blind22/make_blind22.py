"""Write the office-file documents of lists_blind22 (a .docx notice with a table, a one-sheet .xlsx, a .pdf notice) from the literals below.

    python3 tests/data/lists_blind22/make_blind22.py

Every document's words are invented and are literals here (constants D6_… for d6_…, X7_… for x7_…, P8_… for p8_…);
gold.tsv was typed by hand from them. Deterministic as lists_blind14/make_blind14.py: the .docx and .pdf are written by
lists_blind16's builders (imported, run on this file's literals), which use lists_office's OOXML writer `_save_zip`
(fixed zip timestamps and core-property dates) and a fixed PDF creation date; the .xlsx is written here with the same
`_save_zip` (imported). Needs python-docx, openpyxl, fpdf2 and fonts-wqy-microhei. The .html and .txt documents are
hand-written.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- d6: .docx 省国资委党委 通知 with a Word table
D6_PARAS = [
    ("title", "关于公布第二届江西省省属国有企业党建创新成果评选结果的通知"),
    ("p", "各省属企业党委："),
    ("p", "为深入推进国有企业党建工作与生产经营深度融合，省国资委党委组织开展了第二届江西省省属国有企业党建创新成果评选。"
          "经企业申报、资格审查、专家评审和委党委会议审定，评出一等奖2项、二等奖3项、三等奖3项，现将结果予以公布（见下表）。"
          "请各企业党委认真学习借鉴，推动党建创新成果转化运用。"),
    ("p", "联系人：省国资委党建工作处 罗文斌，联系电话：0791-86990000。"),
]
D6_HEADER = ["序号", "企业党组织", "成果名称", "等次"]
D6_ROWS = [
    ["1", "江西省赣鄱能源集团有限公司党委", "“党建+安全”网格化管控", "一等奖"],
    ["2", "江西省铜都矿业集团有限公司党委", "“铜心”积分制激发党员争先", "一等奖"],
    ["3", "南昌城轨运营有限公司党委", "“地铁先锋”网上党支部", "二等奖"],
    ["4", "九江港航投资集团有限公司党委", "“长江岸线”党建联建", "二等奖"],
    ["5", "江西省农垦集团有限公司党委", "职工党员学时学分制管理", "二等奖"],
    ["6", "赣州稀土产业集团有限公司党委", "“稀土红链”产业链党建", "三等奖"],
    ["7", "江西省高速公路养护集团有限公司党委", "项目一线“公推直选”党支部书记", "三等奖"],
    ["8", "景德镇陶瓷文化旅游集团有限公司党委", "“瓷都匠心”党员工作室", "三等奖"],
]
D6_TAIL = ["中共江西省人民政府国有资产监督管理委员会委员会", "2026年7月30日"]

# ---------------------------------------------------------------- x7: .xlsx, one sheet, title row, tier column
X7_TITLE = "2026年度河北省直机关党建创新案例名单"
X7_HEADER = ["序号", "案例名称", "推荐单位", "等次"]
X7_ROWS = [
    ["1", "“冀心向党”机关党支部标准化建设", "省发展改革委机关党委", "精品案例"],
    ["2", "党员学时学分制“云课堂”", "省教育厅机关党委", "精品案例"],
    ["3", "“机关+社区”网格化联系服务群众", "省住房城乡建设厅机关第三党支部", "精品案例"],
    ["4", "党员积分制管理“四维考评”", "省财政厅机关党委", "优秀案例"],
    ["5", "“冀e支部”网上党支部", "省委网信办机关党支部", "优秀案例"],
    ["6", "驻村工作队指导村务监督委员会规范运行", "省农业农村厅驻张家口市阳原县工作队党支部", "优秀案例"],
    ["7", "“燕赵税务先锋”办税服务", "国家税务总局石家庄市税务局机关党委", "优秀案例"],
    ["8", "“红色档案馆”党建品牌", "省档案馆党总支", "优秀案例"],
    ["9", "“保定府”公路养护先锋岗", "省交通运输厅保定公路分中心党支部", "优秀案例"],
]
X7_NOTE = "注：同一等次内排名不分先后。中共河北省直属机关工作委员会　2026年11月"

# ---------------------------------------------------------------- p8: .pdf 市委组织部 文件, tier headings, `N.UNIT“TITLE”`
P8_LINES = [
    ("red", "中共浏阳市委组织部文件"),
    ("small", "浏组发〔2026〕23号"),
    ("title", "关于第三届浏阳市“花炮红”基层党建创新项目评选结果的通报"),
    ("p", "各乡镇（街道）党（工）委，市直各单位党组（党委）："),
    ("p", "根据工作安排，市委组织部开展了第三届浏阳市“花炮红”基层党建创新项目评选。经单位申报、实地考察、专家评审，"
          "共评出创新奖3个、优秀奖5个，现予通报。"),
    ("h", "一、创新奖（3个）"),
    ("p", "1.集里街道党工委“网格化+微网格”治理"),
    ("p", "2.大瑶镇党委村党组织书记“公推直选”"),
    ("p", "3.沙市镇党委“村务监督委员会+”监督模式"),
    ("h", "二、优秀奖（5个）"),
    ("p", "1.关口街道党工委“红色积分超市”"),
    ("p", "2.淮川街道党工委党代会常任制“代表接待日”"),
    ("p", "3.永安镇党委“流动党员网上党支部”"),
    ("p", "4.市教育局党委“学时学分制”教师党员培训"),
    ("p", "5.古港镇党委“红色古港”乡村振兴"),
    ("p", "希望受表扬的单位珍惜荣誉，持续深化创新实践。各级党组织要学习借鉴，推动全市基层党建工作高质量发展。"),
    ("small", "中共浏阳市委组织部"),
    ("small", "2026年11月6日"),
]

# lists_office's OOXML writer (fixed zip timestamps and core-property dates), and lists_blind16's .docx/.pdf builders
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]
_B16 = runpy.run_path(str(HERE.parent / "lists_blind16" / "make_blind16.py"))


def _run_b16(name: str, path: Path, **literals) -> None:
    """Run lists_blind16's builder `name` on this file's literals (its constants are looked up in its globals)."""
    build = _B16[name]
    build.__globals__.update(literals)
    build(path)


def build_d6(path: Path) -> None:
    _run_b16("build_d6", path, D6_PARAS=D6_PARAS, D6_HEADER=D6_HEADER, D6_ROWS=D6_ROWS, D6_TAIL=D6_TAIL)


def build_p8(path: Path) -> None:
    _run_b16("build_p5", path, P5_LINES=P8_LINES)


def build_x7(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([X7_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(X7_HEADER))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(X7_HEADER)
    for row in X7_ROWS:
        ws.append(row)
    ws.append([X7_NOTE])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(X7_HEADER))
    for col, width in zip("ABCD", (6, 40, 40, 12)):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "lists_blind22"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


BUILDERS = {
    "d6_jiangxi_sasac_docx_table_grade_column.docx": build_d6,
    "x7_hebei_jiguan_xlsx_title_row_tier_column.xlsx": build_x7,
    "p8_hunan_liuyang_pdf_tier_headings_unit_then_title_no_colon.pdf": build_p8,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
