"""Conditions and their consequences: what happens if something comes about.

"What happens if a Pathfinder company misses its milestones?" asks for a consequence, which a
release states as a conditional ("In the event that a company misses two milestones, its desk
at Kestrel Bay is offered to the next applicant", "If a tenant leaves, ..."). The sentence
that shares most of the question's words may only describe the thing ("milestones reviewed
twice a year"), so a question that asks what follows from a condition prefers a near
sentence that states one (`ordering.conditions_first`).
"""

from __future__ import annotations

import re

from ...text.patterns import Pattern

_ASKS = Pattern(
    # A happening asked only with its condition: "what happened at the summit" asks none.
    r"\bwhat\s+(?:happens|happened|will\s+happen|would\s+happen)\b(?:\s+[\w'’-]+){0,4}?"
    r"\s+(?:if|when|unless|in\s+case|in\s+the\s+event)\b|\bwhat\s+if\b"
    r"|\bwhat\s+(?:is|are|were|was)\s+the\s+consequences?\b",
    re.IGNORECASE,
    needles="what",
)
_TELLS = Pattern(
    r"\b(?:if|unless|in\s+the\s+event\s+(?:of|that)|in\s+case\s+of|provided\s+that"
    r"|failing\s+which|otherwise)\b",
    re.IGNORECASE,
    needles="if|unless|event|case|provided|failing|otherwise",
)


def asks_consequence(question: str) -> bool:
    """Return whether `question` asks what follows from a condition ("what happens if ...",
    "what if ...")."""
    return _ASKS.search(question) is not None


def tells_condition(sentence: str) -> bool:
    """Return whether `sentence` states a condition ("if", "unless", "in the event of")."""
    return _TELLS.search(sentence) is not None
