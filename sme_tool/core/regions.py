"""The seven partner regions: stable ids, NUTS codes, home language and country."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    """A partner region. `name` is its own name, not translated."""

    id: str
    name: str
    nuts: str
    country: str
    language: str


REGIONS: tuple[Region, ...] = (
    Region("kent", "Kent", "UKJ4", "GB", "en"),
    Region("molise", "Molise", "ITF2", "IT", "it"),
    Region("usti", "Ústecký kraj", "CZ042", "CZ", "cs"),
    Region("lower-saxony", "Niedersachsen", "DE9", "DE", "de"),
    Region("kujawsko-pomorskie", "Kujawsko-Pomorskie", "PL61", "PL", "pl"),
    Region("nouvelle-aquitaine", "Nouvelle-Aquitaine", "FRI", "FR", "fr"),
    Region("cantabria", "Cantabria", "ES13", "ES", "es"),
)
REGION_IDS: tuple[str, ...] = tuple(r.id for r in REGIONS)
BY_ID: dict[str, Region] = {r.id: r for r in REGIONS}
