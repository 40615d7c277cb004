"""Organisation-domain classifier driven by ``schema/domains.toml``.

Rules in order: the subject decides when it names the kind of organisation
(兵团, 大学, 公司, 局); otherwise weighted keywords in the title (and, weakly, in
narrative text) decide; a region subject that names no domain is 区域综合.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ..config import load_toml
from ..model import DomainMatch, Span
from .memo import TextMemo

__all__ = ["DomainRules", "load_domain_rules", "classify_domain"]


@dataclass(frozen=True)
class DomainRules:
    labels: dict[str, str]
    order: dict[str, int]
    subject: tuple[tuple[str, re.Pattern[str]], ...]
    keywords: dict[str, tuple[tuple[str, float], ...]]
    text_weight: float
    organ: re.Pattern[str] | None = None  # a party organ after its unit's name (…街道党工委)
    regional_committee: re.Pattern[str] | None = None  # a region's own committee or its departments


@functools.cache
def load_domain_rules() -> DomainRules:
    cfg = load_toml("domains.toml")
    labels = {k: v["label"] for k, v in cfg["domains"].items()}
    order = {k: v["order"] for k, v in cfg["domains"].items()}
    subject = tuple((r["domain"], re.compile(r["pattern"])) for r in cfg["subject"])
    kw = cfg["keywords"]
    keywords = {d: tuple(sorted(kw[d].items())) for d in labels if d in kw}
    organs = cfg.get("subject_organs", {})
    return DomainRules(labels, order, subject, keywords, float(kw["text_weight"]),
                       re.compile(organs["strip"]) if "strip" in organs else None,
                       re.compile(organs["regional"]) if "regional" in organs else None)


def classify_domain(
    subject: str,
    title: str,
    text: str = "",
    span: Span | None = None,
    subject_is_region: bool = True,
    rules: DomainRules | None = None,
) -> DomainMatch:
    """Classify one case.

    >>> classify_domain("山东临朐", "创建“网上党支部”推进基层党组织工作科学化").label
    '区域综合'
    >>> classify_domain("湖北黄梅", "推行“双联四制”抓好农村流动党员教育管理").label
    '农村'
    >>> classify_domain("上海理工大学", "高校基层党组织模式和活动载体的创新").label
    '高校'
    >>> classify_domain("芦淞区龙泉街道党工委", "“积分超市”激发参与热情").label  # the organ's unit decides
    '城市社区'
    >>> classify_domain("某县税务局党委", "“红色税苑”服务纳税人").label
    '机关'
    """
    if rules is None:  # the schema's rules: a case's subject and titles classified once (kg.extract.memo)
        m = _memo.get((subject, title, text), lambda key: _classify(*key, None, load_domain_rules()))
        return m if span is None else replace(m, span=span)
    return _classify(subject, title, text, span, rules)


_memo = TextMemo(longest=400)


def _classify(subject: str, title: str, text: str, span: Span | None, rules: DomainRules) -> DomainMatch:
    bare = subject.lstrip("*＊")
    if rules.regional_committee is not None and rules.regional_committee.search(bare):
        bare = ""  # 椒江区委, 寿光市委组织部: the region's own case; the title and text decide
    elif rules.organ is not None:
        unit = rules.organ.sub("", bare)
        bare = unit or bare  # 龙泉街道党工委 → 龙泉街道, 西江镇党委 → 西江镇: the unit's kind decides
    for domain, rx in rules.subject:
        m = rx.search(bare) if bare else None
        if m:
            return DomainMatch(domain, rules.labels[domain], "subject", m.group(0), span)
    scores: dict[str, float] = {}
    evidence: dict[str, list[str]] = {}
    for domain, words in rules.keywords.items():
        for word, weight in words:
            n_title = title.count(word)
            n_text = text.count(word) if text else 0
            if n_title or n_text:
                scores[domain] = scores.get(domain, 0.0) + weight * n_title + weight * rules.text_weight * n_text
                evidence.setdefault(domain, []).append(word)
    # regional keywords only decide when nothing more specific is named
    specific = {d: s for d, s in scores.items() if d != "regional"}
    if specific:
        best = max(sorted(specific), key=lambda d: (specific[d], -rules.order[d]))
        if specific[best] >= 2 and specific[best] >= scores.get("regional", 0.0):
            return DomainMatch(best, rules.labels[best], "keywords", "|".join(evidence[best]), span)
    return DomainMatch(
        "regional", rules.labels["regional"], "keywords" if "regional" in scores else "default",
        "|".join(evidence.get("regional", [])), span,
    )
