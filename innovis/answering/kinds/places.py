"""Whether a question asks where, and whether a sentence tells a place.

"Where is the computing service?" is answered by "The facility, located at the Advanced
Manufacturing Centre in Tseung Kwan O", not by the sentence announcing the service, though that
one repeats the question's words. A sentence tells a place when it says something is located,
based or housed somewhere, or adjacent to something, or names a place after "in", "at" or
"near" with a capital letter that the question does not name itself. Of those, one that says
the thing asked about is sited somewhere, or names it right before where it is ("the Science
Park in Pak Shek Kok"), is quoted first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...reading.dates import MONTH_PATTERN
from ...text.analysis import content_words
from ...text.patterns import Pattern

# "Where", or a noun that asks for a place wherever it stands ("the summit's venue", "paris
# venue", "location of the lab").
_ASKS = Pattern(
    r"\bwhere\b|\bvenues?\b|\blocations?\b|\bwhat\s+address\b"
    r"|\bwhich\s+(?:city|district|building|campus)\b",
    re.IGNORECASE,
    needles="where|address|location|venue|city|district|building|campus",
)
# "based on" tells no place; "based in", "based at" do.
_SITED = Pattern(
    r"\b(?:located|situated|housed|headquartered|sited)\b|\bbased\s+(?:in|at)\b"
    r"|\b(?:adjacent|next)\s+to\b",
    re.IGNORECASE,
    needles="located|situated|housed|headquartered|sited|based|adjacent|next",
)
# A name and where it is: "the Science Park in Pak Shek Kok", "InnoCentre at Kowloon Tong";
# not a month or a day ("the Park in June").
_NAME_AT_PLACE = Pattern(
    r"\b([A-Z][\w&'’-]*)\s+(?:in|at)\s+(?:the\s+)?"
    rf"(?!(?i:{MONTH_PATTERN}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"((?:[A-Z][\w'’-]*\s*){1,4})"
)
_PLACE_AFTER = Pattern(r"\s*(?:in|at|to)?\s*(?:the\s+)?((?:[A-Z][\w&'’-]*\s*){1,4})")
_AT_PLACE = Pattern(r"\b(?:in|at|near|on)\s+(?:the\s+)?((?:[A-Z][\w&'’-]*\s*){1,4})")


def asks_place(question: str) -> bool:
    """Return whether `question` asks where something is or happens."""
    return _ASKS.search(question) is not None


def sites(sentence: str, asked: set[str], term: Callable[[str], str]) -> bool:
    """Return whether `sentence` says where something is sited (the surest answer to "where
    is ...?"): "located at", "based in", "housed in" a place the question's terms `asked` do
    not name ("a company based in the Science Park" tells where the company is, not where the
    park is), or a thing the question names right before where it is ("the Science Park in
    Pak Shek Kok")."""

    def named(text: str) -> bool:
        return asked.issuperset(map(term, content_words(text)))

    for match in _SITED.finditer(sentence):
        place = _PLACE_AFTER.match(sentence, match.end())
        if not (place and named(place.group(1))):
            return True
    return any(
        term(match.group(1).lower()) in asked and not named(match.group(2))
        for match in _NAME_AT_PLACE.finditer(sentence)
    )


def tells_place(sentence: str, asked: set[str], term: Callable[[str], str]) -> bool:
    """Return whether `sentence` tells a place other than those the question's terms `asked`
    name: "located at ...", or "in"/"at"/"near" a name with a capital letter."""
    if _SITED.search(sentence):
        return True
    for match in _AT_PLACE.finditer(sentence):
        if not asked.issuperset(map(term, content_words(match.group(1)))):
            return True
    return False
