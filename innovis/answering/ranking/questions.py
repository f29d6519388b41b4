"""Reading a question against the corpus: the visitor's words as the releases write them, what
the question says about time, the query of the rest, and the words it names that no release
writes.

A visitor writes "inno cell", "legco" or "how much greenery"; a release writes "InnoCell",
"Legislative Council" and "green". `QuestionReader.rewritten` reads each such word as the
corpus writes it before anything is searched; `read` makes the query of what is left once the
time is read; `specific_unknowns` tells the words of a question that name something the corpus
never mentions, which no sentence can answer. It knows nothing of replies: `dialogue.py` asks
it and decides what to say.
"""

from __future__ import annotations

import datetime
import re
from itertools import pairwise

from ...text.analysis import content_words, is_stopword
from ...text.lemmas import irregular_forms
from ...text.patterns import Pattern
from ..kinds.cues import answer_type
from ..kinds.measures import asked_measure, without_unit_words
from ..kinds.periods import TimeFrame, read_time
from ..kinds.places import asks_place
from ..kinds.succession import asks_origin
from ..kinds.targets import asks_target
from ..kinds.times import asks_when_one_may
from ..question.choices import first_choice
from ..question.focus import Focus, focus, keyword_focus
from ..question.named import written_names
from ..question.query import Query, question_word_mended
from ..question.wordings import is_reworded, reworded, written_as, written_forms
from ..words.abbreviations import both_forms, expands, long_form, spelled_out, unchatted
from ..words.clipped import initials_of, unclipped
from ..words.joined import written_apart, written_as_one
from ..words.phrases import unwritten_names, writes_together
from ..words.specific import (
    asks_unwritten,
    capitalised,
    coined,
    inflections,
    is_framing,
    is_reciprocal,
    is_specific,
    specific_unknowns,
    underived,
    unknown_weight,
    without_framing,
)
from .retrieval import Retriever
from .standins import with_tenure_words

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
# A stem this long is one word's root: a word the corpus lacks whose stem it writes is no name.
KIN_STEM = 8
# The fewest letters of the verb a "-ment" noun is made of ("announce" of "announcement"; not
# "com" of "comment").
_VERB_BASE = 4
# How many of a question's words the corpus never uses a fallback names.
UNKNOWN_SHOWN = 3


class QuestionReader:
    """Reads questions as the words of one corpus. Holds no per-conversation state."""

    def __init__(self, retriever: Retriever) -> None:
        self._retriever = retriever

    def rewritten(self, question: str) -> str:
        """Return `question` with its words read as the corpus writes them: chat shorthand and
        a mistyped question word mended, words glued or split as releases write them
        (`_one_word`, `_apart`), clipped names in full (`_unclipped`), and words derived from
        one the corpus uses read as it (`_underived`)."""
        uses = self._retriever.reader.uses
        question = question_word_mended(unchatted(question, uses), uses)
        question, _ = written_as_one(question, self._one_word)
        question = written_apart(question, self._apart)
        question = self._unclipped(question)
        return self._underived(question)

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

    def read(self, question: str, today: datetime.date | None) -> tuple[TimeFrame, Query]:
        """Return what a question says about time, and the query of the rest of it; `today` is
        the date that "last year" and "now" are read against, None when the releases have no
        dates."""
        if today is not None:
            frame = read_time(question, today, self._names_with_year)
        else:
            # Releases without dates: a year in the question is only a word to search for.
            frame = TimeFrame(rest=question)
        knows = self._retriever.knows_word
        # Of an alternative question, the first clause: a release answers either guess by it,
        # and the words the archive lacks are those of it alone (the frame's rest says so).
        rest = first_choice(frame.rest or question)
        if rest != (frame.rest or question):
            frame = frame._replace(rest=rest)
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
        if not query.one_may:
            # Nor "anytime" ("can I apply anytime?"), a framing word.
            query = query._replace(one_may=asks_when_one_may(rest))
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
        if found is None and query.wanted is None and query.kind is None:
            # Keywords ("hkstp annual revenue") ask for the head of their noun phrase, which
            # an answer names: "the annual flagship event" tells no revenue. (Not a word of
            # parties acting together: "X partnership" is told by naming them joined.)
            head = keyword_focus(question)
            found = None if head is None or is_reciprocal(head) else Focus(head, True)
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

    def specific_unknowns(self, question: str, query: Query, typed: str) -> list[str]:
        """Return the words of a question that name something the corpus never mentions;
        `typed` is the message as the visitor typed it, capitals and all. Give it the rest
        that `read` left of an alternative question: not the second guess (`choices.py`)."""
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

    def unknown_words(self, question: str, query: Query) -> list[str]:
        """Return the first few words of a question that the corpus never uses, framing words
        ("get", "number") left out: they are not what it lacks."""
        mended = {typed for typed, _ in query.corrections}
        unknown: list[str] = []
        for word in content_words(question):
            if is_framing(word) or word in mended or word in unknown:
                continue
            if not self._retriever.knows_word(word):
                unknown.append(word)
                if len(unknown) == UNKNOWN_SHOWN:  # enough; and the list stays short to search
                    break
        return unknown
