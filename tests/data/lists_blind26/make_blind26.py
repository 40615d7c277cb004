"""Write the office-file documents of lists_blind26 (a 百家号 reprint pasted into Word, a 澎湃号 page printed to PDF) from the literals below.

    python3 tests/data/lists_blind26/make_blind26.py

Every document's words are invented and are literals here (constants D3_… for d3_…, P8_… for p8_…); gold.tsv was
typed by hand from them. Deterministic as lists_blind16/make_blind16.py: lists_office's OOXML writer `_save_zip`
(imported) fixes zip timestamps and core-property dates; the PDF gets a fixed creation date. Needs python-docx, fpdf2
and fonts-wqy-microhei. The .html and .txt documents are hand-written.
"""
from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- d3: .docx, a 百家号 article pasted into Word, one sentence per tier
D3_PARAS = [
    ("title", "首届宁德市“闽东之光”基层党建创新项目评选结果出炉，9个项目获奖"),
    ("small", "闽东融媒视界"),
    ("small", "2026-01-09 17:42福建宁德融媒体创作者"),
    ("small", "已关注"),
    ("p", "近日，中共宁德市委组织部公布首届宁德市“闽东之光”基层党建创新项目评选结果。本次评选共收到各县（市、区）和市直单位"
          "推荐项目63个，经过初评、答辩和公示，最终评出金奖2个、银奖3个、铜奖4个。"),
    ("img", "[图片]"),
    ("p", "获得金奖的项目是：福鼎市磻溪镇党委《“白茶党建联盟”助力茶农增收》、霞浦县三沙镇党委《“海上网格”党员责任区》。"),
    ("p", "获得银奖的项目是：蕉城区蕉南街道党工委《“红色议事厅”推进小区治理》、福安市穆阳镇党委《“四议两公开”村级决策提质》、"
          "寿宁县下党乡党委《“下党红”党员积分制》。"),
    ("p", "获得铜奖的项目是：古田县城东街道党工委《网格化“微服务”》、屏南县熙岭乡党委《“乡村合伙人”党建共建》；"
          "柘荣县乍洋乡党委《“党员中心户+”联户服务》以及周宁县狮城镇党委《“一线工作法”破解城镇治理难题》。"),
    ("p", "市委组织部有关负责人介绍，获奖项目将纳入全市基层党建项目库，通过“闽东之光”讲堂进行巡回宣讲。"),
    ("img", "[图片]"),
    ("small", "来源：宁德日报 记者 林雅琪 通讯员 吴恩泽"),
    ("small", "声明：本文由入驻百家号的作者撰写，除官方账号外，观点仅代表作者本人，不代表百家号立场。如有侵权请联系删除。"),
    ("small", "举报/反馈"),
    ("h", "作者最新文章"),
    ("small", "霞浦滩涂迎来紫菜收获季"),
    ("small", "宁德：“山海协作”再结新果"),
    ("h", "相关推荐"),
    ("small", "福鼎白茶产业党建联盟成立三周年"),
]

# ---------------------------------------------------------------- p8: .pdf, a 澎湃号 page printed from the browser, circled numbers
P8_HEADER = "2025/9/18 14:06   绵阳两新党建丨第二届绵阳市“科技城先锋”两新组织党建创新案例名单公布_澎湃号·政务"
P8_URL = "https://m.pphao-example.cn/newsDetail_forward_30215587"
P8_LINES = [
    ("nav", "澎湃号  首页  要闻  政务  视频  下载客户端"),
    ("title", "绵阳两新党建丨第二届绵阳市“科技城先锋”两新组织党建创新案例名单公布"),
    ("meta", "科技城两新先锋   关注"),
    ("meta", "2025-09-18 11:02  来源：澎湃新闻·澎湃号·政务"),
    ("meta", "字号"),
    ("p", "为深入推进两新组织党建工作创新，中共绵阳市委两新组织工作委员会组织开展了第二届绵阳市“科技城先锋”两新组织党建创新"
          "案例征集评选活动。经申报推荐、资格审查、专家评审和公示，共评出特等奖1个、一等奖3个、二等奖5个，现将名单公布如下："),
    ("img", ""),
    ("h", "◆ 特等奖（1个）"),
    ("p", "①涪城区科创园区联合党委：“科技城红色引擎”党建服务企业成长"),
    ("h", "◆ 一等奖（3个）"),
    ("p", "①游仙区电子信息产业园党委：“链上党建”助力电子信息产业集群发展"),
    ("p", "②江油市民营企业联合党委：“李白故里·红色工匠”培育工程"),
    ("p", "③绵阳市物流行业协会党支部：快递小哥“流动党员之家”"),
    ("h", "◆ 二等奖（5个）"),
    ("p", "①安州区花荄镇商会党支部：商会“党员中心户”联系会员制度"),
    ("p", "②三台县律师行业党委：“法润三台”公益法律服务"),
    ("p", "③盐亭县电商服务中心党支部：“网上党支部”带动农产品上行"),
    ("p", "④梓潼县社会组织综合党委：“两弹城精神”进社会组织"),
    ("p", "⑤北川羌族自治县民宿协会党支部：“羌寨红民宿”积分制管理"),
    ("p", "下一步，市委两新工委将组织获奖单位开展经验交流，持续擦亮“科技城先锋”两新党建品牌。"),
    ("meta", "（来源：绵阳两新）"),
    ("meta", "原标题：《第二届绵阳市“科技城先锋”两新组织党建创新案例名单公布》"),
    ("meta", "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。"),
    ("meta", "申请澎湃号请用电脑访问。"),
    ("h", "举报"),
    ("h", "相关推荐"),
    ("meta", "绵阳：两新组织党建“红色引擎”持续发力"),
    ("meta", "江油：民营企业里的党员先锋岗"),
]

# the OOXML writer of lists_office/make_office.py (fixed zip timestamps and core-property dates)
_save_zip = runpy.run_path(str(HERE.parent / "lists_office" / "make_office.py"))["_save_zip"]


def build_d3(path: Path) -> None:
    import docx
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_blind26"
    for kind, text in D3_PARAS:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(18)
        elif kind == "h":
            run.bold = True
            run.font.size = Pt(12)
        elif kind in ("small", "img"):
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x99, 0x99, 0x99)
        else:
            run.font.size = Pt(12)
    _save_zip(path, d.save)


class _Printed:
    """fpdf2 document with the browser's print header (date, page title) and footer (address, page i/n) on each page."""

    def __new__(cls):
        from fpdf import FPDF

        class Doc(FPDF):
            def header(self):
                self.set_font("wqy", size=7)
                self.set_text_color(60, 60, 60)
                self.set_xy(8, 5)
                self.cell(0, 4, P8_HEADER)
                self.set_text_color(30, 30, 30)
                self.set_y(18)

            def footer(self):
                self.set_font("wqy", size=7)
                self.set_text_color(60, 60, 60)
                self.set_xy(8, -10)
                self.cell(150, 4, P8_URL)
                self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
        return Doc()


def build_p8(path: Path) -> None:
    p = _Printed()
    p.set_creation_date(FIXED)
    p.set_producer("make_blind26.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.alias_nb_pages()
    p.set_margins(36, 18, 36)
    p.set_auto_page_break(True, margin=22)
    p.add_page()
    for kind, text in P8_LINES:
        if kind == "nav":
            p.set_font("wqy", size=9)
            p.set_text_color(120, 120, 120)
            p.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            p.set_text_color(30, 30, 30)
            p.ln(4)
        elif kind == "title":
            p.set_font("wqy", size=17)
            p.multi_cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif kind == "meta":
            p.set_font("wqy", size=9)
            p.set_text_color(120, 120, 120)
            p.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            p.set_text_color(30, 30, 30)
        elif kind == "img":
            p.ln(4)
            p.set_fill_color(214, 222, 230)
            p.rect(p.l_margin, p.get_y(), p.w - p.l_margin - p.r_margin, 70, style="F")
            p.ln(74)
        elif kind == "h":
            p.set_font("wqy", size=13)
            p.ln(5)
            p.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        else:
            p.set_font("wqy", size=13)
            p.ln(3)
            p.multi_cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


BUILDERS = {
    "d3_fujian_ningde_baijiahao_pasted_word_tier_sentences.docx": build_d3,
    "p8_sichuan_mianyang_pengpaihao_browser_print_circled_numbers.pdf": build_p8,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
