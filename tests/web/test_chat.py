"""The chatbot on its page (no JavaScript needed) and through the API."""

import re

from tests.conftest import csrf_token


def ask(client, text):
    return client.post("/chat/", data={"message": text, "csrf_token": csrf_token(client, "/chat/")})


def test_a_known_question_gets_its_answer_and_the_conversation_survives_a_reload(client):
    response = ask(client, "How do letters of credit work?")
    assert response.status_code == 303 and response.headers["Location"].endswith("#latest")
    page = client.get("/chat/").get_data(as_text=True)
    assert "How do letters of credit work?" in page and 'id="latest"' in page
    assert page.count('class="chat-message bot"') == 1
    ask(client, "what does de minimis mean")
    again = client.get("/chat/").get_data(as_text=True)
    assert again.count('class="chat-message bot"') == 2 and "How do letters of credit work?" in again


def test_support_search_names_offerings_of_the_region(client):
    ask(client, "Are there trade fairs in Cantabria?")
    page = client.get("/chat/").get_data(as_text=True)
    assert "Here is support in Cantabria (Spain) that matches your question:" in page
    assert "ca_" not in page  # ids never shown, titles are
    assert 'class="card offering' in page


def test_a_question_out_of_scope_gets_an_honest_fallback_with_an_adviser(client):
    ask(client, "What's the weather in Paris tomorrow?")
    page = client.get("/chat/").get_data(as_text=True)
    assert "I am not sure I understood." in page
    assert "Did you mean one of these questions?" in page
    assert "Contact an export adviser in your region" in page


def test_bad_messages_get_a_polite_reply_and_nothing_is_echoed_unescaped(client):
    ask(client, "")
    assert "Please type a question about exporting." in client.get("/chat/").get_data(as_text=True)
    ask(client, "x" * 600)
    assert "Please keep your question under 500 characters." in client.get("/chat/").get_data(as_text=True)
    ask(client, "<script>alert(1)</script> customs?")
    page = client.get("/chat/").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_the_chat_form_is_csrf_protected(client):
    assert client.post("/chat/", data={"message": "hello"}).status_code == 400


def test_api_chat_follows_the_contract(client):
    first = client.post("/api/v1/chat", json={"message": "How do letters of credit work?", "locale": "en"}).get_json()
    assert set(first) >= {"conversation_id", "reply", "answered", "intent", "confidence", "suggestions"}
    assert first["answered"] is True and first["intent"] == "fin_letter_of_credit_basics"
    assert 0 < first["confidence"] <= 1
    second = client.post(
        "/api/v1/chat",
        json={"message": "weather in Paris?", "locale": "en", "conversation_id": first["conversation_id"]},
    ).get_json()
    assert second["conversation_id"] == first["conversation_id"]
    assert second["answered"] is False and second["intent"] is None and second["suggestions"]
    support = client.post("/api/v1/chat", json={"message": "funding in Molise", "locale": "en"}).get_json()
    assert support["intent"] == "find_support" and support["offerings"]


def test_api_chat_bad_input_is_never_a_500(client):
    for body in ({"message": None}, {"message": 12}, {"message": "\x00\x01\x02"}, {"message": "é" * 5000}):
        response = client.post("/api/v1/chat", json=body)
        assert response.status_code == 200 and response.get_json()["answered"] is False
    huge = client.post("/api/v1/chat", json={"message": "é" * 200_000})
    assert huge.status_code == 413 and huge.get_json()["error"]["code"]
    assert client.post("/api/v1/chat", data="nope", content_type="application/json").status_code == 400


def test_unanswered_questions_are_kept_without_personal_data(app, client):
    from sme_tool.chat.services import purge_unanswered, scrub, unanswered
    from sme_tool.db import get_session

    assert scrub("call me on +44 1234 567890 or jo@example.com, see www.x.com") == (
        "call me on [n] or [email] see [url]"
    )
    for _ in range(2):
        client.post("/api/v1/chat", json={"message": "What is the weather in Paris? Mail me: jo@example.com"})
    client.post("/api/v1/chat", json={"message": "Do you sell bicycles?"})
    client.post("/api/v1/chat", json={"message": "How do letters of credit work?"})  # answered: not kept
    with app.app_context():
        rows = unanswered(get_session())
        assert [(r.text, r.count) for r in rows] == [
            ("what is the weather in paris? mail me: [email]", 2),
            ("do you sell bicycles?", 1),
        ]
        assert purge_unanswered(get_session()) == 0


def test_misses_command_lists_them_by_frequency(app, client):
    from click.testing import CliRunner
    from flask.cli import ScriptInfo

    from sme_tool.chat_cli import chat_cli

    client.post("/api/v1/chat", json={"message": "Where can I buy a bicycle?"})
    result = CliRunner().invoke(chat_cli, ["misses"], obj=ScriptInfo(create_app=lambda: app))
    assert result.exit_code == 0 and "where can i buy a bicycle?" in result.output


def test_every_page_has_a_chat_panel_that_works_without_javascript(client):
    home = client.get("/").get_data(as_text=True)
    assert 'class="chat-panel"' in home and 'action="/chat/"' in home
    token = re.search(r'class="chat-panel".*?name="csrf_token" value="([^"]+)"', home, re.S).group(1)
    response = client.post("/chat/", data={"message": "What is an EORI number?", "csrf_token": token})
    assert response.status_code == 303
    page = client.get("/chat/").get_data(as_text=True)
    assert "What is an EORI number?" in page and 'class="chat-panel"' not in page


def test_support_searches_are_narrowed_to_the_sector_and_country_named_never_to_the_kind_of_support(client):
    def reply(message, locale):
        return client.post("/api/v1/chat", json={"message": message, "locale": locale}).get_json()["reply"]

    assert "sector" not in reply("Are there trade fairs in Kent?", "en")  # "trade" fairs name no trade firm
    assert "Branche" not in reply("Gibt es Messen in Niedersachsen?", "de")
    food = reply("Are there trade fairs for food firms in Cantabria?", "en")
    assert "Open to your sector: A – Agriculture, forestry and fishing; C – Manufacturing;" in food
    furniture = reply("trade missions for furniture makers to Japan in Kent", "en")
    assert "Open to your sector: C – Manufacturing. Offers that name Japan come first." in furniture
    polish = reply("targi dla producentów mebli w Kujawsko-Pomorskie", "pl")
    assert "Oferty dostępne dla firm z Państwa sektora: C – Przetwórstwo przemysłowe." in polish
