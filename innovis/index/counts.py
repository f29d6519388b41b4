"""Counting terms in documents, the first step of building a BM25 index (`postings.py`).

A module of its own: only building an index counts terms, and answering from a saved index
does not load it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import numpy.typing as npt


class TermCounts(NamedTuple):
    """How often each term occurs in each document: (term, document, frequency) triples sorted
    by term, then document, with the length of every document. Built with numpy."""

    vocabulary: dict[str, int]
    terms: npt.NDArray[Any]
    documents: npt.NDArray[Any]
    frequencies: npt.NDArray[Any]
    lengths: npt.NDArray[Any]

    @classmethod
    def of(cls, documents: Iterable[Sequence[str]]) -> TermCounts:
        """Return the term counts of `documents`, each a sequence of terms."""
        import numpy as np

        documents = list(documents)
        vocabulary: dict[str, int] = {}
        lengths = np.fromiter((len(d) for d in documents), dtype=np.int64, count=len(documents))
        flat = np.fromiter(
            (vocabulary.setdefault(term, len(vocabulary)) for d in documents for term in d),
            dtype=np.int64,
            count=int(lengths.sum()),
        )
        n = max(len(documents), 1)
        flat *= n  # the key of a (term, document) pair, built in place to spare memory
        flat += np.repeat(np.arange(len(documents), dtype=np.int64), lengths)
        keys, frequencies = np.unique(flat, return_counts=True)
        del flat
        return cls(vocabulary, keys // n, keys % n, frequencies.astype(np.int64), lengths)

    def grouped(self, group_of: npt.NDArray[Any], n_groups: int) -> TermCounts:
        """Return the counts of groups of documents (paragraphs of sentences, say)."""
        import numpy as np

        lengths = np.bincount(group_of, weights=self.lengths, minlength=n_groups).astype(np.int64)
        n = max(n_groups, 1)
        keys, inverse = np.unique(self.terms * n + group_of[self.documents], return_inverse=True)
        frequencies = np.bincount(inverse.ravel(), weights=self.frequencies, minlength=keys.size)
        return TermCounts(
            self.vocabulary, keys // n, keys % n, frequencies.astype(np.int64), lengths
        )
