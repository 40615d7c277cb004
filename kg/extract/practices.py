"""Practice extractor: the named practices a text reports (“五零”工作法, 党员奉献积分制).

A plain pure function, :func:`find_practices`, not a spaCy component: every rule
is a character-level pattern over quote marks, trigger verbs and suffixes
(``schema/practices.toml``), so spaCy's tokens, vocabulary and matchers would
add a tokenisation pass and its 1 000 000-character limit (E088) and nothing
else. Rules, in the order they are tried on each line:

* ``quoted``: a quoted term, with a suffix printed after the quote joined to it
  (“五零”工作法 → 五零工作法; “四位一体”防瘫机制);
* ``verb_phrase``: 推行/实施/建立/开展/创建/构建/探索 … X制/X制度/X机制/X模式/X工作法, X a
  numbered formula, or X ending in a mechanism's label (推行乡镇党委换届公推直选);
* ``carrier``: 以X为载体 / 以X为抓手 …;
* ``title_head``: a title-like line that begins with the practice's name
  (县委书记专项述职制度, 乡镇党代会常任制的探索与实践).

Candidates that are metaphors (连心桥), generic words (新模式, 新格局) or policy
terms (三农) are kept with status ``slogan`` / ``generic`` and a problem code
(I411 / I412) so callers can report them; a place plus 模式/机制 (乳山模式) is a
``place_label`` (W410): a practice of that place, never mapped to a mechanism.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import PracticeMention, Span
from .chunking import bounded_pieces
from .memo import TextMemo, moved
from .practice_rules import _HAN, PracticeRules, load_rules, match_key, normalise_name
from .practice_titles import title_parts, title_shapes

__all__ = ["PracticeRules", "load_rules", "normalise_name", "find_practices", "match_key"]

_HAN_CHAR = re.compile(f"[{_HAN}]")
_WORD_CHAR = re.compile(f"[{_HAN}A-Za-z0-9]")
_NOT_A_HEAD = re.compile(r"[的和与及，,“”:：]")


@dataclass(frozen=True, slots=True)
class _Cand:
    start: int
    end: int
    rule: str
    quotes: int  # number of quoted terms inside


def find_practices(text: str, offset: int = 0, doc_id: str = "", *, include_rejected: bool = False,
                   rules: PracticeRules | None = None) -> list[PracticeMention]:
    """Named practices in ``text``; spans are ``offset`` + index into ``text``.

    Any length: long text is read in pieces split at 。！？ or line breaks.
    Returns accepted mentions (``practice`` and ``place_label``) sorted by span;
    with ``include_rejected`` also metaphors, generic words and policy terms.

    >>> [m.name for m in find_practices("推行“农事村办”制度探索农村社会管理和服务新模式")]
    ['农事村办制度']
    """
    rules = rules or load_rules()
    out: list[PracticeMention] = []
    for base, piece in bounded_pieces(text, rules.max_chunk):
        pos = 0
        for line in piece.split("\n"):
            out.extend(_line_mentions_at(line, offset + base + pos, doc_id, rules))
            pos += len(line) + 1
    out.sort(key=lambda m: (m.span.start, m.span.end, m.name))
    return out if include_rejected else [m for m in out if m.accepted]


_memo: dict[int, tuple[PracticeRules, TextMemo]] = {}


def _line_mentions_at(line: str, base: int, doc_id: str, rules: PracticeRules) -> list[PracticeMention]:
    """:func:`_line_mentions`, each short line's found once per rule set (:class:`kg.extract.memo.TextMemo`)."""
    held = _memo.get(id(rules))
    if held is None or held[0] is not rules:
        held = _memo[id(rules)] = (rules, TextMemo())
    return moved(held[1].get(line, lambda t: _line_mentions(t, 0, "", rules)), doc_id, base)


def _line_mentions(line: str, base: int, doc_id: str, rules: PracticeRules) -> list[PracticeMention]:
    cands = _quoted(line, rules) + _verb_phrases(line, rules) + _carriers(line, rules) + _title_head(line, rules)
    cands += [_Cand(s, e, rule, line.count("“", s, e)) for s, e, rule in title_shapes(line, rules)]
    classified = [(c, m) for c in set(cands) if (m := _classify(line, c, base, doc_id, rules)) is not None]
    if not any(m.accepted for _, m in classified):
        classified += [(c, m) for c in _title_fallback(line, rules)
                       if (m := _classify(line, c, base, doc_id, rules)) is not None]
    return _resolve(classified)


def _title_fallback(line: str, rules: PracticeRules) -> list[_Cand]:
    stripped = line.strip()
    if not stripped or len(stripped) > rules.head_line:
        return []
    s = line.index(stripped[0])
    clause = ""
    if stripped.startswith(rules.fallback_leads):  # one C call for the many lines that open with none
        clause = next(v for v in rules.fallback_leads if stripped.startswith(v))
    s += len(clause)  # a sentence (强化…促进…): its head counts only when it names a field (…党建)
    for lead in (rules.verbs, rules.adverbs, rules.verbs):
        w = next((v for v in lead if line.startswith(v, s)), "")
        s += len(w)
    if line.startswith("以", s):
        s += 1
    stops = [k for w in rules.fallback_stops if (k := line.find(w, s + 1)) > 0]
    if not stops:
        return []
    end = min(stops)
    head = line[s:end]
    if not (rules.fallback_min <= len(head) <= rules.fallback_max) or _NOT_A_HEAD.search(head):
        return []
    if clause and not head.endswith(rules.clause_head_suffixes) or head.endswith(rules.subject_tails):
        return []
    return [_Cand(s, end, "title_fallback", 0)]


def _quote_spans(line: str, rules: PracticeRules) -> list[tuple[int, int]]:
    """(start of opening quote, end after closing quote) of each quoted term."""
    spans = []
    for a, b in rules.quotes:
        i = 0
        while (i := line.find(a, i)) >= 0:
            j = line.find(b, i + 1)
            if j < 0:
                break
            spans.append((i, j + 1))
            i = j + 1
    return sorted(spans)


def _gap_ok(gap: str, rules: PracticeRules) -> bool:
    return not any(w in gap for w in rules.gap_stop) and not any(x in gap for x in "“”\"「」")


def _quoted(line: str, rules: PracticeRules) -> list[_Cand]:
    out = []
    for s, e in _quote_spans(line, rules):
        inner = line[s + 1 : e - 1]
        if not (rules.q_min <= len(inner) <= rules.q_max):
            continue
        end = e
        if not inner.endswith(rules.q_suffixes):
            rest = line[e : e + rules.q_gap + 4]
            direct = next((x for x in rules.q_direct if rest.startswith(x)), None)
            if direct:
                end = e + len(direct)
            else:
                for k in range(0, rules.q_gap + 1):
                    suf = (next((x for x in rules.q_suffixes if rest.startswith(x, k) and (k == 0 or len(x) > 1)), None)
                           if rest.startswith(rules.q_suffixes, k) else None)  # most gaps start no suffix: one C call
                    if suf and _gap_ok(rest[:k], rules):
                        end = e + k + len(suf)
                        break
                    if k < len(rest) and not _WORD_CHAR.match(rest[k]):
                        break
        out.append(_Cand(s, end, "quoted_suffix" if end > e else "quoted", 1))
    return out


def _ends_suffix(x: str, rules: PracticeRules, verb: str = "") -> bool:
    if x.endswith(rules.false_suffixes):
        return False
    suf = next((s for s in rules.v_suffixes if x.endswith(s)), None) if x.endswith(rules.v_suffixes) else None
    if suf is not None and len(x) > len(suf):
        return suf not in rules.activity_suffixes or not verb or verb in rules.activity_verbs
    return bool(rules.numbered.search(x))


def _ends_label(x: str, rules: PracticeRules) -> bool:
    """X ends in a thesaurus label, or in a unit type after words naming the unit (网上工委, not 工委)."""
    return x.endswith(rules.labels) or (x.endswith(rules.org_suffixes) and x not in rules.org_suffixes)


def _boundary(line: str, j: int, rules: PracticeRules) -> bool:
    """Nothing that continues a name at ``line[j]``: the end, punctuation, a stop verb or 的."""
    stops = rules.name_stops
    return (j >= len(line) or line[j] in "，,。；;：:！？!?（(—、的"
            or line.startswith(stops, j) or line.startswith(stops, j + 2))  # 公推直选(带头)推进


def _trigger_ok(line: str, i: int, verb: str, rules: PracticeRules) -> bool:
    """A nominal verb (建设, 创新 …) triggers only at a clause start or after an adverb."""
    if verb not in rules.nominal_verbs or i == 0 or not _HAN_CHAR.match(line[i - 1]):
        return True
    return line.endswith(rules.adverbs, 0, i) or line.endswith(rules.verbs, 0, i)


def _ends_name(x: str, rules: PracticeRules) -> bool:
    return _ends_suffix(x, rules) or _ends_label(x, rules)


def _verb_phrases(line: str, rules: PracticeRules) -> list[_Cand]:
    """Trigger verb, then X up to the first formal suffix (制度, 机制 …); a thesaurus label or an
    organisation noun ends X only when nothing but a stop follows (开展…公推直选带头…)."""
    out = []
    ends = rules.v_ends  # X holds no other verb (构建党员…发挥作用机制)
    last = rules.name_last
    for v in [v for v in rules.v_all if v in line]:  # the verbs the line holds, in rule order
        label_only = v in rules.label_verbs
        i = 0
        while (i := line.find(v, i)) >= 0:
            start = i + len(v)
            ok = _trigger_ok(line, i, v, rules)
            i = start
            if not ok:
                continue
            best = fallback = None
            depth = 0
            for j in range(start, min(len(line), start + rules.v_max)):
                ch = line[j]
                if ch in "“「『":
                    depth += 1
                elif ch in "”」』":
                    depth -= 1
                elif depth <= 0 and ch in "，,。；;：:！？!?（(—":
                    break
                if depth <= 0 and j > start and line.startswith(ends, j):
                    break
                if depth > 0 or last is not None and ch not in last and ch != "”":
                    continue  # X cannot end here in a suffix, a label or a numbered formula
                x = line[start : j + 1].replace("“", "").replace("”", "")
                if len(x) < rules.v_min:
                    continue
                if not label_only and _ends_suffix(x, rules, v):
                    best = j + 1
                    for k in (1, 2):  # the first suffix wins unless a longer one continues it (制 → 制度)
                        more = line[j + 1 : j + 1 + k]
                        if len(more) == k and _ends_suffix(x + more, rules, v):
                            best = j + 1 + k
                    break
                elif _ends_label(x, rules) and (_boundary(line, j + 1, rules)
                                                 or label_only and line.startswith(rules.label_tails, j + 1)):
                    fallback = j + 1
            if best is None:
                best = fallback
            if best is None and not label_only:
                x = _formula_run(line, start, rules)
                if x:
                    best = start + len(x)
            if best is not None:
                nq = line.count("“", start, best)
                close = line.rfind("”", start, best)
                if nq == 1 and close >= 0 and not _gap_ok(line[close + 1 : best], rules):
                    continue  # 开展“三个五”争创活动: the quoted name stands alone
                out.append(_Cand(start, best, "verb_phrase", nq))
    return out


def _formula_run(line: str, start: int, rules: PracticeRules) -> str:
    stop = min([k for w in rules.head_verbs if (k := line.find(w, start + 1)) > 0] + [len(line), start + 12])
    for j in range(stop, start + 3, -1):
        x = line[start:j].strip("“”")
        if rules.formula.match(x):
            return line[start:j]
    return ""


def _carriers(line: str, rules: PracticeRules) -> list[_Cand]:
    out = []
    for m in rules.carrier.finditer(line):
        s, e = m.start("x"), m.end("x")
        for v in rules.inner_verbs + rules.verbs:
            if line.startswith(v, s) and e - s - len(v) >= 2:
                s += len(v)
                break
        out.append(_Cand(s, e, "carrier", line.count("“", s, e)))
    return out


def _title_head(line: str, rules: PracticeRules) -> list[_Cand]:
    return [c for s in title_parts(line, rules) for c in _part_head(line, s, rules)]


def _part_head(line: str, s: int, rules: PracticeRules) -> list[_Cand]:
    """The name a title (or a part of one after a colon or ——) begins with."""
    if (line.startswith(rules.verbs, s) or line.startswith(rules.clause_verbs, s) or line.startswith(rules.head_verbs, s)
            or rules.carrier.match(line, s)):
        return []  # 加强楼宇党建推动…: a title opening with a verb is a clause, not a name
    if line.startswith("以", s):
        s += 1
    adverb = next((a for a in rules.adverbs if line.startswith(a, s)), "")
    if adverb:  # 首创楼宇党建联盟推动… → 楼宇党建联盟 (as the verb-phrase rule drops it before its verb)
        s += len(adverb)
        if line.startswith(rules.verbs, s) or line.startswith(rules.clause_verbs, s):
            return []
    end = min(len(line), s + rules.head_max)
    for w in rules.head_ends + rules.head_verbs:
        k = line.find(w, s + 1)
        if 0 <= k < end:
            end = k
    head = line[s:end]
    if "“" not in head and not _ends_name(head, rules):  # 以党员积分管理促村务公开: a one-character verb ends a name
        k = next((k for k in range(3, len(head)) if head[k] in rules.purpose_chars and _ends_name(head[:k], rules)), 0)
        if k:
            end, head = s + k, head[:k]
    if head.endswith("建设") and len(head) > 4:
        end -= 2
        head = head[:-2]
    for t in rules.trailing_nouns:  # 干部学时学分制管理 → 干部学时学分制
        if head.endswith(t) and _ends_name(head[: -len(t)], rules) and not _ends_name(head, rules):
            end -= len(t)
            head = head[: -len(t)]
    if head.count("“") != head.count("”") or any(v in head for v in rules.verbs):
        return []
    if len(head) >= 3 and not head.endswith(rules.false_suffixes) and (
            _ends_name(head, rules) or head.endswith(rules.head_suffixes) or head.endswith(rules.q_suffixes)):
        return [_Cand(s, end, "title_head", head.count("“"))]
    return []


def _resolve(cands: list[tuple[_Cand, PracticeMention]]) -> list[PracticeMention]:
    """One mention per overlapping group. Accepted mentions come before rejected ones; among them
    a quoted name wins over a longer phrase ending with it (第一书记“1+1”制度 → 1+1制度) unless that
    phrase holds several quotes; otherwise the longest, then the earliest."""
    order = sorted(cands, key=lambda cm: (not cm[1].accepted, -(cm[0].end - cm[0].start), cm[0].start, cm[0].rule))
    chosen: list[tuple[_Cand, PracticeMention]] = []
    for c, m in order:
        if c.rule not in ("quoted", "quoted_suffix") and c.quotes == 1 and m.accepted:
            inner = [(q, qm) for q, qm in order if q.rule.startswith("quoted") and q.end == c.end and q.start > c.start
                     and qm.accepted]
            if inner:
                c, m = inner[0]
        if any(c.start < k.end and k.start < c.end for k, _ in chosen):
            continue
        chosen.append((c, m))
    return [m for _, m in sorted(chosen, key=lambda cm: cm[0].start)]


def _classify(line: str, c: _Cand, base: int, doc_id: str, rules: PracticeRules) -> PracticeMention | None:
    raw = line[c.start : c.end]
    name = normalise_name(raw, rules)
    if c.rule in ("verb_phrase", "title_head", "carrier"):
        if "的" in name:
            name = name.rsplit("的", 1)[1]
        for v in rules.inner_verbs:
            if name.startswith(v) and len(name) - len(v) >= 2:
                name = name[len(v) :]
    bare = match_key(name)
    if len(bare) < 2:
        return None
    span = Span(doc_id, base + c.start, base + c.end)
    if bare in rules.metaphors:
        return PracticeMention(name, raw, span, c.rule, "slogan", code="I411")
    if bare in rules.policy or bare in rules.generic or bare.endswith(rules.generic_tail):
        return PracticeMention(name, raw, span, c.rule, "generic", code="I412")
    place = _place_of(bare, rules)
    if place:
        return PracticeMention(name, raw, span, c.rule, "place_label", place=place, code="W410")
    return PracticeMention(name, raw, span, c.rule)


def _place_of(bare: str, rules: PracticeRules) -> str:
    for suf in rules.place_suffixes:
        if bare.endswith(suf):
            head = bare[: -len(suf)]
            if 2 <= len(head) <= 5 and _is_place(head):
                return head
    return ""


def _is_place(name: str) -> bool:
    from .regions import load_gazetteer

    return name in load_gazetteer().forms
