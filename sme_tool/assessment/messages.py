"""User-facing texts for answer errors and regions, translated per request."""

from __future__ import annotations

from ..core.answers import AnswerError
from ..core.questionnaire import Question
from ..i18n import _, _l

REGION_NAMES = {
    "kent": _l("Kent (United Kingdom)"),
    "molise": _l("Molise (Italy)"),
    "usti": _l("Ústí nad Labem Region (Czechia)"),
    "lower-saxony": _l("Lower Saxony (Germany)"),
    "kujawsko-pomorskie": _l("Kujawsko-Pomorskie (Poland)"),
    "nouvelle-aquitaine": _l("Nouvelle-Aquitaine (France)"),
    "cantabria": _l("Cantabria (Spain)"),
}


def answer_error_message(error: AnswerError, question: Question | None) -> str:
    """The message for one answer error, saying how to fix it."""
    code, params = error.code, error.params
    if code == "required":
        qtype = question.type if question else "text"
        if qtype == "multi":
            return _("Choose at least one option.")
        if qtype == "number":
            return _("Enter a number.")
        if qtype == "text":
            return _("Enter an answer.")
        return _("Choose an answer.")
    if code == "exclusive":
        return _("“None of these” and “Not decided yet” cannot be combined with other options.")
    if code == "number":
        return _("Enter a whole number using digits only, for example 12.")
    if code == "whole_number":
        return _("Enter a whole number, without decimals.")
    if code == "range":
        return _("Enter a number from %(min)s to %(max)s.", min=params["min"], max=params["max"])
    if code == "too_long":
        return _("Shorten your answer to %(max)s characters or fewer.", max=params["max"])
    if code == "unknown":
        return _("This question does not exist in the diagnosis.")
    if code == "text":
        return _("Enter your answer as text.")
    return _("Choose one of the options shown.")
