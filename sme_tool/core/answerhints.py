"""The labels and hint phrases an answer reader compares replies with, per question and option.

Pure: the caller passes the questionnaire, a translation function and the hints folder.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from .answerwords import word
from .questionnaire import Questionnaire
from .yamlsrc import DataError, load_yaml

Hints = dict[str, dict[str, tuple[str, ...]]]  # question id → option value → phrases


def labels_for(questionnaire: Questionnaire, translate: Callable[[str], str]) -> dict[str, dict[str, str]]:
    """Every question's option labels (and a scale's two ends) through `translate`, for an AnswerReader."""
    result: dict[str, dict[str, str]] = {}
    for question in questionnaire.questions.values():
        labels = {o.value: translate(o.label) for o in question.options}
        if question.type == "scale":
            labels.update(low=translate(question.low), high=translate(question.high))
        if labels:
            result[question.id] = labels
    return result


def load_hints(
    folder: str | Path, lang: str, questionnaire: Questionnaire, sectors: Mapping[str, Mapping[str, Sequence[str]]]
) -> Hints:
    """The hints of one language: `hints/<lang>.yaml` (with `_severity` for every barrier
    question) and the sector words for the question whose options are the NACE sections."""
    path = Path(folder) / f"{lang}.yaml"
    raw = (load_yaml(path) or {}) if path.exists() else {}
    hints: dict[str, dict[str, tuple[str, ...]]] = {}
    for question in questionnaire.questions.values():
        node = raw.get("_severity") if question.barrier else raw.get(question.id)
        if isinstance(node, dict):
            hints[question.id] = {word(v): tuple(word(p) for p in phrases or ()) for v, phrases in node.items()}
        values = {o.value for o in question.options}
        if values and values <= {k for k in sectors if not k.startswith("_")}:
            hints[question.id] = {v: tuple(sectors[v].get(lang, ())) for v in values}
    unknown = [q for q in raw if q != "_severity" and q not in questionnaire.questions]
    if unknown:
        raise DataError([f"{path}: unknown questions {', '.join(sorted(map(str, unknown)))}"])
    return hints
