"""The chatbot's knowledge base: items with question variants per language, loaded and checked once."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .matcher import Matcher, Thresholds
from .yamlsrc import DataError, line_of, load_yaml

ID_RE = re.compile(r"[a-z][a-z0-9_]{2,63}")
MIN_VARIANTS = 5


@dataclass(frozen=True)
class Item:
    """One thing the chatbot can answer."""

    id: str
    topic: str
    questions: dict[str, tuple[str, ...]]  # language → variants
    answer: str  # English source text, translated with gettext
    needs: tuple[str, ...]
    links: tuple[tuple[str, str], ...]  # (url, English label)
    where: str


@dataclass(frozen=True, eq=False)
class Knowledge:
    """All items and the matcher built over their variants."""

    items: dict[str, Item]
    matcher: Matcher


def load_knowledge(
    folder: str | Path,
    needs: set[str],
    languages: tuple[str, ...],
    thresholds: dict[str, Thresholds] | None = None,
    translate: Callable[[str, str], str] | None = None,  # (English answer, language) → translated answer
) -> Knowledge:
    """Load every topic file of the folder, and the question variants of the other languages
    from `questions/<lang>.yaml`; raise DataError listing every problem."""
    problems: list[str] = []
    items: dict[str, Item] = {}
    extra = _other_languages(Path(folder) / "questions", languages, problems)
    for path in sorted(Path(folder).glob("*.yaml")):
        if path.name == "thresholds.yaml":
            continue
        raw = _load(path, problems)
        for node in raw.get("items", []) if isinstance(raw, dict) else []:
            if isinstance(node, dict) and node.get("id") in extra:
                node["questions"] = {**node.get("questions", {}), **extra.pop(node["id"])}
            item = _item(path, node, str(raw.get("topic", path.stem)), needs, languages, problems)
            if item is not None:
                if item.id in items:
                    problems.append(f"{item.where}: duplicate item id '{item.id}' (also at {items[item.id].where})")
                items[item.id] = item
    problems.extend(f"{where}: variants for unknown item '{iid}'" for iid, where in _unknown(extra))
    if problems:
        raise DataError(problems)
    answers = {lang: {i.id: (translate(i.answer, lang) if translate else i.answer) for i in items.values()}
               for lang in languages if translate or lang == "en"}  # fmt: skip
    matcher = Matcher({i.id: i.questions for i in items.values()}, thresholds, answers)
    return Knowledge(items, matcher)


def _other_languages(folder: Path, languages: tuple[str, ...], problems: list[str]) -> dict[str, Any]:
    """item id → {lang: variants} from questions/<lang>.yaml (one file per language)."""
    found: dict[str, Any] = {}
    for path in sorted(folder.glob("*.yaml")) if folder.exists() else []:
        lang = path.stem
        raw = _load(path, problems)
        if lang not in languages or not isinstance(raw, dict):
            problems.append(f"{path}:1: expected a mapping of item id → questions for a known language")
            continue
        for iid, variants in raw.items():
            found.setdefault(iid, {"_where": f"{path}:{line_of(variants)}"})[lang] = variants
    return found


def _unknown(extra: dict[str, Any]) -> list[tuple[str, str]]:
    return [(iid, str(per_lang.get("_where", "?"))) for iid, per_lang in extra.items()]


def _load(path: Path, problems: list[str]) -> Any:
    try:
        return load_yaml(path)
    except DataError as exc:
        problems.extend(exc.problems)
        return {}


def _item(
    path: Path, node: Any, topic: str, needs: set[str], languages: tuple[str, ...], problems: list[str]
) -> Item | None:
    where = f"{path}:{line_of(node)}"
    iid = node.get("id") if isinstance(node, dict) else None
    if not isinstance(iid, str) or not ID_RE.fullmatch(iid):
        problems.append(f"{where}: item id {iid!r} must be snake_case")
        return None
    before = len(problems)
    questions = node.get("questions")
    if not isinstance(questions, dict) or "en" not in questions:
        problems.append(f"{where}: item '{iid}': 'questions' must give variants per language, at least 'en'")
        questions = {}
    questions = {k: v for k, v in questions.items() if k != "_where"}
    for lang, variants in questions.items():
        if lang not in languages:
            problems.append(f"{where}: item '{iid}': unknown language '{lang}'")
        elif not isinstance(variants, list) or len({str(v).strip() for v in variants}) < MIN_VARIANTS:
            problems.append(f"{where}: item '{iid}': at least {MIN_VARIANTS} different questions in '{lang}'")
    answer = node.get("answer")
    if not isinstance(answer, str) or len(answer.split()) < 15:
        problems.append(f"{where}: item '{iid}': 'answer' must be a real answer (at least 15 words)")
    for need in node.get("needs", []):
        if need not in needs:
            problems.append(f"{where}: item '{iid}': unknown need '{need}'")
    links = []
    for link in node.get("links", []):
        if not isinstance(link, dict) or not str(link.get("url", "")).startswith("https://") or not link.get("label"):
            problems.append(f"{where}: item '{iid}': each link needs an https url and a label")
        else:
            links.append((str(link["url"]), str(link["label"])))
    if len(problems) > before:
        return None
    return Item(iid, topic, {lang: tuple(str(v).strip() for v in vs) for lang, vs in questions.items()},
                " ".join(str(answer).split()), tuple(node.get("needs", [])), tuple(links), where)  # fmt: skip
