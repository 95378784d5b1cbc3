"""The shape of a free-text reply: its clauses, whether it says yes to one thing and no to another,
whether it only hedges, and which words join the answers it names.

Pure helpers of the answer reader (`answermap`), for one language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .answerphrases import PhraseIndex
from .answertext import clauses
from .answerwords import AnswerWords, phrase_pattern, polarity
from .textnorm import plain, stems
from .textnorm import words as word_list

NEGATED_REST = 4  # letters a word must keep after a negating prefix, and its stem too ("ne|jsme")


@dataclass
class ReplyShape:
    """Reads the structure of replies in one language: clauses, contrasts, hedges, joiners."""

    words: AnswerWords
    index: PhraseIndex
    breaks: re.Pattern[str] = field(init=False)  # where a clause ends: before "but" and "and"
    severity_breaks: re.Pattern[str] = field(init=False)  # where a clause of a barrier's severity ends
    _joiner_words: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.breaks = phrase_pattern([*self.words.lists["but"], *self.words.lists["and"]])
        self.severity_breaks = phrase_pattern(self.words.lists["but"])
        self._joiner_words = frozenset(w for key in ("but", "and") for p in self.words.lists[key] for w in p.split())

    def clauses(self, text: str) -> list[str]:
        """The folded clauses of the reply, cut at punctuation, "but" and "and"."""
        return clauses(text, self.breaks)

    def mixed(self, text_plain: str, text: str = "") -> bool:
        """Both a yes and a no, apart ("English yes, German no"; not "nie mamy", one no), or clauses of
        which some are negative and some not ("the codes we know, the duties not")."""
        unknowing = self.words.patterns["dont_know"].match(text_plain)  # "no idea, my wife reads the mails": that
        text_plain = text_plain[unknowing.end() :] if unknowing else text_plain  # "no" is none; read what follows
        noes = [m.span() for m in self.words.patterns["no"].finditer(text_plain)]
        yeses = [m.span() for m in self.words.patterns["yes"].finditer(text_plain)]
        if noes and any(not any(a <= y0 and y1 <= b for a, b in noes) for y0, y1 in yeses):
            return True
        parts = [plain(c) for c in re.split(r"[,;]", text) if plain(c)]
        if unknowing and parts:  # the first part without its "no idea"
            parts[0] = parts[0][unknowing.end() :].strip() if parts[0].startswith(unknowing.group(0)) else parts[0]
            parts = [p for p in parts if p]
        negative = [self.words.has("no", c) for c in parts]
        return len(parts) >= 2 and any(negative) and not all(negative)

    def joiners(self, text_plain: str) -> tuple[str, ...]:
        """The words joining answers in this text: "and", and the second half of a pair whose first half
        comes before it ("sia in UE che fuori": "che" joins only after "sia")."""
        pairs = [pair.split("|") for pair in self.words.lists["both_and"]]
        padded = f" {text_plain} "
        paired = [j for o, j in pairs if 0 <= padded.find(f" {o} ") < padded.find(f" {j} ", padded.find(f" {o} ") + 1)]
        return (*self.words.lists["and"], *paired)

    def only_hedge(self, text_plain: str) -> bool:
        """The reply says only how far ("more or less", "yes, partly"), and nothing of what."""
        rest = text_plain
        for key in ("partly", "middle", "yes", "very"):
            rest = self.words.patterns[key].sub(" ", rest)
        return bool(text_plain.strip()) and not rest.strip()

    def contrast(self, text: str, limits: bool = False) -> bool:
        """A positive statement, then a negative one that opens with "but" or is cut short ("yes, but we did
        not reply"; "the codes we know, the duties not"), or one that limits it ("the brochure in English, the
        site only in French", with `limits`): partly yes. A reply opening with its no is a no."""
        positive: bool | str = False  # True, or "said" when it names something, or "topic" ("for Germany yes")
        negated = self.negated_words(text)
        turned = False  # a clause opened with "but" ("…, but the duties, no idea")
        for at, clause in enumerate(self.clauses(text)):
            content = self._content(clause)
            if at == 0 and polarity(self.words, clause, leading=True) == "no":
                return False  # "Nein, wir sind ausgebucht, mehr geht nicht": the reasons after a no are no contrast
            if not content or (self.words.has("dont_know", clause) and not positive):
                continue
            if self.words.has("dont_know", clause):  # "the codes we know, the duties no idea"
                return turned or self.words.find("but", clause) == 0 or positive == "topic"
            turned = turned or self.words.find("but", clause) == 0
            last = polarity(self.words, content[-1])
            # a limit after a clause naming something; not "yes, only to Germany"
            limited = limits and positive in ("said", "topic") and self._restricted(clause)
            if not (self.words.has("no", clause) or self.words.has("none", clause) or negated & set(content)
                    or limited):  # fmt: skip
                # "for Germany yes, …": a yes closing a clause about one thing announces a no about another
                positive = "topic" if last == "yes" and len(content) > 1 else positive or self._says(content)
            elif (
                positive == "topic"
                or limited
                or (
                    positive
                    and (
                        self.words.find("but", clause) == 0
                        or len(content) <= 3
                        or last == "no"
                        or self.words.is_only("none", content[-1])  # "…, a na Francję nie mamy nikogo"
                        or content[-1] in negated
                    )
                )
            ):
                return True
        return False

    def _says(self, content: list[str]) -> bool | str:
        """ "said" for a clause naming something beyond yes and no words, else True."""
        return "said" if len([w for w in content if polarity(self.words, w) is None]) >= 2 else True

    def _restricted(self, clause: str) -> bool:
        """A clause that limits what came before: "only in French", "it is not set up for VAT"."""
        return self.words.has("only", clause) or any(t in self.words.lists["not"] for t in clause.split())

    def negated_words(self, text: str) -> set[str]:
        """Words a prefix negates ("neřešili": not "řešili"), folded; the rest must be a known word, and the
        prefix is matched as written ("několik", some, is not "ne-")."""
        found = set()
        for prefix in self.words.lists["no_prefix"]:
            for word in word_list(text):
                rest = word[len(prefix) :]
                if (
                    word.startswith(prefix)
                    and len(rest) >= NEGATED_REST
                    and any(len(s) >= NEGATED_REST and s in self.index.weights for s in stems(rest, self.index.lang))
                ):
                    found.add(plain(word))
        return found

    def _content(self, clause: str) -> list[str]:
        """The clause's words other than joiners ("and", "but")."""
        return [w for w in clause.split() if w not in self._joiner_words]
