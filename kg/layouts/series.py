"""The series a competition's title names: the title without edition, year, status words and the news around it
(``关于公布第五届全国城市基层党建创新案例评选结果的通知`` → ``全国城市基层党建创新案例``). Rules in schema/layouts.toml."""

from __future__ import annotations

import re

from ..ids import normalise
from .places import first_place as _place
from .rules import rules

__all__ = ["series_name"]


def _drop_tier(m: re.Match) -> str:
    """“十佳品牌” → 品牌, “百优” → "", “十佳”品牌 → 品牌: the noun a quoted tier word ends in stays."""
    noun = re.search(r"(?:品牌|案例|项目|成果|作品)$", m.group(1))
    return m.group(2) or (noun.group(0) if noun else "")


def series_name(title: str) -> str:
    """The series a competition title names.

    >>> series_name("关于公布第五届全国城市基层党建创新案例评选结果的通知")
    '全国城市基层党建创新案例'
    >>> series_name("2023年度全市机关党建创新案例评选获奖名单")
    '全市机关党建创新案例'
    >>> series_name("第二届“XX杯”党建品牌大赛结果揭晓")
    '“XX杯”党建品牌大赛'
    >>> series_name("【合肥市机关党建“十佳品牌”名单】")
    '合肥市机关党建品牌'
    >>> series_name("第二届南昌市机关党建品牌评选结果（示范品牌）"), series_name("某区2024年度“书记项目”优秀项目名单")
    ('南昌市机关党建品牌', '某区“书记项目”')
    >>> series_name("南湖区评出10个“红船旁”党建品牌"), series_name("某街道社区党建“微创新”大赛决赛举行")
    ('南湖区“红船旁”党建品牌', '某街道社区党建“微创新”大赛')
    >>> series_name("附表：首届某省“先锋”党建品牌评选结果汇总表"), series_name("2024年某市“先锋”党建创新项目一等奖名单")
    ('某省“先锋”党建品牌', '某市“先锋”党建创新项目')
    >>> series_name("某市第二届“三峡红”城乡基层党建创新案例终评结果出炉")
    '某市“三峡红”城乡基层党建创新案例'
    >>> series_name("2025年某市“甬上先锋”党建十佳案例和提名案例名单"), series_name("关于第三届某市创新案例拟推荐名单的公示")
    ('某市“甬上先锋”党建案例', '某市创新案例')
    >>> series_name("中共某州委组织部 2024年度某州基层党建创新“十佳”案例和入围案例名单")
    '某州基层党建创新案例'
    >>> series_name("第二届某省“巾帼建功”创新案例评选结果出炉！快来看看有你家乡吗")
    '某省“巾帼建功”创新案例'
    >>> series_name("关于公布第四届某市直机关“党建+”创新案例入围和提名名单的通知")
    '某市直机关“党建+”创新案例'
    >>> series_name("从“试验田”到“示范田”——我省历届全国基层党建创新典型案例综述")
    '全国基层党建创新典型案例'
    >>> series_name("揭晓！第四届某市“红邻”社区党建创新案例来了")
    '某市“红邻”社区党建创新案例'
    >>> series_name("首届某市“先锋”两新组织党建示范点名单（非公企业组）")
    '某市“先锋”两新组织党建示范点'
    """
    r = rules()
    t = title.strip().strip("《》<>")
    parts = re.split(r"[！!]", t)  # 第二届…评选结果出炉！快来看看有你家乡吗: the teaser after the exclamation goes
    if len(parts) > 1 and len(parts[0]) >= 6:
        t = parts[0]
    elif len(parts) > 1 and len(parts[0].strip()) < 6 and len(parts[1]) >= 6:
        t = parts[1]  # 揭晓！第四届…案例来了: the teaser word before the exclamation goes
    if t[:1] in "【[〔" and t[-1:] in "】]〕":  # 【第三届…评选结果】: a heading in brackets
        t = t[1:-1].strip()
    t = re.sub(r"^(?:原文?标题|原题|标题|转载自?|转自)\s*[:：]\s*", "", t)  # a repost's 原文标题：…
    bar = re.split(r"\s*[丨｜|]\s*", t, maxsplit=1)  # 某某两新党建丨第二届…: an account's column name before the bar
    if len(bar) == 2 and len(bar[0]) <= 12 and r.comp_topic.search(bar[1]) and r.comp_signal.search(bar[1]):
        t = bar[1]
    pc = re.match(r"^([\u4e00-\u9fff]{2,8})\s*[:：]\s*(?=\S)", t)  # 曲靖：“珠源先锋”…: a place's dateline-like lead
    if pc and _place(pc.group(1), True) and r.comp_topic.search(t[pc.end():]):
        t = pc.group(1) + t[pc.end():]
    nm = r.numbering.match(t)
    if nm and nm.end() < len(t) and not t[nm.end():nm.end() + 1].isdigit():
        t = t[nm.end():]  # 一、第六届…评选结果: a numbered section heading
    if "关于" in t[:30]:  # "国家税务总局湖北省税务局关于第四届…的通报": the issuer stands before 关于
        t = t[t.index("关于") + 2 :]
    hv = r.headline_verb.match(t)
    if hv and r.comp_topic.search(t[hv.end() :]):
        t = t[hv.end() :]
    t = r.strip_prefix.sub("", t, count=1)
    if "——" in t:  # 从“试验田”到“示范田”——我省历届…案例综述: a title, then what it is about
        head, tail = t.split("——", 1)
        if r.comp_topic.search(tail) and not r.series_noun.search(head):
            t = tail  # (the head names no series: 从“试验田”到“示范田”)
    # 我省历届全国…案例: a retrospective of a national series over its editions — the series is the national one
    t = re.sub(r"^[—\-\s]*(?:(?:我|本)(?:省|市|县|区|州)(?=(?:历届|历年|往届|各届)?全国))?(?:历届|历年|往届|各届)", "", t)
    t = r.strip_suffix.sub("", t, count=1)
    t = r.edition.sub("", t)
    t = r.year.sub("", t)
    t = re.sub(r"[（(]\s*[—\-–~至]?\s*[)）]", "", t)  # …名单（2022—2025年度）: brackets the years leave empty
    t = re.sub(r"\s*[（(]\s*(?:按|分)[^（）()]{1,8}[)）]\s*$", "", t)  # …统计（按省份）: how a tally is ordered
    # a section or sheet title naming its tier in brackets after the series: …评选结果（示范品牌）
    t = re.sub(rf"\s*[（(](?:{r.tier_words.pattern})[)）]$", "", t.strip())
    t = r.category_bracket.sub("", t)  # …名单（非公企业组）: the category is the section's, not the series'
    for _ in range(3):
        t2 = r.strip_tail.sub("", r.strip_result.sub("", t.strip()))
        if t2 == t:
            break
        t = t2
    t = r.strip_verbs.sub("", t)
    t = r.strip_infix.sub("", t, count=1)
    if normalise(t) in r.series:  # a known series printed under one of its names
        return t
    # two tiers printed together (…党建十佳案例和提名案例名单, “十佳”案例和入围案例): the first and its link go,
    # the last is cut below
    two = re.search(f"[“\"]?(?:{r.tier_words.pattern})[”\"]?(?:案例)?(?:和|及|与|、)((?:{r.tier_words.pattern}))$", t)
    if two and two.group(1).endswith(("案例", "奖")):  # (示范点和培育点 names what the series selects: kept)
        t = t[: two.start()] + two.group(1)
    elif two and (two.group(0)[:1] in "“\"" or re.search(r"(?:案例|项目|品牌|成果)$", t[: two.start()])):
        t = t[: two.start()]  # a quoted first tier marks a pair of tiers: 品牌“十佳”和提名; so does a noun before it (案例入围和提名)
    # a tier word quoted inside the name is not part of the series: 基层党建“十佳品牌” / “百优”品牌 → 基层党建品牌
    t = re.sub(rf"“({r.tier_words.pattern})([^”“]{{0,6}})”", _drop_tier, t)
    tm = re.search(f"(?:{r.tier_words.pattern})$", t)
    noun = re.search(r"(?:案例|项目)$", tm.group(0)) if tm and tm.start() > 0 else None
    if noun:  # "…创新优秀案例", "…“书记项目”优秀项目": the tier is not part of the series, its noun is (once)
        head = t[: tm.start()]
        t = head if head.rstrip("”\"").endswith(noun.group(0)) else head + noun.group(0)
    elif tm and tm.group(0).endswith("奖") and tm.start() >= 4:
        t = t[: tm.start()]  # "…党建创新项目一等奖名单" (a sheet per tier): the prize is the tier, not the series
    t = re.sub(r"^[\s:：、,，—\-]+|[\s:：、,，—\-]+$", "", t)
    t = re.sub(r"^(?:关于|公布|公示)", "", t)
    return t.strip("《》 ")
