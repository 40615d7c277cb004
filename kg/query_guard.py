"""Read-only Cypher for ``kg query``: a tokenizer-level allowlist, checked before the server sees a query.

The server's own ``EXPLAIN`` classification is not enough on its own: it calls
``LOAD CSV`` (reads the host's files, makes HTTP requests) and ``TERMINATE
TRANSACTIONS`` "reads". So a statement is first split into tokens — string
literals, backtick identifiers and comments are recognised as such, never as
keywords — and accepted only when its keywords and procedures are on the
allowlist in ``schema/query_allowlist.toml`` (see that file for the rules).

:func:`check` is pure: text in, the statement to send (a trailing ``;``
dropped) out, or :class:`KgError` with a code and the line:column of the
offending token.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from dataclasses import dataclass

from .config import load_toml
from .errors import Errors, KgError, LineIndex

__all__ = ["Token", "tokenize", "check", "Allowlist", "allowlist", "timeout_seconds"]


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # word | quoted (backticks) | string | number | param | punct
    text: str  # for word/quoted: the identifier (backticks removed); else the source text
    start: int
    end: int


@dataclass(frozen=True)
class Allowlist:
    keywords: frozenset[str]
    allowed: frozenset[str]
    writes: frozenset[str]
    procedures: frozenset[str]
    prefixes: frozenset[str]
    timeout: float


@functools.cache
def allowlist() -> Allowlist:
    cfg = load_toml("query_allowlist.toml")
    kw = cfg["keywords"]
    return Allowlist(
        keywords=frozenset(k.upper() for k in kw["all"]),
        allowed=frozenset(k.upper() for k in kw["allowed"]),
        writes=frozenset(k.upper() for k in kw["writes"]["list"]),
        procedures=frozenset(p.casefold() for p in cfg["procedures"]["allowed"]),
        prefixes=frozenset(p.upper() for p in cfg["prefixes"]["refused"]),
        timeout=float(cfg["query"]["timeout_seconds"]),
    )


def timeout_seconds(given: float | None = None) -> float:
    """``--timeout`` if given, else ``KG_QUERY_TIMEOUT``, else the allowlist's default."""
    from .config import seconds

    if given is not None:
        return seconds("--timeout", given, allowlist().timeout)
    return seconds("KG_QUERY_TIMEOUT", os.environ.get("KG_QUERY_TIMEOUT"), allowlist().timeout)


_WORD = re.compile(r"[^\W\d]\w*")
_NUMBER = re.compile(r"\d[\w.]*")
_SPACE = re.compile(r"\s+")


def tokenize(text: str) -> list[Token]:
    """Tokens of a Cypher text; comments and whitespace dropped. Unterminated strings,
    backticks or comments, and control or invisible characters outside strings, are refused."""
    out: list[Token] = []
    i, n = 0, len(text)
    idx = LineIndex(text)

    def refuse(template: str, at: int, **kw: object) -> KgError:
        line, col = idx.line_col(at)
        return KgError(template.format(line=line, column=col, **kw))

    while i < n:
        c = text[i]
        m = _SPACE.match(text, i)
        if m:
            i = m.end()
            continue
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            if j < 0:
                raise refuse(Errors.E523, i, what="comment")
            i = j + 2
            continue
        if c in "'\"":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            if j >= n:
                raise refuse(Errors.E523, i, what="string")
            out.append(Token("string", text[i : j + 1], i, j + 1))
            i = j + 1
            continue
        if c == "`":
            j = i + 1
            parts = []
            while True:
                k = text.find("`", j)
                if k < 0:
                    raise refuse(Errors.E523, i, what="backtick identifier")
                parts.append(text[j:k])
                if text.startswith("``", k):  # an escaped backtick inside the identifier
                    parts.append("`")
                    j = k + 2
                    continue
                break
            out.append(Token("quoted", "".join(parts), i, k + 1))
            i = k + 1
            continue
        if unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp"):
            raise refuse(Errors.E527, i, char=f"U+{ord(c):04X}")
        m = _WORD.match(text, i)
        if m:
            out.append(Token("word", m.group(0), i, m.end()))
            i = m.end()
            continue
        m = _NUMBER.match(text, i)
        if m:
            out.append(Token("number", m.group(0), i, m.end()))
            i = m.end()
            continue
        out.append(Token("punct", c, i, i + 1))
        i += 1
    return out


def _norm(word: str) -> str:
    return unicodedata.normalize("NFKC", word).upper()


def _is_name_position(tokens: list[Token], k: int) -> bool:
    """A word that is a property key, label, type, map key or parameter name, not a keyword."""
    t = tokens[k]
    prev = tokens[k - 1] if k else None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if prev is not None and prev.kind == "punct":
        if prev.text == "$" and prev.end == t.start:
            return True
        if prev.text == ":":
            return True
        if prev.text == "." and prev.end == t.start and k >= 2:
            before = tokens[k - 2]
            if before.end == prev.start and (before.kind in ("word", "quoted") or before.text in (")", "]", "}")):
                return True
    if nxt is not None and nxt.text == ":" and prev is not None and prev.text in ("{", ","):
        return True
    return False


def _procedure(tokens: list[Token], k: int) -> tuple[str, int]:
    """The dotted procedure name starting at token ``k`` and the index after it."""
    parts = []
    while k < len(tokens) and tokens[k].kind in ("word", "quoted"):
        parts.append(tokens[k].text)
        if k + 1 < len(tokens) and tokens[k + 1].text == "." and k + 2 < len(tokens):
            k += 2
            continue
        k += 1
        break
    return ".".join(parts), k


def check(text: str, rules: Allowlist | None = None) -> str:
    """The statement to send, or :class:`KgError` (E503 for writes, E520–E523, E527) naming the refused token."""
    rules = rules or allowlist()
    tokens = tokenize(text)
    if not tokens:
        raise KgError(Errors.E509.format(reason="the query is empty"))
    idx = LineIndex(text)

    def where(t: Token) -> dict:
        line, col = idx.line_col(t.start)
        return {"line": line, "column": col}

    semis = [k for k, t in enumerate(tokens) if t.kind == "punct" and t.text == ";"]
    if semis and (len(semis) > 1 or semis[0] != len(tokens) - 1):
        raise KgError(Errors.E522.format(**where(tokens[semis[0]])))
    if semis:
        text, tokens = text[: tokens[-1].start], tokens[:-1]
        if not tokens:
            raise KgError(Errors.E509.format(reason="the query is empty"))
    first = tokens[0]
    if first.kind == "word" and _norm(first.text) in rules.prefixes:
        raise KgError(Errors.E521.format(what="statement prefix", name=first.text.upper(), **where(first)))
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if t.kind != "word" or _is_name_position(tokens, k):
            k += 1
            continue
        word = _norm(t.text)
        if word in rules.keywords and word not in rules.allowed:
            if word in rules.writes:
                w = where(t)
                raise KgError(f"{Errors.E503} (keyword {t.text!r} at line {w['line']}, column {w['column']})")
            raise KgError(Errors.E520.format(keyword=t.text, **where(t)))
        if word == "CALL":
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is not None and nxt.text in ("{", "("):
                k += 1
                continue
            name, k2 = _procedure(tokens, k + 1)
            if not name or name.casefold() not in rules.procedures:
                raise KgError(Errors.E521.format(what="procedure", name=name or "?", **where(nxt or t)))
            k = k2
            continue
        k += 1
    return text
