"""A BM25 index over short texts (here, sentences) kept as an inverted index of flat arrays.

The index is the only module that knows how scores are stored. Each term's postings hold, for
every document that contains it, the document number and the term's precomputed score there
(its impact), so a query touches only the postings of its own terms, never the whole
collection. Scores equal rank-bm25's (`BM25Okapi`, `BM25L`, `BM25Plus`) on the same tokens.

Equal scores are ranked by document number, lowest first. Documents that hold no query term
are only returned by BM25+, where every document scores, and only to fill k places; for Okapi
on tiny corpora, where IDFs can go negative and rank-bm25 would rank such documents first, they
are never returned.

Arrays are memoryviews, built by numpy or mapped from `.npy` files without it: a query whose
terms have few postings is scored in plain Python, so answering from a saved index never has
to import numpy; a larger one is scored with numpy.
"""

from __future__ import annotations

import heapq
import itertools
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from ..errors import IndexFormatError
from .bm25 import BM25Parameters

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    import numpy.typing as npt

    from .counts import TermCounts

# Above this many postings, numpy scores the query faster than a Python loop.
NUMPY_POSTINGS = 2048
ARRAYS = ("indptr", "postings", "impacts", "idf", "everywhere")


class BM25Index:
    """An immutable BM25 index; build it with `BM25Index.build`."""

    def __init__(
        self,
        vocabulary: Mapping[str, int],
        arrays: Mapping[str, memoryview[Any]],
        n_documents: int,
        parameters: BM25Parameters,
    ) -> None:
        """Wrap saved arrays (see `arrays`). Raises IndexFormatError when they do not agree."""
        self._vocabulary = vocabulary
        self._indptr = arrays["indptr"]
        self._postings = arrays["postings"]
        self._impacts = arrays["impacts"]
        self._idf = arrays["idf"]
        self._everywhere = arrays["everywhere"]
        self._n_documents = n_documents
        self.parameters = parameters
        n_terms = len(vocabulary)
        if not (
            len(self._indptr) == n_terms + 1
            and len(self._idf) == len(self._everywhere) == n_terms
            and len(self._postings) == len(self._impacts) == (self._indptr[-1] if n_terms else 0)
        ):
            raise IndexFormatError("The index arrays do not agree in length: it is damaged.")

    @classmethod
    def build(
        cls, documents: Iterable[Sequence[str]], parameters: BM25Parameters | None = None
    ) -> BM25Index:
        """Return the index of `documents`, each a sequence of terms (it may be empty)."""
        from .counts import TermCounts

        return cls.from_counts(TermCounts.of(documents), parameters)

    @classmethod
    def from_counts(cls, counts: TermCounts, parameters: BM25Parameters | None = None) -> BM25Index:
        """Return the index of documents given by their term counts."""
        import numpy as np

        from .bm25 import every_document_score, idf, length_norm, term_score

        parameters = parameters or BM25Parameters()
        n_terms, n_documents = len(counts.vocabulary), counts.lengths.size
        document_frequency = np.bincount(counts.terms, minlength=n_terms)
        indptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(document_frequency, out=indptr[1:])
        weights = idf(document_frequency.astype(np.float64), n_documents, parameters)
        average = float(counts.lengths.mean()) if n_documents else 0.0
        impacts = term_score(
            counts.frequencies.astype(np.float64),
            length_norm(counts.lengths.astype(np.float64), average, parameters.b)[counts.documents],
            weights[counts.terms],
            parameters,
        )
        arrays: dict[str, npt.NDArray[Any]] = {
            "indptr": indptr,
            "postings": counts.documents.astype(np.int32),
            "impacts": impacts.astype(np.float64),
            "idf": weights.astype(np.float64),
            "everywhere": every_document_score(weights, parameters).astype(np.float64),
        }
        views = {name: view_of(array) for name, array in arrays.items()}
        return cls(counts.vocabulary, views, n_documents, parameters)

    @property
    def n_documents(self) -> int:
        """Return how many documents the index holds."""
        return self._n_documents

    @property
    def vocabulary(self) -> Mapping[str, int]:
        """Return the term → term number map."""
        return self._vocabulary

    def arrays(self) -> dict[str, memoryview[Any]]:
        """Return the arrays that, with the vocabulary, make up the index (for saving)."""
        return dict(
            zip(
                ARRAYS,
                (self._indptr, self._postings, self._impacts, self._idf, self._everywhere),
                strict=True,
            )
        )

    def __contains__(self, term: object) -> bool:
        return term in self._vocabulary

    def idf(self, term: str) -> float:
        """Return the IDF of `term`, or 0.0 for a term no document has (as rank-bm25 does)."""
        term_id = self._vocabulary.get(term)
        return 0.0 if term_id is None else self._idf[term_id]

    def unseen_idf(self) -> float:
        """Return the IDF a term found in no document would have."""
        from .bm25 import unseen_idf

        return unseen_idf(self._n_documents, self.parameters)

    def _slices(self, query: Sequence[str]) -> list[tuple[int, int, int]]:
        """Return (start, end, count) of the postings of each distinct known query term."""
        slices = []
        for term, count in Counter(query).items():
            term_id = self._vocabulary.get(term)
            if term_id is not None:
                slices.append((self._indptr[term_id], self._indptr[term_id + 1], count))
        return slices

    def everywhere_score(self, query: Sequence[str]) -> float:
        """Return what every document scores for `query`, holding its terms or not (BM25+'s
        idf * δ per known term; 0 for the other variants)."""
        total = 0.0
        for term, count in Counter(query).items():
            term_id = self._vocabulary.get(term)
            if term_id is not None:
                total += self._everywhere[term_id] * count
        return total

    def scores(self, query: Sequence[str]) -> dict[int, float]:
        """Return {document: score} for the documents that hold a term of `query`.

        A term repeated in the query counts as often as it is repeated, as in rank-bm25.
        """
        slices = self._slices(query)
        base = self.everywhere_score(query)
        if sum(end - start for start, end, _ in slices) > NUMPY_POSTINGS:
            ids, values = self._numpy_scores(slices)
            return dict(zip(ids.tolist(), (values + base).tolist(), strict=True))
        totals: dict[int, float] = {}
        for start, end, count in slices:
            for doc, impact in zip(
                self._postings[start:end], self._impacts[start:end], strict=True
            ):
                totals[doc] = totals.get(doc, base) + impact * count
        return totals

    def _numpy_scores(
        self, slices: list[tuple[int, int, int]]
    ) -> tuple[npt.NDArray[Any], npt.NDArray[Any]]:
        """Return the matching documents (ascending) and their scores, summed with numpy."""
        import numpy as np

        from .arrays import as_numpy

        postings, impacts = as_numpy(self._postings), as_numpy(self._impacts)
        if len(slices) == 1:
            start, end, count = slices[0]
            return postings[start:end], impacts[start:end] * count
        ids = np.concatenate([postings[start:end] for start, end, _ in slices])
        weights = np.concatenate([impacts[start:end] * count for start, end, count in slices])
        unique, inverse = np.unique(ids, return_inverse=True)
        return unique, np.bincount(inverse, weights=weights, minlength=unique.size)

    def holds(self, term: str, document: int) -> bool:
        """Return whether `document` holds `term`."""
        term_id = self._vocabulary.get(term)
        if term_id is None:
            return False
        end = self._indptr[term_id + 1]
        at = bisect_left(self._postings, document, self._indptr[term_id], end)
        return at < end and bool(self._postings[at] == document)

    def scores_of(self, query: Sequence[str], document: int) -> float:
        """Return the score of one document for `query`."""
        total = self.everywhere_score(query)
        for start, end, count in self._slices(query):
            at = bisect_left(self._postings, document, start, end)
            if at < end and self._postings[at] == document:
                total += self._impacts[at] * count
        return total

    def get_scores(self, query: Sequence[str]) -> list[float]:
        """Return the score of every document for `query`, as rank-bm25's `get_scores`."""
        dense = [self.everywhere_score(query)] * self._n_documents
        for document, score in self.scores(query).items():
            dense[document] = score
        return dense

    def top_k(self, query: Sequence[str], k: int) -> list[tuple[int, float]]:
        """Return up to `k` (document, score) pairs for `query`, best first (see module doc)."""
        if k <= 0:
            return []
        slices = self._slices(query)
        if sum(end - start for start, end, _ in slices) > NUMPY_POSTINGS:
            ids, values = self._numpy_scores(slices)
            best = top_k_arrays(ids, values + self.everywhere_score(query), k)
        else:
            best = top_k_items(self.scores(query).items(), k)
        if len(best) < k and self.parameters.variant == "plus":
            base = self.everywhere_score(query)
            taken = {doc for doc, _ in best}
            others = (doc for doc in range(self._n_documents) if doc not in taken)
            best += [(doc, base) for doc in itertools.islice(others, k - len(best))]
        return best


def top_k_items(items: Iterable[tuple[int, float]], k: int) -> list[tuple[int, float]]:
    """Return the `k` best (id, score) pairs, best first, equal scores in ascending id order."""
    return heapq.nsmallest(k, items, key=lambda item: (-item[1], item[0]))


def top_k_arrays(
    ids: npt.NDArray[Any], scores: npt.NDArray[Any], k: int
) -> list[tuple[int, float]]:
    """Return the `k` best (id, score) pairs of numpy arrays, as `top_k_items` orders them."""
    import numpy as np

    if ids.size > k:
        # Keep every candidate tied with the k-th best so the tie-break below sees them all.
        kth = np.partition(scores, ids.size - k)[ids.size - k]
        keep = scores >= kth
        ids, scores = ids[keep], scores[keep]
    order = np.lexsort((ids, -scores))[:k]
    return list(zip(ids[order].tolist(), scores[order].tolist(), strict=True))


def view_of(array: npt.NDArray[Any]) -> memoryview[Any]:
    """Return a memoryview of a numpy array, typed as `arrays.open_array` types them."""
    from .arrays import typed

    code = {4: "i", 8: "q"}[array.itemsize] if array.dtype.kind == "i" else "d"
    return typed(memoryview(array.data).cast("B"), code)
