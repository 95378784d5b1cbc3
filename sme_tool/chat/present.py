"""The bot's replies as users read them, in their language."""

from __future__ import annotations

from typing import Any

from babel.numbers import format_decimal
from flask import current_app, url_for
from flask_babel import force_locale, get_locale

from ..assessment.messages import REGION_NAMES, answer_error_message
from ..catalogue.present import TYPE_LABELS, offering_view
from ..core.answermap import AnswerReader, labels_for
from ..core.answers import applicable_questions
from ..core.questionnaire import Question, Questionnaire
from ..core.regions import REGIONS
from ..data import questionnaire, ruleset
from ..i18n import _, _l
from .diagnosis import Turn
from .services import Reply

SECTOR_QUESTION = "nace_section"  # the vocabulary of DESIGN.md §4: offerings' sectors are its values


def vocabulary(locale: str) -> dict[str, dict[str, list[str]]]:
    """Words for support types, needs and regions in `locale` (and in English), built once per language and app."""
    built = current_app.extensions.setdefault("sme_chat_vocabulary", {})
    if locale not in built:
        built[locale] = _vocabulary(locale)
    result: dict[str, dict[str, list[str]]] = built[locale]
    return result


def _vocabulary(locale: str) -> dict[str, dict[str, list[str]]]:
    with force_locale(locale):
        types = {t: [str(label)] for t, label in TYPE_LABELS.items()}
        needs = {n: [_(label)] for n, label in ruleset().needs.items()}
        regions = {r.id: [str(REGION_NAMES[r.id]).split(" (")[0], r.name] for r in REGIONS}
    synonyms = current_app.extensions["sme_answer_data"].support_types
    for t in types:
        types[t] += [*synonyms.get(t, {}).get(locale, ()), *synonyms.get(t, {}).get("en", ())]
    with force_locale("en"):
        for t, label in TYPE_LABELS.items():
            types[t].append(str(label))
        for r in REGIONS:
            regions[r.id].append(str(REGION_NAMES[r.id]).split(" (")[0])
    return {"types": types, "needs": needs, "regions": regions}


def offering_cards(ids: list[str], region: str | None) -> list[dict[str, Any]]:
    """Cards for the offerings a reply names (ones removed from the catalogue since are skipped)."""
    rs = ruleset()
    return [offering_view(rs.offerings[o], region or rs.offerings[o].region) for o in ids if o in rs.offerings]


def link_views(links: list[tuple[str, str]]) -> list[dict[str, str]]:
    """Official links with their labels in the current language."""
    return [{"url": url, "label": _(label)} for url, label in links]


def reply_view(reply: Reply) -> dict[str, Any]:
    """The reply's text and the cards and links that go with it."""
    cards = offering_cards(reply.offerings, reply.region)
    region_name = str(REGION_NAMES.get(reply.region or "", ""))
    if reply.intent == "find_support":
        if not reply.region:
            text = _("Which region is your company in? Name it in your question, "
                     "for example: trade fairs in Cantabria.")  # fmt: skip
        elif cards:
            text = _("Here is support in %(region)s that matches your question:", region=region_name)
            text = " ".join([text, *_narrowed(reply)])
        else:
            text = _("I found no offer of this kind in %(region)s. The catalogue of the region lists everything.",
                     region=region_name)  # fmt: skip
    elif reply.answered:
        text = _(reply.text)
    else:
        text = _("I am not sure I understood. I can help with exporting: customs, finance, markets, "
                 "the support in your region and this diagnosis.")  # fmt: skip
    catalogue = (url_for("catalogue.region_catalogue", region=reply.region) if reply.region
                 else url_for("catalogue.index"))  # fmt: skip
    return {
        "text": text, "answered": reply.answered, "intent": reply.intent, "confidence": reply.confidence,
        "suggestions": reply.suggestions, "offerings": cards,
        "links": link_views(reply.links),
        "adviser": None if reply.answered else {"url": catalogue,
                                                "label": _("Contact an export adviser in your region")},
    }  # fmt: skip


def _narrowed(reply: Reply) -> list[str]:
    """How the search was narrowed: to the sectors and the destination the message named."""
    notes = []
    if reply.sectors:
        question = questionnaire().questions.get(SECTOR_QUESTION)
        labels = [_(o.label) for o in question.options if o.value in reply.sectors] if question else []
        notes.append(_("Open to your sector: %(sectors)s.", sectors="; ".join(labels)))
    if reply.countries:
        territories = get_locale().territories if get_locale() else {}
        names = ", ".join(territories.get(code, code) for code in reply.countries)
        notes.append(_("Offers that name %(countries)s come first.", countries=names))
    return notes


def message_error(code: str, limit: int) -> str:
    """A polite answer to a message that cannot be read."""
    if code == "too_long":
        return _("Please keep your question under %(max)s characters.", max=limit)
    return _("Please type a question about exporting.")


def answer_reader(locale: str) -> AnswerReader:
    """The reader of free-text answers in `locale`, built once per language and process."""

    def labels() -> dict[str, dict[str, str]]:
        with force_locale(locale):
            return labels_for(questionnaire(), lambda text: str(_(text)) if text else "")

    reader: AnswerReader = current_app.extensions["sme_answer_data"].cached_reader(locale, labels)
    return reader


def answer_text(question: Question, value: Any) -> str:
    """An answer as the user reads it: option labels, yes/no or the number."""
    if value is None:
        return _("no answer")
    if question.type == "yesno":
        return _("Yes") if value == "yes" else _("No")
    if question.type == "multi":
        return "; ".join(_(o.label) for o in question.options if o.value in value)
    if question.type == "single":
        option = question.option(value)
        return _(option.label) if option else str(value)
    if question.type == "number" and question.unit:
        return f"{format_decimal(value, locale=str(get_locale()))} {_(question.unit)}"
    return format_decimal(value, locale=str(get_locale())) if isinstance(value, int | float) else str(value)


def _choices(question: Question) -> list[tuple[str, str]]:
    if question.type == "yesno":
        return [("yes", _("Yes")), ("no", _("No"))]
    if question.type in ("single", "multi"):
        return [(o.value, _(o.label)) for o in question.options]
    return []


def _question_lines(turn: Turn, qn: Questionnaire) -> list[str]:
    """The question with its number, help, numbered options and how to answer."""
    question = turn.question
    assert question is not None and turn.assessment is not None
    applying = applicable_questions(qn, turn.assessment.answers, turn.assessment.region)
    ids = [q.id for q in applying]
    number = ids.index(question.id) + 1 if question.id in ids else len(turn.assessment.answers) + 1
    lines = [_("Question %(number)s of %(total)s:", number=number, total=len(ids)) + " " + _(question.label)]
    if question.help and "help" in turn.notes:
        lines.append(_(question.help))
    choices = _choices(question)
    if question.type in ("single", "multi"):
        lines += [f"{i}. {label}" for i, (_value, label) in enumerate(choices, 1)]
        if question.type == "multi":
            lines.append(_("Answer in your own words or with the numbers of the options; you may name several."))
        else:
            lines.append(_("Answer in your own words or with the number of an option."))
    elif question.type == "yesno":
        lines.append(_("Please answer yes or no."))
    elif question.type == "scale":
        lines.append(_("Answer with a number from %(min)s (%(low)s) to %(max)s (%(high)s).", min=int(question.min or 0),
                       low=_(question.low), max=int(question.max or 0), high=_(question.high)))  # fmt: skip
    elif question.type == "number":
        lines.append(_("Answer with a whole number from %(min)s to %(max)s.", min=int(question.min or 0),
                       max=int(question.max or 0)))  # fmt: skip
    if not question.required:
        lines.append(_("This question is optional: write “skip” to leave it out."))
    return lines


NOTES = {
    "region_unclear": _l("I could not tell which region you mean. Please choose one of the seven regions."),
    "yes_no": _l("Please answer yes or no."),
    "lost": _l("Your earlier diagnosis could not be found; it may have been deleted. Let us start a new one."),
    "declined": _l("All right. Please choose one of the options or say it in other words."),
    "first": _l("This is the first question; there is no earlier answer to change."),
    "converted": _l("I converted the amount into euros approximately, at a rough exchange rate."),
    "year": _l("I counted the years from the year you gave."),
    "share": _l("I worked out the share from the figures you gave."),
}


def diagnosis_view(turn: Turn, qn: Questionnaire, faq_answer: str | None = None) -> dict[str, Any]:
    """The reply for one turn of the diagnosis: its text, the buttons to answer with, cards and links."""
    lines: list[str] = []
    if faq_answer:
        lines += [faq_answer, _("Back to the diagnosis:")]
    if turn.code:
        lines.append(_("Your answers are saved as you go. Your resume code is %(code)s: with it you can continue "
                       "later, here or in the form.", code=turn.code))  # fmt: skip
        lines.append(_("You can write “back” to change your last answer, “skip” to leave out an optional question "
                       "and “pause” to stop and continue later."))  # fmt: skip
    if turn.saved:
        lines.append(_("Noted: %(answer)s.", answer=answer_text(*turn.saved)))
    lines += [str(NOTES[n]) for n in turn.notes if n in NOTES]
    choices: list[tuple[str, str]] = []
    multi, offerings, links = False, [], []
    if turn.kind == "region":
        lines.append(_("Let us run the diagnosis here, one question at a time. In which region is your company "
                       "based?"))  # fmt: skip
        choices = [(r.id, str(REGION_NAMES[r.id])) for r in REGIONS]
    elif turn.kind == "consent":
        lines.append(_("May the region use your answers in its anonymised statistics on export barriers, "
                       "without anything that identifies your company? This is optional and does not change "
                       "your result."))  # fmt: skip
        choices = [("yes", _("Yes")), ("no", _("No"))]
    elif turn.kind in ("ask", "reask", "problem", "not_skippable", "confirm") and turn.question is not None:
        question = turn.question
        if turn.kind == "reask" and "declined" not in turn.notes:
            lines.append(_("I could not match your answer to this question. Please choose one of the options "
                           "or say it in other words."))  # fmt: skip
        if turn.kind == "problem" and turn.problem is not None:
            lines.append(answer_error_message(turn.problem, question))
        if turn.kind == "not_skippable":
            lines.append(_("This question is needed for your result, so it cannot be skipped. If you are unsure, "
                           "choose the closest answer."))  # fmt: skip
        if turn.changing is not None:
            lines.append(_("Your answer so far: %(answer)s. Give a new answer, or the same one to keep it.",
                           answer=answer_text(question, turn.changing)))  # fmt: skip
        if turn.kind == "confirm":
            if len(turn.alternatives) > 1 and question.type == "single":
                names = "; ".join(answer_text(question, v) for v in turn.alternatives)
                lines.append(_("Your answer fits more than one option: %(options)s. Which one do you mean?",
                               options=names))  # fmt: skip
                choices = [(v, answer_text(question, v)) for v in turn.alternatives]
            else:
                lines.append(_("I understood: %(answer)s. Is that right? Answer yes or no, or give your answer "
                               "again.", answer=answer_text(question, turn.proposal)))  # fmt: skip
                choices = [("__yes", _("Yes")), ("__no", _("No"))]
        else:
            lines += _question_lines(turn, qn)
            choices, multi = _choices(question), question.type == "multi"
    elif turn.kind == "form" and turn.question is not None:
        lines.append(_("You can continue in the form; your answers so far are kept."))
        links = [(url_for("assessment.section", section_id=turn.question.section), _("Continue in the form"))]
    elif turn.kind == "paused":
        lines.append(_("The diagnosis is paused and your answers are saved. To continue, write “continue the "
                       "diagnosis” here, or open the form."))  # fmt: skip
        if turn.assessment is not None:
            links = [(url_for("assessment.continue_diagnosis"), _("Continue in the form"))]
    elif turn.kind == "done" and turn.assessment is not None and turn.assessment.result:
        result = turn.assessment.result
        band = next((b for b in qn.bands if b.id == result["band"]), None)
        step = next((p for p in qn.pathway if p.id == result["pathway"]), None)
        lines.append(_("Your diagnosis is complete. Your export readiness is %(score)s out of 100: %(band)s.",
                       score=round(result["overall"]), band=_(band.label) if band else result["band"]))  # fmt: skip
        if step:
            lines.append(_("Your next step: %(step)s", step=_(step.label)))
        recommended = [r["offering_id"] for r in (result.get("trace") or {}).get("recommended", [])][:3]
        if recommended:
            lines.append(_("The support in your region that fits you best:"))
            offerings = recommended
        links = [(url_for("assessment.results"), _("See your full results"))]
    return {"lines": lines, "choices": choices, "multi": multi, "offerings": offerings, "links": links,
            "question": turn.question.id if turn.question and turn.kind != "done" else None,
            "step": turn.kind}  # fmt: skip
