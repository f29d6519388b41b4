"""Which of a question's words are asked of the answer.

A question's words help find the sentences that answer it, but not all are asked of them:
those that only frame it ("came", "number", a light verb before its noun: "gave the keynote")
are not (`without_framing_terms`). What a "who" question asks was done (`doing_terms`) and
what the things a "how many" question counts did (`counted_doing`) are asked of an answer
apart (`cuts.py`).
"""

from __future__ import annotations

from collections.abc import Callable

from ...text.lemmas import base_form
from ..question.query import Query
from ..words.specific import frames_only, inflections, is_framing, is_loose, presence_words

# Verbs of giving (Levin, English Verb Classes and Alternations, 1993: 13.1 "give" verbs,
# 13.3 verbs of future having) and of putting (9.1 "put" verbs, and those of putting in a
# direction, 9.3, of which money is "poured" or "ploughed" into a thing): asked how much,
# they only say the sum went to someone or into something, which a release tells in a noun
# or a verb of its own ("an injection of KB$40 million", "will invest KB$25 million").
_GIVING = frozenset(
    """
    give gives gave given giving grant grants granted granting allocate allocates allocated
    allocating provide provides provided providing put puts putting pour pours poured pouring
    plough ploughs ploughed ploughing plow plows plowed plowing
    """.split()
)
# Light verbs (Jespersen, A Modern English Grammar VI, 1942; Grimshaw and Mester, "Light
# Verbs and Theta-Marking", 1988): in "who gave the keynote?", "who made the announcement?"
# the noun names the deed and the verb only supports it, which a release says with a
# support verb of its own ("delivered the keynote speech").
_LIGHT_VERBS = frozenset({"give", "take", "make", "have", "do"})


def doing_terms(
    query: Query, term: Callable[[str], str], knows: Callable[[str], bool]
) -> frozenset[str] | None:
    """Return the terms that tell the doing a "who" question asks of (its verb's, and those of
    the words releases use for it), or None when it asks none, or one judged elsewhere (a
    handover, a departure), a light verb ("gave" of "who gave the keynote?"), a verb of
    presence ("who attended?"), one as common as "get", or one the corpus never writes (which
    counts against every answer already: `specific.unknown_weight`)."""
    verb = query.doing
    if verb is None or query.succession or query.movement is not None or is_loose(verb):
        return None
    if _is_light(verb):
        return None  # the deed is its noun's, which the release names
    if presence_words((verb,)):
        return None  # being there, told by naming those there ("honoured to host Dr Wexford")
    own = term(verb)
    if own not in query.terms or not knows(own):
        return None  # framing, left out of the search, or never written
    return query.with_alternatives((own,))


def _is_light(word: str) -> bool:
    """Return whether `word` is a form of a light verb (`_LIGHT_VERBS`)."""
    return base_form(word) in _LIGHT_VERBS or any(word in inflections(v) for v in _LIGHT_VERBS)


def counted_doing(
    query: Query, term: Callable[[str], str], knows: Callable[[str], bool]
) -> frozenset[str] | None:
    """Return the terms that tell what the things a "how many" question counts did ("moved"
    of "how many institutes moved in?": its own, and those of the words releases use for it),
    or None when it tells no deed in the active past right after what it counts
    (`Query.deed`), or one that only frames the question ("came", "attended") or that the
    corpus never writes."""
    verb = query.deed
    if verb is None or not (verb.endswith("ed") or base_form(verb) != verb):
        return None
    if is_framing(verb) or verb in presence_words(query.words) or is_loose(verb):
        return None
    own = term(verb)
    if own not in query.terms or not knows(own):
        return None
    return query.with_alternatives((own,))


def without_framing_terms(query: Query) -> Query:
    """Return `query` without the terms of the words that only frame it ("came", "get",
    "number", a light verb before its noun: "gave the keynote", in a count the verbs that
    tell presence: "attended", "take part", and in a sum those of giving or putting: "give",
    "put into") that the corpus uses, when it has other terms: they help find a sentence,
    but one that lacks them ("3,000 visitors" for "how many people came") answers as well."""
    framing = {
        term for word, term in zip(query.words, query.stems, strict=True) if frames_only(word)
    }
    # A light verb before the noun that names the deed ("gave the keynote") only supports
    # it: the release says it with a support verb of its own ("delivered the keynote").
    words = query.words
    framing.update(query.stems[at] for at in range(len(words) - 1) if _is_light(words[at]))
    if query.sort is not None:
        # "What kind of entity manages the fund?" is told by "a statutory body": an answer
        # gives one of the category, seldom its name.
        framing.add(query.sort)
    if query.counted is not None or query.wanted in ("number", "who"):
        # "How many attended?" counts those present: "drawing 8,500 visitors" answers it, as
        # it tells a summit's "attendance"; "who attended?" names them, as a host's guests
        # ("was honoured to host Dr Wexford") as well.
        present = presence_words(query.words)
        framing.update(
            t for word, t in zip(query.words, query.stems, strict=True) if word in present
        )
    if query.measure in ("money", "currency"):
        # "How much did the budget give to the fund?" asks the sum given: "the KB$40 million
        # injection into the fund" answers it.
        framing.update(
            t for word, t in zip(query.words, query.stems, strict=True) if word in _GIVING
        )
    kept = tuple(term for term in query.terms if term not in framing)
    return query.keeping(kept) if framing and kept else query
