"""Finding the sentences of a corpus that best answer a question.

A sentence's score blends three fields, each a BM25 score as rank-bm25 defines it:

* the sentence itself (k1 and b tuned for sentences: `RankingConfig.sentence`);
* its paragraph, weighted by `paragraph_weight`: questions often share words with the
  sentences around the answer rather than with the answer itself.

  Each question term adds the better of the two: the sentence's BM25 score for it, or the
  weighted score of the paragraph. So a term the sentence lacks is borrowed from its context,
  and a term it holds does not pay twice (on SQuAD, +0.012 MRR@10 over adding both);
* a group of alternatives (an acronym and its long form, a visitor's word and the release's:
  `Query.alternatives`) scores in each sentence as the best of them, each counted as much as
  the weightiest: a sentence that writes both "HPC" and "High Performance Computing" says the
  name once, and one that writes "HPC" alone says it as surely;
* its document's title: each question term in the title adds `title_weight` times its IDF,
  and makes the document's first sentence a candidate. Such a term then keeps only
  `titled_term_weight` of its score in that document's sentences and paragraphs: the title
  has counted it, and it names what the whole document is about, so it tells little about
  which of its sentences answers (on SQuAD, +0.01 MRR@10).

Then the best `RERANK_DEPTH` sentences gain what the evidence of an answer adds to them
(`evidence.py`: the kind of answer asked for, word pairs, exact words). The weights were
chosen by cross-validation over SQuAD articles (scripts/tune_ranking.py; scripts/README.md
has the figures).

Everything here is plain Python over the index's arrays, so that a question answered from a
saved index never waits for numpy to import (the index itself turns to numpy for big queries).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Container, Sequence
from functools import cached_property

from ...cleaning.endings import ends_sentence
from ...index.corpus_index import CorpusIndex
from ...index.documents import DocumentTable
from ...index.postings import BM25Index, top_k_items
from ...models import Passage
from ...text.analysis import content_words
from ...tuples import NamedTuple
from ..kinds.definitions import BEST_DEFINITION, definition_rank
from ..question.query import Query, QueryReader
from ..words.specific import inflections
from .evidence import Evidence

RERANK_DEPTH = 20
# A heading, subtitle or other line that does not end as a sentence keeps this share of its
# score: press pages repeat the question's names in their headlines, decks and labels, while
# the sentence below tells the answer. A heading still answers when nothing else matches.
HEADING_SHARE = 0.75
# A release's last sentence that does not end as one, longer than this many words (no heading,
# as the clean-up stage tells them), is a paragraph cut short, as saved pages are: it keeps its
# whole score. (Decks and standfirsts, as long, stand at the top of a release.)
HEADING_WORDS = 25


def _weight(index: BM25Index, term: str) -> float:
    """Return the IDF of a term the index has or, when that is not positive, a small positive
    weight: `epsilon` (Okapi's floor for negative IDFs) times BM25+'s IDF, log((N + 1) / df).

    Okapi's IDF is zero or below for a term in half the texts or more, and its floor for
    negative ones is itself negative when most terms are: on a corpus of a sentence or two, or
    of texts that share their words, every score would be zero or negative, with no answer to
    rank or trust. The weight keeps rarer terms weightier, stays below the IDFs of terms a
    little rarer, and is never used on other corpora, whose IDFs are all positive.
    """
    idf = index.idf(term)
    if idf > 0:
        return idf
    held = max(1, len(index.scores([term])))
    return index.parameters.epsilon * math.log((index.n_documents + 1) / held)


def _term_scores(index: BM25Index, query: list[str]) -> dict[int, float]:
    """Return {text: score} for the texts that hold the one term of `query` (repeated as
    often as it is asked), a term of non-positive IDF scoring its `_weight` in each."""
    held = index.scores(query)
    if index.idf(query[0]) > 0:
        return held
    weight = _weight(index, query[0])
    return dict.fromkeys(held, weight)


def _term_score_of(index: BM25Index, query: list[str], text: int) -> float:
    """Return what the one term of `query` scores in `text`, as `_term_scores` has it, less
    what BM25+ gives every text, holding the term or not (no sign of an answer)."""
    if index.idf(query[0]) > 0:
        return index.scores_of(query, text) - index.everywhere_score(query)
    return _weight(index, query[0]) if index.holds(query[0], text) else 0.0


Group = tuple[tuple[str, ...], ...]


def _grouped(query: Query) -> tuple[list[str], list[Group]]:
    """Return the terms of `query` in no group of alternatives, and the groups whose terms it
    holds (`Query.alternatives`): each scores as the best of its alternatives, as "HPC" and
    "High Performance Computing" name one thing, said once by a sentence that writes both."""
    alone = list(query.terms)
    groups = []
    for group in query.alternatives:
        needed = [term for alternative in group for term in alternative]
        if any(needed.count(term) > alone.count(term) for term in needed):
            continue  # some of its terms were left out of this query
        for term in needed:
            alone.remove(term)
        groups.append(group)
    return alone, groups


class Hit(NamedTuple):
    """A sentence (numbered across the corpus) and its score for a query."""

    sentence: int
    score: float


class Retriever:
    """Answers queries from a CorpusIndex. Immutable; safe to share between threads."""

    def __init__(self, index: CorpusIndex) -> None:
        self._index = index
        self._sentences = index.sentences
        self.config = index.config

    @property
    def documents(self) -> DocumentTable:
        """Return the documents of the corpus."""
        return self._index.documents

    @property
    def topics(self) -> list[str]:
        """Return the names the corpus talks about most."""
        return self._index.topics

    @property
    def n_sentences(self) -> int:
        """Return how many sentences are indexed."""
        return len(self._sentences.document)

    @cached_property
    def reader(self) -> QueryReader:
        """Return the reader that turns questions into queries for this corpus."""
        index = self._index
        return QueryReader(self.knows, index.words, index.acronyms, index.stems)

    def knows(self, term: str) -> bool:
        """Return whether any sentence of the corpus holds `term`."""
        return term in self._index.sentence_index

    def knows_word(self, word: str) -> bool:
        """Return whether any sentence or title holds the term of a (normalised, content) word."""
        term = self.reader.term(word)
        return self.knows(term) or term in self._index.titles

    def writes(self, word: str) -> bool:
        """Return whether the corpus writes a (normalised, content) word in one of its forms
        (`specific.inflections`), in a sentence or a title: the stem of a word the corpus
        lacks may still be known ("productivity" and "product", "parking" and "park")."""
        words, titled = self._index.words(), self._title_words
        return any(form in words or form in titled for form in inflections(word))

    @cached_property
    def _title_words(self) -> frozenset[str]:
        return frozenset(
            word for info in self._index.documents.infos for word in content_words(info.title or "")
        )

    def releases_with(self, word: str) -> frozenset[int]:
        """Return the numbers of the documents that use a (normalised, content) word in a
        quoted sentence or in the title."""
        return self._releases_of(self.reader.term(word))

    def _releases_of(self, term: str) -> frozenset[int]:
        document_of = self._sentences.document
        found = {int(document_of[s]) for s in self._index.sentence_index.scores([term])}
        return frozenset(found.union(self._index.titles.get(term, ())))

    def releases_naming(self, word: str) -> frozenset[int]:
        """Return the numbers of the documents that use a word, or spell out the long form of
        the acronym it is ("HKSTP": "Hong Kong Science and Technology Parks Corporation")."""
        term = self.reader.term(word)
        found = self._releases_of(term)
        for short, long in self._index.acronyms.pairs():
            if short == term:
                found |= frozenset.intersection(*(self._releases_of(t) for t in long))
        return found

    def sentences_holding(self, term: str) -> list[int]:
        """Return the numbers of the sentences that hold `term`, in order."""
        return sorted(self._index.sentence_index.scores([term]))

    def sentences_with(self, word: str) -> list[str]:
        """Return the sentences that hold the term of a (normalised, content) word."""
        held = self._index.sentence_index.scores([self.reader.term(word)])
        return [self.text(sentence) for sentence in sorted(held)]

    def texts_with_all(self, words: Sequence[str]) -> list[str]:
        """Return the sentences, and the titles, that hold the terms of all (normalised,
        content) `words`."""
        terms = [self.reader.term(word) for word in words]
        index, titles = self._index.sentence_index, self._index.titles
        held = set.intersection(*(set(index.scores([term])) for term in terms))
        titled = set.intersection(*(set(titles.get(term, ())) for term in terms))
        infos = self._index.documents.infos
        return [self.text(s) for s in sorted(held)] + [infos[d].title or "" for d in sorted(titled)]

    def read(self, question: str) -> Query:
        """Return the Query of `question`: its terms, spelling mended, acronyms expanded."""
        return self.reader.read(question)

    def hits(self, query: Query, k: int, documents: Container[int] | None = None) -> list[Hit]:
        """Return up to `k` best sentences for `query`, best first; only sentences of
        `documents` (numbers in the corpus) when given."""
        alone, groups = _grouped(query)
        scores = self._context_scores(alone)
        for group in groups:
            # Each alternative as much as the weightiest: "DLC" says what "Deep Learning
            # Computing" does, in one term (as `confidences` reckons it).
            ideals = [self.ideal_score(alternative) for alternative in group]
            most, best = max(ideals), dict[int, float]()
            for alternative, ideal in zip(group, ideals, strict=True):
                scale = most / ideal if ideal > 0 else 0.0
                for sentence, score in self._context_scores(alternative).items():
                    best[sentence] = max(best.get(sentence, 0.0), scale * score)
            for sentence, score in best.items():
                scores[sentence] = scores.get(sentence, 0.0) + score
        self._add_title(query.terms, scores)
        if documents is not None:
            document_of = self._sentences.document
            scores = {s: score for s, score in scores.items() if document_of[s] in documents}
        config = self.config
        if not (config.cue_weight or config.bigram_weight or config.exact_weight):
            return [Hit(*item) for item in top_k_items(scores.items(), k)]
        evidence = Evidence(query, config, self.reader.term)
        ranked = top_k_items(scores.items(), max(k, RERANK_DEPTH))
        reranked = [
            (sentence, self._reranked(sentence, score, evidence)) for sentence, score in ranked
        ]
        return [Hit(*item) for item in top_k_items(reranked, k)]

    def _reranked(self, sentence: int, score: float, evidence: Evidence) -> float:
        """Return a sentence's score with its evidence added, a heading's cut down."""
        text = self.text(sentence)
        score += evidence.bonus(text)
        if ends_sentence(text) or (self._last(sentence) and len(text.split()) > HEADING_WORDS):
            return score
        return HEADING_SHARE * score

    def _last(self, sentence: int) -> bool:
        """Return whether `sentence` is the last of its document."""
        document_of = self._sentences.document
        following = sentence + 1
        return following >= len(document_of) or document_of[following] != document_of[sentence]

    def _context_scores(self, terms: Sequence[str]) -> dict[int, float]:
        """Return {sentence: score} over every sentence of a paragraph that matches: for each
        term, the better of the sentence's own score and its paragraph's, weighted; only a
        share of that in documents whose title holds the term."""
        sentences, paragraphs = self._index.sentence_index, self._index.paragraph_index
        weight, share = self.config.paragraph_weight, self.config.titled_term_weight
        document_of, first = self._sentences.document, self._sentences.paragraph_first
        blended: dict[int, float] = {}
        for term, count in Counter(terms).items():
            query = [term] * count
            titled = set(self._index.titles.get(term, ()))
            held = _term_scores(sentences, query)
            if not weight:
                for sentence, score in held.items():
                    kept = share if document_of[sentence] in titled else 1.0
                    blended[sentence] = blended.get(sentence, 0.0) + kept * score
                continue
            for paragraph, score in _term_scores(paragraphs, query).items():
                context = weight * score
                kept = share if titled and document_of[first[paragraph]] in titled else 1.0
                for sentence in range(first[paragraph], first[paragraph + 1]):
                    own = max(held.get(sentence, context), context)
                    blended[sentence] = blended.get(sentence, 0.0) + kept * own
        return blended

    def _add_title(self, terms: Sequence[str], scores: dict[int, float]) -> None:
        """Add the title field to `scores`, in place, with each titled document's first sentence."""
        bonus: dict[int, float] = {}
        sentence_index = self._index.sentence_index
        for term in set(terms):
            for document in self._index.titles.get(term, ()):
                bonus[document] = bonus.get(document, 0.0) + _weight(sentence_index, term)
        if not bonus:
            return
        weight = self.config.title_weight
        for document in bonus:
            lead = self._sentences.document_first[document]
            if lead >= 0:
                scores.setdefault(lead, 0.0)
        document_of = self._sentences.document
        for sentence in scores:
            scores[sentence] += weight * bonus.get(document_of[sentence], 0.0)

    def ideal_score(self, terms: Sequence[str], unknown_weight: float = 0.0) -> float:
        """Return the score the query could reach without title or cue.

        That is the score of a sentence of average length, in a paragraph of average length,
        each holding every query term once: each known term adds the better of its IDF in the
        sentences and its weighted IDF in the paragraphs. A term the corpus never uses counts
        with the highest IDF there is, so that a question full of unknown words cannot look
        answered; `unknown_weight` more such terms are added (`Query.unknown_weight`).
        """
        sentences, paragraphs = self._index.sentence_index, self._index.paragraph_index
        weight = self.config.paragraph_weight
        unseen = max(sentences.unseen_idf(), weight * paragraphs.unseen_idf())
        total = unknown_weight * unseen
        for term in terms:
            if term in sentences:
                total += max(_weight(sentences, term), weight * _weight(paragraphs, term))
            else:
                total += unseen
        return total

    def confidences(
        self, hits: Sequence[Hit], query: Query, headed: Container[str] = ()
    ) -> list[float]:
        """Return how much of the ideal score of `query` each hit's sentence reaches (0..1).

        The title (and its share) and the evidence step are left out: they reorder answers,
        they do not make a sentence answer a question. But a term of `headed` (the terms of a
        name the question asks about, and others that may tell what a release is about) that
        says what a hit's release is about, in its title, a heading or its lead (`is_about`),
        is reached as if the hit's paragraph held it: the release is about that name, and its
        sentences need not repeat it ("the 87-hectare park" in the release headed "Lok Ma Chau
        Loop"; "he said" of the chairman its lead names).
        """
        alone, alternatives = _grouped(query)
        groups = [
            [(alternative, self.ideal_score(alternative)) for alternative in group]
            for group in alternatives
        ]
        ideal = self.ideal_score(alone, query.unknown_weight)
        ideal += sum(max(best for _, best in group) for group in groups)
        if ideal <= 0:
            return [0.0] * len(hits)
        return [
            max(
                0.0,
                min(1.0, (self._reached(alone, hit, headed) + self._either(groups, hit)) / ideal),
            )
            for hit in hits
        ]

    def _either(self, groups: list[list[tuple[tuple[str, ...], float]]], hit: Hit) -> float:
        """Return what a hit reaches of groups of alternatives (each with its ideal score): the
        share it reaches of the alternative it answers best, times the group's best ideal."""
        total = 0.0
        for group in groups:
            most = max(best for _, best in group)
            total += most * max(
                (self._reached(alternative, hit) / best if best > 0 else 0.0)
                for alternative, best in group
            )
        return total

    def _reached(self, terms: Sequence[str], hit: Hit, headed: Container[str] = ()) -> float:
        """Return a hit's score as `_context_scores` blends it, less what BM25+ gives every
        sentence and paragraph, matching or not (no sign of an answer); a term of `headed`
        that says what the hit's release is about scores as its paragraph's would, holding it
        once."""
        sentences, paragraphs = self._index.sentence_index, self._index.paragraph_index
        paragraph = self._sentences.paragraph[hit.sentence]
        weight = self.config.paragraph_weight
        total = 0.0
        for term, count in Counter(terms).items():
            query = [term] * count
            context = weight * _term_score_of(paragraphs, query, paragraph)
            if sentences.holds(term, hit.sentence):
                context = max(_term_score_of(sentences, query, hit.sentence), context)
            elif not context and term in headed and self.is_about(term, self.document_of(hit)):
                context = weight * _weight(paragraphs, term)
            total += context
        return total

    def says(self, hit: Hit, term: str) -> bool:
        """Return whether a hit's sentence holds `term`."""
        return self._index.sentence_index.holds(term, hit.sentence)

    def opens(self, hit: Hit) -> bool:
        """Return whether a hit's sentence opens its release: it is the lead (the first line
        that ends as a sentence) or a line above it (a heading or deck)."""
        lead = self._lead_sentence(int(self._sentences.document[hit.sentence]))
        return lead is None or hit.sentence <= lead

    def mentions(self, hit: Hit, term: str) -> bool:
        """Return whether `term` is near a hit's sentence: in it, in its paragraph, or in a line
        that heads its release (its title, a heading or deck: lines that say what the release,
        not one sentence, is about)."""
        index, sentences = self._index, self._sentences
        if index.sentence_index.holds(term, hit.sentence):
            return True
        if index.paragraph_index.holds(term, sentences.paragraph[hit.sentence]):
            return True
        return self.heads(term, self.document_of(hit))

    def is_about(self, term: str, document: int) -> bool:
        """Return whether `term` says what `document` is about: its title or a heading holds
        it (`heads`), or its lead, the first line that ends as a sentence (a release names
        its subject there, and later says "he")."""
        return self.heads(term, document) or self.leads_with(term, document)

    def leads_with(self, term: str, document: int) -> bool:
        """Return whether the lead of `document`, its first line that ends as a sentence,
        holds `term`."""
        lead = self._lead_sentence(document)
        return lead is not None and self._index.sentence_index.holds(term, lead)

    def _lead_sentence(self, document: int) -> int | None:
        """Return the number of the first sentence of `document` that ends as one, or None."""
        sentences = self._sentences
        other, n_sentences = sentences.document_first[document], len(sentences.document)
        while 0 <= other < n_sentences and sentences.document[other] == document:
            if ends_sentence(self.text(other)):
                return int(other)
            other += 1
        return None

    def heads(self, term: str, document: int) -> bool:
        """Return whether `term` is in the title of `document` or in a line that heads it (a
        heading or deck: a line that does not end as a sentence)."""
        index, sentences = self._index, self._sentences
        if document in index.titles.get(term, ()):
            return True
        other, n_sentences = sentences.document_first[document], len(sentences.document)
        while other < n_sentences and sentences.document[other] == document:
            if index.sentence_index.holds(term, other) and not ends_sentence(self.text(other)):
                return True
            other += 1
        return False

    def heading_texts(self, hit: Hit) -> list[str]:
        """Return the lines that head a hit's release, as `mentions` reads them: its title and
        the lines of it that do not end as a sentence (headings, decks)."""
        sentences = self._sentences
        document = sentences.document[hit.sentence]
        found = [self._index.documents.infos[document].title or ""]
        other, n_sentences = sentences.document_first[document], len(sentences.document)
        while other < n_sentences and sentences.document[other] == document:
            text = self.text(other)
            if not ends_sentence(text):
                found.append(text)
            other += 1
        return found

    def paragraph_text(self, hit: Hit) -> str:
        """Return the text of a hit's paragraph."""
        sentences = self._sentences
        paragraph = sentences.paragraph[hit.sentence]
        first, end = sentences.paragraph_first[paragraph], sentences.paragraph_first[paragraph + 1]
        text = self._index.documents.text(sentences.document[hit.sentence])
        return text[sentences.start[first] : sentences.end[end - 1]]

    def lead(self, document: int) -> Hit | None:
        """Return the first sentence of a document, or None when it has none."""
        first = self._sentences.document_first[document]
        return Hit(int(first), 0.0) if first >= 0 else None

    def document_of(self, hit: Hit) -> int:
        """Return the number of the document a hit's sentence belongs to."""
        return int(self._sentences.document[hit.sentence])

    def text(self, sentence: int) -> str:
        """Return the text of a sentence."""
        document = self._sentences.document[sentence]
        text = self._index.documents.text(document)
        return text[self._sentences.start[sentence] : self._sentences.end[sentence]]

    def passage(self, hit: Hit, first: int | None = None) -> Passage:
        """Return the Passage a hit stands for: its sentence, or the span from sentence `first`
        (of the same document) to the hit's sentence."""
        sentences = self._sentences
        document = sentences.document[hit.sentence]
        info = self._index.documents.infos[document]
        start = sentences.start[hit.sentence if first is None else first]
        end = sentences.end[hit.sentence]
        return Passage(
            doc_id=info.id,
            title=info.title,
            date=info.date,
            text=self._index.documents.text(document)[start:end],
            start=start,
            end=end,
            score=hit.score,
            url=info.url,
        )

    def previous_sentence(self, sentence: int) -> int | None:
        """Return the number of the sentence before `sentence` in its paragraph, or None."""
        paragraph_of = self._sentences.paragraph
        if sentence == 0 or paragraph_of[sentence - 1] != paragraph_of[sentence]:
            return None
        return sentence - 1

    def next_sentence(self, sentence: int) -> int | None:
        """Return the number of the sentence after `sentence` in its paragraph, or None."""
        paragraph_of = self._sentences.paragraph
        following = sentence + 1
        if following >= len(paragraph_of) or paragraph_of[following] != paragraph_of[sentence]:
            return None
        return following

    @cached_property
    def _acronyms(self) -> dict[tuple[str, ...], str]:
        """Return the acronym term of each acronym's term and of each long form's terms."""
        found: dict[tuple[str, ...], str] = {}
        for short, long in self._index.acronyms.pairs():
            found.setdefault((short,), short)
            found.setdefault(tuple(long), short)
        return found

    def defining_sentence(self, words: tuple[str, ...]) -> int | None:
        """Return the sentence that best defines the acronym `words` name (the acronym, or its
        long form): the first that spells it out and says what it is ("... (ORI) is a research
        body"), else the first that says most of it (`definition_rank`); None when the corpus
        defines no such acronym."""
        short = self._acronyms.get(tuple(self.reader.term(word) for word in words))
        if short is None:
            return None
        found, found_rank = None, 0
        for sentence in sorted(self._index.sentence_index.scores([short])):
            rank = definition_rank(self.text(sentence), short, self.reader.term)
            if rank > found_rank:
                found, found_rank = sentence, rank
                if rank == BEST_DEFINITION:
                    break
        return found

    def around(self, first: int, last: int) -> tuple[int, int]:
        """Return the span from the sentence before `first` to the one after `last`, as far as
        their document has them."""
        document_of = self._sentences.document
        document = document_of[first]
        if first > 0 and document_of[first - 1] == document:
            first -= 1
        if last + 1 < len(document_of) and document_of[last + 1] == document:
            last += 1
        return first, last

    @cached_property
    def _document_numbers(self) -> dict[str, int]:
        return {info.id: number for number, info in enumerate(self._index.documents.infos)}

    def offsets(self, span: tuple[int, int]) -> tuple[str, int, int]:
        """Return (document id, start, end) of the span from sentence `first` to `last`."""
        first, last = span
        info = self._index.documents.infos[self._sentences.document[first]]
        return info.id, self._sentences.start[first], self._sentences.end[last]

    def span_at(self, doc_id: str, start: int, end: int) -> tuple[int, int] | None:
        """Return (first, last) sentence of the span of `doc_id` from `start` to `end`, or None
        when no sentences of the document begin and end there."""
        document = self._document_numbers.get(doc_id)
        if document is None:
            return None
        sentences = self._sentences
        sentence = sentences.document_first[document]
        if sentence < 0:
            return None
        n_sentences = len(sentences.document)
        while sentence < n_sentences and sentences.document[sentence] == document:
            if sentences.start[sentence] == start:
                break
            sentence += 1
        else:
            return None
        first = sentence
        while sentence < n_sentences and sentences.document[sentence] == document:
            if sentences.end[sentence] == end:
                return first, sentence
            sentence += 1
        return None
