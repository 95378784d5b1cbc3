"""Reading number and scale answers: counts, sums of counts, founding years, the words of a scale's ends.

Pure helpers of the answer reader (`answermap`), for one language.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from .answernumbers import (
    EXPONENT_RE,
    MINUS_RE,
    NUMBER_RE,
    decade_year,
    first_or_middle,
    founding_year,
    half_up,
    is_range,
    number_places,
    number_words,
    quantities,
    said_of_people,
    spelled_year,
)
from .answerphrases import COMPOUNDING, PhraseIndex
from .answerreading import MARGIN, SURE, UNSURE, Reading
from .answertext import CLAUSE_BREAK, folded_chars
from .answerwords import AnswerWords, phrase_pattern, polarity
from .questionnaire import Question
from .textnorm import plain

GUESS = 0.6  # confidence of a number given with "I don't know" ("not sure, maybe three"): ask
OUT_OF = re.compile(r"(?<![\w.,])(\d)\s*(?:/|out of|of|von|aus|sur|su|di|de|na|z|ze|from)\s*(\d+)(?![\w.,]?\d)", re.I)
# "number one", "n°1", "numero uno", "Nummer eins", "číslo jedna": a rank, the top of a scale (matched on folded text)
NUMBER_ONE = re.compile(
    r"(?<!\w)(?:(?:number|numero|nummer|numer|nr|cislo)\s*[.°º]?\s*(?:1|one|uno|eins|un|une|jeden|jedna|jedno|jednicka)"
    r"|(?:no|n)\s*[.°º]\s*1)(?!\w)"
)
RANK = re.compile(r"(?<!\S)(?:number|no|numero|nummer|numer|nr|cislo|c) \S+")  # "numero uno", "číslo jedna"
# postcodes: "26789", Polish "87 100", Czech "400 01", British "ct1 2ab"
POSTCODE = re.compile(r"(?<![\w.,])(?:\d{5}|\d{2}-\d{3}|\d{3} \d{2}|[a-z]{1,2}\d[a-z\d]? \d[a-z]{2})(?![\w.,]?\d)")
FIRST_CLAUSE = 3  # words of a first clause read alone on a scale when the whole reply says nothing clear
NOT_AT = 2  # a "not" among a reply's first words may deny the scale's top after it ("not very well")
DENIED_WORDS = 3  # words after that "not" read for the top it denies ("not very well", "nicht besonders gut")
MIDDLE_AT = 4  # words a clause may say the middle of a scale in ("somewhere in the middle")
RATHER_AT = 3  # words a "rather" may open a scale answer with ("plutôt faible")
FIRST_YEAR = 1800  # a number from here on in a firm's age is a year it was founded in
STREET_NEAR = 5  # words between a street word and the house number ("12 rue des Lilas", "sídlí v Olomouci, Hlavní 12")
STREET_SUFFIX = 5  # a street word this long ends compounds: "Hauptstraße", "Lindenallee"
WORDED_SCALE = 0.9  # a scale answer matching an end's words this well is read so, before any number in it
DATED = re.compile(r"(?<!\S)20\d\d(?!\S)")  # a year of this century in folded text: "Anuga 2023"


# a count said first, then explained ("about 10, we do Anuga and SIAL and a mission or two a year")
OPENING_COUNT = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}(?:\d+\s*[,:;–—-]|\d+\s+[^\W\d_]+\s*:)\s+\w")
OPENING_WORD = re.compile(
    r"\s*([^\W\d_]+)(?:\s+([^\W\d_]+))?\s*[,:;–—]\s+\w"
)  # "Due: il Fancy Food e una missione", "Cuatro, todas …"
# a street named by its own word, a house number, a comma and a town ("Teplická 15, Ústí nad Labem", "Unit 4, Orbital
# Park"): an address; a year is no house number ("Gegründet 1998, Celle")
SHORT_STREET = re.compile(r"\w(?:str|Str)\.\s*\d")  # "Gewerbestr. 4", "Hauptstr. 12": a street written short
PLUS = frozenset({"plus", "+", "piu", "mas"})  # a head count added up: "230 na produkcji plus 40 w biurze"
HOUSE_NUMBER = re.compile(r"(?<!\S)[A-ZÀ-ÞĀ-Ž][^\W\d_]+ \d{1,3}[a-wyzA-WYZ]?(?:/\d{1,3})?\s*,\s*[A-ZÀ-ÞĀ-Ž]")
# (not "Ambiente 3x, Maison&Objet 2x": three times)


@dataclass
class NumberReader:
    """Reads the answers to number and scale questions in one language."""

    words: AnswerWords
    index: PhraseIndex
    _and_article: re.Pattern[str] | None = field(init=False, default=None)  # "and a", "et une": one more in a sum
    _and_loose: re.Pattern[str] | None = field(init=False, default=None)  # "and then another": maybe one more
    _number_phrases: re.Pattern[str] = field(init=False)  # number words of several words: "une fois"
    _spans: re.Pattern[str] = field(init=False)  # a number and a time unit: "three years", "3 lata"
    _spelled_spans: dict[tuple[int, int], re.Pattern[str] | None] = field(init=False, default_factory=dict)
    _row: re.Pattern[str] = field(init=False)  # a span said "in a row": "3 années de suite", "dos años seguidos"
    _years: frozenset[str] = field(init=False)  # the time units that are years, not weeks or months
    _short_year: re.Pattern[str] = field(init=False)  # "en el 62": a founding year of two digits
    _long_streets: tuple[str, ...] = field(init=False)  # street words that end German compounds ("…straße")
    _denials: frozenset[str] = field(init=False)  # "not" and "little" words that deny a scale's top ("poco sicuri")

    def __post_init__(self) -> None:
        self._number_phrases = phrase_pattern(list(self.words.numbers))
        units = "|".join(map(re.escape, sorted(self.words.lists["durations"], key=len, reverse=True)))
        spelled = "|".join(map(re.escape, sorted(self.words.numbers, key=len, reverse=True)))
        self._spans = re.compile(rf"(?<![\w.,])(?:\d+|{spelled})\s+(?:{units})(?!\w)" if units else r"(?!x)x", re.I)
        rows = "|".join(r"[\W_]+".join(map(re.escape, p.split())) for p in self.words.lists["in_a_row"])
        self._row = re.compile(rf"(?<![\w.,])(\d+|{spelled})\s+(?:{units})[\W_]+(?:{rows})(?!\w)" if units and rows
                               else r"(?!x)x")  # fmt: skip
        self._years = frozenset(self.words.lists["durations"]) - frozenset(self.words.lists["short_stay"])
        since = "|".join(map(re.escape, sorted({*self.words.lists["since"], *self.words.lists["year_in"]}, key=len,
                                               reverse=True)))  # fmt: skip
        # a year of two digits after "since" / "in" ("en el 62", "nel 62"), not a span ("in 12 years")
        self._short_year = re.compile(rf"(?<!\S)(?:{since}) (?:\S{{1,3}} )?(\d\d)(?!\S)(?! (?:{units})(?!\w))"
                                      if since and units else r"(?!x)x")  # fmt: skip
        streets = self.words.lists["street"] if self.index.lang in COMPOUNDING else ()  # not "scorso" for "corso"
        self._long_streets = tuple(w for w in streets if len(w) >= STREET_SUFFIX and " " not in w)
        self._denials = frozenset({*self.words.lists["not"], *(w for w in self.words.lists["little"] if " " not in w)})
        articles = [a for a in self.words.lists["articles"] if a[:1].isalnum()]
        joiners = [j for j in self.words.lists["and"] if j[:1].isalnum()]
        if articles and joiners:
            self._and_article = re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, joiners)) + r") (?:"
                                           + "|".join(map(re.escape, articles)) + r")(?!\S)")  # fmt: skip
            self._and_loose = re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, joiners)) + r")(?: \S+){0,2} (?:"
                                         + "|".join(map(re.escape, articles)) + r")(?!\S)")  # fmt: skip

    def _counts_people(self, text_plain: str) -> bool:
        """Every number a reply gives is said of people ("12 Leute", "we're 12 staff"), and it names no span of
        time: a head count ("founded 1998 by two partners" gives a year too)."""
        tokens = text_plain.split()
        if any(t in self.words.lists["durations"] for t in tokens):
            return False
        if any(t.isdigit() and len(t) == 4 and int(t) >= FIRST_YEAR for t in tokens):
            return False  # "od 1998, jeszcze ojciec zakładał": a founding year, whoever is named after it
        numbers = number_places(self.words, tokens)
        return bool(numbers) and all(said_of_people(self.words, tokens, at) for at in numbers)

    def read(self, question: Question, text: str, text_plain: str, year: int) -> Reading:
        """A number or scale answer: digits, number words, a founding year, a sum of counts, a scale's words."""
        low, high = question.min or 0.0, question.max or 0.0
        if question.type == "number" and self.address(text, text_plain):
            return Reading()  # "12 rue des Lilas", "Praha 4, Nuselská": an address, not a count
        # a span is no point on a scale ("top of the list for the next three years") and counts no one ("solo yo, que
        # viví seis años en Francia")
        if question.type == "scale" or question.unit == "people":
            text, text_plain = self._spans.sub(" ", text), self._spans.sub(" ", text_plain)
        elif question.type == "number" and question.unit != "years":
            if (rows := list(self._row.finditer(folded_chars(text)))) and question.unit == "events":
                for row in reversed(rows):  # "ProWein 3 années de suite": three times, no span
                    text = text[: row.start()] + row.group(1) + text[row.end() :]
                text_plain = plain(text)
            text, text_plain = self._without_spans(text), self._without_spans(text_plain)  # "the last 3 years, 4 fairs"
        # "no idea", "keine Ahnung": the "no" is no zero, and a number said with it is a guess to confirm
        unknown = self.words.has("dont_know", text_plain)
        text_plain = self.words.patterns["dont_know"].sub(" ", text_plain).strip() if unknown else text_plain
        if question.type == "scale":  # "from 1 to 5, a four": the scale's span is no answer
            text, text_plain = self._without_scale_span(question, text), self._without_scale_span(question, text_plain)
        worded = self._scale_words(question, text, text_plain) if question.type == "scale" and text_plain else Reading()
        if worded.confidence >= WORDED_SCALE:  # "priority number one" says the top, not 1
            return self._scale_digit(question, text) or self._scale_number_word(question, text_plain, text) or worded
        if question.type == "scale":
            if (top := self._number_one(question, text)) is not None:
                return top
            text, text_plain = _cut(text, NUMBER_ONE), _cut(text_plain, NUMBER_ONE)  # "pas le sujet n°1": no 1
        if question.unit == "years" and self._counts_people(text_plain):
            return Reading()  # "Wir sind 12 Leute": a head count, no firm's age
        if question.unit == "years" and (part := self._part_years(text, text_plain)) is not None:
            return part if low <= (part.value or 0) <= high else Reading(None, 0.0, problem="range")
        if question.unit == "years" and (age := self._age(text, text_plain, year)) is not None:
            return age if low <= (age.value or 0) <= high else Reading(None, 0.0, problem="range")
        if question.unit == "events" and (dated := self._dated(text, text_plain)) is not None:
            return dated if low <= (dated.value or 0) <= high else Reading(None, 0.0, problem="range")
        found = self._counted(question, quantities(self.words, text, text_plain))
        if not found:
            return self._without_numbers(question, text, text_plain, unknown)
        if MINUS_RE.search(text) or EXPONENT_RE.search(text) or not all(math.isfinite(v) for v, _ in found):
            return Reading(None, 0.0, problem="range")  # "-5", "1e9", "9" * 309: no number to take
        ranged = len(found) >= 2 and is_range(text, self.words)
        if question.type == "scale" and len(found) >= 2 and not ranged and (digit := self._scale_digit(question, text)):
            return digit  # "we know the 3 big ones, say 4": the last number on the scale, asked back
        # a range's middle is no count anyone said ("2 to 3" → 3): proposed
        value, doubt = first_or_middle(found, text, self.words), unknown or (ranged and question.type == "number")
        if not ranged and question.type == "number" and question.unit != "years":  # years are no sum ("30 and …")
            value, doubt = self._count(found, text, text_plain, value, unknown)
        note = ""
        if (
            question.unit == "years"
            and high < 1800 <= value <= year
            and (self.words.has("since", text_plain) or len(text_plain.split()) <= 2)
        ):  # "since 2014", "2014": a year founded, not a number of years
            value, note = year - value, "year"
        elif question.unit == "years" and value < 1800 and self.words.has("last_year", text_plain):
            value, note = value + 1, "year"  # "we turned 10 last year": 11 now; confirmed
        if question.type == "scale" and value == 0 < low:  # "zero" priority on a scale from 1: its lowest, proposed
            return Reading(int(low), SURE - 0.01)
        if not low <= half_up(value) <= high:
            return Reading(None, 0.0, problem="range")
        rounded = value != int(value)  # "3.5 years": the answer takes whole numbers; the nearest, proposed
        return Reading(half_up(value), GUESS if doubt or rounded else 0.95, note=note)

    def address(self, text: str, text_plain: str) -> bool:
        """A street word ("rue", a German "…straße") beside a number, or a postcode as written ("26789",
        "87-100", "400 01", "CT1 2AB")."""
        tokens = text_plain.split()
        streets = [at for at, t in enumerate(tokens) if self._long_streets and t.endswith(self._long_streets)]
        streets += [len(text_plain[: m.start()].split()) for m in self.words.patterns["street"].finditer(text_plain)]
        near = any(any(ch.isdigit() for ch in t) for at in streets
                   for t in tokens[max(0, at - STREET_NEAR) : at + STREET_NEAR + 1])  # fmt: skip
        return near or bool(POSTCODE.search(text.lower()) or HOUSE_NUMBER.search(text) or SHORT_STREET.search(text))

    def _part_years(self, text: str, text_plain: str) -> Reading | None:
        """A firm's age in months ("18 months"), with a half ("three and a half years", "anderthalb Jahre") or half a
        year ("půl roku"): the whole number of years nearest (halves up), proposed, as the answer takes whole years."""
        months = self.words.has("months", text_plain)
        half = self.words.has("half", text_plain)
        half_year = self.words.has("half_year", text_plain)
        if not (months or half or half_year):
            return None
        found = [v for v, _unit in quantities(self.words, text, text_plain)]
        if any(v >= FIRST_YEAR for v in found):  # "since March 2019": a founding date, read as such
            return None
        if half_year and not found:  # "Teprve půl roku": half a year, one year in whole years
            return Reading(1, GUESS)
        value = found[0] if found else (1.0 if half else None)  # "anderthalb Jahre": one and a half
        if value is None:
            return None
        said_years = any(t in self._years and t not in self.words.lists["months"] for t in text_plain.split())
        if months and not half and said_years and len(found) >= 2:  # "Dva roky a osm měsíců": 2 and 8/12
            value = found[0] + found[1] / 12
        elif months and not half:
            value = value / 12
        else:
            value += 0.5 if half and value == int(value) else 0.0
        return Reading(half_up(value), GUESS)

    def has_span_of_years(self, text_plain: str) -> bool:
        """A number of years ("10 anni", "six years"): a span, not a short stay."""
        return any(m.group(0).split()[-1] in self._years for m in self._spans.finditer(text_plain))

    def _dated(self, text: str, text_plain: str) -> Reading | None:
        """Events dated, not counted ("Anuga à Cologne en 2023 et en 2025, et une mission", "SIAL letztes Jahr"):
        one for each year or "last year" a part of the reply names (not a year after "since"), and one for a part
        with an "a" and no date; proposed, as it is worked out. Only where the reply gives no other number than
        years and "one" ("w tym roku 4 targi" counts four)."""
        since = {w for w in self.words.lists["since"] if " " not in w} - set(self.words.lists["year_in"])
        dates = [
            m for m in DATED.finditer(text_plain) if text_plain[: m.start()].split()[-1:] not in ([s] for s in since)
        ]
        when = [m for key in ("last_year", "this_year") for m in self.words.patterns[key].finditer(text_plain)]
        if not dates and not when:
            return None
        others = [m for m in NUMBER_RE.finditer(text) if not DATED.fullmatch(m.group(0))]
        if others or any(n != 1 for n in number_words(self.words, DATED.sub(" ", text_plain))):
            return None
        ones = {*self.words.lists["articles"], *(w for w, n in self.words.numbers.items() if n == 1 and " " not in w)}
        count = 0
        for clause in CLAUSE_BREAK.split(text):
            for part in self.words.patterns["and"].split(plain(clause)):
                said = [m for m in DATED.finditer(part) if part[: m.start()].split()[-1:] not in ([s] for s in since)]
                said_when = sum(len(self.words.patterns[k].findall(part)) for k in ("last_year", "this_year"))
                count += len(said) + said_when or any(t in ones for t in part.split()[:2])
        return Reading(count, SURE - 0.01) if count else None

    def _without_scale_span(self, question: Question, text: str) -> str:
        """The text without the scale's own span ("de 1 a 5", "1-5", "da uno a cinque", "od jedné do pěti"),
        unless that leaves no number."""
        low, high = int(question.min or 0), int(question.max or 0)
        text = self._cut(text, re.compile(rf"(?<![\w.,]){low}\s*(?:[-–/]|\w{{1,3}})\s*{high}(?![\w.,]?\d)"))
        spelled = self._spelled_span(low, high)
        spans = [m.span() for m in spelled.finditer(folded_chars(text))] if spelled else []
        cut = text
        for start, end in reversed(spans):  # found in the folded text, cut from the text at the same places
            cut = cut[:start] + " " * (end - start) + cut[end:]
        return cut if cut != text and (NUMBER_RE.search(cut) or number_words(self.words, plain(cut))) else text

    def _spelled_span(self, low: int, high: int) -> re.Pattern[str] | None:
        """A scale's span in number words ("da uno a cinque"), made once per span."""
        if (low, high) not in self._spelled_spans:
            said = [[re.escape(w) for w, v in self.words.numbers.items() if v == end and " " not in w]
                    for end in (low, high)]  # fmt: skip
            self._spelled_spans[(low, high)] = (
                re.compile(rf"(?<!\w)(?:{'|'.join(said[0])})\s+(?:\w{{1,3}}\s+)?(?:{'|'.join(said[1])})(?!\w)")
                if all(said) else None)  # fmt: skip
        return self._spelled_spans[(low, high)]

    def _number_one(self, question: Question, text: str) -> Reading | None:
        """ "Number one", "lo número uno", "n°1" said of the topic, with no "not" in its clause: the scale's top,
        proposed."""
        for clause in CLAUSE_BREAK.split(text):
            if NUMBER_ONE.search(folded_chars(clause)) and not any(
                t in self.words.lists["not"] for t in plain(clause).split()
            ):
                return Reading(int(question.max or 0), SURE - 0.01)
        return None

    def _without_spans(self, text: str) -> str:
        """The text without its time spans ("za ty tři roky šest" → "za ty šest"), unless that leaves no number."""
        return self._cut(text, self._spans)

    def _cut(self, text: str, pattern: re.Pattern[str]) -> str:
        """The text without what the pattern finds, unless that leaves no number (then the text as it is)."""
        cut = pattern.sub(" ", text)
        return cut if cut != text and (NUMBER_RE.search(cut) or number_words(self.words, plain(cut))) else text

    @staticmethod
    def _counted(question: Question, found: list[tuple[float, str]]) -> list[tuple[float, str]]:
        """For a count or a scale, the numbers other than years ("in 2023 we did 4": 4), unless there are only years
        (of events and on a scale, a year never counts: one said as an event's date is read by `_dated`)."""
        if question.type not in ("number", "scale") or question.unit == "years":
            return found
        counts = [(v, u) for v, u in found if not (1900 <= v <= 2100 and u == "" and v == int(v))]
        none = question.unit == "events" or question.type == "scale"  # "none since 2019", "bis 2029": no point
        return counts or ([] if none else found)

    def _without_numbers(self, question: Question, text: str, text_plain: str, unknown: bool) -> Reading:
        """A reply with no number: a scale's words, or none ("no", "nothing") for a count that may be 0."""
        if question.type == "scale" and unknown and question.unknown_low:
            return Reading(int(question.min or 0), SURE - 0.01)  # "no idea who we'd be up against": "Not at all"
        if question.type == "scale" and text_plain:
            if not unknown and self.words.has("none", plain(CLAUSE_BREAK.split(text)[0])):  # "ninguna, …": lowest
                return Reading(int(question.min or 0), SURE - 0.01)
            return self._scale_words(question, text, text_plain)
        if (question.min or 0) == 0 and (
            self.words.has("none", text_plain) or polarity(self.words, text_plain) == "no"
        ):
            if self._one_then_none(text_plain):  # "a mission to Vietnam, nothing else": one, not none
                return Reading(1, GUESS)
            return Reading(0, GUESS if unknown else 0.9)
        return Reading()

    def _count(
        self, found: list[tuple[float, str]], text: str, text_plain: str, first: float, unknown: bool
    ) -> tuple[float, bool]:
        """A count and whether to ask it back: the sum of counts joined by "and", else the first number, in
        doubt when other numbers go unused or a joined part counts nothing ("two of us, plus the manager")."""
        if (summed := self._sum(found, text, text_plain)) is not None:
            return summed[0], unknown or summed[1]
        return first, unknown or len(found) > 1 or self._uncounted_part(text_plain)

    def _scale_digit(self, question: Question, text: str) -> Reading | None:
        """A digit on the scale said beside its words ("poorly. 2", "pretty well, I'd say 4"): the digit is the
        answer, the words explain it; the last one when there are several ("the 3 main players, say 4"): ask."""
        low, high = question.min or 0.0, question.max or 0.0
        text = OUT_OF.sub(lambda m: m.group(1) if float(m.group(2)) == high else m.group(0), text)  # "4 out of 5"
        digits = [float(m.group(0)) for m in re.finditer(r"(?<![\w.,])\d(?![\w.,]?\d)", text)]
        on_scale = [d for d in digits if low <= d <= high]
        if not on_scale:
            return None
        return Reading(int(on_scale[-1]), 0.95 if len(digits) == 1 else GUESS)

    def _scale_number_word(self, question: Question, text_plain: str, text: str = "") -> Reading | None:
        """A number word on the scale said after its words, ending a clause ("słabo, może dwójka"): the last one,
        proposed; not one counting something ("for the two directors it's top of the list")."""
        clauses = (RANK.sub(" ", plain(p)).split() for p in CLAUSE_BREAK.split(text or text_plain))
        said = number_words(self.words, " ".join(c[-1] for c in clauses if c))  # "priority number one": a rank
        on_scale = [n for n in said if (question.min or 0) <= n <= (question.max or 0)]
        first_word = text_plain.split()[0] if text_plain.split() else ""
        if not on_scale or first_word in self.words.numbers:  # "one of the best": the words say it
            return None
        return Reading(on_scale[-1], GUESS)

    def _sum(self, found: list[tuple[float, str]], text: str, text_plain: str) -> tuple[float, bool] | None:
        """The sum of the counts a reply joins with "and" ("two fairs and one mission", "2x in Cologne and
        once in Vietnam", "a mission and four fairs"), and whether it is loose (an "a" a few words after the
        "and": "and then another colleague"); None when it joins none ("six, more or less two a year": the
        "and" of a hedge joins nothing) or counts a part of the first ("four speak English, one of them
        French too")."""
        joined = self.words.patterns["partly"].sub(" ", text_plain)
        if not self.words.has("and", joined) or self.words.has("of_them", joined) or self._said_first(text):
            return None
        counts = [v for v, _unit in found]
        if any(c.isdigit() for c in text):  # digits and number words mixed: "2x at fairs and once on a mission"
            counts += [float(n) for n in number_words(self.words, NUMBER_RE.sub(" ", text_plain))]
        # an "a" of a number ("une fois", "a couple") or after one ("und einmal eine …") is no count of its own
        unworded = self._number_phrases.sub("#", joined)
        adjacent = len(self._and_article.findall(unworded)) if self._and_article else 0
        loose = [m for m in self._and_loose.finditer(unworded) if "#" not in m.group(0)] if self._and_loose else []
        loose_count = max(0, len(loose) - adjacent)
        articles = adjacent + (unworded.split()[0] in self.words.lists["articles"])  # "a mission and four fairs"
        if len(counts) + articles + loose_count < 2:
            return None
        return sum(counts) + articles + loose_count, loose_count > 0

    def head_sum(self, text: str, text_plain: str) -> float | None:
        """People counted in parts and added up ("230 osób na produkcji plus 40 w biurze"): the sum, when a "plus"
        joins the parts and none is loose or a range."""
        found = [(v, u) for v, u in quantities(self.words, text, text_plain) if u == ""]
        if len(found) < 2 or is_range(text, self.words) or not PLUS.intersection(text_plain.split() + text.split()):
            return None  # "25 en plantilla, y en la costera llegamos a 40": no sum without a "plus"
        summed = self._sum(found, text, text_plain)
        return summed[0] if summed and not summed[1] else None

    def _said_first(self, text: str) -> bool:
        """A count said first, then what it is made of ("about 10, we do Anuga and SIAL and a mission or two");
        not one a "plus" adds to ("3, plus once to Vietnam")."""
        opening = OPENING_COUNT.match(text)
        worded = OPENING_WORD.match(text)
        if opening is None and worded is not None and plain(worded.group(1)) in self.words.numbers:
            if (worded.group(2) or "x")[:1].isupper():
                return False  # "dvakrát Mnichov, jednou Lipsko a jednou Dubaj": a count of a place, then others
            opening = worded
        rest = plain(text[opening.end() - 1 :]).split()[:1] if opening else []
        return bool(rest) and rest[0] not in self.words.lists["and"]

    def _uncounted_part(self, text_plain: str) -> bool:
        """A part joined with "and" that counts nothing ("two of us, plus the production manager"): the
        number may not be all; ask."""
        parts = [p.split() for p in self.words.patterns["and"].split(text_plain)[1:]]
        return any(len(p) >= 2 and not number_words(self.words, " ".join(p)) and not NUMBER_RE.search(" ".join(p))
                   for p in parts)  # fmt: skip

    def _one_then_none(self, text_plain: str) -> bool:
        """ "A mission to Vietnam, nothing else": an "a" before the "nothing" counts one."""
        at = self.words.find("none", text_plain)
        return at > 0 and any(t in self.words.lists["articles"] for t in text_plain[:at].split())

    def _age(self, text: str, text_plain: str, year: int) -> Reading | None:
        """How many years a firm has been trading, from the year it was founded ("set up in 1987",
        "nel '62") or "last year" / "this year": confirmed, as the count is worked out."""
        founded = founding_year(text, year)
        if founded is None and (middle := decade_year(text_plain, year)) is not None:
            return Reading(year - middle, GUESS, note="year")  # "since the 90s": about 1995, to confirm
        if founded is None and (short := self._short_year.search(text_plain)):  # "la fundó mi abuelo en el 62"
            found = int(short.group(1))
            founded = 2000 + found if found <= year % 100 else 1900 + found
        digits = NUMBER_RE.search(text)  # "desde el año dos mil diez", "in nineteen fifty-two", "v devadesátým druhým"
        spoken = spelled_year(self.words, plain(text[: digits.start()]) if digits else text_plain, year)
        founded = spoken or founded  # said before any digits: "založil taťka v devadesátým druhým, já ji vedu od 2015"
        if founded is None:
            for key, ago in (("last_year", 1), ("this_year", 0)):
                if self.words.has(key, text_plain) and not quantities(self.words, text, text_plain):
                    founded = year - ago
        return None if founded is None else Reading(year - founded, 0.95, note="year")

    def _but_not(self, text_plain: str) -> bool:
        """A "but" followed by a "not", a "none" or a "no idea" ("…, pero sus precios ni idea")."""
        at = self.words.find("but", text_plain)
        rest = text_plain[at:] if at >= 0 else ""
        return bool(rest) and (any(t in self.words.lists["not"] for t in rest.split())
                               or self.words.has("none", rest) or self.words.has("dont_know", rest))  # fmt: skip

    def _denied_high(self, question: Question, text_plain: str) -> float:
        """How surely the words after a "not" or a "little" opening the reply say the scale's top ("not very well":
        "very well"; "poco sicuri", "wenig sicher"), 0 when they do not, or say its bottom as well."""
        tokens = text_plain.split()
        at = next((i for i, t in enumerate(tokens[:NOT_AT]) if t in self._denials), None)
        if at is None or at + 1 >= len(tokens):
            return 0.0
        ctx = self.index.prepare(" ".join(tokens[at + 1 : at + 1 + DENIED_WORDS]))
        high, low = self.index.score(question.id, "high", ctx), self.index.score(question.id, "low", ctx)
        return high if high >= UNSURE and high - low >= MARGIN else 0.0

    def _says_middle(self, text: str) -> bool:
        """A clause opening with a middle word ("Mittel würd ich sagen", "so-so"), not one inside a clause."""
        return any(self.words.has("middle", " ".join(plain(c).split()[:MIDDLE_AT])) for c in CLAUSE_BREAK.split(text))

    def _scale_words(self, question: Question, text: str, text_plain: str) -> Reading:
        low, high = int(question.min or 0), int(question.max or 0)
        ctx = self.index.prepare(text_plain)
        scores = {low: self.index.score(question.id, "low", ctx), high: self.index.score(question.id, "high", ctx)}
        best = max(scores, key=lambda k: scores[k])
        other = scores[low if best == high else high]
        if self._says_middle(text):  # "Mittel würd ich sagen", not "… clientes de medio mundo"
            return Reading((low + high) // 2, 0.8)
        if not (best == low and scores[low] >= UNSURE and scores[low] - other >= MARGIN) and (
            denied := self._denied_high(question, text_plain)
        ):  # "not very well", "nicht besonders gut", "pas très bien": one step up from the lowest, proposed
            return Reading(low + 1, min(denied, SURE - 0.01))
        if scores[best] >= UNSURE and scores[best] - other >= MARGIN:
            opening = " ".join(text_plain.split()[:RATHER_AT])  # not "…, on a assez à faire ici"
            if self.words.has("rather", opening) or (best == high and self._but_not(plain(text))):
                # "rather low", "eher hoch"; "we know who they are but their prices, no idea": one step in from the end
                return Reading(best + (1 if best == low else -1), min(scores[best], SURE - 0.01))
            return Reading(best, scores[best])
        first = plain(CLAUSE_BREAK.split(text)[0])  # "bastante seguros, tratamos con gente de muchos sitios…"
        if (
            first
            and first != text_plain
            and len(first.split()) <= FIRST_CLAUSE
            and (reading := self._scale_words(question, first, first)).value is not None
        ):  # a short first clause that reads as a point of the scale: the reason after it explains
            return Reading(reading.value, min(reading.confidence, SURE - 0.01))
        return Reading()


def _cut(text: str, pattern: re.Pattern[str]) -> str:
    """The text without what the pattern finds in it folded character by character (same places)."""
    for match in reversed(list(pattern.finditer(folded_chars(text)))):
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text
