"""sme_tool: export-readiness diagnosis and regional support for small firms."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from flask import Flask

from .config import Config


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then `config`, then `SME_*` environment variables."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(Config)
    app.config.from_mapping(config or {})
    app.config.from_prefixed_env("SME")
    _finish_settings(app)
    register_extensions(app)
    register_blueprints(app)
    from . import cli, errors, security

    errors.init_app(app)
    security.init_app(app)
    cli.init_app(app)
    return app


def _finish_settings(app: Flask) -> None:
    """Fill what depends on the instance folder; refuse unsafe production settings."""
    instance = Path(app.instance_path)
    if app.config.get("DATABASE_URL") is None or not app.config.get("SECRET_KEY"):
        instance.mkdir(parents=True, exist_ok=True)
    app.config["DATABASE_URL"] = app.config.get("DATABASE_URL") or f"sqlite:///{instance / 'sme_tool.db'}"
    if isinstance(app.config.get("LANGUAGES"), str):
        app.config["LANGUAGES"] = tuple(app.config["LANGUAGES"].split(","))
    if not app.config.get("SECRET_KEY"):
        if app.config.get("ENV") == "production":
            raise RuntimeError("SME_SECRET_KEY must be set in production (SME_ENV=production)")
        key_file = instance / "secret_key"
        if not key_file.exists():
            key_file.write_text(secrets.token_hex(32))
            os.chmod(key_file, 0o600)
        app.config["SECRET_KEY"] = key_file.read_text().strip()


def register_extensions(app: Flask) -> None:
    """Database, translations, CSRF and the data files (loaded and checked once)."""
    from . import db, i18n, templating
    from .auth import access
    from .core.catalogue import load_ruleset
    from .core.questionnaire import load_questionnaire
    from .extensions import csrf

    db.init_app(app)
    i18n.init_app(app)
    templating.init_app(app)
    access.init_app(app)
    csrf.init_app(app)
    questionnaire = load_questionnaire(app.config["QUESTIONNAIRE"])
    app.extensions["sme_questionnaire"] = questionnaire
    ruleset = load_ruleset(app.config["RULES_DIR"], questionnaire, date.today())
    app.extensions["sme_ruleset"] = ruleset
    app.extensions["sme_knowledge"] = _knowledge(app, frozenset(ruleset.needs))
    app.extensions["sme_answer_data"] = _answer_data(app, questionnaire)


_KNOWLEDGE_CACHE: dict[tuple[object, ...], object] = {}


def _knowledge(app: Flask, needs: frozenset[str]) -> object:
    """The chatbot's knowledge, built once per content (apps made by the tests share it)."""
    from .chat_cli import thresholds, translator
    from .core.knowledge import load_knowledge

    folder, translations = Path(app.config["KNOWLEDGE_DIR"]), Path(app.root_path) / "translations"
    files = sorted([*folder.rglob("*.yaml"), *translations.rglob("*.mo")])
    key = (str(folder), needs, tuple(app.config["LANGUAGES"]), tuple((str(f), f.stat().st_mtime_ns) for f in files))
    if key not in _KNOWLEDGE_CACHE:
        _KNOWLEDGE_CACHE.clear()
        _KNOWLEDGE_CACHE[key] = load_knowledge(folder, set(needs), tuple(app.config["LANGUAGES"]), thresholds(),
                                               translator(translations))  # fmt: skip
    return _KNOWLEDGE_CACHE[key]


_ANSWER_CACHE: dict[tuple[object, ...], object] = {}


def _answer_data(app: Flask, questionnaire: object) -> object:
    """Words, countries and hints for reading the chat's diagnosis answers, loaded once per content
    (the readers built from them, one per language, hold the translated labels: .mo files count too)."""
    from .core.answermap import load_answer_data
    from .core.questionnaire import Questionnaire

    assert isinstance(questionnaire, Questionnaire)
    folder = Path(app.config["KNOWLEDGE_DIR"]) / "diagnosis"
    files = sorted([*folder.rglob("*.yaml"), *(Path(app.root_path) / "translations").rglob("*.mo")])
    key = (str(folder), questionnaire.content_hash, tuple((str(f), f.stat().st_mtime_ns) for f in files))
    if key not in _ANSWER_CACHE:
        _ANSWER_CACHE.clear()
        _ANSWER_CACHE[key] = load_answer_data(folder, questionnaire, tuple(app.config["LANGUAGES"]))
    return _ANSWER_CACHE[key]


def register_blueprints(app: Flask) -> None:
    """The web journey, staff sign-in, the region managers' pages and the JSON API."""
    from .api.views import bp as api_bp
    from .assessment.views import bp as assessment_bp
    from .auth.views import bp as auth_bp
    from .catalogue.views import bp as catalogue_bp
    from .chat.views import bp as chat_bp
    from .extensions import csrf
    from .insights.views import bp as insights_bp

    app.register_blueprint(assessment_bp)
    app.register_blueprint(catalogue_bp)
    app.register_blueprint(chat_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(insights_bp)
    csrf.exempt(api_bp)  # the API uses no cookies: nothing for a forged request to ride on
    app.register_blueprint(api_bp, url_prefix="/api/v1")
