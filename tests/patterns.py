"""What a regular expression can match, read from its parse: for the tests of the cheap checks
that spare INNOVIS trying (and compiling) a pattern on text it cannot match.

Every text a pattern matches is walked through, with each repeat taken up to twice more than its
least, each class of characters stood for by a few of its members (`\\s` by a space and a tab,
so that a check written with a space is caught out), and lookarounds left out (they only narrow
what matches). A walk keeps, of each text so far, only what the question at hand needs, so the
texts of even a large pattern are few.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from re import _constants as c
from re import _parser
from typing import Any

# What a class of characters is stood for by.
_CATEGORIES = {
    c.CATEGORY_SPACE: " \t",
    c.CATEGORY_DIGIT: "7",
    c.CATEGORY_WORD: "x7",
    c.CATEGORY_NOT_SPACE: "x",
    c.CATEGORY_NOT_DIGIT: "x ",
    c.CATEGORY_NOT_WORD: " ",
}
_EXTRA_REPEATS = 2

# A walk's state: what is kept of a text so far, or None once the text is known to pass.
State = str | None
Extend = Callable[[State, str], State]


def _characters(op: Any, value: Any) -> str:
    if op is c.LITERAL:
        return chr(value)
    if op is c.IN:
        members = ""
        for member_op, member in value:
            if member_op is c.NEGATE:
                return "x"
            if member_op is c.LITERAL:
                members += chr(member)
            elif member_op is c.RANGE:
                low, high = member
                members += "".join({chr(low), chr(high)})
            elif member_op is c.CATEGORY:
                members += _CATEGORIES[member]
        return members
    if op is c.CATEGORY:
        return _CATEGORIES[value]
    return "x"  # ANY, NOT_LITERAL: some other character


def _walk(
    states: set[State], items: Iterable[tuple[Any, Any]], extend: Extend, backward: bool
) -> set[State]:
    for op, value in reversed(list(items)) if backward else items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
            states = _walk(states, value[-1] if op is c.SUBPATTERN else value, extend, backward)
        elif op is c.BRANCH:
            states = set().union(*(_walk(states, branch, extend, backward) for branch in value[1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, body = value
            reached: set[State] = set()
            for count in range(min(high, low + _EXTRA_REPEATS) + 1):
                if count >= low:
                    reached |= states
                states = _walk(states, body, extend, backward)
            states = reached
        else:
            states = {extend(state, char) for state in states for char in _characters(op, value)}
    return states


def texts(pattern: str, extend: Extend, backward: bool = False) -> set[State]:
    """Return the states that the texts `pattern` matches end in, each text built a character
    at a time with `extend` (from its last character to its first when `backward`)."""
    return _walk({""}, _parser.parse(pattern), extend, backward)


def openings(pattern: str, reach: int) -> set[str]:
    """Return the first `reach` characters of every text `pattern` matches (all of a shorter)."""
    found = texts(pattern, lambda text, char: text if len(text) >= reach else text + char)
    return {text for text in found if text is not None}


def closings(pattern: str, reach: int) -> set[str]:
    """Return the last `reach` characters of every text `pattern` matches (all of a shorter)."""
    found = texts(
        pattern, lambda text, char: text if len(text) >= reach else char + text, backward=True
    )
    return {text for text in found if text is not None}


def holds_a_needle(pattern: str, needles: tuple[str, ...], fold: bool = False) -> bool:
    """Return whether every text `pattern` matches holds one of `needles` (in lower case, for
    a pattern that ignores case, when `fold`; such a pattern is tried on every text that is not
    all ASCII, so a character outside ASCII passes it)."""
    starts = {needle[:length] for needle in needles for length in range(len(needle))}

    def extend(text: State, char: str) -> State:
        if text is None or (fold and not char.isascii()):
            return None
        text += char.lower() if fold else char
        if any(needle in text for needle in needles):
            return None
        # Only the end that may begin a needle matters.
        return next(text[at:] for at in range(len(text) + 1) if text[at:] in starts)

    return texts(pattern, extend) == {None}
