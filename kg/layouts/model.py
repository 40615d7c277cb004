"""Working records of the layout stage (internal to :mod:`kg.layouts`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Competition
from .rules import Tier

__all__ = ["Draft", "State"]


@dataclass(slots=True)
class Draft:
    """An entry as a recogniser read it; offsets are into the document's text."""

    subject: tuple[int, int]
    title: tuple[int, int]
    span: tuple[int, int]
    layout: str
    competition: Competition
    edition: int | None
    year: int | None
    tier: Tier | None
    tier_at: int  # where the tier was printed (-1: none)
    category: str
    rank: int | None  # printed number
    block: int  # index of the block it came from
    also_at: list[tuple[int, int]] = field(default_factory=list)
    more: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # wrapped cell continuations per role
    place: tuple[int, int] | None = None  # a place printed over the entry (临朐县：A村、B村), its context


@dataclass(slots=True)
class State:
    """What the blocks read so far say about the list being read."""

    competition: Competition
    edition: int | None
    year: int | None
    tier: Tier | None = None
    tier_at: int = -1
    category: str = ""
    category_of_tier: bool = False  # the category was printed with the tier (…类一等奖): a tier heading without one ends it
    announced: int | None = None  # the current tier header's count
    announced_at: int = -1
    in_list: bool = False  # a tier header or a competition header has been seen
    units_left: int = 0  # entries the current header's count still allows (bare units are read only while > 0)
    place: tuple[int, int] | None = None  # a group heading by place (光山县（4个）): its entries' context place

    def set_tier(self, tier: Tier | None, at: int, category: str | None = None, announced: int | None = None,
                 place: tuple[int, int] | None = None) -> None:
        self.tier, self.tier_at = tier, at
        self.place = place
        if category is not None:
            self.category = category
        self.announced, self.announced_at = announced, at
        self.units_left = announced or 0
        self.in_list = True
