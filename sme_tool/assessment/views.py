"""The SME journey: start → sections → results; resume, change region, delete."""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, abort, redirect, render_template, request, session, url_for
from flask_babel import get_locale
from werkzeug.wrappers import Response

from ..catalogue.present import grouped, recommendation_views
from ..catalogue.services import stored_facts
from ..core.answers import applicable_questions
from ..core.conditions import comparisons, to_data
from ..core.scoring import WEAK_BELOW
from ..data import questionnaire, ruleset
from ..db import get_session
from ..extensions import csrf
from ..i18n import _
from . import services
from .entry_forms import DeleteForm, RegionForm, ResumeForm, StartForm, region_is_valid
from .forms import section_form
from .messages import REGION_NAMES, answer_error_message
from .models import Assessment

bp = Blueprint("assessment", __name__)


def _current() -> Assessment | None:
    """The assessment this browser is working on, if any."""
    return services.get_assessment(get_session(), session.get("assessment_id", ""))


def _remember(assessment: Assessment, code: str | None) -> None:
    session.permanent = True
    session["assessment_id"] = assessment.id
    session["region"] = assessment.region
    if code:
        session["resume_code"] = code


def _where_next(assessment: Assessment) -> Response:
    section = services.next_section(questionnaire(), assessment)
    if section is None:
        return redirect(url_for("assessment.results"), code=303)
    return redirect(url_for("assessment.section", section_id=section.id), code=303)


@bp.route("/", methods=["GET", "POST"])
def start() -> Response | tuple[str, int]:
    """Home: what the diagnosis is, region, optional consent; creates the assessment."""
    form = StartForm(region=session.get("region"))
    if form.validate_on_submit() and region_is_valid(form.region.data):
        assessment, code = services.start_assessment(
            get_session(), form.region.data, str(get_locale()), bool(form.consent.data)
        )
        _remember(assessment, code)
        return redirect(url_for("assessment.started"), code=303)
    if form.is_submitted() and not form.errors:
        form.region.errors = [_("Choose the region where your company is based.")]
    status = 400 if form.errors else 200
    return render_template("assessment/start.html", form=form, current=_current(), qn=questionnaire()), status


@bp.route("/started")
def started() -> Response | str:
    """Shows the resume code and link once the assessment exists."""
    assessment = _current()
    if assessment is None or "resume_code" not in session:
        return redirect(url_for("assessment.start"))
    first = services.next_section(questionnaire(), assessment)
    return render_template("assessment/started.html", code=session["resume_code"], first=first)


@bp.route("/diagnosis")
def continue_diagnosis() -> Response:
    """Go to the first unfinished page (or the results)."""
    assessment = _current()
    if assessment is None:
        return redirect(url_for("assessment.resume"))
    return _where_next(assessment)


@bp.route("/diagnosis/<section_id>", methods=["GET", "POST"])
@csrf.exempt  # checked by the form itself, so an expired token re-shows the typed answers
def section(section_id: str) -> Response | tuple[str, int]:
    """One page of the diagnosis; saved on every submit, errors shown with answers kept."""
    qn = questionnaire()
    page = qn.section(section_id)
    if page is None:
        abort(404)
    assessment = _current()
    if assessment is None:
        return redirect(url_for("assessment.resume", expired=1), code=303)
    sections = services.applicable_sections(qn, assessment)
    if page not in sections:
        return _where_next(assessment)
    form = section_form(qn, page, assessment.answers)
    errors: list[dict[str, str]] = []
    if form.is_submitted():
        if not form.validate():  # only the CSRF token is checked here
            message = _("For your security this page expired before it was sent. Your answers are still "
                        "below: please check them and press the button again.")  # fmt: skip
            errors.append({"field": "", "message": message})
        else:
            raw = form.answers(list(page.questions))
            problems = services.save_section(get_session(), qn, ruleset(), assessment, page, raw)
            if not problems:
                return _after_save(assessment, page)
            errors = _show_problems(qn, form, problems)
    return _render_section(qn, assessment, page, form, errors), (400 if errors else 200)


def _show_problems(qn: Any, form: Any, problems: list[Any]) -> list[dict[str, str]]:
    """Attach each problem to its field; return the entries of the error summary."""
    entries = []
    for problem in problems:
        question = qn.questions.get(problem.field)
        message = answer_error_message(problem, question)
        form[problem.field].errors = [message]
        label = _(question.label) if question else problem.field
        entries.append({"field": problem.field, "message": message, "label": label})
    return entries


def _render_section(qn: Any, assessment: Assessment, page: Any, form: Any, errors: list[dict[str, str]]) -> str:
    sections = services.applicable_sections(qn, assessment)
    earlier = {k: v for k, v in assessment.answers.items() if k in qn.questions and qn.questions[k].section != page.id}
    return render_template(
        "assessment/section.html", qn=qn, page=page, form=form, errors=errors, assessment=assessment,
        sections=sections, index=sections.index(page) if page in sections else 0,
        visible=_visible_questions(qn, assessment, page),
        facts_json=json.dumps({"region": assessment.region, **earlier}), code=session.get("resume_code"),
    )  # fmt: skip


def _visible_questions(qn: Any, assessment: Assessment, page: Any) -> list[dict[str, Any]]:
    """Questions to render: those that apply, plus same-page branches (hidden by script)."""
    applying = {q.id for q in applicable_questions(qn, assessment.answers, assessment.region)}
    on_page = {q.id for q in page.questions}
    result = []
    for question in page.questions:
        deps = {c.field for c in comparisons(question.show_if)} if question.show_if else set()
        same_page = bool(deps & on_page)
        if question.id in applying or same_page:
            show_if = json.dumps(to_data(question.show_if)) if same_page and question.show_if else ""
            result.append({"q": question, "conditional": same_page, "show_if_json": show_if})
    return result


def _after_save(assessment: Assessment, page: Any) -> Response:
    if request.form.get("action") == "save_exit":
        return redirect(url_for("assessment.saved"), code=303)
    current = services.applicable_sections(questionnaire(), assessment)
    later = current[current.index(page) + 1 :] if page in current else []
    if later:
        return redirect(url_for("assessment.section", section_id=later[0].id), code=303)
    return _where_next(assessment)


@bp.route("/saved")
def saved() -> Response | str:
    """Confirmation after 'save and come back later', with the code again."""
    if _current() is None:
        return redirect(url_for("assessment.start"))
    return render_template("assessment/saved.html", code=session.get("resume_code"))


@bp.route("/results")
def results() -> Response | str:
    """The result, once every page is complete."""
    assessment = _current()
    if assessment is None:
        return redirect(url_for("assessment.resume"))
    if not assessment.is_complete or not assessment.result:
        return _where_next(assessment)
    qn = questionnaire()
    groups, near_misses = _support(qn, assessment)
    return render_template(
        "assessment/results.html",
        support_groups=groups,
        near_misses=near_misses,
        qn=qn,
        assessment=assessment,
        result=assessment.result,
        dims={d.id: d for d in qn.dimensions},
        weak_below=WEAK_BELOW,
        region_name=REGION_NAMES[assessment.region],
        code=session.get("resume_code"),
    )


def _support(qn: Any, assessment: Assessment) -> tuple[list[Any], list[dict[str, Any]]]:
    """The stored recommendations as grouped cards, and the near misses."""
    result = assessment.result or {}
    trace = result.get("trace") or {"recommended": [], "near_misses": []}
    facts = stored_facts(qn, assessment.answers, assessment.region, result)
    cards = recommendation_views(ruleset(), trace["recommended"], facts, assessment.region)
    missed = recommendation_views(ruleset(), trace["near_misses"], facts, assessment.region)
    return grouped(cards), missed


@bp.route("/resume", methods=["GET", "POST"])
def resume() -> Response | tuple[str, int]:
    """Come back with a resume code."""
    form = ResumeForm()
    if form.validate_on_submit():
        assessment = services.find_by_code(get_session(), form.code.data or "")
        if assessment is not None:
            _remember(assessment, services.normalise_code(form.code.data or ""))
            return _where_next(assessment)
        form.code.errors = [
            _(
                "We found no diagnosis with this code. Check the code and try again; "
                "codes have 8 characters, for example K7QM-3XPA."
            )
        ]
    status = 400 if form.errors else 200
    return render_template("assessment/resume.html", form=form, expired=request.args.get("expired")), status


@bp.route("/resume/<code>")
def resume_link(code: str) -> Response | tuple[str, int]:
    """The resume link: opens the assessment directly."""
    assessment = services.find_by_code(get_session(), code)
    if assessment is None:
        form = ResumeForm(data={"code": code})
        form.code.errors = [
            _("This resume link is not valid or the diagnosis was deleted. Check the code and try again.")
        ]
        return render_template("assessment/resume.html", form=form, expired=None), 404
    _remember(assessment, services.normalise_code(code))
    return _where_next(assessment)


@bp.route("/region", methods=["GET", "POST"])
def change_region() -> Response | tuple[str, int]:
    """Change the region of the current assessment."""
    assessment = _current()
    if assessment is None:
        return redirect(url_for("assessment.start"))
    form = RegionForm(region=assessment.region)
    if form.validate_on_submit() and region_is_valid(form.region.data):
        services.change_region(get_session(), questionnaire(), ruleset(), assessment, form.region.data or "")
        session["region"] = assessment.region
        return redirect(url_for("assessment.continue_diagnosis"), code=303)
    if form.is_submitted() and not form.errors:
        form.region.errors = [_("Choose the region where your company is based.")]
    return render_template("assessment/region.html", form=form), (400 if form.errors else 200)


@bp.route("/delete", methods=["GET", "POST"])
def delete() -> Response | tuple[str, int]:
    """Delete my data: the resume code and a confirmation."""
    form = DeleteForm(code=session.get("resume_code"))
    if form.validate_on_submit():
        assessment = services.find_by_code(get_session(), form.code.data or "")
        if assessment is not None:
            services.delete_assessment(get_session(), assessment)
            lang = session.get("lang")
            session.clear()
            if lang:
                session["lang"] = lang  # the language is the browser's choice, not the firm's data
            return redirect(url_for("assessment.deleted"), code=303)
        form.code.errors = [_("We found no diagnosis with this code. Check the code and try again.")]
    return render_template("assessment/delete.html", form=form), (400 if form.errors else 200)


@bp.route("/deleted")
def deleted() -> str:
    """Confirmation that the data is gone."""
    return render_template("assessment/deleted.html")


@bp.route("/privacy")
def privacy() -> str:
    """The privacy notice."""
    return render_template("assessment/privacy.html")
