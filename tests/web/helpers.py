"""Helpers for driving the web journey with the Flask test client."""

from __future__ import annotations

import re
from typing import Any

from flask.testing import FlaskClient

from sme_tool.core.questionnaire import Questionnaire, Section
from tests.conftest import csrf_token


def start(client: FlaskClient, region: str = "nouvelle-aquitaine", consent: bool = False) -> str:
    """Start a diagnosis; return the resume code shown."""
    data = {"region": region, "csrf_token": csrf_token(client, "/")}
    if consent:
        data["consent"] = "y"
    response = client.post("/", data=data)
    assert response.status_code == 303, response.get_data(as_text=True)[:500]
    page = client.get("/started").get_data(as_text=True)
    match = re.search(r'class="code big">([A-Z0-9-]+)<', page)
    assert match
    return match.group(1)


def form_data(section: Section, answers: dict[str, Any]) -> dict[str, Any]:
    """The form fields a browser would send for these answers."""
    data: dict[str, Any] = {}
    for q in section.questions:
        if q.id in answers:
            value = answers[q.id]
            data[q.id] = value if isinstance(value, list) else str(value)
    return data


def post_section(client: FlaskClient, section: Section, answers: dict[str, Any], action: str = "next"):
    """Submit one page as a browser would, with its CSRF token."""
    path = f"/diagnosis/{section.id}"
    data = {**form_data(section, answers), "csrf_token": csrf_token(client, path), "action": action}
    return client.post(path, data=data)


def complete(client: FlaskClient, qn: Questionnaire, answers: dict[str, Any]):
    """Walk the whole journey page by page, following the app's redirects; return the last response."""
    response = client.get("/diagnosis")
    for _ in range(len(qn.sections) + 1):
        location = response.headers.get("Location", "")
        if not location.startswith("/diagnosis/"):
            break
        section = qn.section(location.rsplit("/", 1)[1])
        assert section is not None
        response = post_section(client, section, answers)
        assert response.status_code == 303, response.get_data(as_text=True)[:2000]
    return response
