"""Mechanism extractor: a spaCy pipeline over titles and narrative text.

``spacy.blank("zh")`` with its default character segmenter, so dictionary
patterns line up with any text (jieba would hide 公推直选 inside a longer
word), plus two rule-based components built from ``schema/mechanisms.toml``:

* ``kg_mechanism_ruler``: aliases (PhraseMatcher) and pattern families
  (regular expressions such as 一定两评三X) → ``doc.spans["mechanisms"]``;
* ``kg_quoted_mechanisms``: quoted terms in titles (“两会两评”) that the
  lexicon lacks, filtered so slogans, places and organisation names are not
  taken for mechanisms → ``doc.spans["discovered"]``.

The components are registered once, explicitly, by :func:`register`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..config import load_toml
from ..ids import digest, family_id, mechanism_id
from ..model import MechanismMention, Span
from .chunking import bounded_pieces
from .memo import TextMemo, moved

__all__ = ["Lexicon", "load_lexicon", "register", "make_nlp", "MechanismExtractor", "Chunk", "split_chunk", "MAX_PIECE"]


@dataclass(frozen=True)
class LexEntry:
    id: str  # mechanism id (mechanism/<slug>)
    name: str
    aliases: tuple[str, ...]
    patterns: tuple[str, ...]
    families: tuple[str, ...]  # family ids
    definition: str = ""  # skos:definition
    broader: tuple[str, ...] = ()  # broader mechanism ids (skos:broader)


@dataclass(frozen=True)
class Lexicon:
    entries: dict[str, LexEntry]
    families: dict[str, dict]  # family id → {name, en, slug}
    suffixes: tuple[str, ...]
    formula: re.Pattern[str]
    stop: frozenset[str]
    attach: tuple[str, ...]
    family_keywords: tuple[tuple[re.Pattern[str], str], ...]

    def by_name(self, name: str) -> LexEntry | None:
        for e in self.entries.values():
            if e.name == name or name in e.aliases:
                return e
        return None

    def ancestors(self, mid: str) -> tuple[str, ...]:
        """Broader mechanisms of ``mid``, transitively, nearest first."""
        out: list[str] = []
        todo = list(self.entries[mid].broader) if mid in self.entries else []
        while todo:
            b = todo.pop(0)
            if b not in out:
                out.append(b)
                todo.extend(self.entries[b].broader)
        return tuple(out)

    def narrower(self, mid: str) -> tuple[str, ...]:
        """Narrower mechanisms of ``mid``, transitively, sorted by id."""
        return tuple(sorted(e.id for e in self.entries.values() if mid in self.ancestors(e.id)))


@functools.cache
def load_lexicon(name: str = "mechanisms.toml") -> Lexicon:
    cfg = load_toml(name)
    families = {family_id(k): {**v, "slug": k} for k, v in cfg["families"].items()}
    entries = {}
    for slug, m in cfg["mechanisms"].items():
        mid = mechanism_id(slug)
        fams = tuple(family_id(f) for f in m.get("family", []))
        for f in fams:
            if f not in families:
                raise ValueError(f"schema/{name}: mechanism {slug} names unknown family {f}")
        entries[mid] = LexEntry(mid, m["name"], tuple(m.get("aliases", [])), tuple(m.get("patterns", [])), fams,
                                m.get("definition", ""), tuple(mechanism_id(b) for b in m.get("broader", [])))
    for e in entries.values():
        for b in e.broader:
            if b not in entries:
                raise ValueError(f"schema/{name}: mechanism {e.id} names unknown broader mechanism {b}")
    d = cfg["discovery"]
    return Lexicon(
        entries=entries,
        families=families,
        suffixes=tuple(sorted(d["suffixes"], key=len, reverse=True)),
        formula=re.compile(d["formula"]),
        stop=frozenset(d["stop"]),
        attach=tuple(sorted(d.get("attach", []), key=len, reverse=True)),
        family_keywords=tuple((re.compile(p), family_id(f)) for p, f in d["family_keywords"]),
    )


_QUOTE = re.compile(r"“([^“”\n]{2,16})”")
_REGISTERED = False


class MechanismRuler:
    """Lexicon matches → ``doc.spans["mechanisms"]`` (label = mechanism id)."""

    def __init__(self, nlp, name: str, lexicon: str):
        from spacy.matcher import PhraseMatcher

        self.name = name
        self.lexicon = load_lexicon(lexicon)
        self.matcher = PhraseMatcher(nlp.vocab)
        self.patterns: list[tuple[str, re.Pattern[str]]] = []
        for mid, e in sorted(self.lexicon.entries.items()):
            if e.aliases:
                self.matcher.add(mid, [nlp.make_doc(a) for a in e.aliases])
            for p in e.patterns:
                self.patterns.append((mid, re.compile(p)))
        aliases = sorted({a for e in self.lexicon.entries.values() for a in e.aliases}, key=len, reverse=True)
        self._aliases = re.compile("|".join(map(re.escape, aliases))) if aliases else None
        self._longest = max(map(len, ("".join(a.split()) for a in aliases)), default=0)
        self._contextual = any(re.search(r"\^|\$|\(\?<?[=!]|\\[bBAZ]", rx.pattern) for _, rx in self.patterns)

    def window(self, text: str) -> tuple[int, int] | None:
        """``(start, end)`` of the part of ``text`` that holds every match the component would find in
        it, or ``None`` when there is none: a cheap screen before tokenising, and only that part need be
        tokenised (a sentence of a narrative is read for one or two terms). Aliases are looked for with
        white space removed (the character segmenter drops it between tokens, so the PhraseMatcher
        matches across it); patterns as printed.

        Every alias occurrence begins at or after the first one the alias search finds and
        ends within the longest alias of the last one's end (an occurrence overlapping the
        last is not found again); every pattern match is found as printed. A pattern whose
        match could depend on text outside its own (anchors, look-around, word boundaries)
        makes the window the whole text."""
        lo, hi = len(text), -1
        if self._aliases is not None:
            stripped = "".join(text.split())
            hits = list(self._aliases.finditer(stripped))
            if hits:
                a, b = hits[0].start(), min(len(stripped), hits[-1].end() - 1 + self._longest)
                if len(stripped) == len(text):  # no white space: positions are the same
                    lo, hi = a, b
                else:
                    where = [i for i, ch in enumerate(text) if not ch.isspace()]  # each non-space character's position
                    lo, hi = where[a], where[b - 1] + 1
        for _, rx in self.patterns:
            for m in rx.finditer(text):
                if self._contextual:
                    return 0, len(text)
                lo, hi = min(lo, m.start()), max(hi, m.end())
        return (lo, hi) if hi > lo else None

    def __call__(self, doc):
        from spacy.tokens import Span as SpacySpan
        from spacy.util import filter_spans

        spans = [SpacySpan(doc, s, e, label=mid) for mid, s, e in self.matcher(doc)]
        # doc.text is rebuilt from the tokens on every access (costly for one token a character):
        # MechanismExtractor hands the text over in user_data; standalone use falls back to it
        text = doc.user_data.get("kg_text") or doc.text
        for mid, rx in self.patterns:
            for m in rx.finditer(text):
                sp = doc.char_span(m.start(), m.end(), label=mid, alignment_mode="expand")
                if sp is not None:
                    spans.append(sp)
        doc.spans["mechanisms"] = filter_spans(spans)
        return doc


class QuotedMechanisms:
    """Quoted terms not in the lexicon → ``doc.spans["discovered"]`` (label = the term)."""

    def __init__(self, nlp, name: str, lexicon: str):
        self.name = name
        self.lexicon = load_lexicon(lexicon)

    def is_mechanism(self, term: str) -> bool:
        lex = self.lexicon
        t = term.strip()
        if t in lex.stop or len(t) < 2:
            return False
        if re.search(r"(公司|集团|大学|学院|协会)$", t):
            return False  # organisation names
        if not (t.endswith(lex.suffixes) or lex.formula.search(t)):
            return False  # a slogan, not a named practice
        from .regions import load_gazetteer

        forms = load_gazetteer().forms
        if any(t[:k] in forms for k in range(2, min(5, len(t)))):
            return False  # a place-named model (乳山模式, 南平机制)
        return True

    def __call__(self, doc):
        from spacy.tokens import Span as SpacySpan

        known = doc.spans["mechanisms"] if "mechanisms" in doc.spans else []
        out = []
        text = doc.user_data.get("kg_text") or doc.text
        for m in _QUOTE.finditer(text):
            s, e = m.start(1), m.end(1)
            if any(k.start_char < e and s < k.end_char for k in known):
                continue
            term, end = m.group(1), e
            if term in self.lexicon.stop:
                continue
            suffix = next((a for a in self.lexicon.attach if text.startswith(a, m.end())), "")
            if suffix and not term.endswith(self.lexicon.suffixes):
                term, end = term + suffix, m.end() + len(suffix)
            if not self.is_mechanism(term):
                continue
            sp = doc.char_span(s, end, alignment_mode="expand")
            if sp is not None:
                out.append(SpacySpan(doc, sp.start, sp.end, label=term))
        doc.spans["discovered"] = out
        return doc


def register() -> None:
    """Declare the kg components with spaCy, once."""
    global _REGISTERED
    if _REGISTERED:
        return
    from spacy.language import Language

    Language.factory(
        "kg_mechanism_ruler",
        assigns=["doc.spans"],
        default_config={"lexicon": "mechanisms.toml"},
    )(lambda nlp, name, lexicon: MechanismRuler(nlp, name, lexicon))
    Language.factory(
        "kg_quoted_mechanisms",
        assigns=["doc.spans"],
        requires=["doc.spans"],
        default_config={"lexicon": "mechanisms.toml"},
    )(lambda nlp, name, lexicon: QuotedMechanisms(nlp, name, lexicon))
    _REGISTERED = True


@functools.cache
def make_nlp(discover: bool = False):
    """The kg pipeline: blank Chinese (char segmenter) + the thesaurus ruler.

    Quoted terms are practices now (:mod:`kg.extract.practices`), never mechanisms, so
    ``kg_quoted_mechanisms`` is only added on request (``discover=True``).
    """
    import spacy

    register()
    nlp = spacy.blank("zh")  # default config: segmenter = "char"; no model weights
    nlp.add_pipe("kg_mechanism_ruler")
    if discover:
        nlp.add_pipe("kg_quoted_mechanisms")
    return nlp


#: Longest piece handed to spaCy at once; its own limit (``nlp.max_length``) is 1 000 000 (E088).
MAX_PIECE = 100_000


def split_chunk(c: Chunk, limit: int = MAX_PIECE) -> list[Chunk]:
    """A chunk over ``limit`` characters as pieces split at 。！？ or line breaks, offsets kept."""
    if len(c.text) <= limit:
        return [c]
    return [Chunk(c.key, piece, c.doc_id, c.base + off, c.discover) for off, piece in bounded_pieces(c.text, limit)]


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of text to read: where it lies in its document, and whether to discover."""

    key: str
    text: str
    doc_id: str
    base: int  # offset of text[0] in the document
    discover: bool


_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]|$)")


def _sentences(c: Chunk) -> list[Chunk]:
    """``c`` as one chunk per sentence (ends 。！？!? kept), offsets into the document kept."""
    return [Chunk(c.key, m.group(), c.doc_id, c.base + m.start(), c.discover)
            for m in _SENTENCE.finditer(c.text) if m.group()]


def _window(c: Chunk, ruler: MechanismRuler) -> Chunk | None:
    """The part of ``c`` that can hold a match (:meth:`MechanismRuler.window`), offsets kept; ``None``: no match."""
    w = ruler.window(c.text)
    if w is None:
        return None
    a, b = w
    return c if (a, b) == (0, len(c.text)) else Chunk(c.key, c.text[a:b], c.doc_id, c.base + a, c.discover)


class MechanismExtractor:
    def __init__(self, nlp=None):
        self.nlp = nlp or make_nlp()
        self.lexicon: Lexicon = self.nlp.get_pipe("kg_mechanism_ruler").lexicon
        self._memos: dict[tuple[str, ...], TextMemo] = {}

    def family_of(self, term: str) -> tuple[str, ...]:
        for rx, fam in self.lexicon.family_keywords:
            if rx.search(term):
                return (fam,)
        return (family_id("other"),)

    def extract(self, chunks: list[Chunk]) -> dict[str, list[MechanismMention]]:
        out: dict[str, list[MechanismMention]] = {}
        pieces = [p for c in chunks for p in split_chunk(c)]
        plain = [c for c in pieces if not c.discover]
        titled = [c for c in pieces if c.discover]
        quoted = ["kg_quoted_mechanisms"] if "kg_quoted_mechanisms" in self.nlp.pipe_names else []
        ruler = self.nlp.get_pipe("kg_mechanism_ruler")
        # Only sentences in which an alias or pattern occurs are tokenised (no match crosses
        # a sentence end: no alias or pattern holds 。！？); the rest yield nothing. Titles
        # are read whole when quoted terms are being discovered.
        plain = [w for c in plain for s in _sentences(c) if (w := _window(s, ruler)) is not None]
        if not quoted:
            titled = [w for c in titled for s in _sentences(c) if (w := _window(s, ruler)) is not None]
        for group, disable in ((titled, []), (plain, quoted)):
            if not group:
                continue
            procs = [proc for name, proc in self.nlp.pipeline if name not in disable]
            memo = self._memos.setdefault(tuple(disable), TextMemo())  # titles recur (kg.extract.memo)
            find = lambda text: self._mentions(self._run(procs, text))  # noqa: E731
            for c in group:
                out.setdefault(c.key, []).extend(moved(memo.get(c.text, find), c.doc_id, c.base))
        return out

    def _run(self, procs: list, text: str):
        doc = self._doc(text)
        doc.user_data["kg_text"] = text  # the text as given (doc.text rebuilds it from tokens)
        for proc in procs:
            doc = proc(doc)
        return doc

    def _doc(self, text: str):
        """``nlp.make_doc(text)``; for the character segmenter the tokens are cut here in one pass
        (spaCy aligns each character by searching the rest of the text: quadratic in a sentence)."""
        tok = self.nlp.tokenizer
        if getattr(tok, "segmenter", None) != "char" or len(text) > self.nlp.max_length:
            return self.nlp.make_doc(text)
        from spacy.tokens import Doc

        return Doc(self.nlp.vocab, *char_words(text))

    def _mentions(self, doc) -> list[MechanismMention]:
        """What ``doc``'s spans found, at their offsets in its text and in no document (:func:`moved` places them)."""
        text = doc.user_data.get("kg_text") or doc.text  # a span's text is this slice (the tokens rebuild it slowly)
        entries = self.lexicon.entries
        res = []
        for sp in doc.spans["mechanisms"]:
            a, b = sp.start_char, sp.end_char
            e = entries[sp.label_]
            res.append(MechanismMention(e.id, e.name, e.families, text[a:b], Span("", a, b)))
        for sp in doc.spans.get("discovered", []) if "discovered" in doc.spans else []:
            term, a, b = sp.label_, sp.start_char, sp.end_char
            res.append(MechanismMention(mechanism_id("q-" + digest(term, length=8)), term, self.family_of(term), text[a:b],
                                        Span("", a, b), discovered=True))
        return res


@functools.cache
def shared_extractor() -> MechanismExtractor:
    """This process's extractor: the spaCy pipeline is built once and serves every stage (the
    per-document stage and the dated events of the build); what it finds depends on the text only."""
    return MechanismExtractor()


def char_words(text: str) -> tuple[list[str], list[bool]]:
    """Words and trailing-space flags of spaCy's character segmenter (``spacy.util.get_words_and_spaces``
    over ``list(text)``): each non-space character a word, one following " " its space, any other
    run of white space a word of its own."""
    if "".join(text.split()) == text:  # no white space at all
        return list(text), [False] * len(text)
    words: list[str] = []
    spaces: list[bool] = []
    i, n = 0, len(text)
    while i < n:
        j = i
        while j < n and text[j].isspace():
            j += 1
        if j > i:
            words.append(text[i:j])
            spaces.append(False)
        if j >= n:
            break
        words.append(text[j])
        spaces.append(False)
        i = j + 1
        if i < n and text[i] == " ":
            spaces[-1] = True
            i += 1
    return words, spaces
