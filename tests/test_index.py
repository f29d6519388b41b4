"""The BM25 index scores exactly as rank-bm25's BM25Okapi does, on the same tokens."""

from __future__ import annotations

import random

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from innovis.analysis import analyse
from innovis.assistant import bundled_corpus
from innovis.index import BM25Index
from innovis.readers import load_corpus
from innovis.sentences import split_sentences


def random_corpus(seed: int) -> tuple[list[list[str]], list[list[str]]]:
    rng = random.Random(seed)
    vocabulary = [f"t{i}" for i in range(rng.randint(5, 80))]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]  # Zipf-like
    documents = [
        rng.choices(vocabulary, weights, k=rng.randint(0, 25)) for _ in range(rng.randint(2, 300))
    ]
    queries = [rng.choices([*vocabulary, "unseen"], k=rng.randint(1, 6)) for _ in range(20)]
    return documents, queries


@pytest.mark.parametrize("seed", range(8))
def test_scores_equal_rank_bm25_on_random_corpora(seed: int) -> None:
    documents, queries = random_corpus(seed)
    if not any(documents):
        documents[0] = ["t0"]
    reference = BM25Okapi(documents)
    index = BM25Index.build(documents)
    for query in queries:
        np.testing.assert_allclose(
            index.get_scores(query), reference.get_scores(query), rtol=1e-6, atol=1e-9
        )


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
