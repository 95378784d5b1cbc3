"""Text normalisation: stems shared safely between the threads of one process."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sme_tool.core import textnorm


def test_stemming_is_safe_across_threads():
    # a Snowball stemmer keeps the word it works on; shared by threads it mixed their words up (IndexError)
    def work(n: int) -> list[str]:
        return [s for j in range(1500) for s in textnorm.stems(f"exportation{n}x{j} conditionally{j}y{n}", "en")]

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(work, range(8)))
    assert all(len(r) >= 3000 for r in results)
    assert textnorm.stems("exporting exports", "en") == ["export", "export"]
