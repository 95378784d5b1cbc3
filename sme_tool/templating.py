"""Helpers available in every template."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask_babel import format_date, format_decimal, get_locale
from flask_wtf import FlaskForm

from .data import questionnaire
from .i18n import _


def form_error_list(form: FlaskForm) -> list[dict[str, str]]:
    """The form's errors as error-summary entries (field id, label, message)."""
    entries = []
    for field in form:
        for message in field.errors:
            target = "" if field.type == "CSRFTokenField" else field.id
            entries.append({"field": target, "label": str(field.label.text), "message": str(message)})
    return entries


def number(value: Any) -> str:
    """A number formatted for the current locale."""
    return str(format_decimal(value))


def region_label(region_id: str) -> str:
    """A region's translated name."""
    from .assessment.messages import REGION_NAMES

    return str(REGION_NAMES.get(region_id, region_id))


def barrier_label(barrier_id: str) -> str:
    """A barrier's translated short name."""
    name = questionnaire().barriers.get(barrier_id)
    return _(name) if name else barrier_id


def severity_label(severity: str) -> str:
    """A severity's translated name: the label of the barrier questions' option."""
    question = next(q for q in questionnaire().questions.values() if q.barrier)
    option = question.option(severity)
    return _(option.label) if option else severity


def tr(text: str) -> str:
    """Translate a text from the data files. Unlike Jinja's `_`, never %-formats it."""
    return _(text) if text else ""


def init_app(app: Flask) -> None:
    """Register the helpers."""
    app.add_template_filter(number)
    app.jinja_env.globals.update(
        tr=tr,
        form_error_list=form_error_list,
        region_label=region_label,
        barrier_label=barrier_label,
        severity_label=severity_label,
        format_date=format_date,
        get_locale=get_locale,
    )
