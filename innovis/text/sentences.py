"""Splitting a document's text into sentences, each with its character span.

NLTK's Punkt algorithm does the splitting, with parameters built here rather than a downloaded
model, so nothing is fetched at run time. Paragraphs are split first: a blank line always ends
one, and so does a single line break unless it falls inside a sentence: after a line that looks
hard-wrapped (long, and not ending in sentence punctuation), before a line that starts in lower
case, or between a chemical symbol and its subscript digit ("CO\n2", as web pages lose <sub>).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

# Punkt keeps these (lower case, without the final period) from ending a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof hon rev sr jr gen col capt lt sgt st ave rd
    ltd co corp inc plc llc bros dept est govt assn intl
    no nos vol vols pp fig figs approx ca cf vs etc e.g i.e a.m p.m u.s u.k u.n
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

_WRAP_WIDTH = 60
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)\]]\s*$")
_LIST_ITEM = re.compile(r"\s*(?:[-*+•]|\d+[.)])\s")
_FORMULA_END = re.compile(r"(?<![A-Za-z])(?:[A-Z][a-z]?\d*)+$")


@cache
def _tokenizer() -> PunktSentenceTokenizer:
    # Imported here: NLTK takes a noticeable fraction of a second to import.
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    parameters = PunktParameters()
    parameters.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(parameters)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield the spans of the paragraphs of `text`."""
    start = 0
    lines = text.split("\n")
    position = 0
    for number, line in enumerate(lines):
        end = position + len(line)
        following = lines[number + 1] if number + 1 < len(lines) else ""
        wrapped = _continues(line, following)
        if not wrapped:
            if text[start:end].strip():
                yield start, end
            start = end + 1
        position = end + 1


def _continues(line: str, following: str) -> bool:
    """Return whether the line break between `line` and `following` falls inside a sentence."""
    if not line.strip() or not following.strip() or _SENTENCE_END.search(line):
        return False
    if following[0].isdigit() and _FORMULA_END.search(line):
        return True
    if _LIST_ITEM.match(following):
        return False
    return len(line) >= _WRAP_WIDTH or following[0].islower()


def split_paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """Return the sentence spans of `text` paragraph by paragraph, without whitespace."""
    tokenizer = _tokenizer()
    paragraphs = []
    for para_start, para_end in _paragraphs(text):
        paragraph = text[para_start:para_end]
        spans = []
        for start, end in tokenizer.span_tokenize(paragraph):
            sentence = paragraph[start:end]
            stripped = sentence.strip()
            if stripped:
                offset = para_start + start + sentence.index(stripped[0])
                spans.append((offset, offset + len(stripped)))
        if spans:
            paragraphs.append(spans)
    return paragraphs


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the sentences of `text`, in order, without whitespace."""
    return [span for paragraph in split_paragraphs(text) for span in paragraph]
