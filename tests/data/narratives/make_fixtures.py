"""Build the generated narrative fixtures (run from anywhere; outputs are committed).

    python3 tests/data/narratives/make_fixtures.py

Hand-written fixtures are the .html pages and n05_leishan_zhaiguanjia.txt in this folder.
This script writes the others, byte-identically on every run:

* n04_hexi_louweihui.docx, n16_yueqing_wangshangdangzhibu.docx, n17_putuo_wangge.docx:
  Word files composed here (python-docx), with fixed core properties and zip timestamps;
* n06_mayong_yangguangcunwu_big5.txt: a traditional-character page copy saved as Big5;
* n02_lusong_sanshifenliu.txt (UTF-8) and n09_jiaojiang_changrenzhi.txt (GB18030):
  "save as text" copies of two saved pages, page furniture kept as lines (BeautifulSoup).

All text is invented for testing; place names are real administrative units.
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from bs4 import BeautifulSoup
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)

# Each docx: list of (style, text). style: title | subtitle | byline | h (Heading 2) | hb (bold Normal) | p | right
DOCX: dict[str, list[tuple[str, str]]] = {
    "n04_hexi_louweihui.docx": [
        ("title", "“楼委会+”织密服务网 老旧楼院焕新颜"),
        ("byline", "河西区友谊路街道党工委"),
        ("h", "一、工作背景"),
        ("p", "友谊路街道地处中心城区,辖区内建成于上世纪八十年代的老旧楼院有40余个,多数没有物业服务,"
              "楼道堆物、设施老化、邻里矛盾等问题突出,居民反映强烈。街道党工委在调研中发现,依靠社区居委会"
              "“单打独斗”难以解决楼院治理难题,必须把党的组织和工作延伸到每一个楼门。"),
        ("h", "二、工作做法"),
        ("p", "2020年,街道党工委在辖区5个老旧楼院试行“楼委会+”模式,在每个楼门成立由党员楼长牵头、"
              "热心居民参加的楼委会,并以楼委会为基础吸纳物业企业、共建单位和志愿者参与楼院治理。"
              "2022年,“楼委会+”模式在全街道推广。"),
        ("p", "一是党员楼长领办。每个楼委会由1名党员担任楼长,楼长公开承诺服务事项,每月组织一次楼门议事,"
              "楼门里的事先在楼委会商量。"),
        ("p", "二是网格联动。街道将楼委会纳入社区网格化管理,网格员每周到楼院巡查,楼委会解决不了的问题"
              "通过网格上报社区和街道,由街道“接诉即办”平台派单处理。"),
        ("p", "三是共建共享。辖区32家共建单位与楼院结对,认领加装照明、修缮屋面、清理堆物等服务项目。"),
        ("h", "三、主要成效"),
        ("p", "“楼委会+”运行以来,全街道共成立楼委会186个,清理楼道堆物1100余处,改造老旧设施300余项,"
              "居民诉求按时办结率达到98%。老旧楼院从“没人管”变成了“大家管”。"),
        ("h", "四、经验启示"),
        ("p", "破解老旧楼院治理难题,关键在于把党组织的触角延伸到楼门,让党员站出来、居民动起来,"
              "把“楼委会”这个最小单元激活,基层治理才有坚实的底座。"),
        ("right", "2023年7月"),
    ],
    "n16_yueqing_wangshangdangzhibu.docx": [
        ("title", "建立流动党员网上党支部 让“口袋党员”有“家”可归"),
        ("byline", "中共乐清市委组织部"),
        ("hb", "背景和起因"),
        ("p", "乐清是民营经济大市,常年在全国各地经商办企业的乐清人有50余万,其中流动党员近8000名。"
              "这些党员长期在外,组织关系留在村里,不少人多年没有参加过组织生活,成了揣在口袋里的"
              "“口袋党员”。如何把流动党员管起来、用起来,是乐清党建工作的一道难题。"),
        ("hb", "做法和经过"),
        ("p", "2009年3月,乐清市在全国率先建立流动党员网上党支部,依托党建网站和即时通讯群组,"
              "把在外流动党员按所在城市编入网上党小组。次年,网上党支部在乐清人集中的30多个城市推广。"),
        ("p", "网上党支部实行“三个一”制度:每月一次网上主题党日、每季度一次网上党课、每年一次回乡集中"
              "学习。流动党员在网上交纳党费、参加民主评议,支部书记由在外经商的优秀党员担任。"),
        ("p", "2012年,乐清市委将网上党支部建设纳入《乐清市流动党员教育管理办法》,明确了网上党支部的"
              "设置、职责和考核要求。"),
        ("hb", "成效及反响"),
        ("p", "目前,乐清已建立网上党支部46个,覆盖流动党员7000余名,流动党员参加组织生活的比例"
              "由不足三成提高到九成以上。许多在外党员通过网上党支部牵线,回乡投资兴业、结对帮扶困难群众。"),
        ("hb", "探讨与评论"),
        ("p", "网上党支部解决了流动党员“找不到组织”的问题,但网上组织生活容易流于形式。今后需要把线上"
              "与线下结合起来,同流入地党组织加强协作,实现流动党员双向管理。"),
    ],
    "n17_putuo_wangge.docx": [
        ("title", "网格连万家 服务零距离"),
        ("subtitle", "——普陀区以党建引领破解海岛渔村服务难题"),
        ("h", "1.工作背景"),
        ("p", "普陀区地处舟山群岛东部,由大小岛屿400余个组成,渔农村人口居住分散,不少海岛交通不便,"
              "群众办事难、干部联系群众难。渔民常年出海,家里多是老人和孩子,传统的服务方式难以覆盖。"),
        ("h", "2.主要做法"),
        ("p", "2008年8月,普陀区在桃花镇率先推行“网格化管理、组团式服务”,以100至150户为单元划分"
              "管理服务网格,每个网格组建由镇村干部、党员、医生、教师、渔技人员等组成的服务团队。"
              "当年年底,“网格化管理、组团式服务”在全区全面推行。"),
        ("p", "(1)网格团队定期走访。服务团队每月至少走访网格内农户一次,填写民情日记,群众需求实行"
              "登记、办理、反馈全程记录。"),
        ("p", "(2)信息平台联网运行。全区建立网格化管理信息系统,网格信息在区、镇、村三级共享,"
              "一般事项在网格内办理,复杂事项逐级上报。"),
        ("p", "(3)考核评议同步跟进。网格团队工作情况纳入镇村干部年度考核,群众满意度作为考核的重要内容。"),
        ("h", "3.工作成效"),
        ("p", "全区共划分网格620个,组建服务团队620支,累计为群众办理实事4万余件,连东极镇这样的偏远"
              "海岛也实现了服务全覆盖。"),
        ("h", "4.经验启示"),
        ("p", "海岛地区推进基层治理,必须把服务力量沉到网格,把党组织建在网格上,让干部围着群众转。"),
        ("right", "中共舟山市普陀区委组织部"),
    ],
}

BIG5_TEXT = """東莞麻涌:「陽光村務」讓村民看得明白、管得放心
2021-11-08 10:25  來源:港澳資訊網  記者 陳嘉欣

【港澳資訊網訊】走進東莞市麻涌鎮漳澎村黨群服務中心,一塊電子顯示屏滾動播放著村裡最新的財務收支明細。村民只要用手機掃一掃二維碼,就能查到每一筆開支的用途和經手人。這是麻涌鎮推行「陽光村務」的一個縮影。

漳澎村是水鄉大村,集體物業多、收支項目多,過去村民對村務財務意見不少。2019年4月,漳澎村在全鎮率先推出「陽光村務」,由村務監督委員會牽頭,把集體資產出租、工程項目招標和財務收支全部納入公開範圍,每月在公開欄和網上同步公布。

去年起,麻涌鎮在全部村(社區)推廣「陽光村務」做法。鎮紀委為各村監委會成員開展業務培訓,監委會對村級重大事項實行事前、事中、事後全程監督,發現問題及時向鎮黨委報告。

「以前開會大家都不敢問,現在賬目明明白白,有疑問還可以找監委會。」漳澎村村民陳伯說。

據介紹,「陽光村務」推行以來,麻涌鎮涉及村務財務的信訪量下降了六成。

責任編輯:黃志強
【打印】【關閉】
相關新聞:珠三角農村集體「三資」管理走向規範化
版權所有 港澳資訊網 未經授權不得轉載
"""

BLOCKS = ["p", "div", "h1", "h2", "h3", "h4", "li", "ul", "article", "footer", "table", "tr"]

TEXT_COPIES = {
    "n02_lusong_sanshifenliu.html": ("n02_lusong_sanshifenliu.txt", "utf-8"),
    "n09_jiaojiang_changrenzhi.html": ("n09_jiaojiang_changrenzhi.txt", "gb18030"),
}


def build_docx(blocks: list[tuple[str, str]]) -> bytes:
    d = docx.Document()
    d.core_properties.author = "fixture"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = "fixture"
    d.core_properties.revision = 1
    for style, text in blocks:
        if style == "title":
            para = d.add_paragraph(style="Title")
            para.add_run(text)
        elif style == "subtitle":
            para = d.add_paragraph(style="Subtitle")
            para.add_run(text)
        elif style == "h":
            d.add_heading(text, level=2)
        elif style == "hb":  # a heading typed as a bold Normal paragraph, as many submissions are
            d.add_paragraph().add_run(text).bold = True
        elif style == "right":
            para = d.add_paragraph(text)
            para.alignment = 2  # right
        elif style == "byline":
            para = d.add_paragraph()
            para.alignment = 1  # centred
            run = para.add_run(text)
            run.font.size = Pt(14)
        else:
            d.add_paragraph(text)
    raw = io.BytesIO()
    d.save(raw)
    return _fix_zip_times(raw.getvalue())


def _fix_zip_times(data: bytes) -> bytes:
    """Rewrite the zip with fixed member timestamps so the file is byte-identical per run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def text_copy(html: str) -> str:
    """What a browser's 'save as text' keeps: every visible line, furniture included."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head"]):
        tag.decompose()
    for tag in soup.find_all(BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for tag in soup.find_all("br"):
        tag.replace_with("\n")
    lines = (line.strip() for line in soup.get_text().splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def main() -> None:
    for name, blocks in DOCX.items():
        (HERE / name).write_bytes(build_docx(blocks))
    (HERE / "n06_mayong_yangguangcunwu_big5.txt").write_bytes(BIG5_TEXT.encode("big5"))
    for src, (dst, encoding) in TEXT_COPIES.items():
        text = text_copy((HERE / src).read_text(encoding="utf-8"))
        (HERE / dst).write_bytes(text.replace("\n", "\r\n").encode(encoding)
                                 if encoding == "gb18030" else text.encode(encoding))


if __name__ == "__main__":
    main()
