"""The diagnosis as a conversation: the same questions, branching, assessment and result as the form."""

from __future__ import annotations

from typing import Any

from sme_tool.assessment.models import Assessment
from sme_tool.core.scoring import score
from tests.conftest import csrf_token, middle_answers


def chat(client, **body: Any) -> dict[str, Any]:
    response = client.post("/api/v1/chat", json={"locale": "en", **body})
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def typed(question: Any, value: Any) -> dict[str, Any]:
    """How a firm would answer: option labels typed out, numbers as digits."""
    if question.type == "multi":
        return {"message": " and ".join(o.label for o in question.options if o.value in value)}
    if question.type == "single":
        return {"message": question.option(value).label}
    return {"message": str(value)}


def run_diagnosis(client, qn, wanted: dict[str, Any], answer=typed) -> tuple[dict[str, Any], list[str]]:
    reply = chat(client, action="start_diagnosis")
    cid = reply["conversation_id"]
    assert reply["diagnosis"]["step"] == "region"
    reply = chat(client, conversation_id=cid, choice="nouvelle-aquitaine")
    assert reply["diagnosis"]["step"] == "consent"
    reply = chat(client, conversation_id=cid, message="no thanks")
    asked: list[str] = []
    while reply["diagnosis"] and reply["diagnosis"]["step"] != "done":
        qid = reply["diagnosis"]["question"]
        assert reply["diagnosis"]["step"] == "ask", reply
        asked.append(qid)
        question = qn.questions[qid]
        body = answer(question, wanted[qid]) if qid in wanted else {"message": "skip"}
        reply = chat(client, conversation_id=cid, **body)
        if reply["diagnosis"] and reply["diagnosis"]["step"] == "confirm":
            reply = chat(client, conversation_id=cid, message="yes")
        assert len(asked) < 100
    return reply, asked


def test_a_whole_diagnosis_in_the_chat_gives_the_same_result_as_the_form(app, client, questionnaire):
    wanted = middle_answers(questionnaire, "nouvelle-aquitaine", offer_type=["physical_goods", "digital"],
                            export_status="occasional", target_markets=["eu_single_market", "beyond_eu"])  # fmt: skip
    reply, asked = run_diagnosis(client, questionnaire, wanted)
    assert "Your diagnosis is complete." in reply["reply"]
    assert reply["diagnosis"]["step"] == "done"
    with app.app_context():
        from sme_tool.db import get_session

        stored = get_session().get(Assessment, reply["diagnosis"]["assessment_id"])
        assert stored is not None and stored.is_complete and stored.channel == "chat"
        assert stored.answers == wanted
        assert stored.result["overall"] == score(questionnaire, wanted, "nouvelle-aquitaine").overall
        assert stored.result["trace"]["recommended"]
    # the branches: the questions asked are exactly those that apply, in the form's order
    from sme_tool.core.answers import applicable_questions

    assert asked == [q.id for q in applicable_questions(questionnaire, wanted, "nouvelle-aquitaine")]


def say(client, text: str = "", **form: Any):
    data = {"message": text, "csrf_token": csrf_token(client, "/chat/"), **form}
    response = client.post("/chat/", data=data)
    assert response.status_code == 303
    return client.get("/chat/").get_data(as_text=True)


def last_reply(page: str) -> str:
    return page.rsplit('class="chat-message bot"', 1)[-1].split("</div>", 1)[0]


def test_chat_and_form_share_one_diagnosis_both_ways(client, questionnaire):
    page = say(client, action="start_diagnosis")
    assert "In which region is your company based?" in last_reply(page)
    assert 'name="choice" value="cantabria"' in page  # answer buttons: no JavaScript needed
    page = say(client, "Cantabria")
    assert "anonymised statistics" in last_reply(page)
    page = say(client, choice="yes")
    reply = last_reply(page)
    assert "Your resume code is" in reply and "Question 1 of" in reply and "main activity" in reply
    page = say(client, "we make wooden furniture")  # the sector from what the firm does
    assert "Noted: C – Manufacturing." in last_reply(page)
    page = say(client, "about 35 people")
    assert "Noted: 10 to 49." in last_reply(page)
    # the form continues where the chat stopped, with the chat's answers in place
    form = client.get("/diagnosis", follow_redirects=True).get_data(as_text=True)
    assert '<option selected value="nace_c">' in form
    assert '<input checked id="input-size_band-2" name="size_band" type="radio" value="small">' in form
    # …and the chat continues after what the form saved
    answers = middle_answers(questionnaire, "cantabria")
    profile = questionnaire.section("profile")
    data = {"csrf_token": csrf_token(client, "/diagnosis/profile")}
    for q in profile.questions:
        if q.id in answers:
            data[q.id] = answers[q.id]
    assert client.post("/diagnosis/profile", data=data).status_code == 303
    page = say(client, action="start_diagnosis")
    first_of_strategy = questionnaire.section("strategy").questions[0]
    assert str(first_of_strategy.label).split("?")[0] in last_reply(page)


def test_unsure_answers_are_confirmed_nonsense_is_asked_again_and_back_changes_an_answer(client):
    say(client, action="start_diagnosis")
    say(client, choice="kent")
    say(client, "no")
    page = say(client, "asdfgh qwerty")
    assert "I could not match your answer to this question." in last_reply(page)
    page = say(client, "3")  # the third option by its number
    assert "Noted: C – Manufacturing." in last_reply(page)
    page = say(client, "back")
    assert "Your answer so far: C – Manufacturing." in last_reply(page)
    page = say(client, "we run a small hotel by the sea")
    assert "Noted: I – Accommodation and food service activities." in last_reply(page)
    assert "How many people does your company employ?" in last_reply(page)  # and on where it was
    page = say(client, "skip")
    assert "cannot be skipped" in last_reply(page)
    say(client, "7")
    say(client, "I'd rather not say")
    page = say(client, "500")
    assert "Enter a number from 0 to 200." in last_reply(page)
    page = say(client, "since 2014")
    assert "I counted the years from the year you gave." in last_reply(page)
    assert 'value="__yes"' in page  # a confirmation has yes/no buttons
    page = say(client, choice="__yes")
    assert "Noted:" in last_reply(page) and "What does your company sell?" in last_reply(page)
    page = say(client, "Do I need an EORI number?")  # a question in the middle: answered, then back to it
    reply = last_reply(page)
    assert "EORI" in reply and "Back to the diagnosis:" in reply and "What does your company sell?" in reply


def test_pausing_keeps_the_answers_and_deleting_the_diagnosis_deletes_the_chat(app, client):
    say(client, action="start_diagnosis")
    say(client, choice="molise")
    say(client, choice="no")
    say(client, "3")
    page = say(client, action="pause")
    assert "The diagnosis is paused and your answers are saved." in last_reply(page)
    assert 'value="start_diagnosis"' in page
    page = say(client, "continue the diagnosis")
    assert "How many people does your company employ?" in last_reply(page)
    with client.session_transaction() as s:
        code = s["resume_code"]
    data = {"code": code, "confirm": "y", "csrf_token": csrf_token(client, "/delete")}
    assert client.post("/delete", data=data).status_code == 303
    with app.app_context():
        from sqlalchemy import func, select

        from sme_tool.chat.models import Conversation, Message
        from sme_tool.db import get_session

        assert get_session().scalar(select(func.count()).select_from(Conversation)) == 0
        assert get_session().scalar(select(func.count()).select_from(Message)) == 0


def test_a_diagnosis_begun_in_the_form_continues_in_the_chat_and_a_finished_one_is_not_reopened(client, questionnaire):
    from tests.web.helpers import start

    start(client, "kent")
    with client.session_transaction() as s:
        begun = s["assessment_id"]
    page = client.get("/chat/").get_data(as_text=True)
    assert "Continue the diagnosis here" in page
    page = say(client, action="start_diagnosis")
    assert "Question 1 of" in last_reply(page) and "In which region" not in last_reply(page)
    with client.session_transaction() as s:
        assert s["assessment_id"] == begun  # the same diagnosis, no second one
    # finished through the API in another conversation: the chat offers a new diagnosis, not "continue"
    body = {"region": "kent", "answers": middle_answers(questionnaire, "kent")}
    finished = client.post("/api/v1/assessments", json=body)
    say(client, action="pause")
    with client.session_transaction() as s:
        s["assessment_id"] = finished.get_json()["id"]
    assert "Run the diagnosis here in the chat" in client.get("/chat/").get_data(as_text=True)


def test_a_share_worked_out_from_two_sums_is_explained_and_confirmed(client, questionnaire):
    say(client, action="start_diagnosis")
    say(client, "Kent")
    say(client, choice="yes")
    answers = middle_answers(questionnaire, "kent")
    for section in ("profile", "strategy"):  # the form fills the first sections; the chat goes on after them
        data = {"csrf_token": csrf_token(client, f"/diagnosis/{section}")}
        data |= {q.id: answers[q.id] for q in questionnaire.section(section).questions if q.id in answers}
        assert client.post(f"/diagnosis/{section}", data=data).status_code == 303
    page = say(client, action="start_diagnosis")
    for _ in range(4):  # the questions before the export share, answered plainly
        if "What share of your company" in last_reply(page):
            break
        page = say(client, "1")
    assert "What share of your company" in last_reply(page)
    page = say(client, "exports were about £40k out of a £2m turnover")
    reply = last_reply(page)
    assert "I worked out the share from the figures you gave." in reply and "Less than 5%" in reply
    assert 'value="__yes"' in page  # worked out, so asked back before it is saved
