"""Checks of the arrays of a saved index, made before any of them is used.

Checksums catch damage to the bytes; these checks make sure that what the answering code indexes
with stays in range whatever a file holds (a hand-edited index, a manifest written again after
the damage): every id points at something that exists and every offset only grows, so a bad
array can give neither a traceback, nor an allocation without bound, nor a read out of bounds.

Small arrays are checked in plain Python, so that answering from a small saved index never
imports numpy; large ones with numpy, which would be loaded for their queries anyway.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Mapping

from ..errors import IndexFormatError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# Above this many items, numpy checks an array faster than a Python loop.
NUMPY_ITEMS = 1 << 16


def check_array(
    view: memoryview[Any],
    name: str,
    code: str,
    length: int,
    low: float | None = None,
    high: float | None = None,
    increasing: bool = False,
) -> None:
    """Check that `view` holds `length` items of struct type `code` ("i", "q" or "d"), each in
    [low, high) when they are given, in non-decreasing order when `increasing`, and finite.

    Raises IndexFormatError naming the array `name`.
    """
    if view.format != code:
        raise IndexFormatError(f"{name} holds items of type {view.format!r}, not {code!r}.")
    if len(view) != length:
        raise IndexFormatError(f"{name} holds {len(view):,} items, not {length:,}.")
    if not length:
        return
    if length > NUMPY_ITEMS:
        import numpy as np

        from .arrays import as_numpy

        values = as_numpy(view)
        smallest, largest = values.min(), values.max()
        finite = code != "d" or bool(np.isfinite(values).all())
        ordered = not increasing or bool((values[1:] >= values[:-1]).all())
    else:
        smallest, largest = min(view), max(view)
        finite = code != "d" or all(map(math.isfinite, view))
        ordered = not increasing or all(map(operator.le, view[:-1], view[1:]))
    if not finite:
        raise IndexFormatError(f"{name} holds a number that is not finite.")
    if (low is not None and smallest < low) or (high is not None and largest >= high):
        raise IndexFormatError(f"{name} holds a value out of its range.")
    if not ordered:
        raise IndexFormatError(f"{name} is out of order.")


def check_bm25(arrays: Mapping[str, memoryview[Any]], n_terms: int, n_documents: int) -> None:
    """Check the arrays of a BM25 index of `n_terms` terms over `n_documents` documents: term
    offsets that grow from 0 to the number of postings, postings that name existing documents in
    increasing order within each term, and finite scores. Raises IndexFormatError."""
    indptr, postings = arrays["indptr"], arrays["postings"]
    check_array(indptr, "indptr", "q", n_terms + 1, 0, None, increasing=True)
    if indptr[0] != 0:
        raise IndexFormatError("indptr does not start at 0.")
    n_postings = indptr[-1]
    check_array(postings, "postings", "i", n_postings, 0, n_documents)
    check_array(arrays["impacts"], "impacts", "d", n_postings)
    check_array(arrays["idf"], "idf", "d", n_terms)
    check_array(arrays["everywhere"], "everywhere", "d", n_terms)
    if not _sorted_within_terms(indptr, postings):
        raise IndexFormatError("postings are out of order.")


def _sorted_within_terms(indptr: memoryview[Any], postings: memoryview[Any]) -> bool:
    """Return whether each term's postings strictly increase (retrieval bisects them)."""
    if len(postings) < 2:
        return True
    if len(postings) > NUMPY_ITEMS:
        from .arrays import as_numpy

        values, starts = as_numpy(postings), as_numpy(indptr)[1:-1]
        rising = values[1:] > values[:-1]
        # A term's first posting may be lower than the previous term's last.
        boundaries = starts[(starts > 0) & (starts < len(values))] - 1
        rising[boundaries] = True
        return bool(rising.all())
    for term in range(len(indptr) - 1):
        start, end = indptr[term], indptr[term + 1]
        if not all(map(operator.lt, postings[start : end - 1], postings[start + 1 : end])):
            return False
    return True


def check_sentences(
    columns: Mapping[str, memoryview[Any]],
    offsets: memoryview[Any],
    text_size: int,
    n_sentences: int,
    n_paragraphs: int,
) -> None:
    """Check the sentence table and the document text offsets of an index.

    Raises IndexFormatError when a sentence names a document or paragraph that does not exist,
    spans characters outside its document, or the tables are not in order.
    """
    n_documents = len(offsets) - 1
    check_array(offsets, "text_offsets", "q", n_documents + 1, 0, text_size + 1, increasing=True)
    if n_documents < 0 or offsets[0] != 0 or offsets[-1] != text_size:
        raise IndexFormatError("text_offsets do not cover the texts.")
    check_array(columns["document"], "sentence_document", "i", n_sentences, 0, n_documents, True)
    check_array(columns["paragraph"], "sentence_paragraph", "i", n_sentences, 0, n_paragraphs, True)
    first = columns["paragraph_first"]
    check_array(first, "sentence_paragraph_first", "i", n_paragraphs + 1, 0, n_sentences + 1, True)
    if first[0] != 0 or first[-1] != n_sentences:
        raise IndexFormatError("sentence_paragraph_first does not cover the sentences.")
    check_array(
        columns["document_first"], "sentence_document_first", "i", n_documents, -1, n_sentences
    )
    check_array(columns["start"], "sentence_start", "i", n_sentences, 0)
    check_array(columns["end"], "sentence_end", "i", n_sentences, 0)
    if not _spans_inside(columns, offsets):
        raise IndexFormatError("a sentence lies outside its document's text.")


def _spans_inside(columns: Mapping[str, memoryview[Any]], offsets: memoryview[Any]) -> bool:
    """Return whether every sentence starts before it ends, and ends within its document's
    text (which has at most as many characters as bytes)."""
    document, start, end = columns["document"], columns["start"], columns["end"]
    if len(document) > NUMPY_ITEMS:
        from .arrays import as_numpy

        sizes = as_numpy(offsets)[1:] - as_numpy(offsets)[:-1]
        ends = as_numpy(end)
        return bool((as_numpy(start) <= ends).all() and (ends <= sizes[as_numpy(document)]).all())
    return all(
        first <= last <= offsets[number + 1] - offsets[number]
        for number, first, last in zip(document, start, end, strict=True)
    )
