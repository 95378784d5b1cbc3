"""Reading free-text answers in the chat's diagnosis (no app: the reader is pure)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.support import Translations

from sme_tool.core.answermap import AnswerData, AnswerReader, _to_float, labels_for, load_answer_data
from sme_tool.core.questionnaire import Questionnaire

ROOT = Path(__file__).parents[2] / "sme_tool"
LANGS = ("en", "fr", "de", "it", "es", "pl", "cs")


@pytest.fixture(scope="module")
def data(questionnaire: Questionnaire) -> AnswerData:
    return load_answer_data(ROOT / "knowledge" / "diagnosis", questionnaire, LANGS)


@pytest.fixture(scope="module")
def readers(questionnaire: Questionnaire, data: AnswerData) -> dict[str, AnswerReader]:
    result = {}
    for lang in LANGS:
        catalogue = Translations.load(str(ROOT / "translations"), [lang])
        result[lang] = data.reader(lang, labels_for(questionnaire, catalogue.gettext))
    return result


def read(readers, questionnaire, lang: str, qid: str, text: str):
    return readers[lang].read(questionnaire.questions[qid], text, 2026)


@pytest.mark.parametrize(("token", "value"), [("1,5", 1.5), ("1.5", 1.5), ("1 500", 1500), ("1.500.000", 1500000),
                                              ("1,500", 1500), ("12", 12), ("2.25", 2.25)])  # fmt: skip
def test_numbers_are_read_as_each_language_writes_them(token, value):
    assert _to_float(token) == value


@pytest.mark.parametrize(("lang", "qid", "text", "value"), [
    ("en", "size_band", "about 35 people", "small"),
    ("de", "size_band", "wir sind 300 Mitarbeiter", "large"),
    ("pl", "turnover_band", "około 1,5 mln euro", "under_2m"),
    ("fr", "turnover_band", "environ 12 millions d'euros", "from_10m_to_50m"),
    ("cs", "export_share", "asi 15 %", "share_10_25"),
    ("it", "years_trading", "dodici", 12),
    ("es", "trade_events", "dos ferias y tres misiones", 5),
    ("en", "trade_events", "none", 0),
    ("de", "export_budget", "ja, klar", "yes"),
    ("cs", "export_budget", "ne", "no"),
    ("en", "export_status", "no, never", "never"),
    ("fr", "market_choice", "2", "not_compared"),
    ("es", "sales_channel", "la primera", "chosen_channel"),
    ("en", "export_priority", "4", 4),
    ("en", "nace_section", "we make wooden furniture", "nace_c"),
    ("pl", "nace_section", "produkujemy meble z drewna", "nace_c"),
])  # fmt: skip
def test_clear_answers_are_accepted(readers, questionnaire, lang, qid, text, value):
    reading = read(readers, questionnaire, lang, qid, text)
    assert (reading.value, reading.status) == (value, "sure")


def test_several_answers_countries_and_none(readers, questionnaire):
    both = read(readers, questionnaire, "en", "current_markets", "Germany, Canada and Japan")
    assert both.value == ["eu_single_market", "north_america", "asia_pacific"]
    assert read(readers, questionnaire, "cs", "current_markets", "do Německa a do USA").value == [
        "eu_single_market", "north_america"]  # fmt: skip
    # Norway and Switzerland count as other European countries in this questionnaire (its help text)
    assert read(readers, questionnaire, "de", "current_markets", "Norwegen und die Schweiz").value == ["europe_non_eu"]
    none = read(readers, questionnaire, "fr", "export_risks", "aucun")
    assert (none.value, none.status) == (["none"], "sure")
    assert read(readers, questionnaire, "en", "offer_type", "1 and 3").value == ["physical_goods",
                                                                                 "in_person_services"]  # fmt: skip


def test_doubtful_answers_are_proposed_not_accepted(readers, questionnaire):
    year = read(readers, questionnaire, "en", "years_trading", "since 2014")
    assert (year.value, year.status, year.note) == (12, "unsure", "year")
    pounds = read(readers, questionnaire, "en", "turnover_band", "about £1m")
    assert pounds.status == "unsure" and pounds.note == "converted"
    several = read(readers, questionnaire, "en", "international_background", "yes")
    assert several.status == "unsure" and set(several.alternatives) == {"several", "one_person"}
    asked_back = read(readers, questionnaire, "es", "customs_setup", "¿qué es un número EORI?")
    assert asked_back.status != "sure"


@pytest.mark.parametrize("text", ["asdfgh", "🙂", "???", "blue", "what's the weather tomorrow"])
def test_nonsense_is_not_taken_for_an_answer(readers, questionnaire, text):
    for qid in ("export_status", "market_choice", "years_trading", "offer_type"):
        assert read(readers, questionnaire, "en", qid, text).status == "none", (qid, text)


def test_out_of_range_numbers_say_so(readers, questionnaire):
    assert read(readers, questionnaire, "en", "years_trading", "500").problem == "range"


def test_asking_for_help_is_not_an_answer(readers, questionnaire):
    assert read(readers, questionnaire, "de", "export_plan", "das verstehe ich nicht").problem == "help"


@pytest.mark.parametrize("lang", LANGS)
def test_the_commands_the_translations_quote_are_understood(readers, lang):
    """The chat tells users to write “skip”, “back”, “pause”, “continue the diagnosis”: in each language's
    words, which the reader must then recognise."""
    catalogue = Translations.load(str(ROOT / "translations"), [lang])
    words = readers[lang].words
    from sme_tool.core.textnorm import plain

    told = catalogue.gettext("You can write “back” to change your last answer, “skip” to leave out an optional "
                             "question and “pause” to stop and continue later.")  # fmt: skip
    quoted = [plain(q) for q in re.findall(r"[“„«»\"]\s*([^“”„«»\"]+?)\s*[”“«»\"]", told)]
    assert len(quoted) == 3, told
    assert [k for k in ("back", "skip", "pause") if not any(words.is_only(k, q) for q in quoted)] == []
    paused = catalogue.gettext("The diagnosis is paused and your answers are saved. To continue, write “continue "
                               "the diagnosis” here, or open the form.")  # fmt: skip
    resume = [plain(q) for q in re.findall(r"[“„«»\"]\s*([^“”„«»\"]+?)\s*[”“«»\"]", paused)]
    assert resume and any(words.is_only("start", q) or any(" " in p and p in q for p in words.lists["start"])
                          for q in resume), paused  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
def test_the_hints_do_not_copy_the_dev_set(questionnaire, lang):
    """The dev set measures replies the reader has not seen: no hint may repeat one of its replies."""
    from rapidfuzz import fuzz

    from sme_tool.core.answermap import load_hints
    from sme_tool.core.textnorm import plain
    from sme_tool.core.yamlsrc import load_yaml

    folder = ROOT / "knowledge" / "diagnosis"
    hints = load_hints(folder / "hints", lang, questionnaire, {})
    replies: dict[str, list[str]] = {}
    for case in load_yaml(folder / "dev" / f"{lang}.yaml")["cases"]:
        replies.setdefault(case["q"], []).append(plain(str(case["a"])))
    copied = [(qid, phrase, reply) for qid, options in hints.items() for phrases in options.values()
              for phrase in map(plain, phrases) for reply in replies.get(qid, [])
              if fuzz.ratio(phrase, reply) >= 90]  # fmt: skip
    assert copied == []
