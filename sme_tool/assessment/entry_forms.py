"""Small fixed forms of the journey: start, resume, change region, delete."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, RadioField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length

from ..core.regions import REGION_IDS
from ..i18n import _l
from .messages import REGION_NAMES


def _region_field() -> RadioField:
    return RadioField(
        _l("Where is your company based?"),
        choices=[SelectChoice(rid, REGION_NAMES[rid]) for rid in REGION_IDS],
        validators=[InputRequired(message=_l("Choose the region where your company is based."))],
        validate_choice=False,
    )


class StartForm(FlaskForm):
    """Region and the optional consent to anonymised statistics."""

    region = _region_field()
    consent = BooleanField(_l("Yes, my answers may be used in anonymised regional statistics"))


class RegionForm(FlaskForm):
    """Change the region of an assessment in progress."""

    region = _region_field()


class ResumeForm(FlaskForm):
    """Open an assessment with its resume code."""

    code = StringField(
        _l("Resume code"),
        validators=[
            InputRequired(message=_l("Enter your resume code, for example K7QM-3XPA.")),
            Length(max=32, message=_l("A resume code has 8 characters, for example K7QM-3XPA.")),
        ],
        render_kw={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"},
    )


class DeleteForm(FlaskForm):
    """Delete an assessment: the resume code and an explicit confirmation."""

    code = ResumeForm.code
    confirm = BooleanField(
        _l("I understand that my answers and results will be deleted for good"),
        validators=[InputRequired(message=_l("Tick the box to confirm that you want to delete your data."))],
    )


def region_is_valid(value: str | None) -> bool:
    """True for one of the seven region ids."""
    return value in REGION_IDS
