"""What the answer reader makes of a reply: a value and how sure it is.

Pure: shared by the answer reader (`answermap`) and its helpers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SURE, UNSURE = 0.75, 0.4  # confidence needed to accept a reading, and to propose it for confirmation
MARGIN = 0.15  # a sure reading must beat the runner-up by this much


@dataclass(frozen=True)
class Reading:
    """What an answer was read as: a value (option id, list of ids or a number) and how sure."""

    value: Any = None
    confidence: float = 0.0
    alternatives: tuple[str, ...] = ()  # close options when the answer fits several ("yes" to two yes-options)
    problem: str = ""  # range | whole_number: a number that cannot be accepted
    note: str = ""  # converted | year: the reading involved a conversion worth confirming

    @property
    def status(self) -> str:
        """sure (accept), unsure (ask to confirm) or none (ask again)."""
        if self.value is None:
            return "none"
        return "sure" if self.confidence >= SURE and not self.note else "unsure"
