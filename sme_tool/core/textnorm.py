"""Text normalisation for matching free text in seven languages: case, accents, inflection."""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

STEMMERS = {"en": "english", "fr": "french", "de": "german", "it": "italian", "es": "spanish",
            "pl": "polish", "cs": "czech"}  # fmt: skip
# Letters that Unicode does not decompose into a base letter and an accent.
FOLD = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "đ": "d", "ß": "ss", "œ": "oe", "æ": "ae", "ı": "i"})
WORD = re.compile(r"[^\W_]+", re.UNICODE)
STEM_CACHE = 200_000  # words whose stems are remembered, per process


def fold(text: str) -> str:
    """Lower case without accents: 'Łódź Œuvre Straße' → 'lodz oeuvre strasse'."""
    text = text.lower().translate(FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The words of a text, lower case, accents kept (the stemmers need them)."""
    return WORD.findall(text.lower())


_local = threading.local()  # a Snowball stemmer keeps the word it works on: one per language and thread


def _stemmer(lang: str) -> snowballstemmer.Stemmer:
    stemmers: dict[str, snowballstemmer.Stemmer] = _local.__dict__.setdefault("stemmers", {})
    if lang not in stemmers:
        stemmers[lang] = snowballstemmer.stemmer(STEMMERS.get(lang, "english"))
    return stemmers[lang]


def stems(text: str, lang: str) -> list[str]:
    """Stemmed, accent-folded words: 'eksportować' and 'eksportu' share 'eksport'.

    Each word is stemmed as written and again without accents (people often type
    'targow' for 'targów'), so both spellings meet on a common stem.
    """
    result: list[str] = []
    for word in words(text):
        result.extend(_word_stems(lang, word))
    return result


@lru_cache(maxsize=STEM_CACHE)
def _word_stems(lang: str, word: str) -> tuple[str, ...]:
    """A word's stems, remembered (a bounded number: replies are free text): the same words recur across
    thousands of variants."""
    written, folded = fold(_stemmer(lang).stemWord(word)), _stemmer(lang).stemWord(fold(word))
    return (written,) if written == folded else (written, folded)


def plain(text: str) -> str:
    """Folded text with punctuation removed and spaces collapsed, for fuzzy comparison."""
    return " ".join(fold(w) for w in words(text))
