"""One turn of conversation: small talk gets its reply, a question gets quoted sentences or an
honest "I don't know" with suggestions.

When to answer: a reply quotes a sentence only when its confidence reaches the fallback
threshold (`FALLBACK_THRESHOLD` unless the Assistant is given another). Confidence is not a raw
BM25 score, whose scale grows with the corpus and the question's length, but the sentence and
paragraph score as a fraction of the score the question could reach: that of a sentence of
average length, in a paragraph of average length, holding each of the question's terms once,
where a term the corpus never uses counts with the highest IDF there is
(`Retriever.ideal_score`). A sentence that holds all the question's words scores about 1; one
that matches only its common words, or a question made of words the corpus lacks, scores near
0. The threshold was calibrated with `innovis eval` on tests/data/bundled_questions.jsonl
(see the README).
"""

from __future__ import annotations

from functools import cached_property
from typing import NamedTuple

from ..models import Passage, Reply
from ..reading.dates import format_date
from ..text.analysis import content_words
from .intents import classify
from .query import Query
from .replies import (
    FAREWELL,
    GREETING,
    MORE_FIRST,
    NO_MORE,
    THANKS,
    Catalogue,
    Quote,
    answer_text,
    empty_question_text,
    fallback_text,
    help_text,
    needs_lead_in,
)
from .retrieval import Hit, Retriever

FALLBACK_THRESHOLD = 0.4
# A runner-up from another release is quoted too when its score is this close to the best.
CLOSE_SCORE = 0.85
_CANDIDATES = 10
_UNKNOWN_SHOWN = 3


class Turn(NamedTuple):
    """What a conversation remembers of its last question: how many of its ranked hits it has
    gone past, and the sentences it has quoted."""

    query: Query
    shown: int
    covered: frozenset[int] = frozenset()


class Dialogue:
    """Replies to messages about one corpus. Holds no per-conversation state."""

    def __init__(self, retriever: Retriever, threshold: float = FALLBACK_THRESHOLD) -> None:
        self._retriever = retriever
        self.threshold = threshold

    @cached_property
    def catalogue(self) -> Catalogue:
        """Return what the corpus covers (computed on first need)."""
        return Catalogue.of(self._retriever.documents.infos, self._retriever.topics)

    def respond(
        self, text: str, last: Turn | None = None, k: int | None = None
    ) -> tuple[Reply, Turn | None]:
        """Return the reply to `text` and what to remember for a following "more".

        `k` caps the passages quoted; None lets INNOVIS choose (the best, and a close runner-up
        from another release).
        """
        intent = classify(text, lambda rest: bool(content_words(rest)))
        if intent.kind == "greeting":
            return Reply("greeting", GREETING), last
        if intent.kind == "thanks":
            return Reply("thanks", THANKS), last
        if intent.kind == "farewell":
            return Reply("farewell", FAREWELL), None
        if intent.kind == "help":
            return Reply("help", help_text(self.catalogue)), last
        if intent.kind == "more":
            if last is None:
                return Reply("help", MORE_FIRST), None
            return self._answer(last, k)
        query = self._retriever.read(intent.question)
        if not query.terms:
            return Reply("fallback", empty_question_text(self.catalogue), confidence=0.0), None
        reply, turn = self._answer(Turn(query, 0), k, intent.question, intent.greeted)
        suggestion = query.corrected(text.strip())
        if reply.kind == "answer" and suggestion:
            text = f"Did you mean “{suggestion}”? " + reply.text
            reply = reply._replace(text=text, suggestion=suggestion)
        return reply, turn

    def _answer(
        self, turn: Turn, k: int | None, question: str = "", greeted: bool = False
    ) -> tuple[Reply, Turn | None]:
        """Return the answer to a question past the passages it has shown, or a fallback."""
        retriever, query, skip = self._retriever, turn.query, turn.shown
        wanted = k or 2
        hits = retriever.hits(query, skip + max(wanted, _CANDIDATES) + len(turn.covered))
        confidence_of = dict(zip(hits, retriever.confidences(hits, query), strict=True))
        confident = [h for h in hits if confidence_of[h] >= self.threshold]
        fresh = [h for h in confident[skip:] if h.sentence not in turn.covered]
        if not fresh:
            if skip:
                return Reply("fallback", NO_MORE, (), 0.0), turn
            best = confidence_of[hits[0]] if hits else 0.0
            text = fallback_text(self.catalogue, self._unknown_words(question, query))
            return Reply("fallback", text, (), best), None
        chosen = fresh[:wanted] if k else self._best(fresh)
        spans = self._spans(chosen, turn.covered)
        covered = turn.covered.union(
            s for span in spans for s in range(span[0], span[1].sentence + 1)
        )
        shown = confident.index(chosen[-1]) + 1
        more = any(h.sentence not in covered for h in confident[shown:])
        passages = tuple(retriever.passage(hit, first) for first, hit in spans)
        text = answer_text([self._quote(p) for p in passages], greeted, more=more)
        return Reply("answer", text, passages, confidence_of[chosen[0]]), Turn(
            query, shown, frozenset(covered)
        )

    def _spans(self, chosen: list[Hit], covered: frozenset[int]) -> list[tuple[int, Hit]]:
        """Return (first sentence, hit) for each chosen hit: a sentence that leans on the one
        before it starts there, unless that one is quoted already. No two spans overlap, and
        none repeats a sentence in `covered`: a hit inside an earlier span is dropped, and one
        whose lead-in ends the span before it joins that span."""
        spans: list[tuple[int, Hit]] = []
        taken = set(covered)
        for hit in chosen:
            if hit.sentence in taken:
                continue
            first = hit.sentence
            lead = self._retriever.previous_sentence(hit.sentence)
            if lead is not None and needs_lead_in(self._retriever.text(hit.sentence)):
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
        return spans

    def _best(self, hits: list[Hit]) -> list[Hit]:
        """Return the best hit, and the runner-up when it is close and from another release."""
        best = hits[0]
        if len(hits) > 1:
            runner_up = hits[1]
            other = (
                self._retriever.passage(runner_up).doc_id != self._retriever.passage(best).doc_id
            )
            if other and runner_up.score >= CLOSE_SCORE * best.score:
                return [best, runner_up]
        return [best]

    @staticmethod
    def _quote(passage: Passage) -> Quote:
        date_text = format_date(passage.date) if passage.date else None
        return Quote(passage.text, passage.title, date_text, passage.url)

    def _unknown_words(self, question: str, query: Query) -> list[str]:
        """Return the first few words of a question that the corpus never uses."""
        mended = {typed for typed, _ in query.corrections}
        unknown: list[str] = []
        for word in content_words(question):
            if word not in mended and word not in unknown and not self._retriever.knows_word(word):
                unknown.append(word)
        return unknown[:_UNKNOWN_SHOWN]
