"""Telling small talk (greetings, thanks, farewells, requests for help or for more) from questions.

Small-talk phrases are recognised at the start of a message and stripped one after another,
so "Hi INNOVIS, thanks! What is the San Tin Technopole?" is a question that also greets. A
message is small talk only when nothing with content is left once the phrases are gone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal, NamedTuple

from ..text.analysis import normalise

IntentKind = Literal["greeting", "thanks", "farewell", "help", "more", "question"]

_END = r"(?=$|[\s,.!?;:)-])"
_OPENER_PATTERNS: tuple[tuple[IntentKind, str], ...] = (
    (
        "farewell",
        r"bye(?:[\s-]bye)?|good[\s-]?bye|see (?:you|ya)(?: later| soon)?|farewell"
        r"|good night|take care|that'?s all(?: for now)?|that is all|i'?m done|quit|exit",
    ),
    (
        "greeting",
        r"hi+|hello+|hey+|hiya|howdy|greetings|yo|good (?:morning|afternoon|evening|day)"
        r"|how are you(?: doing)?(?: today)?|how'?s it going|nice to meet you",
    ),
    (
        "thanks",
        r"(?:many |thanks? )?thanks?(?: you| u)?(?: (?:so|very) much| a lot| again)?"
        r"|thank u|thx|ty|cheers|much appreciated|(?:i )?appreciate (?:it|that|your help)"
        r"|great|awesome|perfect|excellent|nice|cool|ok(?:ay)?|got it|understood",
    ),
    (
        "help",
        r"help(?: me)?|(?:can|could) you help(?: me)?|what can you do|what do you do"
        r"|what can i ask(?: you)?|what should i ask|what do you know|who are you|what are you"
        r"|how do(?:es)? (?:this|it|you) work|what topics|menu|options",
    ),
)
_OPENERS = tuple((kind, re.compile(rf"(?:{pattern}){_END}")) for kind, pattern in _OPENER_PATTERNS)
_MORE = re.compile(
    r"(?:(?:tell|show|give) me )?(?:some |any )?more(?: please)?|(?:anything|something) else"
    r"|what else|next|go on|continue|other (?:results|answers|passages)"
)
_FILLER = re.compile(r"\b(?:innovis|please|pls|there|so|again|then|now|sir|mate)\b")
_SEPARATORS = " \t\n,.!?;:-)("
# When several kinds of small talk come together, the one to answer is the first listed here.
_PRECEDENCE: tuple[IntentKind, ...] = ("farewell", "help", "thanks", "greeting")


class Intent(NamedTuple):
    """What a message asks for: `question` holds the text to search when kind is "question"."""

    kind: IntentKind
    question: str = ""
    greeted: bool = False


def classify(text: str, has_content: Callable[[str], bool]) -> Intent:
    """Return the intent of one message; `has_content` tells whether text has words to search."""
    rest = normalise(text).strip(_SEPARATORS)
    kinds: list[IntentKind] = []
    while True:
        for kind, pattern in _OPENERS:
            if match := pattern.match(rest):
                kinds.append(kind)
                rest = _FILLER.sub(" ", rest[match.end() :]).strip(_SEPARATORS)
                break
        else:
            break
    if not kinds and _MORE.fullmatch(rest):
        return Intent("more")
    if has_content(_FILLER.sub(" ", rest)):
        return Intent("question", rest, greeted="greeting" in kinds)
    for kind in _PRECEDENCE:
        if kind in kinds:
            return Intent(kind)
    return Intent("question", rest)
