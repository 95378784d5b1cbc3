"""WTForms classes built from the questionnaire: one per section, built once and cached.

Fields carry no validators: the meaning of an answer is checked by `core.answers`, the
same code the API uses. WTForms gives us CSRF, rendering and the typed data kept on errors.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from flask_wtf import FlaskForm
from wtforms import Field, RadioField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.widgets import CheckboxInput, ListWidget

from ..core.questionnaire import Question, Questionnaire, Section
from ..i18n import _l


class CheckboxesField(SelectMultipleField):
    """A group of checkboxes."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class SectionForm(FlaskForm):
    """Base of every section form: CSRF only; answers are checked by core.answers."""

    def answers(self, questions: list[Question]) -> dict[str, Any]:
        """The raw answers of the given questions, as typed."""
        return {q.id: self[q.id].data for q in questions if q.id in self}


def _field(question: Question) -> Field:
    label = _l(question.label)
    if question.type == "multi":
        return CheckboxesField(
            label, choices=[SelectChoice(o.value, _l(o.label)) for o in question.options], validate_choice=False
        )
    if question.type == "single" and question.widget == "select":
        choices = [SelectChoice("", _l("Choose an answer"))] + [
            SelectChoice(o.value, _l(o.label)) for o in question.options
        ]
        return SelectField(label, choices=choices, validate_choice=False)
    if question.type == "single":
        return RadioField(
            label, choices=[SelectChoice(o.value, _l(o.label)) for o in question.options], validate_choice=False
        )
    if question.type == "yesno":
        return RadioField(
            label, choices=[SelectChoice("yes", _l("Yes")), SelectChoice("no", _l("No"))], validate_choice=False
        )
    if question.type == "scale":
        low, high = int(question.min or 0), int(question.max or 0)
        return RadioField(
            label, choices=[SelectChoice(str(v), str(v)) for v in range(low, high + 1)], validate_choice=False
        )
    if question.type == "number":
        return StringField(label, render_kw={"inputmode": "numeric", "autocomplete": "off"})
    return TextAreaField(label, render_kw={"maxlength": question.max_length, "rows": 4})


@cache
def section_form_class(questionnaire: Questionnaire, section_id: str) -> type[SectionForm]:
    """The form class of one section, built once per questionnaire version."""
    section = questionnaire.section(section_id)
    assert section is not None
    attrs = {q.id: _field(q) for q in section.questions}
    return type(f"{section_id.title()}Form", (SectionForm,), attrs)


def section_form(questionnaire: Questionnaire, section: Section, saved: dict[str, Any]) -> SectionForm:
    """A form for one page, bound to the request's data or prefilled from saved answers."""
    cls = section_form_class(questionnaire, section.id)
    prefill = {q.id: _as_form_value(q, saved.get(q.id)) for q in section.questions if q.id in saved}
    return cls(data=prefill)


def _as_form_value(question: Question, value: Any) -> Any:
    if question.type in ("scale", "number"):
        return str(value)
    return value
