"""Questionnaire model, loader and validator: the diagnosis is data, checked once at start-up."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .conditions import Condition, ConditionError, FieldSpec, check_fields, comparisons, parse_condition
from .regions import REGION_IDS
from .yamlsrc import DataError, line_of, load_yaml

TYPES = ("single", "multi", "scale", "yesno", "number", "text")
DIMENSIONS = (
    "commitment", "experience", "product", "operations", "finance",
    "skills", "market_knowledge", "marketing", "legal", "planning",
)  # fmt: skip
BARRIERS = (
    "working_capital", "identifying_opportunities", "market_information",
    "contacting_customers", "foreign_representation", "managerial_time", "staff_skills",
    "price_competitiveness", "government_support", "transport_logistics",
    "procedures_paperwork", "tariffs_rules", "payment_risk", "languages_culture",
    "digital_channels",
)  # fmt: skip
SEVERITIES = ("none", "minor", "moderate", "major")
MAX_POINTS = 4
TEXT_LIMIT = 2000


@dataclass(frozen=True)
class Option:
    """One answer option: a stable value, an English label, its points."""

    value: str
    label: str
    score: float | None = None
    na: bool = False
    exclusive: bool = False
    range: tuple[float, float] | None = None  # the quantity the option stands for ("10 to 49" → 10-49)
    countries: tuple[str, ...] = ()  # country groups the option stands for (knowledge/countries.yaml)
    sums: tuple[float, float] | None = None  # the sum of money in euros the option stands for ("small sums")
    home: bool = False  # the firm sells at home only: "only in France", "all our customers are in Kent"
    parts: int | None = None  # how many of the two things a question asks about the option says the firm has (0-2)


@dataclass(frozen=True)
class Question:
    """One question of the diagnosis."""

    id: str
    type: str
    label: str
    section: str
    help: str = ""
    guidance: str = ""
    dimension: str | None = None
    weight: float = 1.0
    required: bool = True
    widget: str = ""
    barrier: str | None = None
    show_if: Condition | None = None
    options: tuple[Option, ...] = ()
    min: float | None = None
    max: float | None = None
    low: str = ""
    high: str = ""
    unknown_low: bool = False  # a scale on which "no idea" means its lowest value ("How well do you know …?")
    unit: str = ""
    max_length: int = TEXT_LIMIT
    max_score: float | None = None
    scores: dict[str, float] = field(default_factory=dict)
    scoring: tuple[tuple[float, float], ...] = ()

    def option(self, value: Any) -> Option | None:
        """The option with this value, if any."""
        return next((opt for opt in self.options if opt.value == value), None)


@dataclass(frozen=True)
class Section:
    """One page of the diagnosis."""

    id: str
    title: str
    intro: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Dimension:
    """A readiness dimension with its weight and the texts shown in results."""

    id: str
    label: str
    weight: float
    strength: str
    advice: str


@dataclass(frozen=True)
class Outcome:
    """A band, a stage or a pathway step: a labelled result chosen by a condition or a threshold."""

    id: str
    label: str
    text: str
    when: Condition | None = None
    min: float = 0.0
    step: int = 0


@dataclass(frozen=True, eq=False)  # identity hash: one compiled object per file version
class Questionnaire:
    """A validated, compiled questionnaire; immutable and shared by all requests."""

    id: str
    version: str
    title: str
    content_hash: str
    dimensions: tuple[Dimension, ...]
    bands: tuple[Outcome, ...]
    stages: tuple[Outcome, ...]
    pathway: tuple[Outcome, ...]
    sections: tuple[Section, ...]
    questions: dict[str, Question]
    barriers: dict[str, str]  # barrier id → short English name

    def section(self, section_id: str) -> Section | None:
        """The section with this id, if any."""
        return next((s for s in self.sections if s.id == section_id), None)

    @property
    def versions(self) -> dict[str, str]:
        """What a stored result records about the questionnaire it was made with."""
        return {"questionnaire": f"{self.id}@{self.version}", "questionnaire_hash": self.content_hash}


def load_questionnaire(path: str | Path) -> Questionnaire:
    """Load, validate and compile a questionnaire file; raise DataError listing every problem."""
    path = Path(path)
    raw = load_yaml(path)
    builder = _Builder(str(path))
    result = builder.build(raw)
    if builder.problems or result is None:
        raise DataError(builder.problems)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return Questionnaire(**{**result, "content_hash": digest})


class _Builder:
    """Walks the raw YAML once, collecting every problem with its line."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.problems: list[str] = []
        self.fields: dict[str, FieldSpec] = {"region": FieldSpec("choice", frozenset(REGION_IDS))}
        self.questions: dict[str, Question] = {}

    def fail(self, node: Any, reason: str, line: int = 0) -> None:
        self.problems.append(f"{self.filename}:{line or line_of(node)}: {reason}")

    def build(self, raw: Any) -> dict[str, Any] | None:
        if not isinstance(raw, dict):
            self.fail(raw, "the file must be a mapping with id, version, dimensions, bands, stages, pathway, sections")
            return None
        for key in ("id", "version", "title", "dimensions", "bands", "stages", "pathway", "sections"):
            if key not in raw:
                self.fail(raw, f"missing top-level key '{key}'")
        if self.problems:
            return None
        dimensions = self.dimensions(raw["dimensions"])
        sections = tuple(self.section(node) for node in self._list(raw["sections"], "sections"))
        self._check_unique(sections, raw["sections"], "section")
        result_fields = dict(self.fields)
        result_fields["overall"] = FieldSpec("number")
        result_fields.update({f"score.{d}": FieldSpec("number") for d in DIMENSIONS})
        bands = self.bands(raw["bands"])
        result_fields["band"] = FieldSpec("choice", frozenset(b.id for b in bands))
        return {
            "id": str(raw["id"]),
            "version": str(raw["version"]),
            "title": str(raw["title"]),
            "dimensions": dimensions,
            "bands": bands,
            "stages": self.outcomes(raw["stages"], "stages", result_fields),
            "pathway": self.outcomes(raw["pathway"], "pathway", result_fields),
            "sections": sections,
            "questions": self.questions,
            "barriers": self.barriers(raw.get("barriers")),
        }

    def _list(self, node: Any, what: str) -> list[Any]:
        if not isinstance(node, list) or not node:
            self.fail(node, f"'{what}' must be a non-empty list")
            return []
        return node

    def _check_unique(self, items: tuple[Any, ...], node: Any, what: str) -> None:
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                self.fail(node, f"duplicate {what} id '{item.id}'")
            seen.add(item.id)

    def _text(self, node: dict[str, Any], key: str, required: bool = True) -> str:
        value = node.get(key, "")
        if (required and not value) or not isinstance(value, str):
            if required or value:
                self.fail(node, f"'{key}' must be a non-empty text")
            return ""
        return value.strip()

    def dimensions(self, node: Any) -> tuple[Dimension, ...]:
        result = []
        for item in self._list(node, "dimensions"):
            weight = item.get("weight", 1)
            if not isinstance(weight, int | float) or weight <= 0:
                self.fail(item, "dimension 'weight' must be a positive number")
            result.append(
                Dimension(
                    str(item.get("id")),
                    self._text(item, "label"),
                    float(weight),
                    self._text(item, "strength"),
                    self._text(item, "advice"),
                )
            )
        ids = [d.id for d in result]
        if sorted(ids) != sorted(DIMENSIONS):
            self.fail(node, f"dimensions must be exactly {', '.join(DIMENSIONS)}; got {', '.join(ids)}")
        return tuple(result)

    def barriers(self, node: Any) -> dict[str, str]:
        names = {str(item.get("id")): self._text(item, "label") for item in self._list(node, "barriers")}
        if sorted(names) != sorted(BARRIERS):
            self.fail(node, f"barriers must name exactly {', '.join(BARRIERS)}")
        return names

    def bands(self, node: Any) -> tuple[Outcome, ...]:
        result = []
        for item in self._list(node, "bands"):
            minimum = item.get("min")
            if not isinstance(minimum, int | float) or not 0 <= minimum <= 100:
                self.fail(item, "band 'min' must be a number from 0 to 100")
                minimum = 0
            result.append(
                Outcome(str(item.get("id")), self._text(item, "label"), self._text(item, "meaning"), min=float(minimum))
            )
        mins = [b.min for b in result]
        if mins and (mins[0] != 0 or mins != sorted(set(mins))):
            self.fail(node, "bands must be in ascending order of 'min', the first with min 0")
        return tuple(result)

    def outcomes(self, node: Any, what: str, fields: dict[str, FieldSpec]) -> tuple[Outcome, ...]:
        items = self._list(node, what)
        result = []
        for index, item in enumerate(items):
            when = None
            if "when" in item:
                when = self.condition(item["when"], fields, item)
            elif index != len(items) - 1:
                self.fail(item, f"only the last entry of '{what}' may omit 'when'")
            if index == len(items) - 1 and "when" in item:
                self.fail(item, f"the last entry of '{what}' must have no 'when' (it is the default)")
            step = item.get("step", 0)
            if what == "pathway" and step not in (1, 2, 3, 4):
                self.fail(item, "pathway 'step' must be 1, 2, 3 or 4")
            text_key = "reason" if what == "pathway" else "meaning"
            result.append(
                Outcome(
                    str(item.get("id")),
                    self._text(item, "label"),
                    self._text(item, text_key),
                    when=when,
                    step=int(step or 0),
                )
            )
        return tuple(result)

    def condition(self, node: Any, fields: dict[str, FieldSpec], owner: Any) -> Condition | None:
        try:
            condition = parse_condition(node, line_of(node, line_of(owner)))
        except ConditionError as exc:
            for problem in exc.problems:
                line, _, reason = problem.partition(": ")
                self.fail(owner, f"condition: {reason}", int(line) if line.isdigit() else 0)
            return None
        for problem in check_fields(condition, fields):
            line, _, reason = problem.partition(": ")
            self.fail(owner, f"condition: {reason}", int(line) if line.isdigit() else 0)
        return condition

    def section(self, node: Any) -> Section:
        questions = []
        for item in self._list(node.get("questions"), "questions"):
            question = self.question(item, str(node.get("id")))
            if question is not None:
                questions.append(question)
        return Section(
            str(node.get("id")), self._text(node, "title"), self._text(node, "intro", required=False), tuple(questions)
        )

    def question(self, node: Any, section_id: str) -> Question | None:
        from .questions import build_question  # split for size: per-type rules live there

        return build_question(self, node, section_id)


def scored_dependencies(questionnaire: Questionnaire) -> set[str]:
    """Question ids that some `show_if` refers to (all must be unscored)."""
    return {
        comp.field for q in questionnaire.questions.values() if q.show_if is not None for comp in comparisons(q.show_if)
    }
