"""Staff sign-in, role and region checks, and the region managers' page of unanswered chat questions."""

import re
from datetime import timedelta

import pytest

from tests.conftest import csrf_token

PASSWORD = "correct horse battery"


@pytest.fixture
def manager(app):
    """A region manager for Kent."""
    return create_user(app, "Ann.Manager@kent.example", "kent")


def create_user(app, email, region, role="region_manager"):
    from sme_tool.auth.services import create_user as create
    from sme_tool.db import get_session

    with app.app_context():
        return create(get_session(), email, PASSWORD, role, region)


def sign_in(client, email="ann.manager@kent.example", password=PASSWORD, next_page=""):
    token = csrf_token(client, "/account/login")
    return client.post("/account/login", data={"email": email, "password": password, "next": next_page,
                                               "csrf_token": token})  # fmt: skip


def remember(app, locale, region, text, times=1, days_ago=0):
    from sme_tool.assessment.models import utcnow
    from sme_tool.chat.models import UnansweredQuestion
    from sme_tool.chat.services import remember_unanswered
    from sme_tool.db import get_session

    with app.app_context():
        session = get_session()
        for _ in range(times):
            remember_unanswered(session, locale, region, text)
        session.commit()
        if days_ago:
            for row in session.query(UnansweredQuestion).filter_by(text=text.lower()):
                row.last_seen = utcnow() - timedelta(days=days_ago)
            session.commit()


def test_the_page_asks_to_sign_in_and_comes_back_after_it(app, client, manager):
    response = client.get("/region/unanswered?language=de")
    assert response.status_code == 302
    assert response.headers["Location"] == "/account/login?next=/region/unanswered?language%3Dde"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert 'value="/region/unanswered?language=de"' in page and 'autocomplete="current-password"' in page
    signed = sign_in(client, "  ANN.manager@kent.example ", next_page="/region/unanswered?language=de")
    assert signed.status_code == 303 and signed.headers["Location"] == "/region/unanswered?language=de"
    assert client.get("/region/unanswered?language=de").status_code == 200


def test_a_wrong_password_says_so_without_telling_which_part_was_wrong(app, client, manager):
    for email in ("ann.manager@kent.example", "nobody@kent.example"):
        response = sign_in(client, email, "wrong password!!", next_page="/region/")
        page = response.get_data(as_text=True)
        assert response.status_code == 400
        assert "The e-mail address or the password is not right. Check both and try again." in page
        assert "wrong password!!" not in page and f'value="{email}"' in page  # the address is kept
    empty = sign_in(client, "", "")
    assert "Enter the e-mail address of your account." in empty.get_data(as_text=True)
    assert "Enter your password." in empty.get_data(as_text=True)
    assert client.get("/region/").status_code == 302


def test_the_account_locks_after_five_wrong_passwords_without_telling_anyone_it_exists(app, client, manager):
    from sme_tool.auth.models import User
    from sme_tool.db import get_session

    pages = {}
    for email in ("ann.manager@kent.example", "ghost@kent.example"):
        for _ in range(6):
            response = sign_in(client, email, "not the password")
        page = response.get_data(as_text=True).replace(email, "ADDRESS")
        pages[email] = re.sub(r"<input[^>]*csrf_token[^>]*>", "", page)
    assert pages["ann.manager@kent.example"] == pages["ghost@kent.example"]  # locked or unknown: same page
    locked = sign_in(client)  # even the right password, until the lock ends
    assert locked.status_code == 400 and "The e-mail address or the password is not right." in locked.get_data(
        as_text=True
    )
    assert "5 wrong passwords in a row lock an account for 15 minutes" in locked.get_data(as_text=True)
    with app.app_context():
        user = get_session().get(User, manager.id)
        assert user.failed_logins == 0  # tries during the lock neither count nor extend it
        user.locked_until = user.locked_until - timedelta(minutes=16)
        get_session().commit()
    assert sign_in(client).status_code == 303
    with app.app_context():
        assert get_session().get(User, manager.id).failed_logins == 0  # a success starts the count again


def test_a_region_manager_sees_the_questions_of_their_region_and_of_chats_without_one(app, client, manager):
    remember(app, "en", "kent", "Can you book my flight to Lyon?", times=3)
    remember(app, "de", None, "Wie wird das Wetter morgen?")
    remember(app, "it", "molise", "Domanda solo per il Molise")
    remember(app, "en", "kent", "An old question nobody asks any more", days_ago=91)
    sign_in(client)
    page = client.get("/region/unanswered").get_data(as_text=True)
    assert "can you book my flight to lyon?" in page and "wie wird das wetter morgen?" in page
    assert "domanda solo per il molise" not in page  # another region's chats
    assert "an old question nobody asks any more" not in page  # kept 90 days at most
    assert page.index("can you book my flight to lyon?") < page.index("wie wird das wetter morgen?")
    assert '<td lang="de">wie wird das wetter morgen?</td>' in page
    german = client.get("/region/unanswered?language=de").get_data(as_text=True)
    assert "wie wird das wetter morgen?" in german and "lyon" not in german
    empty = client.get("/region/unanswered?language=cs").get_data(as_text=True)
    assert "No unanswered questions in this language in the last 90 days." in empty
    assert client.get("/region/unanswered").headers["Cache-Control"] == "no-store"  # Back shows nothing after sign-out


def test_one_question_asked_in_the_region_and_without_a_region_is_one_row(app, client, manager):
    remember(app, "en", "kent", "Where can I rent a forklift?", times=2)
    remember(app, "en", None, "Where can I rent a forklift?", times=2)
    remember(app, "en", "kent", "A question asked three times", times=3)
    sign_in(client)
    page = client.get("/region/unanswered").get_data(as_text=True)
    assert page.count("where can i rent a forklift?") == 1
    assert page.index("where can i rent a forklift?") < page.index("a question asked three times")  # 4 before 3
    assert "<td>4</td>" in page


def test_a_region_manager_without_a_valid_region_sees_nothing(app, client, manager):
    from sme_tool.auth.models import User
    from sme_tool.db import get_session

    remember(app, "it", "molise", "Domanda solo per il Molise")
    with app.app_context():
        get_session().get(User, manager.id).region = None
        get_session().commit()
    sign_in(client)
    assert client.get("/region/unanswered").status_code == 403
    assert client.get("/region/").status_code == 403


def test_questions_the_chat_could_not_answer_reach_the_page_masked(app, client, manager):
    with client.session_transaction() as session:
        session["region"] = "kent"
    client.post("/chat/", data={"message": "Is the canteen open? Call 07700 900123",
                                "csrf_token": csrf_token(client, "/chat/")})  # fmt: skip
    sign_in(client)
    page = client.get("/region/unanswered").get_data(as_text=True)
    assert "is the canteen open? call [n]" in page and "900123" not in page


def test_the_page_is_in_the_managers_language(app, client, manager):
    sign_in(client)
    page = client.get("/region/unanswered?lang=pl", follow_redirects=True).get_data(as_text=True)
    assert "Pytania, na które czatbot nie znalazł odpowiedzi" in page


def test_other_roles_are_refused_and_signing_out_ends_access(app, client, manager):
    from sme_tool.auth.models import User
    from sme_tool.db import get_session

    sign_in(client)
    assert client.get("/region/").status_code == 200
    with app.app_context():
        get_session().get(User, manager.id).role = "adviser"  # a role without access to region pages
        get_session().commit()
    assert client.get("/region/unanswered").status_code == 403
    assert client.post("/account/logout").status_code == 400  # no CSRF token: refused
    with client.session_transaction() as session:
        copied = dict(session)  # the cookie as someone could have copied it
    token = csrf_token(client, "/chat/")
    out = client.post("/account/logout", data={"csrf_token": token})
    assert out.status_code == 303 and "signed_out=1" in out.headers["Location"]
    assert "You are signed out." in client.get(out.headers["Location"]).get_data(as_text=True)
    assert client.get("/region/").status_code == 302
    with client.session_transaction() as session:
        session.update(copied)
    assert client.get("/region/").status_code == 302  # signing out ended it on the server too


def test_a_new_password_or_a_working_day_ends_a_sign_in(app, client, manager):
    from sme_tool.auth.models import User
    from sme_tool.auth.services import set_password
    from sme_tool.db import get_session

    sign_in(client)
    with client.session_transaction() as session:
        session["signed_in_at"] -= 9 * 3600
    assert client.get("/region/").status_code == 302
    sign_in(client)
    assert client.get("/region/").status_code == 200
    with app.app_context():
        set_password(get_session(), get_session().get(User, manager.id), "another long password")
    assert client.get("/region/").status_code == 302


@pytest.mark.parametrize(
    "target", ["//evil.example/x", "https://evil.example/", "/\\evil.example", "/\t/evil.example", "javascript:x"]
)
def test_signing_in_never_sends_the_browser_to_another_site(app, client, manager, target):
    response = sign_in(client, next_page=target)
    assert response.status_code == 303 and response.headers["Location"] == "/region/"


def test_the_users_command_creates_lists_and_deletes_accounts(app, runner):
    created = runner.invoke(args=["users", "create", "--email", "jan@usti.example", "--region", "usti",
                                  "--password", "a long enough password"])  # fmt: skip
    assert created.exit_code == 0 and "created region_manager jan@usti.example for usti" in created.output
    short = runner.invoke(args=["users", "create", "--email", "eva@usti.example", "--region", "usti",
                                "--password", "short"])  # fmt: skip
    assert short.exit_code == 1 and "at least 12 characters" in short.output
    no_region = runner.invoke(args=["users", "create", "--email", "eva@usti.example", "--password", "x" * 12])
    assert no_region.exit_code == 1 and "needs one of the regions" in no_region.output
    listed = runner.invoke(args=["users", "list"])
    assert "jan@usti.example  region_manager  usti  last sign-in never" in listed.output
    assert "a long enough password" not in listed.output
    deleted = runner.invoke(args=["users", "delete", "--email", "jan@usti.example", "--yes"])
    assert deleted.exit_code == 0 and runner.invoke(args=["users", "list"]).output.strip() == "no staff accounts"


def test_passwords_are_stored_hashed(app, manager):
    assert PASSWORD not in manager.password_hash and manager.password_hash.startswith(("scrypt:", "pbkdf2:"))


def test_the_migration_drops_questions_stored_before_regions_were_kept(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine, text

    from sme_tool import cli
    from tests.conftest import _fresh_database

    url = _fresh_database(tmp_path)
    command.upgrade(cli.alembic_config(url), "0004")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO chat_unanswered (locale, text, count, first_seen, last_seen) VALUES "
                          "('it', 'una domanda del molise', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))  # fmt: skip
    command.upgrade(cli.alembic_config(url), "head")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM chat_unanswered")).scalar() == 0
    engine.dispose()
