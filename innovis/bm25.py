"""BM25 formulas as pure functions of arrays, exactly as rank-bm25 0.2.2 computes them.

Source: Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond" (2009),
in the form of rank-bm25's `BM25Okapi` (github.com/dorianbrown/rank_bm25): a term that occurs in
more than half of the documents would get a negative IDF, and gets `epsilon` times the mean IDF
of the vocabulary instead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class BM25Parameters:
    """k1 saturates term frequency, b scales by document length, epsilon floors the IDF."""

    k1: float = 1.5
    b: float = 0.75
    epsilon: float = 0.25


def okapi_idf(document_frequency: FloatArray, n_documents: int, epsilon: float) -> FloatArray:
    """Return the IDF of each term: log((N - df + 0.5) / (df + 0.5)), floored as rank-bm25 does."""
    idf = np.log(n_documents - document_frequency + 0.5) - np.log(document_frequency + 0.5)
    if idf.size == 0:
        return idf
    floor = epsilon * float(idf.mean())
    return np.where(idf < 0, floor, idf)


def unseen_idf(n_documents: int) -> float:
    """Return the IDF a term found in no document would have: the highest any term can have."""
    return math.log(n_documents + 0.5) - math.log(0.5)


def length_norm(document_length: FloatArray, average_length: float, b: float) -> FloatArray:
    """Return 1 - b + b * |d| / avgdl for each document."""
    if average_length == 0:
        return np.ones_like(document_length)
    return 1 - b + b * document_length / average_length


def okapi_term_score(
    term_frequency: FloatArray, norm: FloatArray, idf: FloatArray, k1: float
) -> FloatArray:
    """Return one term's contribution: idf * tf * (k1 + 1) / (tf + k1 * norm)."""
    return idf * (term_frequency * (k1 + 1) / (term_frequency + k1 * norm))
