"""Reading a free-text answer in the chat as one of a question's options, a number or yes/no.

Pure: the caller passes the option labels in the user's language and the language's
answer words (`knowledge/answer_words.yaml`). A reading says how sure it is; the
chat accepts sure readings, asks for confirmation of unsure ones and asks again
when nothing fits.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from .countries import CountryData, CountryFinder, load_countries
from .questionnaire import Question, Questionnaire
from .textnorm import plain, stems
from .yamlsrc import DataError, load_yaml

SURE, UNSURE = 0.75, 0.4  # confidence needed to accept a reading, and to propose it for confirmation
MARGIN = 0.15  # a sure reading must beat the runner-up by this much
PRECISION_FLOOR = 0.9  # a phrase explaining none of the reply's other words keeps this share of its cover
EXTRA_EVIDENCE = 0.15  # added for each further phrase of the same option found in the answer
WORD_KEYS = ("yes", "no", "dont_know", "none", "all", "middle", "skip", "back", "pause", "help", "form", "start",
             "and", "since", "but", "partly", "both", "articles")  # fmt: skip
NUMBER_RE = re.compile(r"(?<![\w.,])\d{1,3}(?:([ .,\u00a0\u202f'])\d{3})(?:\1\d{3})*(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?")
OPTION_WORDS = {"nr", "no", "n", "number", "option", "opcja", "moznost", "numero", "nummer", "opcion", "opzione",
                "odpowiedz", "cislo"}  # fmt: skip  # "option 2", "nr 2", "možnost 2"
RANGE_RE = re.compile(r"\d\s*(?:-|–|to|a|až|bis|do|à|al)\s*\d")  # "30-40", "30 to 40"
NACE_PREFIX = re.compile(r"^[A-Z] [–-] ")
CURRENCY = {"€": 1.0, "eur": 1.0, "euro": 1.0, "euros": 1.0, "evro": 1.0}
# Rough rates, only to propose a band for confirmation (ECB reference rates, autumn 2026, rounded).
ROUGH_EUROS = {"£": 1.15, "gbp": 1.15, "pound": 1.15, "pounds": 1.15, "$": 0.9, "usd": 0.9, "dollar": 0.9,
               "dollars": 0.9, "zl": 0.23, "zlotych": 0.23, "zloty": 0.23, "zlote": 0.23, "pln": 0.23,
               "kc": 0.04, "czk": 0.04, "korun": 0.04, "koruna": 0.04, "koruny": 0.04}  # fmt: skip


@dataclass(frozen=True)
class AnswerWords:
    """One language's words for reading answers, folded (see `answer_words.yaml`)."""

    lists: dict[str, tuple[str, ...]]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    multipliers: dict[str, float]
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)  # one regex per list, longest first

    def __post_init__(self) -> None:
        for key, phrases in self.lists.items():
            spelled = [re.escape(p) for p in phrases if p[:1].isalnum()]
            self.patterns[key] = re.compile(r"(?<!\S)(?:" + "|".join(spelled) + r")(?!\S)" if spelled else r"(?!x)x")

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


def load_answer_words(path: str | Path) -> dict[str, AnswerWords]:
    """Read the answer words of every language, folded and longest first."""
    data = load_yaml(Path(path))
    if not isinstance(data, dict):
        raise DataError([f"{path}: expected a mapping of languages"])
    result = {}
    for lang, node in data.items():
        missing = [k for k in (*WORD_KEYS, "numbers", "ordinals", "multipliers") if k not in node]
        if missing:
            raise DataError([f"{path}: {lang} lacks {', '.join(missing)}"])
        lists = {k: tuple(sorted({_fold_phrase(_word(w)) for w in node[k]} - {""}, key=len, reverse=True))
                 for k in WORD_KEYS}  # fmt: skip
        result[str(lang)] = AnswerWords(
            lists,
            {_fold_phrase(str(k)): int(v) for k, v in node["numbers"].items()},
            {_fold_phrase(str(k)): int(v) for k, v in node["ordinals"].items()},
            {_fold_phrase(str(k)): float(v) for k, v in node["multipliers"].items()},
        )
    return result


def _word(raw: Any) -> str:
    """A word as written; YAML 1.1 reads a bare yes/no as a boolean."""
    return ("yes" if raw else "no") if isinstance(raw, bool) else str(raw)


def _fold_phrase(text: str) -> str:
    """Folded words of a phrase; symbols such as "?" or "&" are kept as they are."""
    folded = plain(text)
    return folded or text.strip()


def _contains(text_plain: str, phrase: str) -> bool:
    if not phrase:
        return False
    if not phrase[0].isalnum():
        return phrase in text_plain
    return f" {phrase} " in f" {text_plain} "


@dataclass(frozen=True)
class Reading:
    """What an answer was read as: a value (option id, list of ids or a number) and how sure."""

    value: Any = None
    confidence: float = 0.0
    alternatives: tuple[str, ...] = ()  # close options when the answer fits several ("yes" to two yes-options)
    problem: str = ""  # range | whole_number: a number that cannot be accepted
    note: str = ""  # converted | year: the reading involved a conversion worth confirming

    @property
    def status(self) -> str:
        """sure (accept), unsure (ask to confirm) or none (ask again)."""
        if self.value is None:
            return "none"
        return "sure" if self.confidence >= SURE and not self.note else "unsure"


@dataclass
class AnswerReader:
    """Reads answers to a questionnaire's questions in one language.

    `labels` maps a question id to {option value: label in the language} (and
    `low`/`high` for scales); `hints` adds, per question and option, the ways firms
    say that answer (`knowledge/answer_hints/<lang>.yaml`). Word weights are inverse
    frequencies over all of them, so words found everywhere ("our", "company") count little.
    """

    lang: str
    words: AnswerWords
    labels: Mapping[str, Mapping[str, str]]
    hints: Mapping[str, Mapping[str, Sequence[str]]] = field(default_factory=dict)
    countries: CountryFinder | None = None
    country_groups: CountryData | None = None
    _weights: dict[str, float] = field(default_factory=dict)
    _phrases: dict[tuple[str, str], tuple[tuple[str, tuple[str, ...], str | None], ...]] = field(default_factory=dict)
    _side: dict[tuple[str, str], str | None] = field(default_factory=dict)  # how a label starts: "Yes, …", "No, …"
    _both: set[tuple[str, str]] = field(default_factory=set)  # options such as "Yes, both"
    _partial: set[tuple[str, str]] = field(default_factory=set)  # options with a mixed phrase ("only…", "but…")
    _polarity_words: frozenset[str] = frozenset()
    _and_article: re.Pattern[str] | None = None  # "and a", "et une": one more in a sum

    def __post_init__(self) -> None:
        df: Counter[str] = Counter()
        count = 0
        for qid in set(self.labels) | set(self.hints):
            values = set(self.labels.get(qid, {})) | set(self.hints.get(qid, {}))
            for value in values:
                texts = [self.labels.get(qid, {}).get(value, ""), *self.hints.get(qid, {}).get(value, ())]
                phrases = []
                for text in texts:
                    bare = plain(_bare(text))
                    found = tuple(dict.fromkeys(s for s in stems(bare, self.lang) if len(s) > 1 or s.isdigit()))
                    if bare:
                        phrases.append((bare, found, self.polarity(bare) if value not in _POLAR else None))
                        df.update(set(found))
                        count += 1
                self._phrases[(qid, value)] = tuple(phrases)
                label = plain(_bare(self.labels.get(qid, {}).get(value, "")))
                self._side[(qid, value)] = self.polarity(label, leading=True)
                if self.words.has("both", label):
                    self._both.add((qid, value))
                if any(self.words.has("partly", p) or self.words.has("but", p) for p, _stems, _s in phrases):
                    self._partial.add((qid, value))
        articles = [a for a in self.words.lists["articles"] if a[:1].isalnum()]
        joiners = [j for j in self.words.lists["and"] if j[:1].isalnum()]
        if articles and joiners:
            self._and_article = re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, joiners)) + r") (?:"
                                           + "|".join(map(re.escape, articles)) + r")(?!\S)")  # fmt: skip
        self._polarity_words = frozenset(w for key in ("yes", "no", "dont_know") for phrase in self.words.lists[key]
                                         for w in phrase.split())  # fmt: skip
        self._weights = {s: math.log((count + 1) / (n + 0.5)) for s, n in df.items()}
        self._default_weight = math.log((count + 1) / 0.5)

    def read(self, question: Question, text: str, year: int = 2026) -> Reading:
        """Read `text` as an answer to `question`.

        A message that asks for help ("I don't understand") is no answer (problem "help");
        one that is itself a question ("what is EORI?") is at most proposed, never accepted.
        """
        text_plain = plain(text)
        if any(_contains(text_plain, p) for p in self.words.lists["help"] if " " in p):
            return Reading(problem="help")
        reading = self._read(question, text, text_plain, year)
        if text.rstrip().endswith("?") and reading.value is not None:
            return Reading(reading.value, min(reading.confidence, SURE - 0.01), reading.alternatives,
                           reading.problem, reading.note)  # fmt: skip
        return reading

    def _read(self, question: Question, text: str, text_plain: str, year: int) -> Reading:
        if question.type == "yesno":
            return self._yes_no(text_plain)
        if question.type in ("number", "scale"):
            return self._number(question, text, text_plain, year)
        if question.type == "multi":
            return self._multi(question, text, text_plain)
        if question.type == "single":
            return self._single(question, text, text_plain)
        return Reading(text.strip() or None, 1.0) if text.strip() else Reading()

    # --- yes / no -------------------------------------------------------------------------------
    def polarity(self, text_plain: str, leading: bool = False) -> str | None:
        """yes, no or dont_know: the earliest such phrase in the text (the longest at the same place);
        with `leading`, only a phrase the text starts with ("No, never" but not "Not at all")."""
        best: tuple[int, int, str] | None = None
        for key in ("dont_know", "no", "yes"):
            found = self.words.patterns[key].search(text_plain)
            if found and (found.start() == 0 or not leading or key == "dont_know"):
                candidate = (found.start(), -len(found.group(0)), key)
                if best is None or candidate < best:
                    best = candidate
        return best[2] if best else None

    def _mixed(self, text_plain: str, text: str = "") -> bool:
        """Both a yes and a no, apart ("English yes, German no"; not "nie mamy", one no), or clauses of
        which some are negative and some not ("the codes we know, the duties not")."""
        noes = [m.span() for m in self.words.patterns["no"].finditer(text_plain)]
        yeses = [m.span() for m in self.words.patterns["yes"].finditer(text_plain)]
        if noes and any(not any(a <= y0 and y1 <= b for a, b in noes) for y0, y1 in yeses):
            return True
        clauses = [plain(c) for c in re.split(r"[,;]", text) if plain(c)]
        negative = [self.words.has("no", c) for c in clauses]
        return len(clauses) >= 2 and any(negative) and not all(negative)

    def _yes_no(self, text_plain: str) -> Reading:
        polarity = self.polarity(text_plain)
        if polarity in ("yes", "no"):
            short = len(text_plain.split()) <= 6
            return Reading(polarity, 0.95 if short else 0.8)
        return Reading()

    # --- numbers --------------------------------------------------------------------------------
    def quantities(self, text: str) -> list[tuple[float, str]]:
        """Numbers in the text with their unit hint (%, currency, ""), multipliers applied."""
        found: list[tuple[float, str]] = []
        lowered = text.lower()
        for match in NUMBER_RE.finditer(lowered):
            value = _to_float(match.group(0))
            after = lowered[match.end() : match.end() + 16].strip()
            before = lowered[max(0, match.start() - 4) : match.start()].strip()
            value, unit = self._apply_suffix(value, after, before)
            found.append((value, unit))
        if not found:
            found = [(float(n), "") for n in self._number_words(plain(text))]
        return found

    def _apply_suffix(self, value: float, after: str, before: str) -> tuple[float, str]:
        """Percent, a multiplier ("1,5 mln") and a currency; other currencies are converted into euros
        roughly, and the unit says so ("converted"), so that the reading is confirmed, never assumed."""
        if after.startswith("%") or after.startswith("procent") or after.startswith("percent"):
            return value, "%"
        tokens = plain(after).split()
        unit = ""
        if tokens and tokens[0] in self.words.multipliers:
            value *= self.words.multipliers[tokens[0]]
            tokens = tokens[1:]
            unit = "amount"
        symbol = after[:1] if after[:1] in "€£$" else (before[-1:] if before[-1:] in "€£$" else "")
        word = tokens[0] if tokens else ""
        if symbol in ("£", "$") or word in ROUGH_EUROS:
            return value * ROUGH_EUROS.get(symbol or word, 1.0), "converted"
        if symbol or word in CURRENCY:
            unit = "€"
        return value, unit

    def _number_words(self, text_plain: str) -> list[int]:
        padded = f" {text_plain} "
        hits: list[tuple[int, int]] = []
        for phrase, value in sorted(self.words.numbers.items(), key=lambda kv: -len(kv[0])):
            at = padded.find(f" {phrase} ")
            if at >= 0 and not any(start <= at < start + 1 for start, _ in hits):
                hits.append((at, value))
                padded = padded[:at] + " " + "#" * len(phrase) + padded[at + len(phrase) + 1 :]
        hits.sort()
        values = [v for _, v in hits]
        if len(values) >= 2 and values[0] >= 20 and values[0] % 10 == 0 and values[1] < 10:
            return [values[0] + values[1], *values[2:]]  # twenty five
        return values

    def _number(self, question: Question, text: str, text_plain: str, year: int) -> Reading:
        low, high = question.min or 0.0, question.max or 0.0
        found = self.quantities(text)
        if not found:
            if question.type == "scale":
                return self._scale_words(question, text_plain)
            if low == 0 and (self.words.has("none", text_plain) or self.polarity(text_plain) == "no"):
                return Reading(0, 0.9)
            return Reading()
        ranged = len(found) >= 2 and RANGE_RE.search(text.lower()) is not None
        value = _first_or_middle(found, text)
        if not ranged and question.type == "number" and self.words.has("and", text_plain):
            after_and = len(self._and_article.findall(text_plain)) if self._and_article else 0
            if len(found) + after_and >= 2:  # "two fairs and one mission", "deux salons et une mission"
                value = sum(v for v, _unit in found) + after_and
        note = ""
        if (
            question.type == "number"
            and high < 1800 <= value <= year
            and (self.words.has("since", text_plain) or len(text_plain.split()) <= 2)
        ):  # "since 2014", "2014": a year founded, not a number of years
            value, note = year - value, "year"
        if value != int(value):
            value = round(value)
        if not low <= value <= high:
            return Reading(None, 0.0, problem="range")
        return Reading(int(value), 0.95, note=note)

    def _scale_words(self, question: Question, text_plain: str) -> Reading:
        low, high = int(question.min or 0), int(question.max or 0)
        if self.words.has("middle", text_plain):
            return Reading((low + high) // 2, 0.8)
        ctx = self._prepare(text_plain)
        scores = {low: self._label_score(question.id, "low", ctx), high: self._label_score(question.id, "high", ctx)}
        best = max(scores, key=lambda k: scores[k])
        other = scores[low if best == high else high]
        if scores[best] >= UNSURE and scores[best] - other >= MARGIN:
            return Reading(best, scores[best])
        return Reading()

    # --- options --------------------------------------------------------------------------------
    def _label_score(self, qid: str, value: str, ctx: _Text) -> float:
        """How well the text says this option: its label or one of its hints, whole, by shared stems or fuzzily."""
        text_plain = ctx.plain
        best = 0.0
        found: set[tuple[str, ...]] = set()
        for bare, label_stems, side in self._phrases.get((qid, value), ()):
            if bare == text_plain:
                return 1.0
            if side is not None and side != ctx.side:
                continue  # "no es problema" says the opposite of "es nuestro mayor problema"
            if len(bare) >= 4 and _contains(text_plain, bare):
                score = 0.95
            else:
                total = sum(self._weight(s) for s in label_stems)
                shared = sum(self._weight(s) for s in label_stems if ctx.has(s))
                cover = shared / total if total else 0.0
                if cover and ctx.known:  # how much of the reply the phrase explains, too (short phrases
                    explained = sum(self._weight(t) for t in ctx.known if t in label_stems)  # cover easily)
                    cover *= PRECISION_FLOOR + (1 - PRECISION_FLOOR) * min(1.0, explained / ctx.known_weight)
                score = cover
                if shared or ctx.short:  # a typo in a short reply: compare the letters
                    ratio = fuzz.token_set_ratio(text_plain, bare) / 100
                    score = max(cover, max(0.0, (ratio - 0.6) / 0.4) * 0.9)
            if score >= 0.9:
                found.add(label_stems or (bare,))
            best = max(best, score)
        # More distinct phrases of one option in the text is more evidence ("furniture" and "we make" → C,
        # where "wood" alone could be forestry): each one beyond the first adds to the score (may pass 1).
        return best + EXTRA_EVIDENCE * max(0, len(found) - 1)

    def _prepare(self, text_plain: str) -> _Text:
        found = frozenset(stems(text_plain, self.lang))
        known = frozenset(s for s in found if s in self._weights)
        return _Text(text_plain, found, self.polarity(text_plain), known=known,
                     known_weight=sum(self._weights[s] for s in known) or 1.0)  # fmt: skip

    def mentioned_options(self, question: Question, text: str, minimum: float = 0.9) -> list[str]:
        """Options the text names outright (a sector word, a label): for searches, not answers."""
        scores = self._option_scores(question, plain(text))
        return [value for value, score in sorted(scores.items(), key=lambda kv: -kv[1]) if score >= minimum]

    def _weight(self, stem: str) -> float:
        return self._weights.get(stem, self._default_weight)

    def _option_scores(self, question: Question, text_plain: str) -> dict[str, float]:
        ctx = self._prepare(text_plain)
        return {o.value: self._label_score(question.id, o.value, ctx) for o in question.options}

    def _by_number(self, question: Question, text: str, text_plain: str) -> list[str] | None:
        """Options picked by their number ("2", "1 and 3") or position ("the second one")."""
        tokens = text_plain.split()
        ordinal = [self.words.ordinals[t] for t in tokens if t in self.words.ordinals]
        count = len(question.options)
        if (
            ordinal
            and len(tokens) <= 3
            and all(t in self.words.ordinals or len(t) <= 3 or t in OPTION_WORDS for t in tokens)
        ):  # "the second one", not "pierwsze słyszę"
            return [
                question.options[i - 1 if i > 0 else count + i].value for i in ordinal if -count <= i <= count and i
            ]
        digits = [t for t in tokens if t.isdigit()]
        fillers = set(self.words.lists["and"]) | OPTION_WORDS
        if len(digits) == 1 and len(tokens) <= 3 and all(t.isdigit() or t in fillers or len(t) <= 3 for t in tokens):
            fillers.update(tokens)
        if digits and all(t.isdigit() or t in fillers for t in tokens) and len(tokens) <= 2 * len(digits) + 1:
            picked = [int(d) for d in digits]
            if all(1 <= p <= count for p in picked):
                return [question.options[p - 1].value for p in picked]
        return None

    def _country_options(self, question: Question, text: str) -> list[str]:
        """Options whose country groups contain a country the text names ("Canada" → North America)."""
        if self.countries is None or self.country_groups is None or not any(o.countries for o in question.options):
            return []
        groups = {self.country_groups.group_of(code) for code in self.countries.find(text)}
        return [o.value for o in question.options if groups & set(o.countries)]

    def _single(self, question: Question, text: str, text_plain: str) -> Reading:
        ranged = [o for o in question.options if o.range]
        if ranged:
            amounts = [(a, u) for a, u in self.quantities(text)
                       if not (1900 <= a <= 2100 and u == "" and self.words.has("since", text_plain))]  # fmt: skip
            if amounts:
                amount, unit = _first_or_middle(amounts, text), amounts[0][1]
                for option in ranged:
                    low, high = option.range or (0.0, 0.0)
                    if low <= amount <= high:
                        return Reading(option.value, 0.95, note="converted" if unit == "converted" else "")
        elif (picked := self._by_number(question, text, text_plain)) and len(picked) == 1:
            return Reading(picked[0], 0.9)
        scores = self._option_scores(question, text_plain)
        for value in self._country_options(question, text):
            scores[value] = max(scores[value], 0.9)
        return self._decide(question, scores, text_plain, text)

    def _decide(self, question: Question, scores: dict[str, float], text_plain: str, text: str = "") -> Reading:
        """Adjust the option scores by the answer's polarity (yes / no / don't know), then choose."""
        polarity = self.polarity(text_plain)
        mixed = (self._mixed(text_plain, text) or self.words.has("but", text_plain)
                 or self.words.has("partly", text_plain))  # fmt: skip
        partial = {o.value for o in question.options if (question.id, o.value) in self._partial} if mixed else set()
        for value in partial:  # "yes for English, but not German": a mixed answer leans to the mixed options
            scores[value] += 0.25
        if mixed:
            polarity = None
        if question.barrier and self.words.has("middle", text_plain) and "moderate" in scores:
            scores["moderate"] = max(scores["moderate"] + 0.3, 0.8)  # "medium", "średnio": the scale's middle
        sides = {o.value: self._side.get((question.id, o.value)) for o in question.options}
        if polarity:
            same = [v for v, side in sides.items() if side == polarity]
            rest = len([t for t in text_plain.split() if t not in self._polarity_words])
            for value, side in sides.items():
                if side == polarity:
                    scores[value] = max(scores[value], 0.95 if len(same) == 1 else 0.6) + (0.05 if rest else 0)
                elif side is not None:
                    scores[value] *= 0.3
            if len(same) > 1 and rest == 0:
                return Reading(same[0], 0.5, alternatives=tuple(same))
        both = [o.value for o in question.options if (question.id, o.value) in self._both]
        strong = [v for v, score in scores.items() if v not in both and score >= SURE and sides[v] == "yes"]
        if len(both) == 1 and len(strong) >= 2:  # "our own shop and Amazon" → "Yes, both"
            scores[both[0]] = max(scores.values()) + MARGIN
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        (best, top), runner = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0.0)
        if top < UNSURE:
            return Reading()
        close = tuple(v for v, s in ranked if s >= top - MARGIN and s >= UNSURE)
        confidence = min(top, 1.0) if top - runner >= MARGIN else min(top, SURE - 0.01)
        if mixed and partial and best not in partial:
            confidence = min(confidence, SURE - 0.01)  # a mixed answer read as a whole one: ask
        return Reading(best, confidence, alternatives=close if len(close) > 1 else ())

    def _multi(self, question: Question, text: str, text_plain: str) -> Reading:
        options = question.options
        exclusive = next((o.value for o in options if o.exclusive), None)
        if exclusive and (self.words.is_only("none", text_plain) or self.words.is_only("no", text_plain)):
            return Reading([exclusive], 0.95)
        everything = [o.value for o in options if not o.exclusive and not o.na]
        if self.words.is_only("all", text_plain) or _starts_with_any(text_plain, self.words.lists["all"]):
            return Reading(everything, 0.9)
        picked = self._by_number(question, text, text_plain)
        if picked:
            return Reading(sorted(set(picked), key=[o.value for o in options].index), 0.9)
        parts = [p for p in _split(text_plain, self.words.lists["and"]) if p]
        if parts and self.words.is_only("all", parts[0]):  # "all of them, we do everything"
            return Reading(everything, 0.9)
        chosen: list[str] = []
        weakest = 1.0
        for part in parts:
            scores = self._option_scores(question, part)
            for value in self._country_options(question, part):
                scores[value] = max(scores[value], 0.9)
                chosen.append(value)
            value, score = max(scores.items(), key=lambda kv: kv[1])
            if score >= UNSURE:
                chosen.append(value)
                weakest = min(weakest, score)
            elif len(part.split()) > 1 or len(part) > 3:
                weakest = min(weakest, 0.5)  # a part that names nothing: confirm what was understood
        whole = self._option_scores(question, text_plain)
        chosen += [v for v, s in whole.items() if s >= 0.95 and v not in chosen]
        if exclusive and self.words.has("none", text_plain) and not chosen:
            return Reading([exclusive], 0.8)
        if not chosen and self.words.has("all", text_plain):
            return Reading(everything, 0.6)  # "we do a bit of everything": confirm
        if not chosen:
            return Reading()
        ordered = [o.value for o in options if o.value in chosen]
        if exclusive in ordered and len(ordered) > 1:
            ordered.remove(exclusive)
            weakest = min(weakest, 0.5)
        return Reading(ordered, weakest)


_POLAR = {"yes", "no"}  # values of yes/no questions: their own labels are the polarity


def _first_or_middle(found: list[tuple[float, str]], text: str) -> float:
    """The first quantity, or the middle of a range ("30-40 people" → 35)."""
    if len(found) >= 2 and RANGE_RE.search(text.lower()):
        return (found[0][0] + found[1][0]) / 2
    return found[0][0]


def _starts_with_any(text_plain: str, phrases: tuple[str, ...]) -> bool:
    return (
        any(text_plain == p or text_plain.startswith(p + " ") for p in phrases if len(p) > 2)
        and len(text_plain.split()) <= 4
    )


def _split(text_plain: str, joiners: tuple[str, ...]) -> list[str]:
    words_only = [j for j in joiners if j[:1].isalnum()]
    pattern = r"\s*[,;/+&]\s*|\s+(?:" + "|".join(re.escape(j) for j in words_only) + r")\s+" if words_only else r"[,;/]"
    return [p.strip() for p in re.split(pattern, f"{text_plain}")]


@dataclass
class _Text:
    """A reply prepared once for scoring against many phrases: its stems, polarity, and near-stems found."""

    plain: str
    stems: frozenset[str]
    side: str | None
    near: dict[str, bool] = field(default_factory=dict)
    known: frozenset[str] = frozenset()  # the reply's stems found in some label or hint
    known_weight: float = 1.0
    _prefixes: dict[str, int] = field(default_factory=dict)  # every beginning (3+ letters) of a stem → its length

    def __post_init__(self) -> None:
        for stem in self.stems:
            for end in range(3, len(stem) + 1):
                self._prefixes[stem[:end]] = max(self._prefixes.get(stem[:end], 0), len(stem))

    @property
    def short(self) -> bool:
        return len(self.plain.split()) <= 3

    def has(self, stem: str) -> bool:
        """The stem is in the reply, or the same stem grown ("poc" → "pochissim": superlatives and
        diminutives the stemmers leave alone), or a typo away (longer words only)."""
        if stem in self.stems:
            return True
        if stem not in self.near:
            grown = len(stem) >= 3 and 0 < self._prefixes.get(stem, 0) - len(stem) <= 6
            self.near[stem] = grown or (len(stem) >= 5 and any(
                len(t) >= 5 and t[0] == stem[0] and abs(len(t) - len(stem)) <= 2 and fuzz.ratio(stem, t) >= 85
                for t in self.stems))  # fmt: skip
        return self.near[stem]


def _bare(label: str) -> str:
    """A label without its NACE letter ("C – Manufacturing" → "Manufacturing")."""
    return NACE_PREFIX.sub("", label)


def _to_float(token: str) -> float:
    """A number as typed in any of the languages: 1,5 / 1.5 / 1 500 / 1.500.000 / 1,500."""
    token = token.replace("\u00a0", " ").replace("\u202f", " ").replace("'", " ")
    separators = [ch for ch in token if ch in " .,"]
    if not separators:
        return float(token)
    last = max(token.rfind("."), token.rfind(","), token.rfind(" "))
    tail = token[last + 1 :]
    if len(tail) == 3 and len(set(separators)) == 1:
        return float(token.replace(separators[0], ""))  # 1.500.000 / 1,500 / 1 500
    if len(tail) == 3 and separators[-1] == " ":
        return float(token.replace(" ", ""))
    integer = "".join(ch for ch in token[:last] if ch.isdigit())
    return float(f"{integer}.{tail}")


def labels_for(questionnaire: Questionnaire, translate: Callable[[str], str]) -> dict[str, dict[str, str]]:
    """Every question's option labels (and a scale's two ends) through `translate`, for an AnswerReader."""
    result: dict[str, dict[str, str]] = {}
    for question in questionnaire.questions.values():
        labels = {o.value: translate(o.label) for o in question.options}
        if question.type == "scale":
            labels.update(low=translate(question.low), high=translate(question.high))
        if labels:
            result[question.id] = labels
    return result


Hints = dict[str, dict[str, tuple[str, ...]]]  # question id → option value → phrases


def load_hints(
    folder: str | Path, lang: str, questionnaire: Questionnaire, sectors: Mapping[str, Mapping[str, Sequence[str]]]
) -> Hints:
    """The hints of one language: `hints/<lang>.yaml` (with `_severity` for every barrier
    question) and the sector words for the question whose options are the NACE sections."""
    path = Path(folder) / f"{lang}.yaml"
    raw = (load_yaml(path) or {}) if path.exists() else {}
    hints: dict[str, dict[str, tuple[str, ...]]] = {}
    for question in questionnaire.questions.values():
        node = raw.get("_severity") if question.barrier else raw.get(question.id)
        if isinstance(node, dict):
            hints[question.id] = {str(v): tuple(_word(p) for p in phrases or ()) for v, phrases in node.items()}
        values = {o.value for o in question.options}
        if values and values <= set(sectors):
            hints[question.id] = {v: tuple(sectors[v].get(lang, ())) for v in values}
    unknown = [q for q in raw if q != "_severity" and q not in questionnaire.questions]
    if unknown:
        raise DataError([f"{path}: unknown questions {', '.join(sorted(map(str, unknown)))}"])
    return hints


@dataclass(frozen=True)
class AnswerData:
    """Everything the chat needs to read answers, loaded once: words, countries and hints per language."""

    words: dict[str, AnswerWords]
    countries: CountryData
    hints: dict[str, dict[str, dict[str, tuple[str, ...]]]]
    support_types: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # kind → lang → words
    _readers: dict[str, AnswerReader] = field(default_factory=dict, compare=False, repr=False)

    def cached_reader(self, lang: str, labels: Callable[[], Mapping[str, Mapping[str, str]]]) -> AnswerReader:
        """The reader of one language, built on first use and kept with this data (labels built only then)."""
        if lang not in self._readers:
            self._readers[lang] = self.reader(lang, labels())
        return self._readers[lang]

    def reader(self, lang: str, labels: Mapping[str, Mapping[str, str]]) -> AnswerReader:
        """A reader for one language, given the questionnaire's labels in that language."""
        words = self.words.get(lang) or self.words["en"]
        return AnswerReader(lang, words, labels, self.hints.get(lang, {}), CountryFinder(lang, self.countries),
                            self.countries)  # fmt: skip


def load_answer_data(folder: str | Path, questionnaire: Questionnaire, languages: Sequence[str]) -> AnswerData:
    """Read `diagnosis/` of the knowledge folder: words.yaml, countries.yaml, sectors.yaml, hints/<lang>.yaml
    and support_types.yaml (the words for the kinds of support, for the chat's support search)."""
    folder = Path(folder)
    words = load_answer_words(folder / "words.yaml")
    missing = [lang for lang in languages if lang not in words]
    if missing:
        raise DataError([f"{folder / 'words.yaml'}: no words for {', '.join(missing)}"])
    countries = load_countries(folder / "countries.yaml")
    groups = {g for q in questionnaire.questions.values() for o in q.options for g in o.countries}
    unknown = sorted(groups - set(countries.groups))
    if unknown:
        raise DataError([f"{questionnaire.id}: unknown country groups {', '.join(unknown)}"])
    sectors_path = folder / "sectors.yaml"
    sectors = load_yaml(sectors_path) if sectors_path.exists() else {}
    hints = {lang: load_hints(folder / "hints", lang, questionnaire, sectors) for lang in languages}
    types_path = folder / "support_types.yaml"
    types = load_yaml(types_path) if types_path.exists() else {}
    support_types = {str(k): {str(lang): tuple(map(str, ws)) for lang, ws in v.items()} for k, v in types.items()}
    return AnswerData(words, countries, hints, support_types)
