"""Words of a question that a sentence may answer without, when it says the same in the
release's own words.

A visitor asks "who left the board?"; the release says "the tenure of Ms A will end today".
A visitor asks "how long was Mr Ma CEO?"; the release says "his three-year tenure draws to a
close". `with_tenure_words` searches the release's words for a tenure beside the post, any
one answering for it, so that such a sentence is found at all. The visitor's verb of a
departure or an arrival, and the post whose tenure is asked, are told by such a sentence
without their words (`succession.py`), so `dialogue.py` reckons
its confidence without those words too, and keeps the better of the two.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from ...tuples import NamedTuple
from ..kinds.succession import movement_words, tells_movement, tells_tenure
from ..question.query import Query
from ..words.roles import post_words


class StandIn(NamedTuple):
    """Terms of a question a sentence need not hold when `tells` says it tells them."""

    terms: frozenset[str]
    tells: Callable[[str], bool]


def stand_ins(query: Query) -> list[StandIn]:
    """Return what may stand in for some of `query`'s words: a departure or an arrival told
    for "left", "joined"; a tenure and its length for the post of "how long was X CEO?"."""
    found = []
    if query.movement is not None:
        said = movement_words(query.movement)
        terms = _terms_of(query, said)
        if terms:
            found.append(StandIn(terms, partial(tells_movement, query.movement)))
    if query.measure == "length":
        terms = _terms_of(query, post_words(query.words))
        if terms:
            found.append(StandIn(terms, tells_tenure))
    return found


def _terms_of(query: Query, words: frozenset[str]) -> frozenset[str]:
    return frozenset(
        term for word, term in zip(query.words, query.stems, strict=True) if word in words
    )


# The words releases tell how long someone held a post in.
_TENURE_WORDS = ("tenure", "served", "term")


def with_tenure_words(
    query: Query, term: Callable[[str], str], knows: Callable[[str], bool]
) -> Query:
    """Return `query` of "how long was X CEO?" with the corpus's words for a tenure
    (`_TENURE_WORDS`, as terms by `term`, those `knows` knows) searched beside the post's
    words, any one of them answering for the post (`Query.alternatives`); other queries as
    they are."""
    if query.measure != "length":
        return query
    posts = post_words(query.words)
    post = tuple(t for w, t in zip(query.words, query.stems, strict=True) if w in posts)
    if not post or not set(post) <= set(query.terms):
        return query
    added = tuple(
        term(word) for word in _TENURE_WORDS if knows(word) and term(word) not in query.terms
    )
    if not added:
        return query
    tenure = tuple((t,) for t in added)
    groups = list(query.alternatives)
    # A post already searched in two forms ("CEO", "Chief Executive Officer") gains the
    # tenure words as further forms.
    joined = next((i for i, g in enumerate(groups) if any(set(a) & set(post) for a in g)), None)
    if joined is None:
        groups.append((post, *tenure))
    else:
        groups[joined] = (*groups[joined], *tenure)
    return query._replace(terms=query.terms + added, alternatives=tuple(groups))
