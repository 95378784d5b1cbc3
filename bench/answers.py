"""Benchmark: reading one free-text answer of the chat's diagnosis, in every language.

Prints its figures; run with `make bench`. Target (issue 5): p95 <= 10 ms per message.
The replies are those of the dev sets (knowledge/diagnosis/dev/<lang>.yaml).
"""

from __future__ import annotations

import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))
sys.path.insert(0, str(Path(__file__).parent))

from measure import report, timed

from sme_tool.chat_cli import DEV_YEAR, LANGUAGES, _flip, knowledge_dir, translator
from sme_tool.config import Config
from sme_tool.core.answermap import labels_for, load_answer_data
from sme_tool.core.questionnaire import load_questionnaire
from sme_tool.core.yamlsrc import load_yaml

LONG_REPLY = ("Germany, France, Poland, Czechia, Italy, Spain, the USA, Canada, Japan and Brazil; " * 7)[:500]


def main() -> None:
    """Load once, build a reader per language, then time every dev-set reply."""
    qn = load_questionnaire(Config.QUESTIONNAIRE)
    folder = knowledge_dir() / "diagnosis"
    start = time.perf_counter()
    data = load_answer_data(folder, qn, LANGUAGES)
    print(f"load words, countries, sectors and hints (7 languages): {(time.perf_counter() - start) * 1000:.0f} ms")
    translate = translator(Path(Config.QUESTIONNAIRE).parents[1] / "translations")
    for lang in LANGUAGES:
        start = time.perf_counter()
        reader = data.reader(lang, labels_for(qn, partial(_flip, translate, lang)))
        built = (time.perf_counter() - start) * 1000
        cases = load_yaml(folder / "dev" / f"{lang}.yaml")["cases"]
        samples: list[float] = []
        for case in cases:
            question = qn.questions[case["q"]]
            samples += timed(lambda q=question, a=str(case["a"]), r=reader: r.read(q, a, DEV_YEAR), 3)
        report(f"read one answer ({lang}; reader built in {built:.0f} ms)", samples)
        samples = timed(lambda r=reader: r.read(qn.questions["current_markets"], LONG_REPLY, DEV_YEAR), 20)
        report(f"read a 500-character reply ({lang})", samples)
    whole_message()


def whole_message() -> None:
    """POST /api/v1/chat during a diagnosis: read the answer, save it, score, choose the next question."""
    from sme_tool import create_app
    from sme_tool.db import Base

    app = create_app({"DATABASE_URL": "sqlite://", "SECRET_KEY": "bench", "TESTING": True})
    Base.metadata.create_all(app.extensions["sme_engine"])
    client = app.test_client()

    def post(**body: object) -> dict:
        return client.post("/api/v1/chat", json={"locale": "en", **body}).get_json()

    samples: list[float] = []
    for _round in range(10):
        cid = post(action="start_diagnosis")["conversation_id"]
        post(conversation_id=cid, choice="kent")
        reply = post(conversation_id=cid, message="no")
        for _ in range(60):  # a whole diagnosis: the first option's number, "yes", or a number
            diagnosis = reply["diagnosis"]
            if not diagnosis or diagnosis["step"] == "done":
                break
            values = [c["value"] for c in diagnosis["choices"]]
            message = "yes" if "yes" in values else "1" if values else "3"
            start = time.perf_counter()
            reply = post(conversation_id=cid, message=message)
            samples.append((time.perf_counter() - start) * 1000)
    report("POST /api/v1/chat, one diagnosis answer (SQLite in memory)", samples)


if __name__ == "__main__":
    main()
