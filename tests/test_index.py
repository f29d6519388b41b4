"""The BM25 index scores exactly as rank-bm25 does (BM25Okapi, BM25L, BM25Plus) on the same
tokens, and ranks as rank-bm25's scores sort, ties by document number."""

from __future__ import annotations

import random

import numpy as np
import pytest
from rank_bm25 import BM25L, BM25Okapi, BM25Plus

from innovis.assistant import bundled_corpus
from innovis.index import postings as index_module
from innovis.index.bm25 import BM25Parameters
from innovis.index.postings import BM25Index
from innovis.reading.readers import load_corpus
from innovis.text.analysis import analyse
from innovis.text.sentences import split_sentences

VARIANTS = [("okapi", BM25Okapi), ("l", BM25L), ("plus", BM25Plus)]


def random_corpus(seed: int) -> tuple[list[list[str]], list[list[str]]]:
    rng = random.Random(seed)
    vocabulary = [f"t{i}" for i in range(rng.randint(5, 80))]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]  # Zipf-like
    documents = [
        rng.choices(vocabulary, weights, k=rng.randint(0, 25)) for _ in range(rng.randint(2, 300))
    ]
    queries = [rng.choices([*vocabulary, "unseen"], k=rng.randint(1, 6)) for _ in range(20)]
    return documents, queries


def expected_top_k(reference, documents, query, k: int, variant: str) -> list[int]:
    """rank-bm25's scores sorted best first, ties by document number (our documented order);
    only documents that hold a query term, except for BM25+ where every document scores.

    Scores are rounded to 9 decimals first: rank-bm25 adds a term's parts in another order than
    we do, so equal scores can differ in the last bit between the two.
    """
    scores = np.round(reference.get_scores(query), 9)
    order = np.lexsort((np.arange(len(scores)), -scores))
    wanted = set(query)
    return [int(d) for d in order if variant == "plus" or wanted & set(documents[d])][:k]


@pytest.mark.parametrize("numpy_from", [10**9, 0], ids=["python", "numpy"])
@pytest.mark.parametrize(("variant", "reference_class"), VARIANTS)
@pytest.mark.parametrize("seed", range(6))
def test_scores_and_top_k_equal_rank_bm25_on_random_corpora(
    seed: int, variant: str, reference_class, numpy_from: int, monkeypatch
) -> None:
    monkeypatch.setattr(index_module, "NUMPY_POSTINGS", numpy_from)
    documents, queries = random_corpus(seed)
    if not any(documents):
        documents[0] = ["t0"]
    reference = reference_class(documents)
    index = BM25Index.build(documents, BM25Parameters(variant=variant))
    for query in queries:
        np.testing.assert_allclose(
            index.get_scores(query), reference.get_scores(query), rtol=1e-6, atol=1e-9
        )
        for k in (1, 5, len(documents) + 3):
            got = [doc for doc, _ in index.top_k(query, k)]
            assert got == expected_top_k(reference, documents, query, k, variant)


def test_scores_equal_rank_bm25_on_the_bundled_release() -> None:
    (document,) = load_corpus(bundled_corpus())
    documents = [analyse(document.text[s:e]) for s, e in split_sentences(document.text)]
    reference = BM25Okapi(documents)
    index = BM25Index.build(documents)
    for question in ["What is the San Tin Technopole?", "HKSTP talent", "GBA GBA research"]:
        query = analyse(question)
        np.testing.assert_allclose(index.get_scores(query), reference.get_scores(query), rtol=1e-6)


def test_top_k_is_best_first_with_ties_in_document_order() -> None:
    index = BM25Index.build([["a", "b"], ["c"], ["a", "b"], ["a"], ["d"], ["e"], ["f"], ["g"]])
    ranked = index.top_k(["a"], 3)
    assert [doc for doc, _ in ranked] == [3, 0, 2]
    assert ranked[1][1] == ranked[2][1]
    assert index.top_k(["zzz"], 3) == []


def test_holds_tells_which_documents_have_a_term() -> None:
    documents, _ = random_corpus(seed=3)
    index = BM25Index.build(documents)
    for number, document in enumerate(documents):
        for term in ("t0", "t1", "t4", "unseen"):
            assert index.holds(term, number) == (term in document)
