"""Reading a free-text answer in the chat as one of a question's options, a number or yes/no.

Pure: the caller passes the option labels in the user's language and the language's
answer words (`knowledge/diagnosis/words.yaml`). A reading says how sure it is; the
chat accepts sure readings, asks for confirmation of unsure ones and asks again
when nothing fits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .answerclauses import ReplyShape
from .answercounts import NumberReader
from .answerhints import Hints, labels_for, load_hints
from .answernumbers import (
    MONEY,
    NUMBER_RE,
    YEAR_RE,
    band_of,
    band_option,
    number_words,
    options_by_number,
    quantities,
)
from .answerpeople import PeopleCounter
from .answerphrases import LABEL_HEAD, PhraseIndex
from .answerplaces import LANGUAGE_ENDING, SENTENCE_BREAK, PlaceReader
from .answerreading import MARGIN, SURE, UNSURE, Reading
from .answerseverity import SeverityReader
from .answertext import CLAUSE_BREAK, WORD_RE, after_last, before_first, marker_pattern, split, starts_with_any
from .answerwords import AnswerWords, contains, load_answer_words, polarity
from .countries import CountryData, CountryFinder, load_countries
from .questionnaire import Question, Questionnaire
from .textnorm import plain
from .yamlsrc import DataError, load_yaml

__all__ = ["AnswerData", "AnswerReader", "Hints", "Reading", "labels_for", "load_answer_data", "load_hints"]

PARTIAL_LEAN = 0.25  # added to the partial options ("Partly", "Yes, but …") for a mixed answer
LANGUAGE_CODE = re.compile(
    r"(?<!\w)(EN|DE|FR|IT|ES|PL|CZ|CS|NL|PT|SV|DA|RU|ZH|JA)(?=\s*(?:/|,|\s(?:and|et|und|e|y|i|a)\s|$))"
)
OWN_CODES = {"en": {"EN"}, "fr": {"FR"}, "de": {"DE"}, "it": {"IT"}, "es": {"ES"}, "pl": {"PL"}, "cs": {"CZ", "CS"}}
NEITHER = frozenset({"neither", "nor", "ni", "ani", "weder"})  # "ani X, ani Y", "X ani Y neznáme": none of the two
BARE_SUM = 0.6  # confidence of a band read from a sum without unit or multiplier ("20" for a turnover): ask
HEDGE = 0.5  # confidence of the partial option for a reply that only hedges ("more or less"): ask
OWN_SHARE = 0.25  # share of a reply's known words only one option uses, to propose that option
OWN_PART = 0.5  # the same for a part of a reply naming several options: a wrong extra option costs more
OWN_GUESS = 0.45  # confidence of such a proposal
BOTH_PART = 0.5  # a part of the reply naming an option this well counts towards "both"
CONTRAST_FLOOR = 0.6  # a "Partly" option's least score for a reply saying yes to one thing and no to another
SHORT_DONT_KNOW = 3  # words of a "don't know" proposed as a bare "No" where no option says "I don't know"
LONE_T = re.compile(r"(?<![\w'’])([Tt])\s*[&/-]\s*(?=[A-Za-z])")  # a "T" joined to a word: "T&Cs"
CONDITION_DAMP = 0.5  # an option saying no, for a reply opening with a condition ("if … nothing, we stop")
COUNTRY_HEAD = 3  # words of a first clause that only names a country ("die Schweiz")
TIED = 0.02  # scores this close are tied
TIE_BREAK = 0.1  # share of their own scores kept by options a yes or no raises to one floor
SCORED_PARTS = 20  # parts of a multi reply scored against the phrases; further ones are read for countries only
WHOLE_PHRASE = 0.95  # the score of a phrase the reply says whole (see `PhraseIndex.score`)
STATED_WORDS = 3  # words of a first clause that is an option's own words ("Teilweise, …")
HEADER = re.compile(r"\s*\S+(?:\s+\S+)?\s*[:,–-]")  # a count, then the people it counts: "two: one lad … and I"
TREND = 0.85  # the score of the option a change in percent tells ("sales up 20%": "sales are growing")
SIGNED_UP = re.compile(r"(?<![\w+])\+\s?\d")  # "+12%"
SIGNED_DOWN = re.compile(r"(?<![\w-])[-−–]\s?\d+(?:[.,]\d+)?\s?%")  # "-5 %", not "2019-2020"
PERCENT = re.compile(r"(?<!\S)(?:per ?cent|pour ?cent|prozent|per ?cento|por ?ciento|procent|procenta)(?!\S)")
PEOPLE_SURE = 3  # people named, each by a word of their own, to accept "several people" without asking
NEVER_HEARD = 0.95  # the score of a question's "I don't know what it is" for a reply never having heard of it
NEEDLESS = 0.9  # the score of "Yes: none is needed" for a reply saying nothing is needed ("braucht kein CE")
ONLY_HEAD = re.compile(r"\s*[:;,–—-]\s+|\s*[:;]\s*")  # the first part of a reply: "Only X: …", "Tylko Y - …"
NOT_EARLY = 4  # a "not" among a clause's first words negates what follows it ("we don't bother with eBay")
FRONTED_DAMP = 0.3  # kept of an option's score that a clause ending in its "not" names ("web propia no tenemos")
ECHO = re.compile(r"\s*([^?.!,;:]+)\?\s+(?=\w)")  # a reply opening with the question's topic asked back
ASKED = re.compile(r"\?\s+(?=\w)")  # a question inside a reply, with words after it
ECHO_TOPIC = 0.4  # how well a question inside a reply must name the question's topic to be it, asked back
ECHO_WORDS = 2  # words of such an echo ("Incoterms?", "Budget?", "Pravidla po brexitu?" is three: kept)
SAID_LAST = re.compile(r"[,;:.!?]\s*|\s[–—-]\s")  # what ends a reply's last clause: "…, dos en total"
SAID_WORDS = 3  # words after "I'd say" that are the answer ("że mocno"); more are a reason
TOTAL_WORDS = 4  # words of a last clause giving the total ("trois en tout"); a longer one tells more
CONTRAST_DAMP = 0.5  # kept of a whole yes or no option's score when the reply says yes to one thing, no to another


def _or(*patterns: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """One regex finding what any of the patterns finds."""
    found = [p.pattern for p in patterns if p is not None]
    return re.compile("|".join(f"(?:{p})" for p in found)) if found else None


@dataclass
class AnswerReader:
    """Reads answers to a questionnaire's questions in one language.

    `labels` maps a question id to {option value: label in the language} (and
    `low`/`high` for scales); `hints` adds, per question and option, the ways firms
    say that answer (`knowledge/diagnosis/hints/<lang>.yaml`).
    """

    lang: str
    words: AnswerWords
    labels: Mapping[str, Mapping[str, str]]
    hints: Mapping[str, Mapping[str, Sequence[str]]] = field(default_factory=dict)
    countries: CountryFinder | None = None
    country_groups: CountryData | None = None
    activity: frozenset[str] = frozenset()  # questions whose options are the sectors: "for whom" is no activity
    offers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # an option of "what do you sell" → sections
    sections: tuple[str, ...] = ()  # the sector options (nace_a …)
    index: PhraseIndex = field(init=False)
    _polarity_words: frozenset[str] = field(init=False)  # the yes, no and don't-know words
    shape: ReplyShape = field(init=False)
    numbers: NumberReader = field(init=False)
    places: PlaceReader = field(init=False)
    severity: SeverityReader = field(init=False)
    people: PeopleCounter = field(init=False)
    _correction: re.Pattern[str] | None = field(init=False)  # "no wait", "anzi", or "…" and a "no": a reply corrected
    _so: re.Pattern[str] | None = field(init=False)  # "so", "quindi": a count worked out after it
    _say: re.Pattern[str] | None = field(init=False)  # "I'd say", "řekl bych": a short answer after it sums up
    _but: re.Pattern[str] | None = field(init=False)  # "but", "ale": a bare yes or no after it is the answer
    _bare_polar: frozenset[str] = field(init=False)  # the yes and no words of one word ("ne", "nein", "yes")
    _market_questions: dict[str, bool] = field(init=False, default_factory=dict)  # see _some_places
    _for_whom: re.Pattern[str] | None = field(init=False)  # "for", "pour": the customers after it, not the activity
    _respelt: dict[str, str] = field(init=False)  # chat spellings and what they mean ("havent", "bcp")
    _respell: re.Pattern[str] | None = field(init=False)
    _country_options: dict[str, list[str]] = field(init=False, default_factory=dict)  # per question, see _countries
    _language_opts: dict[str, tuple[list[str], list[str]]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.index = PhraseIndex(self.lang, self.words, self.labels, self.hints)
        self.numbers = NumberReader(self.words, self.index)
        self.shape = ReplyShape(self.words, self.index)
        self.places = PlaceReader(self.words, self.index, self.shape, self.countries, self.country_groups)
        self.severity = SeverityReader(self.words, self.index, self.shape, self._decide)
        self.people = PeopleCounter(self.words)
        self._correction = _or(marker_pattern(self.words.lists["correction"]), self._ellipsis_no())
        self._so = marker_pattern(self.words.lists["so"])
        self._say = marker_pattern(self.words.lists["say"])
        self._but = marker_pattern(tuple(w for w in self.words.lists["but"] if " " not in w))
        self._bare_polar = frozenset(w for key in ("yes", "no") for w in self.words.lists[key] if " " not in w)
        self._therefore = marker_pattern(self.words.lists["therefore"])
        self._for_whom = marker_pattern(self.words.lists["for_whom"])
        self._respelt = dict(pair.split("|", 1) for pair in self.words.lists["respell"] if "|" in pair)
        typed = sorted(self._respelt, key=len, reverse=True)
        self._respell = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, typed)) + r")(?!\w)", re.I) if typed else None
        )
        dont_know = {w for phrase in self.words.lists["dont_know"] for w in phrase.split()}
        self._polarity_words = frozenset(self.index.polar_words | dont_know)

    def read(self, question: Question, text: str, year: int = 2026) -> Reading:
        """Read `text` as an answer to `question`.

        A message that asks for help ("I don't understand") is no answer (problem "help");
        one that is itself a question ("what is EORI?") is at most proposed, never accepted. A reply that
        corrects itself ("12… no wait, 9 now") is read after its correction, and a count worked out ("two
        fairs a year, so six") after the "so", when that part reads as an answer.
        """
        if self._respell is not None:  # "havent decided", "bcp": read as meant
            text = self._respell.sub(lambda m: self._respelt.get(m.group(0).lower(), m.group(0)), text)
        text = LONE_T.sub(r"\1", text)  # "T&Cs", "T-shirts": no "t" of "don't" to negate with
        steps: tuple[tuple[Callable[[], str | None], bool], ...] = (
            (
                lambda: self._after_echo(question, text),
                False,
            ),  # "Incoterms? To vůbec neznám": the topic asked back, then
            (lambda: after_last(text, self._correction), False),  # "12… no wait, 9"
            (lambda: self._said_last(text), False),  # "Średnio… powiedziałbym, że mocno"
            (lambda: self._polar_after_but(text), False),  # "mam firmu v Doveru, ale ne, ty pravidla neznám"
            (lambda: self._said_now(question, text), False),  # "45 last year, about 60 now"
            (lambda: self._worked_out(question, text), True),  # "two fairs a year, so six": confirmed
        )
        for find, confirm in steps:
            if (part := find()) is not None and (reading := self.read(question, part, year)).value is not None:
                return (
                    Reading(reading.value, min(reading.confidence, SURE - 0.01), note=reading.note)
                    if confirm
                    else reading
                )
        text_plain = plain(text)
        if self.words.has("later", text_plain):  # "can we come back to that one later?": no answer now
            return Reading()
        if self.words.has("decline", text_plain):  # "prefiero no contestar a esta": a refusal, no answer, …
            said = [o.value for o in question.options if self.index.says(question.id, o.value, "decline")]
            if len(said) != 1:
                return Reading()
            reading = self._read(question, text, text_plain, year)  # … unless an option says it ("keine Angabe")
            return reading if reading.value == said[0] else Reading(said[0], SURE)
        reading = self._read(question, text, text_plain, year)
        helps = [p for p in self.words.lists["help"] if " " in p and contains(text_plain, p)]
        if helps and not (self.words.has("dont_know", text_plain) and self._answers_help(question, reading, helps)):
            return Reading(problem="help")
        acknowledged = text_plain in self.words.lists["acknowledge"]  # "ok": maybe only "I see", asked back
        if (text.rstrip().endswith("?") or acknowledged) and reading.value is not None:
            return Reading(reading.value, min(reading.confidence, SURE - 0.01), reading.alternatives,
                           reading.problem, reading.note)  # fmt: skip
        return reading

    def _polar_after_but(self, text: str) -> str | None:
        """The reply after its last "but" when a bare yes or no of one word opens it ("mam firmu v Doveru, ale ne,
        ty pravidla vůbec neznám"): what came before was context, the answer follows; not "ale čísla ne", nor "aber
        nicht dramatisch"."""
        after = after_last(text, self._but, broken=True)
        if after is None:
            return None
        opening = plain(CLAUSE_BREAK.split(after)[0]).split()  # one word: not "aber nicht dramatisch"
        return after if len(opening) == 1 and opening[0] in self._bare_polar and after != opening[0] else None

    def _said_last(self, text: str) -> str | None:
        """A short answer after the last "I'd say" ("S Francouzi je to horší, řekl bych průměrně" → "průměrně"); not
        a reason after it ("Moderately I'd say, we know Germany but not much beyond that")."""
        after = after_last(text, self._say)
        return after if after is not None and len(after.split()) <= SAID_WORDS else None

    def _after_echo(self, question: Question, text: str) -> str | None:
        """What follows a short question opening the reply ("Incoterms? To vůbec neznám" → "To vůbec neznám"), or a
        question inside it that names the question's topic, when a yes or a no follows."""
        echo = ECHO.match(text)
        if echo and len(echo.group(1).split()) <= ECHO_WORDS:
            return text[echo.end() :]
        asked = list(ASKED.finditer(text))
        if not asked or asked[-1].start() == 0:
            return None
        after, said = text[asked[-1].end() :], plain(text[asked[-1].end() :])
        if self.polarity(said, leading=True) is None or self.words.has("help", said):
            return None  # "Perché lo chiede? Non vedo cosa c'entri": no answer after the question
        topic = plain(re.split(r"[.!?,;:]", text[: asked[-1].start()])[-1])  # "…. Pravidla po brexitu? Ne, neznám je"
        scores = self.index.scores(question, topic) if topic else {}
        return after if scores and max(scores.values()) >= ECHO_TOPIC else None

    @staticmethod
    def _is_count(question: Question) -> bool:
        """A number question, or one whose options stand for quantities ("10 to 49")."""
        return question.type == "number" or any(o.range for o in question.options)

    def _worked_out(self, question: Question, text: str) -> str | None:
        """For a count, what follows the last "so" when it holds a number ("two fairs a year, so six"), or a last
        clause giving the total ("una misión y la feria de Bruselas, dos en total")."""
        if not self._is_count(question) or (question.unit == "years" and YEAR_RE.search(text)):
            return None  # "seit 1923, also über hundert Jahre": the year says it exactly
        after = after_last(text, self._so)
        if after is None and self._so is not None:  # "…, dos en total", "… - trois en tout": a count said last
            last = SAID_LAST.split(text.strip(" .!…"))[-1].strip()
            told = last != text.strip(" .!…") and len(last.split()) <= TOTAL_WORDS
            after = last if told and self._so.search(plain(last)) else None
        return after if after and (NUMBER_RE.search(after) or number_words(self.words, plain(after))) else None

    def _said_now(self, question: Question, text: str) -> str | None:
        """For a count, of a reply giving two or more numbers, the clause saying "now" with one ("we were 45
        last year, about 60 now")."""
        if not self._is_count(question) or len(NUMBER_RE.findall(text)) < 2:
            return None
        pieces = [p for p in CLAUSE_BREAK.split(text) if self.words.has("now", plain(p)) and NUMBER_RE.search(p)]
        return pieces[-1] if len(pieces) == 1 and pieces[-1].strip() != text.strip() else None

    def _ellipsis_no(self) -> re.Pattern[str] | None:
        """ "…" or "..." and then a one-word "no" ("4... nie, 5 razy"): the reply corrects itself."""
        nos = [w for w in self.words.lists["no"] if " " not in w and w.isalpha()]
        return re.compile(r"(?:\.{2,}|…)\s*(?:" + "|".join(map(re.escape, nos)) + r")(?!\w)") if nos else None

    def _answers_help(self, question: Question, reading: Reading, helps: list[str]) -> bool:
        """ "I don't know what this means" answers where an option says so; "what does it mean?" does not."""
        if not isinstance(reading.value, str) or question.type != "single":
            return False
        key = (question.id, reading.value)
        return self.index.sides.get(key) == "dont_know" or any(self.index.says_phrase(key, h) for h in helps)

    def _read(self, question: Question, text: str, text_plain: str, year: int) -> Reading:
        if question.type == "yesno":
            return self._yes_no(question, text_plain, text)
        if question.type in ("number", "scale"):
            reading = self.numbers.read(question, text, text_plain, year)
            return self._head_count(question, reading, text, text_plain) if question.unit == "people" else reading
        if question.type == "multi":
            return self._multi(question, text, text_plain)
        if question.type == "single":
            return self._single(question, text, text_plain)
        return Reading(text.strip() or None, 1.0) if text.strip() else Reading()

    # --- yes / no -------------------------------------------------------------------------------
    def polarity(self, text_plain: str, leading: bool = False) -> str | None:
        """yes, no or dont_know: the earliest such phrase in the text (the longest at the same place);
        with `leading`, only a phrase the text starts with ("No, never" but not "Not at all")."""
        return polarity(self.words, text_plain, leading)

    def _yes_no(self, question: Question, text_plain: str, text: str = "") -> Reading:
        """A yes or a no word; else, where the hints give the ways firms say yes or no to this question ("I did
        the Institute of Export course"), the one the reply says, proposed."""
        polarity = self.polarity(text_plain)
        if polarity in ("yes", "no"):
            short = len(text_plain.split()) <= 6
            return Reading(polarity, 0.95 if short else 0.8)
        if any(value > 0 and unit in MONEY for value, unit in quantities(self.words, text or text_plain)):
            return Reading("yes", SURE - 0.01)  # "£15k put aside for a fair": a sum of money says yes, proposed
        if not any(key in self.index.phrases for key in ((question.id, "yes"), (question.id, "no"))):
            return Reading()
        ctx = self.index.prepare(text_plain)
        scores = {side: self.index.score(question.id, side, ctx) for side in ("yes", "no")}
        best, other = ("yes", "no") if scores["yes"] >= scores["no"] else ("no", "yes")
        if scores[best] >= UNSURE and scores[best] - scores[other] >= MARGIN:
            return Reading(best, min(scores[best], SURE - 0.01))
        return Reading()

    # --- options --------------------------------------------------------------------------------
    def mentioned_options(self, question: Question, text: str, minimum: float = 0.9) -> list[str]:
        """Options the text names outright (a sector word, a label): for searches, not answers."""
        scores = self.index.scores(question, plain(text))
        return [value for value, score in sorted(scores.items(), key=lambda kv: -kv[1]) if score >= minimum]

    def _single(self, question: Question, text: str, text_plain: str) -> Reading:
        if any(o.range for o in question.options):
            if self.numbers.address(text, text_plain):
                return Reading()  # "C/ Alta 14, 39008 Santander": an address, no size
            unknown = self.words.has("dont_know", text_plain)  # "keine Ahnung" is no zero; "no sé, un tercio" a guess
            total = self.numbers.head_sum(text, text_plain) if question.unit == "people" else None
            if total is not None and (band := band_of(question, total)) is not None:
                return Reading(band, SURE - 0.01)  # "230 osób na produkcji plus 40 w biurze": 270, confirmed
            given = bool(NUMBER_RE.search(text)) or self.words.has("fractions", text_plain)
            if (given or not unknown) and (banded := band_option(self.words, question, text, text_plain)):
                return Reading(banded[0], BARE_SUM if banded[1] in ("bare", "home") or unknown else 0.95,
                               note={"home": "converted"}.get(banded[1], banded[1])
                               if banded[1] in ("converted", "share", "home") else "")  # fmt: skip
        elif (picked := options_by_number(self.words, question, text_plain)) and len(picked) == 1:
            return Reading(picked[0], 0.9)
        if question.barrier:
            return self.severity.read(question, text)
        if (unheard := self._never_heard(question, text_plain)) is not None:
            return Reading(unheard, NEVER_HEARD)
        concluded = after_last(text, self._therefore, broken=True)  # "solo va en euros y en español, así que no"
        said = plain(concluded) if concluded else ""
        if said in self._polarity_words and (reading := self._single(question, said, said)).value is not None:
            return reading
        if question.id in self.activity and (own := self._own_activity(question, text)) is not None:
            text, text_plain = own, plain(own)
        scores = self.index.scores(question, text_plain)
        if question.id in self.activity:
            self._first_named(scores, question, text_plain)
            self._maker(scores, text_plain)
        placed = self.places.options(question, text)
        denied = self._placed_only_negatively(question, text) if placed else set()  # "the USA we never checked"
        for value in placed:
            scores[value] = max(scores[value], 0.9) if value not in denied else scores[value]
        if trend := self._trend(question, text, text_plain):
            scores[trend] = max(scores[trend], TREND)
        for value in self._said_before_not(question, text):
            scores[value] *= FRONTED_DAMP
        if needless := self._needless(question, text_plain):  # "lo comprobamos y no necesita CE": "Yes: none needed"
            scores[needless] = max(scores[needless], NEEDLESS)

        if (several := self.places.several(question, text)) and not self._outweighs(scores, str(several.value)):
            return several
        home = next((o.value for o in question.options if o.home), None)
        if home is not None and self.places.home_only(text):  # "que la France": no customers abroad
            return Reading(home, SURE - 0.01)
        if (parts := self._parts_had(question, text)) is not None:  # "we have an EORI, nobody does declarations"
            return parts
        self._lean_to_underway(question, scores, text_plain)
        reading = self._decide(question, scores, text_plain, text)
        if (some := self._some_places(question, text)) is not None and some.value != reading.value:
            return some  # "Für England ja. Für Frankreich hätten wir niemanden": for some of them
        if (stated := self._stated_first(question, reading, text)) is not None:
            return stated
        if told := (self._people(question, reading, text) or self._countries(question, reading, text)
                    or self._sums(question, reading, text)
                    or self._languages(question, reading, text_plain, text)):  # fmt: skip
            return told
        negative = self.index.sides.get((question.id, str(reading.value))) == "no"
        if reading.status == "unsure" and negative and (first := self._first_clause(question, text)) is not None:
            return first
        named = self.people.count(text) if reading.value is None and question.unit == "people" else 0
        if named and (band := band_of(question, named)) is not None:
            return Reading(band, SURE - 0.01)  # "me and the missus": two people, a band of head counts
        guess = self._own_guess(question, text_plain) if reading.value is None else None
        return Reading(guess, OWN_GUESS) if guess else reading

    def _some_places(self, question: Question, text: str) -> Reading | None:
        """Markets named in clauses of their own, some said yes and some no ("Für England und Skandinavien ja.
        Für Frankreich hätten wir niemanden"): the one "Partly" option ("For some of them"), proposed."""
        middle = [o.value for o in question.options if (question.id, o.value) in self.index.middle]
        if question.id not in self._market_questions:  # "Yes, for all our target markets": the labels, read once
            labels = [plain(label) for label in self.labels.get(question.id, {}).values()]
            said = [self.words.has(key, label) for key in ("market", "countries") for label in labels]
            self._market_questions[question.id] = any(said)
        if len(middle) != 1 or self.countries is None or not self._market_questions[question.id]:
            return None  # a question about markets, not where the firm sits
        sides = set()
        for clause in (c for piece in SENTENCE_BREAK.split(text) for c in piece.split(",")):
            if self.places.find(clause):  # countries and cities: "inglese" is a language here
                folded = plain(clause)
                sides.add(self._says_not(folded) or self.polarity(folded) == "no")
        return Reading(middle[0], SURE - 0.01) if sides == {True, False} else None

    @staticmethod
    def _outweighs(scores: dict[str, float], value: str) -> bool:
        """Another option reads from the reply's words clearly better than this one ("un cugino in Belgio e un
        fornitore in Croazia, potrei chiedere a loro": "A few contacts we could ask for help", not "several")."""
        best = max((s for v, s in scores.items() if v != value), default=0.0)
        return best >= SURE and best >= scores.get(value, 0.0) + MARGIN

    def _parts_had(self, question: Question, text: str) -> Reading | None:
        """For a question about two things ("an EORI number and someone to make declarations"), a reply of two
        clauses, each saying one has it or has not ("we have an EORI, nobody doing the declarations yet", "ani EORI,
        ani agencji celnej"): the option with as many `parts` as clauses saying yes, proposed."""
        by_parts = {o.parts: o.value for o in question.options if o.parts is not None}
        if len(by_parts) < 3:
            return None
        joiners = (*self.shape.joiners(plain(text)), *(w for w in self.words.lists["but"] if " " not in w))
        clauses: list[str] = []
        for part in (p for piece in CLAUSE_BREAK.split(text) for p in split(plain(piece), joiners) if p.strip()):
            # one word ("… Zollagentur auch nicht": the "nicht" after "auch") belongs to the clause before it
            if clauses and len(part.split()) < 2:
                clauses[-1] += " " + part
            else:
                clauses.append(part)
        if len(clauses) != 2 or any(len(c.split()) < 2 for c in clauses):
            return None
        if any(self.polarity(c) == "dont_know" for c in clauses):
            return None  # "non lo so, dovrei chiedere al commercialista": no "no"
        if 0 in by_parts and any(t in NEITHER for t in clauses[0].split()[:-1]):  # "Celní kód ani clo neznáme, …"
            return Reading(by_parts[0], SURE - 0.01)
        had = sum(not self._says_not(c) and self.polarity(c) != "no" for c in clauses)
        return Reading(by_parts[had], SURE - 0.01) if had < 2 and had in by_parts else None  # a "both" is read as said

    def _never_heard(self, question: Question, text_plain: str) -> str | None:
        """The question's one "I don't know what it is" option, else its one "No", for a reply never having heard of
        it ("duplice uso? mai sentito", "Dual-Use hab ich noch nie gehört"); the "mai" of it is no "no"."""
        if not self.words.has("never_heard", text_plain) or self.polarity(text_plain, leading=True) == "yes":
            return None
        for side in ("dont_know", "no"):  # else its bare "No" ("o tom jsme nikdy neslyšeli")
            said = [o.value for o in question.options if self.index.sides.get((question.id, o.value)) == side]
            if said:
                return said[0] if len(said) == 1 else None
        return None

    def _placed_only_negatively(self, question: Question, text: str) -> set[str]:
        """Options whose countries the reply names only in clauses with a "not" ("GDPR is fine here, but the US we
        never looked at"); not those a clause without one names too ("in Canada they reorder every year")."""
        negative: set[str] = set()
        positive: set[str] = set()
        for clause in CLAUSE_BREAK.split(text):
            named = set(self.places.options(question, clause))
            (negative if self._says_not(plain(clause)) else positive).update(named)
        return negative - positive

    def _says_not(self, clause_plain: str) -> bool:
        """A word of the folded clause is a "not" or a "none" ("nothing in French yet")."""
        return any(t in self.words.lists["not"] or t in self.words.lists["none"] for t in clause_plain.split())

    def _needless(self, question: Question, text_plain: str) -> str | None:
        """The question's one yes option saying none is needed ("Yes: none is needed"), where the reply says
        nothing is ("no necesita CE ni nada", "keine Genehmigung nötig")."""
        if not self.words.has("needless", text_plain):
            return None
        found = [o.value for o in question.options if self._label_says_no(question, o.value)
                 and self.words.has("needless", plain(self.labels.get(question.id, {}).get(o.value, "")))]  # fmt: skip
        return found[0] if len(found) == 1 else None

    def _said_before_not(self, question: Question, text: str) -> set[str]:
        """The options a clause names before the "not" that ends it ("web propia no tenemos", "na Allegro nie
        wystawiamy", "su Amazon invece no", "e-shop nemáme"), where no other clause names them too: for a question
        with a "Yes, both" option, whose other yes options each name one thing (not "Yes: none is needed")."""
        clauses = [plain(c).split() for c in CLAUSE_BREAK.split(text) if plain(c)]
        if len(clauses) < 2 or not any((question.id, o.value) in self.index.both for o in question.options):
            return set()
        nots = {*self.words.lists["not"], *(w for w in self.words.lists["no"] if " " not in w)}
        denied: set[str] = set()
        named: set[str] = set()  # named surely in a clause without a "not" at its end
        other: set[str] = set()  # named at all there
        for tokens in clauses:
            negated = self.shape.negated_words(" ".join(tokens[-1:]))
            cut = next((at for at in (len(tokens) - 2, len(tokens) - 1) if at >= 1 and tokens[at] in nots), None)
            cut = len(tokens) - 1 if cut is None and negated and len(tokens) >= 2 else cut
            # or a "not" after the clause's first word, before what it names: "we don't bother with eBay or Amazon"
            early = next((at for at in range(1, NOT_EARLY) if at < len(tokens) - 1 and tokens[at] in nots), None)
            early = None if cut is not None or tokens[0] in nots else early
            head = tokens[:cut] if cut is not None else tokens[early + 1 :] if early is not None else tokens
            scores = self.index.scores(question, " ".join(head))
            said = {v for v, score in scores.items() if score >= SURE and not self._label_says_no(question, v)
                    and self.index.sides.get((question.id, v)) == "yes"}  # fmt: skip
            if early is not None or (cut is not None and tokens[0] not in nots):
                denied |= said
            elif cut is None:
                named |= {v for v, score in scores.items() if score >= SURE}
                other |= {v for v, score in scores.items() if score >= UNSURE}
        if denied and other - denied:  # "tylko Allegro, własnego sklepu nie mamy": its "nie" is no bare "No",
            denied |= {o.value for o in question.options  # and with one of two denied, it is not "both"
                       if ((question.id, o.value) in self.index.bare_polar and self.index.sides.get(
                           (question.id, o.value)) == "no") or (question.id, o.value) in self.index.both}  # fmt: skip
        return denied - named

    def _lean_to_underway(self, question: Question, scores: dict[str, float], text_plain: str) -> None:
        """A reply saying the work is under way ("the certification is in progress") is the one option whose
        label says so ("Yes, and we are working on it"), over one its other words name ("certified")."""
        if not self.words.has("underway", text_plain):
            return
        labels = self.labels.get(question.id, {})
        underway = [o.value for o in question.options if self.words.has("underway", plain(labels.get(o.value, "")))]
        if len(underway) == 1:
            scores[underway[0]] = max(scores.values()) + MARGIN

    def _stated_first(self, question: Question, reading: Reading, text: str) -> Reading | None:
        """A reply opening with an option's own words, then explaining ("Teilweise, Rechnungen in Euro gehen,
        aber nur auf Deutsch"): that option, proposed, whatever the explanation's words lean to."""
        parts = CLAUSE_BREAK.split(text)
        head = plain(parts[0]) if len(parts) > 1 else ""
        if not 1 <= len(head.split()) <= STATED_WORDS or head in self._polarity_words:
            return None
        exact = [v for v, score in self.index.scores(question, head).items() if score >= 1.0]
        if not exact and self.words.is_only("partly", head):  # "połowicznie: …": the one "Partly" option
            exact = [o.value for o in question.options if (question.id, o.value) in self.index.middle]
        if len(exact) != 1 or reading.value == exact[0]:
            return None
        return Reading(exact[0], SURE - 0.01)

    def _people(self, question: Question, reading: Reading, text: str) -> Reading | None:
        """For a question with a "Yes, several people" and a "Yes, one person" option, the people the reply
        names: "I worked in Lyon and our engineer in Ohio" is several, "I did, nobody else" is one. A sure
        reading of another option stays ("two of us did a semester abroad" is brief experience)."""
        several = [o.value for o in question.options if (question.id, o.value) in self.index.several]
        label = plain(self.labels.get(question.id, {}).get(several[0], "")) if len(several) == 1 else ""
        if not label or not self.people.about_people(label):
            return None
        ones = [o.value for o in question.options
                if o.value != several[0] and self.index.sides.get((question.id, o.value)) == "yes"]  # fmt: skip
        if len(ones) != 1:
            return None
        text_plain = plain(text)
        if (brief := self._brief(question, several[0], ones[0], reading, text_plain)) is not None:
            return brief
        named = self.people.count(text)
        nobody_else = self.people.nobody_else(text_plain)
        rest = self.words.patterns["else"].sub(" ", text_plain)
        negative = self.words.has("none", rest) or self.polarity(rest) == "no"
        sure_other = reading.status == "sure" and reading.value not in (several[0], ones[0])
        if named == 1 and nobody_else and not negative:  # "my co-founder did six years in Stuttgart, the rest of us
            return Reading(ones[0], SURE - 0.01)  # are local": one person, whatever "local" says alone
        if named >= 2 and not negative and reading.value != several[0] and not sure_other:
            return Reading(several[0], SURE + 0.05 if named >= PEOPLE_SURE else SURE - 0.01)
        if (
            named == 1
            and not negative
            and (reading.value is None or (reading.value == several[0] and reading.status != "sure"))
        ):
            return Reading(ones[0], SURE - 0.01)  # "il mio socio ha lavorato 10 anni a Monaco"
        if named == 1 and nobody_else and not negative and reading.value != ones[0]:
            return Reading(ones[0], SURE - 0.01)  # "I did, nobody else": the "nobody" is no "No"
        return None

    def _first_named(self, scores: dict[str, float], question: Question, text_plain: str) -> None:
        """Of sectors tied at the top, the one the reply names first is its activity ("a haulage firm, … mostly
        pallets"): the others named later are what it carries, sells or serves. Still proposed, not accepted."""
        top = max(scores.values(), default=0.0)
        tied = [v for v, score in scores.items() if score >= max(top - TIED, SURE)]
        if len(tied) < 2:
            return
        padded = f" {text_plain} "
        at = {v: min((padded.find(f" {p.text} ") for p in self.index.phrases.get((question.id, v), ())
                      if f" {p.text} " in padded), default=len(padded)) for v in tied}  # fmt: skip
        first = min(tied, key=lambda v: at[v])
        if sorted(at.values())[:2] == [at[first]] * 2:
            return  # named at the same place: no order
        scores[first] = top + TIE_BREAK / 10

    def _maker(self, scores: dict[str, float], text_plain: str) -> None:
        """A firm that says it makes what it sells or buys in is a maker ("pečeme chleba … rozvážíme do krámů",
        "on met en conserve des anchois, achetés aux pêcheurs"): manufacturing, over the trade or the farming its
        customers and suppliers name. Proposed."""
        if "nace_c" not in scores or not self.words.has("making", text_plain) or scores["nace_c"] < UNSURE:
            return
        top = max(scores, key=lambda v: scores[v])
        if top in ("nace_g", "nace_a"):
            scores["nace_c"] = scores[top] + TIE_BREAK / 10

    def _own_activity(self, question: Question, text: str) -> str | None:
        """A firm's activity without the customers it serves ("software for vets' practices", "programas para
        autónomos"): the part before the "for", when it names a sector by itself."""
        head = before_first(text, self._for_whom)
        if head is None or len(plain(head).split()) < 2:
            return None
        scores = self.index.scores(question, plain(head))
        return head if max(scores.values(), default=0.0) >= SURE else None

    def _languages(self, question: Question, reading: Reading, text_plain: str, text: str = "") -> Reading | None:
        """Languages a reply names, for a question with an "Only in our own language" option or a "Partly"
        option naming a language ("Partly, e.g. in English only"): the firm's own language alone is that
        option ("la web solo está en castellano"); its own and another is partly ("po polsku i angielsku").
        Proposed; a sure reading of another option that says yes stays."""
        own_option, middle = self._language_options(question)
        if not own_option and not middle:
            return None
        own, foreign = False, set[str]()
        for clause in self.shape.clauses(text or text_plain):  # "English only, nothing in French yet": no French
            said, others = self._tongues(clause)
            own, foreign = own or said, foreign | (set() if self._says_not(clause) else others)
        for code in LANGUAGE_CODE.findall(text):  # "site en FR/EN", "Website auf DE, EN und NL": codes, as written
            own, foreign = own or code in OWN_CODES[self.lang], foreign | ({code} - OWN_CODES[self.lang])
        if own and not foreign and own_option:
            chosen = own_option[0]
        elif own and foreign and len(middle) == 1:
            chosen = middle[0]
        elif own and not foreign and (no := self._own_only_is_no(question, middle)):
            chosen = no  # "Nein, alles nur auf Deutsch und in Euro": "Partly, e.g. in English only" it is not
        else:
            return None
        sure_yes = reading.status == "sure" and self.index.sides.get((question.id, str(reading.value))) == "yes"
        return None if reading.value == chosen or sure_yes else Reading(chosen, SURE - 0.01)

    def _own_only_is_no(self, question: Question, middle: list[str]) -> str | None:
        """The bare "No" of a question without an "only our own language" option, whose "Partly" option names a
        foreign language ("Partly, e.g. in English only"): there, the firm's own language alone is that no."""
        labels = self.labels.get(question.id, {})
        named = [v for v in middle if (tongues := self._tongues(plain(labels.get(v, ""))))[1] and not tongues[0]]
        nos = [o.value for o in question.options if (question.id, o.value) in self.index.bare_polar
               and self.index.sides.get((question.id, o.value)) == "no"]  # fmt: skip
        return nos[0] if named and len(nos) == 1 else None

    def _language_options(self, question: Question) -> tuple[list[str], list[str]]:
        """The question's "only our own language" option and its "partly" ones (those naming a language, if
        any), worked out once per question."""
        if question.id not in self._language_opts:
            labels = {v: plain(label) for v, label in self.labels.get(question.id, {}).items()}
            own_option = [v for v, label in labels.items() if self.words.has("own_language", label)]
            middle = [o.value for o in question.options if (question.id, o.value) in self.index.middle]
            named = [v for v in middle if any(self._tongues(labels[v]))]  # "Partly, e.g. in English only"
            self._language_opts[question.id] = (own_option, (named or middle) if own_option or named else [])
        return self._language_opts[question.id]

    def _tongues(self, text_plain: str) -> tuple[bool, set[str]]:
        """Whether the text names the chat's language, and which other languages it names (word beginnings)."""
        own, foreign = False, set()
        tokens = text_plain.split()
        markets = {at + step for at, t in enumerate(tokens) if t in self.words.lists["market"] for step in (-1, 1)}
        for at, token in enumerate(tokens):
            if (self.countries and self.countries.is_name(token)) or at in markets:
                continue  # "míříme do Německa": a country, not German; "the French market", "německý trh": a market
            for key in ("mother_tongue", "tongues"):
                form = next((f for f in self.words.lists[key] if token.startswith(f) and not token.endswith("land")
                             and len(token) - len(f) <= LANGUAGE_ENDING), None)  # fmt: skip
                if form and key == "mother_tongue":
                    own = True
                elif form:
                    foreign.add(form)
        return own, foreign

    def _brief(self, question: Question, several: str, one: str, reading: Reading, text_plain: str) -> Reading | None:
        """Time abroad that is a short stay ("jeweils 2-3 Wochen", "una settimana di stage", "a school exchange"):
        the question's other "yes"-less option ("Only brief experience"), proposed; not when the reply also
        gives a span of years ("10 anni a Monaco")."""
        rest = [o.value for o in question.options if o.value not in (several, one)
                and self.index.sides.get((question.id, o.value)) is None]  # fmt: skip
        if len(rest) != 1 or reading.value == rest[0] or not self.words.has("short_stay", text_plain):
            return None
        if self.numbers.has_span_of_years(text_plain):
            return None
        return Reading(rest[0], SURE - 0.01)

    def _trend(self, question: Question, text: str, text_plain: str) -> str | None:
        """A change in percent ("sales up 20%", "+12 %", "-5%"): the one option whose label says sales rise (or
        fall), when the reply says only one way."""
        if "%" not in text and not PERCENT.search(text_plain):
            return None
        rise = bool(SIGNED_UP.search(text)) or self.words.has("rise", text_plain)
        fall = bool(SIGNED_DOWN.search(text)) or self.words.has("fall", text_plain)
        if rise == fall:
            return None
        key = "rise" if rise else "fall"
        labels = self.labels.get(question.id, {})
        told = [o.value for o in question.options if self.words.has(key, plain(labels.get(o.value, "")))]
        return told[0] if len(told) == 1 else None

    def _sums(self, question: Question, reading: Reading, text: str) -> Reading | None:
        """For options standing for sums of money (`sums` in the questionnaire), the one holding the largest sum
        the reply names ("once, 300 euros" is small; "one customer never paid, 40 000 €" a serious loss):
        proposed. A small sum does not overrule a sure reading ("several times, small sums each time")."""
        options = [o for o in question.options if o.sums]
        money = [v for v, unit in quantities(self.words, text) if unit in MONEY] if options else []
        if not money and options and reading.status != "sure" and self._small_sums(text):
            smallest = min(options, key=lambda o: o.sums[0] if o.sums else 0.0)  # "un paio di ritardi, cifre piccole"
            return Reading(smallest.value, SURE - 0.01) if reading.value != smallest.value else None
        if not money:
            return None
        amount = max(money)
        chosen = next((o for o in options if o.sums and o.sums[0] <= amount <= o.sums[1]), None)
        if chosen is None or (reading.status == "sure" and reading.value == chosen.value):
            return None
        largest = max(options, key=lambda o: o.sums[0] if o.sums else 0.0)
        negative = self.index.sides.get((question.id, str(reading.value))) == "no"
        if chosen is largest or reading.status != "sure" or negative:
            return Reading(chosen.value, SURE - 0.01)
        return None

    def _small_sums(self, text: str) -> bool:
        """A clause saying the sums were small ("small amounts", "cifre piccole", "de poca cosa"), with no "not"."""
        return any(self.words.has("little", c) and not self._says_not(c) for c in map(plain, CLAUSE_BREAK.split(text)))

    def _head_count(self, question: Question, reading: Reading, text: str, text_plain: str) -> Reading:
        """A count of people checked against the people the reply names, proposed where they tell more: "me and
        two sales reps, plus the production manager" is 4, "two: one lad speaks Polish and I get by in Spanish"
        is 2 (not 3), "nobody but me" is 1."""
        named = self.people.count(text)
        if not named or reading.value == named or reading.problem:
            return reading
        said = quantities(self.words, text, text_plain)
        first = said[0][0] if said else None
        speaker = self.people.speaker(text_plain)
        alone = named == 1 and (speaker or self.words.has("only", text_plain))  # "just me", "solo la de comercial"
        if (
            (reading.value in (None, 0) and alone)
            or (
                isinstance(reading.value, int) and named > reading.value and (reading.status == "unsure" or speaker)
            )  # "me and two reps": 3
            or (first == named and isinstance(reading.value, int) and reading.value > named and HEADER.match(text))
        ):
            return Reading(named, SURE - 0.01)
        return reading

    def _countries(self, question: Question, reading: Reading, text: str) -> Reading | None:
        """A reply naming two countries or more, for a question with an option about countries: "Yes, … in
        several countries" ("we buy from Italy and Portugal and speak to them every week"), unless the reply
        says no or reads surely as another option; or "For some countries only" ("we only ship to France and
        Belgium", which a bare "only" would read as the home market). That option, proposed."""
        if question.id not in self._country_options:
            labels = self.labels.get(question.id, {})
            said = [
                o.value
                for o in question.options  # not "Only in our home country": two countries are no home
                if not o.home and self.words.has("countries", plain(labels.get(o.value, "")))
            ]
            self._country_options[question.id] = said
        told = self._country_options[question.id]
        if len(told) != 1 or reading.value == told[0] or len(set(self.places.find(text))) < 2:
            return None
        key = (question.id, told[0])
        folded = plain(text)
        if key in self.index.limited:
            return Reading(told[0], SURE - 0.01)
        negative = self.words.has("none", folded) or self.polarity(folded) == "no"
        if key in self.index.several and reading.status != "sure" and not negative:
            return Reading(told[0], SURE - 0.01)
        return None

    def _first_clause(self, question: Question, text: str) -> Reading | None:
        """When the whole reply is a doubtful no, its first clause, if it names an option alone: the answer
        comes first and a later "no" explains it ("we sell wherever customers turn up, we chose no country")."""
        parts = CLAUSE_BREAK.split(text)
        head = plain(parts[0]) if len(parts) > 1 else ""
        if len(head.split()) < 2 or self.shape.contrast(text):  # "the codes we know, the duties not": both count
            return None
        reading = self._decide(question, self.index.scores(question, head), head, parts[0])
        return Reading(reading.value, min(reading.confidence, SURE - 0.01)) if reading.value is not None else None

    def _own_guess(self, question: Question, text_plain: str, least: float = OWN_SHARE) -> str | None:
        """The option whose own words make `least` of the reply, clearly ahead of the rest: to propose only."""
        shares = sorted(self.index.own_words(question, text_plain).items(), key=lambda kv: -kv[1])
        if shares and shares[0][1] >= least and (len(shares) < 2 or shares[1][1] < shares[0][1] / 2):
            return shares[0][0]
        return None

    def _decide(self, question: Question, scores: dict[str, float], text_plain: str, text: str = "") -> Reading:
        """Adjust the option scores by the answer's polarity (yes / no / don't know), then choose."""
        qid = question.id
        middle = self._middle(question)
        enough = self._enough(question, text_plain)  # "German and French, we need no more": the "all" option
        # a limit ("the site only in French") is half a no where the question tells "Partly" from "Only …"
        contrast = not enough and self.shape.contrast(text or text_plain, limits=bool(middle))
        mixed = not enough and (contrast or self.shape.mixed(text_plain, text) or self.words.has("but", text_plain)
                                or self.words.has("partly", text_plain))  # fmt: skip
        if mixed and not contrast and not self.words.has("but", text_plain) and self._yes_saying_no(question, scores):
            mixed = False  # "Ja, mit dem BAFA geklärt, wir brauchen keine Genehmigung": "Yes: none is needed"
        partial = {o.value for o in question.options if (qid, o.value) in self.index.partial} if mixed else set()
        if contrast and not partial:  # "the EORI we have, the broker not": between "Yes, both" and "Neither"
            partial = self._between(question)
        middle = self._damp_restricted(question, scores, partial, text or text_plain) if contrast else set()
        partial = middle or partial
        sides = {o.value: self.index.sides.get((qid, o.value)) for o in question.options}
        opening = self.polarity(self.shape.clauses(text or text_plain)[0], leading=True) if partial else None
        for value in partial:  # "yes for English, but not German": a mixed answer leans to the mixed options,
            # a reply opening with a no most to the one that does too ("non ancora, sappiamo…": "Not yet, but we know")
            said = opening == "no" and sides[value] == "no" and (qid, value) not in self.index.bare_polar
            scores[value] = max(scores[value] + PARTIAL_LEAN * (2 if said else 1), CONTRAST_FLOOR if middle else 0.0)
        if opening == "no" and any(sides[v] == "no" and (qid, v) not in self.index.bare_polar for v in partial):
            for value in scores:  # "pas encore, mais…" is no bare "Non"
                bare_no = (qid, value) in self.index.bare_polar and sides[value] == "no"
                scores[value] *= CONTRAST_DAMP if bare_no else 1.0
        if question.barrier and "none" in sides and "no" not in sides.values():
            sides["none"] = "no"  # a barrier's "Not at all" is its no, however a language says it ("Nada")
        if contrast and partial:  # "the codes we know, the duties not": neither a bare yes nor a bare no
            for value in scores:
                both = (qid, value) in self.index.both and self.index.sides.get((qid, value)) == "yes"  # "Yes, both"
                whole = (qid, value) in self.index.bare_polar or both
                scores[value] *= CONTRAST_DAMP if whole else 1.0
        if question.barrier and self.words.has("middle", text_plain) and "moderate" in scores:
            scores["moderate"] = max(scores["moderate"] + 0.3, 0.8)  # "medium", "średnio": the scale's middle
        polarity = None if mixed else self._answer_polarity(question, scores, text_plain, text)
        if self.words.patterns["if"].match(text_plain):  # "jak po roku nie będzie efektów, odpuszczamy": a condition,
            for value, side in sides.items():  # its "no" belongs to it, not to a bare "No" option
                scores[value] *= CONDITION_DAMP if side == "no" else 1.0
        if not contrast and self._opens_with_country(question, text):  # "Oesterreich, weils nah ist. Verglichen: nix"
            polarity = "yes"
            for value, side in sides.items():
                scores[value] *= 1.0 if side == "yes" else 0.3
        if polarity:
            same = [v for v, side in sides.items() if side == polarity]
            rest = len([t for t in text_plain.split() if t not in self._polarity_words])
            nos = [v for v, side in sides.items() if side == "no" and (qid, v) in self.index.bare_polar]
            if polarity == "dont_know" and not same and len(nos) == 1 and len(text_plain.split()) <= SHORT_DONT_KNOW:
                return Reading(nos[0], max(SURE - 0.01, min(scores[nos[0]], 1.0)))  # "to nevíme": that "No"
            for value, side in sides.items():
                if side == polarity:  # several options saying it keep their order ("yes, with overtime")
                    floor = 0.95 if len(same) == 1 else 0.6 + TIE_BREAK * scores[value]
                    scores[value] = max(scores[value], floor) + (0.05 if rest else 0)
                elif side is not None:
                    scores[value] *= 0.3
            if len(same) > 1 and rest == 0:  # "no" to "No" and "Not yet, but …": ask, unless one is just "No"
                same.sort(key=lambda v: -scores[v])
                exact = scores[same[0]] >= 1.0 > scores[same[1]]
                return Reading(same[0], 0.95 if exact else 0.5, alternatives=() if exact else tuple(same))
        self._lean_to_both(question, scores, text or text_plain, sides)
        if enough:
            scores[enough] = max(scores.values()) + MARGIN
        reading = _choose(scores)
        if reading.value is None and len(partial) == 1 and self.shape.only_hedge(text_plain):
            return Reading(next(iter(partial)), HEDGE)  # "more or less", "partly": the one partial option
        if mixed and partial and reading.value not in partial:  # a mixed answer read as a whole one: ask
            return Reading(reading.value, min(reading.confidence, SURE - 0.01), reading.alternatives)
        return reading

    def _enough(self, question: Question, text_plain: str) -> str | None:
        """The one option saying "all" ("Yes, for all our target markets") where the reply says that what the firm
        has covers its markets ("English and French, we need no more"; "which are our markets")."""
        if not self.words.has("enough", text_plain):
            return None
        alls = [v for v, label in self.labels.get(question.id, {}).items()
                if v in {o.value for o in question.options} and self.words.has("all", plain(label))]  # fmt: skip
        return alls[0] if len(alls) == 1 else None

    def _yes_saying_no(self, question: Question, scores: dict[str, float]) -> bool:
        """An option starting with a yes that says a no in its own words ("Yes: none is needed") fits the reply."""
        return any(scores[o.value] >= SURE and (question.id, o.value) not in self.index.partial  # not "Yes, but…"
                   and self._label_says_no(question, o.value) for o in question.options)  # fmt: skip

    def _label_says_no(self, question: Question, value: str) -> bool:
        """The option's label opens with a yes and then says a no: "Yes: none is needed"."""
        parts = LABEL_HEAD.split(self.labels.get(question.id, {}).get(value, ""), maxsplit=1)
        return (self.index.sides.get((question.id, value)) == "yes" and len(parts) == 2
                and self.words.has("no", plain(parts[1])))  # fmt: skip

    def _between(self, question: Question) -> set[str]:
        """The one option between a "both" and a no ("One of the two" between "Yes, both" and "Neither")."""
        keys = [(question.id, o.value) for o in question.options]
        if not any(k in self.index.both for k in keys):
            return set()
        rest = {v for q, v in keys if self.index.sides.get((q, v)) is None}
        return rest if len(rest) == 1 else set()

    def _middle(self, question: Question) -> set[str]:
        """The one "Partly" option of a question that also has an "Only …" or a bare "No" option."""
        keys = [(question.id, o.value) for o in question.options]
        middle = {v for q, v in keys if (q, v) in self.index.middle}
        limited = [k for k in keys if k in self.index.limited or k in self.index.bare_polar]
        return middle if len(middle) == 1 and any(v not in middle for _q, v in limited) else set()

    def _damp_restricted(self, question: Question, scores: dict[str, float], partial: set[str], text: str) -> set[str]:
        """The "Partly" options among the partial ones of a contrast, having halved the "only …" options it names
        after its first clause: "English yes, the site only in Italian" is partly; "only to firms, not to
        consumers" says the option first and stays it."""
        middle = {v for v in partial if (question.id, v) in self.index.middle}
        if not middle:
            return middle
        head = self.index.scores(question, self.shape.clauses(text)[0])
        first = max(head, key=lambda v: head[v])
        for value in partial - middle:
            if value != first or head[value] < UNSURE:
                scores[value] *= CONTRAST_DAMP
        return middle

    def _lean_to_both(
        self, question: Question, scores: dict[str, float], text: str, sides: dict[str, str | None]
    ) -> None:
        """A reply naming two options, as a whole or one per part ("our own shop, and also on Amazon"),
        is the "Yes, both" option when the question has one; not an option a part denies ("only Amazon and
        eBay, we have no shop of our own")."""
        both = [o.value for o in question.options if (question.id, o.value) in self.index.both]
        if len(both) != 1:
            return
        named = {v for v, score in scores.items() if v not in both and score >= SURE and sides[v] == "yes"}
        said: set[str] = set()
        denied: set[str] = set()
        for piece in CLAUSE_BREAK.split(text):
            for part in split(plain(piece), self.words.lists["and"]):
                part_scores = {v: s for v, s in self.index.scores(question, part).items() if v not in both}
                negative = any(t in self.words.lists["not"] for t in part.split()) or self.words.has("none", part)
                if self.polarity(part) == "no" or negative:  # "auf unserer Seite kann man nichts bestellen"
                    denied |= {v for v, s in part_scores.items() if s >= BOTH_PART and sides[v] == "yes"}
                    continue
                value, score = max(part_scores.items(), key=lambda vs: vs[1])
                if score >= BOTH_PART and sides[value] != "no":
                    said.add(value)
        if len((named | said) - (denied - said)) >= 2:
            scores[both[0]] = max(scores.values()) + MARGIN

    def _opens_with_country(self, question: Question, text: str) -> bool:
        """A reply opening with a foreign country ("Germany, because it's close") answers yes to a question whose
        options name no countries but start with a yes: a market chosen, contacts there, an enquiry from it."""
        if any(o.countries for o in question.options) or "yes" not in self.index.sides_of(question):
            return False
        head, *rest = CLAUSE_BREAK.split(text.strip(), maxsplit=1)
        explained = any(WORD_RE.search(r) for r in rest)  # "Spain and Portugal" alone may answer another question
        named = " ".join(t for t in plain(head).split() if not (self.countries and self.countries.is_name(t)))
        own, tongues = self._tongues(named)  # "anglicky to zvládnu" names a language, not England; "Germany" a country
        return (explained and not own and not tongues and len(head.split()) <= COUNTRY_HEAD
                and bool(self.places.foreign(head)))  # fmt: skip

    def _answer_polarity(self, question: Question, scores: dict[str, float], text_plain: str, text: str) -> str | None:
        """The reply's yes / no, unless a "not" inside it belongs to an option's own words ("we would
        not know where to look"): a yes or no that opens the reply is always an answer."""
        if self.words.patterns["if"].match(text_plain):  # "if in a year we see nothing, we stop": a condition
            return None
        polarity = self.polarity(text_plain)
        parts = self.shape.clauses(text)
        if (
            polarity == "dont_know"
            and "dont_know" not in self.index.sides_of(question)
            and any(
                scores[o.value] >= UNSURE and self.index.says(question.id, o.value, "dont_know")
                for o in question.options
            )
        ):
            return None  # "non saprei dove cercare": the option "We would not know where to look" says it
        opening = plain(parts[0]) + " " if parts else ""
        verb = polarity == "yes" and any(opening.startswith(v + " ") for v in self.words.lists["yes_verbs"])  # "děláme"
        if polarity is None or (self.polarity(parts[0], leading=True) == polarity and not verb):
            return polarity
        # a later one, or a "not" inside the reply, is no answer where an option without a yes or no of its own, or
        # a yes saying "no" in its own words, says it ("sprawdzaliśmy, nie trzeba": "Yes: none is needed")
        labels, qid = self.labels.get(question.id, {}), question.id
        owned = [o.value for o in question.options if scores[o.value] >= UNSURE and (
                 (self.index.sides.get((qid, o.value)) is None
                  and (self.index.says(qid, o.value, polarity) or scores[o.value] >= SURE))
                 # a yes saying the no in its label ("Yes: none is needed"), not in a hint ("nicht ausgelastet")
                 or (polarity == "no" and self.index.sides.get((qid, o.value)) == "yes"
                     and self.words.has("no", plain(labels.get(o.value, "")))))]  # fmt: skip
        return None if owned else polarity

    @staticmethod
    def _has_countries(question: Question, value: str) -> bool:
        return any(o.countries for o in question.options if o.value == value)

    def _says_whole(self, question: Question, value: str, text_plain: str) -> bool:
        """One of the option's phrases is in the text word for word ("within the EU")."""
        return any(contains(text_plain, p.text) for p in self.index.phrases.get((question.id, value), ()))

    def _only_first(self, question: Question, text: str) -> str | None:
        """The one option a reply's first part names after an "only" opening it ("Tylko usługi na miejscu: serwis
        maszyn", "Only stuff in boxes - …"), clearly ahead of the others: what follows explains it."""
        head = ONLY_HEAD.split(text.strip(), maxsplit=1)
        first = plain(head[0])
        if (len(head) < 2 or not first or any(o.countries for o in question.options)  # "only Germany, Austria, …"
                or not any(first.startswith(w + " ") for w in self.words.lists["only"])):  # fmt: skip
            return None
        scores = sorted(self.index.scores(question, first).items(), key=lambda kv: -kv[1])
        if len(scores) < 2 or scores[0][1] < UNSURE or scores[0][1] - scores[1][1] < MARGIN:
            return None
        rest = [plain(p) for p in CLAUSE_BREAK.split(head[1]) if plain(p)]  # "only software, plus training on site"
        if any(p == w or p.startswith(w + " ") for p in rest for w in self.words.lists["and"]):
            return None
        named = self.index.scores(question, " ".join(rest))  # "only trade statistics, Eurostat and …": a list
        return None if any(v != scores[0][0] and s >= SURE for v, s in named.items()) else scores[0][0]

    def _only_candidates(self, question: Question, text: str, exclusive: str) -> bool:
        """A clause saying nothing is decided (the exclusive option, or "we don't know yet"), and every clause naming
        another option says "maybe" ("jeszcze nie wiemy, może Skandynawia, może Bliski Wschód"): no choice made."""
        undecided = hedged = False
        for clause in (plain(c) for c in CLAUSE_BREAK.split(text) if plain(c)):
            scores = self.index.scores(question, clause)
            others = bool(self.places.options(question, clause)) or any(
                v != exclusive and score >= UNSURE for v, score in scores.items())  # fmt: skip
            if others and not self.words.has("maybe", clause):
                return False
            hedged |= others
            undecided |= not others and (scores.get(exclusive, 0.0) >= UNSURE or self.polarity(clause) == "dont_know")
        return undecided and hedged

    def _named_in_parts(self, question: Question, parts: list[str]) -> tuple[list[str], float, set[str]]:
        """The options the parts of a reply name, one each at most (or its countries), how sure the weakest
        of them is, and the options a negative part names ("nothing physical we ship"); a part that names
        nothing makes the whole a proposal."""
        chosen: list[str] = []
        denied: set[str] = set()
        strong: set[str] = set()
        weakest = 1.0
        read: dict[str, tuple[list[str], float, str | None]] = {}  # a part said again is read once ("Spain, …")
        for at, part in enumerate(parts):
            if at >= SCORED_PARTS:  # a long list ("Germany, France, … Brazil"): the rest by its countries only
                chosen += self.places.options(question, part)
                continue
            if part not in read:
                read[part] = self._read_part(question, part)
            named, sure, negative = read[part]
            chosen, weakest = chosen + named, min(weakest, sure)
            denied |= {negative} if negative else set()
            strong |= {named[-1]} if named and sure >= SURE else set()
        denied -= strong  # a part naming an option surely keeps it; one only guessed yields to a "not" of it
        return [v for v in chosen if v not in denied], weakest, denied

    def _read_part(self, question: Question, part: str) -> tuple[list[str], float, str | None]:
        """The options one part of a multi reply names, how sure that is, and the option it denies if any; a part
        naming what the firm offers before a "for" is read without the customers after it ("un programa de
        reservas para hoteles": digital, not the hotels' in-person services)."""
        scores = self.index.scores(question, part)
        head = before_first(part, self._for_whom)
        if head and max(scores.values(), default=0.0) >= UNSURE:
            own = self.index.scores(question, plain(head))
            if max(own.values(), default=0.0) >= UNSURE:
                scores = own
        named = self.places.options(question, part)
        offered = self._offered(question, part)  # "fabricamos muebles de cocina": a making sector, goods
        for value in named:
            scores[value] = max(scores[value], 0.9)
        if named:  # the countries named are read exactly: "Australii" is not nearly "Austria", an EU country
            for option in question.options:
                if (
                    option.countries
                    and option.value not in named
                    and not self._says_whole(question, option.value, part)
                ):
                    scores[option.value] = 0.0
        value, score = max(scores.items(), key=lambda kv: kv[1])
        if score >= UNSURE and self._denies(question, part, value):
            return named, SURE - 0.01, value
        if (said := self._said_without_not(question, part)) is not None:
            return named, SURE - 0.01, said  # "on ne vend aucun produit": the goods are denied
        named += [offered] if offered and not self._denies(question, part, offered) else []
        if score >= UNSURE:
            return [*named, value], score, None
        if named and offered:
            return named, SURE - 0.01, None
        if guess := self._own_guess(question, part, OWN_PART):
            return [*named, guess], OWN_GUESS, None  # "we do the maintenance": a word only one option uses; confirm
        unsure = len(part.split()) > 1 or len(part) > 3  # a part that names nothing: confirm what was understood
        return named, 0.5 if unsure else 1.0, None

    def _offered(self, question: Question, part: str) -> str | None:
        """The option of "what do you sell" whose sectors a part of the reply names surely ("queso curado": A/C)."""
        values = {o.value for o in question.options}
        if not self.offers or not set(self.offers) <= values or not self.activity:
            return None
        sector_question = next(iter(self.activity))
        ctx = self.index.prepare(part)
        named = {s for sections in self.offers.values() for s in sections}  # these first: most parts name none
        scores = {s: self.index.option_score(sector_question, s, ctx) for s in named}
        if max(scores.values(), default=0.0) < SURE:
            return None
        scores |= {s: self.index.option_score(sector_question, s, ctx) for s in self.sections if s not in scores}
        ranked = sorted(((score, s) for s, score in scores.items()), reverse=True)
        (top, best), runner = ranked[0], ranked[1][0] if len(ranked) > 1 else 0.0
        owners = [v for v, sections in self.offers.items() if best in sections]
        others = [s for score, s in ranked[1:] if score > top - MARGIN]  # "food": farming, making or a restaurant
        if len(owners) != 1 or any(s not in self.offers[owners[0]] for s in others) or runner > top:
            return None
        return owners[0]

    def _said_without_not(self, question: Question, part: str) -> str | None:
        """The option a negative part names once its "not" words are left out ("on ne vend aucun produit" →
        "on vend produit": the goods), where it names one surely and that option says no "not" itself."""
        tokens = part.split()
        kept = [t for t in tokens if not self._says_not(t)]
        if len(kept) == len(tokens) or not kept:
            return None
        scores = self.index.scores(question, " ".join(kept))
        value, score = max(scores.items(), key=lambda kv: kv[1])
        return value if score >= SURE and self._denies(question, part, value) else None

    def _denies(self, question: Question, part: str, value: str) -> bool:
        """The part says "not" of the option ("Europe does not interest us much"), where the option says no
        "not" itself (not "none of these")."""
        option = next(o for o in question.options if o.value == value)
        part = self.words.patterns["not_polar"].sub(" ", part)  # "pourquoi pas le Canada" says yes to it
        negative = any(t in self.words.lists["not"] for t in part.split()) or self.words.has("none", part)
        return negative and not option.exclusive and not self.index.says(question.id, value, "not")

    def _multi(self, question: Question, text: str, text_plain: str) -> Reading:
        options = question.options
        exclusive = next((o.value for o in options if o.exclusive), None)
        if exclusive and (self.words.is_only("none", text_plain) or self.words.is_only("no", text_plain)):
            return Reading([exclusive], 0.95)
        everything = [o.value for o in options if not o.exclusive and not o.na]
        if self.words.is_only("all", text_plain) or starts_with_any(text_plain, self.words.lists["all"]):
            return Reading(everything, 0.9)
        picked = options_by_number(self.words, question, text_plain)
        if picked:
            return Reading(sorted(set(picked), key=[o.value for o in options].index), 0.9)
        joiners = self.shape.joiners(text_plain)  # cut at the reply's commas too: "fairs, talks with distributors"
        parts = [p for piece in CLAUSE_BREAK.split(text) for p in split(plain(piece), joiners) if p]
        if parts and self.words.is_only("all", parts[0]):  # "all of them, we do everything"
            return Reading(everything, 0.9)
        if (only := self._only_first(question, text)) is not None:  # "Nur Dienstleistung vor Ort: Montage von …"
            return Reading([only], SURE - 0.01)
        chosen, weakest, denied = self._named_in_parts(question, parts)
        # the whole reply, without the customers after a "for" ("un gestionale per ristoranti": no restaurant)
        whole = self.index.scores(question, " ".join(before_first(p, self._for_whom) or p for p in parts) or text_plain)
        if self.places.find(text, adjectives=True):  # the countries named are read exactly (see `_read_part`)
            placed = set(self.places.options(question, text))
            exact = {v for v in whole if v in placed or not self._has_countries(question, v)
                     or self._says_whole(question, v, text_plain)}  # fmt: skip
            whole = {v: s if v in exact else 0.0 for v, s in whole.items()}
            chosen += [v for v in placed if v not in chosen and v not in denied]  # "DE, CZ": codes in the whole only
        chosen += [v for v, s in whole.items() if s >= WHOLE_PHRASE and v not in chosen and v not in denied]
        if exclusive and self.words.has("none", text_plain) and not chosen:
            return Reading([exclusive], 0.8)
        if not chosen and self.words.has("all", text_plain):
            return Reading(everything, 0.6)  # "we do a bit of everything": confirm
        if not chosen:
            return Reading()
        ordered = [o.value for o in options if o.value in chosen]
        if exclusive and self._only_candidates(question, text, exclusive):  # "peut-être l'Espagne, rien n'est tranché"
            return Reading([exclusive], SURE - 0.01)
        if (denied := self.places.denied(question, text)) and (kept := [v for v in ordered if v not in denied]):
            ordered, weakest = kept, min(weakest, SURE - 0.01)  # "Austria. The USA not yet, nothing sold there"
        if exclusive in ordered and len(ordered) > 1:
            ordered.remove(exclusive)
            weakest = min(weakest, 0.5)
        return Reading(ordered, weakest)


def _choose(scores: dict[str, float]) -> Reading:
    """The best option, sure when it clearly beats the next; nothing when even the best is weak."""
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    (best, top), runner = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0.0)
    if top < UNSURE:
        return Reading()
    close = tuple(v for v, s in ranked if s >= top - MARGIN and s >= UNSURE)
    confidence = min(top, 1.0) if top - runner >= MARGIN else min(top, SURE - 0.01)
    return Reading(best, confidence, alternatives=close if len(close) > 1 else ())


@dataclass(frozen=True)
class AnswerData:
    """Everything the chat needs to read answers, loaded once: words, countries and hints per language."""

    words: dict[str, AnswerWords]
    countries: CountryData
    hints: dict[str, dict[str, dict[str, tuple[str, ...]]]]
    support_types: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # kind → lang → words
    activity: frozenset[str] = frozenset()  # the questions whose options are the sectors (sectors.yaml)
    offers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # option of "what do you sell" → its sections
    sections: tuple[str, ...] = ()  # the sector options
    _readers: dict[str, AnswerReader] = field(default_factory=dict, compare=False, repr=False)

    def cached_reader(self, lang: str, labels: Callable[[], Mapping[str, Mapping[str, str]]]) -> AnswerReader:
        """The reader of one language, built on first use and kept with this data (labels built only then)."""
        if lang not in self._readers:
            self._readers[lang] = self.reader(lang, labels())
        return self._readers[lang]

    def reader(self, lang: str, labels: Mapping[str, Mapping[str, str]]) -> AnswerReader:
        """A reader for one language, given the questionnaire's labels in that language."""
        words = self.words.get(lang) or self.words["en"]
        return AnswerReader(lang, words, labels, self.hints.get(lang, {}), CountryFinder(lang, self.countries),
                            self.countries, self.activity, self.offers, self.sections)  # fmt: skip


def load_answer_data(folder: str | Path, questionnaire: Questionnaire, languages: Sequence[str]) -> AnswerData:
    """Read `diagnosis/` of the knowledge folder: words.yaml, countries.yaml, sectors.yaml, hints/<lang>.yaml
    and support_types.yaml (the words for the kinds of support, for the chat's support search)."""
    folder = Path(folder)
    words = load_answer_words(folder / "words.yaml")
    missing = [lang for lang in languages if lang not in words]
    if missing:
        raise DataError([f"{folder / 'words.yaml'}: no words for {', '.join(missing)}"])
    countries = load_countries(folder / "countries.yaml", folder / "cities.yaml", folder / "demonyms.yaml")
    groups = {g for q in questionnaire.questions.values() for o in q.options for g in o.countries}
    unknown = sorted(groups - set(countries.groups))
    if unknown:
        raise DataError([f"{questionnaire.id}: unknown country groups {', '.join(unknown)}"])
    sectors_path = folder / "sectors.yaml"
    sectors = load_yaml(sectors_path) if sectors_path.exists() else {}
    hints = {lang: load_hints(folder / "hints", lang, questionnaire, sectors) for lang in languages}
    types_path = folder / "support_types.yaml"
    types = load_yaml(types_path) if types_path.exists() else {}
    support_types = {str(k): {str(lang): tuple(map(str, ws)) for lang, ws in v.items()} for k, v in types.items()}
    sections = tuple(k for k in sectors if not k.startswith("_"))
    activity = frozenset(q.id for q in questionnaire.questions.values()
                         if q.options and {o.value for o in q.options} <= set(sections))  # fmt: skip
    offers = {str(k): tuple(map(str, v)) for k, v in (sectors.get("_offers") or {}).items()}
    return AnswerData(words, countries, hints, support_types, activity, offers, sections)
