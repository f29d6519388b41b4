"""Who held a post before or after someone: questions about succession, and sentences telling one.

"Who was chairman before Dr Chai?", "who did Dr Yiu replace?", "who succeeded Mr Wong?" are
answered by the sentence that tells the handover ("He will succeed the incumbent Chairman, Mrs
Law", "succeeding Mr Hsia"), not by the one that announces the appointment, though that one
repeats the question's words more often. The release is chosen by its date (`periods.py`:
"before" someone prefers the older release); within the releases, a sentence that tells a
succession is the evidence of an answer (`evidence.py`).
"""

from __future__ import annotations

import re

from ..text.patterns import Pattern

_ASKS = Pattern(
    r"\b(?:before|after|preceded|predecessors?|successors?|succe(?:ed|eds|eded|eding)"
    r"|replac(?:e|es|ed|ing))\s+(?!(?:the\s+)?(?:19|20)\d\d\b)"
    r"|\b(?:predecessors?|successors?|replace|succeed)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_HOLDER = Pattern(r"^\s*who\b|\bwhom?\b", re.IGNORECASE)
_TELLS = Pattern(
    r"\b(?:succe(?:ed|eds|eded|eding)|successors?|succession|predecessors?"
    r"|replac(?:e|es|ed|ing)|incumbent|outgoing|preceded|in\s+place\s+of"
    r"|t(?:ake|akes|aking|ook)\s+over)\b",
    re.IGNORECASE,
)


def asks_succession(question: str) -> bool:
    """Return whether `question` asks who came before or after someone ("who was chairman
    before Dr Chai?", "who did she replace?"), not before or after a year."""
    return bool(_HOLDER.search(question) and _ASKS.search(question))


def tells_succession(sentence: str) -> bool:
    """Return whether `sentence` tells that someone succeeds (replaces, takes over from) someone."""
    return _TELLS.search(sentence) is not None
