"""Abbreviations everyone uses for titles and common terms, which press releases spell out.

A visitor asks "who is the CEO?"; a release writes "Chief Executive Officer" and never defines
"(CEO)", so the corpus's own acronyms (text/acronyms.py) cannot link the two. These few are
general business English, not any one organisation's: the long form is added to the question
when the corpus uses every word of it, so either form finds the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.patterns import Pattern

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
    "esg": "environmental social and governance",
    "ipo": "initial public offering",
    "mou": "memorandum of understanding",
    "govt": "government",
    "uni": "university",
    "agm": "annual general meeting",
    "tech": "technology",
}
# Words visitors ask with, and the words releases answer in: a competition's winner is
# "crowned champion", a new appointee "succeeds" the one they replace.
WORDINGS = {
    "won": "champion",
    "win": "champion",
    "winner": "champion",
    "winners": "champions",
    "replace": "succeed",
    "replaces": "succeeds",
    "replaced": "succeeded",
    "replacing": "succeeding",
    # Something "began operation" when a visitor asks when it started.
    "start": "begin",
    "starts": "begins",
    "started": "began",
    "starting": "beginning",
    # Someone "was appointed" to the post a visitor asks when they became.
    "become": "appointed",
    "became": "appointed",
    # Releases say who was "selected" when visitors ask who was picked.
    "pick": "select",
    "picked": "selected",
}
COMMON.update(WORDINGS)
# A run of word characters and ampersands: every key of COMMON is one, so a key written in a
# question as a word of its own is a whole run, found by looking the run up (a pattern of all
# the keys took longer to compile than answering the question).
_RUN = Pattern(r"[\w&]+")


def _in_compound(question: str, match: re.Match[str]) -> bool:
    """Return whether a run is part of a hyphenated word ("start" of "start-ups"): a compound
    is a word of its own, not the visitor's word a release words otherwise."""
    before, after = question[match.start() - 1 : match.start()], question[match.end() :][:1]
    return "-" in (before, after)


def _visitors_word(question: str, match: re.Match[str]) -> bool:
    """Return whether a run is one of `WORDINGS`, written as a word of its own."""
    return match.group(0) in WORDINGS and not _in_compound(question, match)


def expands(word: str, uses: Callable[[str], bool]) -> bool:
    """Return whether `word` is a common abbreviation whose long form's words the corpus uses
    (`uses` tells whether it uses a word)."""
    long = COMMON.get(word)
    return long is not None and all(uses(w) for w in long.split() if w not in ("and", "of"))


def spelled_out(question: str, uses: Callable[[str], bool]) -> str:
    """Return `question` (normalised) with the long form added after each common abbreviation
    that `expands`, or put in its place when the corpus never uses the abbreviation."""

    def add(match: re.Match[str]) -> str:
        short = match.group(0)
        if short in WORDINGS and not _visitors_word(question, match):
            return short
        if not expands(short, uses):
            return short
        # A word the corpus never writes would only count against the answer's confidence.
        return f"{short} {COMMON[short]}" if uses(short) else COMMON[short]

    return _RUN.sub(add, question)


def both_forms(question: str, uses: Callable[[str], bool]) -> list[tuple[str, str]]:
    """Return (visitor's word, release's word) for each of `WORDINGS` in `question`
    (normalised) that `spelled_out` keeps beside the release's: either answers, so one suffices.

    Abbreviations are left out: a release that writes "chief executive officer" and also
    "CEO" tells more surely that it is about the post."""
    found = []
    for match in _RUN.finditer(question):
        short = match.group(0)
        if _visitors_word(question, match) and expands(short, uses) and uses(short):
            found.append((short, COMMON[short]))
    return found
