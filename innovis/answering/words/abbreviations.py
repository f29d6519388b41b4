"""Abbreviations everyone uses for titles and common terms, which press releases spell out.

A visitor asks "who is the CEO?"; a release writes "Chief Executive Officer" and never defines
"(CEO)", so the corpus's own acronyms (text/acronyms.py) cannot link the two. These few are
general business English and the shorthand of chat ("ppl"), not any one organisation's: the
long form is added to the question when the corpus uses every word of it, so either form finds
the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...text.patterns import Pattern

COMMON = {
    "ceo": "chief executive officer",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
    "cio": "chief information officer",
    "md": "managing director",
    "vp": "vice president",
    "gm": "general manager",
    "r&d": "research and development",
    "hq": "headquarters",
    "ai": "artificial intelligence",
    "iot": "internet of things",
    "ic": "integrated circuit",
    "esg": "environmental social and governance",
    "ipo": "initial public offering",
    "mou": "memorandum of understanding",
    "govt": "government",
    "uni": "university",
    "agm": "annual general meeting",
    "tech": "technology",
    "ce": "chief executive",
    # Places as their people write them.
    "hk": "hong kong",
    "uk": "united kingdom",
    "usa": "united states",
    "nyc": "new york",
    # What visitors type in a hurry.
    "ppl": "people",
    "mgmt": "management",
    "dept": "department",
    "intl": "international",
    "biz": "business",
    "co": "company",
}
# A run of word characters and ampersands: every key of COMMON is one, so a key written in a
# question as a word of its own is a whole run, found by looking the run up (a pattern of all
# the keys took longer to compile than answering the question). A run inside a hyphenated
# word ("tech" of "Incu-Tech") is part of a name, no abbreviation of its own.
_RUN = Pattern(r"(?<![\w&-])[\w&]+(?![\w&]|-\w)")
# Two letters that stand for much else ("CE marked", "500 CE", "IC card", "CES" the trade show):
# read as the title or the chip only in a corpus that never writes them as a word of their own,
# and never as a plural.
_ONLY_WHERE_UNWRITTEN = frozenset({"ce", "ic"})


def long_form(word: str) -> str | None:
    """Return the long form of a common abbreviation (`COMMON`), or of its plural ("unis",
    "ceos": the long form's stems are those of its plural), or None."""
    long = COMMON.get(word)
    if long is None and len(word) > 2 and word.endswith("s"):
        if word[:-1] in _ONLY_WHERE_UNWRITTEN:
            return None
        long = COMMON.get(word[:-1])
    return long


def expands(word: str, uses: Callable[[str], bool]) -> str | None:
    """Return the long form of `word` when it is a common abbreviation, or its plural, whose
    long form's words the corpus uses (`uses` tells whether it uses a word); else None."""
    long = long_form(word)
    if long is None or not all(uses(w) for w in long.split() if w not in ("and", "of")):
        return None
    # Two letters and an "s" that the corpus writes are a word of their own ("CES"), no plural.
    if (word in _ONLY_WHERE_UNWRITTEN or (len(word) == 3 and word not in COMMON)) and uses(word):
        return None
    return long


def spelled_out(question: str, uses: Callable[[str], bool]) -> str:
    """Return `question` (normalised) with the long form added after each common abbreviation
    that `expands`, or put in its place when the corpus never uses the abbreviation."""

    def add(match: re.Match[str]) -> str:
        short = match.group(0)
        long = expands(short, uses)
        if long is None:
            return short
        # A word the corpus never writes would only count against the answer's confidence.
        return f"{short} {long}" if uses(short) else long

    return _RUN.sub(add, question)


def both_forms(question: str, uses: Callable[[str], bool]) -> list[tuple[str, ...]]:
    """Return (abbreviation, long form) for each common abbreviation of `question`
    (normalised) that the corpus uses as well as its long form ("tech" and "technology",
    "ceo" and "chief executive officer"): a sentence that writes either answers for both, as
    alternatives, never as two words it must hold."""
    found: list[tuple[str, ...]] = []
    for match in _RUN.finditer(question):
        short = match.group(0)
        # Looked up first: most words are no abbreviation, and `uses` may cost a stemming.
        long = long_form(short)
        if long is None or (short, long) in found:
            continue
        if uses(short) and expands(short, uses):
            found.append((short, long))
    return found


# The shorthand of chat for words that only frame a question ("can u tell me", "pls"): read as
# the words they stand for, which are no words to search for.
_CHAT = {
    "u": "you",
    "r": "are",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "abt": "about",
    "b4": "before",
}
# A run of letters and digits that no "&", ".", hyphen or apostrophe joins to another ("r" of
# "R&D", "u" of "U.S." are not chat).
_CHAT_RUN = Pattern(r"(?<![\w&.'’-])[a-z0-9]+(?![\w&'’-]|\.\w)", re.IGNORECASE)


def unchatted(question: str, uses: Callable[[str], bool]) -> str:
    """Return `question` with the shorthand of chat ("u", "pls") the corpus never uses (`uses`
    tells whether it uses a word) read as the words it stands for."""

    def plain(match: re.Match[str]) -> str:
        typed = match.group(0)
        meant = _CHAT.get(typed.lower())
        return typed if meant is None or uses(typed.lower()) else meant

    return _CHAT_RUN.sub(plain, question)
