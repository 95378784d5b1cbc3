"""Spotting countries in free text in seven languages ("Německo", "w Niemczech", "the USA").

Country names come from Babel's CLDR data in the user's language and in English, plus
everyday aliases from `knowledge/countries.yaml`; groups (EU, EEA EFTA, North America…)
map countries to the diagnosis' market options.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from babel import Locale

from .textnorm import plain
from .yamlsrc import DataError, load_yaml

CODE_RE = re.compile(r"(?<![\w&.-])([A-Z]{2})(?![\w&-])")  # "DE, CZ, AT": country codes as firms list them
# two capitals that are words or everyday abbreviations more often than countries ("IT services", "HR", "CV")
NOT_CODES = frozenset({"IT", "AT", "BE", "IN", "IS", "NO", "TO", "ME", "MY", "AM", "AS", "BY", "DO", "GO", "SO", "PS",
                       "HR", "CV", "PR", "ID", "SI", "NE", "LA", "MA", "CA", "TV", "PC", "AI", "CE", "SA", "TT", "ST",
                       "MO", "TN", "BO", "MS", "MT", "SV", "PE", "CI", "KM", "CD", "DJ"})  # fmt: skip
CODES_LISTED = 2  # codes a reply must give to be read as a list of countries ("DE" alone may be anything)
INFLECTED = {"pl", "cs", "de"}  # languages where a name changes its ending ("Niemcy" → "Niemczech")
START = 4  # letters a word shares with a name's word it may be a form of (see `_same`: 4 at least, or all)


@dataclass(frozen=True)
class CountryData:
    """The groups (id → ISO codes) and the aliases (language → code → names)."""

    groups: dict[str, frozenset[str]]
    aliases: dict[str, dict[str, tuple[str, ...]]]
    home: dict[str, str] = field(default_factory=dict)  # language → the country its firms are in (no export market)
    cities: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # language → code → towns, peoples
    cased: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # aliases matched as written ("US")
    demonyms: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # language → code → adjectives

    def group_of(self, code: str) -> str | None:
        """The group a country belongs to."""
        return next((g for g, codes in self.groups.items() if code in codes), None)


def load_countries(
    path: str | Path, cities: str | Path | None = None, demonyms: str | Path | None = None
) -> CountryData:
    """Read the country groups and aliases, the cities that name their country (`cities.yaml`, optional) and
    the words for its people and their adjectives (`demonyms.yaml`, optional); a code in two groups, or a city
    or an adjective of no known country or of two, is an error."""
    data = load_yaml(Path(path))
    groups = {str(g): frozenset(str(c) for c in codes) for g, codes in data["groups"].items()}
    odd = sorted(c for codes in groups.values() for c in codes if not re.fullmatch(r"[A-Z]{2}", c))
    if odd:  # a bare NO (Norway) is false in YAML: quote it
        raise DataError([f"{path}: not ISO 3166 alpha-2 codes: {', '.join(odd)}"])
    seen: dict[str, str] = {}
    for group, codes in groups.items():
        for code in codes:
            if code in seen:
                raise DataError([f"{path}: {code} is in both {seen[code]} and {group}"])
            seen[code] = group
    raw_aliases = data.get("aliases") or {}
    aliases = {str(lang): {str(code): tuple(plain(str(n)) for n in names if not str(n).isupper())
                           for code, names in by_code.items()} for lang, by_code in raw_aliases.items()}  # fmt: skip
    # an alias in capitals is matched as written: "the US", not the "us" of "for us"
    cased = {str(lang): {str(code): tuple(str(n) for n in names if str(n).isupper())
                         for code, names in by_code.items() if any(str(n).isupper() for n in names)}
             for lang, by_code in raw_aliases.items()}  # fmt: skip
    home = {str(lang): str(code) for lang, code in (data.get("home") or {}).items()}
    unknown = sorted(code for code in home.values() if code not in seen)
    if unknown:
        raise DataError([f"{path}: home countries in no group: {', '.join(unknown)}"])
    by_city = _by_code(cities, ("cities", "peoples"), seen)
    adjectives = _by_code(demonyms, ("demonyms",), seen)
    return CountryData(groups, aliases, home, by_city, cased, adjectives)


def _by_code(
    path: str | Path | None, keys: tuple[str, ...], codes: dict[str, str]
) -> dict[str, dict[str, tuple[str, ...]]]:
    """language → code → folded names, from the lists under `keys` of a code → language → names file (none where
    the file is not given or absent); a code in no group, or a name under two codes, is an error."""
    by_lang: dict[str, dict[str, tuple[str, ...]]] = {}
    if path is None or not Path(path).exists():
        return by_lang
    problems: list[str] = []
    owner: dict[tuple[str, str], str] = {}
    raw = load_yaml(Path(path))
    for code, by_name in [entry for key in keys for entry in (raw.get(key) or {}).items()]:
        if str(code) not in codes:
            problems.append(f"{path}: {code} is in no country group")
        for lang, names in (by_name or {}).items():
            folded = tuple(plain(str(n)) for n in names)
            for name in folded:
                if owner.setdefault((str(lang), name), str(code)) != str(code):
                    problems.append(f"{path}: {name!r} ({lang}) is under {owner[(str(lang), name)]} and {code}")
            known = by_lang.setdefault(str(lang), {}).get(str(code), ())
            by_lang[str(lang)][str(code)] = tuple(dict.fromkeys((*known, *folded)))
    if problems:
        raise DataError(problems)
    return by_lang


# umlauts and ß written out, as typed without a German keyboard ("Oesterreich")
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


class CountryFinder:
    """Finds the countries a text names, in one language (English names are always understood)."""

    def __init__(self, lang: str, data: CountryData) -> None:
        self.lang = lang
        codes = set().union(*data.groups.values())
        names: dict[str, set[str]] = {code: set() for code in codes}
        towns: set[tuple[str, str]] = set()  # city names: matched exactly ("wiedza" is no form of "wiedeń")
        for locale in {lang, "en"}:
            territories = Locale.parse(locale).territories
            for code in codes:
                if code in territories:
                    names[code].add(plain(territories[code]))
                    names[code].add(plain(territories[code].translate(UMLAUTS)))  # "Oesterreich" typed for "Österreich"
            for code, extra in data.aliases.get(locale, {}).items():
                names.setdefault(code, set()).update(extra)
            for code, cities in data.cities.get(locale, {}).items():  # "Genf", "Norymberga": not the firm's own towns
                if code in names and code != data.home.get(lang):
                    towns |= {(town, code) for town in cities if town not in names[code]}
        cased = [(name, code) for locale in {lang, "en"} for code, ns in data.cased.get(locale, {}).items()
                 for name in ns]  # fmt: skip
        self._cased = [(re.compile(rf"(?<![\w&.-]){re.escape(n)}(?![\w&-])"), c) for n, c in cased]
        own = {(n, c) for c, ns in names.items() for n in ns}
        towns -= own
        # "a Norwegian customer", "od rakouské pily": the country's people and adjectives, in the reply's language
        # only, read only where asked (`find(…, adjectives=True)`: the market questions), as "German" is a language
        adjectives = {(word, code) for code, words in data.demonyms.get(lang, {}).items()
                      if code in names and code != data.home.get(lang) for word in words} - own - towns  # fmt: skip
        self._codes = frozenset(codes)
        self._exact = frozenset(n for n, _c in own | towns)
        self._adjectives = frozenset(n for n, _c in adjectives)
        self._names = sorted((nc for nc in own | towns | adjectives if nc[0]), key=lambda nc: (-len(nc[0]), nc))
        # the names by the first letters of their first word, which any form of it shares ("niemc" of
        # "niemcy", "niemczech"): one look-up per word of a text, not every name at every word
        self._by_start: dict[str, list[tuple[int, tuple[str, ...], str, bool, bool]]] = {}
        for rank, (name, code) in enumerate(self._names):
            parts = tuple(name.split())
            entry = (rank, parts, code, (name, code) in towns or (name, code) in adjectives, (name, code) in adjectives)
            self._by_start.setdefault(parts[0][:START], []).append(entry)
        self._remembered = lru_cache(maxsize=1024)(self._find)  # pure, and safe to share between threads
        # the firm's own towns and areas ("Maidstone", "Ústí"): no country found, but the home market named
        own_places = sorted(data.cities.get(lang, {}).get(data.home.get(lang, ""), ()), key=len, reverse=True)
        pattern = r"(?<!\S)(?:" + "|".join(map(re.escape, own_places)) + r")(?!\S)"
        self._home_places = re.compile(pattern) if own_places else None

    def names_home_place(self, text: str) -> bool:
        """The text names a town or area of the country the reply's language is the firms' own ("tous en
        Nouvelle-Aquitaine", "jen Ústí a okolí")."""
        return self._home_places is not None and self._home_places.search(plain(text)) is not None

    def is_name(self, word: str) -> bool:
        """The folded word is a country's or city's name as listed ("germany", not "german" nor "anglicky")."""
        return word in self._exact

    def is_adjective(self, word: str) -> bool:
        """The folded word names a country's people or is its adjective ("norwegian", "rakouské")."""
        return word in self._adjectives

    def names(self, code: str) -> tuple[str, ...]:
        """The folded names of a country known to this finder."""
        return tuple(n for n, c in self._names if c == code and n not in self._adjectives)

    def find(self, text: str, adjectives: bool = False) -> list[str]:
        """ISO codes of the countries named in the text, in order of appearance (remembered per text); with
        `adjectives`, also those whose people or adjective it names ("our Dutch distributor")."""
        return list(self._remembered(text, adjectives))

    def _find(self, text: str, adjectives: bool) -> tuple[str, ...]:
        words = plain(text).split()
        # every name that fits at every word, then taken as before: longest names first, then left to right
        # ("british columbia" before "british")
        matches = sorted(
            (rank, i, len(parts), code)
            for i, word in enumerate(words)
            for rank, parts, code, exact, adjective in self._by_start.get(word[:START], ())
            if i + len(parts) <= len(words)
            and (adjectives or not adjective)
            and all(p == words[i + k] if exact else self._same(p, words[i + k]) for k, p in enumerate(parts))
        )
        found: list[tuple[int, str]] = []
        taken: set[int] = set()
        for _rank, i, length, code in matches:
            span = range(i, i + length)
            if not taken & set(span):
                taken.update(span)
                found.append((i, code))
        for pattern, code in self._cased:  # "the US": its place counted in words, as the other names'
            found += [(len(plain(text[: m.start()]).split()), code) for m in pattern.finditer(text)]
        ordered = [code for _, code in sorted(found)]
        listed = [c for c in CODE_RE.findall(text) if c in self._codes]
        sure = {c for c in listed if c not in NOT_CODES}  # beside one of these, "AT" in "DE, AT" is Austria
        alone = bool(sure) and CODE_RE.fullmatch(text.strip(" ,.;:!?()")) is not None  # a part of "DE, CZ" alone
        if alone or (sure and len(set(listed)) >= CODES_LISTED and not text.isupper()):  # "DE, CZ, trochę Norwegia"
            ordered = listed + ordered
        return tuple(dict.fromkeys(ordered))

    def _same(self, name_word: str, word: str) -> bool:
        if name_word == word:
            return True
        if self.lang not in INFLECTED or len(name_word) < 5:
            return False
        stem = name_word[: max(4, len(name_word) - 2)]
        return word.startswith(stem) and len(word) <= len(name_word) + 4
