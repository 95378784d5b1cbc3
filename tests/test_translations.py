"""Translation gates: complete catalogues, placeholders intact, every text extracted,
and pages in each language free of English."""

from __future__ import annotations

import html
import re
import subprocess
from functools import cache
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from sme_tool.config import Config
from tests.conftest import best_answers
from tests.web.helpers import complete, start

ROOT = Path(__file__).parents[1]
TRANSLATIONS = ROOT / "sme_tool" / "translations"
LANGUAGES = [lang for lang in Config.LANGUAGES if lang != "en"]
PLACEHOLDER = re.compile(r"%\(([\w.]+)\)[sd]")
# Names that stay the same in every language.
# Proper names of organisations, services and pages: the same in every language.
NAMES = {
    "Enterprise Europe Network", "UK Export Finance", "great.gov.uk", "Access2Markets", "UK Trade Tariff", "EUIPO",
    "UK Intellectual Property Office", "ITC Trade Map", "UK Export Academy",
    "Chartered Institute of Export & International Trade", "GOV.UK", "GOV.UK: Export Control Joint Unit",
    "GOV.UK: UK Internal Market Scheme", "TED: Tenders Electronic Daily",
}  # fmt: skip
ALLOWED_ENGLISH = NAMES | {
    "Access2Markets",
    "Enterprise Europe Network",
    "LinkedIn",
    "Kent",
    "Molise",
    "Cantabria",
    "Nouvelle-Aquitaine (France)",
    "F – Construction",  # the same words in French
}


@cache
def catalogue(lang: str):
    with (TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=lang)


@cache
def extracted_ids() -> frozenset[str]:
    with (ROOT / "babel.cfg").open() as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    ids = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords={"_": None, "_l": None, "gettext": None, "ngettext": (1, 2)}
    ):
        ids.add(message if isinstance(message, str) else message[0])
    return frozenset(ids)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_is_complete_and_not_fuzzy(lang):
    problems = []
    for message in catalogue(lang):
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            problems.append(f"untranslated: {message.id!r}")
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
    assert problems == [], "\n".join(problems[:20])


# Words that really are the same as in English, per language.
SAME_AS_ENGLISH = {
    "fr": {"Nouvelle-Aquitaine (France)", "National", "F – Construction", "Cookies", "Score", "Conversation"},
    "de": {"Regional", "National", "(optional)", "Cookies", "Region:", "Status"},
    "it": {"No", "Area", "Password"},  # Italian writes "password" as English does
    "es": {"No", "Regional", "Error:", "Cookies", "Error"},
    "pl": {"Region:", "Status"},
    "cs": {"Region:"},
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_text_is_left_in_english(lang):
    same = {m.id for m in catalogue(lang) if isinstance(m.id, str) and m.id and m.string == m.id}
    assert sorted(same - SAME_AS_ENGLISH[lang] - NAMES) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_are_kept(lang):
    problems = []
    for message in catalogue(lang):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set().union(*(PLACEHOLDER.findall(i) for i in ids))
        for string in strings:
            if string and set(PLACEHOLDER.findall(string)) != wanted:
                problems.append(f"{message.id!r} → {string!r}")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_msgfmt_check_is_clean(lang):
    po = TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po"
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_in_the_code_and_data_is_in_the_catalogue(lang):
    missing = extracted_ids() - {m.id if isinstance(m.id, str) else m.id[0] for m in catalogue(lang)}
    assert not missing, f"run `make update-po` and translate: {sorted(missing)[:20]}"


def _visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<[^>]+>", " ", page)
    return re.sub(r"\s+", " ", html.unescape(page))


def _english_offering_texts(app, lang: str) -> list[str]:
    """English titles and descriptions of the offerings that have a text in `lang`."""
    texts = []
    for offering in app.extensions["sme_ruleset"].offerings.values():
        for field in (offering.title, offering.description):
            if field.get(lang) and field[lang] != field["en"]:
                texts.append(field["en"])
    return texts


def _english_texts(lang: str) -> list[str]:
    texts = []
    for message in catalogue(lang):
        # A translation identical to the English counts as English unless allow-listed.
        long_text = isinstance(message.id, str) and len(message.id) >= 12
        if long_text and message.id not in ALLOWED_ENGLISH and "%(" not in message.id:
            texts.append(re.sub(r"\s+", " ", message.id))
    return texts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_journey_pages_contain_no_english(app, questionnaire, lang):
    app.config["LANGUAGES"] = ("en", *LANGUAGES)
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = lang
    pages = {"/": client.get("/").get_data(as_text=True)}
    start(client, "kent")
    pages["/started"] = client.get("/started").get_data(as_text=True)
    answers = best_answers(
        questionnaire,
        "kent",
        export_status="regular",
        offer_type=["physical_goods", "digital"],
        current_markets=["eu_single_market", "north_america"],
        target_markets=["beyond_eu"],
    )
    for section in questionnaire.sections:
        pages[f"/diagnosis/{section.id}"] = client.get(f"/diagnosis/{section.id}").get_data(as_text=True)
    error_page = client.post("/diagnosis/profile", data={"csrf_token": "x"})
    pages["error"] = error_page.get_data(as_text=True)
    complete(client, questionnaire, answers)
    for path in (
        "/results",
        "/resume",
        "/delete",
        "/privacy",
        "/saved",
        "/region",
        "/nowhere",
        "/catalogue/",
        "/catalogue/kent",
    ):
        pages[path] = client.get(path).get_data(as_text=True)
    english = _english_texts(lang) + _english_offering_texts(app, lang)
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(t)}(?!\w)" for t in sorted(english, key=len, reverse=True)))
    found = {path: pattern.findall(_visible_text(page)) for path, page in pages.items()}
    assert all(f'<html lang="{lang}">' in page for page in pages.values())
    assert {path: texts for path, texts in found.items() if texts} == {}


def test_every_offering_is_in_all_seven_languages():
    from datetime import date

    from sme_tool.core.catalogue import load_ruleset
    from sme_tool.core.questionnaire import load_questionnaire
    from tests.conftest import QUESTIONNAIRE_PATH

    ruleset = load_ruleset(ROOT / "rules", load_questionnaire(QUESTIONNAIRE_PATH), date(2026, 11, 27))
    languages = {"en", *LANGUAGES}
    missing = [f"{o.where} {o.id}: {field} lacks {sorted(languages - set(texts))}"
               for o in ruleset.offerings.values()
               for field, texts in (("title", o.title), ("description", o.description), ("cost", o.cost))
               if texts and set(texts) != languages]  # fmt: skip
    assert missing == []
    untranslated = [f"{o.id} ({lang})" for o in ruleset.offerings.values() for lang in LANGUAGES
                    if o.description[lang] == o.description["en"]]  # fmt: skip
    assert untranslated == []
