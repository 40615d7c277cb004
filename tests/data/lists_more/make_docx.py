"""Write the .docx fixtures of lists_more from the literal paragraphs below (python-docx).

    python3 tests/data/lists_more/make_docx.py

Core properties carry fixed dates so the text is the same on every run.
"""
import datetime
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

A4 = [
    "关于公布2024年度锦江区“星级党支部”评定结果的通知",
    "各街道党工委，区级各部门党组（党委）：",
    "按照《锦江区基层党支部星级评定管理办法》，经支部自评、街道初评、区委组织部复核，评定五星级党支部5个、四星级党支部4个，现予公布。",
    "（一）五星级党支部（5个）",
    "春熙路街道红星路社区第一党支部",
    "书院街街道大慈寺社区党支部",
    "牛市口街道东风社区退役军人党支部",
    "锦江区行政审批局政务服务中心党支部",
    "成都锦华商贸有限公司党支部",
    "（二）四星级党支部（4个）",
    "合江亭街道水井坊社区第二党支部",
    "沙河街道宏济路社区党支部",
    "锦江区人民医院门诊党支部",
    "三圣街道幸福梅林社区党支部",
    "中共成都市锦江区委组织部",
    "2024年12月16日",
]


def write(paragraphs, name):
    doc = Document()
    for k, text in enumerate(paragraphs):
        if k == 0:
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    fixed = datetime.datetime(2024, 12, 16, 9, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.author = "lists_more"
    doc.save(str(HERE / name))


if __name__ == "__main__":
    write(A4, "a4_jinjiang_xingji.docx")
