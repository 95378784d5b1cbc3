"""Spotting known terms (support types, needs, regions) in free text, fuzzily and in any language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from .textnorm import plain, stems

MIN_SCORE = 88  # partial-ratio needed for a term to count as mentioned


def mentioned(text: str, lang: str, vocabulary: Mapping[str, Sequence[str]]) -> list[str]:
    """The ids whose terms the text mentions, best first.

    A term counts when all its stems occur in the text, or when its folded form
    appears in the text with at most a typo (rapidfuzz partial ratio).
    """
    text_plain = f" {plain(text)} "
    text_stems = set(stems(text, lang))
    found: list[tuple[float, str]] = []
    for term_id, terms in vocabulary.items():
        best = 0.0
        for term in terms:
            term_stems = [s for s in stems(term, lang) if len(s) > 2]
            if term_stems and all(s in text_stems for s in term_stems):
                best = max(best, 100.0)
                continue
            folded = plain(term)
            if len(folded) >= 4:
                best = max(best, fuzz.partial_ratio(f" {folded} ", text_plain))
        if best >= MIN_SCORE:
            found.append((best, term_id))
    return [term_id for _, term_id in sorted(found, key=lambda x: (-x[0], x[1]))]


def without_terms(text: str, lang: str, terms: Sequence[str]) -> str:
    """The text without the words of `terms` ("trade fairs for food firms" → "for food firms").

    What names the kind of support must not also be read as the firm's sector ("trade" fairs → trade).
    """
    drop = {s for term in terms for s in stems(term, lang) if len(s) > 2}
    return " ".join(word for word in text.split() if not set(stems(word, lang)) & drop)
