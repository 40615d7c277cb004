"""Generate the held-out .docx/.xlsx fixtures from the literal text below.

Run from any directory: python3 tests/data/lists_holdout/make_office.py
The text here is the source the gold labels were written from; check_gold.py reads the
generated files back with python-docx/openpyxl and checks every gold subject/title in them.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent

GUOQI_PARAS = [
    "陕西省人民政府国有资产监督管理委员会党委",
    "陕国资党发〔2025〕41号",
    "关于公布第五届省属企业党建品牌评选结果的通知",
    "各省属企业党委：",
    "为深化“一企一品”党建品牌创建，省国资委党委于2025年6月至10月组织开展了第五届省属企业党建品牌评选。"
    "经企业推荐、材料评审、现场答辩，评出十佳品牌5个、优秀品牌5个，现将结果予以公布（见附表）。",
    "各省属企业党委要加强品牌培育和宣传推广，推动党建品牌与生产经营深度融合。",
]
GUOQI_HEADER = ["序号", "所在党组织", "品牌名称", "等级"]
GUOQI_ROWS = [
    ["1", "延长石油集团延安炼油厂党委", "“炼塔先锋”", "十佳品牌"],
    ["2", "陕煤集团黄陵矿业公司一号煤矿党委", "“井下红星”安全先锋", "十佳品牌"],
    ["3", "陕西建工集团第五建设公司党委", "“建工铁军·红色工地”", "十佳品牌"],
    ["4", "陕西有色金属控股集团金堆城钼业公司党委", "“钼都匠心”", "十佳品牌"],
    ["5", "陕西交通控股集团西汉高速公路管理所党总支", "“秦岭云端党旗红”", "十佳品牌"],
    ["6", "陕西旅游集团华清宫文化旅游公司党支部", "“华清红”服务品牌", "优秀品牌"],
    ["7", "陕西燃气集团榆林分公司党支部", "“暖心燃气·党员在岗”", "优秀品牌"],
    ["8", "陕西投资集团汉中水电公司党委", "“汉江红·绿电先锋”", "优秀品牌"],
    ["9", "陕西粮农集团宝鸡储备库党支部", "“大国粮仓守护者”", "优秀品牌"],
    ["10", "陕西电子信息集团党委组织部党支部", "“芯”向党·“智”创新", "优秀品牌"],
]
GUOQI_TAIL = ["中共陕西省人民政府国有资产监督管理委员会委员会", "2025年11月21日"]

KUNMING_PARAS = [
    "中共昆明市直属机关工作委员会",
    "关于2024年度昆明市机关党建“融合创新”案例评选结果的通报",
    "市级各部门机关党委（党总支、党支部）：",
    "为推动机关党建和业务工作深度融合，市直机关工委组织开展了2024年度机关党建“融合创新”案例评选。"
    "经单位申报、初审、专家评审和工委会议研究，现将评选结果通报如下。",
]
KUNMING_HEADER = ["序号", "类别", "申报单位", "案例名称", "等次"]
KUNMING_ROWS = [
    ["1", "党建+业务融合类", "市税务局第二税务分局党支部", "“滇池税事”办税服务快车道", "一等奖"],
    ["2", "党建+业务融合类", "市自然资源和规划局呈贡分局党支部", "“规划师下乡”服务乡村振兴", "二等奖"],
    ["3", "党建+业务融合类", "市医疗保障局党组", "医保“码上办”便民改革", "二等奖"],
    ["4", "党建+业务融合类", "市生态环境局晋宁分局党支部", "“滇池卫士”环保执法先锋队", "三等奖"],
    ["5", "作风建设类", "市营商环境局党组", "“办不成事”反映窗口", "一等奖"],
    ["6", "作风建设类", "市市场监管局官渡分局党支部", "“红色网格”守护舌尖安全", "二等奖"],
    ["7", "作风建设类", "市交通运输局党组", "“公交+党建”打造城市流动风景线", "三等奖"],
    ["8", "服务群众类", "市民政局党组", "“一老一小”关爱服务圈", "一等奖"],
    ["9", "服务群众类", "市人力资源社会保障局盘龙分局党支部", "“春城就业驿站”", "二等奖"],
    ["10", "服务群众类", "市住房公积金管理中心宜良县分中心党支部", "公积金“县乡通办”", "三等奖"],
    ["11", "服务群众类", "市图书馆党支部", "“书香春城”阅读推广", "三等奖"],
]
KUNMING_TAIL = ["中共昆明市直属机关工作委员会", "2025年1月10日"]

LANZHOU_TITLE = "第三届兰州市“红色领航”两新组织党建创新案例获奖名单"
LANZHOU_SUB = "中共兰州市委社会工作部　2025年7月1日"
LANZHOU_HEADER = ["编号", "参评单位", "作品名称", "获奖等级", "备注"]
LANZHOU_ROWS = [
    ["LZ-01", "城关区张掖路商圈联合党委", "“金街红盟”商圈党建", "金奖", ""],
    ["LZ-02", "兰州新区化工园区综合党委", "园区党建“一网通管”", "金奖", ""],
    ["LZ-03", "七里河区西湖街道快递行业党支部", "“小哥暖心驿站”", "银奖", ""],
    ["LZ-04", "安宁区高校周边个体商户联合党支部", "“大学城红色商铺”", "银奖", ""],
    ["LZ-05", "西固区石化配套企业联合党委", "“石化链”党建共同体", "银奖", ""],
    ["LZ-06", "甘肃丝路律师事务所党支部", "“红色法律顾问团”", "铜奖", "行业推荐"],
    ["LZ-07", "榆中县和平镇物流园区党支部", "物流园区“党员先锋车队”", "铜奖", ""],
    ["LZ-08", "皋兰县石洞镇农民专业合作社联合党支部", "“梨园党课”助农增收", "铜奖", ""],
    ["LZ-09", "永登县苦水玫瑰产业协会党支部", "“玫瑰党建”富民产业链", "铜奖", ""],
    ["LZ-10", "红古区海石湾镇民营企业联合党委", "“红古红”企业党建联盟", "铜奖", ""],
    ["LZ-11", "兰州市社会组织综合党委", "社会组织“公益创投”党建引领", "优秀组织奖", "单位奖"],
]
LANZHOU_NOTE = "注：同一等级内按申报顺序排列。"


def _docx(path, paras, header, rows, tail, merge_col=None):
    doc = Document()
    for i, text in enumerate(paras):
        p = doc.add_paragraph(text)
        if i < 3:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for j, text in enumerate(header):
        table.cell(0, j).text = text
    for i, row in enumerate(rows, start=1):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    if merge_col is not None:  # merge runs of equal category cells vertically
        start = 1
        for i in range(2, len(rows) + 2):
            if i == len(rows) + 1 or rows[i - 1][merge_col] != rows[start - 1][merge_col]:
                if i - 1 > start:
                    text = rows[start - 1][merge_col]
                    merged = table.cell(start, merge_col).merge(table.cell(i - 1, merge_col))
                    merged.text = text
                start = i
    for text in tail:
        doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.core_properties.author = "hold9"
    doc.core_properties.created = __import__("datetime").datetime(2025, 1, 1)
    doc.save(path)


def _xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "获奖名单"
    ws.append([LANZHOU_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(LANZHOU_HEADER))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([LANZHOU_SUB])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(LANZHOU_HEADER))
    ws.append(LANZHOU_HEADER)
    for row in LANZHOU_ROWS:
        ws.append([c if c else None for c in row])
    ws.append([])
    ws.append([LANZHOU_NOTE])
    wb.properties.creator = "hold9"
    wb.properties.created = __import__("datetime").datetime(2025, 1, 1)
    wb.save(path)


def main():
    _docx(HERE / "03_guoqi_brand.docx", GUOQI_PARAS, GUOQI_HEADER, GUOQI_ROWS, GUOQI_TAIL)
    _docx(HERE / "11_kunming_category.docx", KUNMING_PARAS, KUNMING_HEADER, KUNMING_ROWS,
          KUNMING_TAIL, merge_col=1)
    _xlsx(HERE / "12_lanzhou_xlsx.xlsx")


if __name__ == "__main__":
    main()
