"""Builds the binary fixtures (.docx, .xlsx, .pdf) of tests/data/lists deterministically.

Each document is defined here as hand-composed data (entries + surrounding text); `Doc.text` is the plain
text the file is generated from (check_gold.py checks gold against it).  Outputs are byte-identical between
runs: zip members get a fixed timestamp, core properties a fixed date, PDFs a fixed creation date.
Needs python-docx, openpyxl, fpdf2 and a CJK TrueType font (Debian: fonts-wqy-microhei).
Run: python3 make_fixtures.py   (CI does not regenerate; outputs are committed)
"""
from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile

from fixture_lib import HERE, Doc, E, Entry

DOCS: list[Doc] = []
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def doc(d: Doc) -> Doc:
    DOCS.append(d)
    return d


# ---------------------------------------------------------------- documents
t01 = E("一等奖", [
    ("太原市小店区", "“晋阳红管家”小区治理共同体", "太原市/小店区"),
    ("大同市平城区", "“古都红帆”历史街区党建", "大同市"),
], start=1) + E("二等奖", [
    ("长治市潞州区", "“太行先锋”红色物业", "长治市"),
    ("晋中市榆次区", "“晋商故里”商会党建", "晋中市/榆次区"),
    ("运城市盐湖区", "“盐湖红”志愿服务联盟", "运城市/盐湖区"),
], start=3) + E("三等奖", [
    ("临汾市尧都区", "“尧都先锋”网格化服务", "临汾市/尧都区"),
    ("阳泉市城区", "“阳泉红”社区工作法", "阳泉市/城区"),
    ("忻州市忻府区", "“忻州红色驿站”", "忻州市/忻府区"),
    ("山西转型综合改革示范区", "“园区红链”服务企业", "山西省"),
], start=6)
T01_HEAD = ["序号", "申报单位", "案例名称", "等次"]
T01_INTRO = ("山西省第三届城市基层党建创新案例评选结果",
             "　　由中共山西省委组织部主办的第三届山西省城市基层党建创新案例评选已完成评审，现将获奖名单公布如下：")
doc(Doc("tables/t01_shanxi_table.docx", "docx", "table-docx", ["table-docx"], "山西省城市基层党建创新案例", 3, 2022,
        "中共山西省委组织部", "山西省", 9, entries=t01,
        notes="Word table 序号/申报单位/案例名称/等次; 潞州区/平城区 (2018) are absent from cpca codes: coded 长治市/大同市; "
              "山西转型综合改革示范区 names 山西 (140000, subject)",
        text="\n".join(T01_INTRO) + "\n" + "\t".join(T01_HEAD) + "\n"
             + "\n".join(f"{e.rank}\t{e.subject}\t{e.title}\t{e.tier}" for e in t01) + "\n中共山西省委组织部\n2022年6月15日\n"))

t02 = E("一等奖", [
    ("蜀山区委直属机关工委", "“机关党员进小区”常态化服务", "合肥市/蜀山区"),
    ("市发展改革委机关党委", "“项目红管家”服务重大项目", ""),
    ("包河区委组织部机关党支部", "“滨湖红帆”人才服务站", "合肥市/包河区"),
], start=1) + E("二等奖", [
    ("市人社局机关第一党支部", "“就业红娘”精准帮扶", ""),
    ("瑶海区商务局党支部", "“老城商圈党建联盟”", "合肥市/瑶海区"),
    ("庐阳区数据资源局党支部", "“数字红盾”政务服务", "合肥市/庐阳区"),
], start=1) + E("三等奖", [
    ("肥西县农业农村局党组", "“三河红菱”产业党建", "合肥市/肥西县"),
    ("长丰县委机关工委", "“草莓党支部”助农增收", "合肥市/长丰县"),
    ("合肥高新区管委会机关党委", "“高新红链”服务科创企业", "合肥市"),
    ("巢湖市水务局党支部", "“巢湖卫士”党员护湖", "合肥市/巢湖市"),
], start=1)
T02_INTRO = ("关于2023年度合肥市机关党建创新案例评选结果的通报",
             "各县（市、区）委直属机关工委，市直各单位机关党委（党总支、党支部）：",
             "　　为推进模范机关建设，中共合肥市委直属机关工作委员会组织开展了2023年度机关党建创新案例评选，"
             "共评出一等奖3个、二等奖3个、三等奖4个，现予通报。")
doc(Doc("tables/t02_hefei_merged_tiers.docx", "docx", "table-docx", ["table-docx", "org-subject"], "合肥市机关党建创新案例",
        None, 2023, "中共合肥市委直属机关工作委员会", "合肥市", 10, entries=t02,
        notes="Word table whose tier rows are cells merged across the whole row; numbering restarts per tier; offices "
              "(市发展改革委…, 市人社局…) take the 合肥 context",
        text="\n".join(T02_INTRO) + "\n序号\t单位\t案例名称\n"
             + "\n".join((f"{e.tier}\n" if e.rank == 1 else "") + f"{e.rank}\t{e.subject}\t{e.title}" for e in t02)
             + "\n中共合肥市委直属机关工作委员会\n2023年12月18日\n"))

t11 = E("优秀案例", [
    ("新华区", "“红色物业”联盟推进老旧小区治理", "石家庄市/新华区"),
    ("长安区", "“党群连心桥”服务群众", "石家庄市/长安区"),
    ("桥西区", "“桥西红管家”社区治理", "石家庄市/桥西区"),
    ("裕华区", "“裕华先锋”楼宇党建", "石家庄市/裕华区"),
    ("正定县", "“古城红帆”文旅服务", "石家庄市/正定县"),
    ("鹿泉区", "“抱犊寨红色课堂”", "石家庄市/鹿泉区"),
    ("石家庄高新区", "“高新党建联盟”", "石家庄市"),
    ("市委组织部", "“燕赵先锋”党员教育平台", ""),
])
doc(Doc("unit_after/t11_shijiazhuang_paragraphs.docx", "docx", "unit-after", ["unit-after", "numbered", "org-subject"],
        "石家庄市城市基层党建创新案例", None, 2021, "中共石家庄市委组织部", "石家庄市", 8, entries=t11,
        notes="Word paragraphs '1. TITLE（UNIT）'; 新华区/长安区/桥西区 also exist in other cities: resolve in 石家庄",
        text="石家庄市城市基层党建创新优秀案例名单\n　　2021年12月，中共石家庄市委组织部评选出2021年度石家庄市城市基层党建创新优秀案例8个：\n"
             + "\n".join(f"{e.rank}. {e.title}（{e.subject}）" for e in t11) + "\n"))

t05 = E("一等奖", [
    ("哈尔滨市道里区", "“冰城红管家”物业服务", "哈尔滨市/道里区"),
    ("哈尔滨市南岗区", "“南岗红帆”高校社区联建", "哈尔滨市/南岗区"),
], start=1) + E("二等奖", [
    ("哈尔滨市道外区", "“老道外”历史街区党建", "哈尔滨市/道外区"),
    ("哈尔滨市香坊区", "“香坊红网格”", "哈尔滨市/香坊区"),
    ("哈尔滨市松北区", "“冰雪党建”服务冰雪旅游", "哈尔滨市/松北区"),
], start=1) + E("三等奖", [
    ("哈尔滨市平房区", "“航空城先锋”产业工人服务", "哈尔滨市/平房区"),
    ("哈尔滨市呼兰区", "“萧红故里”文化党建", "哈尔滨市/呼兰区"),
    ("五常市", "“稻香党建”助农增收", "哈尔滨市/五常市"),
], start=1)
t05b = E("提名奖", [
    ("尚志市", "“林海先锋”林区党建", "哈尔滨市/尚志市"),
    ("宾县", "“宾州红”乡村治理", "哈尔滨市/宾县"),
    ("哈尔滨新区", "“新区红链”服务企业", "哈尔滨市"),
    ("阿城区", "“金源文化”党建品牌", "哈尔滨市/阿城区"),
], start=1)
T05_TITLE = "2022年哈尔滨市基层党建创新案例获奖名单"
T05_HEAD = ["序号", "申报单位", "案例名称", "备注"]
doc(Doc("tables/t05_harbin_sheets.xlsx", "xlsx", "table-xlsx", ["table-xlsx", "tiers"], "哈尔滨市基层党建创新案例", None,
        2022, "中共哈尔滨市委组织部", "哈尔滨市", 12, entries=t05 + t05b,
        notes="sheet 获奖名单: title row merged above the header, tier rows merged across; sheet 提名奖: second sheet "
              "with its own header; numbering restarts per tier",
        text=T05_TITLE + "\n" + "\t".join(T05_HEAD) + "\n"
             + "\n".join((f"{e.tier}\n" if e.rank == 1 else "") + f"{e.rank}\t{e.subject}\t{e.title}" for e in t05)
             + "\n[提名奖]\n提名奖名单\n序号\t申报单位\t案例名称\n"
             + "\n".join(f"{e.rank}\t{e.subject}\t{e.title}" for e in t05b) + "\n"))

t06 = E("特等奖", [("东实集团", "“东实红”国企党建引领城市更新", "")], start=1) + E("一等奖", [
    ("东莞市水务集团", "“清水先锋”保供水党员突击队", "东莞市"),
    ("东莞交通投资集团", "“红色路网”服务群众出行", "东莞市"),
], start=2) + E("二等奖", [
    ("东莞控股有限公司党委", "“莞通红”高速公路服务品牌", "东莞市"),
    ("市文化广电旅游集团党委", "“书香莞邑”文化惠民", ""),
    ("松山湖控股公司党委", "“科创红链”服务园区", ""),
], start=4) + E("三等奖", [
    ("东莞银行松山湖支行党支部", "“金融活水”助小微", "东莞市"),
    ("市粮食储备公司党支部", "“粮安先锋”储粮保供", ""),
    ("虎门港务公司党支部", "“港口红帆”", ""),
], start=7)
T06_HEAD = ["序号", "企业名称", "党建品牌名称", "奖项"]
doc(Doc("tables/t06_dongguan_company_showcase.xlsx", "xlsx", "table-xlsx", ["table-xlsx", "org-subject"],
        "东莞市国有企业党建品牌展示", None, 2023, "东莞市国资委党委", "东莞市", 9, entries=t06,
        notes="company showcase; companies as subjects (东实集团…) take the 东莞 context unless their name says 东莞; "
              "虎门 is a town, not in cpca's codes: context",
        text="2023年东莞市国有企业党建品牌展示评选结果\n主办单位：东莞市国资委党委\n" + "\t".join(T06_HEAD) + "\n"
             + "\n".join(f"{e.rank}\t{e.subject}\t{e.title}\t{e.tier}" for e in t06) + "\n"))

t07 = E("一等奖", [
    ("城关区", "“金城红管家”社区治理", "兰州市/城关区"),
    ("七里河区", "“黄河风情线党建带”", "兰州市/七里河区"),
], start=1) + E("二等奖", [
    ("西固区", "“石化先锋”产业党建", "兰州市/西固区"),
    ("安宁区", "“桃花红”高校社区联建", "兰州市/安宁区"),
    ("红古区", "“红古红”乡村振兴", "兰州市/红古区"),
], start=3) + E("三等奖", [
    ("永登县", "“丝路先锋”流动党员服务", "兰州市/永登县"),
    ("榆中县", "“兴隆山下党旗红”", "兰州市/榆中县"),
    ("皋兰县", "“什川梨园”党建", "兰州市/皋兰县"),
    ("兰州新区", "“新区红链”项目党建", "兰州市"),
], start=6)
T07_HEAD = ["序号", "单位", "案例名称", "等次"]
T07_INTRO = ["兰州市第12届基层党建创新案例评选结果公布",
             "由中共兰州市委组织部主办的第12届兰州市基层党建创新案例评选于2022年10月揭晓，获奖名单如下："]
doc(Doc("tables/t07_lanzhou_table.pdf", "pdf", "table-pdf", ["table-pdf"], "兰州市基层党建创新案例", 12, 2022,
        "中共兰州市委组织部", "兰州市", 9, entries=t07,
        notes="PDF table with a text layer; 城关区 is 兰州's (620102), not 拉萨's; 第12届",
        text="\n".join(T07_INTRO) + "\n" + "\t".join(T07_HEAD) + "\n"
             + "\n".join(f"{e.rank}\t{e.subject}\t{e.title}\t{e.tier}" for e in t07) + "\n"))

t08 = E("最佳案例", [
    ("国家税务总局安溪县税务局第一税务分局党支部", "“茶乡税务红”助力茶产业发展", "泉州市/安溪县"),
    ("国家税务总局晋江市税务局党委", "“晋税先锋”服务民营企业全生命周期", "泉州市/晋江市"),
    ("国家税务总局南安市税务局党委", "“石材之乡”税收共治", "泉州市/南安市"),
], start=1) + E("优秀案例", [
    ("国家税务总局石狮市税务局第二税务分局党支部", "“服装城税易办”", "泉州市/石狮市"),
    ("国家税务总局惠安县税务局党支部", "“惠女精神”税务志愿服务", "泉州市/惠安县"),
    ("国家税务总局德化县税务局党支部", "“瓷都税韵”党建文化", "泉州市/德化县"),
    ("国家税务总局永春县税务局党支部", "“永春红”税费服务进乡村", "泉州市/永春县"),
    ("稽查局第二检查室党支部", "“铁面稽查”党员示范岗", ""),
    ("泉州经济技术开发区税务局党支部", "“开发区税务红”", "泉州市"),
], start=1)
T08_HEAD = ["序号", "申报单位", "项目名称", "等次"]
doc(Doc("org/t08_quanzhou_tax_table.pdf", "pdf", "table-pdf", ["table-pdf", "org-subject"], "国家税务总局泉州市税务局党建创新案例",
        None, 2022, "国家税务总局泉州市税务局机关党委", "泉州市", 9, entries=t08,
        notes="bureau contest in a PDF table; long unit names wrap inside their cells; branches named after a county "
              "(安溪县…分局党支部) resolve to the county",
        text="国家税务总局泉州市税务局2022年度党建创新案例评选结果\n" + "\t".join(T08_HEAD) + "\n"
             + "\n".join(f"{e.rank}\t{e.subject}\t{e.title}\t{e.tier}" for e in t08) + "\n"))

t12 = E("最佳案例", [
    ("河北省秦皇岛市海港区", "“港城红帆”服务港口社区", "秦皇岛市/海港区"),
    ("山西省晋城市城区", "“太行红管家”小区治理", "晋城市/城区"),
    ("江苏省无锡市梁溪区", "“运河红盟”街区党建", "无锡市/梁溪区"),
    ("福建省福州市鼓楼区", "“榕城红帆”楼宇党建", "福州市/鼓楼区"),
], start=1) + E("优秀案例", [
    ("黑龙江省大庆市萨尔图区", "“铁人精神”社区传承", "大庆市/萨尔图区"),
    ("河南省洛阳市老城区", "“古都红巷”", "洛阳市/老城区"),
    ("湖南省株洲市芦淞区", "“服饰商圈党建联盟”", "株洲市/芦淞区"),
    ("海南省三亚市吉阳区", "“椰风红帆”服务旅居人群", "三亚市/吉阳区"),
    ("西藏自治区拉萨市城关区", "“雪域红管家”民族团结社区", "拉萨市/城关区"),
    ("新疆维吾尔自治区克拉玛依市克拉玛依区", "“油城先锋”", "克拉玛依市/克拉玛依区"),
], start=1)
doc(Doc("numbered/t12_city_series_list.pdf", "pdf", "numbered", ["numbered"], "全国城市基层党建创新案例", 3, 2021,
        "人民网·中国共产党新闻网", "", 10, entries=t12,
        notes="PDF text (not a table): '1. UNIT：TITLE' lines; 海港区 here is 秦皇岛's (130302), 城关区 拉萨's (540102)",
        text="第三届全国城市基层党建创新案例名单\n2021年12月\n最佳案例\n"
             + "\n".join(f"{e.rank}. {e.subject}：{e.title}" for e in t12[:4]) + "\n优秀案例\n"
             + "\n".join(f"{e.rank}. {e.subject}：{e.title}" for e in t12[4:]) + "\n"))



w03 = E("一等奖", [
    ("鄞州区", "“甬上红管家”物业党建", "宁波市/鄞州区", "鄞州区"),
    ("海曙区", "“三江口红色议事厅”", "宁波市/海曙区", "海曙区"),
], start=1) + E("二等奖", [
    ("江北区", "“老外滩红帆”商圈党建", "宁波市/江北区", "江北区"),
    ("镇海区", "“石化区党建联盟”", "宁波市/镇海区", "镇海区"),
    ("余姚市", "“姚江先锋”乡村治理", "宁波市/余姚市", "余姚市"),
], start=1) + E("三等奖", [
    ("慈溪市", "“慈孝红”志愿服务", "宁波市/慈溪市", "慈溪市"),
    ("象山县", "“渔港党旗红”", "宁波市/象山县", "象山县"),
    ("宁波杭州湾新区", "“新区红链”服务企业", "宁波市", "宁波杭州湾新区"),
], start=1)
W03_LEAD = ("宁波市城市基层党建创新案例评选结果通报",
            "　　2022年12月，中共宁波市委组织部组织开展的宁波市城市基层党建创新案例评选结果揭晓。"
            "鄞州区《“甬上红管家”物业党建》、海曙区《“三江口红色议事厅”》获一等奖；"
            "江北区《“老外滩红帆”商圈党建》、镇海区《“石化区党建联盟”》、余姚市《“姚江先锋”乡村治理》获二等奖；"
            "慈溪市《慈孝红志愿服务》、象山县《“渔港党旗红”》、宁波杭州湾新区《“新区红链”服务企业》获三等奖。"
            "获奖名单见下表。")
doc(Doc("twice/w03_ningbo_lead_and_table.docx", "docx", "twice", ["twice", "table-docx"], "宁波市城市基层党建创新案例",
        None, 2022, "中共宁波市委组织部", "宁波市", 8, entries=w03,
        notes="Word: lead paragraph names all 8 winners, table repeats them (慈溪市 title reworded in the lead: "
              "慈孝红志愿服务 vs “慈孝红”志愿服务); gold title = table printing",
        text="\n".join(W03_LEAD) + "\n等次\t序号\t单位\t案例名称\n"
             + "\n".join(f"{e.tier}\t{e.rank}\t{e.subject}\t{e.title}" for e in w03) + "\n"))

t13 = E("金奖", [
    ("拱墅区湖墅街道党工委", "“湖墅红管家”老旧小区改造", "杭州市/拱墅区"),
    ("西湖区翠苑街道党工委", "“翠苑红盟”邻里中心", "杭州市/西湖区"),
], start=1) + E("银奖", [
    ("滨江区长河街道党工委", "“数智长河”楼宇党建", "杭州市/滨江区"),
    ("萧山区城厢街道党工委", "“萧然红帆”", "杭州市/萧山区"),
    ("余杭区良渚街道党工委", "“良渚文化村”自治公约", "杭州市/余杭区"),
], start=3) + E("铜奖", [
    ("富阳区富春街道党工委", "“富春山居”红色驿站", "杭州市/富阳区"),
    ("桐庐县桐君街道党工委", "“快递之乡”新就业群体服务", "杭州市/桐庐县"),
    ("淳安县千岛湖镇党委", "“千岛湖党员护水队”", "杭州市/淳安县"),
    ("建德市新安江街道党工委", "“新安江红”", "杭州市/建德市"),
    ("杭州市公交集团党委", "“红色车厢”流动课堂", "杭州市"),
], start=6)
T13_HEAD = ["序号", "申报单位", "案例名称", "等次", "所属区县"]
doc(Doc("tables/t13_hangzhou_columns.xlsx", "xlsx", "table-xlsx", ["table-xlsx", "tiers"], "杭州市社区党建创新案例", 7, 2023,
        "中共杭州市委组织部", "杭州市", 10, entries=t13,
        notes="sheet with the title in A1, the organiser in A2, a blank row, then the header; 等次 column with 金奖/银奖/铜奖; "
              "an extra 所属区县 column (not a unit)",
        text="第七届杭州市社区党建创新案例获奖名单\n主办单位：中共杭州市委组织部　2023年11月\n\n" + "\t".join(T13_HEAD) + "\n"
             + "\n".join(f"{e.rank}\t{e.subject}\t{e.title}\t{e.tier}" for e in t13) + "\n"))

t14_rows = [
    ("最佳案例", "江苏省发展改革委机关党委", "“项目为民”机关党建品牌", "江苏省"),
    ("最佳案例", "江苏省财政厅机关第二党支部", "“阳光财政”党员先锋岗", "江苏省"),
    ("最佳案例", "无锡市梁溪区委直属机关工委", "“机关支部+社区”双向服务", "无锡市/梁溪区"),
    ("最佳案例", "常州市武进区委组织部", "“武进红”机关党员教育", "常州市/武进区"),
    ("最佳案例", "南通市崇川区机关工委", "“江海先锋”服务企业", "南通市/崇川区"),
    ("优秀案例", "连云港市海州区机关工委", "“港城先锋”项目攻坚", "连云港市/海州区"),
    ("优秀案例", "淮安市清江浦区委办公室党支部", "“清江红”服务基层", "淮安市/清江浦区"),
    ("优秀案例", "盐城市亭湖区市场监管局党支部", "“鹤乡红盾”", "盐城市/亭湖区"),
    ("优秀案例", "扬州市广陵区文旅局党支部", "“运河红帆”文旅服务", "扬州市/广陵区"),
    ("优秀案例", "镇江市京口区机关工委", "“京口红”党员志愿服务", "镇江市/京口区"),
    ("优秀案例", "泰州市海陵区委组织部机关党支部", "“凤城先锋”", "泰州市/海陵区"),
    ("优秀案例", "宿迁市宿城区机关工委", "“宿城红”服务群众", "宿迁市/宿城区"),
    ("优秀案例", "徐州市云龙区委机关工委", "“云龙湖畔党旗红”", "徐州市/云龙区"),
    ("优秀案例", "苏州市吴中区机关工委", "“太湖先锋”生态党建", "苏州市/吴中区"),
    ("优秀案例", "南京市江北新区党工委", "“江北红链”服务新区建设", "南京市"),
    ("优秀案例", "江苏省税务局机关第三党支部", "“苏税红”办税服务", "江苏省"),
    ("入围", "江苏省交通运输厅机关党委", "“交通先锋”工程攻坚", "江苏省"),
    ("入围", "常州市天宁区机关工委", "“天宁红”楼宇服务", "常州市/天宁区"),
    ("入围", "南通市海门区机关工委", "“海门红帆”", "南通市"),
    ("入围", "无锡市滨湖区机关工委", "“太湖明珠”机关党建", "无锡市/滨湖区"),
    ("入围", "盐城市大丰区机关工委", "“麋鹿故乡”党员志愿服务", "盐城市/大丰区"),
    ("入围", "扬州市江都区机关工委", "“江都红”水利党建", "扬州市/江都区"),
    ("入围", "泰州市姜堰区机关工委", "“溱潼红”文旅党建", "泰州市/姜堰区"),
    ("入围", "宿迁市泗洪县机关工委", "“洪泽湖畔党旗红”", "宿迁市/泗洪县"),
    ("入围", "淮安市淮安区机关工委", "“周恩来故里”党员教育", "淮安市/淮安区"),
    ("入围", "连云港市赣榆区机关工委", "“海州湾先锋”", "连云港市/赣榆区"),
    ("入围", "镇江市丹徒区机关工委", "“丹徒红”农村党建", "镇江市/丹徒区"),
    ("入围", "徐州市铜山区机关工委", "“汉风红”工业党建", "徐州市/铜山区"),
]
t14 = [Entry(s, t, h, tier, "", i) for i, (tier, s, t, h) in enumerate(t14_rows, 1)]
T14_HEAD = ["序号", "单位", "案例名称", "奖项"]
doc(Doc("tables/t14_jiangsu_two_pages.pdf", "pdf", "table-pdf", ["table-pdf", "org-subject", "tiers"],
        "江苏省机关党建创新案例", None, 2021, "中共江苏省委省级机关工作委员会", "江苏省", 28, entries=t14,
        notes="PDF table running over two pages (header repeated on page 2); ranks continuous; 海门区 (2020) coded "
              "南通市; 南京市江北新区 is a zone (coded 南京市 from the subject)",
        text="2021年度江苏省机关党建创新案例评选结果\n中共江苏省委省级机关工作委员会\n" + "\t".join(T14_HEAD) + "\n"
             + "\n".join(f"{e.rank}\t{e.subject}\t{e.title}\t{e.tier}" for e in t14) + "\n"))

# ---------------------------------------------------------------- writers
def _freeze_zip(data: bytes) -> bytes:
    """Rewrites an OOXML zip with fixed member timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, blob)
    return out.getvalue()


def _save_zip(path: str, save) -> None:
    buf = io.BytesIO()
    save(buf)
    with open(path, "wb") as fh:
        fh.write(_freeze_zip(buf.getvalue()))


def _docx_base():
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "fixture"
    return d


def build_t01(path: str) -> None:
    d = _docx_base()
    d.add_heading(T01_INTRO[0], level=1)
    d.add_paragraph(T01_INTRO[1])
    tab = d.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    for c, h in zip(tab.rows[0].cells, T01_HEAD):
        c.text = h
    for e in t01:
        for c, v in zip(tab.add_row().cells, [str(e.rank), e.subject, e.title, e.tier]):
            c.text = v
    d.add_paragraph("中共山西省委组织部")
    d.add_paragraph("2022年6月15日")
    _save_zip(path, d.save)


def build_t02(path: str) -> None:
    d = _docx_base()
    d.add_heading(T02_INTRO[0], level=1)
    for p in T02_INTRO[1:]:
        d.add_paragraph(p)
    tab = d.add_table(rows=1, cols=3)
    tab.style = "Table Grid"
    for c, h in zip(tab.rows[0].cells, ["序号", "单位", "案例名称"]):
        c.text = h
    for e in t02:
        if e.rank == 1:
            row = tab.add_row().cells
            merged = row[0].merge(row[2])
            merged.text = e.tier
        for c, v in zip(tab.add_row().cells, [str(e.rank), e.subject, e.title]):
            c.text = v
    d.add_paragraph("中共合肥市委直属机关工作委员会")
    d.add_paragraph("2023年12月18日")
    _save_zip(path, d.save)


def build_t11(path: str) -> None:
    d = _docx_base()
    lines = DOCS[[x.file for x in DOCS].index("unit_after/t11_shijiazhuang_paragraphs.docx")].text.strip().split("\n")
    d.add_heading(lines[0], level=1)
    for line in lines[1:]:
        d.add_paragraph(line)
    _save_zip(path, d.save)


def build_t05(path: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "获奖名单"
    ws.append([T05_TITLE])
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(T05_HEAD)
    for e in t05:
        if e.rank == 1:
            ws.append([e.tier])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
        ws.append([e.rank, e.subject, e.title, None])
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["C"].width = 36
    ws2 = wb.create_sheet("提名奖")
    ws2.append(["提名奖名单"])
    ws2.append(["序号", "申报单位", "案例名称"])
    for e in t05b:
        ws2.append([e.rank, e.subject, e.title])
    _save_zip(path, wb.save)


def build_t06(path: str) -> None:
    from openpyxl import Workbook
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["2023年东莞市国有企业党建品牌展示评选结果"])
    ws.merge_cells("A1:D1")
    ws.append(["主办单位：东莞市国资委党委"])
    ws.append(T06_HEAD)
    for e in t06:
        ws.append([e.rank, e.subject, e.title, e.tier])
    _save_zip(path, wb.save)


def _pdf():
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_producer("make_fixtures.py")
    p.add_page()
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.set_font("wqy", size=11)
    return p


def _pdf_table(p, head: list[str], rows: list[list[str]], widths: tuple[int, ...], line_height: int = 6) -> None:
    from fpdf.fonts import FontFace
    p.set_font("wqy", size=9)
    with p.table(col_widths=widths, headings_style=FontFace(emphasis=""), line_height=line_height) as t:
        for r in [head] + rows:
            row = t.row()
            for c in r:
                row.cell(c)


def build_t07(path: str) -> None:
    p = _pdf()
    for line in T07_INTRO:
        p.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    _pdf_table(p, T07_HEAD, [[str(e.rank), e.subject, e.title, e.tier] for e in t07], (12, 40, 90, 24))
    p.output(path)


def build_t08(path: str) -> None:
    p = _pdf()
    p.multi_cell(0, 8, "国家税务总局泉州市税务局2022年度党建创新案例评选结果", new_x="LMARGIN", new_y="NEXT")
    _pdf_table(p, T08_HEAD, [[str(e.rank), e.subject, e.title, e.tier] for e in t08], (12, 56, 80, 22))
    p.output(path)


def build_t12(path: str) -> None:
    p = _pdf()
    for line in DOCS[[x.file for x in DOCS].index("numbered/t12_city_series_list.pdf")].text.strip().split("\n"):
        p.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    p.output(path)


def build_w03(path: str) -> None:
    d = _docx_base()
    d.add_heading(W03_LEAD[0], level=1)
    d.add_paragraph(W03_LEAD[1])
    tab = d.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    for c, h in zip(tab.rows[0].cells, ["等次", "序号", "单位", "案例名称"]):
        c.text = h
    for e in w03:
        for c, v in zip(tab.add_row().cells, [e.tier, str(e.rank), e.subject, e.title]):
            c.text = v
    _save_zip(path, d.save)


def build_t13(path: str) -> None:
    from openpyxl import Workbook
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "名单"
    ws.append(["第七届杭州市社区党建创新案例获奖名单"])
    ws.append(["主办单位：中共杭州市委组织部　2023年11月"])
    ws.append([])
    ws.append(T13_HEAD)
    county = {"拱墅": "拱墅区", "西湖": "西湖区", "滨江": "滨江区", "萧山": "萧山区", "余杭": "余杭区", "富阳": "富阳区",
              "桐庐": "桐庐县", "淳安": "淳安县", "建德": "建德市", "杭州": "市属"}
    for e in t13:
        ws.append([e.rank, e.subject, e.title, e.tier, county[e.subject[:2]]])
    _save_zip(path, wb.save)


def build_t14(path: str) -> None:
    p = _pdf()
    p.multi_cell(0, 8, "2021年度江苏省机关党建创新案例评选结果", new_x="LMARGIN", new_y="NEXT")
    p.multi_cell(0, 8, "中共江苏省委省级机关工作委员会", new_x="LMARGIN", new_y="NEXT")
    _pdf_table(p, T14_HEAD, [[str(e.rank), e.subject, e.title, e.tier] for e in t14], (12, 66, 76, 22), 11)
    p.output(path)


BUILDERS = {
    "tables/t01_shanxi_table.docx": build_t01,
    "tables/t02_hefei_merged_tiers.docx": build_t02,
    "unit_after/t11_shijiazhuang_paragraphs.docx": build_t11,
    "tables/t05_harbin_sheets.xlsx": build_t05,
    "tables/t06_dongguan_company_showcase.xlsx": build_t06,
    "tables/t07_lanzhou_table.pdf": build_t07,
    "org/t08_quanzhou_tax_table.pdf": build_t08,
    "numbered/t12_city_series_list.pdf": build_t12,
    "twice/w03_ningbo_lead_and_table.docx": build_w03,
    "tables/t13_hangzhou_columns.xlsx": build_t13,
    "tables/t14_jiangsu_two_pages.pdf": build_t14,
}


def main() -> None:
    for d in DOCS:
        path = os.path.join(HERE, d.file)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        BUILDERS[d.file](path)


if __name__ == "__main__":
    main()
