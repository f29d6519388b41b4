"""Why a confident sentence keeps only `UNASKED_SHARE` of its confidence.

A sentence far from what the question asks for ("what is the *rent* …", `focus.py`), or that
gives no measure when asked one ("how old", "how tall", "how long", "what share"), or that
names a post of several words only in part ("Chief Corporate Development Officer" for "chief
technology officer", `roles.py`), or that tells no handover when asked who came before or
after someone, or the wrong one, or no one leaving when asked who left (`succession.py`), or
that names the thing a "who" question asks about but not what it asks was done to it ("who
designed X?", `predicates.py`), or that only counts the members a question asks to be named
("four partners" for "which four firms …?", `cues.only_counts`), or that counts the things a
"how many" question asks what they did with no word for the deed near it ("how many
institutes moved in?"), or that names the thing asked about by another number only ("Phase 3"
for "Phase 2", `cues.names_another_label`), or whose release does, or that tells no time when
asked one still ahead ("when will X be finished?"), or that tells a sum as another party's
when asked how much one named gives ("the Government's allocation of $300 million"), keeps
`UNASKED_SHARE` of its confidence. Each cut is weighed in turn, and only while the sentence
is still confident.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from ...text.analysis import content_words
from ...text.patterns import Pattern
from ..kinds.cues import labels, names_another_label, only_counts
from ..kinds.measures import loosely_measures, owners_of_sums
from ..kinds.succession import follows, tells_movement, tells_origin, tells_succession
from ..kinds.times import tells_time, tells_when_one_may
from ..question.focus import names_another
from ..question.predicates import by_agent, done_forms, names_deed
from ..question.query import Query
from ..words.roles import asked_roles, writes_role
from ..words.specific import is_loose
from .framing import counted_doing, doing_terms
from .retrieval import Hit, Retriever
from .standins import StandIn

# The share of its confidence a sentence keeps when it is far from what the question asks
# for. Chosen on the press-room tuning and bundled questions (0.25 to 0.6 tried; 0.25-0.5 tie).
UNASKED_SHARE = 0.35
# The measures a sentence that answers must give ("aged 45", "a 22-storey tower", a time for
# "the fair's dates": "from March 12 to 16", a phone number or an email address for a way
# to get in touch, a sum for a question that names its currency): one that gives none does
# not answer. A length or a share is told in many more shapes ("for two years", "until
# 2027", "half of them"), each of which will do (`measures.loosely_measures`); a size has too
# many ("room for 50 startups"), so none is asked of an answer.
_PLAIN_MEASURES = frozenset(
    {"age", "height", "date", "surface", "length", "percent", "contact", "currency"}
)


class Cuts:
    """Cuts the confidence of the hits of one question for what they lack. Immutable once
    built."""

    def __init__(
        self,
        retriever: Retriever,
        query: Query,
        threshold: float,
        judged: Query,
        name_terms: frozenset[str],
        standing_in: Sequence[StandIn],
        predecessor_of: Sequence[str] = (),
    ) -> None:
        """Only a hit at least as confident as `threshold` is cut. `judged` is what is asked of
        the answer (`framing.without_framing_terms`), `name_terms` the terms of the names the
        question writes, `standing_in` what may stand in for some of its words
        (`standins.stand_ins`) and `predecessor_of` the words naming the one a succession
        question asks the predecessor of (`succession.predecessor_of`)."""
        self._retriever, self._query, self._threshold = retriever, query, threshold
        self._predecessor_of = {retriever.reader.term(word) for word in predecessor_of}
        term = retriever.reader.term
        self._judged, self._name_terms = judged, name_terms
        self._standing_in = standing_in
        self._doing = doing_terms(query, term, retriever.knows)
        self._done = done_forms(query.doing) if self._doing is not None else frozenset()
        self._roles = asked_roles(query.words)
        self._labels = labels(" ".join(query.words))
        # Whether a release names the thing the question labels ("Cohort 2") by another number
        # only ("Cohort 1"): it is about another one. Worked out once a release is met, and
        # kept: it reads the release whole, and many of one release's sentences are hits.
        self._of_another_label = functools.cache(
            lambda document: names_another_label(retriever.documents.text(document), self._labels)
        )
        self._counted_doing = counted_doing(query, term, retriever.knows)
        # The releases that write each edition the question names by an ordinal ("20th",
        # "twentieth"); None when it names none.
        self._editions = _editions(retriever, query.words)
        self._role_terms = {term(word) for role in self._roles for word in role.split()}

    def cut(self, hits: Sequence[Hit], full: list[float]) -> list[float]:
        """Return the confidences `full` of `hits` with those of the confident hits that lack
        what is asked cut to `UNASKED_SHARE` (see the module docstring)."""
        full = self._far_from_what_is_asked(hits, full)
        full = self._without_the_measure(hits, full)
        full = self._of_another_one(hits, full)
        full = self._without_the_time_or_change(hits, full)
        return full

    def _far_from_what_is_asked(self, hits: Sequence[Hit], full: list[float]) -> list[float]:
        """Return `full` with the hits cut that lack the word the question asks for, the deed
        it asks of a "who", or the post it names."""
        query, retriever = self._query, self._retriever
        if query.asked is not None and not any(
            role.split()[-1] == query.asked for role in self._roles
        ):
            # A sentence far from what the question asks for ("staff", "rent") answers
            # something else, however well the rest matches; unless the word is among the
            # commonest of English ("how many people came?": visitors), which visitors use
            # loosely. (Looked up last: the English word list takes ~40 ms to read.) A post
            # asked for ("ceo": "officer") is looked for whole, or as "CEO", below.
            # A paragraph that names it only as another role ("Vice-President" for
            # "president") is as far.
            asked, term = query.asked, retriever.reader.term(query.asked)
            # A release's word for it tells it too: a prize is what one may "win".
            told = query.with_alternatives((term,))
            full = self._cut(
                hits,
                full,
                lambda h: (
                    (
                        not any(retriever.mentions(h, t) for t in told)
                        or names_another(asked, retriever.paragraph_text(h), query.words)
                    )
                    and not is_loose(asked)
                ),
            )
        if (doing := self._doing) is not None:
            # "Who designed Tidewater Tower?" is not told by a sentence about it that says
            # nothing of designing (predicates.py), nor by one that only names a design.
            full = self._cut(hits, full, lambda h: not self._tells_doing(h, doing))
        if self._roles:
            # "Chief Executive" is not "Chief Executive Officer", nor is "Chief Corporate
            # Development Officer" the "chief technology officer" asked for (roles.py). A
            # sentence that tells the tenure asked about need not name the post.
            full = self._cut(
                hits, full, lambda h: not self._writes_roles(h) and not self._tells_post(h)
            )
        return full

    def _without_the_measure(self, hits: Sequence[Hit], full: list[float]) -> list[float]:
        """Return `full` with the hits cut that give no measure asked for, a sum as another
        party's, or only a count of the members asked to be named."""
        query, retriever = self._query, self._retriever
        if query.measure in _PLAIN_MEASURES:
            # "How old is X?", "how tall is Y?", "how long is Z?": a sentence that gives no
            # age, height or length, itself or in the next sentence of its paragraph (which a
            # quote then runs on to: `ordering.completed`), tells something else of X, Y and Z,
            # however well it names them. (Sums of money and counts are weighed with the hits:
            # `ordering.amounts_first`.)
            full = self._cut(hits, full, lambda h: not self._gives_measure(h))
        if query.measure in ("money", "currency") and self._name_terms:
            # "How much is Orrin Capital investing?" is not told by "the Government's ...
            # allocation of $300 million" in the release about Orrin Capital: a sum the
            # sentence tells as another party's, not naming the one asked about.
            full = self._cut(hits, full, self._sum_of_another)
        if query.members is not None:
            # "Which four firms are its partners?" is not told by "revealing four partners",
            # which only counts them: a sentence that names as many answers.
            members, of = query.members, set(query.terms)
            full = self._cut(
                hits,
                full,
                lambda h: only_counts(
                    retriever.text(h.sentence), members, of, retriever.reader.term
                ),
            )
        return full

    def _of_another_one(self, hits: Sequence[Hit], full: list[float]) -> list[float]:
        """Return `full` with the hits cut that tell of no first one when asked for the first,
        of another edition, of things counted that did not do what is asked, or of another
        numbered one."""
        query, retriever = self._query, self._retriever
        if query.origin and query.wanted == "who":
            # "Who was the first CEO?" is not told by a sentence that names a CEO ("the CEO,
            # Dr Marchetti, said") or tells an appointment but tells of no first or founding: the
            # archive may begin long after the first. (The oldest holder it names is asked
            # for as "the earliest".)
            full = self._cut(hits, full, lambda h: not tells_origin(retriever.text(h.sentence)))
        editions = self._editions
        if editions:
            # "The 10th summit" names one edition of a thing: a release that never writes it
            # tells of another ("with 160 exhibiting companies", in 2023).
            full = self._cut(hits, full, lambda h: retriever.document_of(h) not in editions)
        if (counted := self._counted_doing) is not None:
            # "How many institutes moved in?" counts those that did something: a sentence that
            # counts institutes, with no word for moving near it, tells how many there are.
            full = self._cut(
                hits, full, lambda h: not any(retriever.mentions(h, t) for t in counted)
            )
        if asked_labels := self._labels:
            # "Phase 2" is not "Phase 3": a sentence that names the thing asked about by
            # another number only is about another one; so is one of a release that does
            # ("Cohort 1" only, for "Cohort 2"), whatever its sentence names.
            full = self._cut(
                hits,
                full,
                lambda h: (
                    names_another_label(retriever.text(h.sentence), asked_labels)
                    or self._of_another_label(retriever.document_of(h))
                ),
            )
        return full

    def _without_the_time_or_change(self, hits: Sequence[Hit], full: list[float]) -> list[float]:
        """Return `full` with the hits cut that tell no time still ahead when asked one, no one
        leaving when asked who left, or no handover (or the wrong one) when asked who came
        before or after."""
        query, retriever = self._query, self._retriever
        if query.wanted == "when" and query.target:
            # "When will X be finished?" asks a time still ahead: a sentence that tells none,
            # itself or in the next sentence, is not answered by its release's date, as one
            # about what happened is ("KBIP opened a lab").
            full = self._cut(hits, full, lambda h: not self._tells_a_time(h))
        if query.wanted == "when" and query.one_may:
            # "Can I apply anytime?" is told by when one may ("open throughout the year",
            # "applications close on 30 June"), not by any year: "the programme received 611
            # applications, up from 388 in 2017".
            full = self._cut(hits, full, lambda h: not self._here_or_next(h, tells_when_one_may))
        if query.movement == "departure":
            # "Which directors left the board?" is not told by "we welcome the appointment of
            # new Board members", nor by any sentence that tells no one leaving. (Not so for
            # who joined: visitors "join" a trip or a contest, which no sentence tells as an
            # arrival.)
            full = self._cut(
                hits,
                full,
                lambda h: not tells_movement("departure", retriever.text(h.sentence)),
            )
        if query.succession:
            # "Who was CEO before Dr Marchetti?" is told only by a handover ("succeeding Mr X",
            # "he replaces"); "its outgoing CEO, Dr Marchetti" does not say who came before.
            # Nor does "he succeeds Professor X" say who came before Professor X.
            full = self._cut(hits, full, self._no_handover)
        return full

    def _sum_of_another(self, hit: Hit) -> bool:
        """Return whether a hit's sentence tells a sum of money as a party's the question does
        not name, and names none of what the question names."""
        retriever, term = self._retriever, self._retriever.reader.term
        if any(retriever.says(hit, t) for t in self._name_terms):
            return False
        asked = set(self._query.terms)
        return any(
            not asked & {term(word) for word in content_words(owner)}
            for owner in owners_of_sums(retriever.text(hit.sentence))
        )

    def _tells_doing(self, hit: Hit, doing: frozenset[str]) -> bool:
        """Return whether a hit tells the doing a "who" question asks of: near it, a word for
        it releases use, or the verb itself, in a form that tells a deed when the question's
        does ("designed by", "the designer", not the "design features" of the thing)."""
        retriever, verb = self._retriever, self._query.doing
        own = None if verb is None else retriever.reader.term(verb)
        if any(retriever.mentions(hit, t) for t in doing if t != own):
            return True
        if own is None or not retriever.mentions(hit, own):
            # A deed's doer may be told without its verb: "a wave tank by a Dutch company"
            # tells who supplied the tank.
            things = frozenset(self._judged.terms) - {own}
            text = retriever.text(hit.sentence)
            return bool(self._done) and by_agent(text, things, retriever.reader.term)
        if not self._done:
            return True
        near = " ".join([retriever.paragraph_text(hit), *retriever.heading_texts(hit)])
        return not self._done.isdisjoint(content_words(near)) or names_deed(verb, near)

    def _here_or_next(self, hit: Hit, tells: Callable[[str], bool]) -> bool:
        """Return whether a hit's sentence, or the next of its paragraph, `tells` it."""
        retriever = self._retriever
        after = retriever.next_sentence(hit.sentence)
        sentences = (hit.sentence,) if after is None else (hit.sentence, after)
        return any(tells(retriever.text(sentence)) for sentence in sentences)

    def _gives_measure(self, hit: Hit) -> bool:
        """Return whether a hit's sentence, or the next of its paragraph, gives the measure the
        question asks for ("how old": an age, `measures.py`)."""
        measure = self._query.measure or ""
        return self._here_or_next(hit, lambda text: loosely_measures(measure, text))

    def _tells_a_time(self, hit: Hit) -> bool:
        """Return whether a hit's sentence, or the next of its paragraph, tells a time."""
        return self._here_or_next(hit, tells_time)

    def _no_handover(self, hit: Hit) -> bool:
        """Return whether a hit's sentence tells no handover that answers the succession
        question: none at all, or for who came before someone, one that tells who came
        after them."""
        text = self._retriever.text(hit.sentence)
        if not tells_succession(text):
            return True
        named, term = self._predecessor_of, self._retriever.reader.term
        return bool(named) and follows(text, named, term)

    def _cut(
        self, hits: Sequence[Hit], confidences: list[float], far: Callable[[Hit], bool]
    ) -> list[float]:
        """Return `confidences` with those of the confident hits that are `far` from what is
        asked cut to `UNASKED_SHARE`."""
        return [
            UNASKED_SHARE * c if c >= self._threshold and far(h) else c
            for h, c in zip(hits, confidences, strict=True)
        ]

    def _writes_roles(self, hit: Hit) -> bool:
        """Return whether a hit's paragraph, or its release's title, writes each post of
        several words the question names whole."""
        retriever = self._retriever
        paragraph, title = retriever.paragraph_text(hit), retriever.passage(hit).title or ""
        return all(writes_role(paragraph, r) or writes_role(title, r) for r in self._roles)

    def _tells_post(self, hit: Hit) -> bool:
        """Return whether a hit's sentence tells what is asked of the post in its own words
        (a tenure and its length, for "how long was X CEO?")."""
        text = self._retriever.text(hit.sentence)
        return any(
            stand_in.terms & self._role_terms and stand_in.tells(text)
            for stand_in in self._standing_in
        )


_ORDINAL = Pattern(r"(\d+)(?:st|nd|rd|th)")
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()


def _editions(retriever: Retriever, words: Sequence[str]) -> frozenset[int] | None:
    """Return the releases that write every ordinal of `words` ("20th" or "twentieth"), or
    None when `words` hold none."""
    found: frozenset[int] | None = None
    for word in words:
        match = _ORDINAL.fullmatch(word)
        if match is None:
            continue
        number = int(match.group(1))
        releases = retriever.releases_with(word)
        if 1 <= number <= len(_ORDINAL_WORDS):
            releases |= retriever.releases_with(_ORDINAL_WORDS[number - 1])
        found = releases if found is None else found & releases
    return found
