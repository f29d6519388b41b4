"""Turning text into the terms the index matches: the same analyser for sentences and questions.

Steps: Unicode normalisation (NFKC, curly quotes and dashes made plain), lower case, tokens,
stopwords removed, Snowball (Porter 2) stems of base forms (irregular verbs read as their base:
`lemmas.py`). Tokens are kept whole where splitting would lose
meaning: `I&T` gives `i&t`, `14th` stays `14th`, `1,000` gives `1000` and `3.5` stays `3.5`. A
hyphenated word gives its parts and the joined word, so `re-industrialisation` is found by
`reindustrialisation` and by `industrialisation`; initials give their letters and the letters
joined, so `H.L. Yiu` is found by `HL Yiu`, and so are initials written with spaces
(`H L Yiu`: capitals alone before a name). A slash separates words (`Chau/San`). A
possessive `'s` is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from .lemmas import base_form
from .patterns import Pattern
from .stopwords import STOPWORDS

_PLAIN = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "″": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
    }
)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|(?:[^\W\d_]\.){2,}|\w+(?:[&'-]\w+)*")
# Initials written with full stops ("H.L.", "U.S."): their letters, and the letters joined.
_INITIALS = Pattern(r"(?:[^\W\d_]\.){2,}")
# Initials written with spaces, before the name they belong to ("Mr C Y Leung"): read as
# "C.Y.", so that "CY Leung" finds them as it finds "C.Y. Leung".
# Looked for after a space (one is put before the text): a pattern that starts with one is
# quick to search, and this one is searched in every sentence indexed.
_SPACED_INITIALS = Pattern(r" ([A-Z](?: [A-Z]){1,2})\b(?= [A-Z][a-z])")
# A formula's subscript that lost its markup to a line break: "O\n2", "(CO\n2)", "Al\n2O\n3".
_SUBSCRIPT_BREAK = Pattern(r"(?<![A-Za-z])((?:[A-Z][a-z]?\d*)+)\n(?=\d)")


def normalise(text: str) -> str:
    """Return `text` in NFKC form with plain quotes and dashes, in lower case, and formulas
    whose subscripts a line break cut off joined again ("O", a line break, "2" gives "o2")."""
    if "\n" in text:
        text = _SUBSCRIPT_BREAK.sub(r"\1", text)
    return unicodedata.normalize("NFKC", text).translate(_PLAIN).casefold()


def _words(token: str) -> Iterator[str]:
    """Yield the words one raw token stands for (see the module docstring)."""
    if token[0].isdigit() and ("," in token or "." in token):
        yield token.replace(",", "")
        return
    if "." in token and _INITIALS.fullmatch(token):
        letters = token.split(".")[:-1]
        yield from letters
        yield "".join(letters)
        return
    if "'" in token:
        token = re.sub(r"'s$", "", token)
    if "-" in token:
        parts = [part for part in token.split("-") if part]
        yield from parts
        if len(parts) > 1:
            yield "".join(parts)
        return
    yield token


def surface_words(text: str) -> list[str]:
    """Return the normalised words of `text`, stopwords and apostrophes kept, before stemming."""
    return [word for token in _TOKEN.findall(normalise(text)) for word in _words(token)]


@cache
def _stemmer() -> Callable[[str], str]:
    # PyStemmer, the Snowball project's own stemmers in C: it imports in a millisecond, where
    # NLTK's stemmer made a one-question `innovis ask` with a word the index does not know
    # import all of NLTK (and numpy), half a second.
    import Stemmer

    stem_word: Callable[[str], str] = Stemmer.Stemmer("english").stemWord
    return stem_word


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """Return the Snowball (Porter 2) stem of a lower-case word, or of its base form when it is
    an irregular verb form or a noun for a verb's event that Snowball leaves apart ("began" is
    "begin", "applicants" is "apply": `lemmas.py`)."""
    if not word.isalpha():
        return word
    return _stemmer()(base_form(word))


def is_stopword(word: str) -> bool:
    """Return whether a normalised word is ignored when matching."""
    return word in STOPWORDS


@lru_cache(maxsize=1 << 18)
def _token_words(token: str) -> tuple[str, ...]:
    """Return the content words one normalised token gives (cached: tokens repeat a lot)."""
    return tuple(word.replace("'", "") for word in _words(token) if not is_stopword(word))


def _dotted(match: re.Match[str]) -> str:
    return " " + match.group(1).replace(" ", ".") + "."


def content_words(text: str) -> list[str]:
    """Return the normalised words of `text` that are not stopwords, apostrophes removed."""
    text = _SPACED_INITIALS.sub(_dotted, " " + text)[1:]
    return [word for token in _TOKEN.findall(normalise(text)) for word in _token_words(token)]


def analyse(text: str) -> list[str]:
    """Return the terms of `text`, in order: what the index stores and what a question asks."""
    return [stem(word) for word in content_words(text)]
