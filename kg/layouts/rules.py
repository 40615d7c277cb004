"""The layout rules of ``schema/layouts.toml`` and ``schema/tiers.toml``, compiled once."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..config import load_toml
from ..ids import digest

__all__ = ["Rules", "rules", "Tier", "numeral"]

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)} | {chr(0x3251 + i): 21 + i for i in range(15)}


def numeral(text: str) -> int | None:
    """``"12"`` → 12, ``"十二"`` → 12, ``"一百零五"`` → 105, ``"③"`` → 3; ``None`` when not a number.

    >>> numeral("二十一"), numeral("十"), numeral("一百零五"), numeral("⑤"), numeral("x"), numeral("一二")
    (21, 10, 105, 5, None, None)
    """
    text = text.strip()
    if not text:
        return None
    if text in _CIRCLED:
        return _CIRCLED[text]
    if text.isascii() and text.isdigit():
        return int(text)
    if any(a in _DIGITS and b in _DIGITS and "零" not in (a, b) and "〇" not in (a, b) for a, b in zip(text, text[1:])):
        return None  # 一二 is two numbers (第一二届), not twelve
    total, cur = 0, 0
    for ch in text:
        if ch in _DIGITS:
            cur = _DIGITS[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur


@dataclass(frozen=True, slots=True)
class Tier:
    label: str  # as printed (simplified), without category
    code: str
    order: int | None
    known: bool


@dataclass(frozen=True)
class Rules:
    numbering: re.Pattern[str]
    inner_number: re.Pattern[str]
    comp_signal: re.Pattern[str]
    comp_topic: re.Pattern[str]
    series_noun: re.Pattern[str]
    results: re.Pattern[str]
    prose_min: int
    closing: re.Pattern[str]
    argument: re.Pattern[str]
    strip_prefix: re.Pattern[str]
    strip_suffix: re.Pattern[str]
    strip_result: re.Pattern[str]
    strip_tail: re.Pattern[str]
    strip_verbs: re.Pattern[str]
    strip_infix: re.Pattern[str]
    headline_verb: re.Pattern[str]
    several: re.Pattern[str]  # 两项评选: a title naming several contests
    teaser: re.Pattern[str]  # 这些案例获奖了！: a headline naming no series
    edition: re.Pattern[str]
    inline_competition: re.Pattern[str]
    year: re.Pattern[str]
    local_prefix: re.Pattern[str]
    deictic_place: re.Pattern[str]  # 我县/全省…: the document's place of that level
    deictic_org: re.Pattern[str]  # 集团/本公司…: the issuer's organisation
    deictic_direct: re.Pattern[str]  # 市直…: the document's place of that level, then 直
    organiser: re.Pattern[str]
    dateline: re.Pattern[str]
    outlet: re.Pattern[str]
    date: re.Pattern[str]
    year_month: re.Pattern[str]
    run_period: re.Pattern[str]  # 2024年8月至12月…评选: the year the edition ran
    total: re.Pattern[str]
    series: dict[str, str]  # printed series name (normalised) → series key
    series_names: dict[str, str]  # series key → its canonical name
    tiers: dict[str, dict]
    tier_noun: re.Pattern[str]
    tier_words: re.Pattern[str]  # any known tier word, longest first
    unknown_tier: re.Pattern[str]
    unknown_tier_max: int
    tier_header: re.Pattern[str]
    category_header: re.Pattern[str]
    category_bracket: re.Pattern[str]
    edition_header: re.Pattern[str]
    group_header: re.Pattern[str]  # a group heading with a count: 一、先进基层党组织（10个）
    township: re.Pattern[str]  # 递铺街道 over entries: a group by place
    group_lead: re.Pattern[str]  # the same heading leading its members in one block: 先进基层党组织（4个）：A、B
    count_line: re.Pattern[str]  # a line that only announces how many follow: （共8个）
    award_verb: re.Pattern[str]
    tier_lead: re.Pattern[str]
    cited: re.Pattern[str]  # 《关于…的通知》: a document cited in prose, not a title
    member_sep: re.Pattern[str]
    unit_lead: re.Pattern[str]
    unit_trail: re.Pattern[str]
    unit_suffix: re.Pattern[str]
    prose_after: re.Pattern[str]
    sender: re.Pattern[str]
    verb_tier: re.Pattern[str]
    title_signal: re.Pattern[str]
    verb_words: re.Pattern[str]
    never_in_unit: re.Pattern[str]
    never_title: re.Pattern[str]
    party_suffix: re.Pattern[str]
    open_title: re.Pattern[str]  # a title stopping half-way at its line's end
    award: dict[str, re.Pattern[str]]  # winners named inside a sentence: verb_first, verb_after, count, honour, honour_suffix
    table: dict[str, re.Pattern[str]]
    table_gap: int
    decoration: dict[int, str]  # str.translate table: decoration → space
    separator: re.Pattern[str]  # a decoration character kept: a separator mark between two words
    decorations: re.Pattern[str]  # any character of ``decoration`` (a regex scans a long text faster than translate)

    def undecorate(self, text: str) -> str:
        """``text`` with decorations read as spaces (same length), separator marks between words kept: what
        ``text.translate(self.decoration)`` gives with ``self.separator``'s matches put back. Only a decoration
        can be put back, and the separator is one character with lookarounds, so it is tried at decorations only
        (a scan of the whole text with its lookbehind costs a second per 50 MB)."""
        parts, last = [], 0
        for m in self.decorations.finditer(text):
            i = m.start()
            parts += [text[last:i], text[i] if self.separator.match(text, i) else " "]
            last = i + 1
        if not parts:
            return text
        parts.append(text[last:])
        return "".join(parts)

    def tier(self, word: str) -> Tier:
        info = self.tiers.get(word)
        if info:
            return Tier(word, info["code"], int(info["order"]), True)
        nm = self.tier_noun.search(word)
        base = self.tiers.get(word[: nm.start()]) if nm and nm.end() == len(word) else None
        if base:  # 金奖项目: a known tier printed with its noun
            return Tier(word, base["code"], int(base["order"]), True)
        return Tier(word, f"tier-{digest(word, length=6)}", None, False)

    def find_tier(self, text: str, last: bool = False) -> tuple[int, int, Tier] | None:
        """The first (or last) tier word in ``text``: (start, end, tier)."""
        ms = list(self.tier_words.finditer(text))
        if not ms:
            return None
        m = ms[-1] if last else ms[0]
        return m.start(), m.end(), self.tier(m.group(0))


def edition_number(m: re.Match | None) -> int | None:
    """The number a match of the ``edition`` rule names: 首届 → 1, 第十二届 → 12; ``None`` for 第0届 or no match."""
    if m is None:
        return None
    return (1 if m.group("first") else numeral(m.group("n"))) or None


def _hex_range(spec: str) -> tuple[int, int]:
    """"1F000-1FAFF" → (0x1F000, 0x1FAFF); "FE0F" → (0xFE0F, 0xFE0F)."""
    lo, _, hi = spec.partition("-")
    return int(lo, 16), int(hi or lo, 16)


def _char_class(chars: str, ranges: list[str]) -> re.Pattern[str]:
    """One regex matching any of ``chars`` or any code point in ``ranges`` (hex, as :func:`_hex_range` reads)."""
    parts = [re.escape(c) for c in chars]
    for lo, hi in map(_hex_range, ranges):
        parts.append(re.escape(chr(lo)) + ("-" + re.escape(chr(hi)) if hi > lo else ""))
    return re.compile("[" + "".join(parts) + "]" if parts else "(?!)")  # no decorations: a pattern that never matches


@functools.cache
def rules() -> Rules:
    lay = load_toml("layouts.toml")
    tiers = load_toml("tiers.toml")
    words = sorted(tiers["tiers"], key=len, reverse=True)
    tier_alt = "|".join(map(re.escape, words))
    comp, th, sen = lay["competition"], lay["tier_header"], lay["sentence"]
    unknown = tiers["unknown"]
    unknown_word = rf"[\u4e00-\u9fff]{{1,{int(unknown['max_len'])}}}?{unknown['suffix'].rstrip('$')}"
    header = (
        rf"^\s*(?:{lay['numbering']['pattern'].lstrip('^')})?[【\[〔]?\s*(?:(?!{tier_alt}){th['category']})?\s*(?:{th['proposed']})?\s*[“\"]?"
        rf"(?P<tier>{tier_alt}|{unknown_word})[”\"]?\s*[】\]〕]?\s*{th['tail']}\s*(?:{th['count']})?\s*{th['tail']}\s*$"
    )
    category_header = rf"^\s*(?:{lay['numbering']['pattern'].lstrip('^')})?{th['category']}\s*(?:{th['count']})?\s*[:：]?\s*$"
    gh = lay["group_header"]
    group_header = (
        rf"^\s*(?:{lay['numbering']['pattern'].lstrip('^')})?[【\[〔]?\s*{gh['label']}\s*[】\]〕]?\s*"
        rf"(?:名单)?\s*{gh['count']}\s*{gh['tail']}\s*$"
    )
    group_lead = (
        rf"\s*(?:{lay['numbering']['pattern'].lstrip('^')})?[【\[〔]?\s*{gh['label']}\s*[】\]〕]?\s*"
        rf"(?:名单)?\s*{gh['count']}\s*(?:名单)?\s*[:：]\s*"
    )
    from ..ids import normalise

    series = {normalise(name): key for key, names in lay["series"].items() for name in names}
    return Rules(
        numbering=re.compile(lay["numbering"]["pattern"]),
        inner_number=re.compile(lay["numbering"]["inner"]),
        comp_signal=re.compile(comp["signal"]),
        comp_topic=re.compile(comp["topic"]),
        series_noun=re.compile(comp["series_noun"]),
        results=re.compile(comp["results"]),
        prose_min=int(comp["prose_min"]),
        closing=re.compile(comp["closing"]),
        argument=re.compile(comp["argument"]),
        strip_prefix=re.compile(comp["strip_prefix"]),
        strip_suffix=re.compile(comp["strip_suffix"]),
        strip_result=re.compile(comp["strip_result"]),
        strip_tail=re.compile(comp["strip_tail"]),
        strip_verbs=re.compile(comp["strip_verbs"]),
        strip_infix=re.compile(comp["strip_infix"]),
        headline_verb=re.compile(comp["headline_verb"]),
        several=re.compile(comp["several"]),
        teaser=re.compile(comp["teaser"]),
        edition=re.compile(comp["edition"]),
        inline_competition=re.compile(comp["inline"]),
        year=re.compile(comp["year"]),
        local_prefix=re.compile(comp["local_prefix"]),
        deictic_place=re.compile(comp["deictic_place"]),
        deictic_org=re.compile(comp["deictic_org"]),
        deictic_direct=re.compile(comp["deictic_direct"]),
        organiser=re.compile(comp["organiser"]),
        dateline=re.compile(comp["dateline"]),
        outlet=re.compile(comp["outlet"]),
        date=re.compile(comp["date"]),
        year_month=re.compile(comp["year_month"]),
        run_period=re.compile(comp["run_period"]),
        total=re.compile(comp["total"]),
        series=series,
        series_names={key: names[0] for key, names in lay["series"].items()},
        tiers=tiers["tiers"],
        tier_noun=re.compile("|".join(map(re.escape, tiers["noun"]["words"]))),
        tier_words=re.compile(tier_alt),
        unknown_tier=re.compile(rf"^{unknown_word}$"),
        unknown_tier_max=int(unknown["max_len"]),
        tier_header=re.compile(header),
        category_header=re.compile(category_header),
        # a list's title naming its category in brackets at its end: …示范点名单（非公企业组）
        edition_header=re.compile(lay["edition_header"]["pattern"]),
        category_bracket=re.compile(rf"[（(]\s*{th['category']}\s*[)）]\s*$"),
        group_header=re.compile(group_header),
        township=re.compile(lay["group_header"]["township"]),
        group_lead=re.compile(group_lead),
        count_line=re.compile(rf"^\s*(?:{gh['count']}|共\s*(?P<count2>\d{{1,4}})\s*(?:个|项|名|件|家|篇|所|处))\s*[:：]?\s*$"),
        award_verb=re.compile(sen["award_verb"]),
        tier_lead=re.compile(sen["tier_lead"]),
        cited=re.compile(sen["cited"]),
        member_sep=re.compile(sen["member_sep"]),
        unit_lead=re.compile(sen["unit_lead"]),
        unit_trail=re.compile(sen["unit_trail"]),
        unit_suffix=re.compile(lay["unit"]["suffix"]),
        prose_after=re.compile(lay["unit"]["prose_after"]),
        sender=re.compile(lay["unit"]["sender"]),
        verb_tier=re.compile(lay["unit"]["verb_tier"]),
        title_signal=re.compile(lay["unit"]["title_signal"]),
        verb_words=re.compile(lay["unit"]["verb_words"]),
        never_in_unit=re.compile(lay["unit"]["never_in_unit"]),
        never_title=re.compile(lay["unit"]["never_title"]),
        party_suffix=re.compile(lay["unit"]["party_suffix"]),
        open_title=re.compile(lay["unit"]["open_title"]),
        award={k: re.compile(v) for k, v in lay["award_sentence"].items()},
        table={k: re.compile(v) for k, v in lay["table"].items() if k != "gap"},
        table_gap=int(lay["table"]["gap"]),
        decoration={**{ord(c): " " for c in lay["decoration"]["chars"]},
                    **{k: " " for lo, hi in (_hex_range(x) for x in lay["decoration"].get("ranges", [])) for k in range(lo, hi + 1)}},
        separator=re.compile(lay["decoration"]["separator"]),
        decorations=_char_class(lay["decoration"]["chars"], lay["decoration"].get("ranges", [])),
    )
