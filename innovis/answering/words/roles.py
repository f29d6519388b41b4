"""Posts named in several words: a role matches only as a whole.

"Chief Technology Officer", "Chief Executive Officer" and "Chief Executive" share words with
"Chief Corporate Development Officer" and with each other, so BM25 finds any of them for any
other: "who is the CEO?" quoted the city's Chief Executive ("as Chief Executive I have seen
the Bay grow"), and "who is the chief technology officer?", which no release says, quoted
"As Chief Corporate Development Officer, Ms Harrow ...". A question that names such a post is
answered only by a passage that writes the post whole, in its words and order (or by its
common abbreviation, "CEO"). A longer post that begins with it answers ("chief executive"
is what visitors call a "Chief Executive Officer"), a shorter one does not ("Chief
Executive" for "CEO"). `dialogue.py` cuts the confidence of the others.
"""

from __future__ import annotations

import re

from ...text.patterns import Pattern
from .abbreviations import COMMON

# Posts of several words, in a question's content words: C-suite titles ("chief technology
# officer"), "chief executive", and the two-word posts of company English.
_ROLE = Pattern(
    r"\bchief(?:\s+(?!chief\b)[a-z&]+){0,3}?\s+officer\b|\bchief\s+executive\b"
    r"|\b(?:managing|executive|general|deputy|assistant|finance|financial)\s+"
    r"(?:director|manager|secretary)\b|\bvice\s+(?:president|chair\w*|chancellor)\b"
    r"|\b(?!chief\b)[a-z]+\s+(?:secretary|minister)\b|\b(?:secretary|minister)\s+[a-z]+\b",
    needles="chief|director|manager|secretary|vice|minister",
)
# A government post is named either way round, by any field of its portfolio: "the innovation
# secretary", "the commerce secretary" are the "Secretary for Commerce and Innovation".
_PORTFOLIO = frozenset({"secretary", "minister"})
_SHORT = {long: short for short, long in COMMON.items() if len(long.split()) > 1}
# Posts named in one word (role compounds in -man, -woman, -person are one family).
_POSTS = frozenset(
    """
    ceo cfo coo cto cio chairman chairwoman chairperson chair president director head chief
    executive officer secretary leader manager boss principal governor commissioner
    """.split()
)


def asked_roles(words: tuple[str, ...] | list[str]) -> list[str]:
    """Return the posts of several words a question's content `words` (in order) name, as
    lower-case phrases ("chief technology officer")."""
    return [match.group(0) for match in _ROLE.finditer(" ".join(words))]


def writes_role(text: str, role: str) -> bool:
    """Return whether `text` writes the post `role` whole, its words in order ("Chief Executive
    Officer" for "chief executive" too), or its common abbreviation ("CEO" for "chief executive
    officer"), or a government post the other way round ("Secretary for Innovation" for
    "innovation secretary")."""
    words = r"[\s-]+".join(re.escape(word) for word in role.split())
    if re.search(rf"\b{words}\b", text, re.IGNORECASE):
        return True
    parts = role.split()
    if len(parts) == 2 and _PORTFOLIO.intersection(parts):
        post, field = (parts[1], parts[0]) if parts[1] in _PORTFOLIO else parts
        written = (
            rf"\b{post}\s+(?:for|of)\s+(?:the\s+)?(?:[\w&'’-]+,?\s+(?:and\s+)?){{0,3}}"
            rf"{re.escape(field)}"
            rf"|\b{re.escape(field)}\w*\s+{post}\b"
        )
        if re.search(written, text, re.IGNORECASE):
            return True
    short = _SHORT.get(role)
    return (
        short is not None and re.search(rf"\b{re.escape(short)}\b", text, re.IGNORECASE) is not None
    )


def post_words(words: tuple[str, ...] | list[str]) -> frozenset[str]:
    """Return the words of a question's content `words` that name a post ("ceo", "chief",
    "executive", "officer", "chairman")."""
    in_roles = {word for role in asked_roles(words) for word in role.split()}
    return frozenset(word for word in words if word in _POSTS or word in in_roles)
