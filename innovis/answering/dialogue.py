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
import re
from collections.abc import Callable
from functools import cached_property
from itertools import pairwise

from ..models import Passage, Reply
from ..reading.dates import format_date
from ..text.analysis import content_words, is_stopword
from ..text.lemmas import irregular_forms
from ..text.patterns import Pattern
from .abbreviations import both_forms, expands, long_form, spelled_out, unchatted
from .clipped import initials_of, unclipped
from .cues import answer_type, asks_amount
from .definitions import asked_words, expansion_asked
from .focus import focus, keyword_focus
from .followups import reframe
from .intents import Intent, classify
from .joined import written_apart, written_as_one
from .judging import Judge, career_sentences, timed_sentences
from .measures import asked_measure, without_unit_words
from .named import asks_of, introduces, is_surname, opening_name, written_names
from .ordering import (
    amounts_first,
    background_first,
    beyond_lead,
    by_date,
    completed,
    dates_first,
    kinds_first,
    measures_first,
    persons_first,
    sited_first,
    totals_of,
    within_first,
)
from .periods import TimeFrame, month_name, names_month, names_only, read_time
from .phrases import unwritten_names, writes_together
from .places import asks_place
from .query import Query, question_word_mended
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
    empty_question_text,
    fallback_text,
    help_text,
    needs_lead_in,
    source_text,
    suggestions_text,
    when_text,
)
from .retrieval import Hit, Retriever
from .specific import (
    asks_unwritten,
    capitalised,
    coined,
    inflections,
    is_framing,
    is_specific,
    presence_words,
    specific_unknowns,
    underived,
    unknown_weight,
    without_framing,
)
from .speeches import whole_speeches
from .standins import with_tenure_words
from .state import Span, Turn
from .succession import asks_origin, predecessor_of
from .targets import asks_target
from .timeline import Timeline, listing_text, no_period_text
from .wordings import is_reworded, reworded, written_as, written_forms

# A question that says when by an event: "who was chairman when Mr Leung toured the park?".
_EVENT = Pattern(
    r"^\W*(?:who|what|which|where|how)\b.*?\w\s+(?:when|while)\s+(?P<event>.*\w.*)$",
    needles="when|while",
)
# The category a question asks one of: "what kind of entity manages the fund?".
_SORT_OF = Pattern(r"\b(?:kinds?|types?|sorts?)\s+of\s+([^\W\d_][\w'-]*)", needles="of")
# A word that may clip a name ("LegCo") or be an acronym of one ("CCDO"): three to eight
# letters.
_CLIPPED = Pattern(r"(?<![\w&'’-])[^\W\d_]{3,8}(?![\w&'’-])")
# The fewest letters of each word a glued word is read as ("hk" is no word of its own).
_GLUED_PART = 3
# Where a visitor's glued word joins words: a hyphen, an underscore, an ampersand, or letters
# against digits ("summit2023").
_GLUE = Pattern(r"[-_&]|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
# A word long enough to be derived: a base of three letters or more and a suffix; a
# possessive after it is kept ("the greenery's walls").
_DERIVED = Pattern(r"(?<![\w&'’-])[a-z]{5,}(?=['’]s\b|(?![\w&'’-]))")
# The most distinct words of one question looked up as clipped names.
_UNCLIPPED = 8
FALLBACK_THRESHOLD = 0.4
# A stem this long is one word's root: a word the corpus lacks whose stem it writes is no name.
KIN_STEM = 8
# The fewest letters of the verb a "-ment" noun is made of ("announce" of "announcement"; not
# "com" of "comment").
_VERB_BASE = 4
# A runner-up is quoted too when its score is this close to the best: a visitor's words
# seldom tell two sentences apart this finely (on the real-page questions, quoting it from the
# same release as well as from another handled 2-4% more of each set right).
CLOSE_SCORE = 0.85
_CANDIDATES = 10
_DATED_CANDIDATES = 40
_UNKNOWN_SHOWN = 3
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

    @property
    def retriever(self) -> Retriever:
        """Return the retriever this dialogue answers from."""
        return self._retriever

    @cached_property
    def timeline(self) -> Timeline:
        """Return the dates of the corpus's releases."""
        return Timeline(self._retriever.documents.infos)

    def _read(self, question: str) -> tuple[TimeFrame, Query]:
        """Return what a question says about time, and the query of the rest of it."""
        if self.timeline.dated:
            frame = read_time(question, self.today(), self._names_with_year)
        else:
            # Releases without dates: a year in the question is only a word to search for.
            frame = TimeFrame(rest=question)
        knows = self._retriever.knows_word
        rest = frame.rest or question
        # Framing words are dropped only from a question that has something else to search;
        # so are the words that name the unit asked for ("phone number", "in square feet").
        searched = without_framing(without_unit_words(rest), knows)
        searched = searched if content_words(searched) else rest
        spelled, groups = reworded(spelled_out(searched, knows), knows)
        query = self._retriever.read(spelled)
        # An abbreviation and its long form ("CEO", "Chief Executive Officer"; "tech",
        # "technology"): a release that writes either names the thing.
        groups += both_forms(searched, knows)
        query = query._replace(alternatives=self._alternatives(groups, query))
        if query.wanted is None:
            # The framing words dropped may have said what kind of answer is wanted ("how tall").
            query = query._replace(wanted=answer_type(rest))
        # The unit the question names ("in square feet", taken out of what is searched) says
        # more than the adjective left ("how big").
        query = query._replace(measure=asked_measure(rest) or query.measure)
        if not query.place:
            # Nor "where" ("the fair's venue": "venue" is a framing word no release need write).
            query = query._replace(place=asks_place(rest))
        query = with_tenure_words(query, self._retriever.reader.term, knows)
        if not query.target:
            # "want to" only framed the question, and was taken out of what is searched.
            query = query._replace(target=asks_target(rest))
        if not query.origin:
            # "first", "originally" only said when, and were taken out of the rest.
            query = query._replace(origin=asks_origin(question))
        # The question's words the corpus never uses count against its answers the more, the
        # rarer they are in English (specific.unknown_weight).
        # Not the category a "what kind of N" question asks one of: an answer seldom names it.
        sort = _SORT_OF.search(rest)
        if sort is not None:
            query = query._replace(sort=self._retriever.reader.term(sort.group(1).lower()))
        extra = sum(
            unknown_weight(word) - 1.0
            for word, term in zip(query.words, query.stems, strict=True)
            if not knows(word) and term != query.sort
        )
        query = query._replace(unknown_weight=extra, asked=self._asked(rest, query))
        # A name of several capitalised words written as a release writes it (the long form a
        # visitor's acronym was read as, `_unclipped`) is one name, however common its words.
        query = query._replace(names=written_names(question, self._retriever.sentences_with))
        return frame, query._replace(event=self._event(rest, query))

    def _event(self, question: str, query: Query) -> tuple[str, ...]:
        """Return the terms of `query` that a clause of `question` saying when by an event
        holds ("when Mr Leung toured the park"), when the rest of the question has terms."""
        match = _EVENT.search(question)
        if match is None:
            return ()
        term = self._retriever.reader.term
        said = {term(word) for word in content_words(match.group("event"))}
        event = tuple(t for t in query.terms if t in said)
        return event if len(event) < len(query.terms) else ()

    def _names_with_year(self, year: str, word: str) -> bool:
        """Return whether a sentence of the corpus writes `year` right before `word`, as a name
        that a year is part of does ("the 2016 Policy Address")."""
        written = re.compile(rf"(?<![\w/]){year}\s+{re.escape(word)}(?![\w&'’-])", re.IGNORECASE)
        return any(written.search(text) for text in self._retriever.sentences_with(year))

    def _asked(self, question: str, query: Query) -> str | None:
        """Return the word `question` asks for, as the corpus writes it ("ceo" as "officer",
        "program" as `query` mended it, "programme"), or None when it does not tell or only
        frames the question ("name")."""
        found = focus(question)
        if found is None or not found.named or is_framing(found.word):
            # One of its kind ("what song …?") or a count ("how many …") answers what is
            # asked, without the word: only a word the answer names must be near it.
            return None
        asked, knows = found.word, self._retriever.knows_word
        asked = dict(query.corrections).get(asked, asked)
        if long := expands(asked, knows):
            asked = long.split()[-1]
        elif not self._retriever.writes(asked):
            # "What funding …?" is answered by what a release calls "investment".
            asked = written_as(asked, knows) or asked
        return asked

    def _alternatives(
        self, words: list[tuple[str, ...]], query: Query
    ) -> tuple[tuple[tuple[str, ...], ...], ...]:
        """Return the groups of alternative terms of a question whose visitor's words are
        searched beside the release's words for them (`wordings.reworded`'s groups), and of
        each acronym whose long form it spells out: "TLT" alone names the "Technology Leaders
        of Tomorrow" asked about."""
        reader = self._retriever.reader
        left = list(query.terms)
        candidates = [
            tuple(tuple(reader.term(w) for w in content_words(form)) for form in forms)
            for forms in words
        ]
        candidates += [((short,), long) for short, long in reader.spelled_out(query.stems)]
        groups = []
        for group in candidates:
            needed = [t for alternative in group for t in alternative]
            if all(needed.count(t) <= left.count(t) for t in needed):
                for t in needed:
                    left.remove(t)
                groups.append(group)
        return tuple(groups)

    def _specific_unknowns(self, question: str, query: Query, typed: str) -> list[str]:
        """Return the words of a question that name something the corpus never mentions;
        `typed` is the message as the visitor typed it, capitals and all."""
        mended = {word for word, _ in query.corrections} - coined(typed)
        capitals = capitalised(typed)
        retriever = self._retriever
        words = [
            word
            for word in content_words(without_unit_words(question))
            if word not in mended
            and not self._spelled_out(word)
            and not is_reworded(word, retriever.knows_word)
        ]
        unknown = specific_unknowns(words, self._writes_kin, capitals)
        found = focus(question)
        asked = None if found is None else found.word
        if found is None and query.wanted is None:
            # Keywords ("hkstp ceo salary") ask for the head of their noun phrase, unless
            # they ask a count or a time ("fair attendance"); one the corpus writes in a word
            # of its stem ("board appointments": "appointed") may be asked loosely.
            asked = keyword_focus(question)
            if asked is not None and retriever.knows(retriever.reader.term(asked)):
                asked = None
        if (
            asked is not None
            and asked not in unknown
            and asked not in mended
            and not expands(asked, retriever.knows_word)
            and not is_reworded(asked, retriever.knows_word)
            and asks_unwritten(asked, self._writes_kin)
        ):
            # What the question asks for ("salary", "parking"), which no release writes.
            unknown.insert(0, asked)
        # A name of common words the archive never writes together ("global acceleration
        # programme").
        for name in unwritten_names(question, self._together):
            if name not in unknown:
                unknown.append(name)
        return unknown

    def _spelled_out(self, word: str) -> bool:
        """Return whether the corpus writes a common abbreviation (`abbreviations.long_form`):
        itself, or its long form, each word beside the next ("initial public offering" is not
        written by a release that has "public" and "offering" apart)."""
        knows = self._retriever.knows_word
        long = expands(word, knows)
        if long is None:
            return False
        if self._retriever.writes(word):
            return True
        words = [w for w in long.split() if not is_stopword(w)]
        return all(self._together(first, second) for first, second in pairwise(words))

    def _writes_kin(self, word: str) -> bool:
        """Return whether the corpus writes a (normalised, content) word in one of its forms,
        or a word of the same long stem ("supercomputing" for "supercomputer",
        "micromanagement" for "micromanaging"): a stem of `KIN_STEM` letters or more is one
        root, where a short one joins other words ("product" of "productivity")."""
        retriever = self._retriever
        if retriever.writes(word) or any(map(retriever.writes, irregular_forms(word))):
            return True  # ("won" of "win")
        term = retriever.reader.term(word)
        if len(term) >= KIN_STEM and retriever.knows(term):
            return True
        # A nominalisation in "-ment" of a verb the corpus writes ("announcement" of
        # "announced", "appointment" of "appointed") names what the verb tells.
        verb = word.removesuffix("ments").removesuffix("ment")
        done = verb + ("d" if verb.endswith("e") else "ed")
        return verb != word and len(verb) >= _VERB_BASE and retriever.writes(done)

    def _unclipped(self, question: str) -> str:
        """Return `question` with each rare word the corpus never uses that clips a name it
        writes ("legco": "Legislative Council") read as that name (`clipped.py`)."""
        reader, retriever = self._retriever.reader, self._retriever
        tried: set[str] = set()

        def unclip(match: re.Match[str]) -> str:
            word = match.group(0).lower()
            if is_stopword(word) or any(map(reader.uses, inflections(word))):
                return match.group(0)
            if len(tried) >= _UNCLIPPED or not is_specific(word):
                # The English word list is looked up last (it takes ~40 ms to read); a
                # question never clips more than a few names, and each costs a search.
                return match.group(0)
            tried.add(word)
            name = unclipped(word, reader.corpus_words(), retriever.sentences_with)
            if name is None and long_form(word) is None:
                # (A common abbreviation is read as its own long form: abbreviations.py.)
                name = initials_of(word, reader.corpus_words(), retriever.sentences_with)
            return match.group(0) if name is None else name

        return _CLIPPED.sub(unclip, question)

    def _underived(self, question: str) -> str:
        """Return `question` with each word the corpus never uses that would make it fall back
        outright (rare in English, or the word it asks for) read as the word it is derived
        from, when the corpus uses that and it is commoner: "how much greenery …" as "how much
        green …". A visitor's ordinary word that a release says in its base's form is no name
        the archive lacks. Words typed with a capital are names, and are left as they are."""
        reader = self._retriever.reader
        found = focus(question)
        asked = keyword_focus(question) if found is None else found.word

        def uses(word: str) -> bool:
            # In any form, an irregular past too ("won" of "win", for "winner").
            return any(map(reader.uses, inflections(word) | irregular_forms(word)))

        def underive(match: re.Match[str]) -> str:
            word = match.group(0)
            if is_stopword(word) or any(map(reader.uses, inflections(word))):
                return word
            if word != asked and not is_specific(word):
                return word
            base = underived(word, uses)
            return word if base is None else base

        return _DERIVED.sub(underive, question)

    def _apart(self, word: str) -> str | None:
        """Return the words the corpus writes apart that a word it never uses glues together
        ("innohk-summit", "sunny_chai", "hku&hkstp", "summit2023", "sunnychai": "innohk
        summit", "sunny chai", "hku hkstp", "summit 2023"), or None. A word joined by a
        hyphen, an underscore or an ampersand, or of letters and digits, is read so when the
        corpus uses each part of letters; one of letters only when it is rare in English (no
        ordinary word) and splits in two words the corpus writes side by side, of
        `_GLUED_PART` letters or more."""
        reader = self._retriever.reader

        def used(part: str) -> bool:
            return part.isdigit() or any(map(reader.uses, inflections(part)))

        if used(word) or used(word.replace("-", "")) or is_stopword(word):
            return None  # (the analyser finds a hyphenated word by its join)
        parts = [part for part in _GLUE.compiled.split(word) if part]
        if len(parts) > 1:
            return " ".join(parts) if all(map(used, parts)) else None
        if not word.isalpha() or len(word) < 2 * _GLUED_PART or not is_specific(word):
            return None
        for cut in range(_GLUED_PART, len(word) - _GLUED_PART + 1):
            first, second = word[:cut], word[cut:]
            if used(first) and used(second) and self._together(first, second):
                return f"{first} {second}"
        return None

    def _one_word(self, first: str, second: str) -> bool:
        """Return whether the corpus writes two words as one ("InnoCell"), in some form, and
        never the two apart, side by side."""
        word, retriever = first + second, self._retriever
        if is_stopword(word) or is_stopword(first) or is_stopword(second):
            return False  # "ma in" is no "main": a name joins no function word
        if not retriever.reader.uses(word):
            return False
        solid = re.compile(rf"(?<![\w&'’-]){re.escape(word)}\w{{0,3}}(?![\w&'’-])", re.IGNORECASE)
        if not any(solid.search(sentence) for sentence in retriever.sentences_with(word)):
            return False  # only the join of a hyphenated word ("Kong-Shenzhen")
        knows = retriever.knows_word
        return not (knows(first) and knows(second) and self._together(first, second))

    def _together(self, first: str, second: str) -> bool:
        """Return whether the corpus writes two words side by side (`phrases.writes_together`)."""
        retriever, knows = self._retriever, self._retriever.knows_word
        # A visitor's word releases write otherwise ("green tech": "green technology") is
        # looked for in each of their words for it.
        return any(
            writes_together(one.split()[-1], other.split()[0], retriever.texts_with_all, knows)
            for one in written_forms(first, knows)
            for other in written_forms(second, knows)
        )

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
        uses = self._retriever.reader.uses
        question = question_word_mended(unchatted(intent.question, uses), uses)
        question, _ = written_as_one(question, self._one_word)
        question = written_apart(question, self._apart)
        question = self._unclipped(question)
        question = self._underived(question)
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
        if unknown := self._specific_unknowns(question, query, text):
            # The question names something the archive never mentions: whatever its common
            # words match, no sentence is about it.
            text = fallback_text(self.catalogue, unknown[:_UNKNOWN_SHOWN])
            return Reply("fallback", text, (), 0.0), Turn(question, fell_back=True)
        reply, turn = self._answer(Turn(question), k, (frame, query))
        suggestion = query.corrected(text.strip())
        if reply.kind == "answer" and suggestion:
            text = f"Did you mean “{suggestion}”? " + reply.text
            reply = reply._replace(text=text, suggestion=suggestion)
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
            # "How many attended?" counts no thing it names: the number must be of some.
            present = presence_words(query.words)
            counting = query.counting
            things = any(retriever.reader.term(word) in counting for word in present)
            money = query.measure in ("money", "currency")
            hits, confidence_of = amounts_first(
                retriever, hits, confidence_of, query.counted, self.threshold, things, money
            )
        elif query.wanted == "when":
            hits, confidence_of = dates_first(retriever, hits, confidence_of)
        elif query.measure:
            hits = measures_first(retriever, hits, confidence_of, query, self.threshold)
        elif query.place:
            hits = sited_first(retriever, query, hits, confidence_of, self.threshold)
        elif query.wanted == "who" and not frame.order:
            hits = persons_first(retriever, hits, confidence_of, self.threshold)
        elif query.background:
            hits = background_first(retriever, hits, confidence_of, self.threshold)
        else:
            hits = kinds_first(retriever, query, hits, confidence_of, self.threshold)
            hits = beyond_lead(retriever, query, hits, confidence_of, self.threshold)
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
                    self.catalogue, self._unknown_words(frame.rest or turn.question, query)
                )
            return Reply("fallback", text, (), best), turn._replace(fell_back=True)
        chosen = fresh[:wanted] if k else self._best(fresh)
        spans = completed(retriever, self._spans(chosen, covered), query, covered)
        spans = self._introduced(turn.question, spans, covered)
        quoted = turn.quoted + tuple((first, hit.sentence) for first, hit in spans)
        now = turn._replace(shown=confident.index(chosen[-1]) + 1, quoted=quoted, last=())
        now = now._replace(last=quoted[len(turn.quoted) :])
        more = any(h.sentence not in now.covered for h in confident[now.shown :])
        passages = tuple(retriever.passage(hit, first) for first, hit in spans)
        text = answer_text([self._quote(p) for p in passages], more=more)
        return Reply("answer", text, passages, confidence_of[chosen[0]]), now

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
        spans = self._spans([hit], frozenset())
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
        return Reply("answer", text, (passage,), 1.0), now

    def _passage(self, span: Span) -> Passage:
        return self._retriever.passage(Hit(span[1], 0.0), span[0])

    def _introduced(
        self, question: str, spans: list[tuple[int, Hit]], covered: frozenset[int]
    ) -> list[tuple[int, Hit]]:
        """Return `spans` with the sentence of its release that names in full the person the
        first span opens with by surname alone ("Wong will be replacing Albert Wong on August
        1") quoted before it ("... has appointed Terry Wong Ping-sau as CEO"), when not quoted
        already and `question` does not name that person: the surname alone does not tell
        who."""
        if not spans:
            return spans
        retriever = self._retriever
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

    def _spans(self, chosen: list[Hit], covered: frozenset[int]) -> list[tuple[int, Hit]]:
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
        return whole_speeches(self._retriever, spans, covered)

    def _best(self, hits: list[Hit]) -> list[Hit]:
        """Return the best hit, and the runner-up when its score is close (`CLOSE_SCORE`)."""
        best = hits[0]
        if len(hits) > 1 and hits[1].score >= CLOSE_SCORE * best.score:
            return [best, hits[1]]
        return [best]

    @staticmethod
    def _quote(passage: Passage) -> Quote:
        date_text = format_date(passage.date) if passage.date else None
        return Quote(passage.text, passage.title, date_text, passage.url)

    def _unknown_words(self, question: str, query: Query) -> list[str]:
        """Return the first few words of a question that the corpus never uses, framing words
        ("get", "number") left out: they are not what it lacks."""
        mended = {typed for typed, _ in query.corrections}
        unknown: list[str] = []
        for word in content_words(question):
            if is_framing(word) or word in mended or word in unknown:
                continue
            if not self._retriever.knows_word(word):
                unknown.append(word)
                if len(unknown) == _UNKNOWN_SHOWN:  # enough; and the list stays short to search
                    break
        return unknown
