"""The rules loader refuses broken files with file, line and reason."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from sme_tool.core.catalogue import load_ruleset
from sme_tool.core.yamlsrc import DataError

REAL = Path(__file__).parents[2] / "rules"
RULE = """
  - id: {rid}
    when: {when}
    needs: {needs}
    because: {because}
"""


@pytest.fixture
def tree(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(REAL, target)
    return target


def problems(tree, questionnaire, today=date(2026, 11, 27)):
    with pytest.raises(DataError) as info:
        load_ruleset(tree, questionnaire, today)
    return info.value.problems


def add_rule(tree, **parts):
    values = {
        "rid": "extra",
        "when": "{field: stage, eq: exploring}",
        "needs": "{export_finance: 1}",
        "because": "A reason.",
    } | parts
    with (tree / "common" / "rules.yaml").open("a") as handle:
        handle.write(RULE.format(**values))
    return len((tree / "common" / "rules.yaml").read_text().splitlines()) - 3


def test_the_real_rules_load(questionnaire):
    ruleset = load_ruleset(REAL, questionnaire, date(2026, 11, 27))
    assert len(ruleset.offerings) >= 7 * 12 and ruleset.version


@pytest.mark.parametrize(
    ("parts", "fragment"),
    [
        ({"when": "{field: shoe_size, gt: 40}"}, "unknown field 'shoe_size'"),
        ({"when": "{field: stage, eq: dreaming}"}, "unknown value(s) dreaming"),
        ({"when": "{field: score.finance, lt: 0}"}, "can never be true"),
        ({"needs": "{happiness: 1}"}, "unknown need 'happiness'"),
        ({"needs": "{export_finance: 0}"}, "must be a number above 0"),
        ({"because": "'Your score is %(score.luck)s.'"}, "placeholder %(score.luck)s is not a declared fact"),
        ({"rid": "weak_finance"}, "duplicate rule id 'weak_finance'"),
    ],
)
def test_broken_rules_are_refused_with_file_and_line(tree, questionnaire, parts, fragment):
    line = add_rule(tree, **parts)
    found = problems(tree, questionnaire)
    match = [p for p in found if fragment in p]
    assert match, found
    path, number, _reason = match[0].split(":", 2)
    assert path.endswith("common/rules.yaml") and abs(int(number) - line) <= 2


def test_an_offering_in_the_wrong_region_is_refused(tree, questionnaire):
    text = (tree / "molise" / "offerings.yaml").read_text().replace("region: molise", "region: kent", 1)
    (tree / "molise" / "offerings.yaml").write_text(text)
    assert any("says region 'kent' but lies in the folder of 'molise'" in p for p in problems(tree, questionnaire))


def test_an_offering_with_an_unknown_need_or_type_is_refused(tree, questionnaire):
    path = tree / "cantabria" / "offerings.yaml"
    text = path.read_text().replace("type: consortium", "type: picnic", 1)
    path.write_text(text)
    found = problems(tree, questionnaire)
    assert any("cantabria/offerings.yaml:" in p and "type must be one of" in p for p in found)


def test_a_region_without_a_catalogue_is_refused(tree, questionnaire):
    (tree / "usti" / "offerings.yaml").unlink()
    assert any("usti/offerings.yaml:0: the region has no catalogue" in p for p in problems(tree, questionnaire))


def test_expired_offerings_are_warnings_not_errors(questionnaire):
    ruleset = load_ruleset(REAL, questionnaire, date(2040, 1, 1))
    assert ruleset.warnings and all("ended on" in w for w in ruleset.warnings)


def test_the_version_changes_with_the_content(tree, questionnaire):
    before = load_ruleset(tree, questionnaire, date(2026, 11, 27)).version
    add_rule(tree, rid="another_rule")
    assert load_ruleset(tree, questionnaire, date(2026, 11, 27)).version != before
