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
VARIANT_WEIGHT = 0.3  # an item's score: its best variant ...
DOCUMENT_WEIGHT = 0.7  # ... and its whole document (all its variants and its answer, as one text)
RESCORE = 40


@dataclass(frozen=True)
class Thresholds:
    """When a best match counts as an answer."""

    minimum: float = 0.25  # defaults until `flask chat eval --write` tunes them on the dev sets
    margin: float = 0.02


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

    def __init__(self, lang: str, variants: Sequence[tuple[str, str]], answers: Mapping[str, str]) -> None:
        self.lang = lang
        tokenised = [(item_id, text, stems(text, lang)) for item_id, text in variants]
        documents = Counter(stem for _, _, tokens in tokenised for stem in set(tokens))
        count = max(len(tokenised), 1)
        self.idf = {stem: math.log((1 + count) / (1 + df)) + 1 for stem, df in documents.items()}
        self.default_idf = math.log(1 + count) + 1
        self.variants = [_Variant(item_id, plain(text), self._vector(tokens)) for item_id, text, tokens in tokenised]
        self.texts = [v.text for v in self.variants]
        self.word_sets = [_word_set(t) for t in self.texts]
        self.postings: dict[str, list[tuple[int, float]]] = {}  # stem → (variant, weight): only shared stems count
        for position, variant in enumerate(self.variants):
            for stem, weight in variant.vector.items():
                self.postings.setdefault(stem, []).append((position, weight))
        # One document per item (its variants and its answer): generalises beyond the exact variants.
        bags: dict[str, list[str]] = {}
        for item_id, _text, tokens in tokenised:
            bags.setdefault(item_id, []).extend(tokens)
        for item_id, answer in answers.items():
            if item_id in bags:
                bags[item_id].extend(stems(answer, lang))
        self.documents = {item_id: self._vector(tokens) for item_id, tokens in bags.items()}

    def _vector(self, tokens: Sequence[str]) -> dict[str, float]:
        counts = Counter(tokens)
        vector = {t: (1 + math.log(n)) * self.idf.get(t, self.default_idf) for t, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        return {t: w / norm for t, w in vector.items()}

    def scores(self, question: str) -> dict[str, float]:
        """Each item's best-variant score for the question, 0..1.

        A cheap pass scores every variant (cosine through the postings, plus a fuzzy ratio
        of sorted word sets, both fast); the best RESCORE variants are then scored again
        with rapidfuzz's token-set ratio, which is kinder to short questions but costlier.
        """
        query = self._vector(stems(question, self.lang))
        text = plain(question)
        cosine = [0.0] * len(self.variants)
        for stem, weight in query.items():
            for position, variant_weight in self.postings.get(stem, ()):
                cosine[position] += weight * variant_weight
        quick = [0.0] * len(self.variants)
        for _choice, value, position in process.extract(_word_set(text), self.word_sets, scorer=fuzz.ratio,
                                                         limit=None):  # fmt: skip
            quick[position] = value
        combined = [TFIDF_WEIGHT * c + FUZZY_WEIGHT * q / 100 for c, q in zip(cosine, quick, strict=True)]
        shortlist = sorted(range(len(combined)), key=combined.__getitem__, reverse=True)[:RESCORE]
        for position in shortlist:
            fuzzy = max(quick[position], fuzz.token_set_ratio(text, self.texts[position]))
            combined[position] = TFIDF_WEIGHT * cosine[position] + FUZZY_WEIGHT * fuzzy / 100
        best: dict[str, float] = {}
        for variant, score in zip(self.variants, combined, strict=True):
            if score > best.get(variant.item_id, -1.0):
                best[variant.item_id] = score
        return {item_id: VARIANT_WEIGHT * best.get(item_id, 0.0)
                + DOCUMENT_WEIGHT * sum(w * document.get(t, 0.0) for t, w in query.items())
                for item_id, document in self.documents.items()}  # fmt: skip


def _word_set(text: str) -> str:
    return " ".join(sorted(set(text.split())))


class Matcher:
    """Indexes per language; `match()` answers or declines."""

    def __init__(
        self,
        questions: Mapping[str, Mapping[str, Sequence[str]]],
        thresholds: Mapping[str, Thresholds] | None = None,
        answers: Mapping[str, Mapping[str, str]] | None = None,  # language → item → answer text
    ) -> None:
        by_lang: dict[str, list[tuple[str, str]]] = {}
        for item_id, per_language in questions.items():
            for lang, variants in per_language.items():
                by_lang.setdefault(lang, []).extend((item_id, v) for v in variants)
        answers = answers or {}
        self.indexes = {lang: LanguageIndex(lang, v, answers.get(lang, {})) for lang, v in by_lang.items()}
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
