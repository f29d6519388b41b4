"""How surely each sentence found answers a question: its confidence, from 0 to 1.

`Retriever.confidences` tells how much of the question's ideal score a sentence reaches. A
`Judge` then weighs what that share cannot see:

* the words that only frame the question ("came", "number") are not asked of the answer;
* once a question names something only some releases mention, the name matches every
  candidate: what is asked of the name must be matched too (`own` below), but not a word of
  parties acting together ("partnership"), which a release tells by naming them joined;
* a sentence far from what the question asks for ("what is the *rent* …", `focus.py`), or that
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
  `UNASKED_SHARE` of its confidence;
* a sentence that tells in its own words what the visitor asked in theirs (a departure for
  "left", a tenure for "how long was X CEO", `standins.py`), or someone's earlier career in
  the release that names them, answers as surely as if it held their words.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence

from ...text.analysis import content_words
from ...text.lemmas import base_form
from ...text.patterns import Pattern
from ..kinds.cues import labels, names_another_label, only_counts
from ..kinds.measures import loosely_measures, owners_of_sums
from ..kinds.succession import (
    BACKGROUND_WORDS,
    follows,
    tells_background,
    tells_movement,
    tells_origin,
    tells_succession,
)
from ..kinds.times import tells_time
from ..question.focus import names_another
from ..question.named import (
    NAMED_SHARE,
    names,
    phrase_names,
    releases_naming,
    with_neighbours,
    with_parts,
)
from ..question.predicates import by_agent, done_forms, names_deed
from ..question.query import Query
from ..words.abbreviations import expands
from ..words.roles import asked_roles, writes_role
from ..words.specific import (
    frames_only,
    inflections,
    is_framing,
    is_loose,
    is_reciprocal,
    presence_words,
)
from .retrieval import Hit, Retriever
from .standins import stand_ins

_NO_DATE = datetime.date.min
# The share of its confidence a sentence keeps when it is far from what the question asks
# for. Chosen on the press-room tuning and bundled questions (0.25 to 0.6 tried; 0.25-0.5 tie).
UNASKED_SHARE = 0.35
# The measures a sentence that answers must give ("aged 45", "a 22-storey tower", a time for
# "the fair's dates": "from October 27 to 31", a phone number or an email address for a way
# to get in touch, a sum for a question that names its currency): one that gives none does
# not answer. A length or a share is told in many more shapes ("for two years", "until
# 2027", "half of them"), each of which will do (`measures.loosely_measures`); a size has too
# many ("room for 50 startups"), so none is asked of an answer.
_PLAIN_MEASURES = frozenset(
    {"age", "height", "date", "surface", "length", "percent", "contact", "currency"}
)
# The sentences looked at for the one that best tells the event a question says when by.
_EVENT_SENTENCES = 100
# Verbs of giving (Levin, English Verb Classes and Alternations, 1993: 13.1 "give" verbs,
# 13.3 verbs of future having) and of putting (9.1 "put" verbs, and those of putting in a
# direction, 9.3, of which money is "poured" or "ploughed" into a thing): asked how much,
# they only say the sum went to someone or into something, which a release tells in a noun
# or a verb of its own ("an injection of HK$350 million", "will invest HK$100 million").
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


class Judge:
    """Tells the confidence of the hits of one question. Immutable once built."""

    def __init__(
        self,
        retriever: Retriever,
        query: Query,
        threshold: float,
        predecessor_of: Sequence[str] = (),
        year: int | None = None,
    ) -> None:
        """Only a hit at least as confident as `threshold` is cut for what it lacks: the
        others are not quoted anyway. `predecessor_of` are the words naming the one a
        succession question asks the predecessor of (`succession.predecessor_of`)."""
        self._retriever, self._query, self._threshold = retriever, query, threshold
        self._predecessor_of = {retriever.reader.term(word) for word in predecessor_of}
        # A year that names a thing ("the 2018 budget") is told by a release of that year
        # without the number: "this year's budget" (`_reached`).
        self._year = year
        term = retriever.reader.term
        # An abbreviation releases also spell out ("MOU", "Memorandum of Understanding") is
        # no name: the releases that write it out answer as well.
        words = [word for word in query.words if not expands(word, retriever.knows_word)]
        n_releases = len(retriever.documents.infos)
        # A release that writes the acronym of a long form the question spells out ("DLC" for
        # "Deep Learning Computing") mentions the name too.
        short_of = {
            t: short for short, long in retriever.reader.spelled_out(query.stems) for t in long
        }

        def releases_with(word: str) -> frozenset[int]:
            releases = retriever.releases_with(word)
            short = short_of.get(term(word))
            return releases if short is None else releases | retriever.releases_with(short)

        found = names(words, releases_with, retriever.sentences_with, n_releases)
        # Names of common words ("Productivity Council") too, and those of several capitalised
        # words the question writes as a release does ("Hong Kong Trade Development Council").
        phrases = phrase_names(words, retriever.releases_with, retriever.sentences_with, n_releases)
        phrases.update(_written(retriever, query.names, n_releases))
        self._named = releases_naming(found | phrases)
        # What the question asks of the names: once the releases are those that mention them,
        # the name matches every candidate and says nothing of which one answers. Initials
        # ("H.L.") are part of a name too.
        named_terms = {term(name) for name in with_parts(query.words, found)}
        # So are the common words the corpus writes as part of one ("Youth InnoExplorers").
        named_terms.update(map(term, with_neighbours(query.words, found, retriever.sentences_with)))
        # A release about the name (its title, a heading or its lead names it) need not repeat
        # it in the sentence that answers, nor the question's other words that tell what the
        # release is about: after a lead that names "the new Chief Executive", "She previously
        # spent a decade at Corrigan Rail" answers "did the new chief executive ever work for
        # Corrigan Rail", though the lead repeats more of the question. (Not a name of common
        # words: a release may write them apart, "Executive Council" and "products" for the
        # "Productivity Council". Nor the word the question asks for, unless a name: "what is
        # the harbour summit on oceans" is not told by a sentence that speaks of no summit.)
        phrase_terms = {term(word) for name in phrases for word in name.split()}
        about = set(query.terms) - (phrase_terms - named_terms)
        if query.asked is not None and term(query.asked) not in named_terms:
            about.discard(term(query.asked))
        self._about_terms = frozenset(about | named_terms)
        self._name_terms = frozenset(named_terms)
        named_terms.update(phrase_terms)
        self._judged = _without_framing_terms(query)
        # An event that says when ("when Mr Leung toured the park") picks the release: what
        # is asked is the rest.
        self._event = frozenset(query.event)
        rest = tuple(
            t
            for t in self._judged.terms
            if t not in named_terms and t not in self._event and len(t) > 1
        )
        left_out = set(named_terms)
        if found:
            # Nor are the commonest words of English ("how many people came to the InnoHK
            # Summit?" is answered by "800 academics").
            left_out.update(
                t for word, t in zip(query.words, query.stems, strict=True) if is_loose(word)
            )
        # Nor a word of the parties acting together: "AstraZeneca partnership" is told by what
        # the release that names them says they did ("AstraZeneca and HKSTP have launched").
        together = query.with_alternatives(
            t for word, t in zip(query.words, query.stems, strict=True) if is_reciprocal(word)
        )
        left_out |= together
        kept = {t for t in rest if t not in left_out}
        words = list(query.words)
        beside = {
            term(words[at + step])
            for at, word in enumerate(words)
            if word in found
            for step in (-1, 1)
            if 0 <= at + step < len(words)
        }
        for group in query.alternatives:
            # Words that stand for one another are asked together, any of them answering: a
            # loose word beside a visitor's word for it ("companies", "firms"), a short form
            # beside its long one ("AI", "artificial intelligence"). (Not a short form written
            # next to a name, "HK" of "HK Techathon+": part of the name, it goes with it.)
            said = {t for alternative in group for t in alternative}
            if said & beside:
                continue
            if said & kept:
                kept |= said - named_terms - together
        rest = tuple(t for t in self._judged.terms if t in kept)
        self._of_names = query.keeping(rest)
        self._standing_in = stand_ins(query)
        self._doing = _doing_terms(query, term, retriever.knows)
        self._done = done_forms(query.doing) if self._doing is not None else frozenset()
        self._roles = asked_roles(query.words)
        self._labels = labels(" ".join(query.words))
        self._counted_doing = _counted_doing(query, term, retriever.knows)
        # The releases that write each edition the question names by an ordinal ("20th",
        # "twentieth"); None when it names none.
        self._editions = _editions(retriever, query.words)
        self._role_terms = {term(word) for role in self._roles for word in role.split()}

    def kept(self, within: frozenset[int] | None) -> frozenset[int] | None:
        """Return the documents of `within` (None: all) that a question naming what only some
        releases mention is answered from: those that mention it."""
        if self._named is None:
            return within
        return self._named if within is None else within & self._named

    def confidences(self, hits: Sequence[Hit]) -> dict[Hit, float]:
        """Return the confidence of each hit (see the module docstring)."""
        query, retriever = self._query, self._retriever
        full = self._reached(hits, self._judged) if not self._event else self._at_event(hits)
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
            # "Who designed InnoCell?" is not told by a sentence about InnoCell that says
            # nothing of designing (predicates.py), nor by one that only names a design.
            full = self._cut(hits, full, lambda h: not self._tells_doing(h, doing))
        if self._roles:
            # "Chief Executive" is not "Chief Executive Officer", nor is "Chief Corporate
            # Development Officer" the "chief technology officer" asked for (roles.py). A
            # sentence that tells the tenure asked about need not name the post.
            full = self._cut(
                hits, full, lambda h: not self._writes_roles(h) and not self._tells_post(h)
            )
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
        if query.origin and query.wanted == "who":
            # "Who was the first CEO?" is not told by a sentence that names a CEO ("the CEO,
            # Mr Ma, said") or tells an appointment but tells of no first or founding: the
            # archive may begin long after the first. (The oldest holder it names is asked
            # for as "the earliest".)
            full = self._cut(hits, full, lambda h: not tells_origin(retriever.text(h.sentence)))
        editions = self._editions
        if editions:
            # "The 20th anniversary" names one edition of a thing: a release that never writes
            # it tells of another ("in collaboration with 15 institutions", in 2025).
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
        if query.wanted == "when" and query.target:
            # "When will X be finished?" asks a time still ahead: a sentence that tells none,
            # itself or in the next sentence, is not answered by its release's date, as one
            # about what happened is ("HKSTP opened a lab").
            full = self._cut(hits, full, lambda h: not self._tells_a_time(h))
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
            # "Who was CEO before Mr Ma?" is told only by a handover ("succeeding Mr X",
            # "he replaces"); "its outgoing CEO, Mr Ma" does not say who came before.
            # Nor does "he succeeds Professor X" say who came before Professor X.
            full = self._cut(hits, full, self._no_handover)
        if self._named is None or not self._of_names.terms:
            judged = dict(zip(hits, full, strict=True))
        else:
            own = self._reached(hits, self._of_names)
            judged = {h: min(a, b) for h, a, b in zip(hits, full, own, strict=True)}
        if query.background:
            # "What did Mr Wong do before?" is told by "Most recently, he led ..." in the
            # release that names him, which need not repeat his name or the question's other
            # words: it answers as surely as the release's best sentence, reckoned without the
            # words that only ask for a career ("terry wong previous job").
            judged = _background_told(retriever, judged, self._without_career_words(hits))
        return judged

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

    def _of_another_label(self, document: int) -> bool:
        """Return whether `document` names the thing a question labels ("Cohort 2") by another
        number only ("Cohort 1"): the release is about another one."""
        return names_another_label(self._retriever.documents.text(document), self._labels)

    def _at_event(self, hits: Sequence[Hit]) -> list[float]:
        """Return how much each hit reaches of a question that says when by an event: of the
        rest of the question, in the hit's sentence, and of the event, in the sentence of the
        hit's release that tells it best, whichever is less."""
        retriever, judged = self._retriever, self._judged
        asked = judged.keeping(tuple(t for t in judged.terms if t not in self._event))
        event = judged.keeping(tuple(t for t in judged.terms if t in self._event))
        documents = {retriever.document_of(hit) for hit in hits}
        told = retriever.hits(event, _EVENT_SENTENCES, documents)
        best: dict[int, float] = {}
        for hit, reached in zip(told, self._reached(told, event), strict=True):
            document = retriever.document_of(hit)
            best[document] = max(best.get(document, 0.0), reached)
        return [
            min(reached, best.get(retriever.document_of(hit), 0.0))
            for hit, reached in zip(hits, self._reached(hits, asked), strict=True)
        ]

    def _without_career_words(self, hits: Sequence[Hit]) -> dict[Hit, float]:
        """Return how much of the question each hit reaches without the words that only ask
        for someone's earlier career ("previous", "job", "background")."""
        judged, stems = self._judged, self._query.stems
        career = {t for w, t in zip(self._query.words, stems, strict=True) if w in BACKGROUND_WORDS}
        kept = tuple(t for t in judged.terms if t not in career)
        if not career or not kept:
            return {}
        return dict(zip(hits, self._reached(hits, judged.keeping(kept)), strict=True))

    def _tells_doing(self, hit: Hit, doing: frozenset[str]) -> bool:
        """Return whether a hit tells the doing a "who" question asks of: near it, a word for
        it releases use, or the verb itself, in a form that tells a deed when the question's
        does ("designed by", "the designer", not the "design features" of the thing)."""
        retriever, verb = self._retriever, self._query.doing
        own = None if verb is None else retriever.reader.term(verb)
        if any(retriever.mentions(hit, t) for t in doing if t != own):
            return True
        if own is None or not retriever.mentions(hit, own):
            # A deed's doer may be told without its verb: "a server system by an American
            # company" tells who supplied the system.
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

    def _reached(self, hits: Sequence[Hit], asked: Query) -> list[float]:
        """Return how much of `asked` each hit reaches, a sentence that tells in its own words
        what the visitor asked in theirs reckoned without those words (`standins.py`)."""
        retriever = self._retriever
        # The question's other words that tell what a release is about are lent only to a
        # sentence that itself holds one of its words the release's lead lacks: it tells more
        # than the lead ("500 guests came to the graduation party" says nothing of how many
        # graduates stay, which its lead tells). A name's words are lent only in a release
        # about every name the question writes: one about "Osric Penhallow" is not about "Wren
        # Penhallow", though it is about a Penhallow.
        names = [t for t in self._name_terms if t in asked.terms]
        groups: dict[frozenset[str], list[Hit]] = {}
        for hit in hits:
            document = retriever.document_of(hit)
            lent = self._about_terms if self._tells_more(hit) else self._name_terms
            if not all(retriever.is_about(t, document) for t in names):
                lent = lent - self._name_terms
            groups.setdefault(lent, []).append(hit)
        reached_of: dict[Hit, float] = {}
        for lent, group in groups.items():
            reached_of.update(zip(group, retriever.confidences(group, asked, lent), strict=True))
        reached = [reached_of[hit] for hit in hits]
        for stand_in in self._standing_in:
            kept = tuple(t for t in asked.terms if t not in stand_in.terms)
            told = [h for h in hits if stand_in.tells(retriever.text(h.sentence))]
            if not told or len(kept) == len(asked.terms):
                continue
            without = retriever.confidences(told, asked.keeping(kept)) if kept else None
            relieved = dict(zip(told, without or [1.0] * len(told), strict=True))
            reached = [max(c, relieved.get(h, 0.0)) for h, c in zip(hits, reached, strict=True)]
        year = self._year
        if year is not None and str(year) in asked.terms and len(asked.terms) > 1:
            dated = [h for h in hits if (retriever.passage(h).date or _NO_DATE).year == year]
            if dated:
                kept = tuple(t for t in asked.terms if t != str(year))
                by_date = retriever.confidences(dated, asked.keeping(kept))
                of_year = dict(zip(dated, by_date, strict=True))
                reached = [max(c, of_year.get(h, 0.0)) for h, c in zip(hits, reached, strict=True)]
        return reached

    def _tells_more(self, hit: Hit) -> bool:
        """Return whether a hit's sentence holds a word of the question that the lead of its
        release lacks (`Retriever.leads_with`)."""
        retriever = self._retriever
        document = retriever.document_of(hit)
        return any(
            retriever.says(hit, t) and not retriever.leads_with(t, document)
            for t in self._judged.terms
        )

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


def _written(
    retriever: Retriever, written: Sequence[str], n_releases: int
) -> dict[str, frozenset[int]]:
    """Return {name: the releases whose sentences write it} for the names of several words a
    question `written` as the corpus does (`Query.names`) that no more than `NAMED_SHARE` of
    the releases write: a name the archive's own releases all give picks none."""
    found = {}
    for name in written:
        words = content_words(name)
        if not words:
            continue
        term = retriever.reader.term(words[-1])
        releases = frozenset(
            retriever.document_of(Hit(sentence, 0.0))
            for sentence in retriever.sentences_holding(term)
            if name in retriever.text(sentence)
        )
        if releases and len(releases) <= NAMED_SHARE * n_releases:
            found[" ".join(words)] = releases
    return found


def _doing_terms(
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
        return None  # being there, told by naming those there ("honoured to host Mr Lee")
    own = term(verb)
    if own not in query.terms or not knows(own):
        return None  # framing, left out of the search, or never written
    return query.with_alternatives((own,))


def _is_light(word: str) -> bool:
    """Return whether `word` is a form of a light verb (`_LIGHT_VERBS`)."""
    return base_form(word) in _LIGHT_VERBS or any(word in inflections(v) for v in _LIGHT_VERBS)


def _counted_doing(
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


def _without_framing_terms(query: Query) -> Query:
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
        # "How many attended?" counts those present: "attracting 800 academics" answers it,
        # as it tells a summit's "attendance"; "who attended?" names them, as a host's guests
        # ("was honoured to host Mr Lee") as well.
        present = presence_words(query.words)
        framing.update(
            t for word, t in zip(query.words, query.stems, strict=True) if word in present
        )
    if query.measure in ("money", "currency"):
        # "How much did the budget give to the fund?" asks the sum given: "the HK$350
        # million injection into the fund" answers it.
        framing.update(
            t for word, t in zip(query.words, query.stems, strict=True) if word in _GIVING
        )
    kept = tuple(term for term in query.terms if term not in framing)
    return query.keeping(kept) if framing and kept else query


def _background_told(
    retriever: Retriever, confidence_of: dict[Hit, float], loose: dict[Hit, float]
) -> dict[Hit, float]:
    """Return `confidence_of` with each hit that tells someone's earlier career raised to the
    best confidence of its release's hits, or to the best of their `loose` confidences (those
    reckoned without the words that only ask for a career)."""
    best: dict[int, float] = {}
    for hit, confidence in confidence_of.items():
        document = retriever.document_of(hit)
        best[document] = max(best.get(document, 0.0), confidence, loose.get(hit, 0.0))
    return {
        hit: max(confidence, best[retriever.document_of(hit)])
        if tells_background(retriever.text(hit.sentence))
        else confidence
        for hit, confidence in confidence_of.items()
    }


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
