"""Benchmark: one chat message through the matcher, with the full knowledge base in every language.

Prints its figures; run with `make bench`. Target (issue 5): p95 <= 10 ms per message.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))
sys.path.insert(0, str(Path(__file__).parent))

from measure import report, timed

from sme_tool.chat_cli import LANGUAGES, load_default


def main() -> None:
    """Load once, then time matching questions of every language."""
    start = time.perf_counter()
    knowledge = load_default()
    variants = sum(len(v) for i in knowledge.items.values() for v in i.questions.values())
    print(f"load + index the knowledge base: {(time.perf_counter() - start) * 1000:.0f} ms "
          f"({len(knowledge.items)} items, {variants} question variants)")  # fmt: skip
    for lang in LANGUAGES:
        questions = [v[0] for i in knowledge.items.values() for lang_, v in i.questions.items() if lang_ == lang]
        if not questions:
            print(f"{lang}: no questions yet")
            continue
        samples: list[float] = []
        for question in questions[:60]:
            samples += timed(lambda q=question, lang=lang: knowledge.matcher.match(q + " please", lang), 5)
        report(f"match one message ({lang})", samples)


if __name__ == "__main__":
    main()
