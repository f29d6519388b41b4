"""Words a visitor writes apart that the archive writes as one: "inno cell" for "InnoCell".

The analyser finds a hyphenated word by its parts and by their join ("co-working" by
"coworking"); a name a release writes as one word ("InnoCell", "TideWorks") is found by
neither part when a visitor types it as two. Two such words are read as the one the archive
writes, when it writes them so and never the two side by side ("Hong Kong" stays two words,
though "Hong Kong-Shenzhen" gives "kongshenzhen").

The reverse too: a word the archive never uses that a visitor glued together of words it
writes apart (a handle, "@SunnyChai", "sunny_chai"; a hashtag, "#summit2023";
"innohk-summit", whose join no release writes) is read as those words (`written_apart`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from ...text.patterns import Pattern

_TOKEN = Pattern(r"[\w&'’-]+")


def written_as_one(question: str, one: Callable[[str, str], bool]) -> tuple[str, list[str]]:
    """Return `question` with each two words written apart that the archive writes as one
    ("inno cell": "InnoCell") joined, `one` telling of two words whether it does; and the
    words so joined."""
    pieces: list[str] = []
    joined: list[str] = []
    done = 0
    for first, second in pairwise(_TOKEN.finditer(question)):
        if first.start() < done:
            continue  # the second word of a pair just joined
        a, b = first.group(0), second.group(0)
        apart = question[first.end() : second.start()]
        if a.isalpha() and b.isalpha() and apart.isspace() and one(a.lower(), b.lower()):
            pieces.append(question[done : first.start()] + a + b)
            joined.extend((a.lower(), b.lower()))
            done = second.end()
    pieces.append(question[done:])
    return "".join(pieces), joined


def written_apart(question: str, apart: Callable[[str], str | None]) -> str:
    """Return `question` with each word that `apart` reads as words the archive writes apart
    (given the word in lower case, it returns them, or None) written so."""

    def split(match: re.Match[str]) -> str:
        token = match.group(0)
        if not any(map(str.isalpha, token)) or "'" in token or "’" in token:
            return token
        return apart(token.lower()) or token

    return _TOKEN.sub(split, question)
