"""Finding the sentences of a corpus that best answer a question.

A sentence's score blends three fields, each a BM25 score as rank-bm25 defines it:

* the sentence itself (k1 and b tuned for sentences: `RankingConfig.sentence`);
* its paragraph, weighted by `paragraph_weight`: questions often share words with the
  sentences around the answer rather than with the answer itself;
* its document's title: each question term in the title adds `title_weight` times its IDF,
  and makes the document's first sentence a candidate.

Then, among the best `CUE_DEPTH` sentences, those that hold the kind of answer the question
asks for (`cues.py`) gain `cue_weight`. The weights were chosen by cross-validation over
SQuAD articles (scripts/tune_ranking.py; scripts/README.md has the figures).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from .acronyms import Acronyms
from .analysis import analyse, content_words, stem
from .bm25 import BM25Parameters
from .cues import holds
from .errors import EmptyCorpusError, InvalidArgumentError
from .index import BM25Index, top_k
from .models import Document, Passage
from .query import Query, QueryReader
from .sentences import split_paragraphs

CUE_DEPTH = 100


@dataclass(frozen=True, slots=True)
class RankingConfig:
    """The weights of the fields a sentence's score blends (see the module docstring)."""

    sentence: BM25Parameters = field(default_factory=lambda: BM25Parameters(k1=0.9, b=0.4))
    paragraph: BM25Parameters = field(default_factory=BM25Parameters)
    paragraph_weight: float = 0.7
    title_weight: float = 0.3
    cue_weight: float = 3.0


@dataclass(frozen=True, slots=True)
class Hit:
    """A sentence (numbered across the corpus) and its score for a query."""

    sentence: int
    score: float


class Retriever:
    """The sentences of a corpus, indexed for search. Immutable once built."""

    def __init__(self, documents: Sequence[Document], config: RankingConfig | None = None) -> None:
        """Split, analyse and index `documents`.

        Raises EmptyCorpusError when there is no sentence to index, InvalidArgumentError when
        two documents share an id.
        """
        self.documents = tuple(documents)
        self.config = config or RankingConfig()
        _check_unique_ids(self.documents)
        doc_of: list[int] = []
        paragraph_of: list[int] = []
        starts: list[int] = []
        ends: list[int] = []
        sentence_terms: list[list[str]] = []
        paragraph_terms: list[list[str]] = []
        words: Counter[str] = Counter()
        acronyms = Acronyms.mine(document.text for document in self.documents)
        self._first_sentence = np.full(len(self.documents), -1, dtype=np.int64)
        for number, document in enumerate(self.documents):
            for paragraph in split_paragraphs(document.text):
                if self._first_sentence[number] < 0:
                    self._first_sentence[number] = len(starts)
                paragraph_terms.append([])
                for start, end in paragraph:
                    sentence_words = content_words(document.text[start:end])
                    words.update(sentence_words)
                    terms = acronyms.expand([stem(word) for word in sentence_words])
                    doc_of.append(number)
                    paragraph_of.append(len(paragraph_terms) - 1)
                    starts.append(start)
                    ends.append(end)
                    sentence_terms.append(terms)
                    paragraph_terms[-1].extend(terms)
        if not starts:
            raise EmptyCorpusError(
                "The corpus has no sentences to answer from: add press releases with text."
            )
        self._doc_of = np.asarray(doc_of, dtype=np.int64)
        self._paragraph_of = np.asarray(paragraph_of, dtype=np.int64)
        self._starts = starts
        self._ends = ends
        self._sentences = BM25Index.build(sentence_terms, self.config.sentence)
        self._paragraphs = BM25Index.build(paragraph_terms, self.config.paragraph)
        self._paragraph_first = np.searchsorted(self._paragraph_of, np.arange(len(paragraph_terms)))
        titles: defaultdict[str, list[int]] = defaultdict(list)
        for number, document in enumerate(self.documents):
            if self._first_sentence[number] >= 0:
                for term in set(acronyms.expand(analyse(document.title or ""))):
                    titles[term].append(number)
        self._title_postings = dict(titles)
        self.reader = QueryReader(self.knows, words, acronyms)

    @property
    def n_sentences(self) -> int:
        """Return how many sentences are indexed."""
        return self._sentences.n_documents

    def knows(self, term: str) -> bool:
        """Return whether any sentence of the corpus holds `term`."""
        return term in self._sentences

    def knows_word(self, word: str) -> bool:
        """Return whether any sentence holds the term of a (normalised, content) word."""
        return stem(word) in self._sentences

    def read(self, question: str) -> Query:
        """Return the Query of `question`: its terms, spelling mended, acronyms expanded."""
        return self.reader.read(question)

    def hits(self, query: Query, k: int) -> list[Hit]:
        """Return up to `k` best sentences for `query`, best first."""
        terms, wanted = query.terms, query.wanted
        ids, scores = self._context_scores(terms)
        ids, scores = self._add_title(terms, ids, scores)
        ranked = top_k(ids, scores, max(k, CUE_DEPTH) if wanted else k)
        if wanted and self.config.cue_weight:
            asked = set(terms)
            ranked = sorted(
                (
                    (
                        sentence,
                        score + self.config.cue_weight * holds(wanted, self._text(sentence), asked),
                    )
                    for sentence, score in ranked
                ),
                key=lambda pair: (-pair[1], pair[0]),
            )
        return [Hit(sentence, score) for sentence, score in ranked[:k]]

    def _context_scores(
        self, terms: Sequence[str]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        """Return every sentence of a paragraph that matches, with sentence + paragraph score."""
        sentence_ids, sentence_scores = self._sentences.scores(terms)
        if not self.config.paragraph_weight:
            return sentence_ids.astype(np.int64), sentence_scores
        paragraph_ids, paragraph_scores = self._paragraphs.scores(terms)
        counts = np.diff(np.append(self._paragraph_first, self.n_sentences))[paragraph_ids]
        ids = np.repeat(self._paragraph_first[paragraph_ids], counts)
        ids += np.arange(ids.size) - np.repeat(np.cumsum(counts) - counts, counts)
        scores = np.repeat(self.config.paragraph_weight * paragraph_scores, counts)
        scores[np.searchsorted(ids, sentence_ids)] += sentence_scores
        return ids, scores

    def _add_title(
        self,
        terms: Sequence[str],
        ids: npt.NDArray[np.int64],
        scores: npt.NDArray[np.float64],
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        bonus = np.zeros(len(self.documents), dtype=np.float64)
        for term in set(terms):
            for document in self._title_postings.get(term, ()):
                bonus[document] += self.config.title_weight * self._sentences.idf(term)
        boosted = np.flatnonzero(bonus)
        if not boosted.size:
            return ids, scores
        leads = self._first_sentence[boosted]
        leads = leads[~np.isin(leads, ids)]
        ids = np.concatenate([ids, leads])
        scores = np.concatenate([scores, np.zeros(leads.size)])
        return ids, scores + bonus[self._doc_of[ids]]

    def ideal_score(self, terms: Sequence[str]) -> float:
        """Return the sentence + paragraph score the query could reach.

        That is the score of a sentence of average length, in a paragraph of average length,
        each holding every query term once: each known term adds its IDF in both fields. A
        term the corpus never uses counts with the highest IDF there is, so that a question
        full of unknown words cannot look answered.
        """
        total = 0.0
        weight = self.config.paragraph_weight
        for term in terms:
            if term in self._sentences:
                total += self._sentences.idf(term) + weight * self._paragraphs.idf(term)
            else:
                total += self._sentences.unseen_idf() + weight * self._paragraphs.unseen_idf()
        return total

    def confidence(self, hit: Hit, query: Query) -> float:
        """Return how much of the ideal score of `query` the hit's sentence reaches (0..1).

        Title and answer-type bonuses are left out: they reorder answers, they do not make
        a sentence answer a question.
        """
        terms = query.terms
        ideal = self.ideal_score(terms)
        if ideal <= 0:
            return 0.0
        sentence = self._sentences.scores_of(terms, hit.sentence)
        paragraph = self._paragraphs.scores_of(terms, int(self._paragraph_of[hit.sentence]))
        reached = sentence + self.config.paragraph_weight * paragraph
        return max(0.0, min(1.0, reached / ideal))

    def _text(self, sentence: int) -> str:
        document = self.documents[self._doc_of[sentence]]
        text: str = document.text[self._starts[sentence] : self._ends[sentence]]
        return text

    def passage(self, hit: Hit) -> Passage:
        """Return the Passage a hit stands for."""
        document = self.documents[self._doc_of[hit.sentence]]
        start, end = self._starts[hit.sentence], self._ends[hit.sentence]
        return Passage(
            doc_id=document.id,
            title=document.title,
            date=document.date,
            text=document.text[start:end],
            start=start,
            end=end,
            score=hit.score,
        )

    def previous_sentence(self, sentence: int) -> str | None:
        """Return the sentence before `sentence` in the same document, or None."""
        if sentence == 0 or self._doc_of[sentence - 1] != self._doc_of[sentence]:
            return None
        return self._text(sentence - 1)


def _check_unique_ids(documents: Sequence[Document]) -> None:
    seen: set[str] = set()
    for document in documents:
        if document.id in seen:
            raise InvalidArgumentError(
                f"Two documents have the id {document.id!r}: give each a different id."
            )
        seen.add(document.id)
