"""Evidence, beyond BM25, that a sentence answers a question: it reorders the best sentences.

Three signs, each weighted by the ranking configuration:

* the kind of answer the question asks for (`cues.py`): a date for "when", a number for
  "how many" (twice the weight when it counts what the question counts, or when it is in a
  unit that measures what "how tall", "how long", "how much" asks: `measures.py`), a name the
  question lacks for "who", a handover ("succeeding Mr X") for who came before or after
  someone, a departure or an arrival for who left or joined (twice when it names a person by a
  title, "Ms Chan", for "who" or "which"), a plan or a target for what is wanted or will be
  (`targets.py`), an earlier career for what
  someone did before, a first or a founding for "the
  first" (`succession.py`), a place for
  "where" (`places.py`), what a thing is or does for "what is" (`descriptions.py`), a list
  headed by the kind of thing asked for ("three sectors — A, B and C") for "what sectors";
* the question's word pairs the sentence holds in the same order ("national anthem"): BM25
  sees words, not phrases;
* the question's words the sentence holds exactly as typed, before stemming ("universities",
  not "university"): people asking about a text reuse its words.

On SQuAD, the pairs and exact words add 0.006 to MRR@10 and 0.010 to R@1, with weights
chosen by cross-validation over articles (scripts/README.md).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from ...index.ranking import RankingConfig
from ...text.analysis import content_words
from ...text.patterns import Pattern
from ..kinds.cues import count_strength, holds, names_person
from ..kinds.descriptions import describes
from ..kinds.measures import measures, without_shares
from ..kinds.places import tells_place
from ..kinds.succession import tells_background, tells_movement, tells_origin, tells_succession
from ..kinds.targets import tells_target
from ..question.query import Query

# A word right before a list it heads: "sectors — A, B", "sectors: A", "sectors such as A",
# "sectors, including A".
_HEADS_LIST = Pattern(
    r"([^\W\d_][\w-]*)\s*(?:[:—–]|-\s|,?\s+(?:such as|including|namely)\b)",
    needles=":|—|–|-|such|including|namely",
)


# What `Evidence.gives_what_is_asked` says of a sentence that surely gives it.
SUREST = 2


class Evidence:
    """Scores sentences against one question. Immutable once built."""

    def __init__(self, query: Query, config: RankingConfig, term: Callable[[str], str]) -> None:
        """`term` gives the term of a (normalised, content) word, as the index has it."""
        self._query = query
        self._config = config
        self._term = term
        self._asked = set(query.terms)
        self._words = set(query.words)
        self._pairs = set(pairwise(query.stems))
        self._counting = query.counting  # read for every sentence scored: built once

    def bonus(self, sentence: str) -> float:
        """Return what the evidence adds to the score of `sentence`."""
        config, wanted = self._config, self._query.wanted
        words = content_words(sentence)
        terms = [self._term(word) for word in words]
        bonus = config.exact_weight * len(self._words.intersection(words))
        bonus += config.bigram_weight * len(self._pairs.intersection(pairwise(terms)))
        if wanted:
            bonus += config.cue_weight * holds(wanted, sentence, self._asked, self._term)
        if self._gives_what_is_asked(sentence, words, terms):
            bonus += config.cue_weight
        if self._query.succession and tells_succession(sentence):
            bonus += config.cue_weight
        if self._query.movement and tells_movement(self._query.movement, sentence):
            # "Who (which members) left?" is answered by the sentence that names those who
            # left ("the tenure of Ms A and Mr B will end"), not by the thanks to "the
            # outgoing members".
            named = wanted in ("who", None) and names_person(sentence)
            bonus += config.cue_weight * (1 + named)
        if self._query.target and tells_target(sentence):
            bonus += config.cue_weight
        if self._query.background and tells_background(sentence):
            bonus += config.cue_weight
        if self._query.origin and tells_origin(sentence):
            bonus += config.cue_weight
        if self._query.place and self.tells_place(sentence):
            bonus += config.cue_weight
        if self._query.description and describes(sentence):
            bonus += config.cue_weight
        if self._query.kind and self._lists_kind(sentence):
            # "What sectors ...?" is answered by the sentence that lists them.
            bonus += config.cue_weight
        return bonus

    def _lists_kind(self, sentence: str) -> bool:
        """Return whether `sentence` lists things of the kind a "what N" question asks for:
        "three sectors — Generative AI, ...", "sectors such as ...", "sectors, including ..."."""
        return any(
            self._term(word) == self._query.kind
            for match in _HEADS_LIST.finditer(sentence)
            for word in content_words(match.group(1))
        )

    def tells_place(self, sentence: str) -> bool:
        """Return whether `sentence` tells a place the question does not name (`places.py`)."""
        return tells_place(sentence, self._asked, self._term)

    @property
    def sharp(self) -> bool:
        """Return whether the question says what its number counts or measures."""
        return bool(self._query.counted or self._query.measure)

    def gives_what_is_asked(self, sentence: str) -> int:
        """Return how surely `sentence` tells what a "how many" question counts (`cues.
        count_strength`: 2 for "the number of ..."), or measures in a unit what a "how tall",
        "how much" question asks (2); 0 when it does neither."""
        words = content_words(sentence)
        return self._gives_what_is_asked(sentence, words, [self._term(word) for word in words])

    def _gives_what_is_asked(self, sentence: str, words: list[str], terms: list[str]) -> int:
        counted, measure = self._query.counted, self._query.measure
        if counted and ("%" in sentence or "cent" in sentence):
            # A share counts nothing: "70% of the graduates" does not tell how many there are.
            words = content_words(without_shares(sentence))
            terms = [self._term(word) for word in words]
        strength = count_strength(words, terms, self._counting) if counted else 0
        if measure and measures(measure, sentence):
            strength = SUREST
        return strength
