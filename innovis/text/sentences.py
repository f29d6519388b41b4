"""Splitting a document's text into sentences, each with its character span.

NLTK's Punkt algorithm does the splitting, with parameters built here rather than a downloaded
model, so nothing is fetched at run time. Paragraphs are split first: a blank line always ends
one, and so does a single line break unless it falls inside a sentence: after a line that looks
hard-wrapped (as long as the text's longest lines, which are short enough to be a wrapping
width, and not ending in sentence punctuation), after a comma or a word such as "and" or "of",
before a line that starts in lower case, or between a chemical symbol and its subscript digit
("CO\n2", as web pages lose <sub>). So a heading or subtitle line, which has no full stop, is a
unit of its own unless the text is hard-wrapped and the line fills the width.

Press releases name people and companies in ways Punkt takes for sentence ends, so its spans are
mended: initials ("Ir Dr A.B. Chan", "C.D. Holdings") never end a sentence, nor does a break
before a lower-case word; honorifics and company forms ("Prof.", "Co., Ltd.", "Co.,Ltd.",
"Inc.") are in the abbreviation list. A list item's marker ("1.", "(a)", "•", "-") is not part
of its sentence, so a numbered item is not split after its number.
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
    mr mrs ms dr prof hon rev sr jr gen col capt lt sgt st ave rd ir mdm messrs esq supt insp
    ltd co corp inc plc llc bros dept est govt assn intl pte bhd pty co.,ltd ph.d
    no nos vol vols pp fig figs approx ca cf vs etc e.g i.e a.m p.m u.s u.k u.n
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

_WRAP_WIDTH = 60  # a line shorter than this is never taken for a hard-wrapped one
_WIDEST_WRAP = 120  # a text with longer lines is not hard-wrapped: one line a paragraph
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)\]]\s*$")
_LIST_ITEM = re.compile(r"\s*(?:[-*+•·▪●◦‣]|\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)]|\([ivx]{1,4}\))\s")
_FORMULA_END = re.compile(r"(?<![A-Za-z])(?:[A-Z][a-z]?\d*)+$")
# A line that ends like this goes on in the next one.
_OPEN_END = re.compile(
    r"(?:[,–—-]|\b(?:and|or|of|the|a|an|to|in|on|at|for|with|by|from|as|its|their|our))\s*$"
)
# Initials that Punkt takes for a sentence end: "A.B." or "J." before a name.
_INITIALS = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){1,3}$")
# Initials that do end sentences, being places.
_PLACES = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.", "P.R.C.", "U.A.E."})


@cache
def _tokenizer() -> PunktSentenceTokenizer:
    # Imported here: NLTK takes a noticeable fraction of a second to import.
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    parameters = PunktParameters()
    parameters.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(parameters)


def _wrap_width(lines: list[str]) -> int | None:
    """Return the width a text seems hard-wrapped at (its longest line), or None if it is not."""
    widest = max(map(len, lines), default=0)
    return widest if _WRAP_WIDTH <= widest <= _WIDEST_WRAP else None


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield the spans of the paragraphs of `text`."""
    start = 0
    lines = text.split("\n")
    width = _wrap_width(lines)
    position = 0
    for number, line in enumerate(lines):
        end = position + len(line)
        following = lines[number + 1] if number + 1 < len(lines) else ""
        wrapped = _continues(line, following, width)
        if not wrapped:
            if text[start:end].strip():
                yield start, end
            start = end + 1
        position = end + 1


def _continues(line: str, following: str, width: int | None) -> bool:
    """Return whether the line break between `line` and `following` falls inside a sentence,
    in a text hard-wrapped at `width` (None if it is not)."""
    if not line.strip() or not following.strip() or _SENTENCE_END.search(line):
        return False
    if following[0].isdigit() and _FORMULA_END.search(line):
        return True
    if _LIST_ITEM.match(following):
        return False
    if following[0].islower() or _OPEN_END.search(line):
        return True
    return width is not None and len(line) >= max(_WRAP_WIDTH, width - 25)


def _marker_end(paragraph: str) -> int:
    """Return where a list item's text starts after its marker (0 when it has none)."""
    match = _LIST_ITEM.match(paragraph)
    return match.end() if match else 0


def _mend(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join Punkt's spans where it took initials for a sentence end, or where the next
    "sentence" starts in lower case."""
    mended: list[tuple[int, int]] = []
    for start, end in spans:
        if mended:
            before = paragraph[mended[-1][0] : mended[-1][1]].rstrip()
            first = paragraph[start:end].lstrip()[:1]
            initials = _INITIALS.search(before)
            if first.islower() or (
                initials and first.isupper() and initials.group(0).lstrip(" (") not in _PLACES
            ):
                mended[-1] = (mended[-1][0], end)
                continue
        mended.append((start, end))
    return mended


def split_paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """Return the sentence spans of `text` paragraph by paragraph, without whitespace."""
    tokenizer = _tokenizer()
    paragraphs = []
    for para_start, para_end in _paragraphs(text):
        para_start += _marker_end(text[para_start:para_end])
        paragraph = text[para_start:para_end]
        spans = []
        for start, end in _mend(paragraph, list(tokenizer.span_tokenize(paragraph))):
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
