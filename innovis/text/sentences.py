"""Splitting a document's text into sentences, each with its character span.

NLTK's Punkt algorithm does the splitting, with parameters built here rather than a downloaded
model, so nothing is fetched at run time. It splits the blocks the clean-up stage
(`innovis.cleaning`) says may be quoted, each a paragraph of its own: body text, headings (so a
subtitle is never glued to the sentence after it) and list items, without their markers.
Captions, labels, boilerplate, navigation, noise and repeated blocks get no sentences, so they
are never quoted.

Press releases name people and companies in ways Punkt takes for sentence ends, so its spans are
mended: initials ("Ir Dr A.B. Chan", "C.D. Holdings") never end a sentence, nor does a break
before a lower-case word; honorifics and company forms ("Prof.", "Co., Ltd.", "Co.,Ltd.",
"Inc.") are in the abbreviation list.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..cleaning.page import quoted_blocks

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
    for para_start, para_end in quoted_blocks(text):
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
