"""Entry point for gunicorn: `gunicorn wsgi:app`."""

from sme_tool import create_app

app = create_app()
