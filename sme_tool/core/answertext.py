"""A free-text reply prepared for reading: its stems, near-matches, and its parts and clauses.

Pure helpers of the answer reader (`answermap`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from rapidfuzz import fuzz

from .textnorm import fold, plain

NACE_PREFIX = re.compile(r"^[A-Z] [–-] ")
HEAD = 3  # letters a stem and its grown or mistyped forms share at the start (see `ReplyText.has`, `close`)
LONG_STEM = 4  # a stem this long grows freely ("edit" → "editon"); a shorter one only as below
# How a short stem grows into a superlative or diminutive the stemmers leave alone ("poc" → "pochissim",
# "mal" → "malin"); any other growth makes another word ("app" → "apply", "bar" → "barrier")
GROWN = ("issim", "hissim", "isim", "ett", "in", "it", "ich", "uccio", "ecz", "eczk", "ick", "ičk", "ink", "k", "n",
         "ecek", "ulk", "ol")  # fmt: skip


@dataclass
class ReplyText:
    """A reply prepared once for scoring against many phrases: its stems, polarity, and near-stems found."""

    plain: str
    stems: frozenset[str]
    side: str | None
    near: dict[str, bool] = field(default_factory=dict)
    known: frozenset[str] = frozenset()  # the reply's stems found in some label or hint
    known_weight: float = 1.0
    negated: frozenset[str] = frozenset()  # stems a "not" negates ("we did not reply": "repli")
    _prefixes: dict[str, list[str]] = field(default_factory=dict)  # every beginning (3+ letters) of a stem → stems
    telling: bool = True  # a word more than filler in it (see `PhraseIndex.prepare`), told once for all phrases
    outside: bool = False  # it says "outside", "hors", "mimo": "beyond the EU", not "the EU"
    tokens: frozenset[str] = field(init=False)  # the reply's words, split once for all the phrases
    short: bool = field(init=False)  # three words or fewer
    heads: frozenset[str] = field(init=False)  # the first letters of its stems (see `HEAD`)

    def __post_init__(self) -> None:
        self.tokens = frozenset(self.plain.split())
        self.short = len(self.plain.split()) <= 3
        self.heads = frozenset(stem[:HEAD] for stem in self.stems)
        for stem in self.stems:
            for end in range(3, len(stem)):
                self._prefixes.setdefault(stem[:end], []).append(stem)

    def has(self, stem: str) -> bool:
        """The stem is in the reply, or the same stem grown ("poc" → "pochissim": superlatives and
        diminutives the stemmers leave alone), or a typo away (longer words only)."""
        if stem in self.stems:
            return True
        if stem not in self.near:
            grown = any(len(t) - len(stem) <= 6 and (len(stem) >= LONG_STEM or t[len(stem) :].startswith(GROWN))
                        for t in self._prefixes.get(stem, ()))  # fmt: skip
            self.near[stem] = grown or any(close(stem, t) for t in self.stems)
        return self.near[stem]

    def negates(self, stem: str) -> bool:
        """A "not" in the reply negates this stem, or a near form of it ("sprawdzalism", "sprawdzilism")."""
        return stem in self.negated or any(close(stem, t) or (len(stem) >= 3 and t.startswith(stem))
                                           for t in self.negated)  # fmt: skip


def close(stem: str, other: str) -> bool:
    """Two longer stems a typo or an inflection apart: same first letter, nearly the same letters."""
    return (len(stem) >= 5 and len(other) >= 5 and stem[0] == other[0] and abs(len(stem) - len(other)) <= 2
            and fuzz.ratio(stem, other) >= 85)  # fmt: skip


def bare(label: str) -> str:
    """A label without its NACE letter ("C – Manufacturing" → "Manufacturing")."""
    return NACE_PREFIX.sub("", label)


def starts_with_any(text_plain: str, phrases: tuple[str, ...]) -> bool:
    """A short text (four words at most) that is or starts with one of the phrases."""
    return (
        any(text_plain == p or text_plain.startswith(p + " ") for p in phrases if len(p) > 2)
        and len(text_plain.split()) <= 4
    )


def split(text_plain: str, joiners: tuple[str, ...]) -> list[str]:
    """The parts of a folded text, cut at commas, slashes, "+", "&" and the joining words ("and")."""
    words_only = [j for j in joiners if j[:1].isalnum()]
    pattern = r"\s*[,;/+&]\s*|\s+(?:" + "|".join(re.escape(j) for j in words_only) + r")\s+" if words_only else r"[,;/]"
    return [p.strip() for p in re.split(pattern, f"{text_plain}")]


CLAUSE_BREAK = re.compile(r"[,;.:!?()\n]+|\s\+\s")  # " + " too: "shopify + Etsy" names two things


def clauses(text: str, breaks: re.Pattern[str]) -> list[str]:
    """The folded clauses of a reply: cut at punctuation and before each word `breaks` finds
    ("but", "and": "the codes yes and the duties no" → "the codes yes", "and the duties no")."""
    result = []
    for piece in CLAUSE_BREAK.split(text):
        folded = plain(piece)
        cuts = [0, *(m.start() for m in breaks.finditer(folded) if m.start() > 0), len(folded)]
        result += [folded[a:b].strip() for a, b in pairwise(cuts) if folded[a:b].strip()]
    return result


def folded_chars(text: str) -> str:
    """The text folded character by character (case, accents): a match's positions are the text's own."""
    return "".join(map(_fold_char, text))


def _fold_char(ch: str) -> str:
    """One character folded to one (case, accents): positions in the folded text are the text's own."""
    folded = fold(ch)
    return folded[:1] if folded[:1].isalnum() else ch  # "…" stays itself, not the first of its three dots


BROKEN_AFTER = r"(?=\s*[^\w\s])"  # a phrase written with a comma after it: only where punctuation follows


def marker_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """A regex finding the (folded) phrases in a text folded character by character, its words apart by any
    spaces or punctuation ("no, wait", "nee warte"), as whole words; a phrase ending in a comma only where a
    punctuation mark follows it ("hang on," corrects: "hang on - 12"; "hang on to our customers" does not)."""
    spelled = [r"[\W_]+".join(map(re.escape, p.rstrip(",").split())) + (BROKEN_AFTER if p.endswith(",") else "")
               for p in sorted(phrases, key=len, reverse=True) if p.strip(" ,")]  # fmt: skip
    return re.compile(r"(?<!\w)(?:" + "|".join(spelled) + r")(?!\w)") if spelled else None


def after_last(text: str, marker: re.Pattern[str] | None, least: int = 1, broken: bool = False) -> str | None:
    """The reply after the last marker ("12… no wait, 9 now" → "9 now"), when `least` words come before it and
    some after; else None. With `broken`, only a marker opening a clause (after a comma, a full stop…)."""
    if marker is None:
        return None
    found = list(marker.finditer(folded_chars(text)))
    if not found:
        return None
    # the last marker with words after it: "…, so three in total" is read after its "so", not its "in total"
    last = next((m for m in reversed(found) if WORD_RE.search(text[m.end() :])), found[-1])
    before, after = text[: last.start()], text[last.end() :].strip(" ,.;:!…-–")
    if broken and not before.rstrip().endswith((",", ".", ";", ":", "!", "…", "-", "–")):
        return None
    return after if len(WORD_RE.findall(before)) >= least and WORD_RE.search(after) else None


def before_first(text: str, marker: re.Pattern[str] | None) -> str | None:
    """The reply before the first marker ("software for vets" → "software"), when there is one."""
    if marker is None:
        return None
    found = marker.search(folded_chars(text))
    return text[: found.start()].strip(" ,.;:!…-–") if found else None


WORD_RE = re.compile(r"[^\W_]+")
