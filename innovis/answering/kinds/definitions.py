"""Definition questions ("What does HKSTP stand for?", "What is I&T?", "What does GBA mean?"):
when the corpus defines the term asked about, the answer is the sentence that defines it."""

from __future__ import annotations

import re
from collections.abc import Callable

from ...text.acronyms import find_definitions
from ...text.analysis import content_words, is_stopword
from ...text.patterns import Pattern

_ASKED = Pattern(
    r"(?:what|what's|whats) (?:does|do|did) (?:the )?(?P<a>.+?) (?:stand for|mean|refer to)"
    r"|(?:what|what's|whats) (?:is|are|'s)? ?(?:meant by |the meaning of |the )?(?P<b>.+?)"
    r"|(?:define|meaning of|definition of|explain) (?:the )?(?P<c>.+?)"
    r"|(?P<d>.+?) (?:stands? for|means) what",
    needles="what|define|meaning|definition|explain",
)
_SEPARATORS = " \t\n,.!?;:-)(\"'"
# "mars centre: what does mars stand for?", "what does mars stand for in the mars centre?": the
# words a short form abbreviates, which only a sentence that spells them out tells.
_EXPANSION = Pattern(
    r"([\w&-]+)\s+(?:stands?|(?:is\s+)?short)\s+for(?:\s+what)?"
    r"(?:\s+(?:in|of|at)\s+[\w&' -]{1,60}?)?\s*[?.!]*\s*$",
    needles="stand|short",
)


def asked_words(question: str) -> tuple[str, ...] | None:
    """Return the content words of what a definition question asks about, or None when it is
    not one. `question` is normalised (lower case, plain quotes)."""
    match = _ASKED.fullmatch(" ".join(question.strip(_SEPARATORS).split()))
    if not match:
        return None
    asked = next(group for group in match.groups() if group)
    words = tuple(content_words(asked))
    return words or None


def expansion_asked(question: str) -> str | None:
    """Return the word whose long form `question` (normalised) asks for, at its end or before
    where the word is written ("mars centre what does mars stand for", "what does mars stand
    for in the mars centre": "mars"; not "who stands for election"), or None."""
    match = _EXPANSION.search(question)
    return None if match is None or is_stopword(match.group(1)) else match.group(1)


# What a sentence says right after it spells a short form out: "(ORI) is a research body"
# says what it is, "(ORI) is committed to ..." what it does, "(ORI) is celebrating ..." only
# what it did that day; a sentence that goes on about something else says none of it.
_COPULA = r"\s*[”\"’']?\)\s*,?\s*(?:is|are|was|were|has\s+been)\s+(\w+)"
_CATEGORY = frozenset({"a", "an", "the", "one"})
BEST_DEFINITION = 4


def definition_rank(sentence: str, short_term: str, term: Callable[[str], str]) -> int:
    """Return how well `sentence` defines the acronym whose term is `short_term` (`term` gives
    the term of a word as the index has it): 0 when it does not spell it out; 1 when it only
    does; 2 when it goes on to say what the acronym is doing ("is celebrating"); 3 what it
    does or is like ("is committed to"); `BEST_DEFINITION` what it is ("is a statutory body")."""
    best = 0
    for short, _ in find_definitions(sentence):
        if [term(word) for word in content_words(short)] != [short_term]:
            continue
        best = max(best, 1)
        said = re.search(r"\(\s*[“\"‘']?" + re.escape(short) + _COPULA, sentence)
        if said is not None:
            word = said.group(1).lower()
            rank = BEST_DEFINITION if word in _CATEGORY else 2 if word.endswith("ing") else 3
            best = max(best, rank)
    return best
