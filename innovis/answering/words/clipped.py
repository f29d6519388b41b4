"""Clipped names: "LegCo" is the Legislative Council, "ExCo" the Executive Council.

Besides acronyms of initials (text/acronyms.py reads those a release defines), names are
shortened to the first letters of each of their words, and visitors type the short form
("what did legco discuss?") where a release writes the name out. A word the archive never
uses that is the start of one capitalised word followed by the start of the next, side by
side in its text, is read as those two words: two parts of two letters or more, each shorter
than its word, so that a name joined of whole words ("InnoCentre") is never read so.

Visitors also make acronyms of their own of a title or name a release writes out and never
abbreviates ("CCDO" of "Chief Corporate Development Officer"): a word the archive never uses
whose letters are, in order, the initials of capitalised words it writes side by side (the
function words of a name, "of", "for", "and", "the", between them not counting: "PLT" of
"Pathfinder Leaders of Tomorrow") is read as those words. So is one whose last letter is
the head of a name with an "of" phrase and the others the phrase's ("KBU" of "University
of Kestrel Bay"): English names a thing by either order (Kestrel Bay University), and its
initials may follow the other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

# The fewest and most letters of an acronym read as a name's initials.
_INITIALS = (3, 6)
# The fewest sentences that write a name a visitor's acronym is read as. One will do: the
# name is then one name however common its words (`named.written_names`), so what is asked of
# a neighbouring organisation a release lists once ("does HKUST have its own fund?") must be
# told where it is written, not by any sentence about funds.
_SPOKEN_OF = 1
# Titles before a person's name, which no acronym of the name spells ("MEC" is not "Mr
# Eugene Chan").
_TITLES = frozenset("mr mrs ms miss dr prof professor ir sir dame hon".split())
# Words a name may hold between its capitalised ones, which no acronym spells.
_JOINING = r"(?:(?:of|for|and|the|in|on|&)\s+)?"
# The shortest part of a clipped name ("co" of "council").
_PART = 2
# The most sentences read for one word: a word that clips nothing is looked for in the
# sentences of every corpus word that starts as it does, and a large archive has many.
_BUDGET = 2000


def unclipped(
    word: str,
    corpus_words: Iterable[str],
    sentences_with: Callable[[str], Iterable[str]],
) -> str | None:
    """Return the two capitalised words the archive writes side by side that `word` (a
    normalised word it never uses) clips, the commonest when several do, or None.

    `corpus_words` are the archive's (normalised) words, `sentences_with(word)` the sentences
    that use one of them."""
    if not word.isalpha():
        return None
    words = list(corpus_words)
    found: Counter[str] = Counter()
    read = 0
    for cut in range(_PART, len(word) - _PART + 1):
        head, tail = word[:cut], word[cut:]
        pattern = re.compile(
            rf"\b({re.escape(head)}[^\W\d_]+)\s+({re.escape(tail)}[^\W\d_]+)\b", re.IGNORECASE
        )
        for first in words:
            if not (first.startswith(head) and len(first) > len(head)):
                continue
            for sentence in sentences_with(first):
                read += 1
                if read > _BUDGET:
                    return found.most_common(1)[0][0] if found else None
                for match in pattern.finditer(sentence):
                    one, other = match.groups()
                    if one[0].isupper() and other[0].isupper() and len(other) > len(tail):
                        found[f"{one} {other}"] += 1
    return found.most_common(1)[0][0] if found else None


def initials_of(
    word: str,
    corpus_words: Iterable[str],
    sentences_with: Callable[[str], Iterable[str]],
) -> str | None:
    """Return the capitalised words the archive writes side by side whose initials, in order,
    are the letters of `word` (a normalised word it never uses), the commonest when several
    are, or None. `corpus_words` and `sentences_with` are as for `unclipped`."""
    least, most = _INITIALS
    if not (word.isalpha() and word.isascii() and least <= len(word) <= most):
        return None
    parts = [rf"({re.escape(letter)}[^\W\d_]+)" for letter in word]
    in_order = r"\b" + (r"\s+" + _JOINING).join(parts) + r"\b"
    # A name's head before its "of" phrase is spelled last, as the name's other order says
    # it ("KBU" of "University of Kestrel Bay": Kestrel Bay University).
    inverted = r"\b" + parts[-1] + r"\s+of\s+(?:the\s+)?" + r"\s+".join(parts[:-1]) + r"\b"
    pattern = re.compile(f"{in_order}|{inverted}", re.IGNORECASE)
    found: dict[str, set[str]] = {}
    read = 0
    # The name's last word, its head ("Officer", "Centre"), is one of the corpus's words.
    for last in corpus_words:
        if not (last.startswith(word[-1]) and len(last) > 1):
            continue
        for sentence in sentences_with(last):
            read += 1
            if read > _BUDGET:
                break
            for match in pattern.finditer(sentence):
                words = [part for part in match.groups() if part is not None]
                if all(part[0].isupper() for part in words) and words[0].lower() not in _TITLES:
                    found.setdefault(match.group(0), set()).add(sentence)
        if read > _BUDGET:
            break
    spoken = [(len(held), name) for name, held in found.items() if len(held) >= _SPOKEN_OF]
    return max(spoken)[1] if spoken else None
