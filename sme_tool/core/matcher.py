"""FAQ matcher: which knowledge-base item a question asks about, or honestly none.

Each language has its own index of the items' question variants. A question is compared
with every variant by two scorers: TF-IDF cosine over stems (exact vocabulary, with rare
words weighing more) and rapidfuzz's token-set ratio over folded text (typos, word
order). An item's score is its best variant's. The best item is the answer when its
score clears the language's threshold and beats the runner-up by a margin.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .textnorm import plain, stems

TFIDF_WEIGHT = 0.65
FUZZY_WEIGHT = 0.35


@dataclass(frozen=True)
class Thresholds:
    """When a best match counts as an answer."""

    minimum: float = 0.45
    margin: float = 0.04


@dataclass(frozen=True)
class Match:
    """The outcome for one question: the ranked items and whether the best one is an answer."""

    item_id: str | None  # None: no confident answer (out of scope or unclear)
    confidence: float
    ranked: tuple[tuple[str, float], ...]  # best first, at most 5


@dataclass(frozen=True)
class _Variant:
    item_id: str
    text: str
    vector: dict[str, float]


class LanguageIndex:
    """The variants of one language, vectorised once."""

    def __init__(self, lang: str, variants: Sequence[tuple[str, str]]) -> None:
        self.lang = lang
        tokenised = [(item_id, text, stems(text, lang)) for item_id, text in variants]
        documents = Counter(stem for _, _, tokens in tokenised for stem in set(tokens))
        count = max(len(tokenised), 1)
        self.idf = {stem: math.log((1 + count) / (1 + df)) + 1 for stem, df in documents.items()}
        self.default_idf = math.log(1 + count) + 1
        self.variants = [_Variant(item_id, plain(text), self._vector(tokens)) for item_id, text, tokens in tokenised]
        self.texts = [v.text for v in self.variants]

    def _vector(self, tokens: Sequence[str]) -> dict[str, float]:
        counts = Counter(tokens)
        vector = {t: (1 + math.log(n)) * self.idf.get(t, self.default_idf) for t, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        return {t: w / norm for t, w in vector.items()}

    def scores(self, question: str) -> dict[str, float]:
        """Each item's best-variant score for the question, 0..1."""
        query = self._vector(stems(question, self.lang))
        fuzzy = [0.0] * len(self.texts)
        for _text, value, position in process.extract(plain(question), self.texts, scorer=fuzz.token_set_ratio,
                                                       limit=None):  # fmt: skip
            fuzzy[position] = value
        best: dict[str, float] = {}
        for variant, fuzzy_score in zip(self.variants, fuzzy, strict=True):
            cosine = sum(w * variant.vector.get(t, 0.0) for t, w in query.items())
            score = TFIDF_WEIGHT * cosine + FUZZY_WEIGHT * float(fuzzy_score) / 100
            if score > best.get(variant.item_id, -1.0):
                best[variant.item_id] = score
        return best


class Matcher:
    """Indexes per language; `match()` answers or declines."""

    def __init__(
        self, questions: Mapping[str, Mapping[str, Sequence[str]]], thresholds: Mapping[str, Thresholds] | None = None
    ) -> None:
        by_lang: dict[str, list[tuple[str, str]]] = {}
        for item_id, per_language in questions.items():
            for lang, variants in per_language.items():
                by_lang.setdefault(lang, []).extend((item_id, v) for v in variants)
        self.indexes = {lang: LanguageIndex(lang, variants) for lang, variants in by_lang.items()}
        self.thresholds = dict(thresholds or {})

    def match(self, question: str, lang: str) -> Match:
        """The item the question asks about, if confident; always the ranked candidates."""
        index = self.indexes.get(lang) or self.indexes.get("en")
        if index is None or not plain(question):
            return Match(None, 0.0, ())
        ranked = sorted(index.scores(question).items(), key=lambda x: (-x[1], x[0]))[:5]
        if not ranked:
            return Match(None, 0.0, ())
        rule = self.thresholds.get(lang, Thresholds())
        top = ranked[0][1]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        confident = top >= rule.minimum and top - runner_up >= rule.margin
        return Match(ranked[0][0] if confident else None, round(top, 4), tuple((i, round(s, 4)) for i, s in ranked))
