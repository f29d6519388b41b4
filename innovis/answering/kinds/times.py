"""Whether a sentence tells a time: what a "when" question needs of its answer.

A date ("19 June 2023", "June 30"), a year, a month, a century, or a time told relative to
another ("six months later", "two weeks prior to", "the day before", "today", "next year",
"soon"), or a time told by how long or how often a thing is so ("throughout the year",
"all year round", "at any time": when one may apply to what is open so): press releases say
when things happen in all these ways. A sentence that tells none
of them cannot answer "when". A word of a day written with a capital inside a sentence names
something ("Leaders of Tomorrow").

A "when" question that asks both ends of something ("when did the lease start and end?") is
told by a sentence that gives both: a span of time ("from 1 January 2019 to 30 December
2021"), rather than one that tells only when it ends.
"""

from __future__ import annotations

import re

from ...reading.dates import MONTH_PATTERN
from ...text.patterns import Pattern

_TIME = Pattern(
    rf"\b(?:1[0-9]{{3}}|20[0-9]{{2}})s?\b|\b{MONTH_PATTERN}\b|\bcentur"
    r"|\b(?:today|yesterday|tomorrow|tonight|recently|soon|shortly|earlier\s+this|later\s+this"
    r"|in\s+the\s+(?:near\s+)?future|in\s+the\s+coming)\b"
    r"|\b(?:last|next|this|the\s+following|the\s+previous)\s+(?:year|month|week|spring|summer"
    r"|autumn|fall|winter|quarter)\b"
    r"|\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
    r"|a\s+few)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:later|earlier|ago|after|before"
    r"|prior)\b"
    r"|\bthe\s+(?:day|week|month|year)\s+(?:before|after|earlier|later)\b"
    r"|\b(?:throughout|all)\s+(?:the\s+)?year(?:\s+round)?\b|\byear-round\b|\bany\s?time\b",
    re.IGNORECASE,
)


# "Can I apply anytime?", "when can I apply?" ask when one may: a sentence tells it by a time a
# thing stays open ("throughout the year", "at any time"), or by a time with an opening or a
# close ("applications close on 30 June"), not by any year ("up from 388 in 2017").
_WHEN_ONE_MAY = Pattern(r"\bany\s?time\b|\bwhen\s+(?:can|could|may|might)\b", re.IGNORECASE)
_LASTING = Pattern(
    r"\b(?:throughout|all)\s+(?:the\s+)?year(?:\s+round)?\b|\byear-round\b|\bany\s?time\b"
    r"|\brolling\b",
    re.IGNORECASE,
)
_OPEN_OR_CLOSE = Pattern(
    r"\b(?:open|opens|opened|opening|close|closes|closed|closing|deadlines?|until|accepts?"
    r"|accepted|accepting|invit\w*|window|calls?\s+for|submissions?)\b",
    re.IGNORECASE,
)


def asks_when_one_may(question: str) -> bool:
    """Return whether `question` asks when one may do a thing ("can I apply anytime?")."""
    return _WHEN_ONE_MAY.search(question) is not None


def tells_when_one_may(sentence: str) -> bool:
    """Return whether `sentence` tells when one may do a thing: a time a thing stays open, or
    a time with an opening or a close."""
    if _LASTING.search(sentence) is not None:
        return True
    return _OPEN_OR_CLOSE.search(sentence) is not None and tells_time(sentence)


# Words of a day that, written with a capital inside a sentence, are part of a name: "Leaders
# of Tomorrow", the theme "Impact Tomorrow".
_DAYS = frozenset({"today", "yesterday", "tomorrow", "tonight"})
_OPENING = Pattern(r"[\s\"“‘'(\[—–-]*$")


def tells_time(sentence: str) -> bool:
    """Return whether `sentence` tells a time (see the module docstring)."""
    return any(not _names(sentence, match) for match in _TIME.finditer(sentence))


def _names(sentence: str, match: re.Match[str]) -> bool:
    """Return whether the time word `match` found is part of a name: a word of a day written
    with a capital, other than the sentence's first."""
    said = match.group(0)
    if said.lower() not in _DAYS or not said[0].isupper():
        return False
    return _OPENING.match(sentence[: match.start()]) is None


# A beginning and an end asked together: "start and end", "begin and finish", "open and close";
# or the dates of one thing, in the plural: a thing that lasts has two ("the lease dates").
_BOTH_ENDS = Pattern(
    r"\b(?:start|starts|started|begin|begins|began|begun|open|opens|opened|commenced?)\b"
    r"[\w\s]{0,40}?\b(?:end|ends|ended|finish|finishes|finished|close|closes|closed|expire"
    r"|expires|expired)\b|\bdates\b",
    re.IGNORECASE,
)
# A time of a span's end: a date, a month and year, or a year.
_POINT = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN}\.?(?:,?\s+\d{{4}})?"
    rf"|{MONTH_PATTERN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|{MONTH_PATTERN}\.?\s+\d{{4}}|(?:1[0-9]|20)[0-9]{{2}})"
)
_SPAN = Pattern(
    rf"\b(?:from|between)\s+(?:the\s+)?{_POINT}\s*(?:to|until|till|through|and|–|-)\s*"
    rf"(?:the\s+)?{_POINT}\b",
    re.IGNORECASE,
)


def asks_both_ends(question: str) -> bool:
    """Return whether `question` asks when something began and when it ended."""
    return _BOTH_ENDS.search(question) is not None


def tells_span(sentence: str) -> bool:
    """Return whether `sentence` tells a span of time by both its ends ("from 1 January 2019
    to 30 December 2021", "between 2019 and 2021")."""
    return _SPAN.search(sentence) is not None
