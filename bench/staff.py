"""Benchmark: the region managers' page of unanswered chat questions, on a full table.

Prints its figures; run with `make bench`. 20,000 distinct questions over the seven regions
and chats without a region (far more than 90 days of misses should ever hold), SQLite file.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))
sys.path.insert(0, str(Path(__file__).parent))

from measure import report, timed
from sqlalchemy import event, insert

from sme_tool import create_app
from sme_tool.assessment.models import utcnow
from sme_tool.auth.services import create_user
from sme_tool.chat.models import UnansweredQuestion
from sme_tool.config import Config
from sme_tool.core.regions import REGION_IDS
from sme_tool.db import get_session

ROWS = 20_000
PASSWORD = "benchmark password"  # noqa: S105 - a throwaway account in a temporary database


def main() -> None:
    """Fill the table, sign in as a region manager, time the page and count its queries."""
    from alembic import command

    from sme_tool import cli

    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder / 'bench.db'}"
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "bench", "TESTING": True, "WTF_CSRF_ENABLED": False})
    command.upgrade(cli.alembic_config(url), "head")  # type: ignore[arg-type]
    regions = [*REGION_IDS, None]
    now = utcnow()
    rows = [
        {"locale": Config.LANGUAGES[i % 7], "region": regions[i % len(regions)],
         "text": f"question number {i} about something the bot does not know", "count": 1 + i % 50,
         "first_seen": now - timedelta(days=i % 120), "last_seen": now - timedelta(days=i % 120)}
        for i in range(ROWS)
    ]  # fmt: skip
    with app.app_context():
        get_session().execute(insert(UnansweredQuestion), rows)
        get_session().commit()
        create_user(get_session(), "bench@kent.example", PASSWORD, "region_manager", "kent")
    client = app.test_client()
    client.post("/account/login", data={"email": "bench@kent.example", "password": PASSWORD})
    queries: list[str] = []
    event.listen(app.extensions["sme_engine"], "before_cursor_execute", lambda *a: queries.append(a[2]))
    assert client.get("/region/unanswered").status_code == 200
    print(f"{ROWS} questions in the table; SQL statements for one page: {len(queries)}")
    report("GET /region/unanswered (200 rows shown)", timed(lambda: client.get("/region/unanswered"), 50))
    report("GET /region/unanswered?language=de", timed(lambda: client.get("/region/unanswered?language=de"), 50))
    report("POST /account/login (scrypt check)", timed(lambda: client.post("/account/login", data={
        "email": "bench@kent.example", "password": PASSWORD}), 10))  # fmt: skip


if __name__ == "__main__":
    main()
