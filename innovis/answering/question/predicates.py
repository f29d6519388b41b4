"""What a "who" question asks someone did: the verb after "who".

"Who chairs the Productivity Council?", "who designed InnoCell?", "who funds the network?"
ask who did one thing to something named. A sentence that names the thing, but not the doing
("partnering with the Productivity Council", "the InnoCell will provide 500 units"), tells
nothing of who did it, however rare the name and common the verb: BM25 weighs the name, and
the sentence reaches most of the question's ideal score. So the verb, in one of its forms or
one of the words releases use for it (`wordings.py`), must be near the answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from ...text.analysis import is_stopword, normalise
from ...text.lemmas import base_form, role_forms
from ...text.patterns import Pattern
from ..words.specific import inflections

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


def _deed_stems(verb: str) -> set[str]:
    """Return the base forms of a verb in the past ("designed": "design", "designe"), or none
    when it is not in the past."""
    base = base_form(verb)
    if base != verb:
        return {base}  # "built": "build"
    if verb.endswith("ed"):
        return {verb[:-2], verb[:-1]}  # "designed": "design"; "organised": "organise"
    return set()


def done_forms(verb: str | None) -> frozenset[str]:
    """Return the forms of a verb asked of in the past ("designed", "built") that tell a deed:
    its past, its -ing form and who does it ("designed", "designing", "designer", and for
    "chaired", "chairman"); none when it is not in the past ("who chairs ...?"). A noun of
    the same stem ("the design features") tells no deed (but see `names_deed`)."""
    stems = set() if verb is None else _deed_stems(verb)
    if not stems:
        return frozenset()
    forms = {verb or ""}
    for stem in stems:
        forms.update(form for form in inflections(stem) if form.endswith(("ed", "ing")))
        forms.update(stem.rstrip("e") + ending for ending in ("er", "ers", "or", "ors"))
        forms.update(role_forms(stem + "man"))  # "chaired": "chairman", "chairperson"
    return frozenset(forms)


def names_deed(verb: str | None, text: str) -> bool:
    """Return whether `text` names the deed of a verb asked of in the past as a noun with
    what it was done to or by ("his visit to the park", "the design of the tower by ..."),
    not as a modifier ("design features")."""
    stems = set() if verb is None else _deed_stems(verb)
    return any(
        re.search(rf"\b{re.escape(stem)}s?\s+(?:of|to|by|for)\b", text, re.IGNORECASE)
        for stem in stems
    )


# A thing and the doer of what was done to it, in a noun phrase's agentive "by" ("a server
# system by an American company", "the tower by Ms Vance"; Quirk et al. 17.38): the word
# before "by", and "by" followed by an article or a capitalised name.
_BY_AGENT = Pattern(r"([^\W\d_][\w'-]*)\s+by\s+(?:an?\s|the\s|[A-Z])", needles="by")


def by_agent(text: str, things: Container[str], term: Callable[[str], str]) -> bool:
    """Return whether `text` names one of `things` (terms of what a "who" question asks was
    done to) with its doer after "by": "a server system by an American company" tells who
    supplied the system, in no verb of its own."""
    return any(term(match.group(1).lower()) in things for match in _BY_AGENT.finditer(text))
