"""The knowledge-base loader and the matcher evaluation."""

import textwrap

import pytest

from sme_tool.core.evaluation import DevCase, evaluate, tune
from sme_tool.core.knowledge import load_knowledge
from sme_tool.core.matcher import Thresholds
from sme_tool.core.yamlsrc import DataError

LANGS = ("en", "fr", "de", "it", "es", "pl", "cs")
ANSWER = "A plain answer of more than fifteen words that tells the firm what to do next and where to look."
TOPIC = f"""
topic: customs
items:
  - id: cus_eori
    questions:
      en: [Do I need an EORI number?, What is an EORI number?, How do I get an EORI number?,
           EORI registration for exporters, eori number customs]
    answer: {ANSWER}
    needs: [customs_compliance]
    links: [{{url: "https://taxation-customs.ec.europa.eu/", label: EU customs}}]
  - id: cus_incoterms
    questions:
      en: [What are Incoterms?, Which Incoterm should I use?, meaning of EXW and DAP,
           Who pays for transport to my buyer?, delivery terms with a foreign customer]
    answer: {ANSWER}
"""
POLISH = """
cus_eori: [Czy potrzebuję numeru EORI?, Co to jest numer EORI?, Jak uzyskać numer EORI?, rejestracja EORI,
           numer eori cło]
"""


def write(tmp_path, topic=TOPIC, polish=POLISH):
    (tmp_path / "customs.yaml").write_text(textwrap.dedent(topic))
    (tmp_path / "questions").mkdir(exist_ok=True)
    (tmp_path / "questions" / "pl.yaml").write_text(textwrap.dedent(polish))
    return tmp_path


def test_items_load_with_their_languages(tmp_path):
    kb = load_knowledge(write(tmp_path), {"customs_compliance"}, LANGS)
    assert set(kb.items) == {"cus_eori", "cus_incoterms"}
    assert set(kb.items["cus_eori"].questions) == {"en", "pl"}
    assert kb.matcher.match("numeru EORI potrzebuję", "pl").item_id == "cus_eori"


@pytest.mark.parametrize(
    ("topic", "polish", "fragment"),
    [
        (TOPIC.replace("needs: [customs_compliance]", "needs: [luck]"), POLISH, "unknown need 'luck'"),
        (TOPIC.replace("eori number customs]", "]"), POLISH, "at least 5 different questions in 'en'"),
        (TOPIC.replace("https://taxation", "http://taxation"), POLISH, "https url"),
        (TOPIC.replace("id: cus_incoterms", "id: cus_eori"), POLISH, "duplicate item id 'cus_eori'"),
        (TOPIC, POLISH.replace("cus_eori:", "cus_nothing:"), "variants for unknown item 'cus_nothing'"),
        (TOPIC.replace(f"answer: {ANSWER}\n    needs", "answer: Too short.\n    needs"), POLISH, "a real answer"),
    ],
)
def test_broken_items_are_refused(tmp_path, topic, polish, fragment):
    with pytest.raises(DataError) as info:
        load_knowledge(write(tmp_path, topic, polish), {"customs_compliance"}, LANGS)
    assert any(fragment in p for p in info.value.problems), info.value.problems


def test_evaluation_counts_accuracy_rejection_and_confusions(tmp_path):
    kb = load_knowledge(write(tmp_path), {"customs_compliance"}, LANGS)
    cases = [DevCase("EORI number for my company", "cus_eori"), DevCase("incoterms EXW DAP", "cus_incoterms"),
             DevCase("who pays the delivery", "cus_incoterms"), DevCase("best pizza in Naples", None),
             DevCase("how tall is the Eiffel tower", None)]  # fmt: skip
    report = evaluate(kb.matcher, "en", cases, Thresholds(0.3, 0.02))
    assert report.in_scope == 3 and report.out_of_scope == 2
    assert report.top3 == 1.0 and report.top1 >= 2 / 3 and report.rejection == 1.0
    tuned = tune(kb.matcher, "en", cases)
    assert tuned.top1 + tuned.rejection >= report.top1 + report.rejection
