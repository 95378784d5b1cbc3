"""How well a reply says each option: the options' labels and hint phrases, compared by weighted stems.

Pure: built once per language from the translated labels and the hints; word weights are inverse
frequencies over all phrases, so words found everywhere ("our", "company") count little.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz import fuzz

from .answertext import HEAD, ReplyText, bare
from .answerwords import AnswerWords, contains, polarity
from .questionnaire import Question
from .textnorm import plain, stems

PRECISION_FLOOR = 0.9  # a phrase explaining none of the reply's other words keeps this share of its cover
EXTRA_EVIDENCE = 0.15  # added for each further phrase of the same option found in the answer
COMPOUND_PART = 5  # the shortest known stem taken as part of a longer word ("kosmetikprodukt" → "produkt")
COMPOUNDING = {"de"}  # languages that write compound nouns as one word (elsewhere "kazachstan" is no "stan")
TELLING = 0.7  # a word rarer than this (its weight against the rarest's) can tell an option by itself
FILLER = 0.45  # a word commoner than this (its weight against the rarest's) is filler: "and", "the", "for us"
FILLER_CAP = 0.3  # the most a reply of filler words only scores by a phrase it does not say whole
POLAR = {"yes", "no"}  # values of yes/no questions: their own labels are the polarity
LABEL_HEAD = re.compile(r"[:,;–]")  # a label's yes or no is in its first clause: "Yes: none is needed" says yes

NEGATION_SCOPE = 2  # words after "not" that it negates: "we did not reply", "no les contestamos"
NEGATED_WORD = 4  # letters of a word a "not" is taken to negate: not "pour" in "pas pour le reste"


class Phrase(NamedTuple):
    """A label or hint of an option, folded, with its stems."""

    text: str
    stems: tuple[str, ...]
    side: str | None  # the polarity the phrase says, if any ("no es problema")
    negated: frozenset[str]  # stems a "not" negates in it ("not much")
    total: float = 0.0  # the weights of its stems, summed once the weights are known
    outside: bool = False  # it says "outside the EU" ("hors UE"): only a reply saying "outside" is read by it
    union: bool = False  # it names the EU ("EU countries"): a reply saying "outside the EU" is not read by it
    heads: frozenset[str] = frozenset()  # the first letters of its stems (see `HEAD`)


@dataclass
class PhraseIndex:
    """The phrases of every option of every question in one language, with their stems' weights."""

    lang: str
    words: AnswerWords
    labels: Mapping[str, Mapping[str, str]]
    hints: Mapping[str, Mapping[str, Sequence[str]]]
    phrases: dict[tuple[str, str], tuple[Phrase, ...]] = field(default_factory=dict)
    sides: dict[tuple[str, str], str | None] = field(default_factory=dict)  # how a label starts: "Yes, …", "No, …"
    both: set[tuple[str, str]] = field(default_factory=set)  # options such as "Yes, both"
    several: set[tuple[str, str]] = field(default_factory=set)  # options such as "Yes, several people"
    partial: set[tuple[str, str]] = field(default_factory=set)  # options with a mixed phrase ("only…", "but…")
    middle: set[tuple[str, str]] = field(default_factory=set)  # partial options whose label says "partly", not "only"
    limited: set[tuple[str, str]] = field(default_factory=set)  # options whose label says "only" ("Only in …")
    bare_polar: set[tuple[str, str]] = field(default_factory=set)  # options that are a bare "Yes" or "No"
    weights: dict[str, float] = field(default_factory=dict)
    polar_words: set[str] = field(default_factory=set)  # the words of the language's yes and no phrases
    default_weight: float = 1.0
    _own: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)  # stems no other option has
    _heads: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)  # its phrases' stems' beginnings

    def __post_init__(self) -> None:
        df: Counter[str] = Counter()
        self.polar_words = {w for key in ("yes", "no") for phrase in self.words.lists[key] for w in phrase.split()}
        for qid in set(self.labels) | set(self.hints):
            for value in set(self.labels.get(qid, {})) | set(self.hints.get(qid, {})):
                phrases = self._option_phrases(qid, value)
                self.phrases[(qid, value)] = phrases
                for phrase in phrases:
                    df.update(set(phrase.stems))
                label = plain(bare(self.labels.get(qid, {}).get(value, "")))
                head = plain(LABEL_HEAD.split(bare(self.labels.get(qid, {}).get(value, "")))[0])
                self.sides[(qid, value)] = polarity(self.words, head, leading=True)  # "Tak: … nie jest potrzebne"
                if self.words.has("both", label):
                    self.both.add((qid, value))
                if self.words.has("several", label):
                    self.several.add((qid, value))
                if label and set(label.split()) <= self.polar_words:
                    self.bare_polar.add((qid, value))
                if any(self.words.has("partly", p.text) or self.words.has("but", p.text) for p in phrases):
                    self.partial.add((qid, value))
                if self.words.has("partly", self.words.patterns["only"].sub(" ", label)) or self.words.has(
                    "but", label
                ):
                    self.middle.add((qid, value))  # "Partly: some languages", not "Only in our own language"
                if self.words.has("only", label):
                    self.limited.add((qid, value))
        count = sum(len(p) for p in self.phrases.values())
        self.weights = {s: math.log((count + 1) / (n + 0.5)) for s, n in df.items()}
        self.default_weight = math.log((count + 1) / 0.5)
        self.phrases = {k: tuple(p._replace(total=sum(map(self.weight, p.stems))) for p in ps)
                        for k, ps in self.phrases.items()}  # fmt: skip

    def _option_phrases(self, qid: str, value: str) -> tuple[Phrase, ...]:
        texts = [self.labels.get(qid, {}).get(value, ""), *self.hints.get(qid, {}).get(value, ())]
        phrases = []
        for text in texts:
            folded = plain(bare(text))
            found = tuple(dict.fromkeys(s for s in stems(folded, self.lang) if len(s) > 1 or s.isdigit()))
            if folded:
                side = polarity(self.words, folded) if value not in POLAR else None
                union = self.words.has("union", folded)
                outside = self.words.has("outside", folded) and union  # "hors UE"
                phrases.append(Phrase(folded, found, side, self.negated(folded), outside=outside, union=union,
                                      heads=frozenset(stem[:HEAD] for stem in found)))  # fmt: skip
        return tuple(phrases)

    def prepare(self, text_plain: str) -> ReplyText:
        """The reply's stems, with the known parts of compound words ("Kosmetikprodukte" → "produkt")."""
        found = set(stems(text_plain, self.lang))
        split: set[str] = set()  # compounds told by their parts: the parts, not the whole, are the reply's words
        if self.lang in COMPOUNDING:
            for stem in list(found):
                parts = self._compound_parts(stem)
                found |= set(parts)
                split |= {stem} if parts else set()
        known = frozenset(s for s in found if s in self.weights)
        return ReplyText(text_plain, frozenset(found), polarity(self.words, text_plain), known=known,
                         known_weight=sum(self.weights[s] for s in known - split) or 1.0,
                         negated=self.negated(text_plain), telling=self._telling(found),
                         outside=self.words.has("outside", text_plain))  # fmt: skip

    def negated(self, text_plain: str) -> frozenset[str]:
        """Stems of the words a "not" just before negates ("no les contestamos": "contest")."""
        tokens = text_plain.split()
        scoped = {i for at, t in enumerate(tokens) if t in self.words.lists["not"]
                  for i in range(at + 1, min(at + 1 + NEGATION_SCOPE, len(tokens)))}  # fmt: skip
        negators = self.words.lists["not"]
        negated = [tokens[i] for i in scoped if len(tokens[i]) >= NEGATED_WORD and tokens[i] not in negators]
        return frozenset(s for token in negated for s in stems(token, self.lang))

    def _compound_parts(self, stem: str) -> list[str]:
        """Known stems a long word starts or ends with, each leaving 3+ letters of the rest (a compound may
        be known itself, as a sector word, and still tell another question by its parts)."""
        if len(stem) < 2 * COMPOUND_PART:
            return []
        ends = range(COMPOUND_PART, len(stem) - 2)
        return [p for p in {stem[:end] for end in ends} | {stem[end - len(stem) :] for end in ends}
                if p in self.weights and len(p) >= COMPOUND_PART]  # fmt: skip

    def weight(self, stem: str) -> float:
        """How telling a stem is: rare across all phrases is telling."""
        return self.weights.get(stem, self.default_weight)

    def scores(self, question: Question, text_plain: str) -> dict[str, float]:
        """Every option's score for the text (see `score`)."""
        ctx = self.prepare(text_plain)
        return {o.value: self.option_score(question.id, o.value, ctx) for o in question.options}

    def option_score(self, qid: str, value: str, ctx: ReplyText) -> float:
        """The option's score (see `score`), 0 without scoring where it cannot have one: a reply of four words or
        more sharing no word beginning with any of its phrases (its stems are compared, and grown or mistyped
        ones keep their first letters); a shorter one may still match a phrase by its letters. Saves scoring the
        sector question's 2,000 phrases."""
        if ctx.short or not ctx.plain:
            return self.score(qid, value, ctx)
        heads = self._heads.get((qid, value))
        if heads is None:
            heads = frozenset().union(*(p.heads for p in self.phrases.get((qid, value), ())))
            self._heads[(qid, value)] = heads
        phrases = self.phrases.get((qid, value), ())
        if heads.isdisjoint(ctx.heads) and all(p.text != ctx.plain and p.heads for p in phrases):
            return 0.0  # (a phrase of single letters, "b b" of "B&B", has no word beginnings: it is looked for)
        return self.score(qid, value, ctx)

    def score(self, qid: str, value: str, ctx: ReplyText) -> float:
        """How well the text says this option: its label or one of its hints, whole, by shared stems or fuzzily."""
        best = 0.0
        found: set[tuple[str, ...]] = set()
        filler = ctx.side is None and all(self.weight(t) < FILLER * self.default_weight for t in ctx.stems)
        for phrase in self.phrases.get((qid, value), ()):
            if phrase.text == ctx.plain:
                return 1.0
            if not ctx.short and phrase.heads and phrase.heads.isdisjoint(ctx.heads):
                continue  # no word of it in a longer reply, grown or mistyped: it explains nothing
            if phrase.side is not None and phrase.side != ctx.side:
                continue  # "no es problema" says the opposite of "es nuestro mayor problema"
            if phrase.outside and not ctx.outside:
                continue  # "hors UE" is not "l'UE bien sûr"
            if phrase.union and not phrase.outside and ctx.outside and self.words.has("union", ctx.plain):
                continue  # "outside the EU, Canada mainly" names no EU market
            # a stem negated on one side only, where the other side negates nothing ("no les contestamos" is not
            # "sí, y contestamos"); where both negate, the scopes may just differ ("no sabríamos ni dónde buscar")
            flipped = (
                {
                    s
                    for s in phrase.stems
                    if (ctx.negates(s) and not phrase.negated)
                    or (s in phrase.negated and (not ctx.negated or (s in ctx.stems and not ctx.negates(s))))
                }
                if ctx.negated or phrase.negated  # neither negates anything: nothing flipped (most replies)
                else set[str]()
            )
            # a phrase of four letters or more, or of letters apart ("b b" of "B&B"), found whole in the reply
            whole = (len(phrase.text) >= 4 or " " in phrase.text) and not flipped and contains(ctx.plain, phrase.text)
            score = 0.95 if whole else self._cover(phrase, ctx, flipped, part_of_both=(qid, value) in self.both)
            if not whole and filler:  # "the" of "the USA", "for us" of "not for us": no answer
                score = min(score, FILLER_CAP)
            # only a phrase said in full is more evidence, not one a short reply is just a part of ("tanto" is
            # no second minor phrase "di tanto in tanto")
            if score >= 0.9 and (whole or all(ctx.has(s) for s in phrase.stems)):
                found.add(phrase.stems or (phrase.text,))
            best = max(best, score)
        # More distinct phrases of one option in the text is more evidence ("furniture" and "we make" → C,
        # where "wood" alone could be forestry): each one beyond the first adds to the score (may pass 1).
        return best + EXTRA_EVIDENCE * max(0, len(found) - 1)

    def _cover(self, phrase: Phrase, ctx: ReplyText, flipped: set[str], part_of_both: bool = False) -> float:
        """The weighted share of the phrase's stems found in the reply, or a fuzzy likeness of the letters;
        a stem one of them negates and the other not ("not much" and "much") is not shared. A reply saying
        only a part of a "Yes, both" option's phrase ("tienda propia" of "tienda propia y marketplaces") is
        no typo of it: it names one of the two."""
        total = phrase.total
        shared = sum(self.weight(s) for s in phrase.stems if s not in flipped and ctx.has(s))
        cover = shared / total if total else 0.0
        if cover and ctx.known:  # how much of the reply the phrase explains, too (short phrases cover easily)
            explained = sum(self.weight(t) for t in ctx.known if t in phrase.stems)
            cover *= PRECISION_FLOOR + (1 - PRECISION_FLOOR) * min(1.0, explained / ctx.known_weight)
        tokens = ctx.tokens
        if flipped or (tokens < set(phrase.text.split()) and (tokens <= self.polar_words or (
                part_of_both and any(not ctx.has(s) and self.weight(s) >= TELLING * self.default_weight
                                     for s in phrase.stems)))):  # fmt: skip
            return cover  # "no" of "theory yes, practice no", or "not much" of "much": no typo of the phrase
        # a typo in a short reply: compare the letters; not for a reply of filler words only ("and", "it"),
        # which the ratio finds whole in any phrase holding them
        if (shared or ctx.short) and ctx.telling:
            ratio = fuzz.token_set_ratio(ctx.plain, phrase.text) / 100
            return max(cover, max(0.0, (ratio - 0.6) / 0.4) * 0.9)
        return cover

    def _telling(self, stems: set[str]) -> bool:
        """The reply has a word more than filler, of one letter at least two (or unknown: maybe a typo)."""
        return any(len(s) > 1 and self.weight(s) >= FILLER * self.default_weight for s in stems)

    def own_words(self, question: Question, text_plain: str) -> dict[str, float]:
        """Per option, the share of the reply's known words (by weight) that only this option's phrases use:
        a weak sign, for a reply no phrase matches well ("vendemos maquinaria": only goods mention "maquinari")."""
        ctx = self.prepare(text_plain)
        result = {}
        for option in question.options:
            own = self._own_stems(question, option.value)
            telling = [t for t in ctx.known if t in own and self.weight(t) >= TELLING * self.default_weight]
            result[option.value] = sum(self.weight(t) for t in telling) / ctx.known_weight
        return result

    def _own_stems(self, question: Question, value: str) -> frozenset[str]:
        key = (question.id, value)
        if key not in self._own:
            others = {s for o in question.options if o.value != value
                      for p in self.phrases.get((question.id, o.value), ()) for s in p.stems}  # fmt: skip
            self._own[key] = frozenset(s for p in self.phrases.get(key, ()) for s in p.stems) - others
        return self._own[key]

    def sides_of(self, question: Question) -> set[str | None]:
        """The polarities the question's option labels start with."""
        return {self.sides.get((question.id, o.value)) for o in question.options}

    def says(self, qid: str, value: str, key: str) -> bool:
        """One of the option's phrases has a `key` word ("nicht" in "we would not know where to look")."""
        return any(self.words.has(key, p.text) for p in self.phrases.get((qid, value), ()))

    def says_phrase(self, key: tuple[str, str], phrase: str) -> bool:
        """One of the option's phrases contains this (folded) phrase."""
        return any(contains(p.text, phrase) for p in self.phrases.get(key, ()))
