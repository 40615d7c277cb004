"""Content-derived identifiers: the same input always yields the same ids.

Ids are readable where the content has a natural key (``case/e1-best-06``,
``region/440229``, ``edition/2``) and a short SHA-1 of normalised content
otherwise (``doc/…``, ``case/n-…``). No randomness, no counters that depend on
processing order.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = [
    "digest",
    "document_id",
    "case_id",
    "narrative_case_id",
    "award_id",
    "edition_id",
    "competition_id",
    "edition_key",
    "NATIONAL",
    "region_id",
    "domain_id",
    "mechanism_id",
    "family_id",
    "normalise",
]

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFKC, no white space: full- and half-width forms compare equal."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def digest(*parts: str, length: int = 10) -> str:
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:length]


def document_id(sha1: str) -> str:
    return f"doc/{sha1[:12]}"


#: The series key of the national competition (全国基层党建创新典型案例): kg's original ids.
NATIONAL = "national"


def edition_key(competition: str | None, edition: int | None, year: int | None = None, doc: str = "") -> str:
    """The key of an edition: ``"1"`` for the national series (kg's original ids), else
    ``<series digest>-e5`` (ordinal), ``-y2023`` (year only) or ``-d<document>`` (neither printed).

    >>> edition_key(None, 2), edition_key("national", 3)
    ('2', '3')
    >>> edition_key("全市机关党建创新案例", 5)
    'c74115c-e5'
    """
    if (competition in (None, NATIONAL)) and edition is not None:
        return str(edition)
    c = "c" + digest(competition or NATIONAL, length=6)
    if edition is not None:
        return f"{c}-e{edition}"
    if year is not None:
        return f"{c}-y{year}"
    return f"{c}-d{doc.removeprefix('doc/')[:8]}"


def case_id(edition: int | None, tier: str, rank: int, key: str | None = None) -> str:
    """``case/e1-best-06`` for the national series; ``case/<edition key>-<tier>-<rank>`` otherwise."""
    if key is None or key.isdigit():
        return f"case/e{edition if key is None else key}-{tier}-{rank:02d}"
    return f"case/{key}-{tier}-{rank:02d}"


def narrative_case_id(subject: str, title: str) -> str:
    return f"case/n-{digest(normalise(subject), normalise(title))}"


def award_id(case: str) -> str:
    """The award of an award-entry case shares its id: ``case/e1-best-06`` → ``award/e1-best-06``."""
    return "award/" + case.removeprefix("case/")


def edition_id(edition: int | str) -> str:
    """``edition/2`` (national series) or ``edition/<edition key>``."""
    return f"edition/{edition}"


def competition_id(key: str | None) -> str:
    return f"competition/{NATIONAL}" if key in (None, NATIONAL) else f"competition/c{digest(key, length=6)}"


def region_id(code: str) -> str:
    return f"region/{code}"


def domain_id(code: str) -> str:
    return f"domain/{code}"


def mechanism_id(slug: str) -> str:
    return f"mechanism/{slug}"


def family_id(slug: str) -> str:
    return f"family/{slug}"
