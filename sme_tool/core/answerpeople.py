"""Counting the people a reply names: "I worked in Lyon, our engineer in Ohio and two of our sales staff …".

Pure helper of the answer reader (`answermap`), for one language: the speaker ("I", "ich", a Polish
"-łem" verb), each person noun ("our partner", "unser Techniker"), a number before a person noun
("deux de nos commerciaux") and a number before "of" ("zwei aus dem Vertrieb", "two of us").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .answerwords import AnswerWords, phrase_pattern
from .textnorm import plain

LOOK_BACK = 3  # words between a number and the person noun it counts: "two of our sales engineers"
PIECE_BREAK = re.compile(r"[,;:.!?()\n–—]+|\s-\s")  # the clauses a number counts in
MY_ENDING = 5  # a word must be longer than this for its ending to tell the first person ("byłem", not "lem")
PREFIX = 4  # person words this long or longer are stems: "engineer" finds "engineers"


@dataclass
class PeopleCounter:
    """Counts the people a reply names, in one language (words.yaml: `me`, `me_endings`, `people`, `of`,
    `else`)."""

    words: AnswerWords
    _me: frozenset[str] = field(init=False)
    _me_endings: tuple[str, ...] = field(init=False)  # "lem": a Polish verb in the first person ("pracowałem")
    _exact: frozenset[str] = field(init=False)
    _stems: tuple[str, ...] = field(init=False)
    _persons: frozenset[str] = field(init=False)  # "people", "osoby", "of us": a number with one is the count
    _worded: re.Pattern[str] = field(init=False)  # numbers of several words: "a couple", "un paio"

    def __post_init__(self) -> None:
        self._me = frozenset(self.words.lists["me"])
        self._me_endings = self.words.lists["me_endings"]
        people = self.words.lists["people"]
        self._exact = frozenset(w for w in people if len(w) < PREFIX)
        self._stems = tuple(w for w in people if len(w) >= PREFIX)
        self._persons = frozenset(self.words.lists["persons"])
        self._worded = phrase_pattern([w for w in self.words.numbers if " " in w])

    def count(self, text: str) -> int:
        """How many people the reply names (0 when it names nobody); "nobody else" adds nobody. A number said
        with "people" ("only one person – our sales guy") is the count: the rest name those people. A
        number counts the people after it in its own clause only ("two: my wife and me" is two)."""
        folded = plain(text)
        if self.words.has("of_them", folded):  # "four speak English, two of them German": two are the four's
            return 0
        pieces = [self._worded.sub(lambda m: str(self.words.numbers[m.group(0)]), plain(piece)).split()
                  for piece in PIECE_BREAK.split(text)]  # fmt: skip
        said = [self._number_before(tokens, at) or int(at > 0 and tokens[at - 1] in self.words.lists["articles"])
                for tokens in pieces for at, t in enumerate(tokens)
                if t in self._persons or " ".join(tokens[at : at + 2]) in self._persons]  # fmt: skip
        if any(said):
            return max(said)
        total = int(self.speaker(folded))
        for tokens in pieces:
            last_person = -2
            for at, token in enumerate(tokens):
                if self._person(token):
                    if last_person != at - 1:  # "our sales manager" is one person, not two
                        total += self._number_before(tokens, at) or 1
                    last_person = at
                elif (n := self._number(token)) >= 2 and (self._counts_people(tokens, at) or self._with_me(tokens, at)):
                    total += n
        return total

    def about_people(self, text_plain: str) -> bool:
        """The text speaks of people ("Yes, several people"): a person noun or "people" in it."""
        return any(t in self._persons or self._person(t) for t in text_plain.split())

    def speaker(self, text_plain: str) -> bool:
        """The reply names its writer: "I", "moi", a Polish "pracowałem"."""
        return any(t in self._me or (len(t) > MY_ENDING and t.endswith(self._me_endings)) for t in text_plain.split())

    def nobody_else(self, text_plain: str) -> bool:
        """ "Sonst niemand", "nobody else", "personne d'autre": a "nobody" after the people the reply named."""
        return self.words.has("else", text_plain)

    def _person(self, token: str) -> bool:
        """A person noun, not "people" itself (that one is counted by its number, or not at all)."""
        return token not in self._persons and (token in self._exact or token.startswith(self._stems))

    def _number(self, token: str) -> int:
        if token.isdigit():
            return int(token) if len(token) <= 4 else 0
        return self.words.numbers.get(token, 0)

    def _number_before(self, tokens: list[str], at: int) -> int:
        for token in reversed(tokens[max(0, at - LOOK_BACK) : at]):
            if n := self._number(token):
                return n
        return 0

    def _with_me(self, tokens: list[str], at: int) -> bool:
        """A number just after "me and" ("me and two in sales", "io e le due ragazze"), with no person noun just
        after it (that noun counts it): the writer's colleagues."""
        before = tokens[max(0, at - LOOK_BACK) : at]
        after = tokens[at + 1 : at + 1 + LOOK_BACK]
        return (any(t in self._me for t in before) and any(t in self.words.lists["and"] for t in before)
                and not any(map(self._person, after)))  # fmt: skip

    def _counts_people(self, tokens: list[str], at: int) -> bool:
        """A number before "of" ("two of us", "zwei aus dem Vertrieb"), with no person noun just after (that
        noun counts it)."""
        after = tokens[at + 1 : at + 1 + LOOK_BACK]
        return bool(after) and after[0] in self.words.lists["of"] and not any(map(self._person, after))
