"""Title shapes that name a practice without quotes, suffix or trigger verb.

Award titles often open with the practice itself, printed as a short phrase of a
recognisable shape (rules and word lists in ``schema/practices.toml``):

* ``actor_action``: who goes where — 干部下乡住村, 领导包村, 党员干部进万家;
* ``partnership``: two parties, one character each, or a field, and a link word —
  区厂联动, 村企共建, 党建共建 (a manner is no party: 上下联动, 和谐共建 name nothing);
* ``numeral_object``: an act on a counted thing before a purpose verb — 推倒一堵墙拉近党群心;
* ``formula_head``: an unquoted numbered formula — 四议两公开保障…, 一村一品促增收, 2+1结对….

Each is anchored at the start of a title-like line or of a part of it after a colon or
—— (:func:`title_parts`), never searched for in running text. Functions return
``(start, end, rule)`` triples; :mod:`kg.extract.practices` classifies them like any
other candidate (metaphor, generic word, place-named label).
"""

from __future__ import annotations

from .practice_rules import PracticeRules, load_rules

__all__ = ["title_parts", "title_shapes"]

_PUNCT = "，,。；;：:！？!?（(、"


def title_parts(line: str, rules: PracticeRules) -> list[int]:
    """Where each part of a title-like line starts: its first character and the first after each
    colon or —— (an empty list for a line too long to be a title).

    >>> title_parts("酒泉瓜州:以干部学时学分制管理推进学习型党组织建设", load_rules())
    [0, 5]
    """
    stripped = line.strip()
    if not stripped or len(stripped) > rules.head_line:
        return []
    starts = {line.index(stripped[0])}
    for mark in rules.part_marks:
        i = 0
        while (i := line.find(mark, i)) >= 0:
            i += len(mark)
            j = i + len(line[i:]) - len(line[i:].lstrip())
            if j < len(line):
                starts.add(j)
    return sorted(starts)


def _after_lead(line: str, s: int, rules: PracticeRules) -> int:
    """``s`` moved past a leading adverb and trigger verb (全面推行…, 实施…)."""
    for lead in (rules.adverbs, rules.verbs):
        if line.startswith(lead, s):
            s += len(next(v for v in lead if line.startswith(v, s)))
    return s


def _actor_actions(line: str, s: int, rules: PracticeRules) -> list[tuple[int, int, str]]:
    out = []
    while m := rules.actor_action.match(line, s):
        out.append((m.start(), m.end(), "actor_action"))
        s = m.end()
    return out


def _partnership(line: str, s: int, rules: PracticeRules) -> list[tuple[int, int, str]]:
    m = rules.partnership.match(line, s)
    if m is None:
        return []
    return [(m.start(), m.end(), "partnership")]


def _numeral_object(line: str, s: int, rules: PracticeRules) -> list[tuple[int, int, str]]:
    if not rules.numeral_object.match(line, s):
        return []
    ends = [k for w in rules.head_verbs + rules.part_marks if (k := line.find(w, s + 2)) > 0]
    ends += [k for k in range(s, min(len(line), s + 6)) if line[k] in _PUNCT]
    end = min(ends + [len(line.rstrip())])
    if rules.numeral_object.fullmatch(line, s, end):
        return [(s, end, "numeral_object")]
    return []


def _formula_head(line: str, s: int, rules: PracticeRules) -> list[tuple[int, int, str]]:
    c = line[s : s + 1]
    if not (c in rules.formula_first or c.isascii() and c.isalnum()):
        return []
    stops = rules.formula_stops
    last = len(line.rstrip())
    for k in range(s + 2, min(last, s + rules.formula_max) + 1):
        at_stop = (k == last or line[k] in _PUNCT or line[k] in rules.purpose_chars or line.startswith(stops, k)
                   or line[k - 1].isascii() and line[k - 1].isalnum() and not line[k].isascii())
        x = line[s:k]
        if at_stop and not x.isdigit() and rules.formula.match(x):
            return [(s, k, "formula_head")]
    return []


def title_shapes(line: str, rules: PracticeRules) -> list[tuple[int, int, str]]:
    """Practices named by the shape of a title part's opening words, as ``(start, end, rule)``.

    >>> [(s, e, r) for s, e, r in title_shapes("干部下乡住村领导包村增收", load_rules())]
    [(0, 6, 'actor_action'), (6, 10, 'actor_action')]
    """
    out = []
    for s in title_parts(line, rules):
        after = _after_lead(line, s, rules)
        out += _actor_actions(line, after, rules) + _partnership(line, after, rules)
        out += _numeral_object(line, s, rules) + _formula_head(line, s, rules)
    return out
