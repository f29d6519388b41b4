"""The sentences of a release that answer beyond the hits found: someone's earlier career, or a
time, told in a sentence that shares little or nothing with the question's words.
"""

from __future__ import annotations

from collections.abc import Callable

from ..kinds.succession import tells_background
from ..kinds.times import tells_time
from ..question.query import Query
from .retrieval import Hit, Retriever


def career_sentences(retriever: Retriever, document: int, hits: list[Hit]) -> list[Hit]:
    """Return the sentences of `document` that tell someone's earlier career and are not among
    `hits`: "Most recently, he led ..." shares no word with "what did Mr Wong do before
    joining?", yet the release that names him answers it there."""
    return sentences_telling(
        retriever, document, hits, lambda sentence: tells_background(retriever.text(sentence))
    )


def timed_sentences(
    retriever: Retriever, query: Query, document: int, hits: list[Hit]
) -> list[Hit]:
    """Return the sentences of `document` that tell a time (`times.tells_time`) and hold a term
    of `query`, and are not among `hits`: the time a "when" question asks of what the release
    is about may be told in a sentence that shares only a name with it."""

    def tells(sentence: int) -> bool:
        hit = Hit(sentence, 0.0)
        return tells_time(retriever.text(sentence)) and any(
            retriever.says(hit, term) for term in query.terms
        )

    return sentences_telling(retriever, document, hits, tells)


def sentences_telling(
    retriever: Retriever, document: int, hits: list[Hit], tells: Callable[[int], bool]
) -> list[Hit]:
    """Return the sentences of `document`, from its lead on, that are not among `hits` and of
    whose numbers `tells` holds."""
    lead, held = retriever.lead(document), {hit.sentence for hit in hits}
    if lead is None:
        return []
    found = []
    sentence = lead.sentence
    while sentence < retriever.n_sentences:
        if retriever.document_of(Hit(sentence, 0.0)) != document:
            break
        if sentence not in held and tells(sentence):
            found.append(Hit(sentence, 0.0))
        sentence += 1
    return found
