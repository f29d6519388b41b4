"""Alternative questions: a yes/no question with a second clause joined by "or" ("can I apply
anytime, or is there a deadline?") offers the visitor's two guesses at one answer (Quirk et
al., A Comprehensive Grammar of the English Language, 1985, 11.20). A release that answers the
first clause ("Pathfinder takes applications all year round") answers the question: the words of
the second, which it need not write, are not searched for, nor count against it.
"""

from __future__ import annotations

import re

from ...text.patterns import Pattern

# The operators that open a yes/no question, and a clause they open after "or" with its
# subject (a pronoun or existential "there"): "or is there", "or do I", "or can they".
_OPERATOR = (
    r"(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|may|must|has|have|had)"
)
_SUBJECT = r"(?:there|it|i|we|you|they|he|she|this|that|these|those)"
_SECOND = Pattern(
    rf"^\s*{_OPERATOR}\b.*?(?P<second>\s*,?\s+or\s+{_OPERATOR}\s+{_SUBJECT}\b.*)$",
    re.IGNORECASE | re.DOTALL,
    needles="or",
)


def first_choice(question: str) -> str:
    """Return `question` without the second clause of an alternative question ("can I apply
    anytime, or is there a deadline?": "can I apply anytime?"); any other as it is."""
    match = _SECOND.search(question)
    if match is None:
        return question
    ending = "?" if question.rstrip().endswith("?") else ""
    return question[: match.start("second")] + ending
