"""Access to the data compiled at start-up."""

from __future__ import annotations

from flask import current_app

from .core.questionnaire import Questionnaire
from .core.ruleset import Ruleset


def questionnaire() -> Questionnaire:
    """The diagnosis loaded and validated when the app started."""
    loaded: Questionnaire = current_app.extensions["sme_questionnaire"]
    return loaded


def ruleset() -> Ruleset:
    """The rules and catalogues loaded and checked when the app started."""
    loaded: Ruleset = current_app.extensions["sme_ruleset"]
    return loaded
