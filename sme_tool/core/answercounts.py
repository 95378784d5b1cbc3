"""Reading number and scale answers: counts, sums of counts, founding years, the words of a scale's ends.

Pure helpers of the answer reader (`answermap`), for one language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .answernumbers import NUMBER_RE, first_or_middle, founding_year, is_range, number_words, quantities
from .answerphrases import PhraseIndex
from .answerreading import MARGIN, SURE, UNSURE, Reading
from .answerwords import AnswerWords, polarity
from .questionnaire import Question

GUESS = 0.6  # confidence of a number given with "I don't know" ("not sure, maybe three"): ask
WORDED_SCALE = 0.9  # a scale answer matching an end's words this well is read so, before any number in it


@dataclass
class NumberReader:
    """Reads the answers to number and scale questions in one language."""

    words: AnswerWords
    index: PhraseIndex
    _and_article: re.Pattern[str] | None = field(init=False, default=None)  # "and a", "et une": one more in a sum

    def __post_init__(self) -> None:
        articles = [a for a in self.words.lists["articles"] if a[:1].isalnum()]
        joiners = [j for j in self.words.lists["and"] if j[:1].isalnum()]
        if articles and joiners:
            self._and_article = re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, joiners)) + r") (?:"
                                           + "|".join(map(re.escape, articles)) + r")(?!\S)")  # fmt: skip

    def read(self, question: Question, text: str, text_plain: str, year: int) -> Reading:
        """A number or scale answer: digits, number words, a founding year, a sum of counts, a scale's words."""
        low, high = question.min or 0.0, question.max or 0.0
        # "no idea", "keine Ahnung": the "no" is no zero, and a number said with it is a guess to confirm
        unknown = self.words.has("dont_know", text_plain)
        text_plain = self.words.patterns["dont_know"].sub(" ", text_plain).strip() if unknown else text_plain
        worded = self._scale_words(question, text_plain) if question.type == "scale" and text_plain else Reading()
        if worded.confidence >= WORDED_SCALE:  # "priority number one" says the top, not 1
            return worded
        if question.unit == "years" and (age := self._age(text, text_plain, year)) is not None:
            return age if low <= (age.value or 0) <= high else Reading(None, 0.0, problem="range")
        found = quantities(self.words, text, text_plain)
        if not found:
            if question.type == "scale" and text_plain:
                return self._scale_words(question, text_plain)
            if low == 0 and (self.words.has("none", text_plain) or polarity(self.words, text_plain) == "no"):
                return Reading(0, GUESS if unknown else 0.9)
            return Reading()
        ranged = len(found) >= 2 and is_range(text)
        value = first_or_middle(found, text)
        counted = question.type == "number" and question.unit != "years"  # years are no sum ("30 and something")
        if not ranged and counted and (total := self._sum(found, text, text_plain)) is not None:
            value = total
        note = ""
        if (
            question.type == "number"
            and high < 1800 <= value <= year
            and (self.words.has("since", text_plain) or len(text_plain.split()) <= 2)
        ):  # "since 2014", "2014": a year founded, not a number of years
            value, note = year - value, "year"
        if value != int(value):
            value = round(value)
        if not low <= value <= high:
            return Reading(None, 0.0, problem="range")
        return Reading(int(value), GUESS if unknown else 0.95, note=note)

    def _sum(self, found: list[tuple[float, str]], text: str, text_plain: str) -> float | None:
        """The sum of the counts a reply joins with "and" ("two fairs and one mission", "2x in Cologne and
        once in Vietnam", "a mission and four fairs"); None when it joins none ("six, more or less two a
        year": the "and" of a hedge joins nothing)."""
        joined = self.words.patterns["partly"].sub(" ", text_plain)
        if not self.words.has("and", joined):
            return None
        counts = [v for v, _unit in found]
        if any(c.isdigit() for c in text):  # digits and number words mixed: "2x at fairs and once on a mission"
            counts += [float(n) for n in number_words(self.words, NUMBER_RE.sub(" ", text_plain))]
        articles = len(self._and_article.findall(joined)) if self._and_article else 0
        articles += text_plain.split()[0] in self.words.lists["articles"]  # "a mission and four fairs"
        return sum(counts) + articles if len(counts) + articles >= 2 else None

    def _age(self, text: str, text_plain: str, year: int) -> Reading | None:
        """How many years a firm has been trading, from the year it was founded ("set up in 1987",
        "nel '62") or "last year" / "this year": confirmed, as the count is worked out."""
        founded = founding_year(text, year)
        if founded is None:
            for key, ago in (("last_year", 1), ("this_year", 0)):
                if self.words.has(key, text_plain) and not quantities(self.words, text, text_plain):
                    founded = year - ago
        return None if founded is None else Reading(year - founded, 0.95, note="year")

    def _scale_words(self, question: Question, text_plain: str) -> Reading:
        low, high = int(question.min or 0), int(question.max or 0)
        if self.words.has("middle", text_plain):
            return Reading((low + high) // 2, 0.8)
        ctx = self.index.prepare(text_plain)
        scores = {low: self.index.score(question.id, "low", ctx), high: self.index.score(question.id, "high", ctx)}
        best = max(scores, key=lambda k: scores[k])
        other = scores[low if best == high else high]
        if scores[best] >= UNSURE and scores[best] - other >= MARGIN:
            if self.words.has("rather", text_plain):  # "rather low", "eher hoch": one step in from the end
                return Reading(best + (1 if best == low else -1), min(scores[best], SURE - 0.01))
            return Reading(best, scores[best])
        return Reading()
