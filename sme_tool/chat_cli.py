"""`flask chat eval`: the matcher's figures per language on the dev sets, thresholds tuned honestly."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path

import click
import yaml
from babel.support import Translations
from flask.cli import AppGroup

from .config import Config
from .core.answermap import labels_for, load_answer_data
from .core.evaluation import AnswerCase, DevCase, Report, evaluate, evaluate_mapping, tune
from .core.knowledge import Knowledge, load_knowledge
from .core.matcher import Thresholds
from .core.questionnaire import load_questionnaire
from .core.yamlsrc import load_yaml

chat_cli = AppGroup("chat", help="The chatbot's knowledge base and its evaluation.")
LANGUAGES = ("en", "fr", "de", "it", "es", "pl", "cs")
EXTRA_SETS = (
    "extra",
    "extra2",
    "extra3",
    "extra4",
    "extra5",
    "extra6",
    "extra7",
    "extra8",
    "extra9",
    "extra10",
    "extra11",
    "extra12",
    "extra13",
    "extra14",
    "extra15",
    "extra16",
    "extra17",
    "extra18",
    "extra20",
)  # further development sets, each written apart from the reader and others
DEV_YEAR = 2026  # "since 2014" in the dev sets is counted from this year


def knowledge_dir() -> Path:
    """Where the knowledge base lives (SME_KNOWLEDGE_DIR or the package's folder)."""
    return Path(os.environ.get("SME_KNOWLEDGE_DIR", Config.KNOWLEDGE_DIR))


def translator(folder: str | Path) -> Callable[[str, str], str]:
    """(text, language) → the text from the compiled catalogues (English when none is compiled)."""
    catalogues = {lang: Translations.load(str(folder), [lang]) for lang in LANGUAGES}
    return lambda text, lang: catalogues[lang].gettext(text) if lang in catalogues else text


def load_default(thresholds_by_lang: dict[str, Thresholds] | None = None) -> Knowledge:
    """The knowledge base with the needs vocabulary of the rules folder and the answers in every language."""
    rules = Path(os.environ.get("SME_RULES_DIR", Config.RULES_DIR))
    needs = {n["id"] for n in load_yaml(rules / "needs.yaml")["needs"]}
    translate = translator(Path(Config.QUESTIONNAIRE).parents[1] / "translations")
    return load_knowledge(knowledge_dir(), needs, LANGUAGES, thresholds_by_lang, translate)


def dev_cases(lang: str) -> list[DevCase]:
    """The dev set of a language: `dev/<lang>.yaml`, a list of {q, item} (item null = out of scope)."""
    path = knowledge_dir() / "dev" / f"{lang}.yaml"
    if not path.exists():
        return []
    return [DevCase(str(c["q"]), c.get("item")) for c in load_yaml(path)["cases"]]


def cross_validated(knowledge: Knowledge, lang: str, cases: list[DevCase]) -> Report:
    """Tune on one half, measure on the other, both ways; the figures are the average."""
    halves = (cases[0::2], cases[1::2])
    reports = [evaluate(knowledge.matcher, lang, halves[1 - i], tune(knowledge.matcher, lang, halves[i]).thresholds)
               for i in (0, 1)]  # fmt: skip
    confused = tuple(sorted({*reports[0].confused, *reports[1].confused}, key=lambda c: -c[2]))[:8]
    return Report(lang, len([c for c in cases if c.item_id]), len([c for c in cases if not c.item_id]),
                  (reports[0].top1 + reports[1].top1) / 2, (reports[0].top3 + reports[1].top3) / 2,
                  (reports[0].rejection + reports[1].rejection) / 2, confused,
                  tune(knowledge.matcher, lang, cases).thresholds)  # fmt: skip


@chat_cli.command("eval", with_appcontext=False)
@click.option("--write", is_flag=True, help="Write the thresholds tuned on the whole dev sets to thresholds.yaml.")
@click.option(
    "--misses",
    is_flag=True,
    help="List the free-text answers read wrongly (development data only: the even half and dev/extra*/).",
)
def eval_chat(write: bool, misses: bool) -> None:
    """Per language: top-1 and top-3 accuracy, out-of-scope rejection and the confused pairs."""
    knowledge = load_default()
    tuned: dict[str, dict[str, float]] = {}
    for lang in LANGUAGES:
        cases = dev_cases(lang)
        if not cases:
            click.echo(f"{lang}: no dev set")
            continue
        r = cross_validated(knowledge, lang, cases)
        click.echo(
            f"{lang}: top-1 {r.top1:.1%}  top-3 {r.top3:.1%}  out-of-scope rejection {r.rejection:.1%}  "
            f"(in scope {r.in_scope}, out of scope {r.out_of_scope}; 2-fold cross-validated; "
            f"thresholds on all: minimum {r.thresholds.minimum:.2f}, margin {r.thresholds.margin:.2f})"
        )
        for expected, given, count in r.confused:
            click.echo(f"    confused {expected} → {given} ({count})")
        tuned[lang] = {"minimum": r.thresholds.minimum, "margin": r.thresholds.margin}
    for line in mapping_lines(verbose=misses):
        click.echo(line)
    if write:
        path = knowledge_dir() / "thresholds.yaml"
        path.write_text("# Written by `flask chat eval --write` from the dev sets.\n" + yaml.safe_dump(tuned))
        click.echo(f"wrote {path}")


def mapping_lines(verbose: bool) -> list[str]:
    """The free-text answer figures per language, on the whole dev set and on its held-out half.

    The reader was developed looking only at the misses of the even-numbered cases and of the
    extra development sets (dev/extra*/); the odd-numbered half and the sealed test set (test/,
    whose misses are never printed) are the honest figures for unseen replies.
    """
    qn = load_questionnaire(Config.QUESTIONNAIRE)
    folder = knowledge_dir() / "diagnosis"
    data = load_answer_data(folder, qn, LANGUAGES)
    translate = translator(Path(Config.QUESTIONNAIRE).parents[1] / "translations")
    lines = []
    for lang in LANGUAGES:
        path = folder / "dev" / f"{lang}.yaml"
        if not path.exists():
            lines.append(f"{lang}: free-text answers: no dev set")
            continue
        cases, extras = _answer_cases(path), [_answer_cases(folder / "dev" / d / f"{lang}.yaml") for d in EXTRA_SETS]
        reader = data.reader(lang, labels_for(qn, partial(_flip, translate, lang)))
        whole = evaluate_mapping(reader, qn, cases, DEV_YEAR)
        held_out = evaluate_mapping(reader, qn, cases[1::2], DEV_YEAR)
        more = "".join(f", dev/{name} {evaluate_mapping(reader, qn, extra, DEV_YEAR).mapped:.1%}"
                       for name, extra in zip(EXTRA_SETS, extras, strict=True) if extra)  # fmt: skip
        sealed = _answer_cases(folder / "test" / f"{lang}.yaml")  # figures only: its misses are never shown
        if sealed:
            tested = evaluate_mapping(reader, qn, sealed, DEV_YEAR)
            more += (f", sealed test set {tested.mapped:.1%}, {tested.accepted_wrong} accepted wrongly, "
                     f"{tested.rejected:.0%} of its non-answers not accepted")  # fmt: skip
        lines.append(
            f"{lang}: free-text answers read right {whole.mapped:.1%} (held-out half {held_out.mapped:.1%}{more}), "
            f"accepted without asking {whole.accepted_right:.1%}, accepted wrongly {whole.accepted_wrong}, "
            f"non-answers not accepted {whole.rejected:.1%} ({whole.answers} answers, {whole.non_answers} non-answers)"
        )
        if verbose:  # the misses of the development data only: the held-out half stays unseen
            developed = evaluate_mapping(reader, qn, [*cases[0::2], *(c for e in extras for c in e)], DEV_YEAR)
            lines += [f"    missed {q}: {text!r} → {got}" for q, text, got in developed.misses]
    return lines


def _answer_cases(path: Path) -> list[AnswerCase]:
    if not path.exists():
        return []
    return [AnswerCase(str(c["q"]), str(c["a"]), c.get("expect")) for c in load_yaml(path)["cases"]]


def _flip(translate: Callable[[str, str], str], lang: str, text: str) -> str:
    return translate(text, lang)


def thresholds() -> dict[str, Thresholds]:
    """The tuned thresholds, per language (defaults where none were tuned)."""
    path = knowledge_dir() / "thresholds.yaml"
    raw = load_yaml(path) if path.exists() else {}
    return {lang: Thresholds(float(v["minimum"]), float(v["margin"])) for lang, v in (raw or {}).items()}


@chat_cli.command("misses")
@click.option("--locale", help="Only this language.")
@click.option("--limit", default=50, show_default=True)
def list_misses(locale: str | None, limit: int) -> None:
    """Questions the bot could not answer, most frequent first (kept 90 days, personal data masked)."""
    from .chat.services import unanswered
    from .db import get_session

    rows = unanswered(get_session(), locale, limit)
    if not rows:
        click.echo("no unanswered questions")
    for row in rows:
        click.echo(f"{row.count:5d}  {row.locale}  {row.region or '-':<18}  {row.last_seen:%Y-%m-%d}  {row.text}")
