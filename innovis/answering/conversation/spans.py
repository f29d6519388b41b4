"""Which sentences a reply quotes: the best hits, each widened into a span of sentences that
reads on its own.

A hit is one sentence, and a sentence does not always stand alone: "This will further promote…"
leans on the one before it, a speech runs over several sentences (`speeches.py`), and "Wong will
be replacing Albert Wong" does not say which Wong. `best_of` chooses the hits to quote,
`spans_of` widens each into the sentences it needs, and `introduced` puts first the sentence
that names in full the person a span calls by surname alone.
"""

from __future__ import annotations

from ..question.named import asks_of, introduces, is_surname, opening_name
from ..ranking.retrieval import Hit, Retriever
from ..ranking.speeches import whole_speeches
from .replies import needs_lead_in

# A runner-up is quoted too when its score is this close to the best: a visitor's words
# seldom tell two sentences apart this finely (on the real-page questions, quoting it from the
# same release as well as from another handled 2-4% more of each set right).
CLOSE_SCORE = 0.85


def best_of(hits: list[Hit]) -> list[Hit]:
    """Return the best hit, and the runner-up when its score is close (`CLOSE_SCORE`)."""
    best = hits[0]
    if len(hits) > 1 and hits[1].score >= CLOSE_SCORE * best.score:
        return [best, hits[1]]
    return [best]


def spans_of(
    retriever: Retriever, chosen: list[Hit], covered: frozenset[int]
) -> list[tuple[int, Hit]]:
    """Return (first sentence, hit) for each chosen hit: a sentence that leans on the one
    before it starts there, unless that one is quoted already. No two spans overlap, and
    none repeats a sentence in `covered`: a hit inside an earlier span is dropped, and one
    whose lead-in ends the span before it joins that span. A span takes in the rest of a
    speech it quotes in part (`whole_speeches`)."""
    spans: list[tuple[int, Hit]] = []
    taken = set(covered)
    for hit in chosen:
        if hit.sentence in taken:
            continue
        first = hit.sentence
        lead = retriever.previous_sentence(hit.sentence)
        if lead is not None and needs_lead_in(retriever.text(hit.sentence)):
            joined = next((i for i, (_, h) in enumerate(spans) if h.sentence == lead), None)
            if joined is not None:
                # The sentence it leans on is the end of a span already quoted: extend that
                # span rather than quote the sentence twice.
                spans[joined] = (spans[joined][0], hit._replace(score=spans[joined][1].score))
                taken.add(hit.sentence)
                continue
            if lead not in taken:
                first = lead
        spans.append((first, hit))
        taken.update(range(first, hit.sentence + 1))
    return whole_speeches(retriever, spans, covered)


def introduced(
    retriever: Retriever,
    question: str,
    spans: list[tuple[int, Hit]],
    covered: frozenset[int],
) -> list[tuple[int, Hit]]:
    """Return `spans` with the sentence of its release that names in full the person the
    first span opens with by surname alone ("Wong will be replacing Albert Wong on August
    1") quoted before it ("... has appointed Terry Wong Ping-sau as CEO"), when not quoted
    already and `question` does not name that person: the surname alone does not tell
    who."""
    if not spans:
        return spans
    first, hit = spans[0]
    surname = opening_name(retriever.text(first))
    lead = retriever.lead(retriever.document_of(hit))
    if surname is None or lead is None:
        return spans
    taken = covered.union(s for f, h in spans for s in range(f, h.sentence + 1))
    document = retriever.document_of(hit)
    for sentence in range(lead.sentence, first):
        given = introduces(retriever.text(sentence), surname)
        if given is None:
            continue
        release = retriever.documents.text(document)
        if (
            not is_surname(surname)
            or sentence in taken
            or asks_of(question, surname, given, release)
        ):
            return spans
        if retriever.previous_sentence(first) == sentence:
            return [(sentence, hit), *spans[1:]]
        return [(sentence, Hit(sentence, hit.score)), *spans]
    return spans
