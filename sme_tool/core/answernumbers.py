"""Numbers in free-text answers: digits as each language writes them, number words, ranges and money.

Pure: the caller passes the language's `AnswerWords` (its number words and multipliers).
"""

from __future__ import annotations

import math
import re

from .answerwords import AnswerWords
from .questionnaire import Question
from .textnorm import plain

NUMBER_RE = re.compile(
    r"(?<![\w.,])\d{1,3}(?:([ .,\u00a0\u202f'])\d{3})(?:\1\d{3})*(?:[.,]\d+)?(?!\d)"
    r"|(?:(?<![^\W\d_])|(?<=[xX]))\d+(?:[.,]\d+)?"
)  # not the 2 of "the A2" (a road), but "x3"
MAX_DIGITS = 30  # a number typed longer than this is no count or amount: read as out of range, never as int()
BETWEEN = (
    r"|\b(?:between|entre|zwischen|tra|fra|między|pomiędzy|mezi)\s+(?:\w+\s+)?\d[\d.,]*\s*%?\s*"
    r"(?:and|et|und|e|y|i|a)\s+(?:\w{1,3}\s+)?\d"
)  # "between 10 and 15 %"
RANGE_RE = re.compile(r"\d\s*(?:-|–|to|a|až|bis|do|à|al)\s*\d" + BETWEEN)  # "30-40", "30 to 40", "de 2 a 3"
RANGE_NO_A_RE = re.compile(r"\d\s*(?:-|–|to|až|bis|do|à|al)\s*\d" + BETWEEN)  # where "a" is "and" ("2 a 3")
MINUS_RE = re.compile(r"(?:^\s*|[^\d.,\s]\s+)[-−]\d")  # "-5", "about -5"; not "2 -3" nor "covid-19"
EXPONENT_RE = re.compile(r"\d[.,]?e[+-]?\d", re.I)  # "1e9": no number as people write them
DATE_YEAR = r"(?:\d{1,2}[./-]\d{1,2}[./-])?"  # "12.03.2021", "1/1/2010": the year of a date
SPELLED_FIRST = 10  # a number word this big before the first digits is the reply's first number ("one of" is not)
NUMBER_JOINERS = ("und", "y", "i", "e", "a", "")  # "fünf|und|zwanzig", "veint|i|cinco", "trenta|due", "pět|a|třicet"
ELIDED = ("e", "a", "i", "s")  # letters a number drops inside a longer one: "veint(e)", "vent(i)", "ein(s)"
OPTION_WORDS = {"nr", "no", "n", "number", "option", "opcja", "moznost", "numero", "nummer", "opcion", "opzione",
                "odpowiedz", "cislo"}  # fmt: skip  # "option 2", "nr 2", "možnost 2"
CURRENCY = {"€": 1.0, "eur": 1.0, "euro": 1.0, "euros": 1.0, "evro": 1.0}
# Rough rates, only to propose a band for confirmation (ECB reference rates, autumn 2026, rounded).
ROUGH_EUROS = {"£": 1.15, "gbp": 1.15, "pound": 1.15, "pounds": 1.15, "$": 0.9, "usd": 0.9, "dollar": 0.9,
               "dollars": 0.9, "zl": 0.23, "zlotych": 0.23, "zloty": 0.23, "zlote": 0.23, "pln": 0.23,
               "kc": 0.04, "czk": 0.04, "korun": 0.04, "koruna": 0.04, "koruny": 0.04, "chf": 1.05, "sterling": 1.15,
               "quid": 1.15, "frs": 1.05, "frankow": 1.05, "franku": 1.05, "zlotys": 0.23, "zlotis": 0.23,
               "zlotow": 0.23, "coronas": 0.04, "couronnes": 0.04, "kronen": 0.04, "corone": 0.04,
               "korony": 0.04, "dolares": 0.9, "dollari": 0.9, "dolarow": 0.9, "dolaru": 0.9, "libras": 1.15,
               "sterline": 1.15, "funtow": 1.15, "liber": 1.15, "dkk": 0.134, "sek": 0.087, "nok": 0.085,
               "danische kronen": 0.134, "schwedische kronen": 0.087, "norwegische kronen": 0.085,
               "tschechische kronen": 0.04, "danish kroner": 0.134, "swedish kronor": 0.087,
               "norwegian kroner": 0.085, "couronnes danoises": 0.134, "couronnes suedoises": 0.087,
               "couronnes tcheques": 0.04, "coronas danesas": 0.134, "coronas checas": 0.04,
               "corone danesi": 0.134, "corone ceche": 0.04, "koron czeskich": 0.04, "koron dunskich": 0.134,
               "korun ceskych": 0.04, "danskych korun": 0.134}  # fmt: skip
YEAR_RE = re.compile(
    r"(?<![\w.,'’/-])" + DATE_YEAR + r"(1[89]\d\d|20\d\d)(?![\w.,]\d|['’]?s(?!\w))|(?<![\w'’])['’](\d\d)(?!\w)"
)
# a decade, on folded text: "the 90s", "1990s", "90er", "anni 90", "los 90", "lata 90.", "90. léta"
DECADE_RE = re.compile(
    r"(?<!\S)(?:(?:19|20)?(\d)0 ?s|(?:19)?(\d)0 ?(?:er|ern|leta|let|letech)"
    r"|(?:anni|anos|annees|lata|lat|latach|decada|the|les|los|gli|negli|dei|die|den) (?:19)?(\d)0)(?!\S)"
)
RANGE_JOINERS = frozenset({"to", "or", "bis", "oder", "ou", "a", "o", "do", "az", "lub", "albo", "nebo", "-", "–", "i",
                           "le", "les", "los", "las", "die", "the"})  # fmt: skip  # (with "and" and the articles)
RANGE_GAP = 4  # words from a multiplier back to the first number of a range ("tra i tre e i quattro milioni")
OF_WORDS = frozenset({"of", "de", "di", "d", "von", "z"})  # between a multiplier and its currency
AFTER = 40  # characters after a number read for its multiplier and currency ("150 Millionen dänische Kronen")
YEAR_WORDS = 3  # words after "two thousand" that may say the rest of a year ("and twenty two")
THOUSAND = 1000
HUNDRED = 100
ONE_WORD = 9  # letters of a word that may be a number with hundreds or thousands ("duecento" + "dieci")
DECADES = (20, 30, 40, 50, 60, 70, 80, 90)  # ordinals of tens that name a year after "in": "v devadesátém" ('90)
CENTURIES = (18, 19, 20)  # "nineteen fifty-two": a century's number, then the year's
SMALL_SUM = 1000  # a sum below this, with no unit or multiplier, is no amount of money one can be sure of
MONEY = ("€", "converted", "amount")  # the units of a sum of money (see `quantities`)
WHOLE = 100.0  # the top of per-cent bands: a question whose bands end here asks for a share
# a share said as a ratio: "1 in every 8", "3 z 10", "un sur quatre" is read by `fractions`
RATIO_RE = re.compile(
    r"(?<![\w.,])(\d+)\s+(?:in|out of|of|sur|su|on|von|aus|de|di|z|ze|na|from)\s+"
    r"(?:every|each|chaque|ogni|cada|jedem|jeden|jeder|każdych|kazdych|každých)?\s*(\d+)(?![\w.,]?\d)",
    re.I,
)
RATIO_MAX = 1000  # a ratio's whole above this is an amount or a year, not "1 in 8"


def quantities(words: AnswerWords, text: str, spelled: str | None = None) -> list[tuple[float, str]]:
    """Numbers in the text with their unit hint (%, currency, ""), multipliers applied; number words
    ("twenty five", "fünfundzwanzig") when there are no digits, read in `spelled` (the folded text
    unless given: without "no idea", say, whose "no" is no number)."""
    found: list[tuple[float, str]] = []
    lowered = text.lower()
    for match in NUMBER_RE.finditer(lowered):
        if sum(ch.isdigit() for ch in match.group(0)) > MAX_DIGITS:
            found.append((math.inf, ""))  # "9" * 309: out of any range; int() of so many digits is refused
            continue
        value = to_float(match.group(0))
        after = lowered[match.end() : match.end() + AFTER].strip()
        before = lowered[max(0, match.start() - 4) : match.start()].strip()
        found.append(_apply_suffix(words, value, after, before))
    if not found:
        return _spelled_amounts(words, plain(text) if spelled is None else spelled)
    first = NUMBER_RE.search(lowered)
    if spelled is None and first is not None and first.start() > 0:  # "třiceti lidí … plus 4 v kanclu": thirty first
        ahead = [n for n in _spelled_amounts(words, plain(text[: first.start()])) if n[0] >= SPELLED_FIRST]
        found = ahead[:1] + found
    return found


def _spelled_amounts(words: AnswerWords, text_plain: str) -> list[tuple[float, str]]:
    """Numbers written as words; the first with a multiplier after it is an amount, maybe with a half
    ("four and a half million", "quattro milioni e mezzo"); a multiplier before any number word multiplies
    nothing ("mio fratello e tre operai": "mio" is "my", not "million")."""
    found = [(float(n), "") for n in number_words(words, text_plain)]
    tokens = text_plain.split()
    scales = [at for at, t in enumerate(tokens) if t in words.multipliers and len(t) > 2]
    scaled = [at for at in scales if _said_of_number(words, tokens, at)]
    half = 0.5 if words.has("half", text_plain) else 0.0
    if found and scaled:
        at = scaled[0]
        said = len(number_words(words, " ".join(tokens[:at]))) - 1  # the number before it: "raz … czterdziestu tysięcy"
        for k in (said, said - 1) if said and _range_before(words, tokens, at) else (said,):  # "four and five million"
            found[k] = _in_euros((found[k][0] + half) * words.multipliers[tokens[at]],
                                 _after_half(words, tokens[at + 1 :]), "amount")  # fmt: skip
    elif found and (paid := next((at for at, t in enumerate(tokens) if at and _currency(t)), None)) is not None:
        before = number_words(words, " ".join(tokens[:paid]))  # "trentamila euro", "osmset liber"
        if before and number_words(words, tokens[paid - 1]):
            found[len(before) - 1] = _in_euros(found[len(before) - 1][0], tokens[paid:], "")
    elif half and scales and not found:  # "półtora miliona", "un milione e mezzo", "eineinhalb Millionen"
        at = scales[0]
        found = [_in_euros((1 + half) * words.multipliers[tokens[at]], _after_half(words, tokens[at + 1 :]), "amount")]
    return found


def _said_of_number(words: AnswerWords, tokens: list[str], at: int) -> bool:
    """The multiplier at `at` follows a number word, maybe across "and a half" ("four and a half million"), not one
    said before other words ("due, io e il mio socio": "mio" is "my", not "million")."""
    joiners = {
        *words.lists["and"],
        *words.lists["articles"],
        *OF_WORDS,
        *(w for h in words.lists["half"] for w in h.split()),
    }
    back = at - 1
    while back >= 0 and tokens[back] in joiners and not number_words(words, tokens[back]):
        back -= 1
    return back >= 0 and bool(number_words(words, tokens[back]))


def _range_before(words: AnswerWords, tokens: list[str], at: int) -> bool:
    """Two number words joined just before the multiplier at `at` ("entre cuatro y cinco millones", "tra i tre e i
    quattro milioni"): a range, both multiplied."""
    joiners = {*words.lists["and"], *words.lists["articles"], *RANGE_JOINERS}
    back = at - 2
    while back >= 0 and at - back <= RANGE_GAP and tokens[back] in joiners:
        back -= 1
    return back >= 0 and back < at - 2 and bool(number_words(words, tokens[back]))


def _currency(token: str) -> bool:
    return token in CURRENCY or token in ROUGH_EUROS


def _after_half(words: AnswerWords, tokens: list[str]) -> list[str]:
    """The words after a multiplier without the half said there ("a million and a half pounds" → "pounds")."""
    said = " ".join(tokens)
    half = next((h for h in words.lists["half"] if said == h or said.startswith(h + " ")), None)
    return tokens[len(half.split()) :] if half else tokens


def _in_euros(value: float, tokens: list[str], unit: str) -> tuple[float, str]:
    """A sum with the (folded) words after it: a currency named first (after an "of": "5 millones de zlotys";
    in two words: "dänische Kronen") is converted roughly into euros ("converted"), the euro is "€"."""
    if len(tokens) > 1 and tokens[0] in OF_WORDS:
        tokens = tokens[1:]
    pair = " ".join(tokens[:2])
    if pair in ROUGH_EUROS:
        return value * ROUGH_EUROS[pair], "converted"
    word = tokens[0] if tokens else ""
    if word in ROUGH_EUROS:
        return value * ROUGH_EUROS[word], "converted"
    return (value, "€") if word in CURRENCY else (value, unit)


def founding_year(text: str, year: int) -> int | None:
    """The first year in the text that can be a founding year ("in 1987", "nel '62"), up to `year`."""
    for match in YEAR_RE.finditer(text):
        if match.group(1):
            found = int(match.group(1))
        else:  # "'62": this century when it is not past this year, else the last
            short = int(match.group(2))
            found = 2000 + short if short <= year % 100 else 1900 + short
        if found <= year:
            return found
    return None


def spelled_year(words: AnswerWords, text_plain: str, year: int) -> int | None:
    """A year written in words, up to `year`: two thousand and some ("two thousand and eight", "dos mil diez",
    "dva tisíce dvanáct"), or a century's number and then the year's ("nineteen fifty-two")."""
    tokens = text_plain.split()
    joiners = set(words.lists["and"])
    year_in = {phrase.split()[-1] for phrase in words.lists["year_in"]}
    for at, token in enumerate(tokens):
        after = [t for t in tokens[at + 1 : at + 1 + YEAR_WORDS] if t not in joiners]
        if at and words.multipliers.get(token) == THOUSAND and words.numbers.get(tokens[at - 1]) == 2:
            rest = number_words(words, " ".join(after)) or [words.ordinals[t] for t in after[:1] if t in words.ordinals]
            found = 2000 + (rest[0] if rest and rest[0] < 100 else 0)  # "dwa tysiące piątego": an ordinal
        elif words.numbers.get(token) in CENTURIES and (rest := number_words(words, " ".join(after[:2]))):
            found = words.numbers[token] * 100 + rest[0] if 10 <= rest[0] < 100 else 0
        elif len(token) >= ONE_WORD and (whole := _one_word(words, token)) and whole >= CENTURIES[0] * HUNDRED:
            found = whole  # "dal duemilaotto", "seit neunzehnhundertachtundneunzig": a year in one word
        elif at and tokens[at - 1] in year_in and (tens := words.ordinals.get(token, 0)) in DECADES:
            unit = words.ordinals.get(tokens[at + 1], 0) if at + 1 < len(tokens) else 0
            short = tens + (unit if 0 < unit < 10 else 0)  # "v devadesátém druhém", "w osiemdziesiątym": a year
            found = 2000 + short if short <= year % 100 else 1900 + short  # said by its ordinal, as Czechs and Poles do
        else:
            continue
        if 0 < found <= year:
            return found
    return None


def decade_year(text_plain: str, year: int) -> int | None:
    """The middle of the first decade the folded text names ("since the 90s" → 1995), up to `year`."""
    found = DECADE_RE.search(text_plain)
    if found is None:
        return None
    tens = int(next(g for g in found.groups() if g is not None)) * 10
    start = 2000 + tens if 2000 + tens <= year else 1900 + tens
    return min(start + 5, year)


def _apply_suffix(words: AnswerWords, value: float, after: str, before: str) -> tuple[float, str]:
    """Percent, a multiplier ("1,5 mln") and a currency; other currencies are converted into euros
    roughly, and the unit says so ("converted"), so that the reading is confirmed, never assumed."""
    if after.startswith("%") or after.startswith("procent") or after.startswith("percent"):
        return value, "%"
    tokens = plain(after).split()
    unit = ""
    if tokens and tokens[0] in words.multipliers:
        value *= words.multipliers[tokens[0]]
        tokens = tokens[1:]
        unit = "amount"
    symbol = next((c for c in (after[:1], before[-1:]) if c and c in "€£$"), "")  # "300 €", "under £300"
    if symbol in ("£", "$"):
        return value * ROUGH_EUROS[symbol], "converted"
    return (value, "€") if symbol else _in_euros(value, tokens, unit)


def number_words(words: AnswerWords, text_plain: str) -> list[int]:
    """The numbers written as words, in order, each time it is said; tens and units combine ("twenty five" → 25),
    as do the parts of a number written as one word ("fünfundzwanzig", "venticinque", "veinticinco") and
    hundreds ("two hundred and fifty", "tři sta", "deux cents")."""
    padded = f" {text_plain} "
    hits: list[tuple[int, int, int]] = []  # where, the number, how many characters
    for phrase, value in sorted(words.numbers.items(), key=lambda kv: -len(kv[0])):
        while (at := padded.find(f" {phrase} ")) >= 0:  # "jednou Lipsko a jednou Dubaj": each time
            hits.append((at, value, len(phrase) + 1))
            padded = padded[:at] + " " + "#" * len(phrase) + padded[at + len(phrase) + 1 :]
    at = 0
    for token in padded.split(" "):
        if token and "#" not in token and (joined := _joined_number(words, token)) is not None:
            hits.append((padded.find(token, at) - 1, joined, len(token) + 1))
        at += len(token) + 1
    hits.sort()
    joiners = {"", *words.lists["and"], *NUMBER_JOINERS}
    values: list[int] = []
    end = -1
    for at, value, length in hits:
        between = text_plain[max(end, 0) : max(at, 0)].strip() if values else None
        if between is not None and between in joiners and _hundreds(values[-1], value):
            values[-1] = values[-1] * value if value == HUNDRED else values[-1] + value
        else:
            values.append(value)
        end = at + length
    if len(values) >= 2 and _tens_and_units(values[0], values[1]):
        return [values[0] + values[1], *values[2:]]  # twenty five, soixante-quinze
    return values


def _hundreds(before: int, value: int) -> bool:
    """Two number words that make one with hundreds: "two hundred" (2 × 100), "three hundred fifty" (300 + 50),
    "two hundred fifty five" (250 + 5)."""
    if value == HUNDRED:
        return 1 <= before <= 9
    return before >= HUNDRED and ((before % HUNDRED == 0 and value < HUNDRED) or (before % 10 == 0 and value < 10))


def _tens_and_units(tens: int, units: int) -> bool:
    """Two number words that make one: "twenty five"; in French also "soixante-quinze" (60 + 15)."""
    return tens >= 20 and tens % 10 == 0 and tens < 100 and (units < 10 or (tens in (60, 80) and units < 20))


def _joined_number(words: AnswerWords, token: str) -> int | None:
    """A number written as one word: two number words, maybe joined by "und"/"y"/"i"/"e", units then tens
    ("fünfundzwanzig") or tens then units ("venticinque", "trentadue"); or with hundreds and thousands
    ("duecentocinquanta", "duemilaotto", "millenovecentoventi", "neunzehnhundertachtundneunzig")."""
    return _two_words(words, token) if len(token) < ONE_WORD else _one_word(words, token)


def _one_word(words: AnswerWords, token: str) -> int | None:
    """A number word, two joined, or thousands and hundreds written as one word (see `_joined_number`), 0-9999."""
    if token in words.numbers:
        return words.numbers[token]
    if (pair := _two_words(words, token)) is not None:
        return pair
    for size, marks in ((THOUSAND, words.derived["thousands"]), (HUNDRED, words.derived["hundred"])):
        for mark in marks:
            at = token.find(mark)
            if at < 0 or len(token) == len(mark):
                continue
            head, tail = token[:at], token[at + len(mark) :]
            times = 1 if head in ("", *words.lists["articles"]) else _one_word(words, head)
            tail = next((tail[len(j) :] for j in NUMBER_JOINERS if j and tail.startswith(j)
                         and _one_word(words, tail[len(j) :]) is not None), tail)  # fmt: skip  # "tausendundacht"
            rest = _one_word(words, tail) if tail else 0
            if (
                times is not None
                and 1 <= times < (20 if size == HUNDRED else THOUSAND)
                and rest is not None
                and rest < size
            ):
                return times * size + rest
    for name in words.derived["hundreds"]:  # "duecentocinquanta": a hundreds word of its own, then the rest
        value = words.numbers[name]
        if token.startswith(name) and len(token) > len(name):
            rest = _one_word(words, token[len(name) :])
            if rest is not None and rest < HUNDRED:
                return value + rest
    return None


def _two_words(words: AnswerWords, token: str) -> int | None:
    for cut in range(3, len(token) - 2):
        head, tail = token[:cut], token[cut:]
        for joiner in NUMBER_JOINERS:
            if not tail.startswith(joiner) or tail[len(joiner) :] not in words.numbers:
                continue
            second = words.numbers[tail[len(joiner) :]]
            first = next((words.numbers[head + e] for e in ("", *ELIDED) if head + e in words.numbers), None)
            if first is not None and _tens_and_units(max(first, second), min(first, second)):
                return first + second
    return None


def first_or_middle(found: list[tuple[float, str]], text: str, words: AnswerWords | None = None) -> float:
    """The first quantity, or the middle of a range ("30-40 people" → 35)."""
    if len(found) >= 2 and is_range(text, words):
        return (found[0][0] + found[1][0]) / 2
    return found[0][0]


def is_range(text: str, words: AnswerWords | None = None) -> bool:
    """The text gives a range of numbers ("30-40", "30 to 40", "de 2 a 3"); a bare "a" is none where the
    language says "and" with it (Czech and Polish "2 a 3" is two and three)."""
    pattern = RANGE_NO_A_RE if words is not None and "a" in words.lists["and"] else RANGE_RE
    return pattern.search(text.lower()) is not None


def half_up(value: float) -> int:
    """A number rounded with halves up ("2 à 3" and "3 to 4" alike), not to the even neighbour."""
    return math.floor(value + 0.5)


def to_float(token: str) -> float:
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


def options_by_number(words: AnswerWords, question: Question, text_plain: str) -> list[str] | None:
    """Options picked by their number ("2", "1 and 3") or position ("the second one")."""
    tokens = text_plain.split()
    ordinal = [words.ordinals[t] for t in tokens if t in words.ordinals]
    count = len(question.options)
    if (
        ordinal and len(tokens) <= 3 and all(t in words.ordinals or len(t) <= 3 or t in OPTION_WORDS for t in tokens)
    ):  # "the second one", not "pierwsze słyszę"
        return [question.options[i - 1 if i > 0 else count + i].value for i in ordinal if -count <= i <= count and i]
    digits = [t for t in tokens if t.isdigit() and len(t) <= MAX_DIGITS]  # int() refuses 4300+ digits
    fillers = set(words.lists["and"]) | OPTION_WORDS
    if len(digits) == 1 and len(tokens) <= 3 and all(t.isdigit() or t in fillers or len(t) <= 3 for t in tokens):
        fillers.update(tokens)
    if digits and all(t.isdigit() or t in fillers for t in tokens) and len(tokens) <= 2 * len(digits) + 1:
        picked = [int(d) for d in digits]
        if all(1 <= p <= count for p in picked):
            return [question.options[p - 1].value for p in picked]
    return None


def band_option(words: AnswerWords, question: Question, text: str, text_plain: str) -> tuple[str, str] | None:
    """The option whose range holds the number in the text, with the number's unit; "less than 10" is
    the band below 10, "more than 25%" the band above 25% (not the bands that end or start there)."""
    found = quantities(words, text)
    said = not any(unit == "%" for _value, unit in found)  # "30 %" is read below
    if said and _asks_share(question) and _of_people(words, text_plain):
        return None  # "circa 40 dipendenti": a head count, no share
    if said and _asks_share(question) and (share := share_said(words, text, text_plain)) is not None:
        band = band_of(question, share[0])
        return (band, share[1]) if band is not None else None
    # a year ("in 2025", "CA 2025 : 3,5 M") is no amount when the text says "since" or gives another number
    dated = words.has("since", text_plain) or len(found) > 1
    amounts = [(a, u) for a, u in found if not (1900 <= a <= 2100 and u == "" and dated)]
    if not amounts:
        amounts = _spelled_amounts(words, text_plain) if found else []
    if not amounts:
        return None
    home = words.lists["home_currency"] if question.unit != "people" else ()  # a head count is no sum of money
    currency = home and (any(_currency(t) for t in text_plain.split()) or any(c in text for c in "€£$"))
    if home and not currency:  # "asi 80 milionů": crowns, most likely, asked back; not "czyli w euro 4 mln"
        amounts = [(a * ROUGH_EUROS[home[0]], "home") if u == "amount" else (a, u) for a, u in amounts]
    amount, unit = first_or_middle(amounts, text, words), amounts[0][1]
    if unit == "" and amount < SMALL_SUM and min(o.range[1] for o in question.options if o.range) >= SMALL_SUM**2:
        unit = "bare"  # "20" for a turnover: 20 what? Propose the band, do not accept it
    side = 0 if len(amounts) > 1 and is_range(text, words) else _compared(words, text_plain)
    bands = [(o.value, *o.range) for o in question.options if o.range]
    if side < 0:
        below = [(low, value) for value, low, _high in bands if low < amount]
        return (max(below)[1], unit) if below else None
    if side > 0:
        above = [(high, value) for value, _low, high in bands if high > amount]
        return (min(above)[1], unit) if above else None
    band = band_of(question, amount)
    return (band, unit) if band is not None else None


def _of_people(words: AnswerWords, text_plain: str) -> bool:
    """A number said of people ("40 dipendenti", "12 Leute"): a head count."""
    tokens = text_plain.split()
    return any(said_of_people(words, tokens, at) for at in number_places(words, tokens))


def number_places(words: AnswerWords, tokens: list[str]) -> list[int]:
    """Where the tokens are numbers, in digits or one number word."""
    return [at for at, t in enumerate(tokens) if t.isdigit() or t in words.numbers]


def said_of_people(words: AnswerWords, tokens: list[str], at: int) -> bool:
    """The number at `at` is said of people: a word for people or persons within the two words after it."""
    nouns = [w for w in (*words.lists["persons"], *words.lists["people"]) if " " not in w]
    return any(n.startswith(w) for n in tokens[at + 1 : at + 3] for w in nouns)


def _asks_share(question: Question) -> bool:
    """The options are bands of per cent ("Less than 5%" … "More than 25%")."""
    ends = [o.range[1] for o in question.options if o.range]
    return bool(ends) and max(ends) == WHOLE


def share_said(words: AnswerWords, text: str, text_plain: str) -> tuple[float, str] | None:
    """A share of a whole in per cent, said without a per-cent sign: a fraction ("about a third", "asi třetina"),
    with "said"; a ratio ("1 in every 8 pounds") or two sums of money, the part and the whole ("£40k out of a £2m
    turnover", "sur 4 M€ de CA, 1,6 M€ à l'export"), with "share": worked out, so confirmed."""
    if (fraction := words.patterns["fractions"].search(text_plain)) is not None:
        return words.fractions[fraction.group(0)], "said"
    ratio = RATIO_RE.search(text)
    if ratio and 0 < int(ratio.group(2)) <= RATIO_MAX and int(ratio.group(1)) <= int(ratio.group(2)):
        return WHOLE * int(ratio.group(1)) / int(ratio.group(2)), "share"
    sums = [value for value, unit in quantities(words, text) if unit in MONEY and value > 0]
    if len(sums) == 2 and min(sums) < max(sums):
        return WHOLE * min(sums) / max(sums), "share"
    return None


def band_of(question: Question, amount: float) -> str | None:
    """The option whose range holds the amount, each range reaching up to the next one's start."""
    bands = [(o.value, *o.range) for o in question.options if o.range]
    return next((value for value, low, high in _half_open(bands) if low <= amount < high), None)


def _half_open(bands: list[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    """The bands, each up to the next one's start (9.5 people is between "0-9" and "10-49": the first), the
    last one up to and including its end."""
    ordered = sorted(bands, key=lambda b: b[1])
    ends = [nxt[1] for nxt in ordered[1:]] + [math.nextafter(ordered[-1][2], math.inf)] if ordered else []
    return [(value, low, end) for (value, low, _high), end in zip(ordered, ends, strict=True)]


def _compared(words: AnswerWords, text_plain: str) -> int:
    """-1 when the first number follows "less than" ("under", "almost"), 1 after "more than", else 0."""
    for side, key in ((-1, "less"), (1, "more")):
        for found in words.patterns[key].finditer(text_plain):
            following = text_plain[found.end() :].split()[:1]
            if following and (following[0][:1].isdigit() or following[0] in words.numbers):
                return side
    return 0
