"""Splitting a document's text into sentences, each with its character span.

NLTK's Punkt algorithm does the splitting, with parameters built here rather than a downloaded
model, so nothing is fetched at run time. It splits the blocks the clean-up stage
(`innovis.cleaning`) says may be quoted, each a paragraph of its own: body text, headings (so a
subtitle is never glued to the sentence after it) and list items, without their markers.
Captions, labels, boilerplate, navigation, noise and repeated blocks get no sentences, so they
are never quoted.

Press releases name people and companies in ways Punkt takes for sentence ends, so its spans are
mended: initials ("Ir Dr A.B. Chan", "C.D. Holdings") never end a sentence unless a word that
opens sentences and is nobody's name follows ("… Sha Tin, N.T. It …"), nor does a break before
a lower-case word, an abbreviation inside brackets ("(Cap. 565)"), or the end of a quotation
before the words that say who spoke it ("“… well.” Jo Lee added."). Honorifics and company
forms ("Prof.", "Co., Ltd.", "Co.,Ltd.", "Inc.") are in the abbreviation list, and a company
form or a time ends a sentence only before such a word ("… Ventures Ltd. The board …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from ..cleaning.page import quoted_blocks

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

# Punkt keeps these (lower case, without the final period) from ending a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof hon rev sr jr gen col capt lt sgt st ave rd ir mdm messrs esq supt insp
    ltd co corp inc plc llc bros dept est govt assn intl pte sdn bhd pty co.,ltd ph.d
    no nos vol vols pp fig figs approx ca cf vs etc e.g i.e a.m p.m u.s u.k u.n
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

# Initials that Punkt takes for a sentence end: "A.B." or "J." before a name.
_INITIALS = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){1,3}$")
# Initials that do end sentences, being places.
_PLACES = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.", "P.R.C.", "U.A.E."})
# Who spoke a quotation, after it: "Jo Lee added.", "the Chairman said." (at most five words).
_ATTRIBUTION = re.compile(
    r"(?:[\w.’'-]+\s+){1,4}(?:said|says|added|adds|noted|notes|explained|explains|continued"
    r"|concluded|remarked|stated|commented|emphasised|emphasized|stressed)\.\s*"
)
_CLOSING_QUOTES = frozenset("\"”’'")
# What follows an abbreviation in brackets: a number, or a bracket closed within three words
# (sentences inside brackets, "(It was late. We left.)", are split as any others).
_CLOSES_BRACKET = re.compile(r"\d|(?:[^\s()]+\s+){0,2}[^\s()]*\)")
# Words that open a sentence and are nobody's name (unlike "He", "So" or "To", which are
# surnames too): after initials or a company form, they show that a sentence has ended.
_OPENERS = (
    "The|This|These|Those|It|Its|They|Their|There|We|Our|She|Her|In|At|For|With|As|But|And"
    "|However|After|Before|During|Since|While|When|If|Both|All|Each|Meanwhile|Under|Over"
)
_OPENS = re.compile(rf"[\"“‘'(]?(?:{_OPENERS})\b")
# A company form or a time that ends a sentence when an opener follows: "… Ltd. The board …".
_FORMS = ("Ltd.", "Inc.", "Corp.", "Co.", "plc.", "LLC.", "Bhd.", "Pte.", "etc.", "a.m.", "p.m.")
_FORM_END = re.compile(
    rf"\b(?:Ltd|Inc|Corp|Co|plc|LLC|Bhd|Pte|etc|[ap]\.m)\.\s+(?={_OPENS.pattern})"
)
# Longer than any initials `_INITIALS` can find at the end of a sentence.
_INITIALS_REACH = 12

# Punkt takes more than linear time on some long paragraphs (NLTK gives up on its regular
# expression after 5 s on a 6 MB one), so a paragraph longer than this is split into pieces
# first: at the last sentence end in the second half of the piece, else at a space.
PIECE = 10_000
_PIECE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


@cache
def _tokenizer() -> PunktSentenceTokenizer:
    # Imported here: NLTK takes a noticeable fraction of a second to import.
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from .punkt_tokens import RememberingToken

    parameters = PunktParameters()
    parameters.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(parameters, token_cls=RememberingToken)


def _pieces(paragraph: str) -> Iterator[tuple[int, int]]:
    """Yield the spans of pieces of at most PIECE characters that cover `paragraph`."""
    start, length = 0, len(paragraph)
    while length - start > PIECE:
        low, limit = start + PIECE // 2, start + PIECE
        cut = None
        for pattern in (_PIECE_END, _SPACE):
            for match in pattern.finditer(paragraph, low, limit):
                cut = match.end()
            if cut is not None:
                break
        cut = cut or limit
        yield start, cut
        start = cut
    yield start, length


def _ends_with_initials(paragraph: str, start: int, end: int) -> re.Match[str] | None:
    """Return the initials the sentence at paragraph[start:end] ends with, if any. Only its
    last characters are searched: the sentence may have grown long by mending."""
    while end > start and paragraph[end - 1].isspace():
        end -= 1
    if end - start <= _INITIALS_REACH:
        return _INITIALS.search(paragraph[start:end])
    return _INITIALS.search(paragraph, end - _INITIALS_REACH, end)


def _joins(paragraph: str, before: tuple[int, int], span: tuple[int, int]) -> bool:
    """Return whether the break Punkt made between two spans falls inside one sentence."""
    sentence = paragraph[span[0] : span[1]].lstrip()
    first = sentence[:1]
    if first.islower():
        return True
    initials = _ends_with_initials(paragraph, *before)
    if (
        initials
        and first.isupper()
        and initials.group(0).lstrip(" (") not in _PLACES
        and not _OPENS.match(sentence)
    ):
        return True
    previous = paragraph[before[0] : before[1]]
    if previous.count("(") > previous.count(")") and _CLOSES_BRACKET.match(sentence):
        return True  # an abbreviation inside brackets: "(Cap. 565)", "(max. 6.5 m)"
    quoted = previous.rstrip()[-1:] in _CLOSING_QUOTES
    return quoted and _ATTRIBUTION.fullmatch(sentence) is not None


def _split_forms(piece: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split Punkt's spans after a company form or a time that ends a sentence ("… Holdings
    Ltd. The board …", "… at 5 p.m. It …"): Punkt, told they are abbreviations, never ends a
    sentence there."""
    if not any(form in piece for form in _FORMS) or not _FORM_END.search(piece):
        return spans
    split = []
    for start, end in spans:
        for match in _FORM_END.finditer(piece, start, end):
            split.append((start, match.end()))
            start = match.end()
        split.append((start, end))
    return split


def _mend(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join Punkt's spans where it took initials for a sentence end, where the next "sentence"
    starts in lower case, after an abbreviation in brackets not closed yet, or where the next
    "sentence" only says who spoke the quotation before it ("“… well.” Jo Lee added.")."""
    mended: list[tuple[int, int]] = []
    for start, end in spans:
        if mended and _joins(paragraph, mended[-1], (start, end)):
            mended[-1] = (mended[-1][0], end)
            continue
        mended.append((start, end))
    return mended


def block_pieces(text: str) -> list[list[tuple[int, int]]]:
    """Return, for each block of `text` that may be quoted, the spans of the pieces Punkt splits
    it in (one piece unless the block is longer than PIECE)."""
    return [
        [(start + a, start + b) for a, b in _pieces(text[start:end])]
        for start, end in quoted_blocks(text)
    ]


def piece_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the sentence spans of the piece text[start:end], in `text`, without whitespace."""
    piece = text[start:end]
    spans = []
    for begin, stop in _mend(piece, _split_forms(piece, list(_tokenizer().span_tokenize(piece)))):
        sentence = piece[begin:stop]
        stripped = sentence.strip()
        if stripped:
            offset = start + begin + sentence.index(stripped[0])
            spans.append((offset, offset + len(stripped)))
    return spans


def split_paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """Return the sentence spans of `text` paragraph by paragraph, without whitespace."""
    paragraphs = []
    for pieces in block_pieces(text):
        spans = [span for start, end in pieces for span in piece_sentences(text, start, end)]
        if spans:
            paragraphs.append(spans)
    return paragraphs


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the sentences of `text`, in order, without whitespace."""
    return [span for paragraph in split_paragraphs(text) for span in paragraph]
