"""Locale choice and translation helpers shared by the web layer."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from flask import Flask, current_app, redirect, request, session
from flask_babel import gettext, lazy_gettext
from werkzeug.wrappers import Response

from .core.regions import BY_ID
from .extensions import babel

# Each language named in itself, for the switcher.
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "it": "Italiano",
    "es": "Español",
    "pl": "Polski",
    "cs": "Čeština",
}
_ = gettext
_l = lazy_gettext


def enabled_languages() -> tuple[str, ...]:
    """The languages this deployment offers."""
    return tuple(current_app.config["LANGUAGES"])


def select_locale() -> str:
    """Explicit choice (remembered) → Accept-Language → the region's language → default."""
    languages = enabled_languages()
    chosen = session.get("lang")
    if chosen in languages:
        return str(chosen)
    best = request.accept_languages.best_match(languages)
    if best:
        return best
    region = BY_ID.get(session.get("region", ""))
    if region and region.language in languages:
        return region.language
    return str(current_app.config["DEFAULT_LOCALE"])


def remember_language() -> Response | None:
    """`?lang=xx` on any page stores the choice and reloads the same page without it."""
    lang = request.args.get("lang")
    if lang is None or request.method != "GET":
        return None
    if lang in enabled_languages():
        session["lang"] = lang
    args = request.args.to_dict(flat=False)
    args.pop("lang", None)
    query = urlencode(args, doseq=True)
    return redirect(request.path + (f"?{query}" if query else ""), code=303)


def switcher_links() -> list[dict[str, Any]]:
    """Links for the language switcher: same page, other language."""
    return [
        {"code": code, "name": LANGUAGE_NAMES[code], "href": f"{request.path}?lang={code}"}
        for code in enabled_languages()
    ]


def init_app(app: Flask) -> None:
    """Bind Babel with our locale selector and remember explicit language choices."""
    babel.init_app(app, locale_selector=select_locale, default_translation_directories="translations")
    app.jinja_env.policies["ext.i18n.trimmed"] = True
    app.before_request(remember_language)
    app.context_processor(lambda: {"language_links": switcher_links, "language_names": LANGUAGE_NAMES})
