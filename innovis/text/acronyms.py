"""Acronyms the corpus defines, such as "Greater Bay Area (GBA)", so either form finds the other.

Definitions are found with the algorithm of Schwartz & Hearst, "A simple algorithm for
identifying abbreviation definitions in biomedical text" (PSB 2003): the letters of the short
form are matched, last to first, against the words before the parenthesis, the first letter at
the start of a word. Both sides are then expanded with the acronym's term: a sentence or a
question that spells out "Greater Bay Area" also holds the term `gba`, so a question with either
form matches a sentence with the other.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .analysis import analyse
from .patterns import Pattern

# The short form in parentheses, in quotes or not: "Greater Bay Area (“GBA”)".
_SHORT = Pattern(r"\([\"“']?([A-Za-z][A-Za-z0-9&.\-]{1,9})[\"”']?\)", needles="(")
_MAX_EXTRA_WORDS = 5


def _long_form(short: str, before: str) -> str | None:
    """Return the words of `before` that `short` abbreviates (Schwartz & Hearst), or None."""
    letters = [c.lower() for c in short if c.isalnum()]
    words = before.split()
    window = " ".join(words[-min(len(letters) + _MAX_EXTRA_WORDS, len(letters) * 2) :])
    position = len(window) - 1
    for index in range(len(letters) - 1, -1, -1):
        letter = letters[index]
        while position >= 0 and (
            window[position].lower() != letter
            or (index == 0 and position > 0 and window[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return None
        position -= 1
    start = window.rfind(" ", 0, position + 1) + 1
    long = window[start:].strip(" ,;:“”\"'")
    return long if len(long.split()) > 1 and long.lower() != short.lower() else None


def find_definitions(text: str) -> Iterable[tuple[str, str]]:
    """Yield (short form, long form) for each "Long Form (SF)" defined in `text`."""
    for match in _SHORT.finditer(text):
        short = match.group(1)
        if sum(c.isupper() for c in short) < 2 and not (short[0].isupper() and "&" in short):
            continue  # "(the Loop)", "(a)" and the like are not acronyms
        line_start = text.rfind("\n", 0, match.start()) + 1
        long = _long_form(short, text[line_start : match.start()])
        if long:
            yield short, long


class Acronyms:
    """The acronyms of a corpus, as analysed terms: `gba` ↔ (`greater`, `bay`, `area`)."""

    def __init__(self, pairs: Iterable[tuple[str, Sequence[str]]]) -> None:
        """Take (acronym term, long-form terms) pairs; the first long form of a term wins."""
        self._long_forms: dict[tuple[str, ...], str] = {}
        for short_term, long_terms in pairs:
            self._long_forms.setdefault(tuple(long_terms), short_term)
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for long_form, short_term in self._long_forms.items():
            self._by_first.setdefault(long_form[0], []).append((long_form, short_term))

    @classmethod
    def mine(cls, texts: Iterable[str]) -> Acronyms:
        """Return the acronyms defined anywhere in `texts`."""
        pairs = []
        for text in texts:
            for short, long in find_definitions(text):
                short_terms = analyse(short)
                if len(short_terms) != 1:
                    continue
                # "High-Performance Computing" is typed as often without its hyphen: each
                # spelling finds the acronym (a hyphenated word also gives the term of its join).
                for spelling in dict.fromkeys((long, long.replace("-", " "))):
                    long_terms = analyse(spelling)
                    if len(long_terms) > 1:
                        pairs.append((short_terms[0], long_terms))
        return cls(pairs)

    def pairs(self) -> list[tuple[str, tuple[str, ...]]]:
        """Return (acronym term, long-form terms) for every acronym known."""
        return [(short, long) for long, short in self._long_forms.items()]

    def spelled_out(self, terms: Sequence[str]) -> list[tuple[str, tuple[str, ...]]]:
        """Return (acronym term, long-form terms) for each long form `terms` spell out."""
        found = []
        for position, term in enumerate(terms):
            for long_terms, short_term in self._by_first.get(term, ()):
                if tuple(terms[position : position + len(long_terms)]) == long_terms:
                    found.append((short_term, long_terms))
        return found

    def expand(self, terms: Sequence[str]) -> list[str]:
        """Return `terms` with the acronym's term added after each long form they spell out."""
        if not self._by_first:
            return list(terms)
        expanded: list[str] = []
        for position, term in enumerate(terms):
            expanded.append(term)
            for long_terms, short_term in self._by_first.get(term, ()):
                if tuple(terms[position : position + len(long_terms)]) == long_terms:
                    expanded.append(short_term)
        return expanded
