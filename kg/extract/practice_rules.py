"""Practice rules (``schema/practices.toml``) and practice names.

:func:`load_rules` reads the rules once; :func:`normalise_name` gives a practice's key
(simplified, half-width, no quotes, no trailing 活动) and :func:`match_key` the form used to
compare names (also without punctuation). Used by :mod:`kg.extract.practices`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from ..config import load_toml
from .regex_facts import last_chars

__all__ = ["PracticeRules", "load_rules", "normalise_name", "match_key"]

_HAN = r"\u4e00-\u9fff"


@dataclass(frozen=True)
class PracticeRules:
    quotes: tuple[tuple[str, str], ...]
    q_min: int
    q_max: int
    q_gap: int
    q_suffixes: tuple[str, ...]
    q_direct: tuple[str, ...]
    gap_stop: tuple[str, ...]
    verbs: tuple[str, ...]
    v_min: int
    v_max: int
    v_suffixes: tuple[str, ...]
    org_suffixes: tuple[str, ...]
    numbered: re.Pattern[str]
    inner_verbs: tuple[str, ...]
    activity_suffixes: tuple[str, ...]
    activity_verbs: tuple[str, ...]
    false_suffixes: tuple[str, ...]
    nominal_verbs: tuple[str, ...]
    adverbs: tuple[str, ...]
    clause_verbs: tuple[str, ...]
    generic_tail: tuple[str, ...]
    carrier: re.Pattern[str]
    head_ends: tuple[str, ...]
    head_verbs: tuple[str, ...]
    head_max: int
    head_line: int
    head_suffixes: tuple[str, ...]
    fallback_min: int
    fallback_max: int
    formula: re.Pattern[str]
    metaphors: frozenset[str]
    generic: tuple[str, ...]
    policy: frozenset[str]
    place_suffixes: tuple[str, ...]
    strip_suffixes: tuple[str, ...]
    labels: tuple[str, ...]  # thesaurus prefLabels and altLabels, longest first
    max_chunk: int
    label_verbs: tuple[str, ...]
    label_tails: tuple[str, ...]
    part_marks: tuple[str, ...]
    trailing_nouns: tuple[str, ...]
    purpose_phrases: tuple[str, ...]
    clause_head_suffixes: tuple[str, ...]
    subject_tails: tuple[str, ...]
    actor_action: re.Pattern[str]  # one actor and its actions: 干部下乡住村
    partnership: re.Pattern[str]  # two parties and a link word: 区厂联动
    numeral_object: re.Pattern[str]  # verb, numeral, measure word, noun: 推倒一堵墙
    purpose_chars: str
    formula_max: int
    formula_first: str  # a formula opens with one of these, a digit or a Latin letter
    formula_stops: tuple[str, ...]  # words that end an unquoted formula
    # derived from the fields above (__post_init__), so the rules read per line are not rebuilt per line
    v_all: tuple[str, ...] = field(init=False, repr=False, compare=False)  # trigger verbs, then label verbs
    v_ends: tuple[str, ...] = field(init=False, repr=False, compare=False)  # words that end a verb phrase's X
    name_stops: tuple[str, ...] = field(init=False, repr=False, compare=False)  # words that cannot continue a name
    name_last: frozenset[str] | None = field(init=False, repr=False, compare=False)  # see __post_init__
    fallback_leads: tuple[str, ...] = field(init=False, repr=False, compare=False)
    fallback_stops: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        put = functools.partial(object.__setattr__, self)
        put("v_all", self.verbs + self.label_verbs)
        put("v_ends", self.head_verbs + self.label_verbs + self.verbs)
        put("name_stops", self.head_verbs + self.verbs)
        # every character a name's suffix, label or numbered formula can end with (None: any character can);
        # a verb phrase's X ending elsewhere is no name, and need not be tested
        p = self.numbered.pattern  # searched in X: only a match anchored at X's end says where it ends
        numbered = last_chars(p) if p.endswith("$") and not p.endswith("\\$") else None
        put("name_last", None if numbered is None else
            frozenset(w[-1] for w in self.v_suffixes + self.labels + self.org_suffixes if w) | numbered)
        put("fallback_leads", self.clause_verbs + self.head_verbs)
        verbs = tuple(v for v in self.verbs if v not in self.nominal_verbs)
        put("fallback_stops", self.head_verbs + verbs + self.purpose_phrases + ("——",))


def _longest_first(xs) -> tuple[str, ...]:
    return tuple(sorted(set(xs), key=lambda s: (-len(s), s)))


def _alternation(xs) -> str:
    return "|".join(map(re.escape, _longest_first(xs)))


@functools.cache
def load_rules(name: str = "practices.toml") -> PracticeRules:
    from .mechanisms import load_lexicon

    c = load_toml(name)
    q, v, h, r = c["quoted"], c["verb_phrase"], c["title_head"], c["reject"]
    fb, aa, pa, no = c["title_fallback"], c["actor_action"], c["partnership"], c["numeral_object"]
    lex = load_lexicon()
    labels = [x for e in lex.entries.values() for x in (e.name, *e.aliases) if len(x) >= 2]
    return PracticeRules(
        quotes=tuple((a, b) for a, b in q["quotes"]),
        q_min=q["min_len"], q_max=q["max_len"], q_gap=q["max_gap"],
        q_suffixes=_longest_first(q["suffixes"]), q_direct=_longest_first(q["direct_suffixes"]),
        gap_stop=tuple(q["gap_stop"]),
        verbs=_longest_first(v["verbs"]), v_min=v["min_len"], v_max=v["max_len"],
        v_suffixes=_longest_first(v["suffixes"]), org_suffixes=_longest_first(v["org_suffixes"]),
        numbered=re.compile("(?:" + v["numbered_suffix"] + ")$"), inner_verbs=_longest_first(v["inner_verbs"]),
        activity_suffixes=tuple(v["activity_suffixes"]), activity_verbs=tuple(v["activity_verbs"]),
        false_suffixes=tuple(v["false_suffixes"]), nominal_verbs=tuple(v["nominal_verbs"]), adverbs=_longest_first(v["adverbs"]),
        clause_verbs=_longest_first(h["clause_verbs"]), generic_tail=_longest_first(r["generic_tail"]),
        carrier=re.compile(c["carrier"]["pattern"]),
        head_ends=tuple(h["ends"]), head_verbs=_longest_first(h["purpose_verbs"]), head_max=h["max_len"],
        head_line=h["max_line"], head_suffixes=_longest_first(h["suffixes"]),
        fallback_min=c["title_fallback"]["min_len"], fallback_max=c["title_fallback"]["max_len"],
        formula=re.compile(c["formula"]["pattern"]),
        metaphors=frozenset(r["metaphors"]), generic=_longest_first(r["generic"]), policy=frozenset(r["policy_terms"]),
        place_suffixes=_longest_first(r["place_suffixes"]),
        strip_suffixes=tuple(c["normalise"]["strip_suffixes"]),
        labels=_longest_first(labels),
        max_chunk=int(c["definition"]["max_chunk"]),
        label_verbs=_longest_first(v["label_verbs"]), label_tails=tuple(v["label_tails"]),
        part_marks=tuple(h["part_marks"]), trailing_nouns=tuple(h["trailing_nouns"]),
        purpose_phrases=tuple(fb["purpose_phrases"]), clause_head_suffixes=tuple(fb["clause_head_suffixes"]),
        subject_tails=tuple(fb["subject_tails"]),
        actor_action=re.compile(f"(?:{_alternation(aa['actors'])})(?:{_alternation(aa['actions'])})+"),
        partnership=re.compile(f"(?:[{pa['parties']}]{{2}}|{_alternation(pa['fields'])})(?:{_alternation(pa['links'])})"),
        numeral_object=re.compile(f"[{_HAN}]{{2}}[{no['numerals']}][{no['measure_words']}][{_HAN}]"),
        purpose_chars=h["purpose_chars"], formula_max=c["formula_head"]["max_len"],
        formula_first=c["formula_head"]["first_chars"],
        formula_stops=_longest_first([*h["purpose_verbs"], *fb["purpose_phrases"], *v["verbs"], *h["clause_verbs"],
                                      *h["part_marks"]]),
    )


@functools.cache
def _t2s():
    try:
        import opencc

        return opencc.OpenCC("t2s").convert
    except Exception:  # pragma: no cover - opencc is a declared dependency
        return lambda s: s


_QUOTE_CHARS = re.compile(r"[“”\"「」『』‘’'《》\s]")


def normalise_name(text: str, rules: PracticeRules | None = None) -> str:
    """The key of a practice: simplified, NFKC (half-width digits and signs), no quotes, no trailing 活动.

    >>> normalise_name("“五零”工作法"), normalise_name("“２＋Ｘ”模式"), normalise_name("“双岗双争”活动")
    ('五零工作法', '2+X模式', '双岗双争')
    """
    rules = rules or load_rules()
    s = _QUOTE_CHARS.sub("", unicodedata.normalize("NFKC", _t2s()(text)))
    for suf in rules.strip_suffixes:
        if s.endswith(suf) and len(s) - len(suf) >= 2:
            s = s[: -len(suf)]
    return s


_PUNCT = re.compile(r"[\s、，,。；;：:·\-—()（）“”\"'‘’「」『』《》]")


def match_key(name: str) -> str:
    """A name for comparing practices: normalised, without punctuation.

    >>> match_key("大联系、大台帐、大帮带") == match_key("大联系大台帐大帮带")
    True
    """
    return _PUNCT.sub("", normalise_name(name))
