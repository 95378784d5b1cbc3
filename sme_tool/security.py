"""Security headers on every response."""

from __future__ import annotations

from flask import Flask
from werkzeug.wrappers import Response

HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # Resume links carry the resume code: never send the address to another site.
    "Referrer-Policy": "same-origin",
}


def add_headers(response: Response) -> Response:
    """Set the security headers unless a view chose its own."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def init_app(app: Flask) -> None:
    """Register the header hook."""
    app.after_request(add_headers)
