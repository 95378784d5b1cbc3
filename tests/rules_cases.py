"""Running the given-profile → expected-offerings cases of rules/**/tests.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sme_tool.core.answers import validate_answers
from sme_tool.core.questionnaire import Questionnaire
from sme_tool.core.recommend import Outcome, facts_for, recommend
from sme_tool.core.ruleset import Ruleset
from sme_tool.core.scoring import score
from sme_tool.core.yamlsrc import load_yaml
from tests.conftest import best_answers, middle_answers, worst_answers

RULES_DIR = Path(__file__).parents[1] / "rules"
BASES = {"best": best_answers, "worst": worst_answers, "middle": middle_answers}
CASE_DAY = date(2026, 11, 27)  # cases run on a fixed day so that validity dates do not make them drift


@dataclass(frozen=True)
class Case:
    """One case of a tests.yaml file."""

    id: str
    where: str
    region: str
    base: str
    answers: dict[str, Any]
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    top: tuple[str, ...]


def load_cases() -> list[Case]:
    """Every case of every rules/**/tests.yaml."""
    cases = []
    for path in sorted(RULES_DIR.rglob("tests.yaml")):
        for node in load_yaml(path)["cases"]:
            expect = node.get("expect", {})
            cases.append(Case(node["id"], f"{path.relative_to(RULES_DIR)}:{node.line}", node["region"],
                              node.get("base", "middle"), dict(node.get("answers", {})),
                              tuple(expect.get("include", [])), tuple(expect.get("exclude", [])),
                              tuple(expect.get("top", []))))  # fmt: skip
    return cases


def run_case(case: Case, qn: Questionnaire, ruleset: Ruleset) -> Outcome:
    """Answer the diagnosis as the case says, score it and recommend."""
    raw = BASES[case.base](qn, case.region, **case.answers)
    answers, errors = validate_answers(qn, raw, case.region)
    assert not errors, f"{case.where}: invalid answers {errors}"
    result = score(qn, answers, case.region)
    return recommend(ruleset, facts_for(qn, answers, case.region, result), case.region, CASE_DAY)
