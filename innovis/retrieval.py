"""Finding the sentences of a corpus that best answer a list of query terms.

Every sentence of every document is a unit of the BM25 index. The document title counts too,
as a field: each query term found in a document's title adds `TITLE_WEIGHT` times its IDF to
every sentence of that document, and makes the document's first sentence a candidate even when
no sentence shares a word with the question.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .analysis import analyse
from .bm25 import BM25Parameters
from .errors import EmptyCorpusError, InvalidArgumentError
from .index import BM25Index, top_k
from .models import Document, Passage
from .sentences import split_sentences

TITLE_WEIGHT = 0.3


@dataclass(frozen=True, slots=True)
class Hit:
    """A sentence (numbered across the corpus) and its score for a query."""

    sentence: int
    score: float


class Retriever:
    """The sentences of a corpus, indexed for BM25 search. Immutable once built."""

    def __init__(
        self, documents: Sequence[Document], parameters: BM25Parameters | None = None
    ) -> None:
        """Split, analyse and index `documents`.

        Raises EmptyCorpusError when there is no sentence to index, InvalidArgumentError when
        two documents share an id.
        """
        self.documents = tuple(documents)
        seen: set[str] = set()
        for document in self.documents:
            if document.id in seen:
                raise InvalidArgumentError(
                    f"Two documents have the id {document.id!r}: give each a different id."
                )
            seen.add(document.id)
        doc_of: list[int] = []
        starts: list[int] = []
        ends: list[int] = []
        terms: list[list[str]] = []
        self._first_sentence = np.full(len(self.documents), -1, dtype=np.int64)
        for number, document in enumerate(self.documents):
            for start, end in split_sentences(document.text):
                if self._first_sentence[number] < 0:
                    self._first_sentence[number] = len(starts)
                doc_of.append(number)
                starts.append(start)
                ends.append(end)
                terms.append(analyse(document.text[start:end]))
        if not starts:
            raise EmptyCorpusError(
                "The corpus has no sentences to answer from: add press releases with text."
            )
        self._doc_of = np.asarray(doc_of, dtype=np.int64)
        self._starts = starts
        self._ends = ends
        self._index = BM25Index.build(terms, parameters)
        titles: defaultdict[str, list[int]] = defaultdict(list)
        for number, document in enumerate(self.documents):
            if self._first_sentence[number] >= 0:
                for term in set(analyse(document.title or "")):
                    titles[term].append(number)
        self._title_postings = dict(titles)

    @property
    def n_sentences(self) -> int:
        """Return how many sentences are indexed."""
        return self._index.n_documents

    def knows(self, term: str) -> bool:
        """Return whether any sentence of the corpus holds `term`."""
        return term in self._index

    def hits(self, terms: Sequence[str], k: int) -> list[Hit]:
        """Return up to `k` best sentences for the analysed query `terms`, best first."""
        ids, scores = self._index.scores(terms)
        bonus = np.zeros(len(self.documents), dtype=np.float64)
        for term in set(terms):
            for document in self._title_postings.get(term, ()):
                bonus[document] += TITLE_WEIGHT * self._index.idf(term)
        boosted = np.flatnonzero(bonus)
        if boosted.size:
            leads = self._first_sentence[boosted]
            ids = np.concatenate([ids, leads[~np.isin(leads, ids)]])
            scores = np.concatenate([scores, np.zeros(ids.size - scores.size)])
            scores = scores + bonus[self._doc_of[ids]]
        return [Hit(sentence, score) for sentence, score in top_k(ids, scores, k)]

    def ideal_score(self, terms: Sequence[str]) -> float:
        """Return the score a sentence of average length holding each query term once would get.

        Each known term then scores its IDF; a term no sentence holds counts with the highest
        IDF a term can have, so that a question full of unknown words cannot look answered.
        """
        unseen = self._index.unseen_idf()
        return sum(self._index.idf(t) if t in self._index else unseen for t in terms)

    def confidence(self, hit: Hit, terms: Sequence[str]) -> float:
        """Return `hit`'s score as a fraction (0..1) of the ideal score of `terms`."""
        ideal = self.ideal_score(terms)
        return 0.0 if ideal <= 0 else max(0.0, min(1.0, hit.score / ideal))

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
        document = self.documents[self._doc_of[sentence]]
        text: str = document.text[self._starts[sentence - 1] : self._ends[sentence - 1]]
        return text
