"""Practices → mechanisms, only on evidence; a family for every practice.

The mechanism thesaurus is ``schema/mechanisms.toml`` (SKOS: prefLabel, altLabels that
are true synonyms, definition, broader, family), read by
:func:`kg.extract.mechanisms.load_lexicon`. A practice maps to a mechanism when

* ``label`` / ``synonym``: the mechanism's prefLabel or an altLabel is contained in the
  practice's name (乡镇党委换届公推直选 → 公推直选; 党员奉献积分制 → 积分制), or a
  ``pattern`` of the mechanism matches it (一定两评三补 → 一定两评三X);
* ``definition``: a narrative of a case naming the practice defines it in those words
  (one sentence with the practice's name, a cue such as 即 / 就是 / 是指, then the label).

Topic-alike is not evidence: 网上工委 shares a family (网络党建) with 网上党支部, not the
mechanism. Place-named labels (乳山模式) never map. Pure functions, no I/O.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..config import load_toml
from ..ids import family_id, practice_id
from ..model import Practice, PracticeMention, Span
from .mechanisms import LexEntry, Lexicon, load_lexicon
from .practices import match_key

__all__ = ["Mapping", "map_name", "find_definition", "family_of", "build_practices"]


@dataclass(frozen=True, slots=True)
class Mapping:
    mechanism: str  # mechanism id
    evidence: str  # label | synonym | pattern | definition
    text: str  # the words that prove it


_LABEL_KEYS: dict[int, tuple[Lexicon, list]] = {}


def _label_keys(lex: Lexicon) -> list[tuple[LexEntry, list[tuple[str, str]]]]:
    """Each entry with its labels (name, then aliases; two characters or more) and their match keys,
    worked out once per lexicon object instead of once per practice name."""
    got = _LABEL_KEYS.get(id(lex))
    if got is None or got[0] is not lex:
        rows = [(e, [(label, match_key(label)) for label in (e.name, *e.aliases) if len(label) >= 2])
                for e in lex.entries.values()]
        got = _LABEL_KEYS[id(lex)] = (lex, rows)
    return got[1]


def map_name(name: str, lexicon: Lexicon | None = None) -> Mapping | None:
    """The mechanism whose label or synonym the practice's name contains (the longest wins).

    >>> map_name("乡镇党委换届公推直选").mechanism, map_name("党员奉献积分制").evidence
    ('mechanism/gongtui-zhixuan', 'label')
    >>> map_name("网上工委") is None
    True
    """
    lex = lexicon or load_lexicon()
    key = match_key(name)
    best: tuple[int, str, Mapping] | None = None
    for e, labels in _label_keys(lex):
        for label, label_key in labels:
            if label_key in key:
                ev = "label" if label == e.name else "synonym"
                cand = (len(label), e.id, Mapping(e.id, ev, label))
                if best is None or cand[:2] > best[:2]:
                    best = cand
        for p in e.patterns:
            m = re.search(p, key)
            if m and (best is None or (len(m.group()), e.id) > best[:2]):
                best = (len(m.group()), e.id, Mapping(e.id, "pattern", m.group()))
    return best[2] if best else None


@functools.cache
def _cues() -> tuple[str, ...]:
    return tuple(load_toml("practices.toml")["definition"]["cues"])


_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")


def find_definition(mention_names: tuple[str, ...], text: str, base: int, doc_id: str,
                    lexicon: Lexicon | None = None) -> tuple[Mapping, Span] | None:
    """A sentence of ``text`` that defines the practice in a mechanism's words.

    ``mention_names`` are the practice's printed and normalised names; the sentence must
    hold one of them, then a cue (即, 就是, 是指 …), then a mechanism label or synonym.
    """
    lex = lexicon or load_lexicon()
    for m in _SENTENCE.finditer(text):
        sent = m.group()
        pos = min((sent.find(n) for n in mention_names if n and n in sent), default=-1)
        if pos < 0:
            continue
        after = sent[pos:]
        for cue in _cues():
            k = after.find(cue)
            if k < 0:
                continue
            mapping = map_name(after[k + len(cue) :], lex)
            if mapping is not None:
                return Mapping(mapping.mechanism, "definition", sent.strip()), Span(doc_id, base + m.start(), base + m.end())
    return None


@functools.cache
def _family_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p), family_id(f)) for p, f in load_toml("practices.toml")["family_keywords"]["rules"])


def family_of(name: str, mechanism: str | None = None, lexicon: Lexicon | None = None) -> str:
    """The family id of a practice: its mechanism's first family, else the first keyword rule, else other."""
    lex = lexicon or load_lexicon()
    if mechanism and mechanism in lex.entries and lex.entries[mechanism].families:
        return lex.entries[mechanism].families[0]
    for rx, fam in _family_rules():
        if rx.search(name):
            return fam
    return family_id("other")


def build_practices(named: dict[str, list[PracticeMention]], narratives: dict[str, list[tuple[str, int, str]]],
                    lexicon: Lexicon | None = None) -> dict[str, Practice]:
    """One :class:`Practice` per distinct name, with its mechanism (or the reason for none) and family.

    ``named`` maps a practice name to its mentions; ``narratives`` maps it to the
    ``(text, base offset, doc id)`` of the narratives of the cases that name it.
    """
    lex = lexicon or load_lexicon()
    out: dict[str, Practice] = {}
    for name in sorted(named):
        ms = sorted(named[name], key=lambda m: m.span)
        m0 = ms[0]
        if m0.status == "place_label":
            out[name] = Practice(practice_id(name), name, family_of(name, None, lex), reason="place-named label",
                                 place=m0.place)
            continue
        mapping = map_name(name, lex)
        span = m0.span if mapping else None
        if mapping is None:
            names = tuple(sorted({m.text for m in ms} | {m.text.strip("“”") for m in ms} | {name}, key=len, reverse=True))
            for text, base, doc_id in narratives.get(name, []):
                found = find_definition(names, text, base, doc_id, lex)
                if found:
                    mapping, span = found
                    break
        if mapping is None:
            out[name] = Practice(practice_id(name), name, family_of(name, None, lex),
                                 reason="no thesaurus label or synonym in the name, no defining sentence")
        else:
            out[name] = Practice(practice_id(name), name, family_of(name, mapping.mechanism, lex), mapping.mechanism,
                                 mapping.evidence, mapping.text, span)
    return out
