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
    "region_id",
    "domain_id",
    "mechanism_id",
    "family_id",
    "practice_id",
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


def case_id(edition: int, tier: str, rank: int) -> str:
    return f"case/e{edition}-{tier}-{rank:02d}"


def narrative_case_id(subject: str, title: str) -> str:
    return f"case/n-{digest(normalise(subject), normalise(title))}"


def award_id(case: str) -> str:
    """The award of an award-entry case shares its id: ``case/e1-best-06`` → ``award/e1-best-06``."""
    return "award/" + case.removeprefix("case/")


def edition_id(edition: int) -> str:
    return f"edition/{edition}"


def region_id(code: str) -> str:
    return f"region/{code}"


def domain_id(code: str) -> str:
    return f"domain/{code}"


def mechanism_id(slug: str) -> str:
    return f"mechanism/{slug}"


def family_id(slug: str) -> str:
    return f"family/{slug}"


def practice_id(name: str) -> str:
    """A practice node's id from its normalised name: ``practice/<sha1-10>``."""
    return f"practice/{digest(normalise(name))}"
