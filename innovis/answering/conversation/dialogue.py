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
0. A word the corpus never uses counts the more against it, the rarer it is in English
(`specific.unknown_weight`); `judging.py` weighs what that share cannot see (a sentence far
from what the question asks for, or one that tells the answer in other words). The threshold
was calibrated with `innovis eval` on the bundled and press-room questions
(scripts/README.md).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from functools import cached_property

from ...models import Passage, Reply
from ...reading.dates import format_date
from ...text.analysis import content_words
from ..kinds.conditions import asks_consequence
from ..kinds.cues import asks_amount
from ..kinds.definitions import asked_words, expansion_asked
from ..kinds.periods import TimeFrame, month_name, names_month, names_only
from ..kinds.succession import predecessor_of
from ..kinds.times import asks_both_ends
from ..question.query import Query, question_word_mended
from ..ranking.judging import Judge
from ..ranking.ordering import (
    amounts_first,
    background_first,
    beyond_lead,
    by_date,
    completed,
    conditions_first,
    dates_first,
    introduced_first,
    kinds_first,
    measures_first,
    named_first,
    persons_first,
    sited_first,
    spans_first,
    totals_of,
    within_first,
)
from ..ranking.questions import UNKNOWN_SHOWN, QuestionReader
from ..ranking.release_sentences import career_sentences, timed_sentences
from ..ranking.retrieval import Hit, Retriever
from ..ranking.timeline import Timeline, listing_text, no_period_text
from .followups import reframe
from .intents import Intent, classify
from .replies import (
    ACKNOWLEDGED,
    CONTEXT_OPENING,
    FAREWELL,
    GREETING,
    MORE_FIRST,
    NO_MORE,
    NOTHING_AROUND,
    QUOTE_FIRST,
    THANKS,
    Catalogue,
    Quote,
    answer_text,
    did_you_mean,
    empty_question_text,
    fallback_text,
    help_text,
    source_text,
    suggestions_text,
    when_text,
)
from .spans import best_of, introduced, spans_of
from .state import Span, Turn

FALLBACK_THRESHOLD = 0.4
_CANDIDATES = 10
_DATED_CANDIDATES = 40
# A word more than this share of the releases use names the archive's own organisation or
# place ("HKSTP", "Science Park"): a question of such words and a period asks for its news.
_EVERYWHERE = 0.75


class Dialogue:
    """Replies to messages about one corpus. Holds no per-conversation state."""

    def __init__(
        self,
        retriever: Retriever,
        threshold: float = FALLBACK_THRESHOLD,
        today: Callable[[], datetime.date] | None = None,
    ) -> None:
        """`today` tells the date that "last year" and "now" are read against (the system
        clock's by default)."""
        self._retriever = retriever
        self.threshold = threshold
        self.today = today or datetime.date.today
        self._questions = QuestionReader(retriever)

    @property
    def retriever(self) -> Retriever:
        """Return the retriever this dialogue answers from."""
        return self._retriever

    @cached_property
    def timeline(self) -> Timeline:
        """Return the dates of the corpus's releases."""
        return Timeline(self._retriever.documents.infos)

    def _read(self, question: str) -> tuple[TimeFrame, Query]:
        """Return what a question says about time, and the query of the rest of it
        (`QuestionReader.read`): a year is read as a time only when the releases are dated."""
        return self._questions.read(question, self.today() if self.timeline.dated else None)

    @cached_property
    def catalogue(self) -> Catalogue:
        """Return what the corpus covers (computed on first need)."""
        return Catalogue.of(self._retriever.documents.infos, self._retriever.topics)

    def respond(
        self, text: str, last: Turn | None = None, k: int | None = None
    ) -> tuple[Reply, Turn | None]:
        """Return the reply to `text` and what to remember for the next message.

        `last` is what was remembered of the one before. `k` caps the passages quoted; None
        lets INNOVIS choose (the best, and a close runner-up from another release).
        """
        intent = classify(text, lambda rest: bool(content_words(rest)))
        reply, turn = self._reply(intent, text, last, k)
        opening = ("Hi! " if intent.greeted else "") + (
            "You're welcome! " if intent.thanked and intent.kind != "thanks" else ""
        )
        if opening and reply.kind in ("answer", "source"):
            reply = reply._replace(text=opening + reply.text)
        return reply, turn

    def _reply(
        self, intent: Intent, text: str, last: Turn | None, k: int | None
    ) -> tuple[Reply, Turn | None]:
        """Return the reply to a message of known intent, and what to remember."""
        kind = intent.kind
        if kind == "greeting":
            return Reply("greeting", GREETING), last
        if kind == "thanks":
            return Reply("thanks", THANKS), last
        if kind == "acknowledgement":
            return Reply("acknowledgement", ACKNOWLEDGED), last
        if kind == "farewell":
            return Reply("farewell", FAREWELL), None
        if kind == "help":
            return Reply("help", help_text(self.catalogue)), last
        if kind == "more":
            if last is None:
                return Reply("help", MORE_FIRST), None
            if last.fell_back:
                return Reply("help", suggestions_text(self.catalogue)), last
            return self._answer(last, k)
        if kind in ("when", "source", "context"):
            if last is None or not last.last:
                return Reply("help", QUOTE_FIRST), last
            if kind == "context":
                return self._context(last)
            # One line a release, however many of its sentences were quoted.
            releases: dict[str, Passage] = {}
            for span in last.last:
                passage = self._passage(span)
                releases.setdefault(passage.doc_id, passage)
            passages = tuple(releases.values())
            quotes = [self._quote(p) for p in passages]
            said = when_text(quotes) if kind == "when" else source_text(quotes)
            return Reply("source", said, passages), last
        question = self._questions.rewritten(intent.question)
        if intent.subject is not None and last is not None:
            question = reframe(last.question, intent.subject)
        elif defined := self._definition(question):
            return defined
        elif (short := expansion_asked(question)) is not None:
            # "What does MARS stand for?" is answered only by the sentence that spells it out.
            sentence = self._retriever.defining_sentence((short,))
            if sentence is None:
                # A short form is asked for as written on a page: "MARS", not "mars".
                text = fallback_text(self.catalogue, unexpanded=short.upper())
                return Reply("fallback", text, (), 0.0), Turn(question, fell_back=True)
            return self._defined(sentence, question)
        frame, query = self._read(question)
        if self.timeline.dated and (frame.listing or self._news_of(frame, query)):
            return self._listing(frame), None
        if not query.terms:
            return Reply("fallback", empty_question_text(self.catalogue), confidence=0.0), None
        # Of an alternative question, `read` left the first guess only (`choices.py`).
        if unknown := self._questions.specific_unknowns(frame.rest or question, query, text):
            # The question names something the archive never mentions: whatever its common
            # words match, no sentence is about it.
            text = fallback_text(self.catalogue, unknown[:UNKNOWN_SHOWN])
            return Reply("fallback", text, (), 0.0), Turn(question, fell_back=True)
        reply, turn = self._answer(Turn(question), k, (frame, query))
        # The question as it was meant, its question word too ("Whta is ...": "What is ...").
        mended = question_word_mended(text.strip(), self._retriever.reader.uses)
        suggestion = query.corrected(mended)
        if reply.kind == "answer" and suggestion:
            reply = reply._replace(
                text=f"{did_you_mean(suggestion)} {reply.text}", suggestion=suggestion
            )
        return reply, turn

    def _answer(
        self, turn: Turn, k: int | None, read: tuple[TimeFrame, Query] | None = None
    ) -> tuple[Reply, Turn | None]:
        """Return the answer to a question past the passages it has shown, or a fallback;
        `read` is what `_read` made of the question, when it was already read."""
        retriever, skip, covered = self._retriever, turn.shown, turn.covered
        frame, query = read or self._read(turn.question)
        wanted = k or 2
        count = skip + max(wanted, _CANDIDATES) + len(covered)
        documents, hits, confidence_of = self._ranked(query, frame, count)
        if asks_amount(turn.question):
            hits, confidence_of = amounts_first(
                retriever, query, hits, confidence_of, self.threshold
            )
        elif query.wanted == "when":
            hits, confidence_of = dates_first(retriever, hits, confidence_of)
            if asks_both_ends(turn.question):
                hits = spans_first(retriever, hits, confidence_of, self.threshold)
        elif query.measure:
            hits = measures_first(retriever, hits, confidence_of, query, self.threshold)
            if query.measure == "date" and asks_both_ends(turn.question):
                hits = spans_first(retriever, hits, confidence_of, self.threshold)
        elif query.place:
            hits = sited_first(retriever, query, hits, confidence_of, self.threshold)
        elif query.wanted == "who" and not frame.order:
            hits = persons_first(retriever, hits, confidence_of, self.threshold)
        elif query.background:
            hits = background_first(retriever, hits, confidence_of, self.threshold)
        else:
            hits = kinds_first(retriever, query, hits, confidence_of, self.threshold)
            hits = named_first(retriever, query, hits, confidence_of, self.threshold)
            if query.description and not frame.order:
                hits = introduced_first(retriever, hits, confidence_of, self.threshold)
            hits = beyond_lead(retriever, query, hits, confidence_of, self.threshold)
            if asks_consequence(turn.question):
                hits = conditions_first(retriever, hits, confidence_of, self.threshold)
        confident = [h for h in hits if confidence_of[h] >= self.threshold]
        fresh = [h for h in confident[skip:] if h.sentence not in covered]
        if not fresh:
            if turn.quoted:
                return Reply("fallback", NO_MORE, (), 0.0), turn
            best = confidence_of[hits[0]] if hits else 0.0
            if documents is not None:
                text = no_period_text(frame, self.catalogue.describe, bool(documents))
            else:
                text = fallback_text(
                    self.catalogue,
                    self._questions.unknown_words(frame.rest or turn.question, query),
                )
            return Reply("fallback", text, (), best), turn._replace(fell_back=True)
        chosen = fresh[:wanted] if k else best_of(fresh)
        spans = completed(retriever, spans_of(retriever, chosen, covered), query, covered)
        spans = introduced(retriever, turn.question, spans, covered)
        quoted = turn.quoted + tuple((first, hit.sentence) for first, hit in spans)
        now = turn._replace(shown=confident.index(chosen[-1]) + 1, quoted=quoted, last=())
        now = now._replace(last=quoted[len(turn.quoted) :])
        more = any(h.sentence not in now.covered for h in confident[now.shown :])
        passages = tuple(retriever.passage(hit, first) for first, hit in spans)
        text = answer_text([self._quote(p) for p in passages], more=more)
        confidence = confidence_of[chosen[0]]
        return Reply("answer", text, passages, confidence), now._replace(confidence=confidence)

    def _ranked(
        self, query: Query, frame: TimeFrame, count: int
    ) -> tuple[frozenset[int] | None, list[Hit], dict[Hit, float]]:
        """Return the documents the question keeps to (None: all), its best `count` hits there
        and the confidence of each. The hit of the newest (or oldest) release among the
        confident ones that answer nearly as well as the best comes first, when the question
        asks for it."""
        retriever, timeline = self._retriever, self.timeline
        documents = timeline.within(frame)
        named_year = frame.year
        if named_year is not None and documents is not None:
            # A year keeps to releases of that year and to those of others that name it: a
            # later release tells what was so then ("from around 600 in 2018 to 1,800
            # today"), or speaks of a thing the year names ("in my 2016 Policy Address").
            documents = documents | retriever.releases_with(str(named_year))
        named_month = frame.month
        if named_month is not None and documents is not None:
            # A month keeps to its releases and to those that name it: a release tells ahead
            # what takes effect then ("appointed ... for two years from July 1, 2013").
            year, month = named_month
            naming = retriever.releases_with(str(year)) & retriever.releases_with(month_name(month))
            documents = documents | naming
        if (frame.order and timeline.dated) or query.measure:
            # A newer release that answers as well may rank below older ones that say more;
            # a sentence that gives the measure asked for, below ones that repeat the question.
            count = max(count, _DATED_CANDIDATES)
        before = predecessor_of(frame.rest) if query.succession else []
        judge = Judge(retriever, query, self.threshold, before, frame.year if frame.named else None)
        if judge.kept(None) is not None:
            # The releases that name what is asked about repeat the name in many sentences,
            # which outrank the one that tells what is asked of it in other words.
            count = max(count, _DATED_CANDIDATES)
        hits = retriever.hits(query, count, judge.kept(documents))
        if query.background and hits:
            hits = hits + career_sentences(retriever, retriever.document_of(hits[0]), hits)
        elif query.wanted == "when" and hits:
            # "When does Terry Wong start?" is told by "Wong will be replacing Albert Wong on
            # August 1", below a lead that names him but no time, with too few of the words.
            hits = hits + timed_sentences(retriever, query, retriever.document_of(hits[0]), hits)
        if frame.order and query.counted is not None:
            # "How many companies are in the park now?" is told by the newest "the number of
            # companies has grown ... to 1,800", which may share too few of the question's
            # words to rank among the best: every such count is a candidate.
            hits = hits + totals_of(retriever, query, frame.order, hits, judge.kept(documents))
        if named_year is not None:
            # Another year's release answers only in a sentence that names that year and no
            # other (not "Summit 2018 drew twice the visitors of the 2016 summit"), as the
            # time of what it tells ("in 2018", not "a member since 2018") unless the year
            # names something.
            hits = [
                h
                for h in hits
                if frame.holds(retriever.passage(h).date)
                or names_only(retriever.text(h.sentence), named_year, as_time=not frame.named)
            ]
        if named_month is not None:
            hits = [
                h
                for h in hits
                if frame.holds(retriever.passage(h).date)
                or names_month(retriever.text(h.sentence), *named_month)
            ]
        confidence_of = judge.confidences(hits)
        confident = [h for h in hits if confidence_of[h] >= self.threshold]
        if not confident and frame.as_of and frame.end is not None:
            # Nothing from the period says it, but the last release before its end tells how
            # things stood then ("who was chairman in 2019?").
            documents = timeline.up_to(frame.end)
            hits = retriever.hits(query, count, judge.kept(documents))
            confidence_of = judge.confidences(hits)
            confident = [h for h in hits if confidence_of[h] >= self.threshold]
        if frame.order and timeline.dated and len(confident) > 1:
            hits = by_date(retriever, query, frame.order, confident, confidence_of, hits)
        elif frame.named and timeline.dated:
            hits = within_first(retriever, frame, confident, confidence_of, hits)
        return documents, hits, confidence_of

    def _news_of(self, frame: TimeFrame, query: Query) -> bool:
        """Return whether a question asks what happened in a period, naming nothing but what
        most releases name ("what did HKSTP do in November 2021?", "science park 2015"): its
        releases of the period answer it, as a list."""
        if not frame.bounded or frame.named or not query.words or query.wanted or query.measure:
            return False
        retriever = self._retriever
        most = _EVERYWHERE * len(retriever.documents.infos)
        return all(len(retriever.releases_naming(word)) > most for word in query.words)

    def _listing(self, frame: TimeFrame) -> Reply:
        """Return the list of releases a question asks for ("what's new?", "news from 2024")."""
        timeline, retriever = self.timeline, self._retriever
        numbers = timeline.listed(frame)
        if not numbers:
            text = no_period_text(frame, self.catalogue.describe, any_release=False)
            return Reply("fallback", text, (), 0.0)
        leads = [retriever.lead(number) for number in numbers]
        passages = tuple(retriever.passage(hit) for hit in leads if hit is not None)
        text = listing_text(frame, [timeline.line(number) for number in numbers])
        return Reply("answer", text, passages, 1.0)

    def _definition(self, question: str) -> tuple[Reply, Turn] | None:
        """Return the answer quoting the sentence that defines what `question` asks about, when
        it asks what an acronym (or its long form) the corpus defines stands for."""
        asked = asked_words(question)
        sentence = None if asked is None else self._retriever.defining_sentence(asked)
        return None if sentence is None else self._defined(sentence, question)

    def _defined(self, sentence: int, question: str) -> tuple[Reply, Turn]:
        """Return the answer quoting `sentence`, which defines what `question` asks about."""
        hit = Hit(sentence, 1.0)
        spans = spans_of(self._retriever, [hit], frozenset())
        passages = tuple(self._retriever.passage(h, first) for first, h in spans)
        quoted = tuple((first, h.sentence) for first, h in spans)
        text = answer_text([self._quote(p) for p in passages])
        return Reply("answer", text, passages, 1.0), Turn(question, 0, quoted, quoted)

    def _context(self, turn: Turn) -> tuple[Reply, Turn]:
        """Return the sentences around the passage last quoted, as one passage."""
        first, last = turn.last[0]
        wider = self._retriever.around(first, last)
        if wider == (first, last):
            return Reply("fallback", NOTHING_AROUND, (), 0.0), turn
        passage = self._passage(wider)
        text = answer_text([self._quote(passage)], opening=CONTEXT_OPENING)
        now = turn._replace(quoted=(*turn.quoted, wider), last=(wider,))
        # As sure as the answer it widens: the sentences around it answer no more surely.
        return Reply("answer", text, (passage,), turn.confidence), now

    def _passage(self, span: Span) -> Passage:
        return self._retriever.passage(Hit(span[1], 0.0), span[0])

    @staticmethod
    def _quote(passage: Passage) -> Quote:
        date_text = format_date(passage.date) if passage.date else None
        return Quote(passage.text, passage.title, date_text, passage.url)
