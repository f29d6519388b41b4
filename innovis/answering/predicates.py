"""What a "who" question asks someone did: the verb after "who".

"Who chairs the Productivity Council?", "who designed InnoCell?", "who funds the network?"
ask who did one thing to something named. A sentence that names the thing, but not the doing
("partnering with the Productivity Council", "the InnoCell will provide 500 units"), tells
nothing of who did it, however rare the name and common the verb: BM25 weighs the name, and
the sentence reaches most of the question's ideal score. So the verb, in one of its forms or
one of the words releases use for it (`wordings.py`), must be near the answer.
"""

from __future__ import annotations

from ..text.analysis import is_stopword, normalise
from ..text.patterns import Pattern

# "who" and the word after it: a verb ("chairs", "designed"), or an auxiliary ("is", "did")
# that says nothing of the doing.
_WHO = Pattern(r"\bwho(?:m)?\s+([^\W\d_][\w'-]*)", needles="who")


def asked_doing(question: str) -> str | None:
    """Return the verb a "who" question asks who did ("chairs" of "who chairs the council?"),
    or None when the word after "who" is a stopword (an auxiliary: "who is", "who did")."""
    match = _WHO.search(normalise(question))
    if match is None or is_stopword(match.group(1)):
        return None
    return match.group(1)
