"""Access to the data compiled at start-up."""

from __future__ import annotations

from flask import current_app

from .core.questionnaire import Questionnaire


def questionnaire() -> Questionnaire:
    """The diagnosis loaded and validated when the app started."""
    loaded: Questionnaire = current_app.extensions["sme_questionnaire"]
    return loaded
