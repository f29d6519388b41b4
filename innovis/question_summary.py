"""What a question log says the corpus lacks: the questions INNOVIS could not answer and the
answers it was unsure of, most frequent first, questions with the same words grouped together.

Questions are grouped by their analysed terms, the ones the index matches (stems, stopwords
dropped), a term taken with a shorter one it extends by a suffix ("rental" with "rent", not
"football" with "foot"), so "How do I rent an office?" and "office rental?" fall together. A
group takes in the questions whose terms overlap its most frequent question's by at least half
(Jaccard), so a question that adds a word ("office rental prices") joins it while "rent a lab"
stays apart.
Messages with no terms to search ("more", "when?") are left out: nothing in a corpus answers
them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .question_log import LogEntry
from .text.analysis import content_words, stem

# Two questions' term sets must share at least this fraction of their union to be grouped.
SAME_WORDS = 0.5
_SHORTEST_LEAD = 4
_LONGEST_SUFFIX = 2
_PHRASINGS_SHOWN = 3


class QuestionGroup(NamedTuple):
    """Questions asked with (nearly) the same words.

    `terms` are the shared words as people spelt them, most used first; `asked` how often the
    group was asked; `questions` its distinct phrasings with their counts, most frequent first;
    `confidence` the best confidence any of them got; `releases` the titles (or ids) quoted,
    most frequent first (empty for unanswered questions); `last` when it was last asked.
    """

    terms: tuple[str, ...]
    asked: int
    questions: tuple[tuple[str, int], ...]
    confidence: float
    releases: tuple[str, ...]
    last: str


class LogSummary(NamedTuple):
    """A question log in figures and groups (see `summarise`)."""

    total: int
    answered: int
    unanswered: int
    unsure: int
    other: int
    below: float
    first: str
    last: str
    unanswered_groups: tuple[QuestionGroup, ...]
    unsure_groups: tuple[QuestionGroup, ...]


def _terms(question: str) -> dict[str, str]:
    """Return a question's terms, each with the word that gave it."""
    spelling: dict[str, str] = {}
    for word in content_words(question):
        spelling.setdefault(stem(word), word)
    return spelling


def _word_families(terms: Iterable[str]) -> dict[str, str]:
    """Return, for each term, the shortest term of `terms` it extends by a suffix of at most
    two letters ("rent" for "rental", which the stemmer keeps apart), or the term itself.
    Only terms of four letters or more lead, and longer additions make other words ("foot",
    "footbal", the stem of "football")."""
    known = set(terms)
    family = {}
    for term in known:
        shortest = max(_SHORTEST_LEAD, len(term) - _LONGEST_SUFFIX)
        family[term] = next(
            (term[:end] for end in range(shortest, len(term)) if term[:end] in known), term
        )
    return family


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b)


def _cluster(keys: Counter[frozenset[str]]) -> list[list[frozenset[str]]]:
    """Return the term sets in groups, each led by its most frequent set (see the docstring)."""
    ordered = sorted(keys, key=lambda key: (-keys[key], len(key), sorted(key)))
    groups: list[list[frozenset[str]]] = []
    groups_with: defaultdict[str, list[int]] = defaultdict(list)  # term -> groups it leads
    for key in ordered:
        candidates = {number for term in key for number in groups_with[term]}
        best, best_overlap = None, SAME_WORDS
        for number in sorted(candidates):
            overlap = _overlap(key, groups[number][0])
            if overlap >= best_overlap and (best is None or overlap > best_overlap):
                best, best_overlap = number, overlap
        if best is None:
            for term in key:
                groups_with[term].append(len(groups))
            groups.append([key])
        else:
            groups[best].append(key)
    return groups


def _groups(entries: Sequence[LogEntry], top: int) -> tuple[QuestionGroup, ...]:
    """Return the `top` most frequent groups of `entries`' questions."""
    terms_of = [_terms(entry.question) for entry in entries]
    family = _word_families(term for terms in terms_of for term in terms)
    by_key: defaultdict[frozenset[str], list[LogEntry]] = defaultdict(list)
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for entry, terms in zip(entries, terms_of, strict=True):
        if terms:
            by_key[frozenset(family[term] for term in terms)].append(entry)
            for term, word in terms.items():
                spellings[family[term]][word] += 1
    keys = Counter({key: len(listed) for key, listed in by_key.items()})
    groups = []
    for cluster in _cluster(keys):
        members = [entry for key in cluster for entry in by_key[key]]
        term_uses = Counter(term for key in cluster for term in key for _ in by_key[key])
        leading = sorted(cluster[0], key=lambda term: (-term_uses[term], term))
        phrasings: Counter[str] = Counter()
        first_spelling: dict[str, str] = {}
        for entry in members:
            said = " ".join(entry.question.split())
            same = said.casefold().rstrip("?!. ")  # one phrasing, however it was typed
            first_spelling.setdefault(same, said)
            phrasings[same] += 1
        releases = Counter(e.title or e.doc_id for e in members if e.title or e.doc_id)
        groups.append(
            QuestionGroup(
                terms=tuple(spellings[term].most_common(1)[0][0] for term in leading),
                asked=len(members),
                questions=tuple(
                    (first_spelling[said], count)
                    for said, count in phrasings.most_common(_PHRASINGS_SHOWN)
                ),
                confidence=max(entry.confidence for entry in members),
                releases=tuple(title for title, _ in releases.most_common() if title),
                last=max(entry.time for entry in members),
            )
        )
    groups.sort(key=lambda group: (-group.asked, group.terms))
    return tuple(groups[:top])


def summarise(entries: Iterable[LogEntry], below: float = 0.6, top: int = 10) -> LogSummary:
    """Return the figures of a question log and its `top` groups of unanswered questions and of
    unsure answers (an answer is unsure when its confidence is below `below`)."""
    entries = list(entries)
    unanswered = [e for e in entries if e.kind == "fallback"]
    answered = [e for e in entries if e.kind == "answer"]
    unsure = [e for e in answered if e.confidence < below]
    times = sorted(e.time for e in entries if e.time)
    return LogSummary(
        total=len(entries),
        answered=len(answered),
        unanswered=len(unanswered),
        unsure=len(unsure),
        other=len(entries) - len(answered) - len(unanswered),
        below=below,
        first=times[0] if times else "",
        last=times[-1] if times else "",
        unanswered_groups=_groups(unanswered, top),
        unsure_groups=_groups(unsure, top),
    )
