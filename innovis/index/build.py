"""Building a CorpusIndex from documents: split, analyse, index. Uses numpy and NLTK."""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from ..errors import EmptyCorpusError, InvalidArgumentError
from ..models import Document
from ..text.acronyms import Acronyms
from ..text.analysis import analyse, content_words, stem
from ..text.splitting import split_documents
from ..text.topics import key_phrases
from .corpus_index import CorpusIndex, SentenceTable
from .counts import TermCounts
from .documents import DocumentTable
from .postings import BM25Index, view_of
from .ranking import RankingConfig

Progress = Callable[[int, int, int], None]  # (documents done, documents in all, sentences)


def build_index(
    documents: Sequence[Document],
    config: RankingConfig | None = None,
    progress: Progress | None = None,
) -> CorpusIndex:
    """Return the index of `documents`.

    `progress`, if given, is called now and then with (documents done, documents in all,
    sentences so far).
    Raises EmptyCorpusError when there is no sentence to index, InvalidArgumentError when two
    documents share an id.
    """
    config = config or RankingConfig()
    _check_unique_ids(documents)
    acronyms = Acronyms.mine(document.text for document in documents)
    words: Counter[str] = Counter()
    # Flat int arrays rather than lists: a million sentences' worth of Python ints is ~150 MB.
    columns: defaultdict[str, array[int]] = defaultdict(lambda: array("i"))
    sentence_terms: list[list[str]] = []
    document_first: list[int] = []
    total = len(documents)
    # Splitting is the first half of the work the progress bar shows, analysing the second.
    splitting = (lambda split: progress(split // 2, total, 0)) if progress else None
    all_spans = split_documents([document.text for document in documents], done=splitting)
    for number, document in enumerate(documents):
        before = len(sentence_terms)
        spans, all_spans[number] = all_spans[number], []  # let each document's spans go
        for paragraph in spans:
            columns["paragraph_first"].append(len(sentence_terms))
            for start, end in paragraph:
                sentence_words = content_words(document.text[start:end])
                words.update(sentence_words)
                columns["document"].append(number)
                columns["paragraph"].append(len(columns["paragraph_first"]) - 1)
                columns["start"].append(start)
                columns["end"].append(end)
                sentence_terms.append(acronyms.expand([stem(word) for word in sentence_words]))
        document_first.append(before if len(sentence_terms) > before else -1)
        if progress and (number % 64 == 0 or number + 1 == total):
            progress((total + number + 1) // 2, total, len(sentence_terms))
    if not sentence_terms:
        raise EmptyCorpusError(
            "The corpus has no sentences to answer from: add press releases with text."
        )
    columns["paragraph_first"].append(len(sentence_terms))
    sentences = SentenceTable(
        document=_int32(columns["document"]),
        paragraph=_int32(columns["paragraph"]),
        start=_int32(columns["start"]),
        end=_int32(columns["end"]),
        paragraph_first=_int32(columns["paragraph_first"]),
        document_first=_int32(document_first),
    )
    titles: defaultdict[str, list[int]] = defaultdict(list)
    for number, document in enumerate(documents):
        if document_first[number] >= 0:
            for term in sorted(set(acronyms.expand(analyse(document.title or "")))):
                titles[term].append(number)
    stems = {word: stem(word) for word in words}
    counts = TermCounts.of(sentence_terms)
    paragraph_of = np.asarray(columns["paragraph"], dtype=np.int64)
    n_paragraphs = len(columns["paragraph_first"]) - 1
    return CorpusIndex(
        documents=DocumentTable.of(documents),
        config=config,
        sentences=sentences,
        sentence_index=BM25Index.from_counts(counts, config.sentence),
        paragraph_index=BM25Index.from_counts(
            counts.grouped(paragraph_of, n_paragraphs), config.paragraph
        ),
        titles=dict(titles),
        acronyms=acronyms,
        topics=key_phrases(documents),
        words=lambda: words,
        stems=lambda: stems,
    )


def _int32(values: Sequence[int]) -> memoryview:
    numbers: Any = np.asarray(values, dtype=np.int32)
    return view_of(numbers)


def _check_unique_ids(documents: Sequence[Document]) -> None:
    seen: set[str] = set()
    for document in documents:
        if document.id in seen:
            raise InvalidArgumentError(
                f"Two documents have the id {document.id!r}: give each a different id."
            )
        seen.add(document.id)
