"""Questions that ask what something is, and sentences that say it.

"What is the Deep Tech Track?" is answered by "... the new Deep Tech Track, which supports
ventures built on scientific research for five years", or "Designed to identify and nurture
future technopreneurs, the STEP programme ...": a sentence that says what the thing is, is for,
or does. Sentences that only mention it ("The Deep Tech Track gives them that time," said Mr
X) hold the same words. So a question of that shape makes a describing sentence the evidence of
an answer (`evidence.py`).
"""

from __future__ import annotations

import re

from ...text.patterns import Pattern

# "What is the STEP programme?", "whats Data Studio @SP", "tell me about InnoCell", "what does
# the fund do?"; not "what
# is the population of ...", "what is the name of ...": those ask for a fact about a thing.
_ASKS = Pattern(
    r"^\s*(?:(?:so|and|ok|okay|hi|hello)[,\s]+)?"
    r"(?:(?:what|who)\s*(?:'s|’s|s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+|an?\s+)?"
    r"(?!.*\b(?:of|in|for|on|at|by|with|to|from|that|which|when|where|between|behind)\b)"
    r"[\w&'’.@/+-]+(?:\s+[\w&'’.@/+-]+){0,4}"
    r"|(?:please\s+)?(?:tell\s+me\s+about|explain|describe)\s+.+"
    r"|what\s+(?:does|do|did)\s+.+\s+do)\s*[?.!]*\s*$",
    re.IGNORECASE,
    needles="what|who|tell|explain|describe",
)
# What a thing is, is for, or does: a purpose, a relative clause or apposition that says what
# it does ("the project which bridges data owners and developers"), or "is a ...".
_DESCRIBES = Pattern(
    r"\b(?:designed|aims?|aimed|aiming|intended|dedicated|set\s+up|established|launched|created"
    r"|committed)\s+to\b"
    r"|,\s*(?:which|that)\s+(?:is|are|was|supports?|provides?|offers?|helps?|aims?|gives?"
    r"|brings?|focuses|connects?|nurtures?|runs?|funds?|invests?|trains?|links?)\b"
    r"|\bwhich\s+(?:also\s+)?[a-z]+[^s\W]s\b"
    r"|\b(?:is|are)\s+(?:a|an|one\s+of)\b",
    re.IGNORECASE,
)


def asks_description(question: str) -> bool:
    """Return whether `question` asks what something is or does ("what is the STEP
    programme?", "tell me about InnoCell", "what does the fund do?")."""
    return _ASKS.fullmatch(question) is not None


def describes(sentence: str) -> bool:
    """Return whether `sentence` says what something is, is for or does."""
    return _DESCRIBES.search(sentence) is not None
