"""Countries in free-text answers: the options they fall in, the ones a "not" denies, and several
people's experience abroad told country by country.

Pure helpers of the answer reader (`answermap`), for one language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .answerclauses import ReplyShape
from .answerphrases import PhraseIndex
from .answerreading import SURE, UNSURE, Reading
from .answertext import CLAUSE_BREAK, split
from .answerwords import AnswerWords, polarity
from .countries import CountryData, CountryFinder
from .questionnaire import Question
from .textnorm import plain

SENTENCE_BREAK = re.compile(r"[.;!?\n]+")
LANGUAGE_ENDING = 4  # letters a language's name may grow by ("angielsk" → "angielskiego"), no more
TONGUE_CACHE = 50_000  # words remembered as language names or not (bounded: replies are free text)
WORD = re.compile(r"[^\W\d_]+")
TOLD_WORDS = 3  # a part must have this many words to tell of someone of its own ("and Austria" is no one)


@dataclass
class PlaceReader:
    """Reads the countries replies name, in one language."""

    words: AnswerWords
    index: PhraseIndex
    shape: ReplyShape
    countries: CountryFinder | None = None
    groups: CountryData | None = None
    _tongue_words: dict[str, bool] = field(default_factory=dict, init=False, repr=False)

    def find(self, text: str, adjectives: bool = False) -> tuple[str, ...]:
        """The countries the text names (see `CountryFinder.find`, which remembers the parts of a reply read
        more than once, safely across threads); with `adjectives`, also by their people ("our Dutch customers")."""
        if self.countries is None:
            return ()
        return tuple(self.countries.find(self._without_tongues(text, adjectives), adjectives))

    def _without_tongues(self, text: str, adjectives: bool = False) -> str:
        """The text with the languages it names left out: "v angličtině" (in English) names no England; with
        `adjectives`, a language's name that is also its people's adjective ("German customers") is kept."""
        countries = self.countries if adjectives else None

        def kept(word: str) -> bool:
            return countries is not None and countries.is_adjective(plain(word))

        return WORD.sub(lambda m: "_" if self._is_tongue(m.group(0)) and not kept(m.group(0)) else m.group(0), text)

    def _is_tongue(self, word: str) -> bool:
        """The word is a language's name, grown by an ending ("angličtině"), and no country's or city's name
        ("Germany" begins like "German"); worked out once per word."""
        known = self._tongue_words.get(word)
        if known is None:
            folded = plain(word)
            forms = (*self.words.lists["mother_tongue"], *self.words.lists["tongues"])
            grown = any(folded.startswith(f) and len(folded) - len(f) <= LANGUAGE_ENDING for f in forms)
            known = grown and self.countries is not None and not self.countries.is_name(folded) and not (
                folded.endswith("land"))  # fmt: skip
            if len(self._tongue_words) < TONGUE_CACHE:
                self._tongue_words[word] = known
        return known

    def options(self, question: Question, text: str) -> list[str]:
        """Options whose country groups contain a country the text names ("Canada" → North America)."""
        if self.countries is None or self.groups is None or not any(o.countries for o in question.options):
            return []
        groups = {self.groups.group_of(code) for code in self.foreign(text, adjectives=True)}
        return [o.value for o in question.options if groups & set(o.countries)]

    def home_only(self, text: str) -> bool:
        """The text names the home country or its places ("que la France", "jen Ústí a okolí", "all local trade
        round Maidstone") and no other country, with an "only", an "all" or a "nothing" ("tous en
        Nouvelle-Aquitaine", "nothing outside the UK")."""
        home = self._home()
        if home is None or self.countries is None:
            return False
        found = set(self.find(text, adjectives=True))
        if found - {home} or not (found or self.countries.names_home_place(text)):
            return False
        folded = plain(text)
        return any(self.words.has(key, folded) for key in ("only", "all", "none"))

    def foreign(self, text: str, adjectives: bool = False) -> tuple[str, ...]:
        """The countries the text names but the one of the reply's language ("en France ça marche" names no
        export market)."""
        home = self._home()
        return tuple(code for code in self.find(text, adjectives) if code != home)

    def _home(self) -> str | None:
        """The country of the reply's language, whose firms' home market it is."""
        return self.groups.home.get(self.countries.lang) if self.groups and self.countries else None

    def denied(self, question: Question, text: str) -> set[str]:
        """Options whose countries a sentence or clause names, one option's only, with a "not" in it ("The USA
        we are only looking at, we sell nothing there yet"; "Austria, the USA not yet"): no markets of the firm."""
        denied: set[str] = set()
        said: set[str] = set()
        if not self._negative(text):
            return denied
        sentences = [self._without_elsewhere(question, s) for s in SENTENCE_BREAK.split(text)]
        parts = {c for s in sentences if "," in s and len(self.options(question, s)) > 1 for c in s.split(",")}
        for sentence in [*sentences, *parts]:
            named = set(self.options(question, sentence))
            negative = self._negative(sentence)
            if negative and len(named) == 1:
                denied |= named
            elif not negative and sentence not in parts:  # a negative sentence naming several: its clauses tell
                said |= named
        return denied - said

    def _without_elsewhere(self, question: Question, sentence: str) -> str:
        """The sentence without its clauses about other markets ("Sasko a Bavorsko, dál zatím ne": "further, not
        yet"), which name no country of their own."""
        clauses = sentence.split(",")
        kept = [c for c in clauses if not (self.words.has("elsewhere", plain(c)) and not self.options(question, c))]
        return ",".join(kept) if kept else sentence

    def _negative(self, text: str) -> bool:
        """A "not", a "none" or a negated verb in the text."""
        folded = self.words.patterns["not_polar"].sub(" ", plain(text))  # "why not Canada" names it
        return (any(t in self.words.lists["not"] for t in folded.split()) or self.words.has("none", folded)
                or bool(self.shape.negated_words(text)))  # fmt: skip

    def several(self, question: Question, text: str) -> Reading | None:
        """Two or more parts each naming a country of their own ("I worked in Germany, and our engineer studied
        in Spain"): the "several" option, proposed; not when a part reads as a short stay."""
        several = [o.value for o in question.options if (question.id, o.value) in self.index.several]
        if len(several) != 1 or self.countries is None or self.words.has("only", plain(text)):  # "only me, …"
            return None
        if len(set(self.find(text))) < 2:
            return None
        told, seen = 0, set[str]()
        for piece in CLAUSE_BREAK.split(text):
            for part in split(plain(piece), self.words.lists["and"]):
                # a country alone ("in Germany and Austria") or again ("…, speaks German") may be the same one's
                found = set(self.find(part)) if len(part.split()) >= TOLD_WORDS else set()
                if not found - seen:
                    continue
                scores = self.index.scores(question, part)
                top = max(scores, key=lambda v: scores[v])
                if scores[top] >= UNSURE and (question.id, top) in self.index.limited:  # "a semester in France"
                    return None
                told += polarity(self.words, part) != "no"
                seen |= found
        return Reading(several[0], SURE - 0.01) if told >= 2 else None
