"""The compiled rules and catalogue: immutable objects shared by every request."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .conditions import Condition, FieldSpec

SUPPORT_TYPES = (
    "workshop", "advisory", "trade_mission", "trade_fair", "fund", "b2b_matchmaking", "online_tool", "consortium",
)  # fmt: skip
SCOPES = ("regional", "national", "eu")


@dataclass(frozen=True)
class Rule:
    """Rules → needs: when the condition holds, the needs get these weights."""

    id: str
    when: Condition
    needs: dict[str, float]
    because: str
    exclude: frozenset[str]
    region: str | None  # None for common rules
    where: str  # file:line


@dataclass(frozen=True)
class Eligibility:
    """Who an offering is open to; empty tuples and None mean no restriction."""

    sizes: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_until: date | None = None
    when: Condition | None = None


@dataclass(frozen=True)
class Offering:
    """One support offering of a region's catalogue (or EU-wide)."""

    id: str
    region: str  # a region id, or "eu"
    scope: str
    type: str
    provider: dict[str, str]  # a proper name is the same in every language
    title: dict[str, str]
    description: dict[str, str]
    needs: tuple[str, ...]
    eligibility: Eligibility
    cost: dict[str, str]
    link: str
    source: str
    last_verified: date | None
    sample: bool
    where: str

    def is_current(self, on: date) -> bool:
        """True when `on` lies within the offering's validity dates."""
        e = self.eligibility
        return (e.valid_from is None or e.valid_from <= on) and (e.valid_until is None or on <= e.valid_until)


@dataclass(frozen=True, eq=False)
class Ruleset:
    """Everything the recommender needs, compiled once; `version` is a content hash."""

    needs: dict[str, str]  # need id → English label
    fields: dict[str, FieldSpec]
    rules: tuple[Rule, ...]
    offerings: dict[str, Offering]
    version: str
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Indexed once: every recommendation asks for one region's rules and offerings.
        regions = {o.region for o in self.offerings.values()} | {r.region for r in self.rules if r.region}
        rules = {reg: tuple(r for r in self.rules if r.region in (None, reg)) for reg in regions}
        offers = {reg: tuple(o for o in self.offerings.values() if o.region in (reg, "eu")) for reg in regions}
        object.__setattr__(self, "_rules_by_region", rules)
        object.__setattr__(self, "_offerings_by_region", offers)

    def rules_for(self, region: str) -> tuple[Rule, ...]:
        """Common rules plus the region's own."""
        found: dict[str, tuple[Rule, ...]] = getattr(self, "_rules_by_region")  # noqa: B009 - set in __post_init__
        return found.get(region) or tuple(r for r in self.rules if r.region is None)

    def offerings_for(self, region: str) -> tuple[Offering, ...]:
        """The region's offerings (regional and national) plus EU-wide ones, in file order."""
        found: dict[str, tuple[Offering, ...]] = getattr(self, "_offerings_by_region")  # noqa: B009 - set in __post_init__
        return found.get(region) or tuple(o for o in self.offerings.values() if o.region == "eu")
