"""The questionnaire loader rejects broken files with file, line and reason."""

import textwrap

import pytest

from sme_tool.core.questionnaire import BARRIERS, DIMENSIONS, load_questionnaire
from sme_tool.core.yamlsrc import DataError

HEADER = (
    """
id: t
version: "1"
title: T
dimensions:
"""
    + "".join(f"  - {{id: {d}, label: L, strength: S, advice: A}}\n" for d in DIMENSIONS)
    + """
barriers:
"""
    + "".join(f"  - {{id: {b}, label: B}}\n" for b in BARRIERS)
    + """
bands: [{id: low, min: 0, label: Low, meaning: M}, {id: high, min: 50, label: High, meaning: M}]
stages: [{id: any, label: Any, meaning: M}]
pathway: [{id: plan, step: 4, label: Plan, reason: R}]
sections:
  - id: s1
    title: S1
    questions:
"""
)


def write(tmp_path, questions: str):
    path = tmp_path / "q.yaml"
    path.write_text(HEADER + textwrap.indent(textwrap.dedent(questions), "      "))
    return path


def problems(tmp_path, questions: str) -> list[str]:
    with pytest.raises(DataError) as info:
        load_questionnaire(write(tmp_path, questions))
    return info.value.problems


GOOD = """
- id: gate
  type: yesno
  label: Gate?
- id: q1
  type: single
  label: Q1
  dimension: commitment
  show_if: {field: gate, eq: "yes"}
  options: [{value: a, label: A, score: 0}, {value: b, label: B, score: 4}]
"""


def test_a_good_file_loads(tmp_path):
    qn = load_questionnaire(write(tmp_path, GOOD))
    assert list(qn.questions) == ["gate", "q1"]
    assert qn.content_hash and qn.versions["questionnaire"] == "t@1"


def test_the_real_questionnaire_loads(questionnaire):
    scored = [q for q in questionnaire.questions.values() if q.dimension]
    assert 35 <= len(scored) <= 50
    for dim in DIMENSIONS:
        unconditional = [q for q in scored if q.dimension == dim and q.show_if is None]
        assert len(unconditional) >= 3, dim
    assert questionnaire.sections[0].id == "profile" and questionnaire.sections[-1].id == "barriers"


@pytest.mark.parametrize(
    ("questions", "fragment"),
    [
        ("- {id: q1, type: slider, label: Q}", "unknown type 'slider'"),
        ("- {id: q1, type: yesno, label: Q}\n- {id: q1, type: yesno, label: Q}", "duplicate question id 'q1'"),
        (
            "- id: q1\n  type: single\n  label: Q\n  dimension: commitment\n"
            "  options: [{value: a, label: A}, {value: b, label: B, score: 1}]",
            "option 'a' needs a score",
        ),
        (
            "- id: q1\n  type: yesno\n  label: Q\n  show_if: {field: q2, eq: 'yes'}\n- {id: q2, type: yesno, label: Q}",
            "unknown field 'q2'",
        ),
        ("- id: q1\n  type: yesno\n  label: Q\n  show_if: {field: nowhere, eq: 'yes'}", "unknown field 'nowhere'"),
        (
            "- id: q1\n  type: single\n  label: Q\n  dimension: commitment\n"
            "  options: [{value: a, label: A, score: 0}, {value: b, label: B, score: 4}]\n"
            "- id: q2\n  type: yesno\n  label: Q\n  show_if: {field: q1, eq: a}",
            "may not depend on the scored question",
        ),
        ("- {id: q1, type: yesno, label: Q, dimension: nowhere}", "unknown dimension"),
        ("- {id: q1, type: yesno, label: Q, colour: red}", "unknown key 'colour'"),
        ("- {id: q1, type: scale, label: Q, min: 5, max: 1, low: L, high: H}", "min < max"),
        ("- {id: q1, type: scale, label: Q, min: 1, max: 5, low: L, high: H, unknown_low: maybe}", "true or false"),
        (
            "- {id: q1, type: single, label: Q, unit: people, options: [{value: a, label: A}, {value: b, label: B}]}",
            "a unit needs options with a range",
        ),
        (
            "- {id: q1, type: multi, label: Q, dimension: skills,"
            " options: [{value: a, label: A, score: 1}, {value: b, label: B, score: 2}]}",
            "max_score",
        ),
        (
            "- {id: q1, type: multi, label: Q, options: [{value: a, label: A, home: true}, {value: b, label: B}]}",
            "'home: true' is for one option of a single question",
        ),
        (
            "- {id: q1, type: single, label: Q,"
            " options: [{value: a, label: A, home: true}, {value: b, label: B, home: true}]}",
            "'home: true' is for one option of a single question",
        ),
        (
            "- {id: q1, type: single, label: Q, options: [{value: a, label: A, parts: 3}, {value: b, label: B}]}",
            "'parts' must be 0, 1 or 2",
        ),
        ("- {id: Q-1, type: yesno, label: Q}", "must be snake_case"),
        ("- {id: q1, type: yesno}", "'label' must be a non-empty text"),
    ],
)
def test_broken_questions_are_rejected_with_line(tmp_path, questions, fragment):
    found = problems(tmp_path, questions)
    assert any(fragment in p for p in found), found
    assert all(p.startswith(str(tmp_path / "q.yaml") + ":") for p in found)
    line = int(found[0].split(":")[1])
    assert line > HEADER.count("\n"), "the line points into the questions, not the header"


def test_invalid_yaml_names_the_line(tmp_path):
    path = tmp_path / "q.yaml"
    path.write_text("id: t\nsections: [\n  - oops: : :\n")
    with pytest.raises(DataError) as info:
        load_questionnaire(path)
    assert "invalid YAML" in str(info.value)
    assert f"{path}:3:" in str(info.value)


def test_duplicate_keys_are_rejected(tmp_path):
    path = tmp_path / "q.yaml"
    path.write_text("id: t\nid: u\n")
    with pytest.raises(DataError, match="duplicate key 'id'"):
        load_questionnaire(path)
