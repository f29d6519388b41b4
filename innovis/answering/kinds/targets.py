"""Plans and targets: what an organisation wants to reach, and by when.

"How many startups do they want to incubate?", "how many flats will the hall have?", "when
will the land be ready?" ask for a target, not for a count already reached: press releases
answer them in the words of plans ("an ambitious plan to double the number of incubatees to
500 by 2022-23", "aims to", "will provide at least 500 units", "by 2021"). A question that
asks for a target prefers the sentences that tell one (`evidence.py`, `ordering.by_date`),
though a later release's count of what was reached repeats more of its words.
"""

import re

from ...text.patterns import Pattern

_ASKS = Pattern(
    r"\b(?:wants?|plan(?:s|ning)?|aim(?:s|ing)?|hop(?:e|es|ing)|intend(?:s|ing)?|expect(?:s|ing)?"
    r"|aspir(?:e|es|ing)|going)\s+to\b|\bwill\b|\bby\s+(?:19|20)\d\d\b|\btargets?\b",
    re.IGNORECASE,
    needles="want|plan|aim|hop|intend|expect|aspir|going|will|by|target",
)
# "What did Davies want to build?" asks what was wanted then, not a target still ahead.
_PAST = Pattern(r"\b(?:did|was|were|had)\b", re.IGNORECASE)
_TELLS = Pattern(
    r"\b(?:plan(?:s|ned|ning)?\s+to|(?:ambitious|new)\s+plan|aim(?:s|ed|ing)?\s+(?:to|at)"
    r"|targets?|targeted|goals?|ambitions?|aspir\w*|expect(?:s|ed)?\s+to|hop(?:e|es|ed)\s+to"
    r"|intend(?:s|ed)?\s+to|seek(?:s|ing)?\s+to|striv(?:e|es|ing)\s+to|set\s+to"
    r"|will\s+(?:\w+\s+)?(?:double|triple|increase|reach|grow|expand|add|raise|rise|provide"
    r"|create|build|house|accommodate|admit|incubate|continue|launch|open|offer|support|invest"
    r"|develop|establish|introduce|set\s+up|be\s+(?:ready|completed|available))"
    r"|by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d(?:\s*[-/–]\s*\d\d)?)\b",
    re.IGNORECASE,
)


def asks_target(question: str) -> bool:
    """Return whether `question` asks for a plan or a target still ahead ("how many do they
    want to incubate?", "how many flats will it have?", "by 2025", "incubatee target"; not
    "what did they want to build?")."""
    return _ASKS.search(question) is not None and _PAST.search(question) is None


def tells_target(sentence: str) -> bool:
    """Return whether `sentence` tells a plan or a target ("plans to double", "aims to",
    "will provide 500 units", "by 2022-23")."""
    return _TELLS.search(sentence) is not None
