"""Posts over time: who held a post before or after someone, and what someone did before.

"Who was chairman before Dr Chai?", "who did Dr Yiu replace?", "who succeeded Mr Wong?" are
answered by the sentence that tells the handover ("He will succeed the incumbent Chairman, Mrs
Law", "succeeding Mr Hsia"), not by the one that announces the appointment, though that one
repeats the question's words more often. The release is chosen by its date (`periods.py`:
"before" someone prefers the older release); within the releases, a sentence that tells a
succession is the evidence of an answer (`evidence.py`).

"Who was the first chairman?" is answered by the sentence that tells the founding ("Mr X
succeeds Mrs Y, who has chaired the board since the Corporation was set up"), or that says
"first" itself ("welcomed eighteen startups to its first intake").

"What did Mr Wong do before HKSTP?" is answered the same way by the sentence that tells
someone's earlier career ("Prior to joining HKSTP, he spent 15 years at ...", "previously").
"""

from __future__ import annotations

import re

from ..text.patterns import Pattern

_ASKS = Pattern(
    r"\b(?:before|after|preceded|predecessors?|successors?|succe(?:ed|eds|eded|eding)"
    r"|replac(?:e|es|ed|ing))\s+(?!(?:the\s+)?(?:19|20)\d\d\b)"
    r"|\b(?:predecessors?|successors?|replace|succeed)\s*[?.!]*\s*$",
    re.IGNORECASE,
    needles="before|after|preceded|predecessor|successor|succe|replac",
)
_HOLDER = Pattern(r"^\s*who\b|\bwhom?\b", re.IGNORECASE, needles="who")
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


_ASKS_BACKGROUND = Pattern(
    r"\b(?:what|where)\s+did\s+.+?\s+(?:do|work)\s+(?:before|previously|earlier)\b"
    r"|\bbefore\s+(?:joining|(?:he|she|they)\s+joined)\b"
    r"|\b(?:previous|former|earlier|past)\s+(?:jobs?|roles?|posts?|positions?|career|experience"
    r"|employers?)\b|\bbackground\b",
    re.IGNORECASE,
    needles="before|previous|earlier|former|past|background",
)
_TELLS_BACKGROUND = Pattern(
    r"\b(?:prior\s+to|before\s+joining|before\s+(?:he|she|they)\s+joined|previously|formerly"
    r"|most\s+recently|earlier\s+in\s+(?:his|her|their)\s+career|spent\s+(?:\w+\s+){1,3}"
    r"(?:years?|decades?)|has\s+held|held\s+(?:senior|various|several|key|a\s+number)"
    r"|served\s+as|worked\s+(?:at|for|as|in))\b",
    re.IGNORECASE,
    needles="prior|before|previously|formerly|recently|earlier|spent|held|served|worked",
)


def asks_background(question: str) -> bool:
    """Return whether `question` asks what someone did before ("what did Mr Wong do before
    joining?", "what was her previous job?")."""
    return _ASKS_BACKGROUND.search(question) is not None


def tells_background(sentence: str) -> bool:
    """Return whether `sentence` tells someone's earlier career ("Prior to joining, he spent 15
    years at ...", "previously", "has held senior roles")."""
    return _TELLS_BACKGROUND.search(sentence) is not None


# "The first chairman", "the founding CEO"; not "what was the grant originally?", which asks
# for the oldest figure, said anywhere.
_ASKS_ORIGIN = Pattern(
    r"\b(?:first|founding|inaugural)\b", re.IGNORECASE, needles="first|founding|inaugural"
)
_TELLS_ORIGIN = Pattern(
    r"\b(?:first|founding|inaugural|original(?:ly)?|initial(?:ly)?|maiden)\b"
    r"|\bsince\s+(?:\w+\s+){0,4}?(?:was\s+|were\s+)?(?:set\s+up|founded|established|created"
    r"|launched|inception|founding|establishment)\b"
    r"|\bfrom\s+(?:its|the|their)\s+(?:inception|founding|establishment|start|beginning)\b",
    re.IGNORECASE,
)


def asks_origin(question: str) -> bool:
    """Return whether `question` asks about the first of something ("who was the first
    chairman?", "how many joined the first intake?")."""
    return _ASKS_ORIGIN.search(question) is not None


def tells_origin(sentence: str) -> bool:
    """Return whether `sentence` tells of a first ("its first intake") or a founding ("who has
    chaired the board since the Corporation was set up")."""
    return _TELLS_ORIGIN.search(sentence) is not None
