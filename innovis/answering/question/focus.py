"""What a question asks for: the head word of its question phrase.

"What's the salary of the chief executive?" asks for a salary, "is there parking at the park?"
for parking, "how many staff does it employ?" for staff, "what sectors does the fund invest
in?" for sectors. The rest of the question only says of what. A sentence can match all of the
rest and still not answer: when the archive never writes the word asked for, no sentence tells
it. The focus is read from the shapes questions take in English, on the question's own words:

* "how many/much N", "how much is/did [the] N";
* "what/which [A] N do/does/did/is/… …" ("what award did HKSTP win?");
* "what/who is the [A] N [of/for/per/at/… …]" ("who is the mayor of …?");
* "is/are there [a/any] [A] N [at/to/… …]", "does … have/offer/provide [a/any] [A] N" (a
  question of yes or no: in "what does InnoCell offer residents?" the residents are whom it
  is offered to, and "what" asks for the thing).

The head is the last content word of the phrase ("shuttle bus" → "bus"). Questions of other
shapes ("what is HKSTP?", "when did … open?") have no focus here.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...text.analysis import content_words, normalise, surface_words
from ...text.patterns import Pattern
from ...tuples import NamedTuple
from ..words.specific import SEMI_MODALS

_WORD = r"[\w&'-]+"
_PHRASE = rf"((?:{_WORD}\s+){{0,3}}?{_WORD})"
_AUXILIARY = r"(?:do|does|did|is|are|was|were|will|would|can|could|has|have|had|should)"
_PREPOSITION = (
    r"(?:of|for|per|at|in|on|to|from|with|by|near|about|during|inside|between|under|that"
    r"|behind|beyond|around|across|along|among|within|without|since|over|into|through"
    r"|which|who)"
)
# The phrase ends at a preposition (or a relative word), or at the end of the question.
_END = rf"(?:\s+{_PREPOSITION}\b|\s*[?.!]*\s*$)"
_NOT_HEADS = ("ly", "ed")
_TIME_WORDS = frozenset({"now", "today", "currently", "then", "yet", "ago"})
_ARTICLE = r"(?:(?:the|a|an|any|some|its|their)\s+)"
_WHAT_IS = Pattern(
    rf"\b(?:what|who|which)(?:'s|s|\s+is|\s+are|\s+was|\s+were)\s+{_ARTICLE}{_PHRASE}{_END}",
    needles="what|who|which",
)
# Each shape, and whether an answer names the word it asks for: "what is the rent …?" is
# answered by a sentence about the rent, "what song did they sing?" by one naming the song,
# "how many people came?" by one counting visitors.
_HOW_MUCH_IS = Pattern(rf"\bhow\s+much\s+{_AUXILIARY}\s+(?:the\s+)?{_PHRASE}{_END}", needles="much")
_SHAPES = (
    (False, Pattern(rf"\bhow\s+(?:many|much)\s+(?!{_AUXILIARY}\b)({_WORD})", needles="how")),
    (True, _HOW_MUCH_IS),
    (
        False,
        Pattern(
            rf"\b(?:what|which)\s+(?!{_AUXILIARY}\b){_PHRASE}\s+{_AUXILIARY}\b",
            needles="what|which",
        ),
    ),
    (True, _WHAT_IS),
    (True, Pattern(rf"\b(?:is|are)\s+there\s+{_ARTICLE}?{_PHRASE}{_END}", needles="there")),
    (
        True,
        Pattern(
            rf"^(?:\W*(?:so|and|but)\s+)?(?:does|do|did|will)\s+(?:{_WORD}\s+){{1,4}}?"
            rf"(?:have|offer|provide|run)\s+(?!to\b)"
            rf"{_ARTICLE}?{_PHRASE}{_END}",
            needles="have|offer|provide|run",
        ),
    ),
)


class Focus(NamedTuple):
    """The word a question asks for, and whether an answer names it (the rent of "what is the
    rent …?") or gives one of its kind or a count of it ("what song …?", "how many people …?")."""

    word: str
    named: bool


def focus(question: str) -> Focus | None:
    """Return what `question` asks for (a normalised, content word), or None when it takes no
    shape that tells (see the module docstring)."""
    text = normalise(question)
    for named, shape in _SHAPES:
        match = shape.search(text)
        if match is None:
            continue
        # Adverbs and verb forms end some phrases ("the grant originally", "many applied",
        # "the CEO now"): the head is the last word that is neither.
        found = content_words(match.group(1))
        if shape in (_WHAT_IS, _HOW_MUCH_IS) and len(found) > 1 and found[-1].endswith("ing"):
            # "What is the government pledging?", "how much is the firm putting into it?":
            # the progressive of a question, its verb after its subject, asks for what is
            # pledged or put; no noun phrase names it.
            continue
        words = [
            word
            for word in found
            if not word.endswith(_NOT_HEADS) and word not in _TIME_WORDS and word not in SEMI_MODALS
        ]
        if words:
            return Focus(words[-1], named)
    return None


# A question of keywords asks nothing in a question's words: "hkstp ceo salary", "innocell
# rent", "hpc service price per hour". (A question word or an auxiliary makes it a question.)
_ASKING = Pattern(
    rf"\b(?:what|who|whom|whose|when|where|which|why|how|{_AUXILIARY[3:-1]})\b",
    needles="",
)
_KEYWORDS_END = Pattern(rf"\s+{_PREPOSITION}\b|[?.!,;:]", needles="")
_NUMBER_OR_YEAR = Pattern(r"\d[\d,.]*|'\d\d")
# Prepositions that open a noun's complement ("cost of", "programmes for") rather than a
# phrase of where or when.
_HEADED = ("of ", "for ")


def keyword_focus(question: str) -> str | None:
    """Return what a question of keywords asks for: the head of its first noun phrase, its
    last content word before a preposition, a year or a number aside ("hkstp ceo salary
    2024": salary; "hpc service price per hour": price; "cost of the expansion": cost); None
    for a question of other words ("who is …", "does it have …")."""
    text = normalise(question)
    if _ASKING.search(text):
        return None
    end = _KEYWORDS_END.search(text)
    words = content_words(text if end is None else text[: end.start()])
    words = [
        word
        for word in words
        if not _NUMBER_OR_YEAR.fullmatch(word)
        and not word.endswith(_NOT_HEADS)
        and word not in _TIME_WORDS
    ]
    if len(words) == 1 and end is not None and text[end.start() :].lstrip().startswith(_HEADED):
        # "cost of the expansion", "programmes for students": the head of "N of ...".
        return words[0]
    return words[-1] if len(words) > 1 else None


# Modifiers that make a role another one: a vice-president is not the president, nor is a
# former chairman the chairman.
_OTHER_ROLE = ("vice", "deputy", "former", "ex", "assistant", "associate")


def names_another(word: str, sentence: str, question_words: Iterable[str]) -> bool:
    """Return whether `sentence` writes `word` (a normalised word, or its plural) only as
    another role ("Vice-President" for "president"), one the question's words do not ask for."""
    others = set(_OTHER_ROLE).difference(question_words)
    words = surface_words(sentence)
    found = [at for at, written in enumerate(words) if written in (word, f"{word}s")]
    return bool(found) and all(at > 0 and words[at - 1] in others for at in found)
