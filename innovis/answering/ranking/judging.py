"""How surely each sentence found answers a question: its confidence, from 0 to 1.

`Retriever.confidences` tells how much of the question's ideal score a sentence reaches. A
`Judge` then weighs what that share cannot see:

* the words that only frame the question ("came", "number") are not asked of the answer
  (`framing.py`);
* once a question names something only some releases mention, the name matches every
  candidate: what is asked of the name must be matched too (`own` below), but not a word of
  parties acting together ("partnership"), which a release tells by naming them joined;
* a sentence that lacks what is asked in some other way (far from the word the question asks
  for, giving no measure when asked one, naming another post, edition or numbered one, telling
  no handover, ...) keeps `UNASKED_SHARE` of its confidence (`cuts.py`);
* a sentence that tells in its own words what the visitor asked in theirs (a departure for
  "left", a tenure for "how long was X CEO", `standins.py`), or someone's earlier career in
  the release that names them, answers as surely as if it held their words.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from ...text.analysis import content_words
from ..kinds.succession import BACKGROUND_WORDS, tells_background
from ..question.named import (
    NAMED_SHARE,
    names,
    phrase_names,
    releases_naming,
    with_neighbours,
    with_parts,
)
from ..question.query import Query
from ..words.abbreviations import expands
from ..words.specific import is_loose, is_reciprocal
from .cuts import Cuts
from .framing import without_framing_terms
from .retrieval import Hit, Retriever
from .standins import stand_ins

_NO_DATE = datetime.date.min
# The sentences looked at for the one that best tells the event a question says when by.
_EVENT_SENTENCES = 100


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
        self._retriever, self._query = retriever, query
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
        # Names of common words ("Harbour Angels") too, and those of several capitalised words
        # the question writes as a release does ("Kestrel Bay Innovation Summit").
        phrases = phrase_names(words, retriever.releases_with, retriever.sentences_with, n_releases)
        phrases.update(_written(retriever, query.names, n_releases))
        self._named = releases_naming(found | phrases)
        # What the question asks of the names: once the releases are those that mention them,
        # the name matches every candidate and says nothing of which one answers. Initials
        # ("R.T.") are part of a name too.
        named_terms = {term(name) for name in with_parts(query.words, found)}
        # So are the common words the corpus writes as part of one ("Tidewater Tower").
        named_terms.update(map(term, with_neighbours(query.words, found, retriever.sentences_with)))
        # A release about the name (its title, a heading or its lead names it) need not repeat
        # it in the sentence that answers, nor the question's other words that tell what the
        # release is about: after a lead that names "the new Chief Executive", "She previously
        # spent a decade at Corrigan Rail" answers "did the new chief executive ever work for
        # Corrigan Rail", though the lead repeats more of the question. (Not a name of common
        # words: a release may write them apart, "harbour" and "business angels" for the
        # "Harbour Angels". Nor the word the question asks for, unless a name: "what is
        # the harbour summit on oceans" is not told by a sentence that speaks of no summit.)
        phrase_terms = {term(word) for name in phrases for word in name.split()}
        about = set(query.terms) - (phrase_terms - named_terms)
        if query.asked is not None and term(query.asked) not in named_terms:
            about.discard(term(query.asked))
        self._about_terms = frozenset(about | named_terms)
        self._name_terms = frozenset(named_terms)
        named_terms.update(phrase_terms)
        self._judged = without_framing_terms(query)
        # An event that says when ("when the Secretary toured the park") picks the release: what
        # is asked is the rest.
        self._event = frozenset(query.event)
        rest = tuple(
            t
            for t in self._judged.terms
            if t not in named_terms and t not in self._event and len(t) > 1
        )
        left_out = set(named_terms)
        if found:
            # Nor are the commonest words of English ("how many people came to the Kestrel Bay
            # Innovation Summit?" is answered by "8,500 visitors").
            left_out.update(
                t for word, t in zip(query.words, query.stems, strict=True) if is_loose(word)
            )
        # Nor a word of the parties acting together: "Aurelia partnership" is told by what the
        # release that names them says they did ("Aurelia Biotech and KBIP have launched").
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
            # next to a name, "KB" of "KB Harbour Challenge": part of the name, it goes with it.)
            said = {t for alternative in group for t in alternative}
            if said & beside:
                continue
            if said & kept:
                kept |= said - named_terms - together
        rest = tuple(t for t in self._judged.terms if t in kept)
        self._of_names = query.keeping(rest)
        self._standing_in = stand_ins(query)
        self._cuts = Cuts(
            retriever,
            query,
            threshold,
            self._judged,
            self._name_terms,
            self._standing_in,
            predecessor_of,
        )

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
        full = self._cuts.cut(hits, full)
        if self._named is None or not self._of_names.terms:
            judged = dict(zip(hits, full, strict=True))
        else:
            own = self._reached(hits, self._of_names)
            judged = {h: min(a, b) for h, a, b in zip(hits, full, own, strict=True)}
        if query.background:
            # "What did Mr Sethi-Blake do before?" is told by "Most recently, he led ..." in the
            # release that names him, which need not repeat his name or the question's other
            # words: it answers as surely as the release's best sentence, reckoned without the
            # words that only ask for a career ("rohan sethi-blake previous job").
            judged = _background_told(retriever, judged, self._without_career_words(hits))
        return judged

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
