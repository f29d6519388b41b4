"""Names a question shares with only some releases: what it quotes must come from one of them.

A press room mentions neighbouring organisations, programmes and people in a few releases
each. A question about one of them ("who is the CEO of Northwind Labs?", "when will the
Harbourside Hall open?") shares its common words ("CEO", "open") with many other releases, and
BM25 may well quote a sentence of a release that never mentions the name: an answer about
something else. So a question's *name* the corpus does use keeps the answer to the releases
that mention it; when none of them answers, INNOVIS falls back.

A question word is such a name when

* it is rare in English (`specific.RARE_ZIPF`): names are, common words are not; or the
  the corpus writes it, with the question's word beside it, as a person's name after a title
  ("nicholas brooke" of "Mr Nicholas Brooke"), for names of people are words of English too;
* the corpus writes it with a capital letter inside its sentences, most times: "Northwind",
  "InnoLab", not "startups" or "fintech", which are rare in English too but common nouns;
* no more than `NAMED_SHARE` of the releases mention it: the archive's own organisation, named
  in nearly every release, tells nothing about which one answers.

Bodies and programmes are also named with common words: "the Productivity Council". A common
word and the kind of thing after it (a council, programme, fund: `phrases.KINDS`, posts left to
`roles.py`) are such a name when the corpus writes them side by side with a capital each, most
times, inside its sentences, and no more than `NAMED_SHARE` of the releases use both
(`phrase_names`): "who chairs the productivity council?" is then not answered by "partnering
with the Productivity Council", which tells nothing of who chairs it. A common word the corpus
writes with a capital next to a name ("Youth" of "Youth InnoExplorers") is part of that name
(`with_neighbours`), not something asked of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise

from ...text.analysis import content_words, is_stopword
from ...text.patterns import Pattern
from ..words.phrases import DESCRIBING, KINDS
from ..words.specific import RARE_ZIPF, zipf

# Kinds of thing that are posts: a post is no name, and roles.py reads it.
POSTS = frozenset({"officer", "officers", "director", "directors"})

# A name mentioned by more than this share of the releases is the archive's own (its
# organisation, its chairman of many years): it does not pick releases.
NAMED_SHARE = 1 / 3
# A word counts as written with a capital when at least this share of its uses inside
# sentences (not at their start) are.
CAPITAL_SHARE = 0.5
# Uses looked at: a rare word has few, and enough of them tell.
_USES_READ = 40


def written_capitalised(word: str, sentences: Iterable[str]) -> bool:
    """Return whether `sentences` write `word` with a capital letter most times they use it
    inside a sentence (a sentence's first word says nothing of it)."""
    # A word joined from a hyphenated one ("incutech" of "Incu-Tech") is found with its hyphens.
    spelled = "-?".join(re.escape(letter) for letter in word)
    pattern = re.compile(rf"(?<![\w&'’-]){spelled}(?![\w&'’-])", re.IGNORECASE)
    capital = uses = 0
    for sentence in sentences:
        for match in pattern.finditer(sentence):
            if not sentence[: match.start()].strip():
                continue
            uses += 1
            capital += match.group(0)[0].isupper()
            if uses >= _USES_READ:
                return capital >= CAPITAL_SHARE * uses
    return uses > 0 and capital >= CAPITAL_SHARE * uses


# A person's name after a title: "Mr Nicholas Brooke", "Dr Sunny Chai".
_TITLE = r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Ir)\.?\s+(?:[A-Z][\w'’-]*\s+){0,2}"


def titled(name: Sequence[str], sentences: Iterable[str]) -> bool:
    """Return whether `sentences` write the words of `name` (two or more) as a person's name
    after a title ("nicholas brooke" of "Mr Nicholas Brooke"): a name however common its
    words are in English. (A surname alone may be several people's: "Wong".)"""
    spelled = r"\s+".join(re.escape(word) for word in name)
    pattern = re.compile(_TITLE + spelled + r"(?![\w&'’-])", re.IGNORECASE)
    return any(pattern.search(sentence) for sentence in sentences)


def names(
    words: Iterable[str],
    releases_with: Callable[[str], frozenset[int]],
    sentences_with: Callable[[str], Iterable[str]],
    n_releases: int,
) -> dict[str, frozenset[int]]:
    """Return {name: the releases that use it} for the names among a question's `words`
    (normalised content words), in the question's order.

    `releases_with(word)` gives the numbers of the releases that use a word (in a sentence or
    the title); `sentences_with(word)` the sentences that hold it. An initial ("P" of "P J
    Okafor") is no name of its own: a release may write the initials joined ("PJ Okafor").
    """
    found: dict[str, frozenset[int]] = {}
    words = list(words)
    for at, word in enumerate(words):
        if word in found or len(word) == 1:
            continue  # an initial is part of a name, which a release may write joined ("CY")
        # Cheapest test first: the English word list costs ~40 ms to read, so it is read only
        # for a word few releases use and the corpus writes with a capital.
        releases = releases_with(word)
        if not releases or len(releases) > NAMED_SHARE * n_releases:
            continue
        held = sentences_with(word)
        if not written_capitalised(word, held):
            continue
        full = (words[at - 1 : at + 1] if at else []), words[at : at + 2]
        if zipf(word) < RARE_ZIPF or any(len(n) > 1 and titled(n, held) for n in full):
            found[word] = releases
    return found


def phrase_names(
    words: Sequence[str],
    releases_with: Callable[[str], frozenset[int]],
    sentences_with: Callable[[str], Iterable[str]],
    n_releases: int,
) -> dict[str, frozenset[int]]:
    """Return {name: the releases that use its words} for the names of two common words among
    a question's `words` (normalised content words, in order): "productivity council".

    The releases are those that use both words, in a sentence or the title (`releases_with`);
    `sentences_with(word)` gives the sentences that hold a word.
    """
    found: dict[str, frozenset[int]] = {}
    for first, second in pairwise(words):
        if second not in KINDS or second in POSTS or not first.isalpha():
            continue
        if first in DESCRIBING or is_stopword(first) or zipf(first) < RARE_ZIPF:
            continue  # a name of its own ("InnoHK Summit") is one already
        releases = releases_with(first) & releases_with(second)
        if not releases or len(releases) > NAMED_SHARE * n_releases:
            continue
        if written_as_name(first, second, sentences_with(first)):
            found[f"{first} {second}"] = releases
    return found


def written_as_name(first: str, second: str, sentences: Iterable[str]) -> bool:
    """Return whether `sentences` write two words side by side each with a capital letter
    ("Productivity Council") most times they write them side by side inside a sentence."""
    pattern = re.compile(
        rf"(?<![\w&'’-]){re.escape(first)}\s+{re.escape(second)}(?![\w&'’-])", re.IGNORECASE
    )
    capital = uses = 0
    for sentence in sentences:
        for match in pattern.finditer(sentence):
            if not sentence[: match.start()].strip():
                continue
            uses += 1
            written = match.group(0)
            capital += written[0].isupper() and written.split()[-1][0].isupper()
            if uses >= _USES_READ:
                return capital >= CAPITAL_SHARE * uses
    return uses > 0 and capital >= CAPITAL_SHARE * uses


def with_neighbours(
    words: Sequence[str], found: Iterable[str], sentences_with: Callable[[str], Iterable[str]]
) -> set[str]:
    """Return the words of a question (normalised content `words`, in order) next to a name
    `found` that the corpus writes with it as one name, a capital each ("youth" of "Youth
    InnoExplorers"): they are part of the name, not something asked of it."""
    named = set(found)
    parts = set()
    for at, word in enumerate(words):
        if word not in named:
            continue
        for near in (at - 1, at + 1):
            if not 0 <= near < len(words):
                continue
            other = words[near]
            if other in named or not other.isalpha() or other in parts:
                continue
            first, second = (other, word) if near < at else (word, other)
            if written_as_name(first, second, sentences_with(word)):
                parts.add(other)
    return parts


def with_parts(words: Sequence[str], found: Iterable[str]) -> set[str]:
    """Return the names `found` among a question's `words`, with the words each joins: the
    analyser reads "incu-tech" as "incu", "tech" and "incutech", and all three are the name."""
    named = set(found)
    for at, word in enumerate(words):
        if word not in named:
            continue
        start, joined = at, ""
        while start > 0 and len(joined) < len(word):
            start -= 1
            joined = words[start] + joined
        if joined == word:
            named.update(words[start:at])
    return named


def releases_naming(found: dict[str, frozenset[int]]) -> frozenset[int] | None:
    """Return the releases that mention every name `found`, or None when there is none."""
    allowed: frozenset[int] | None = None
    for releases in found.values():
        allowed = releases if allowed is None else allowed & releases
    return allowed


# Capitalised words side by side, with the function words a name holds between them ("Hong
# Kong Trade Development Council", "Institute of Marine Studies").
_CAPITALISED_RUN = Pattern(
    r"(?<![\w&'’-])[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|&)\s+)?[A-Z][\w'’-]*)+"
)


def written_names(question: str, sentences_with: Callable[[str], Iterable[str]]) -> tuple[str, ...]:
    """Return the names of several capitalised words that `question` writes as a sentence of
    the corpus does, capitals and all (`sentences_with(word)`: the sentences that use a word):
    the long form a visitor's acronym was read as ("Limited Partnership Fund" of "LPF"), or a
    name typed out. The longest written run of each is kept ("International Business
    Association" of "Which International Business Association"). A post ("Chief Corporate
    Development Officer") is no name: roles.py reads it.
    """
    found = []
    for match in _CAPITALISED_RUN.finditer(question):
        words = match.group(0).split()
        if words[-1].lower() in POSTS:
            continue
        for start in range(len(words) - 1):
            run = " ".join(words[start:])
            if len(run.split()) < 2 or run.split()[0].lower() in ("of", "for", "and", "the", "&"):
                continue
            written = re.compile(rf"(?<![\w&'’-]){re.escape(run)}(?![\w&'’-])")
            if any(written.search(sentence) for sentence in sentences_with(words[-1].lower())):
                found.append(run)
                break
    return tuple(found)


# A sentence that opens with a bare surname as its subject ("Wong will be replacing ...",
# "Chai - appointed chairman ... - said"): a capitalised word, not possessive, no other
# capitalised word after it. Not one that opens a quotation: what someone said.
_OPENING_NAME = Pattern(r"([A-Z][a-z]+)\b(?!['’]s\b)(?![ \t]+[A-Z])")
# A surname is rarer in English than this (Zipf): "Wong", "Chai", not "Park" or "Chief".
SURNAME_ZIPF = 4.0


def opening_name(sentence: str) -> str | None:
    """Return the lone capitalised word `sentence` opens with, which may be a bare surname
    (`is_surname`), or None: a news report names a person in full once ("Terry Wong
    Ping-sau") and by surname alone after ("Wong will ...")."""
    match = _OPENING_NAME.match(sentence)
    return None if match is None else match.group(1)


def is_surname(word: str) -> bool:
    """Return whether `word` is rare enough in English to be a surname ("Wong", not "The").
    It reads the word list, so it is asked last."""
    return zipf(word.lower()) < SURNAME_ZIPF


def introduces(sentence: str, surname: str) -> str | None:
    """Return the word `sentence` writes `surname` after as a full name ("Terry" of "Terry
    Wong"): a capitalised word; None when it writes no such name."""
    words = [word.strip(".,;:!?\"“”‘’'()") for word in sentence.split()]
    return next(
        (
            first
            for first, second in pairwise(words)
            if second == surname and first[:1].isupper() and first.isalpha()
        ),
        None,
    )


def asks_of(question: str, surname: str, given: str, text: str) -> bool:
    """Return whether `question` names the person `text` calls `given` `surname` ("Orla Breen",
    "Dr Breen", "breen"), not only another of that surname whom `text` names too ("Albert
    Wong", of a release that names Terry Wong and Albert Wong)."""
    words = content_words(question)
    for before, word in pairwise(["", *words]):
        if word != surname.lower():
            continue
        other = before and before != given.lower() and f"{before.title()} {surname}" in text
        if not other:
            return True
    return False
