"""Benchmark: rules + matching for one assessment, on the real rules and on a synthetic large set.

Prints its figures; run with `make bench`. Targets (issue 3): p95 <= 2 ms with all
seven regions loaded; p95 <= 10 ms with 1,000 rules and 2,000 offerings.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))
sys.path.insert(0, str(Path(__file__).parent))

from measure import report, timed

from sme_tool.core.catalogue import load_ruleset
from sme_tool.core.conditions import parse_condition
from sme_tool.core.questionnaire import load_questionnaire
from sme_tool.core.recommend import facts_for, recommend
from sme_tool.core.regions import REGION_IDS
from sme_tool.core.ruleset import SUPPORT_TYPES, Eligibility, Offering, Rule, Ruleset
from sme_tool.core.scoring import score
from tests.conftest import QUESTIONNAIRE_PATH, middle_answers

DAY = date(2026, 11, 27)


def synthetic(rng: random.Random, rules: int, offerings: int, fields: list[str], needs: list[str]) -> Ruleset:
    """A large random ruleset of the same shape as the real one."""
    made_rules = []
    for i in range(rules):
        parts = [{"field": rng.choice(fields), "lt": rng.randint(20, 80)} for _ in range(rng.randint(1, 3))]
        made_rules.append(Rule(f"r{i}", parse_condition({"all": parts}), {rng.choice(needs): rng.randint(1, 4)},
                               "Because.", frozenset(), None, "x:1"))  # fmt: skip
    made = {}
    for i in range(offerings):
        sizes = rng.choice([(), ("micro", "small"), ("small", "medium")])
        made[f"o{i}"] = Offering(f"o{i}", "molise", "regional", rng.choice(SUPPORT_TYPES), {"en": "P"}, {"en": "t"},
                                 {"en": "d"}, tuple(rng.sample(needs, 2)), Eligibility(sizes=sizes), {},
                                 "https://x", "https://x", DAY, False, "x:1")  # fmt: skip
    return Ruleset({n: n for n in needs}, {}, tuple(made_rules), made, "synthetic")


def main() -> None:
    """Run the measurements and print them."""
    qn = load_questionnaire(QUESTIONNAIRE_PATH)
    start = time.perf_counter()
    ruleset = load_ruleset(Path(__file__).parents[1] / "rules", qn, DAY)
    print(
        f"load + check all rules files: {(time.perf_counter() - start) * 1000:.1f} ms "
        f"({len(ruleset.rules)} rules, {len(ruleset.offerings)} offerings)"
    )
    samples = []
    for region in REGION_IDS:
        answers = middle_answers(qn, region, export_status="regular", current_markets=["eu_single_market"])
        facts = facts_for(qn, answers, region, score(qn, answers, region))
        samples += timed(lambda facts=facts, region=region: recommend(ruleset, facts, region, DAY), 300)
    report("recommend, real rules, all 7 regions", samples)

    rng = random.Random(7)  # noqa: S311 - reproducible synthetic data, not security
    dims = [f"score.{d.id}" for d in qn.dimensions]
    big = synthetic(rng, 1000, 2000, dims, list(ruleset.needs))
    answers = middle_answers(qn, "molise")
    facts = facts_for(qn, answers, "molise", score(qn, answers, "molise"))
    report(
        "recommend, synthetic 1,000 rules / 2,000 offerings", timed(lambda: recommend(big, facts, "molise", DAY), 300)
    )


if __name__ == "__main__":
    main()
