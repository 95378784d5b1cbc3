"""Error pages and JSON errors: a clear message in the user's language, never a stack trace."""

from __future__ import annotations

from flask import Flask, current_app, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.wrappers import Response

from .i18n import _


def _message(code: int) -> str:
    messages = {
        400: _("The request could not be understood. Please go back and try again."),
        403: _("You do not have access to this page."),
        404: _("This page does not exist. Check the address, or start from the home page."),
        405: _("This action is not possible on this page."),
        413: _("What you sent is too large. Please shorten your answers and try again."),
        429: _("Too many attempts. Please wait a minute and try again."),
        500: _("Something went wrong on our side. Your saved answers are safe; please try again."),
    }
    return messages.get(code, messages[400])


def json_error(status: int, code: str, message: str, fields: list[dict[str, str]] | None = None) -> Response:
    """The API's error shape: `{"error": {"code", "message", "fields"?}}`."""
    body: dict[str, object] = {"code": code, "message": message}
    if fields is not None:
        body["fields"] = fields
    response = jsonify({"error": body})
    response.status_code = status
    return response


def handle_http(error: HTTPException) -> Response | tuple[str, int]:
    """Render an HTTP error as a page, or as JSON under /api/."""
    status = error.code or 500
    if isinstance(error, CSRFError):
        message = _("Your form expired for security reasons. Please go back, reload the page and try again.")
    else:
        message = _message(status)
    if request.path.startswith("/api/"):
        return json_error(status, (error.name or "error").lower().replace(" ", "_"), message)
    try:
        return render_template("error.html", status=status, message=message), status
    except Exception:  # the error page itself failed: answer plainly rather than fail twice
        current_app.logger.exception("error page failed")
        return message, status


def handle_unexpected(error: Exception) -> Response | tuple[str, int]:
    """Anything unexpected is a 500 with a calm message; the details go to the log only."""
    return handle_http(InternalServerError(original_exception=error))


def init_app(app: Flask) -> None:
    """Register the handlers."""
    app.register_error_handler(HTTPException, handle_http)
    app.register_error_handler(Exception, handle_unexpected)
