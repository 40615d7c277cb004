"""Write the office-file document of lists_blind19 (a .docx 公示 with a Word table) from the literals below.

    python3 tests/data/lists_blind19/make_blind19.py

Every word is invented and is a literal here (constants D5_… for d5_…); gold.tsv was typed by hand from them. The
file is written by lists_blind16's `build_d6` (imported, with these literals bound in place of its own): title and
paragraphs, a "Table Grid" table, right-aligned signature lines, saved through lists_office's OOXML writer `_save_zip`
(fixed zip timestamps and core-property dates), so two runs give byte-identical files. Needs python-docx. The .html
and .txt documents are hand-written.
"""
from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- d5: .docx 公示, table 序号/推荐单位/申报单位/案例名称/推荐等次
D5_PARAS = [
    ("title", "关于第二届海南省“椰风先锋”基层党建创新案例拟评定结果的公示"),
    ("p", "根据《关于开展第二届海南省“椰风先锋”基层党建创新案例评选活动的通知》安排，经各市县和省直有关单位推荐、"
          "专家评审、省委组织部部务会研究，拟评定一等奖3个、二等奖3个、三等奖4个。现将拟评定结果予以公示。"),
    ("p", "公示时间：2017年9月4日至9月8日。公示期间，如有意见，请以电话、来信或来访等方式向省委组织部组织二处反映。"
          "联系电话：0898-65302718；电子邮箱：hnyfxf@163.com。"),
    ("p", "附：第二届海南省“椰风先锋”基层党建创新案例拟评定结果"),
]
D5_HEADER = ["序号", "推荐单位", "申报单位", "案例名称", "推荐等次"]
D5_ROWS = [
    ["1", "三亚市委组织部", "吉阳区月川社区党委", "“椰风网格”社区治理", "一等奖"],
    ["2", "琼中黎族苗族自治县委组织部", "红毛镇党委", "黎乡村务监督委员会“阳光票决”", "一等奖"],
    ["3", "海口市委组织部", "美兰区白龙街道党工委", "城市社区党员积分制", "一等奖"],
    ["4", "儋州市委组织部", "那大镇党委", "“网上党支部”凝聚外出务工党员", "二等奖"],
    ["5", "五指山市委组织部", "水满乡党委", "少数民族党员学时学分制", "二等奖"],
    ["6", "省直机关工委", "省农垦总局机关党委", "农场党员“双积分”管理", "二等奖"],
    ["7", "文昌市委组织部", "文城镇党委", "“渔村网格”党员责任区", "三等奖"],
    ["8", "琼海市委组织部", "博鳌镇党委", "乡镇党代会常任制", "三等奖"],
    ["9", "陵水黎族自治县委组织部", "英州镇党委", "“公推直选”村党支部书记", "三等奖"],
    ["10", "海口市委组织部", "龙华区金宇街道党工委", "“楼宇党建e家”", "三等奖"],
]
D5_TAIL = ["中共海南省委组织部", "2017年9月3日"]


def build_d5(path: Path) -> None:
    build = runpy.run_path(str(HERE.parent / "lists_blind16" / "make_blind16.py"))["build_d6"]
    build.__globals__.update(D6_PARAS=D5_PARAS, D6_HEADER=D5_HEADER, D6_ROWS=D5_ROWS, D6_TAIL=D5_TAIL)
    build(path)


BUILDERS = {
    "d5_hainan_gongshi_docx_table_recommending_unit_applicant_grade.docx": build_d5,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
