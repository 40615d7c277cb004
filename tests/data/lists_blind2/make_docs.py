"""Write the two .docx documents of lists_blind2 (deterministic: fixed core properties and zip times).

    python3 tests/data/lists_blind2/make_docs.py

All text below is invented for this fixture (units, titles, dates); place names are real
administrative names so that regions resolve.
"""
import datetime
import io
import zipfile
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
FIXED = datetime.datetime(2025, 12, 1, 9, 0, 0)

B09_TITLE = "关于公布2025年度武汉市国有企业党建创新成果的通知"
B09_INTRO = ("各区国资监管机构，市属各国有企业党委：",
             "　　为推动国有企业党建工作与生产经营深度融合，市国资委党委组织开展了2025年度国有企业党建创新成果"
             "征集活动。经企业申报、初审、专家评审，共评出一等奖2项、二等奖3项、三等奖2项，现将名单公布如下。")
B09_HEADER = ("序号", "申报单位", "成果名称", "奖项")
B09_ROWS = (
    ("1", "武汉江城水务集团有限公司党委", "“水润江城”党建品牌", "一等奖"),
    ("2", "楚天智能装备股份有限公司党委", "“党建+技术攻关”双融合", "一等奖"),
    ("3", "江岸区国有资产经营有限公司党委", "老城更新中的“红色合伙人”", "二等奖"),
    ("4", "汉江港航发展有限公司党委", "“长江红帆”港口服务", "二等奖"),
    ("5", "楚材建设投资集团党委", "园区“党建服务链”", "二等奖"),
    ("6", "洪山区城市建设集团党委", "“工地党校”育工匠", "三等奖"),
    ("7", "江夏区交通投资集团有限公司党委", "乡村路上“党员先锋岗”", "三等奖"),
)
B09_TAIL = ("附件：2025年度国有企业党建创新成果汇编（另发）",
            "中共武汉市人民政府国有资产监督管理委员会委员会",
            "2025年11月20日")

B10_TITLE = "中共贵阳市委组织部关于命名第二批贵阳市党建引领乡村振兴示范镇示范村的决定"
B10_INTRO = ("各区（市、县）委组织部：",
             "　　为充分发挥典型示范引领作用，经乡镇申报、区（市、县）推荐、市级复核和公示，市委组织部决定命名"
             "修文县六屯镇等2个乡镇为第二批贵阳市党建引领乡村振兴示范镇，命名花溪区青岩镇龙井村等5个村为"
             "第二批贵阳市党建引领乡村振兴示范村。")
B10_GROUPS = (
    ("一、示范镇（2个）", ("（一）修文县六屯镇", "（二）开阳县南江乡")),
    ("二、示范村（5个）", ("（一）花溪区青岩镇龙井村", "（二）乌当区新堡乡王岗村", "（三）清镇市红枫湖镇右七村",
                         "（四）息烽县小寨坝镇红岩村", "（五）白云区牛场乡蓬莱村")),
)
B10_TAIL = ("　　希望受命名的乡镇和村珍惜荣誉，发挥示范作用，推动党建引领乡村振兴取得新成效。",
            "中共贵阳市委组织部", "2025年10月30日")


def _fix_core(doc, title):
    cp = doc.core_properties
    cp.author = "fixture"
    cp.last_modified_by = "fixture"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1


def _save(doc, path):
    """Save with every zip member dated FIXED so the bytes do not depend on the clock."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


def build_b09(path):
    doc = Document()
    _fix_core(doc, B09_TITLE)
    doc.add_heading(B09_TITLE, level=1)
    for p in B09_INTRO:
        doc.add_paragraph(p)
    table = doc.add_table(rows=1, cols=len(B09_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, B09_HEADER):
        cell.text = text
    for row in B09_ROWS:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    for p in B09_TAIL:
        doc.add_paragraph(p)
    _save(doc, path)


def build_b10(path):
    doc = Document()
    _fix_core(doc, B10_TITLE)
    doc.add_heading(B10_TITLE, level=1)
    for p in B10_INTRO:
        doc.add_paragraph(p)
    for heading, members in B10_GROUPS:
        doc.add_paragraph(heading).runs[0].bold = True
        for m in members:
            doc.add_paragraph(m)
    for p in B10_TAIL:
        doc.add_paragraph(p)
    _save(doc, path)


BUILDERS = {
    "b09_wuhan_docx_table.docx": build_b09,
    "b10_guiyang_docx_shifancun.docx": build_b10,
}

if __name__ == "__main__":
    for name, build in BUILDERS.items():
        build(HERE / name)
        print(HERE / name)
