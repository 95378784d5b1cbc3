"""Benchmark: questionnaire load, answer validation + scoring, and page rendering.

Prints its figures; run with `make bench` (or `.venv/bin/python bench/scoring.py`).
"""

from __future__ import annotations

import sys
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))
sys.path.insert(0, str(Path(__file__).parent))

from measure import report, timed

from sme_tool import create_app
from sme_tool.core.answers import validate_answers
from sme_tool.core.questionnaire import load_questionnaire
from sme_tool.core.scoring import score
from tests.conftest import QUESTIONNAIRE_PATH, best_answers


def main() -> None:
    """Run every measurement and print it."""
    tracemalloc.start()
    qn = load_questionnaire(QUESTIONNAIRE_PATH)
    current, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"questionnaire compiled in memory: {current / 1024:.0f} KiB "
        f"({len(qn.questions)} questions, {len(qn.sections)} sections)"
    )
    report("load + validate questionnaire file", timed(lambda: load_questionnaire(QUESTIONNAIRE_PATH), 50))
    answers = best_answers(qn, "kent", offer_type=["physical_goods", "digital"], target_markets=["beyond_eu"])
    report("validate a complete answer set", timed(lambda: validate_answers(qn, answers, "kent"), 2000))
    report("score a complete answer set", timed(lambda: score(qn, answers, "kent"), 2000))

    app = create_app({"DATABASE_URL": "sqlite://", "SECRET_KEY": "bench", "TESTING": True})
    from sme_tool.db import Base

    Base.metadata.create_all(app.extensions["sme_engine"])
    client = app.test_client()
    report("GET / (home page)", timed(lambda: client.get("/"), 300))
    report("GET /api/v1/questionnaire", timed(lambda: client.get("/api/v1/questionnaire"), 100))
    code = client.post("/api/v1/assessments", json={"region": "kent", "answers": answers}).get_json()["resume_code"]
    assert client.get(f"/resume/{code}").headers["Location"] == "/results"
    report(
        "GET /diagnosis/sales_compliance (15 questions)", timed(lambda: client.get("/diagnosis/sales_compliance"), 200)
    )
    report("GET /results (complete diagnosis)", timed(lambda: client.get("/results"), 200))
    body = {"region": "kent", "answers": answers}
    report(
        "POST /api/v1/assessments (validate, store, score)",
        timed(lambda: client.post("/api/v1/assessments", json=body), 200),
    )


if __name__ == "__main__":
    main()
