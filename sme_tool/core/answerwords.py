"""The words a language uses to answer: yes, no, "don't know", "both", "but", numbers written out.

Pure: read from `knowledge/diagnosis/words.yaml`, folded (case and accents ignored) and longest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .textnorm import plain
from .yamlsrc import DataError, load_yaml

WORD_KEYS = ("yes", "no", "dont_know", "none", "all", "middle", "skip", "back", "pause", "help", "form", "start",
             "and", "since", "but", "partly", "both", "articles", "very", "both_and", "no_prefix", "not", "less",
             "more", "not_polar", "rather", "half", "last_year", "this_year", "only",
             "most", "of_them", "several", "underway", "if", "me", "me_endings", "people", "persons", "of", "else",
             "correction", "so", "durations", "street", "countries", "rise", "fall", "for_whom",
             "own_language", "mother_tongue", "tongues", "neither_nor", "much", "little",
             "respell", "outside", "union", "short_stay", "months",
             "leading_only", "overall", "now", "therefore", "acknowledge", "making", "year_in", "enough",
             "needless", "in_a_row", "half_year", "say", "never_heard", "maybe", "market", "elsewhere",
             "home_currency", "yes_verbs", "decline", "later")  # fmt: skip
YES_TURNED = 1  # words that may stand between a yes word and the "not" that turns it ("claro que no")


@dataclass(frozen=True)
class AnswerWords:
    """One language's words for reading answers, folded (see `words.yaml`)."""

    lists: dict[str, tuple[str, ...]]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    multipliers: dict[str, float]
    fractions: dict[str, float] = field(default_factory=dict)  # "a third": 33 (per cent of the whole)
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)  # one regex per list, longest first
    derived: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the words numbers written as one word use

    def __post_init__(self) -> None:
        for key, phrases in self.lists.items():
            self.patterns[key] = phrase_pattern(phrases)
        self.patterns["fractions"] = phrase_pattern(list(self.fractions))
        # "mila", "tausend"; "cento", "hundert"; "duecento", "zweihundert": parts of "duemilaotto", worked out once
        self.derived["thousands"] = tuple(m for m, f in self.multipliers.items() if f == 1000 and len(m) > 3)
        self.derived["hundred"] = tuple(n for n, v in self.numbers.items() if v == 100 and " " not in n)
        self.derived["hundreds"] = tuple(n for n, v in self.numbers.items() if v % 100 == 0 and 100 < v < 1000)

    def find(self, key: str, text_plain: str) -> int:
        """Where the first of the `key` words occurs in the folded text as whole words (-1 when nowhere)."""
        found = self.patterns[key].search(text_plain) if key in self.patterns else None
        return found.start() if found else -1

    def has(self, key: str, text_plain: str) -> bool:
        """True when one of the `key` words occurs in the folded text as whole words."""
        return self.find(key, text_plain) >= 0

    def is_only(self, key: str, text_plain: str) -> bool:
        """True when the whole message is one of the `key` words (a command such as "skip")."""
        return text_plain in self.lists.get(key, ())


def phrase_pattern(phrases: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """A regex finding any of the (folded) phrases as whole words, longest first; symbols are left out."""
    spelled = [re.escape(p) for p in sorted(phrases, key=len, reverse=True) if p[:1].isalnum()]
    return re.compile(r"(?<!\S)(?:" + "|".join(spelled) + r")(?!\S)" if spelled else r"(?!x)x")


def load_answer_words(path: str | Path) -> dict[str, AnswerWords]:
    """Read the answer words of every language, folded and longest first."""
    data = load_yaml(Path(path))
    if not isinstance(data, dict):
        raise DataError([f"{path}: expected a mapping of languages"])
    result = {}
    for lang, node in data.items():
        missing = [k for k in (*WORD_KEYS, "numbers", "ordinals", "multipliers", "fractions") if k not in node]
        if missing:
            raise DataError([f"{path}: {lang} lacks {', '.join(missing)}"])
        unquoted = [k for k in ("numbers", "ordinals", "multipliers", "fractions") if None in node[k]]
        if unquoted:  # YAML reads a bare null (German "null") as no word at all
            raise DataError([f"{path}: {lang} {', '.join(unquoted)}: write null in quotes"])
        lists = {k: tuple(sorted({fold_phrase(word(w)) for w in node[k]} - {""}, key=len, reverse=True))
                 for k in WORD_KEYS}  # fmt: skip
        result[str(lang)] = AnswerWords(
            lists,
            {fold_phrase(str(k)): int(v) for k, v in node["numbers"].items()},
            {fold_phrase(str(k)): int(v) for k, v in node["ordinals"].items()},
            {fold_phrase(str(k)): float(v) for k, v in node["multipliers"].items()},
            {fold_phrase(str(k)): float(v) for k, v in node["fractions"].items()},
        )
    return result


def word(raw: Any) -> str:
    """A word as written; YAML 1.1 reads a bare yes/no as a boolean."""
    return ("yes" if raw else "no") if isinstance(raw, bool) else str(raw)


def fold_phrase(text: str) -> str:
    """Folded words of a phrase; symbols such as "?" or "&" are kept as they are, "|" parts apart."""
    if "|" in text:  # "sia|che": an opener and its joiner
        return "|".join(fold_phrase(part) for part in text.split("|"))
    folded = plain(text)
    if folded and text.rstrip().endswith(","):  # "hang on,": a marker only where punctuation follows it
        folded += ","
    return folded or text.strip()


def contains(text_plain: str, phrase: str) -> bool:
    """The phrase occurs in the folded text as whole words (a symbol anywhere)."""
    if not phrase:
        return False
    if not phrase[0].isalnum():
        return phrase in text_plain
    return f" {phrase} " in f" {text_plain} "


def polarity(words: AnswerWords, text_plain: str, leading: bool = False) -> str | None:
    """yes, no or dont_know: the earliest such phrase in the text (the longest at the same place);
    with `leading`, only a phrase the text starts with ("No, never" but not "Not at all")."""
    best: tuple[int, int, str] | None = None
    text_plain = words.patterns["not_polar"].sub(lambda m: "_" * len(m.group(0)), text_plain)  # "tak jak": "as"
    for key in ("dont_know", "no", "yes"):
        found = next((m for m in words.patterns[key].finditer(text_plain)
                      if m.start() == 0 or m.group(0) not in words.lists["leading_only"]), None)  # fmt: skip
        if found and (found.start() == 0 or not leading or key == "dont_know"):
            candidate = (found.start(), -len(found.group(0)), key)
            if best is None or candidate < best:
                best = candidate
    if best and best[2] == "yes" and _turned(words, text_plain, best[0] - best[1]):
        return "no"  # "absolutely not", "claro que no", "we have none": the "not" after the yes word wins
    return best[2] if best else None


def _turned(words: AnswerWords, text_plain: str, end: int) -> bool:
    """A "not", "no" or "none" within a word or two after a yes word ending at `end`, in the same clause
    ("oczywiście że nie"; not "yes, and no problem", nor "absolutely no idea", which is no "no")."""
    rest = words.patterns["dont_know"].sub(lambda m: "_" * len(m.group(0)), text_plain[end:])
    joiners = {phrase for key in ("and", "but") for phrase in words.lists[key] if " " not in phrase}
    previous = ""
    for token in rest.split()[: YES_TURNED + 1]:
        if token in joiners:
            return False
        if previous in words.lists["articles"]:  # "oui, une personne": a person, not "nobody"
            previous = token
            continue
        if token in words.lists["not"] or token in words.lists["none"] or token in words.lists["no"]:
            return True
        previous = token
    return False
