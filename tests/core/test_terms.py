"""Spotting support types and regions in free text."""

from sme_tool.core.terms import mentioned

TYPES = {"trade_fair": ["Trade fairs", "trade show"], "fund": ["Funding", "grant"]}
TYPES_PL = {"trade_fair": ["Targi"], "fund": ["Finansowanie", "dotacja"]}
REGIONS = {"cantabria": ["Cantabria"], "usti": ["Ústí", "Ústecký kraj"]}


def test_terms_are_found_across_inflection_typos_and_accents():
    assert mentioned("Are there trade fairs for food firms in Cantabria?", "en", TYPES) == ["trade_fair"]
    assert mentioned("any trade fair in cantabira", "en", REGIONS) == ["cantabria"]
    assert mentioned("Czy są dotacje na targi?", "pl", TYPES_PL) == ["fund", "trade_fair"]
    assert mentioned("podpora v Usteckem kraji", "cs", REGIONS) == ["usti"]


def test_nothing_is_found_in_unrelated_text():
    assert mentioned("What is the weather like?", "en", TYPES) == []
    assert mentioned("", "en", REGIONS) == []


def test_the_words_of_a_kind_of_support_can_be_taken_out_of_a_message():
    from sme_tool.core.terms import without_terms

    assert without_terms("Are there trade fairs for food firms?", "en", ["trade fair", "exhibition"]) == (
        "Are there for food firms?"
    )
    assert without_terms("targi dla producentów mebli", "pl", ["targi", "targi branżowe"]) == "dla producentów mebli"
