"""Text normalisation and the FAQ matcher on small hand-made data."""

from sme_tool.core.matcher import Matcher, Thresholds
from sme_tool.core.textnorm import fold, plain, stems


def test_fold_removes_case_accents_and_special_letters():
    assert fold("Łódź ŒUVRE Straße Ústí Ñandú") == "lodz oeuvre strasse usti nandu"
    assert plain("  What's   EXW?!  ") == "what s exw"


def test_stems_join_inflected_forms_in_polish_and_czech():
    assert stems("eksportu", "pl") == stems("eksport", "pl")
    assert stems("veletrhu", "cs")[0] == stems("veletrh", "cs")[0]
    assert stems("Messen", "de") == stems("Messe", "de")


QUESTIONS = {
    "incoterms": {"en": ["What are Incoterms?", "Which delivery terms should I agree with my buyer?",
                         "meaning of EXW FOB DAP"],
                  "pl": ["Co to są reguły Incoterms?", "Jakie warunki dostawy uzgodnić z kupcem?"]},
    "eori": {"en": ["Do I need an EORI number?", "How do I get an EORI number for customs?"],
             "pl": ["Czy potrzebuję numeru EORI?", "Jak uzyskać numer EORI do odprawy celnej?"]},
    "trade_fair": {"en": ["How do I prepare for a trade fair?", "Tips for exhibiting at an international fair"],
                   "pl": ["Jak przygotować się do targów?", "Wystawianie się na targach zagranicznych"]},
}  # fmt: skip


def test_paraphrases_find_their_item_and_the_rest_is_declined():
    matcher = Matcher(QUESTIONS)
    assert matcher.match("what does incoterms mean", "en").item_id == "incoterms"
    assert matcher.match("EORI number needed?", "en").item_id == "eori"
    assert matcher.match("preparing our stand at a trade fair abroad", "en").item_id == "trade_fair"
    declined = matcher.match("What is the weather in Madrid tomorrow?", "en")
    assert declined.item_id is None and declined.ranked


def test_inflection_and_typos_in_polish():
    matcher = Matcher(QUESTIONS)
    assert matcher.match("przygotowanie do targow", "pl").item_id == "trade_fair"  # no accents, other case
    assert matcher.match("numerem EORI odprawa", "pl").item_id == "eori"


def test_margin_declines_ambiguous_questions():
    matcher = Matcher(QUESTIONS, {"en": Thresholds(minimum=0.1, margin=0.9)})
    result = matcher.match("incoterms", "en")
    assert result.item_id is None and result.ranked[0][0] == "incoterms"


def test_empty_and_symbol_only_questions_are_declined():
    matcher = Matcher(QUESTIONS)
    for text in ("", "   ", "?!?", "<script>"):
        assert matcher.match(text, "en").item_id is None


def test_unknown_language_falls_back_to_english():
    assert Matcher(QUESTIONS).match("What are Incoterms?", "xx").item_id == "incoterms"
