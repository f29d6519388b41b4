"""Evidence, beyond BM25, that a sentence answers a question: it reorders the best sentences.

Three signs, each weighted by the ranking configuration:

* the kind of answer the question asks for (`cues.py`): a date for "when", a number for
  "how many" (twice the weight when it counts what the question counts), a name the question
  lacks for "who";
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

from ..index.ranking import RankingConfig
from ..text.analysis import content_words
from .cues import counts, holds
from .query import Query


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

    def bonus(self, sentence: str) -> float:
        """Return what the evidence adds to the score of `sentence`."""
        config, wanted = self._config, self._query.wanted
        words = content_words(sentence)
        terms = [self._term(word) for word in words]
        bonus = config.exact_weight * len(self._words.intersection(words))
        bonus += config.bigram_weight * len(self._pairs.intersection(pairwise(terms)))
        if wanted:
            bonus += config.cue_weight * holds(wanted, sentence, self._asked, self._term)
        counted = self._query.counted
        if counted and counts(words, terms, counted):
            bonus += config.cue_weight
        return bonus
