"""How much a barrier holds a firm back, read from a free-text reply: degree words, "the biggest problem",
"not much", a zero, clause by clause.

Pure helpers of the answer reader (`answermap`), for one language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .answerclauses import ReplyShape
from .answerphrases import PhraseIndex
from .answerreading import MARGIN, SURE, UNSURE, Reading
from .answertext import after_last, clauses, marker_pattern
from .answerwords import AnswerWords
from .questionnaire import Question
from .textnorm import plain

CLEAR_NONE = 0.95  # a later clause saying "no problem" this clearly overrules a first clause that only guessed
INFLECTED = 4  # a degree word this long is matched by its stem: "grosses" is "gross", "duże" is "duży"
DEGREE_LEAN = 0.6  # the score a plain degree word ("big", "mały") gives its end of the scale: proposed
CONCLUSION = 4  # words of a conclusion that sums up a reply ("…, so not much"); a longer one is a reason
SHORT_ANSWER = 2  # words of a first clause that is the answer by itself ("so mittel", "à fond", "strasznie")


@dataclass
class SeverityReader:
    """Reads the severity of barriers in one language; `decide` chooses among option scores (the reader's)."""

    words: AnswerWords
    index: PhraseIndex
    shape: ReplyShape
    decide: Callable[[Question, dict[str, float], str, str], Reading]
    _overall: re.Pattern[str] | None = field(init=False)  # "overall", "insgesamt": a summing-up follows
    _therefore: re.Pattern[str] | None = field(init=False)  # ", so", ", więc": a conclusion follows
    _neither: tuple[tuple[re.Pattern[str], bool], ...] = field(init=False)  # "ni … ni …", and if the same word

    def __post_init__(self) -> None:
        self._overall = marker_pattern(self.words.lists["overall"])
        self._therefore = marker_pattern(self.words.lists["therefore"])
        pairs = [pair.split("|") for pair in self.words.lists["neither_nor"]]
        self._neither = tuple((re.compile(rf"(?<!\S){re.escape(a)} (.+?) {re.escape(b)} (.+)"), a == b)
                              for a, b in pairs)  # fmt: skip

    def read(self, question: Question, text: str) -> Reading:
        """How much a barrier holds the firm back, read from the first clause that says so: the reason
        after it ("very much, we have no time") may hold a "no" that is no answer. When clauses disagree,
        a clearer later one may win; asked back."""
        if (middle := self._neither_nor(question, text)) is not None:
            return middle
        summed = after_last(text, self._overall)  # "… Insgesamt so mittelmäßig": the summing-up is the answer
        if summed and (reading := self.read(question, summed)).value is not None:
            return reading
        concluded = after_last(text, self._therefore, broken=True)  # "w UE prawie nie ma papierów, więc niewiele"
        if concluded and len(concluded.split()) <= CONCLUSION and (reading := self.read(question, concluded)).value:
            return reading
        readings: list[Reading] = []
        most, first_at = None, -1
        parts = clauses(text, self.shape.severity_breaks)
        for at, clause in enumerate(parts):
            if at == 0 and (
                zero := self._zero(question, clause) or (len(parts) > 1 and self._much_only(question, clause))
            ):
                return zero  # "cero, vendemos online a medio mundo": the reason after a zero does not overrule it
            said = self._most(question, clause)
            most = most or said
            reading = (
                self._not_much(question, clause)
                or self._zero(question, clause)
                or said
                or self.decide(question, self._degree_scores(question, clause), clause, clause)
            )
            if reading.value is not None:
                first_at = at if not readings else first_at
                readings.append(reading)
        if not readings:
            return Reading()
        first = readings[0]
        short = first_at == 0 and len(parts[0].split()) <= SHORT_ANSWER and first.confidence >= SURE
        if all(r.value == first.value for r in readings[1:]) or (short and most is None):
            return first  # "So mittel. Zwei Vertreter, einer gut, einer eine Katastrophe": the story explains it
        # a later clause clearer than the first wins, but never a later "no" (a reason: "we have no time");
        # after a first "no", only "the biggest problem" does ("no time at all, it is our biggest barrier")
        # unless the first is only a guess and the "no" is said in so many words ("peněz máme dost, to nás netrápí")
        clear_none = first.confidence < SURE and most is None  # then a later "no problem" said clearly may win
        lead = MARGIN if first.confidence >= SURE else 0.0  # a sure first answer yields only to a clearly surer one
        later = [r for r in readings[1:] if r.confidence > first.confidence + lead
                 and (r.value != "none" or (clear_none and r.confidence >= CLEAR_NONE))]  # fmt: skip
        # "the biggest problem" said later outweighs a first degree ("costano la metà, è il problema principale")
        best = (most if first.value != "major" else None) or max(later, key=lambda r: r.confidence, default=first)
        return Reading(best.value, min(best.confidence, SURE - 0.01), best.alternatives)

    def _neither_nor(self, question: Question, text: str) -> Reading | None:
        """ "Neither a big problem nor a small one", "ani moc, ani málo": two opposite ends denied, the middle."""
        values = {o.value for o in question.options}
        if "moderate" not in values:
            return None
        folded = plain(text)
        for pattern, repeated in self._neither:
            found = pattern.search(folded)
            if found is None:
                continue
            # "not much, not little" by degree words only: "non ci frena per niente, non chiediamo niente" is a no
            ends = {self._end(question, found.group(1), repeated), self._end(question, found.group(2), repeated)}
            if ends == {"low", "high"}:
                return Reading("moderate", SURE)
        return None

    def _end(self, question: Question, part: str, degree_only: bool = False) -> str | None:
        """Which end of the scale a few words say: "big" the high one, "small" the low one (else None); with
        `degree_only`, only by a degree word opening the part."""
        head = " ".join(part.split()[: 2 if degree_only else 3])
        much, little = self.words.has("much", head), self.words.has("little", head)
        if much != little:
            return "high" if much else "low"
        if degree_only:
            return None
        scores = self.index.scores(question, head)
        best = max(scores, key=lambda v: scores[v])
        if scores[best] < UNSURE:
            return None
        return "high" if best in ("major", "moderate") else "low" if best in ("minor", "none") else None

    def _zero(self, question: Question, clause: str) -> Reading | None:
        """A clause that is only a zero ("zero", "cero, we sell everywhere") says the barrier is none."""
        zero = clause == "0" or self.words.numbers.get(clause, -1) == 0
        return Reading("none", SURE) if zero and "none" in {o.value for o in question.options} else None

    def _much_only(self, question: Question, clause: str) -> Reading | None:
        """A first clause that is one word of degree and nothing else, with a reason after it ("tanto, non sappiamo
        dove cercare"), is the top of the scale: the reason, with its "not", does not overrule it. (Alone, "big"
        is only proposed: big what?)"""
        if (
            " " in clause
            or not self.words.is_only("much", clause)
            or "major" not in {o.value for o in question.options}
        ):
            return None
        return Reading("major", SURE)

    def _most(self, question: Question, clause: str) -> Reading | None:
        """ "Our biggest problem", "il problema principale": the top of the scale, unless negated ("not the
        biggest")."""
        found = self.words.patterns["most"].search(clause)
        if found is None or "major" not in {o.value for o in question.options}:
            return None
        before = clause[: found.start()].split()  # "no es lo peor", "non è la cosa peggiore": not the biggest
        return None if any(t in self.words.lists["not"] for t in before) else Reading("major", 0.9)

    def _not_much(self, question: Question, clause: str) -> Reading | None:
        """A "not" before a strong degree ("not much", "no es un gran problema", "nicht so sehr") is a little;
        "not really" and the like stay a no."""
        first, _, rest = clause.partition(" ")
        denial = self.words.patterns["no"].match(clause)
        if first not in self.words.lists["not"] or not rest or (denial and len(denial.group(0)) > len(first)):
            return None
        if not (self._says_much(rest) or self.words.has("very", rest) or self.words.has("most", rest)):
            return None  # "nie utrudnia" (it does not hinder) is a no; "not much", "kein großes Problem" a little
        scores = self._degree_scores(question, rest)
        if max(scores, key=lambda v: scores[v]) == "major" and scores["major"] >= UNSURE and "minor" in scores:
            return Reading("minor", SURE)
        return None

    def _says_much(self, text_plain: str) -> bool:
        """A word of degree, inflected or not ("großes", "duże", "velkej" for "groß", "duży", "velký")."""
        much = self.words.lists["much"]
        return any(t == w or (len(w) >= INFLECTED and t.startswith(w[:-1])) for t in text_plain.split() for w in much)

    def _degree_scores(self, question: Question, clause: str) -> dict[str, float]:
        """Option scores of a clause, read without a degree word that only strengthens the next one
        ("quite strongly" says "strongly"), when the rest alone is clear and clearer than the whole."""
        scores = self.index.scores(question, clause)
        self._lean_by_degree(question, scores, clause)
        tokens = clause.split()
        kept = " ".join(t for i, t in enumerate(tokens) if not (i + 1 < len(tokens) and self._is_degree(t)))
        if kept != clause and not self.words.has("middle", clause):  # "so so" is not "so"
            plainer = self.index.scores(question, kept)
            top, runner = sorted(plainer.values(), reverse=True)[:2]
            if top >= SURE and top - runner >= MARGIN:
                return plainer
        return scores

    def _lean_by_degree(self, question: Question, scores: dict[str, float], clause: str) -> None:
        """A plain degree word no phrase explains ("cash is tight, it's a big one"): "big" leans to the top,
        "small" to a minor barrier, unless a "not" comes before it."""
        tokens = clause.split()
        values = {o.value for o in question.options}
        for key, value in (("much", "major"), ("little", "minor")):
            found = self.words.patterns[key].search(clause)
            if found is None or value not in values:
                continue
            before = clause[: found.start()].split()[-2:]
            if not any(t in self.words.lists["not"] for t in before) and (len(tokens) > 1 or key == "much"):
                scores[value] = max(scores[value], DEGREE_LEAN)

    def _is_degree(self, token: str) -> bool:
        return self.words.is_only("very", token)
