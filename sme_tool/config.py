"""Settings: defaults here, overridden by a mapping (tests) and `SME_*` environment variables."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent


class Config:
    """Defaults for a local run: SQLite under instance/, nothing to set up."""

    SECRET_KEY: str | None = None  # from SME_SECRET_KEY, else generated once in instance/
    DATABASE_URL: str | None = None  # from SME_DATABASE_URL, else sqlite:///instance/sme_tool.db
    QUESTIONNAIRE = str(PACKAGE_DIR / "questionnaires" / "export_readiness.yaml")
    RULES_DIR = str(PROJECT_DIR / "rules")
    KNOWLEDGE_DIR = str(
        PACKAGE_DIR / "knowledge"
    )  # the chatbot's knowledge base and dev sets  # rules and regional catalogues (reviewed like code)
    LANGUAGES = ("en", "fr", "de", "it", "es", "pl", "cs")
    DEFAULT_LOCALE = "en"
    WTF_CSRF_TIME_LIMIT = None  # tokens live as long as the session: no answers lost to a timer
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = timedelta(days=30)
    MAX_CONTENT_LENGTH = 256 * 1024  # a whole diagnosis is a few kB
    MAX_FORM_MEMORY_SIZE = 256 * 1024
    RETENTION_DAYS = 180  # unfinished anonymous assessments are deleted after this
    CHAT_RETENTION_DAYS = 30  # chat conversations (free text) are deleted after this
    ENV = "development"  # SME_ENV=production refuses to start without SME_SECRET_KEY


class TestConfig(Config):
    """For the test suite: fixed key, no secret file."""

    TESTING = True
    SECRET_KEY = "test-secret-key"  # noqa: S105 - fixed key for the test suite only
