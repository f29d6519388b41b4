"""A BM25 index over short texts (here, sentences) kept as an inverted index in numpy arrays.

The index is the only module that knows how scores are stored; the rest of INNOVIS asks it for
the best documents of a list of terms. Each term's postings hold, for every document that
contains it, the document number and the term's precomputed score there (its impact), so a
query touches only the postings of its own terms, never the whole collection. Scores equal
rank-bm25's `BM25Okapi.get_scores` on the same tokens; ties are broken by document order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from .bm25 import (
    BM25Parameters,
    FloatArray,
    length_norm,
    okapi_idf,
    okapi_term_score,
    unseen_idf,
)

IntArray = npt.NDArray[np.int64]


class BM25Index:
    """An immutable BM25 index; build it with `BM25Index.build`."""

    def __init__(
        self,
        vocabulary: dict[str, int],
        indptr: IntArray,
        postings: npt.NDArray[np.int32],
        impacts: npt.NDArray[np.float32],
        idf: FloatArray,
        n_documents: int,
    ) -> None:
        self._vocabulary = vocabulary
        self._indptr = indptr
        self._postings = postings
        self._impacts = impacts
        self._idf = idf
        self._n_documents = n_documents

    @classmethod
    def build(
        cls, documents: Iterable[Sequence[str]], parameters: BM25Parameters | None = None
    ) -> BM25Index:
        """Return the index of `documents`, each a sequence of terms (it may be empty)."""
        parameters = parameters or BM25Parameters()
        vocabulary: dict[str, int] = {}
        term_ids: list[int] = []
        doc_ids: list[int] = []
        frequencies: list[int] = []
        lengths: list[int] = []
        for doc_id, terms in enumerate(documents):
            lengths.append(len(terms))
            for term, frequency in Counter(terms).items():
                term_ids.append(vocabulary.setdefault(term, len(vocabulary)))
                doc_ids.append(doc_id)
                frequencies.append(frequency)
        n_documents = len(lengths)
        terms_of = np.asarray(term_ids, dtype=np.int64)
        order = np.argsort(terms_of, kind="stable")  # keeps each term's documents in order
        document_frequency = np.bincount(terms_of, minlength=len(vocabulary))
        indptr = np.zeros(len(vocabulary) + 1, dtype=np.int64)
        np.cumsum(document_frequency, out=indptr[1:])
        idf = okapi_idf(document_frequency.astype(np.float64), n_documents, parameters.epsilon)
        length = np.asarray(lengths, dtype=np.float64)
        average = float(length.mean()) if n_documents else 0.0
        postings = np.asarray(doc_ids, dtype=np.int32)[order]
        impacts = okapi_term_score(
            np.asarray(frequencies, dtype=np.float64)[order],
            length_norm(length, average, parameters.b)[postings],
            idf[terms_of[order]],
            parameters.k1,
        )
        return cls(vocabulary, indptr, postings, impacts.astype(np.float32), idf, n_documents)

    @property
    def n_documents(self) -> int:
        """Return how many documents the index holds."""
        return self._n_documents

    def __contains__(self, term: object) -> bool:
        return term in self._vocabulary

    def idf(self, term: str) -> float:
        """Return the IDF of `term`, or 0.0 for a term no document has (as rank-bm25 does)."""
        term_id = self._vocabulary.get(term)
        return 0.0 if term_id is None else float(self._idf[term_id])

    def unseen_idf(self) -> float:
        """Return the IDF a term found in no document would have."""
        return unseen_idf(self._n_documents)

    def scores(self, query: Sequence[str]) -> tuple[npt.NDArray[np.int32], FloatArray]:
        """Return the documents that hold a term of `query` (ascending) and their scores.

        A term repeated in the query counts as often as it is repeated, as in rank-bm25.
        """
        slices = []
        for term, count in Counter(query).items():
            term_id = self._vocabulary.get(term)
            if term_id is not None:
                start, end = self._indptr[term_id], self._indptr[term_id + 1]
                slices.append((self._postings[start:end], self._impacts[start:end], count))
        if not slices:
            return np.empty(0, dtype=np.int32), np.empty(0, dtype=np.float64)
        if len(slices) == 1:
            ids, impacts, count = slices[0]
            return ids.copy(), impacts.astype(np.float64) * count
        ids = np.concatenate([ids for ids, _, _ in slices])
        weights = np.concatenate(
            [impacts.astype(np.float64) * count for _, impacts, count in slices]
        )
        unique, inverse = np.unique(ids, return_inverse=True)
        summed = np.bincount(inverse, weights=weights, minlength=unique.size)
        return unique, summed.astype(np.float64, copy=False)

    def scores_of(self, query: Sequence[str], document: int) -> float:
        """Return the score of one document for `query`."""
        total = 0.0
        for term, count in Counter(query).items():
            term_id = self._vocabulary.get(term)
            if term_id is not None:
                start, end = self._indptr[term_id], self._indptr[term_id + 1]
                at = start + int(np.searchsorted(self._postings[start:end], document))
                if at < end and self._postings[at] == document:
                    total += float(self._impacts[at]) * count
        return total

    def get_scores(self, query: Sequence[str]) -> FloatArray:
        """Return the score of every document for `query` (zero where no term matches)."""
        dense = np.zeros(self._n_documents, dtype=np.float64)
        ids, scores = self.scores(query)
        dense[ids] = scores
        return dense

    def top_k(self, query: Sequence[str], k: int) -> list[tuple[int, float]]:
        """Return up to `k` (document, score) pairs that match `query`, best first.

        Equal scores keep document order. Documents that match no term are not returned.
        """
        ids, scores = self.scores(query)
        return top_k(ids, scores, k)


def top_k(ids: npt.NDArray[np.integer[Any]], scores: FloatArray, k: int) -> list[tuple[int, float]]:
    """Return the `k` best (id, score) pairs, best first, equal scores in ascending id order."""
    if k <= 0 or ids.size == 0:
        return []
    if ids.size > k:
        # Keep every candidate tied with the k-th best so the tie-break below sees them all.
        kth = np.partition(scores, ids.size - k)[ids.size - k]
        keep = scores >= kth
        ids, scores = ids[keep], scores[keep]
    order = np.lexsort((ids, -scores))[:k]
    return [(int(ids[i]), float(scores[i])) for i in order]
