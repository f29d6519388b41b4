"""BM25 formulas as pure functions of arrays, exactly as rank-bm25 0.2.2 computes them.

Sources: Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond" (2009)
for BM25 (Okapi); Lv & Zhai, "When documents are very long, BM25 fails!" (SIGIR 2011) for BM25L;
Lv & Zhai, "Lower-bounding term frequency normalization" (CIKM 2011) for BM25+. Each in the form
of rank-bm25 (github.com/dorianbrown/rank_bm25), including its quirks:

* Okapi: a term in more than half of the documents would get a negative IDF and gets
  `epsilon` times the mean IDF of the vocabulary instead.
* BM25L: rank-bm25 multiplies by the term frequency twice (`tf * (k1 + 1) * (ctd + δ) /
  (k1 + ctd + δ)` with `ctd = tf / norm`), where the paper has no leading `tf`. We match
  rank-bm25, so a term absent from a document adds nothing there.
* BM25+: every document gets `idf * δ` for every query term in the vocabulary, whether it holds
  the term or not; only the rest of the score depends on the document.

numpy is imported inside the functions that build arrays: answering from a saved index needs
only `BM25Parameters` and `unseen_idf`, and must start without numpy.
"""

from __future__ import annotations

import math

from ..tuples import NamedTuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    Variant = Literal["okapi", "l", "plus"]

_DEFAULT_DELTA = {"okapi": 0.0, "l": 0.5, "plus": 1.0}


class BM25Parameters(NamedTuple):
    """Which BM25 and its parameters, with rank-bm25's defaults.

    k1 saturates term frequency, b scales by document length, epsilon floors Okapi's IDF and
    delta is BM25L's and BM25+'s shift (None: rank-bm25's default, 0.5 for L, 1 for +).
    """

    k1: float = 1.5
    b: float = 0.75
    epsilon: float = 0.25
    variant: Variant = "okapi"
    delta: float | None = None

    @property
    def shift(self) -> float:
        """Return delta, or the variant's default when it is not set."""
        return _DEFAULT_DELTA[self.variant] if self.delta is None else self.delta


def idf(document_frequency: FloatArray, n_documents: int, parameters: BM25Parameters) -> FloatArray:
    """Return the IDF of each term for the chosen variant."""
    import numpy as np

    values: FloatArray
    if parameters.variant == "l":
        values = np.log(n_documents + 1) - np.log(document_frequency + 0.5)
    elif parameters.variant == "plus":
        values = np.log((n_documents + 1) / document_frequency)
    else:
        values = np.log(n_documents - document_frequency + 0.5) - np.log(document_frequency + 0.5)
        if values.size:
            floor = parameters.epsilon * float(values.mean())
            values = np.where(values < 0, floor, values)
    return values


def unseen_idf(n_documents: int, parameters: BM25Parameters) -> float:
    """Return the IDF a term in no document would have: above any real term's."""
    if parameters.variant == "l":
        return math.log(n_documents + 1) - math.log(0.5)
    if parameters.variant == "plus":
        return math.log(n_documents + 1)
    return math.log(n_documents + 0.5) - math.log(0.5)


def length_norm(document_length: FloatArray, average_length: float, b: float) -> FloatArray:
    """Return 1 - b + b * |d| / avgdl for each document."""
    import numpy as np

    if average_length == 0:
        return np.ones_like(document_length)
    return 1 - b + b * document_length / average_length


def term_score(
    term_frequency: FloatArray, norm: FloatArray, idf: FloatArray, parameters: BM25Parameters
) -> FloatArray:
    """Return a term's contribution where it occurs (`tf` > 0), BM25+'s `idf * δ` left out."""
    k1 = parameters.k1
    if parameters.variant == "l":
        ctd = term_frequency / norm
        delta = parameters.shift
        return idf * term_frequency * (k1 + 1) * (ctd + delta) / (k1 + ctd + delta)
    if parameters.variant == "plus":
        return idf * (term_frequency * (k1 + 1) / (k1 * norm + term_frequency))
    return idf * (term_frequency * (k1 + 1) / (term_frequency + k1 * norm))


def every_document_score(idf: FloatArray, parameters: BM25Parameters) -> FloatArray:
    """Return what a term adds to every document, holding it or not (BM25+'s idf * δ; else 0)."""
    import numpy as np

    if parameters.variant == "plus":
        return idf * parameters.shift
    return np.zeros_like(idf)
