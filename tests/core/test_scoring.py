"""Scoring properties on the real questionnaire."""

import pytest

from sme_tool.core.answers import applicable_questions, validate_answers
from sme_tool.core.regions import REGION_IDS
from sme_tool.core.scoring import question_points, score
from tests.conftest import best_answers, worst_answers

PROFILES = [
    {},
    {"export_status": "never", "offer_type": ["digital"], "target_markets": ["undecided"], "online_sales": "none"},
    {
        "export_status": "occasional",
        "current_markets": ["north_america"],
        "target_markets": ["beyond_eu"],
        "offer_type": ["physical_goods", "digital", "in_person_services"],
        "size_band": "micro",
    },
]


@pytest.mark.parametrize("region", REGION_IDS)
@pytest.mark.parametrize("profile", PROFILES)
def test_best_answers_give_the_top_band_and_worst_the_bottom(questionnaire, region, profile):
    best = score(questionnaire, best_answers(questionnaire, region, **profile), region)
    worst = score(questionnaire, worst_answers(questionnaire, region, **profile), region)
    assert best.band.id == questionnaire.bands[-1].id and best.overall == 100
    assert worst.band.id == questionnaire.bands[0].id and worst.overall < 10
    assert all(v == 100 for v in best.scores.values())
    assert worst.pathway.step == 1


def test_complete_answer_sets_are_valid(questionnaire):
    for region in REGION_IDS:
        for profile in PROFILES:
            answers = best_answers(questionnaire, region, **profile)
            clean, errors = validate_answers(questionnaire, answers, region)
            assert errors == [] and clean == answers


def _better_options(question, value):
    """Answers to `question` that score more than `value`."""
    current = question_points(question, value)
    if current is None:
        return []
    candidates = []
    if question.type in ("single",):
        candidates = [o.value for o in question.options]
    elif question.type == "yesno":
        candidates = ["yes", "no"]
    elif question.type == "scale":
        candidates = list(range(int(question.min), int(question.max) + 1))
    elif question.type == "number":
        candidates = [int(t) for t, _ in question.scoring]
    elif question.type == "multi":
        candidates = [[o.value] for o in question.options if not o.exclusive]
    return [c for c in candidates if (question_points(question, c) or (0, 0))[0] > current[0]]


@pytest.mark.parametrize("region", ["kent", "molise"])
def test_improving_one_answer_never_lowers_any_score(questionnaire, region):
    answers = worst_answers(
        questionnaire,
        region,
        export_status="regular",
        current_markets=["asia_pacific"],
        offer_type=["physical_goods", "digital"],
    )
    base = score(questionnaire, answers, region)
    checked = 0
    for question in applicable_questions(questionnaire, answers, region):
        for better in _better_options(question, answers.get(question.id)):
            improved = score(questionnaire, {**answers, question.id: better}, region)
            assert improved.overall >= base.overall, question.id
            for dim, value in base.scores.items():
                assert (improved.scores[dim] or 0) >= (value or 0), (question.id, dim)
            assert (
                improved.scores[question.dimension] > base.scores[question.dimension]
                or improved.scores[question.dimension] == 100
            )
            checked += 1
    assert checked > 30


def test_answering_a_branch_changes_only_its_own_dimension(questionnaire):
    region = "cantabria"
    never = best_answers(questionnaire, region, export_status="never")
    regular = best_answers(questionnaire, region, export_status="regular")
    branch_dims = {
        q.dimension
        for q in questionnaire.questions.values()
        if q.show_if is not None and q.dimension and (q.id in never) != (q.id in regular)
    }
    mixed = dict(regular)
    for qid in set(regular) - set(never):  # answer the exporters' branch badly
        worst = worst_answers(questionnaire, region, export_status="regular")
        mixed[qid] = worst[qid]
    before, after = score(questionnaire, regular, region), score(questionnaire, mixed, region)
    for dim in before.scores:
        if dim not in branch_dims:
            assert before.scores[dim] == after.scores[dim], dim
    assert any(before.scores[d] != after.scores[d] for d in branch_dims)


def test_a_skipped_branch_never_counts_against_the_firm(questionnaire):
    region = "usti"
    goods = best_answers(questionnaire, region, offer_type=["physical_goods"])
    digital = best_answers(questionnaire, region, offer_type=["digital"])
    assert score(questionnaire, goods, region).scores == score(questionnaire, digital, region).scores


def test_stage_follows_export_history(questionnaire):
    def stage(**profile):
        return score(questionnaire, best_answers(questionnaire, "molise", **profile), "molise").stage.id

    assert stage(export_status="never") == "not_exporting"
    assert stage(export_status="occasional", current_markets=["eu_single_market"]) == "exploring"
    assert stage(export_status="regular", current_markets=["eu_single_market"]) == "eu_exporter"
    assert (
        stage(export_status="regular", current_markets=["eu_single_market", "asia_pacific"]) == "international_exporter"
    )


def test_pathway_reflects_weak_strategy_and_undecided_markets(questionnaire):
    region = "lower-saxony"
    answers = best_answers(questionnaire, region)
    assert score(questionnaire, answers, region).pathway.step == 4
    undecided = best_answers(questionnaire, region, target_markets=["undecided"])
    assert score(questionnaire, undecided, region).pathway.step == 3
    weak = dict(answers)
    worst = worst_answers(questionnaire, region)
    for q in questionnaire.questions.values():
        if q.dimension == "commitment" and q.id in weak:
            weak[q.id] = worst[q.id]
    result = score(questionnaire, weak, region)
    assert result.scores["commitment"] == 0 and result.pathway.step == 2


def test_barriers_are_listed_most_severe_first(questionnaire):
    answers = best_answers(questionnaire, "kent")
    answers["barrier_payment_risk"] = "minor"
    answers["barrier_working_capital"] = "major"
    answers["barrier_tariffs_rules"] = "moderate"
    result = score(questionnaire, answers, "kent")
    assert [b for b, _ in result.barriers] == ["working_capital", "tariffs_rules", "payment_risk"]
