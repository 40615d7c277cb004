"""Write the office-file fixtures of lists_office (.docx, .xlsx, text-layer .pdf) from the literal text below.

    python3 tests/data/lists_office/make_office.py

Every document's words are literals in this file: the gold in gold.tsv was typed by hand from them
(and check_gold.py reads each written file back with python-docx / openpyxl / pdfplumber).
Deterministic: zip members get a fixed timestamp and docProps fixed dates; PDFs a fixed creation date.
Needs python-docx, openpyxl, fpdf2 and Debian's fonts-wqy-microhei.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- o01: .docx table, tier column vertically merged
O01_HEAD = [
    "中共绍兴市委组织部",
    "关于公布2025年度绍兴市“枫桥式”基层党建创新案例评选结果的通知",
    "各区、县（市）委组织部，市直各单位党委（党组）：",
    "为深入总结推广新时代“枫桥经验”，市委组织部于2025年3月至6月组织开展了“枫桥式”基层党建创新案例评选。"
    "经各地推荐、材料初审、专家评审和实地核验，共评出一等奖2个、二等奖3个、三等奖3个，现将评选结果公布如下。",
]
O01_TABLE = [
    ["序号", "等次", "单位", "案例名称"],
    ["1", "一等奖", "诸暨市枫桥镇枫源村党委", "“村民说事”议事厅推动矛盾就地化解"],
    ["2", "一等奖", "柯桥区柯桥街道红木桥社区党委", "“布商之家”服务外贸小微企业"],
    ["3", "二等奖", "上虞区曹娥街道江扬社区党总支", "“孝德积分”激活社区自治"],
    ["4", "二等奖", "越城区府山街道西小路社区党委", "历史街区“红色管家”守护古城烟火"],
    ["5", "二等奖", "绍兴黄酒集团有限公司党委", "“酒香党旗红”传承非遗技艺"],
    ["6", "三等奖", "嵊州市甘霖镇施家岙村党支部", "越剧小镇“戏台党课”"],
    ["7", "三等奖", "新昌县七星街道溪滨社区党委", "“茶香邻里”社区共治"],
    ["8", "三等奖", "市市场监管局党委", "“浙里检”护航小微企业质量提升"],
]
O01_TAIL = [
    "各地各单位要加强对获奖案例的宣传推广，推动基层党建工作提质增效。",
    "中共绍兴市委组织部",
    "2025年7月8日",
]

# ---------------------------------------------------------------- o02: .docx long table, header row printed again mid-table
O02_HEAD = [
    "中共江西省直属机关工作委员会",
    "关于公布首届江西省直机关“赣鄱先锋”党建品牌评选结果的通知",
    "省直各单位机关党委（党总支、党支部）：",
    "为推动机关党建品牌化建设，省直机关工委于2024年组织开展了首届省直机关“赣鄱先锋”党建品牌评选活动。"
    "活动共收到申报材料126份，经资格审查、网络展示、专家评审和工委会议审定，确定示范品牌5个、培育品牌9个。"
    "现将评选结果予以公布，请各单位认真总结经验，持续深化品牌创建，以高质量党建引领保障高质量发展。",
    "附表：首届江西省直机关“赣鄱先锋”党建品牌评选结果",
]
O02_HEADER = ["序号", "单位", "品牌名称", "评选结果"]
O02_ROWS = [
    ["1", "省发展改革委机关第三党支部", "“项目服务直通车”", "示范品牌"],
    ["2", "省财政厅预算处党支部", "“红色账本”精算惠民", "示范品牌"],
    ["3", "省交通运输厅赣州公路事业发展中心党支部", "“路畅赣南”养护先锋", "示范品牌"],
    ["4", "省人民医院急诊科党支部", "“生命绿道”党员救护队", "示范品牌"],
    ["5", "省气象局南昌县气象站党支部", "“追云守护”气象为农服务", "示范品牌"],
    ["6", "省教育厅职业教育处党支部", "“工匠摇篮”产教融合", "培育品牌"],
    ["7", "省农业农村厅种植业处党支部", "“稻香先锋”服务春耕", "培育品牌"],
    ["8", "省林业局井冈山林场党支部", "“竹海守望”护林先锋", "培育品牌"],
    None,  # the header row printed again where page 2 starts (a document converted from PDF)
    ["9", "省文化和旅游厅景德镇陶瓷文化研究所党支部", "“瓷韵初心”文化传承", "培育品牌"],
    ["10", "省水利厅鄱阳湖水文局党支部", "“湖畔哨兵”水情监测", "培育品牌"],
    ["11", "省市场监管局标准化处党支部", "“标准引领”助企提质", "培育品牌"],
    ["12", "省退役军人事务厅优抚处党支部", "“老兵之家”暖心服务", "培育品牌"],
    ["13", "省邮政管理局九江邮政管理局党支部", "“快递进村”红色驿站", "培育品牌"],
    ["14", "省生态环境厅萍乡生态环境监测站党支部", "“蓝天卫士”监测先锋", "培育品牌"],
]
O02_TAIL = ["中共江西省直属机关工作委员会", "2024年12月20日"]

# ---------------------------------------------------------------- o03: .docx paragraphs under tier headings, 附件, page header/footer
O03_HEADER_TEXT = "中共宜昌市委组织部文件　　宜组通〔2025〕18号"
O03_FOOTER_TEXT = "宜昌市委组织部办公室　　2025年4月18日印发"
O03_PARAS = [
    ("title", "中共宜昌市委组织部"),
    ("title", "关于公布宜昌市第二届“红色引擎”党建创新案例评选结果的通知"),
    ("p", "各县市区委组织部，市直各单位党组（党委）："),
    ("p", "为推动基层党建与中心工作深度融合，市委组织部于2024年10月至2025年2月组织开展了第二届“红色引擎”党建创新案例评选。"
          "经基层申报、县市区推荐、专家评审，共评出一等奖2个、二等奖3个、三等奖4个，现将名单予以公布（见附件）。"),
    ("p", "希望获奖单位珍惜荣誉、深化创新，各地各单位要学习借鉴获奖案例的经验做法，推动全市基层党建工作整体提升。"),
    ("p", "附件：宜昌市第二届“红色引擎”党建创新案例获奖名单"),
    ("right", "中共宜昌市委组织部"),
    ("right", "2025年4月18日"),
    ("break", ""),
    ("h", "附件"),
    ("title", "宜昌市第二届“红色引擎”党建创新案例获奖名单"),
    ("p", "一等奖（2个）"),
    ("p", "1. 夷陵区小溪塔街道东湖社区党委：“三峡红管家”小区治理新模式"),
    ("p", "2. 宜都市红花套镇渔洋溪村党委：柑橘产业链上建支部"),
    ("p", "二等奖（3个）"),
    ("p", "1. 西陵区云集街道铁路坝社区党委：“老旧小区+红色物业”改造"),
    ("p", "2. 枝江市问安镇关庙山村党总支：“积分超市”激活乡风文明"),
    ("p", "3. 宜昌高新区白洋镇党委：园区党建“链”动产业发展"),
    ("p", "三等奖（4个）"),
    ("p", "1. 秭归县茅坪镇九里村党支部：“脐橙党课”开到田间地头"),
    ("p", "2. 长阳土家族自治县龙舟坪镇党委：“土家幺妹”巾帼宣讲队"),
    ("p", "3. 五峰土家族自治县渔洋关镇党委：茶旅融合“红色茶园”"),
    ("p", "4. 远安县鸣凤镇党委：“鸣凤议事会”凝聚群众"),
    ("p", "（同一等次内排名不分先后）"),
]

# ---------------------------------------------------------------- o04: .docx one 3-column table per tier, tier as a caption above
O04_HEAD = [
    "遵义市2024年度基层党建创新优秀案例名单",
    "中共遵义市委组织部　2024年11月29日",
    "根据《关于开展2024年度基层党建创新案例征集活动的通知》要求，经各县（市、区）委组织部和市直机关工委推荐、"
    "市委组织部组织专家评审，确定以下案例为2024年度基层党建创新最佳案例和优秀案例。",
]
O04_TABLES = [
    ("一、最佳案例（3个）", [
        ["1", "汇川区委组织部", "高坪街道“红色网格·一网统管”"],
        ["2", "湄潭县委组织部", "田家沟村“茶园议事”推动乡村善治"],
        ["3", "赤水市委组织部", "竹产业链党建联盟助农增收"],
    ]),
    ("二、优秀案例（5个）", [
        ["1", "红花岗区委组织部", "老城街道“背街小巷”党员认领制"],
        ["2", "播州区委组织部", "枫香镇花茂村“母亲讲堂”"],
        ["3", "仁怀市委组织部", "茅台镇酱香产业“红色车间”"],
        ["4", "习水县委组织部", "土城镇“四渡赤水”红色研学"],
        ["5", "市直机关工委", "机关党员“双报到”进社区"],
    ]),
]
O04_HEADER = ["序号", "推荐单位", "案例名称"]
O04_TAIL = ["市委组织部将择优汇编成册，并推荐参加全省基层党建创新案例评选。"]

# ---------------------------------------------------------------- o05: .xlsx one sheet per tier, merged title row, 备注 column
O05_SHEETS = [
    ("一等奖", "2024年洛阳市“河洛先锋”党建创新项目一等奖名单", [
        ["1", "涧西区重庆路街道天津路社区党委", "“工业记忆”老厂区社区治理", None],
        ["2", "孟津区会盟镇小浪底村党支部", "黄河岸边“红色民宿”联盟", "联合申报：会盟镇党委"],
        ["3", "洛阳轴承集团股份有限公司党委", "“大国重器”工匠党员攻关队", "市国资委推荐"],
    ]),
    ("二等奖", "2024年洛阳市“河洛先锋”党建创新项目二等奖名单", [
        ["1", "老城区西关街道党工委", "古城“红色街巷”共建共治", None],
        ["2", "栾川县重渡沟村党支部", "景区村“党员导游”服务队", None],
        ["3", "偃师区首阳山街道党工委", "“家具产业链”党建联盟", None],
        ["4", "宜阳县三乡镇党委", "“三乡调解室”化解矛盾", None],
        ["5", "洛阳理工学院机械工程学院党委", "“匠心课堂”校企共育", "市委教育工委推荐"],
    ]),
]
O05_HEADER = ["序号", "单位名称", "项目名称", "备注"]
O05_FOOT = "中共洛阳市委组织部制表"

# ---------------------------------------------------------------- o06: .xlsx 等次 column, blank cell = same as above
O06_TITLE = "绵阳市第四届“两新”组织党建创新案例评选结果汇总表"
O06_HEADER = ["序号", "等次", "申报单位", "案例名称"]
O06_ROWS = [
    ["1", "特等奖", "绵阳科技城新区“两新”组织综合党委", "“科创红盟”服务高新企业"],
    ["2", "一等奖", "涪城区快递物流行业党委", "“小哥驿站”温暖城市"],
    ["3", None, "游仙区律师行业党委", "法律服务“进园区”"],
    ["4", None, "江油市民营企业联合党委", "“李白故里”企业文化党建"],
    ["5", "二等奖", "三台县电商产业园党支部", "直播间里的“党员主播”"],
    ["6", None, "安州区商会党委", "商会“红色调解”"],
    ["7", None, "北川羌族自治县社会组织联合党支部", "羌绣“巾帼红”"],
    ["8", None, "平武县民宿协会党支部", "“熊猫家园”民宿党建"],
    ["9", None, "盐亭县物业服务行业党委", "“红色物业”进小区"],
]
O06_NOTES = ["注：等次栏空白表示与上一行相同。", "中共绵阳市委两新工委　2025年1月15日"]

# ---------------------------------------------------------------- o07: .pdf 公示 with a table, running header and page numbers
O07_RUNNING = "中共临沂市委组织部　公示"
O07_INTRO = [
    "关于临沂市第三届“沂蒙红”基层党建创新案例拟表彰名单的公示",
    "根据《临沂市基层党建创新案例评选办法》，经各县区委组织部推荐、市委组织部组织专家评审，"
    "拟对以下12个案例予以表彰。为广泛听取意见，现予以公示。",
    "公示时间：2025年5月12日至5月18日（5个工作日）。公示期间，如对公示对象有异议，"
    "可通过来电、来信、来访等方式向市委组织部反映。反映问题要实事求是，并提供必要的联系方式。",
    "联系电话：0539-8312476（工作日上午8:30-12:00，下午13:30-17:30）",
    "附：临沂市第三届“沂蒙红”基层党建创新案例拟表彰名单",
]
O07_HEADER = ["序号", "申报单位", "案例名称", "拟评等次"]
O07_ROWS = [
    ["1", "兰山区银雀山街道沂州路社区党委", "“沂蒙红嫂”志愿服务队", "一等奖"],
    ["2", "沂南县马牧池乡常山庄村党支部", "红色影视基地带动乡村振兴", "一等奖"],
    ["3", "费县探沂镇党委", "木业产业链“党建联盟”", "二等奖"],
    ["4", "罗庄区盛庄街道党工委", "“陶瓷工匠”技能党课", "二等奖"],
    ["5", "兰陵县卞庄街道代村党委", "农业公园“党员责任区”", "二等奖"],
    ["6", "蒙阴县岱崮镇党委", "“岱崮连”精神宣讲团", "三等奖"],
    ["7", "平邑县地方镇九间棚村党委", "“九间棚”山区党建", "三等奖"],
    ["8", "临沂商城管理委员会党工委", "商城“红色物流”通道", "三等奖"],
    ["9", "河东区九曲街道党工委", "“九曲红”网格治理", "三等奖"],
    ["10", "郯城县马头镇党委", "古镇“红色商会”", "三等奖"],
    ["11", "莒南县大店镇党委", "庄园旧址“红色课堂”", "三等奖"],
    ["12", "临沭县曹庄镇朱村党支部", "“朱村春晚”传承红色基因", "三等奖"],
]
O07_TAIL = ["中共临沂市委组织部", "2025年5月12日"]

# ---------------------------------------------------------------- o08: .pdf numbered lines, long titles wrapping onto the next line
# A line given as (head, tail) is printed as two lines: the tail indented under the title.
O08_LINES = [
    "柳州市“工业红”企业党建创新案例评选结果",
    "柳州市委两新工委　2024年12月10日",
    "经企业申报、行业党委推荐和专家评审，评出示范案例4个、优秀案例5个，名单如下：",
    "一、示范案例（4个）",
    ("1. 上汽通用五菱汽车股份有限公司党委：“党员创新工作室”带动新能源汽车核心零部件研发攻关与",
     "产业链协同"),
    "2. 柳州钢铁集团有限公司炼钢厂党委：“钢铁先锋”岗位建功",
    ("3. 广西柳工机械股份有限公司党委：装载机“红色试驾场”党员技术服务队走进“一带一路”沿线",
     "国家"),
    "4. 柳州螺蛳粉产业园区联合党委：“一碗粉”产业链党建",
    "二、优秀案例（5个）",
    "1. 柳州五菱柳机动力有限公司党委：“动力心脏”攻关团队",
    ("2. 柳城县蔗糖产业联合党委：“甜蜜事业”糖企党建联盟助力蔗农增收与产业链上下游协同发展的",
     "实践探索"),
    "3. 鹿寨县化工园区党委：园区“安全红哨”",
    "4. 融安县金桔产业协会党支部：“金桔党员示范园”带富果农",
    ("5. 柳州高新区科创园联合党委：科技企业“党建+孵化”双轮驱动推动初创企业成长为高新技术企业的",
     "探索"),
    "以上案例将编入《柳州市企业党建创新案例选编（2024）》。",
]

# ---------------------------------------------------------------- o09: .docx in traditional characters, table
O09_HEAD = [
    "佛山市南海區第二屆“南海紅”黨建創新項目評選結果公布",
    "中共佛山市南海區委組織部　2024年10月25日",
    "為激發基層黨組織創新活力，區委組織部於今年5月至9月舉辦第二屆“南海紅”黨建創新項目評選。"
    "經鎮（街道）推薦、初評、現場答辯和區委組織部部務會審定，評出金獎2個、銀獎3個、銅獎3個，現予公布。",
]
O09_TABLE = [
    ["序號", "單位", "項目名稱", "獎項"],
    ["1", "桂城街道平洲社區黨委", "“玉器街”商戶黨建聯盟", "金獎"],
    ["2", "西樵鎮太平社區黨支部", "“醒獅少年”紅色傳承", "金獎"],
    ["3", "獅山鎮羅村黨委", "工業園區“紅色管家”", "銀獎"],
    ["4", "大瀝鎮鹽步社區黨委", "“龍舟議事會”共建共治", "銀獎"],
    ["5", "九江鎮下西社區黨委", "“九江雙蒸”老字號黨建", "銀獎"],
    ["6", "裏水鎮和順社區黨支部", "“夢裏水鄉”志願服務", "銅獎"],
    ["7", "丹灶鎮仙崗社區黨支部", "新能源產業“黨員先鋒崗”", "銅獎"],
    ["8", "南海區人民醫院黨委", "“醫路同行”家庭醫生團隊", "銅獎"],
]
O09_TAIL = ["獲獎項目將在區融媒體中心開設專欄展示。"]

# ---------------------------------------------------------------- o10: .docx, winners named inside a 授予…称号 sentence
O10_PARAS = [
    ("title", "中共湘潭市委"),
    ("title", "关于表彰2025年度先进基层党组织和基层党建示范街道的决定"),
    ("p", "各县市区委，市直各党（工）委，市委各部委，市直机关各单位党组（党委）："),
    ("p", "今年以来，全市各级基层党组织坚持党建引领，在推动高质量发展、服务群众、基层治理中涌现出一批先进典型。"
          "此次评选由市委组织部、市直机关工委组织实施，经各县市区委、市直各党（工）委推荐，市委组织部审核和公示，"
          "市委常委会会议研究，决定授予雨湖区窑湾街道窑湾社区党委、岳塘区东坪街道双马社区党委、湘潭县易俗河镇杉山社区党委、"
          "湘乡市东山街道东台社区党委、韶山市韶山乡韶山村党委、湘潭高新区双马街道党工委、湘潭钢铁集团有限公司炼铁厂党委、"
          "湖南科技大学信息与电气工程学院学生第一党支部等8个基层党组织“湘潭市先进基层党组织”称号；"
          "授予雨湖区城正街街道党工委和岳塘区建设路街道党工委“湘潭市基层党建示范街道”称号。"),
    ("p", "希望受到表彰的基层党组织珍惜荣誉、再接再厉，充分发挥战斗堡垒作用。全市各级党组织要以先进为榜样，"
          "推动基层党建工作全面进步、全面过硬。"),
    ("right", "中共湘潭市委"),
    ("right", "2025年6月27日"),
    ("p", "（此件公开发布）"),
]

# ---------------------------------------------------------------- o11: .docx case narrative, no award list
O11_PARAS = [
    ("title", "“红色物业”让老旧小区焕新颜"),
    ("title", "——合肥市蜀山区三里庵街道安居苑社区党建引领小区治理案例"),
    ("h", "一、背景"),
    ("p", "安居苑社区建成于上世纪九十年代，共有住户2300余户，老年人占比超过三成。"
          "小区长期存在物业服务缺位、公共设施老化、停车矛盾突出等问题，群众反映强烈。"),
    ("h", "二、做法"),
    ("p", "1. 建强小区党支部：以楼栋为单位划分党小组，推选12名在职党员担任楼栋长，实现党的组织全覆盖。"),
    ("p", "2. 引入红色物业：社区党委牵头选聘国有物业企业，推动物业企业党员与社区“双向进入、交叉任职”。"),
    ("p", "3. 建立议事机制：每月召开“小区议事会”，由党支部、业委会、物业企业和居民代表共同商议停车改造、加装电梯等事项。"),
    ("p", "4. 开展志愿服务：组建“银发先锋”志愿服务队，为独居老人提供助餐、代购、陪诊等服务。"),
    ("h", "三、成效"),
    ("p", "两年来，小区新增停车位180个，加装电梯9部，物业费收缴率由45%提高到92%，群众满意度明显提升。"
          "相关做法在全区推广，社区党委书记应邀在全市城市基层党建工作推进会上作交流发言。"),
    ("h", "四、启示"),
    ("p", "老旧小区治理必须把党组织建在小区里，把党员作用发挥在群众身边，以党建引领凝聚多方合力。"),
    ("right", "（蜀山区委组织部供稿）"),
]


# ---------------------------------------------------------------- writers
def _freeze_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed member timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, blob)
    return out.getvalue()


def _save_zip(path: Path, save) -> None:
    buf = io.BytesIO()
    save(buf)
    path.write_bytes(_freeze_zip(buf.getvalue()))


def _docx():
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "lists_office"
    return d


def _paras(d, paras) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    for kind, text in paras:
        if kind == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h":
            d.add_heading(text, level=2)
        else:
            p = d.add_paragraph(text)
            if kind == "title":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    return t


def _repeat_header(table) -> None:
    """Mark the first row as a header row that Word repeats on each page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _page_field(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    paragraph.add_run("— ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    fld.append(run)
    paragraph._p.append(fld)
    paragraph.add_run(" —")


def build_o01(path: Path) -> None:
    d = _docx()
    _paras(d, [("title", O01_HEAD[0]), ("title", O01_HEAD[1])] + [("p", t) for t in O01_HEAD[2:]])
    t = _table(d, O01_TABLE)
    start = 1
    for i in range(2, len(O01_TABLE) + 1):  # merge each run of equal tier cells vertically
        if i == len(O01_TABLE) or O01_TABLE[i][1] != O01_TABLE[start][1]:
            if i - 1 > start:
                text = O01_TABLE[start][1]
                merged = t.cell(start, 1).merge(t.cell(i - 1, 1))
                merged.text = text
            start = i
    _paras(d, [("p", O01_TAIL[0])] + [("right", x) for x in O01_TAIL[1:]])
    _save_zip(path, d.save)


def build_o02(path: Path) -> None:
    d = _docx()
    _paras(d, [("title", O02_HEAD[0]), ("title", O02_HEAD[1])] + [("p", t) for t in O02_HEAD[2:]])
    t = _table(d, [O02_HEADER] + [r if r is not None else O02_HEADER for r in O02_ROWS])
    _repeat_header(t)
    _paras(d, [("right", x) for x in O02_TAIL])
    _save_zip(path, d.save)


def build_o03(path: Path) -> None:
    d = _docx()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = O03_HEADER_TEXT
    sec.footer.paragraphs[0].text = O03_FOOTER_TEXT
    _page_field(sec.footer.add_paragraph())
    _paras(d, O03_PARAS)
    _save_zip(path, d.save)


def build_o04(path: Path) -> None:
    d = _docx()
    _paras(d, [("title", O04_HEAD[0]), ("title", O04_HEAD[1]), ("p", O04_HEAD[2])])
    for caption, rows in O04_TABLES:
        p = d.add_paragraph()
        p.add_run(caption).bold = True
        _table(d, [O04_HEADER] + rows)
    _paras(d, [("p", x) for x in O04_TAIL])
    _save_zip(path, d.save)


def build_o05(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    wb.remove(wb.active)
    for name, title, rows in O05_SHEETS:
        ws = wb.create_sheet(name)
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(O05_HEADER))
        ws["A1"].font = Font(bold=True, size=14)
        ws["A1"].alignment = Alignment(horizontal="center")
        ws.append(O05_HEADER)
        for r in rows:
            ws.append([int(r[0])] + r[1:])  # 序号 as a number cell
        ws.append([])
        ws.append([O05_FOOT])
    wb.properties.creator = "lists_office"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def build_o06(path: Path) -> None:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append([O06_TITLE])
    ws.merge_cells("A1:D1")
    ws.append(O06_HEADER)
    for r in O06_ROWS:
        ws.append(r)
    for n in O06_NOTES:
        ws.append([n])
    wb.properties.creator = "lists_office"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    _save_zip(path, wb.save)


def _pdf_class():
    from fpdf import FPDF

    class Paged(FPDF):
        running = ""

        def header(self):
            if self.running:
                self.set_font("wqy", size=8)
                self.cell(0, 6, self.running, align="R", new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def footer(self):
            if self.running:
                self.set_y(-15)
                self.set_font("wqy", size=8)
                self.cell(0, 8, f"第 {self.page_no()} 页 共 {{nb}} 页", align="C")

    return Paged


def _pdf(running: str = ""):
    p = _pdf_class()()
    p.running = running
    p.set_creation_date(FIXED)
    p.set_producer("make_office.py")
    p.add_font("wqy", fname=FONT, collection_font_number=0)
    p.add_page()
    p.set_font("wqy", size=11)
    return p


def build_o07(path: Path) -> None:
    from fpdf.fonts import FontFace
    p = _pdf(O07_RUNNING)
    p.set_font("wqy", size=14)
    p.multi_cell(0, 10, O07_INTRO[0], align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("wqy", size=11)
    for line in O07_INTRO[1:]:
        p.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
    p.ln(45)  # the table starts low enough to run onto page 2 (fpdf2 repeats its heading row there)
    p.set_font("wqy", size=10)
    with p.table(col_widths=(12, 64, 70, 24), headings_style=FontFace(emphasis=""), line_height=12) as t:
        for r in [O07_HEADER] + O07_ROWS:
            row = t.row()
            for c in r:
                row.cell(c)
    p.ln(6)
    for line in O07_TAIL:
        p.cell(0, 8, line, align="R", new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


def build_o08(path: Path) -> None:
    p = _pdf()
    for line in O08_LINES:
        if isinstance(line, tuple):
            head, tail = line
            p.cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
            p.set_x(p.l_margin + 8)
            p.cell(0, 7, tail, new_x="LMARGIN", new_y="NEXT")
        else:
            p.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    p.output(str(path))


def build_o09(path: Path) -> None:
    d = _docx()
    _paras(d, [("title", O09_HEAD[0]), ("title", O09_HEAD[1]), ("p", O09_HEAD[2])])
    _table(d, O09_TABLE)
    _paras(d, [("p", x) for x in O09_TAIL])
    _save_zip(path, d.save)


def build_o10(path: Path) -> None:
    d = _docx()
    _paras(d, O10_PARAS)
    _save_zip(path, d.save)


def build_o11(path: Path) -> None:
    d = _docx()
    _paras(d, O11_PARAS)
    _save_zip(path, d.save)


BUILDERS = {
    "o01_shaoxing_merged_tier.docx": build_o01,
    "o02_jiangxi_repeated_header.docx": build_o02,
    "o03_yichang_paragraphs_fujian.docx": build_o03,
    "o04_zunyi_table_per_tier.docx": build_o04,
    "o05_luoyang_sheet_per_tier.xlsx": build_o05,
    "o06_mianyang_blank_dengci.xlsx": build_o06,
    "o07_linyi_gongshi_table.pdf": build_o07,
    "o08_liuzhou_numbered_wrap.pdf": build_o08,
    "o09_nanhai_traditional.docx": build_o09,
    "o10_xiangtan_prose_shouyu.docx": build_o10,
    "o11_shushan_case_narrative.docx": build_o11,
}


def main() -> None:
    for name, build in BUILDERS.items():
        build(HERE / name)


if __name__ == "__main__":
    main()
