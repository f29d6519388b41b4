"""Words visitors ask with, and the words press releases answer in.

A visitor asks when a programme "started" and the release says it was "launched"; how many
"flats" a hall has, and the release counts "residential units"; about a "partnership", and
the release says the two "collaborate". Stemming cannot link such words, and a question whose
words a release does not use falls back. `WORDINGS` holds a few families of everyday press
vocabulary, none of any one organisation: each of a visitor's words listed is searched beside
the release's words for it that the corpus uses, and any one of them answers for it
(`Query.alternatives`). A word the corpus never uses is searched as its release's words alone.

A family is written "a b c" when each word may stand for the others, "a > b c" when a visitor's
`a` is answered by `b` or `c` but not the reverse (a release's "MoU" is not always a
partnership).
Each word stands for its inflections (`specific.inflections`) and irregular forms
(`lemmas.base_form`), and a few forms the analyser leaves apart are listed with `|`
("win|winner").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ...text.analysis import content_words
from ...text.lemmas import base_form
from ...text.patterns import Pattern
from ..kinds.cues import SMALL_NUMBERS, numbers_a_thing
from ..words.abbreviations import expands
from ..words.roles import post_words
from ..words.specific import inflections

WORDINGS = (
    # Beginnings and ends: a release "launched" what a visitor asks when it started.
    "start begin launch commence",
    "finish > complete",
    # Posts: someone "was appointed" to the post a visitor asks when they became (only of a
    # post: `_OF_POSTS`). (Who left or joined is read from the sentences that tell it:
    # succession.tells_movement.)
    "become|became > appoint",
    "replace > succeed",
    # Who held a post before or after someone: releases tell the handover ("succeeding Mr X").
    "predecessor > succeed replace",
    "successor > succeed replace",
    # What an organisation wants to reach: a visitor's "target" is a release's goal or plan.
    "target > goal plan aim ambition",
    "stay > remain continue",
    "remain > stay continue",
    "pick > select",
    # A competition's winner is "crowned champion", or the team that "won" it.
    "win > champion",
    "winner > win champion",
    # What organisations have and give.
    # Homes are "residential units": a unit alone may be anything ("641 startup units").
    "flat > apartment residential",
    "apartment > flat residential",
    "funding investment",
    "lab laboratory",
    # A partnership is made by signing a memorandum of understanding.
    "partnership > collaboration cooperation mou",
    "agreement > mou",
    # Deals signed are announced as agreements, MoUs or partnerships.
    "deal > agreement mou partnership",
    "collaboration > partnership cooperation",
    # Organisations "teaming up" are partnering ("team" alone is a group of people).
    "teaming > partner partnership collaboration",
    "cooperation > partnership collaboration",
    # What a visitor asks was built, a release says was created or invented (Levin 1993:
    # 26.1 "build" and 26.4 "create" verbs); the reverse does not hold (a "created" role).
    "build > construct create invent",
    "construct > build",
    # The jobs a machine or a team did are the tasks a release lists.
    "job > task duty",
    # A visitor's chips are a release's semiconductors or integrated circuits ("IC").
    "chip > semiconductor ic",
    # An organisation's trip abroad is a release's mission, delegation or visit.
    "trip > mission delegation visit",
    # What an agreement or a programme "covers", a release says it includes.
    "cover > include",
    # Visitors speak in phrasal verbs, releases in the formal verb of one word: what will
    # "speed up" a thing will accelerate it.
    "speed > accelerate",
    # Who comes: visitors' "kids" are the releases' students and children.
    "kid > child student pupil",
    # A visitor counts "people"; a release counts those who came by what they came as.
    "people > participant attendee talent visitor guest delegate",
    # A school's pupils and educators are a release's students and teachers.
    "pupil > student",
    "educator > teacher",
    # Releases count participants as "female" and "male": a visitor asks for women, or gender.
    "woman|women > female",
    "gender > female male",
    # Dates kept: an organisation's "birthday" is its anniversary.
    "birthday > anniversary",
    # Away from home: what is done "abroad" is done overseas, internationally.
    "abroad > overseas international",
    # How long a board member serves: a term of so many years is "a period of" them.
    "term > period tenure",
    # A prize is what one wins: "the chance to win a trip".
    "prize > award win",
    "award > prize",
    "firm > company",
    # What a visitor calls eco, a release calls sustainable or green.
    "eco > sustainable green",
    # What an organisation puts first, a release calls its focus.
    "priority > focus",
    # What is held on the internet, a release calls virtual.
    "online > virtual",
    # Who is new: a "newcomer" to a board is a release's "new member".
    "newcomer > new",
    # A board's directors are its members: "the outgoing members" are directors who left.
    "director > member",
    # Where startups come from: releases count "economies" and "markets", not countries.
    "country > economy market",
    # Size: a visitor's "biggest" is a release's "largest", and the reverse.
    "biggest largest",
    # "Chief Executive" alone may be another post (a city's): a boss is the CEO.
    "boss > ceo",
    # Small numbers are spelled out or not, as a style guide or a visitor likes: "what 3
    # platforms" is answered by "three platforms". ("One" is more often a pronoun.)
    *(f"{word} {number}" for number, word in enumerate(SMALL_NUMBERS, start=2)),
)


# Visitors' words whose release words answer only a question that names a post: a park's
# area that "will become" larger was never "appointed".
_OF_POSTS = frozenset({"become"})
# A seat on a board is a post too.
_SEATS = frozenset({"member", "members"})


def _of_posts(word: str) -> bool:
    """Return whether `word` is a form of one of `_OF_POSTS`."""
    return base_form(word) in _OF_POSTS or any(word in inflections(w) for w in _OF_POSTS)


@cache
def _families() -> dict[str, tuple[str, ...]]:
    """Return {a visitor's word form: the release's words for it}."""
    found: dict[str, tuple[str, ...]] = {}
    for line in WORDINGS:
        asked, _, answered = line.partition(">")
        askers = asked.split()
        releases = answered.split() or [word.split("|")[0] for word in askers]
        for asker in askers:
            for written in asker.split("|"):
                words = tuple(word for word in releases if word != written)
                for form in inflections(written):
                    found.setdefault(form, words)
    return found


def release_words(word: str) -> tuple[str, ...]:
    """Return the words releases answer a visitor's (normalised) `word` in, or () when it is
    none of `WORDINGS`."""
    families = _families()
    found = families.get(word)
    if found is None:
        found = families.get(base_form(word), ())
    return found


# A run of letters, or a whole number of one or two digits; a run inside a hyphenated word
# ("start" of "start-ups") is no word of its own: the compound is another word.
_RUN = Pattern(r"(?<![\w&-])(?:[^\W\d_]+|(?<![.,])\d{1,2}(?![.,]\d))(?![\w&]|-\w)")


def _written(word: str, uses: Callable[[str], bool]) -> str | None:
    """Return a release's word as the corpus writes it: itself, or spelled out when it is an
    abbreviation the corpus never uses but spells out (abbreviations.py); None when neither."""
    if uses(word):
        return word
    return expands(word, uses)


def reworded(question: str, uses: Callable[[str], bool]) -> tuple[str, list[tuple[str, ...]]]:
    """Return `question` (normalised) with the release's words for each visitor's word that
    the corpus uses (`uses` tells whether it uses a word) put after it, or in its place when
    the corpus never uses the visitor's word; and the groups of words of which any one answers
    for the rest (the visitor's word first, when kept), for those groups of two or more. A
    release's word that is an abbreviation ("MoU") is searched as the corpus writes it: as it
    is, or spelled out."""
    groups: list[tuple[str, ...]] = []
    words = content_words(question)
    of_post = bool(post_words(words) or _SEATS.intersection(words))

    def add(match: re.Match[str]) -> str:
        typed = match.group(0)
        if typed.isdigit() and numbers_a_thing(question, match.end()):
            return typed  # "Phase 3" is not "Phase Three"
        if not of_post and _of_posts(typed.lower()):
            return typed
        used = [w for word in release_words(typed.lower()) if (w := _written(word, uses))]
        if not used:
            return typed
        group = ((typed,) if uses(typed.lower()) else ()) + tuple(used)
        if len(group) > 1:
            groups.append(group)
        return " ".join(group)

    return _RUN.sub(add, question), groups


def is_reworded(word: str, uses: Callable[[str], bool]) -> bool:
    """Return whether releases answer a visitor's `word` in words the corpus uses: it is not
    missing from the corpus, only written otherwise."""
    return any(_written(other, uses) for other in release_words(word))


def written_forms(word: str, uses: Callable[[str], bool]) -> list[str]:
    """Return the ways the corpus may write a visitor's `word`: itself, spelled out when it is
    an abbreviation ("tech": "technology"), and the release's words for it as written."""
    long = expands(word, uses)
    forms = [word] if long is None else [word, long]
    for other in release_words(word):
        written = _written(other, uses)
        if written is not None and written not in forms:
            forms.append(written)
    return forms


def written_as(word: str, uses: Callable[[str], bool]) -> str | None:
    """Return the first of the release's words for a visitor's `word` that the corpus writes
    (the last word of a spelled-out abbreviation: "officer"), or None."""
    for other in release_words(word):
        if written := _written(other, uses):
            return written.split()[-1]
    return None
