"""Write the legacy-format fixtures (.doc, .xls, .mhtml, .mht, .shtml, .csv) from the literal data below.

    python3 tests/data/legacy/make_legacy.py            # all of them
    python3 tests/data/legacy/make_legacy.py --no-doc   # all but the .doc (no LibreOffice needed)

Every list here is invented for kg's tests: the units' projects, titles, sites and dates are made up; the
administrative names (districts, subdistricts, towns) are real so that regions can be resolved. Nothing is
copied from a web page.

Needs: xlwt (``pip install xlwt``: the .xls writer; kg itself reads .xls with xlrd), python-docx, and for the
.doc Debian's ``libreoffice-writer-nogui`` (the .docx written here is converted with
``soffice --headless --convert-to doc``). The .xls, .mhtml, .mht, .shtml and .csv files are byte-identical
on every run; the .doc is not (LibreOffice stamps the save time and a random id into it), so it is committed
and CI never regenerates it. ``gold.tsv`` and ``docs.tsv`` are typed by hand, not written here.
"""
from __future__ import annotations

import datetime as dt
import quopri
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- .doc: a notice with a table whose tier column is merged down
DOC_NAME = "d1_yaohai_yinqing_table.doc"
DOC_HEAD = "关于公布第三届瑶海区“红色引擎”基层党建创新案例评选结果的通知"
DOC_LEAD = [
    "各街道（镇）党（工）委，区直各单位党组织：",
    "为深入推进基层党建创新，区委组织部于2024年4月至9月组织开展了第三届瑶海区“红色引擎”基层党建创新案例征集评选活动。"
    "经单位申报、街道推荐、专家评审和网上公示，共评出一等奖2个、二等奖3个、三等奖3个，现将结果公布如下。",
]
DOC_TABLE = [  # (tier, unit, title); the tier cell is merged down over its rows
    ("一等奖", "明光路街道胜利路社区党委", "“楼道议事厅”打通服务最后十米"),
    ("一等奖", "三里街街道淮河社区党委", "“红色物业”联盟破解老旧小区治理难题"),
    ("二等奖", "大兴镇党委", "“田间党课”带出特色种植产业带"),
    ("二等奖", "红光街道党工委", "“商圈党建”激活夜间经济新动能"),
    ("二等奖", "瑶海区城市管理局党组", "“城管驿站”温暖户外劳动者"),
    ("三等奖", "方庙街道和平路社区党总支", "“银发先锋”志愿服务队"),
    ("三等奖", "城东街道城东社区党委", "“邻里积分”撬动居民自治"),
    ("三等奖", "七里站街道党工委", "“厂区变社区”党建融合工作法"),
]
DOC_TAIL = [
    "希望获奖单位珍惜荣誉，再接再厉，进一步总结提炼经验做法，发挥示范带动作用。",
    "附件：第三届瑶海区“红色引擎”基层党建创新案例获奖名单",
    "中共合肥市瑶海区委组织部",
    "2024年10月18日",
]


def write_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading(DOC_HEAD, level=1)
    for text in DOC_LEAD:
        d.add_paragraph(text)
    t = d.add_table(rows=len(DOC_TABLE) + 1, cols=4)
    t.style = "Table Grid"
    for j, v in enumerate(["序号", "等次", "申报单位", "案例名称"]):
        t.cell(0, j).text = v
    first = {}
    for i, (tier, unit, title) in enumerate(DOC_TABLE, start=1):
        t.cell(i, 0).text = str(i)
        t.cell(i, 2).text = unit
        t.cell(i, 3).text = title
        if tier not in first:
            first[tier] = i
            t.cell(i, 1).text = tier
    for tier, row in first.items():
        last = max(i for i, (t2, _, _) in enumerate(DOC_TABLE, start=1) if t2 == tier)
        if last > row:
            t.cell(row, 1).merge(t.cell(last, 1))
    for text in DOC_TAIL:
        d.add_paragraph(text)
    fixed = dt.datetime(2024, 10, 18, 9, 0, 0)
    cp = d.core_properties
    cp.created = cp.modified = fixed
    cp.author = "legacy fixtures"
    cp.title = DOC_HEAD
    # python-docx leaves the merged cell's paragraphs joined; keep one paragraph per cell
    for row in t.rows:
        for cell in row.cells:
            while len(cell.paragraphs) > 1 and not cell.paragraphs[-1].text:
                cell._tc.remove(cell.paragraphs[-1]._p)
    d.save(str(path))


def write_doc(path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("make_legacy.py: the .doc needs LibreOffice (apt-get install libreoffice-writer-nogui); use --no-doc")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".docx")
        write_docx(src)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                        "doc:MS Word 97", "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=180)
        shutil.copyfile(Path(tmp) / path.name, path)


# ---------------------------------------------------------------- .xls: two sheets, a title merged across, tiers merged down, dates
XLS_NAME = "x1_nanchang_jiguan_brands.xls"
XLS_TITLE = "第二届南昌市机关党建品牌评选结果"
XLS_SHEETS = [
    ("示范品牌", [  # (unit, brand, tier, date of submission)
        ("西湖区委组织部", "“西湖先锋”机关党员进社区", "示范品牌", dt.date(2024, 3, 12)),
        ("青山湖区市场监督管理局党组", "“食安管家”守护舌尖安全", "示范品牌", dt.date(2024, 3, 15)),
        ("南昌县人民医院党委", "“白衣先锋”健康进万家", "示范品牌", dt.date(2024, 3, 20)),
        ("进贤县教育体育局党委", "“红烛领航”教育党建联盟", "示范品牌", dt.date(2024, 3, 28)),
    ]),
    ("优秀品牌", [
        ("东湖区豫章街道党工委", "“豫章红”街巷议事会", "优秀品牌", dt.date(2024, 4, 2)),
        ("安义县交通运输局党支部", "“路畅安义”党员先锋岗", "优秀品牌", dt.date(2024, 4, 3)),
        ("新建区财政局党组", "“红色账本”预算监督法", "优秀品牌", dt.date(2024, 4, 8)),
        ("青云谱区京山街道党工委", "“老厂新邻”共建共治", "优秀品牌", dt.date(2024, 4, 9)),
        ("南昌县武阳镇党委", "“稻香党建”助农增收", "优秀品牌", dt.date(2024, 4, 11)),
    ]),
]


def write_xls(path: Path) -> None:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    centre = xlwt.easyxf("align: horiz center, vert center")
    date = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for name, rows in XLS_SHEETS:
        ws = wb.add_sheet(name)
        ws.write_merge(0, 0, 0, 4, f"{XLS_TITLE}（{name}）", centre)
        for j, h in enumerate(["序号", "单位", "品牌名称", "等次", "申报日期"]):
            ws.write(1, j, h)
        for i, (unit, brand, tier, day) in enumerate(rows, start=2):
            ws.write(i, 0, float(i - 1))  # numbers are floats in .xls: shown as 1, 2, …
            ws.write(i, 1, unit)
            ws.write(i, 2, brand)
            ws.write(i, 4, dt.datetime.combine(day, dt.time()), date)
        ws.write_merge(2, 1 + len(rows), 3, 3, rows[0][2], centre)  # the tier column, merged down
        ws.write(3 + len(rows), 0, "注：排名不分先后。")
    wb.save(str(path))


# ---------------------------------------------------------------- .mhtml (Chrome-style, UTF-8) and .mht (IE-style, GB2312), quoted-printable
MHTML_NAME = "m1_fengze_dangjianjia.mhtml"
MHTML_TITLE = "丰泽区第四届“党建+”创新项目评选结果揭晓"
MHTML_TIERS = [
    ("优秀项目", [
        ("东海街道党工委", "“党建+海丝文化”打造滨海红色研学线"),
        ("城东街道党工委", "“党建+物业”让小区治理有温度"),
        ("华大街道东星社区党委", "“党建+养老”嵌入式照护服务"),
    ]),
    ("入围项目", [
        ("丰泽街道党工委", "“党建+夜市”烟火气里的文明新风"),
        ("泉秀街道党工委", "“党建+楼宇”商务楼宇服务联盟"),
        ("清源街道党工委", "“党建+生态”护山巡林共同体"),
        ("北峰街道党工委", "“党建+就业”家门口的招聘会"),
    ]),
]


def mhtml_page() -> str:
    body = []
    for tier, items in MHTML_TIERS:
        body.append(f"<h3>{tier}（{len(items)}个）</h3>")
        body.append("<div class=\"list\">")
        for k, (unit, title) in enumerate(items, start=1):
            body.append(f"<p>{k}.{unit}：{title}</p>")
        body.append("</div>")
    return "\n".join([
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + MHTML_TITLE + "_丰泽先锋网</title></head><body>",
        "<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/dj/\">党建动态</a> &gt; 正文</div>",
        f"<div class=\"article\"><h1>{MHTML_TITLE}</h1>",
        "<div class=\"info\">发布时间：2024-11-06 来源：丰泽区委组织部 浏览次数：312</div>",
        "<p>近日，丰泽区第四届“党建+”创新项目评选结果揭晓。本次评选共收到申报项目41个，"
        "经初审、答辩和实地察看，评出优秀项目3个、入围项目4个。</p>",
        *body,
        "<p>区委组织部将加强对获评项目的跟踪指导，推动好经验在全区复制推广。</p>",
        "</div>",
        "<div class=\"share\">分享到：微信 微博</div>",
        "<div class=\"footer\">主办：中共泉州市丰泽区委组织部 闽ICP备00000000号</div>",
        "<img src=\"https://www.fzxf.example/logo.gif\" alt=\"\"></body></html>",
    ])


MHT_NAME = "m2_fengze_dangjianjia_ie.mht"
MHT_TITLE = "丰泽区“红色网格”示范点名单公布"
MHT_ITEMS = [
    ("东湖街道东湖社区党委", "“网格+楼长”一网统管"),
    ("华大街道安吉社区党委", "“五色网格”分类服务"),
    ("城华街道坪山社区党委", "“网格议事会”小事不出格"),
]


def mht_page() -> str:
    rows = "\n".join(f"<tr><td>{k}</td><td>{u}</td><td>{t}</td></tr>" for k, (u, t) in enumerate(MHT_ITEMS, start=1))
    return "\n".join([
        "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"><title>" + MHT_TITLE + "</title></head><body>",
        f"<h2>{MHT_TITLE}</h2>",
        "<p>经街道推荐、区委组织部审核，确定以下3个社区为2024年度丰泽区“红色网格”示范点。</p>",
        "<table border=1><tr><th>序号</th><th>社区</th><th>网格品牌</th></tr>",
        rows,
        "</table>",
        "<p>丰泽区委组织部　2024年12月2日</p>",
        "</body></html>",
    ])


_GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
        b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def _qp(data: bytes) -> str:
    return quopri.encodestring(data).decode("ascii").replace("\n", "\r\n")


def write_mhtml(path: Path) -> None:
    import base64

    b = "----MultipartBoundary--kgLegacyFixture0001----"
    parts = [
        "From: <Saved by Blink>",
        "Snapshot-Content-Location: https://www.fzxf.example/dj/2024/1106/1234.html",
        "Subject: =?utf-8?Q?" + "".join(f"={x:02X}" for x in MHTML_TITLE.encode("utf-8")) + "?=",
        "Date: Wed, 6 Nov 2024 10:12:30 +0800",
        "MIME-Version: 1.0",
        f"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"{b}\"",
        "",
        "",
        f"--{b}",
        "Content-Type: text/html",
        "Content-ID: <frame-0001@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: https://www.fzxf.example/dj/2024/1106/1234.html",
        "",
        _qp(mhtml_page().encode("utf-8")),
        "",
        f"--{b}",
        "Content-Type: image/gif",
        "Content-Transfer-Encoding: base64",
        "Content-Location: https://www.fzxf.example/logo.gif",
        "",
        base64.b64encode(_GIF).decode("ascii"),
        "",
        f"--{b}--",
        "",
    ]
    path.write_bytes("\r\n".join(parts).encode("ascii"))


def write_mht(path: Path) -> None:
    b = "----=_NextPart_000_0000_01DB0000.00000000"
    parts = [
        "From: <Saved by Windows Internet Explorer 8>",
        "Subject: " + "=?gb2312?B?" + __import__("base64").b64encode(MHT_TITLE.encode("gb2312")).decode("ascii") + "?=",
        "Date: Mon, 2 Dec 2024 16:40:00 +0800",
        "MIME-Version: 1.0",
        f"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"{b}\"",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.17609",
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{b}",
        "Content-Type: text/html;\r\n\tcharset=\"gb2312\"",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: http://www.fzxf.example/wg/20241202.htm",
        "",
        _qp(mht_page().encode("gb2312")),
        "",
        f"--{b}--",
        "",
    ]
    path.write_bytes("\r\n".join(parts).encode("ascii"))


# ---------------------------------------------------------------- .shtml (GB18030, a saved page with an HTML table)
SHTML_NAME = "s1_wujin_shuji_xiangmu.shtml"
SHTML_TITLE = "武进区2024年度基层党建“书记项目”优秀项目名单"
SHTML_ROWS = [  # (unit, title, tier)
    ("湖塘镇党委", "“湖塘红管家”网格化服务全覆盖", "特等奖"),
    ("牛塘镇党委", "“园区党建联盟”助企纾困", "一等奖"),
    ("南夏墅街道党工委", "“夏墅邻里中心”一站式服务", "一等奖"),
    ("礼嘉镇党委", "“葡萄架下”党群议事厅", "二等奖"),
    ("洛阳镇党委", "“洛水清”河长制党员责任区", "二等奖"),
    ("雪堰镇党委", "“太湖湾”乡村振兴党建示范带", "二等奖"),
    ("西湖街道党工委", "“西湖先锋”楼宇党建", "三等奖"),
    ("嘉泽镇党委", "“花木红”电商党员直播间", "三等奖"),
]


def shtml_page() -> str:
    rows = "\n".join(f"<tr><td>{k}</td><td>{u}</td><td>{t}</td><td>{tier}</td></tr>"
                     for k, (u, t, tier) in enumerate(SHTML_ROWS, start=1))
    return "\n".join([
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">",
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />",
        f"<title>{SHTML_TITLE}</title></head><body>",
        "<div class=\"top\"><a href=\"/\">武进先锋网</a> | <a href=\"/m/\">手机版</a></div>",
        "<div class=\"position\">当前位置：首页 &gt; 工作动态</div>",
        f"<div class=\"content\"><h1>{SHTML_TITLE}</h1>",
        "<p class=\"info\">时间：2025-01-10　来源：武进区委组织部　【打印】【关闭】</p>",
        "<p>经镇（街道）党（工）委书记述职评议和专家评审，评出2024年度基层党建“书记项目”优秀项目8个，名单如下：</p>",
        "<table border=\"1\"><tr><th>序号</th><th>镇（街道）</th><th>项目名称</th><th>等次</th></tr>",
        rows,
        "</table></div>",
        "<div class=\"footer\">版权所有：中共常州市武进区委组织部</div>",
        "</body></html>",
    ])


def write_shtml(path: Path) -> None:
    path.write_bytes(shtml_page().encode("gb18030"))


# ---------------------------------------------------------------- .csv (GB18030, an export with a title row)
CSV_NAME = "c1_wuhua_chuangxin_anli.csv"
CSV_TITLE = "五华区第二届基层党建创新案例获奖名单"
CSV_ROWS = [  # (unit, title, tier); a title with ASCII quotes and a comma is quoted by the csv writer
    ("华山街道党工委", "“翠湖红”文旅党建联盟", "一等奖"),
    ("护国街道党工委", '老街区"微更新",党员当先锋', "一等奖"),
    ("大观街道党工委", "“大观楼下”民族团结进社区", "二等奖"),
    ("龙翔街道党工委", "“高校+社区”共建“青春议事会”", "二等奖"),
    ("丰宁街道党工委", "“丰宁驿站”服务新就业群体", "二等奖"),
    ("莲华街道党工委", "“莲心”调解室化解邻里纠纷", "三等奖"),
    ("红云街道党工委", "“云上党课”直播进楼栋", "三等奖"),
]


def write_csv(path: Path) -> None:
    import csv
    import io

    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([CSV_TITLE, "", "", ""])
    w.writerow(["序号", "申报单位", "案例名称", "获奖等次"])
    for k, (u, t, tier) in enumerate(CSV_ROWS, start=1):
        w.writerow([k, u, t, tier])
    path.write_bytes(out.getvalue().encode("gb18030"))


def main(argv: list[str]) -> int:
    if "--no-doc" not in argv:
        write_doc(HERE / DOC_NAME)
    write_xls(HERE / XLS_NAME)
    write_mhtml(HERE / MHTML_NAME)
    write_mht(HERE / MHT_NAME)
    write_shtml(HERE / SHTML_NAME)
    write_csv(HERE / CSV_NAME)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
