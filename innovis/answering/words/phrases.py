"""Names made of common words: a question may name a programme or a post whose every word the
archive uses, but never together.

"What did the Global Acceleration Programme give startups?" and "who is the chief technology
officer?" share every word with an archive that has an "acceleration programme", a "global"
network and a "chief corporate development officer": BM25 finds a sentence with all of them,
and answers about something else. In English such a thing is named by a kind of thing (a
programme, fund, award, officer) and the words before it that tell which one; a release that
names it writes those words together. So when the archive never writes the two words before
the kind side by side (in that order, one other word at most between them), it never names
what the question asks about, and INNOVIS falls back as it does for a name it never uses
(`specific.py`).

Words that describe rather than name ("the new incubation programme", "the current chief
executive officer") are left out: a release names the programme without them. So are names
("the HKU Pasteur centre", the centre of the two): the archive may write them apart, and
whether it uses them at all is told by `specific.py`.
"""

from __future__ import annotations

from collections.abc import Callable

from ...text.analysis import analyse, is_stopword, surface_words
from ...text.patterns import Pattern
from .specific import is_specific

# The kinds of thing a press release names with words before them. Parks and other places are
# left out: visitors describe them loosely ("the loop tech park"). Only the singular: a name
# is of one thing, where the plural asks about a sort of them ("government talent schemes"),
# which releases name one by one ("the Global STEM Professorship Scheme").
KINDS = frozenset(
    """
    programme program scheme fund award prize competition contest officer director initiative
    project platform institute council committee office network campaign festival conference
    summit forum exhibition lab laboratory centre center service
    """.split()
)
# Words that describe which one is meant at a time, or how big it is, rather than name it.
DESCRIBING = frozenset(
    """
    new newest latest current recent first last next previous former upcoming existing annual
    yearly main big biggest major key whole entire own same other broader wider larger bigger
    total overall combined full
    """.split()
)


def unwritten_names(question: str, together: Callable[[str, str], bool]) -> list[str]:
    """Return the names in `question` ("global acceleration programme": two words and the kind
    they name) whose two words the archive never writes together (`together` tells whether it
    does, of two normalised words it uses)."""
    words = surface_words(question)
    found = []
    for at in range(2, len(words)):
        first, second, kind = words[at - 2], words[at - 1], words[at]
        if kind not in KINDS or not (first.isalpha() and second.isalpha()):
            continue
        if is_stopword(first) or is_stopword(second) or DESCRIBING & {first, second}:
            continue  # ("the fund's total budget" names the budget, not a "total" one)
        if is_specific(first) or is_specific(second):
            continue  # a name ("the HKU Pasteur centre": theirs), not words that make one
        if not together(first, second):
            found.append(f"{first} {second} {kind}")
    return found


# How far apart two words of a name may be written: "Global Startup Acceleration Programme".
_NEAR = 2
# The most sentences and titles read for two words: two words a large archive holds together
# in more of them are taken as written together (the commonest never make an unknown name).
_BUDGET = 2000
# What no name crosses: "… technology ecosystem," the Chief Executive said. (A "+" joins the
# parts of one: "STEM+E Competition", "Techathon+".)
_PUNCTUATION = Pattern(r"[^\w\s&'’+-]+")


def writes_together(
    first: str,
    second: str,
    texts_with_both: Callable[[list[str]], list[str]],
    uses: Callable[[str], bool],
) -> bool:
    """Return whether the archive writes two (normalised) words side by side, in that order, at
    most one other word and no punctuation between them, in one of the texts `texts_with_both`
    gives (the sentences and titles holding both). True when it never uses one of them: that
    tells otherwise (`specific.py`)."""
    if not (uses(first) and uses(second)):
        return True
    pair = analyse(f"{first} {second}")
    if len(pair) != 2:
        return True
    one, other = pair
    texts = texts_with_both([first, second])
    if len(texts) > _BUDGET:
        return True  # too many to read for a question: not judged, as if written
    for text in texts:
        for part in _PUNCTUATION.compiled.split(text):
            terms = analyse(part)
            if any(
                term == one and other in terms[at + 1 : at + 1 + _NEAR]
                for at, term in enumerate(terms)
            ):
                return True
    return False
