"""Telling the words that name something (a person, organisation, programme, place) from the
words any question may use, among those the corpus never uses.

A question about a neighbouring organisation ("who is the CEO of Fernhollow Cells?") shares its
common words with many sentences, and BM25 alone answers it. But when the archive never uses a
question's *specific* word, no sentence can be about what the question asks, however well the
common words match: INNOVIS should fall back. A word the corpus lacks is taken as specific when
it is rare in English at large, by the word frequencies of the `wordfreq` package (Speer et al.,
"LuminosoInsight/wordfreq", a blend of Wikipedia, subtitles, news, books and web text): names
are rare there, while the words visitors frame questions with ("think", "happening", "tall")
are common. A corpus word is never specific: the corpus may well answer about it.

Only wordfreq's small English list is read (about 29,000 words, from a Zipf frequency of 3
up: once per billion words), straight from the package's data file, which takes some 40 ms
on the first unknown word; `import wordfreq` itself would take ten times as long.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from ...text.analysis import stem
from ...text.lemmas import role_forms
from ...text.patterns import Pattern

# A word rarer than this Zipf frequency (3.5: about three times per billion words) is a name or
# a term of art. Chosen on the press-room tuning questions and the bundled ones together
# (scripts/calibrate_pressroom.py prints the figures for each choice).
RARE_ZIPF = 3.5
# A word the corpus never uses weighs more against an answer the rarer it is in English, from
# once (the weight of a term no text holds) at this Zipf frequency and above, the commonest
# words of English, which visitors use loosely, to a fallback at RARE_ZIPF (see unknown_weight).
COMMON_ZIPF = 5.5
# A word the visitor wrote with a capital inside the question ("the Productivity Council") is
# taken for a name unless it is among the commonest words of English (Zipf 5: ten per million).
CAPITALISED_ZIPF = 5.0
_PART = Pattern(r"[a-z]{3,}")
_WORD = Pattern(r"[^\W\d_][\w&'’-]*")
# Shell nouns (Schmid, "English Abstract Nouns as Conceptual Shells", 2000; Halliday and
# Hasan's "general nouns"): abstract nouns whose content a clause or a passage supplies, so
# "what is the rationale for X?" or "the gist of X" asks for what a release tells of X, in
# words of its own. Only those that ask for an account of something (not for one value of
# it, as "salary", "rent" or "cost" do), and not those of other senses ("the meaning of
# life", "a point", "nature").
_SHELLS = frozenset(
    """
    story stories history background context overview summary gist lowdown rundown
    highlight highlights update updates progress timeline timeframe agenda
    scope remit mandate rationale motivation motive motives intention intentions
    makeup composition setup arrangement arrangements breakdown split
    problem problems difficulty difficulties
    """.split()
)
# Nouns of a stance taken (Schmid's mental and attitudinal shell nouns, 2000): "HKSTP's
# reaction to the budget", "its stance on X" ask what a party said or thought of a thing,
# which a release tells in a verb ("welcomes", "supports") or a quote, seldom in the noun.
_STANCES = frozenset(
    """
    reaction reactions response responses stance stances attitude attitudes opinion opinions
    """.split()
)
# General nouns (Halliday and Hasan, "Cohesion in English", 1976, 6.4) stand for whatever the
# rest of the question is about ("hkstp stuff for schools" asks what it does for them; the
# general noun of doing, "X Y activity", what X does with Y: a release tells "a chess
# competition", "workshops"), so a sentence without them answers as well. "Thing" and "things"
# are among the commonest words (`is_loose`) and may be searched; "stuff" is not, and only
# frames.
_GENERAL = frozenset({"stuff", "activity", "activities"})
# Words a visitor frames a question with, which say what kind of answer is wanted ("anytime":
# a time, `cues.answer_type`), or are the commonest verbs of English ("what do they get",
# "what happened", "how many came"), rather than what it is about: left out of the search
# when the corpus never uses them, so that they neither match nor count against the
# question's confidence as an unknown word would.
# Of them, those that only say what kind of answer is wanted (a number, a measure: "what is
# the size of …" is answered by "87 hectares"; a description: "what is the purpose of …" by
# what the programme does), and the lightest verbs ("how many came", "what do they get",
# "when was the summit held": it took place), never decide whether a sentence answers
# (`frames_only`); the others ("who gave prizes?") may be what the question is about when
# the corpus uses them.
_ONLY_FRAMING = (
    frozenset(
        """
    number numbers figure figures total totals count amount amounts info information detail
    percent percentage percentages proportion name names title titles type types sort sorts
    kind kinds money location locations venue venues date dates anytime
    details data statistic statistics stats fact facts
    size area height length width depth weight capacity distance duration
    ranking rankings rank position
    purpose purposes aim aims goal goals objective objectives mission vision role reason reasons
    benefit benefits advantage advantages impact effect effects significance importance
    function outcome result results status focus
    explain describe
    get gets got getting gotten come comes came coming go goes went going gone
    held
    """.split()
    )
    | _SHELLS
    | _STANCES
    | _GENERAL
)
# The adverb particles of phrasal verbs ("set aside", "go ahead", "put forward", "bring
# together"; Quirk et al. 16.2-16.4): the verb and its particle say one thing, which a release
# says in a verb of its own ("earmarked", "proceeded"), so a particle the corpus never uses is
# no word the archive lacks. (Those that are also prepositions, "up", "off", "out", "over",
# are stopwords already.)
_PARTICLES = frozenset("aside apart away back forth ahead along around together forward".split())
# Verbs of saying and of characterising (Levin, English Verb Classes and Alternations, 1993:
# 37.7 "say" verbs, 29.2 "characterize" verbs), British and American spellings: "how did the
# minister characterise the park?", "why did he argue that …?" ask what was said, which a
# release quotes ("the park is a breeding ground for …") without the verb of saying.
_SAYING = frozenset(
    """
    argue argues argued arguing acknowledge acknowledges acknowledged acknowledging
    remark remarked remarking mention mentions mentioned mentioning comment commented
    commenting declare declares declared declaring assert asserts asserted asserting
    reiterate reiterates reiterated reiterating emphasise emphasises emphasised emphasising
    emphasize emphasizes emphasized emphasizing characterise characterises characterised
    characterising characterize characterizes characterized characterizing describes described
    describing depict depicts depicted depicting portray portrays portrayed portraying
    """.split()
)
_FRAMING = (
    _ONLY_FRAMING
    | _PARTICLES
    | _SAYING
    | frozenset(
        """
    think thinks want wants wanted need needs happen happens
    happened happening give gives gave given take takes took
    make makes made find finds found see sees saw say says said mean means meant
    last lasts lasted
    compare compares compared comparing
    """.split()
    )
)
# What "how" asks to measure ("how tall is the tower?"): the kind of answer, like "how many";
# a release gives the measure ("22-storey", "40 metres") rather than the adjective.
_MEASURE = Pattern(
    r"\bhow\s+(tall|big|large|small|long|old|far|high|wide|deep|heavy|fast|often|early|late|soon)\b",
    re.IGNORECASE,
    needles="how",
)
# The adjectives and participles of English's semi-modals ("be able to", "be allowed to",
# "be supposed to", "be likely to", "be required to", "be expected to"; Quirk et al., A
# Comprehensive Grammar of the English Language, 3.45): before "to" and a verb they say only
# whether the verb can, may or must be done, as "can" and "must" do, which are stopwords.
# "Who will be able to use the lab?" asks who can use it.
SEMI_MODALS = frozenset(
    "able unable allowed permitted supposed likely unlikely required obliged expected meant".split()
)
_SEMI_MODAL = Pattern(
    rf"\b(?:{'|'.join(sorted(SEMI_MODALS))})\s+(?=to\s+[a-z])", needles="|".join(SEMI_MODALS)
)
# Catenative verbs (Huddleston and Pullum, The Cambridge Grammar of the English Language, ch.
# 14): before "to" and a verb they tell an attitude to the event the verb names ("what did
# they agree to set up?" asks what they set up), which a release tells in words of its own
# ("signed an MoU to set up"). One the corpus never uses is left out of what is searched.
_CATENATIVES = frozenset(
    """
    agree agrees agreed agreeing decide decides decided deciding promise promises promised
    pledge pledges pledged vow vows vowed intend intends intended hope hopes hoped hoping
    plan plans planned planning aim aims aimed aiming seek seeks sought seeking
    undertake undertakes undertook undertaken attempt attempts attempted try tries tried
    """.split()
)
_CATENATIVE = Pattern(
    rf"\b({'|'.join(sorted(_CATENATIVES, key=len, reverse=True))})\s+(to\s+[a-z])",
    re.IGNORECASE,
    needles="to",
)
# A "how long" question in the perfect progressive ("how long has the fair been running?")
# asks how long a state has gone on: its verb says only that it went on, which a release tells
# by when it began ("launched in 2019") in a verb of its own.
_LASTING = Pattern(r"\b(how\s+long\s+ha(?:s|ve|d)\b.*?\bbeen)\s+[a-z]+ing\b", needles="long")
# Idioms of holding a post ("in charge", "in office", "at the helm"): asked how long, they ask
# how long someone served, which releases tell as a tenure ("who served four years").
_HELD = Pattern(
    r"\b(how\s+long\b.*?)\b(?:in\s+(?:charge|office|power|post|the\s+(?:post|role|job))"
    r"|at\s+the\s+(?:helm|top))\b",
    needles="long",
)


@lru_cache(maxsize=1)
def _english() -> dict[str, float]:
    """Return {word: Zipf frequency} for the words of wordfreq's small English list."""
    import gzip
    import importlib.util
    from pathlib import Path

    import msgpack

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:  # pragma: no cover - a declared dependency
        return {}
    path = Path(spec.origin).parent / "data" / "small_en.msgpack.gz"
    with gzip.open(path, "rb") as stream:
        packed = msgpack.load(stream, raw=False)
    # wordfreq's "cBpack" format: a header, then the words of each centibel of frequency,
    # most frequent first: the list at index i holds words of frequency 10 ** (-i / 100).
    if not (isinstance(packed, list) and packed and packed[0].get("format") == "cB"):
        return _english_by_api()
    return {word: 9 - band / 100 for band, words in enumerate(packed[1:]) for word in words}


def _english_by_api() -> dict[str, float]:  # pragma: no cover - wordfreq changed its data format
    from wordfreq import get_frequency_dict, zipf_frequency

    return {word: zipf_frequency(word, "en") for word in get_frequency_dict("en", "small")}


def zipf(word: str) -> float:
    """Return how common `word` is in English, as a Zipf frequency (0 when rarer than 3)."""
    return _english().get(word, 0.0)


def is_specific(word: str, capitalised: bool = False) -> bool:
    """Return whether a (normalised) word names something: rare in English, or written with a
    capital and not among its commonest words.

    A word of several parts ("sethi-blake") is specific when any part of three letters or more
    is; one with no such part ("r&d", "5g") never is.
    """
    bar = CAPITALISED_ZIPF if capitalised else RARE_ZIPF
    return any(zipf(part) < bar for part in _PART.findall(word))


def unknown_weight(word: str) -> float:
    """Return how many times the weight of a term no text holds a (normalised) word the corpus
    never uses counts for against an answer's confidence.

    A sentence can match every other word of "what is the salary of the chief executive?" and
    still say nothing of salaries: the more specific the word the corpus lacks, the less the
    rest tells. The weight is 1 for the commonest words of English (`COMMON_ZIPF` and up) and
    for verb forms ("discussed", "opening"), which visitors use loosely, and grows as
    (COMMON_ZIPF - RARE_ZIPF) / (Zipf - RARE_ZIPF) towards the rare words `is_specific` takes
    for names, where a question falls back outright.
    """
    if word.endswith(("ed", "ing")):
        return 1.0
    frequency = commonness(word)
    if frequency >= COMMON_ZIPF:
        return 1.0
    return (COMMON_ZIPF - RARE_ZIPF) / max(frequency - RARE_ZIPF, 0.1)


def capitalised(text: str) -> set[str]:
    """Return the words (lower-cased) that `text` writes with a capital letter where a sentence
    does not start: "Who chairs the Productivity Council?" gives {"productivity", "council"}."""
    found = set()
    for match in _WORD.finditer(text):
        word = match.group(0)
        before = text[: match.start()].rstrip(" \t\"'“‘(")
        if word[0].isupper() and before and before[-1] not in ".!?:;\n" and word != "I":
            found.add(word.lower())
    return found


_COINED = Pattern(r"[^\W\d_]*[a-z][A-Z][\w&'’-]*")
# What every coined name holds: most questions hold none, and this is quicker to compile.
_CAPITAL_INSIDE = Pattern(r"[a-z][A-Z]")


def coined(text: str) -> set[str]:
    """Return the words (lower-cased) that `text` writes with a capital inside them, as coined
    names are ("InvestKB", "InnoLab"): such a word is a name, not a misspelling of a corpus
    word, and is never mended."""
    if not _CAPITAL_INSIDE.search(text):
        return set()
    return {match.group(0).lower() for match in _COINED.finditer(text)}


def specific_unknowns(
    words: Iterable[str], knows: Callable[[str], bool], capitals: Iterable[str] = ()
) -> list[str]:
    """Return the words, among `words`, that the corpus never uses and that name something;
    `capitals` are the words the question wrote with a capital (see `capitalised`)."""
    capital = set(capitals)
    found: list[str] = []
    for word in words:
        if word in found or word in _FRAMING or knows(word):
            continue  # (framing words, rare ones too, "gist", say what kind of answer is wanted)
        if not is_specific(word, word in capital):
            continue
        if not _inflects_common(word):
            found.append(word)
    return found


def _inflects_common(word: str) -> bool:
    """Return whether `word` is a verb form of a common English word ("teaming" of "team",
    "partnering" of "partner"): rarer than its word, but no name. (Verb forms weigh as loose
    words in `unknown_weight` too.)"""
    for ending, kept in _ENDINGS:
        if (
            ending in ("ing", "ed", "ied")
            and word.endswith(ending)
            and len(word) - len(ending) >= 3
        ):
            base = word[: -len(ending)] + kept
            stems = {base, base + "e"}
            if len(base) > 3 and base[-1] == base[-2]:
                stems.add(base[:-1])  # "planning" of "plan"
            return any(zipf(stem) >= RARE_ZIPF for stem in stems)
    return False


# A word ending in one vowel and a consonant, whose last letter may double before -ed and
# -ing ("commit", "committed"; "plan", "planned"); looked for only, so one that does not
# ("visit", "visited") costs nothing.
_DOUBLES = Pattern(r"(?:^|[^aeiou])[aeiou][b-df-hj-np-tvz]$")
# Inflectional endings, longest first, with what each leaves of the word ("companies" →
# "company"): a word's inflections are its forms; its derivations ("productivity" from
# "product", which stemming conflates) are other words.
_ENDINGS = (("ies", "y"), ("ied", "y"), ("ing", ""), ("es", ""), ("ed", ""), ("s", ""))


def uninflected(word: str) -> str:
    """Return a (normalised) word without its inflectional ending, if any ("countries":
    "country", "crowned": "crown"; a final -e an ending took may stay off: "features":
    "featur")."""
    for ending, kept in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)] + kept
    return word


def inflections(word: str) -> frozenset[str]:
    """Return the forms of a (normalised) word: itself, its plural or singular, its -ed and
    -ing forms ("fund", "funds", "funded"); a gerund's only its own ("parking", "parkings"),
    since "parking" is not what a "park" is; a role compound's -man, -woman and -person forms
    (`lemmas.role_forms`)."""
    base = uninflected(word)
    bases = {base, base.rstrip("e"), base.rstrip("e") + "e"}
    if len(base) > 3 and base[-1] == base[-2] and base != word:
        bases.add(base[:-1])  # "stopped" → "stop"
    if base.endswith("y"):
        bases.add(base[:-1] + "i")  # "company" → "compani" + "es"
    endings = ("ing", "ings") if word.endswith("ing") else ("", "s", "es", "ed", "d", "ing")
    forms = {word} | {stem + ending for stem in bases for ending in endings}
    if _DOUBLES.search(base) and not word.endswith("ing"):
        forms.update((base + base[-1] + "ed", base + base[-1] + "ing"))  # "committed"
    # A role compound's forms are one post's names ("chairwoman", "chairman", "chairperson").
    return frozenset(forms).union(role_forms(word))


# Verbs that tell someone was there ("how many attended", "how many schools take part", "how
# many schools join", "how many teams reached the final", "competed"), and the nouns of those
# there ("how many attendees", "participants"): in a question that counts, they only say the
# number is of those present, which a release gives as "attracting 800 academics", "students
# from 30 schools" or "92 teams gathered for the final" (`counts_presence`).
_PRESENCE = frozenset(
    """
    attend attends attended attending participate participates participated participating
    join joins joined joining enrol enrols enroll enrolls enrolled enrolling
    compete competes competed competing qualify qualifies qualified qualifying
    reach reaches reached reaching advance advances advanced advancing
    attendance turnout attendee attendees participant participants
    """.split()
)
_TAKE = frozenset({"take", "takes", "took", "taken", "taking"})


# Symmetric predicates (Lakoff and Peters, "Phrasal Conjunction and Symmetric Predicates",
# 1969): verbs, nouns and adverbs of acting together ("partnered", "collaboration",
# "together"), whose arguments are the parties. Of a party the question names, they ask what
# its release tells the parties did, which it says by naming them joined ("X and Y have
# launched ..."), in words of its own.
_RECIPROCAL = frozenset(
    """
    partner partners partnered partnering partnership partnerships collaborate collaborates
    collaborated collaborating collaboration collaborations collaborator collaborators cooperate
    cooperates cooperated cooperating cooperation co-operation alliance alliances allied together
    jointly
    """.split()
)


def is_reciprocal(word: str) -> bool:
    """Return whether a (normalised) word tells parties acting together ("partnership")."""
    return word in _RECIPROCAL


def presence_words(words: Sequence[str]) -> set[str]:
    """Return the words among a question's content `words` (in order) that only tell someone
    was there: "attended", "participate", the "take part" of "take part in"."""
    found = {word for word in words if word in _PRESENCE}
    for first, second in pairwise(words):
        if first in _TAKE and second == "part":
            found.update((first, second))
    return found


# English derivational suffixes that make a noun or an adjective of a word and keep its sense
# ("greenery" of "green", "signage" of "sign", "youngster" of "young", "attendee" of
# "attend", "finalist" of "final"), each with what it
# leaves of its base; longest first. Not "-ing" ("parking" is no park), "-less" (which negates
# its base), nor those that make a relation or a status of its holder ("-ship", "-ancy",
# "-hood", "-dom": a tenancy's length is not told by what a release says of tenants).
_DERIVATIONS = (
    ("ability", "able"),
    ("ability", ""),
    ("ibility", "ible"),
    ("ster", ""),
    ("ness", ""),
    ("ment", ""),
    ("able", ""),
    ("ery", ""),
    ("ity", ""),
    ("age", ""),
    ("ful", ""),
    ("ist", ""),
    ("ee", ""),
    ("al", ""),
    ("ly", ""),
    ("er", ""),
)
# The fewest letters a derivation's base keeps ("acre" of "acreage").
_DERIVED_BASE = 3


def underived(word: str, uses: Callable[[str], bool]) -> str | None:
    """Return the word a (normalised) word the corpus never uses is derived from, when the
    corpus `uses` it and it is not rare in English: "greenery" of "green", "youngsters" of
    "young". An ordinary word a release says in its base's form is no name the archive lacks.
    A derivation is rarer than its base: a word commoner than its look-alike ("summer" and
    "sum", "business" and "busy") is a word of its own. None when no such base is found."""
    forms = [word]
    for ending, kept in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(ending) and not word.endswith("ss") and len(word) > len(ending) + 3:
            forms.append(word[: -len(ending)] + kept)  # "attendees": "attendee", not "attende"
    for form in forms:
        for ending, kept in _DERIVATIONS:
            if not form.endswith(ending) or len(form) - len(ending) < _DERIVED_BASE:
                continue
            stem = form[: -len(ending)]
            stems = [stem + kept, stem + "e" + kept, stem.removesuffix("i") + "y" + kept]
            if len(stem) > _DERIVED_BASE and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # "shopper" of "shop"
            for base in stems:
                if base != form and uses(base) and zipf(base) >= max(RARE_ZIPF, zipf(word)):
                    return base
    return None


def is_framing(word: str) -> bool:
    """Return whether a (normalised) word only frames a question ("number", "name", "get")."""
    return word in _FRAMING


def frames_only(word: str) -> bool:
    """Return whether a (normalised) word only frames a question, whatever the corpus: it says
    what kind of answer is wanted ("number", "details") or is among the lightest verbs ("get",
    "came"), so a sentence without it answers as well."""
    return word in _ONLY_FRAMING


def is_loose(word: str) -> bool:
    """Return whether a (normalised) word is among the commonest words of English
    (`COMMON_ZIPF`), which visitors use loosely ("people", "way")."""
    return commonness(word) >= COMMON_ZIPF


def asks_unwritten(word: str, writes: Callable[[str], bool]) -> bool:
    """Return whether the word a question asks for (`focus.focus`) tells that the corpus cannot
    answer: it never `writes` it, and it is not a framing word or among the commonest words of
    English, which visitors use loosely ("what's the best way to …")."""
    return word not in _FRAMING and not writes(word) and not is_loose(word)


def commonness(word: str) -> float:
    """Return the Zipf frequency of the commonest form of the commonest part of a word (a
    plural is rarer than its singular, but no more specific): COMMON_ZIPF for a word of no
    part of three letters or more ("r&d")."""
    parts = _PART.findall(word)
    if not parts:
        return COMMON_ZIPF
    return max(zipf(form) for part in parts for form in inflections(part))


def own_commonness(word: str) -> float:
    """Return the Zipf frequency of the commonest of a (normalised) word's own inflections,
    those that stem as it does: a verb is as common as its commonest tense ("fails" as
    "failed"), and "grads" is not "grade" (`inflections` offers both)."""
    stemmed = stem(word)
    return max(zipf(form) for form in inflections(word) if stem(form) == stemmed)


def without_framing(question: str, knows: Callable[[str], bool]) -> str:
    """Return `question` without the framing words ("number", "figures", the "tall" of "how
    tall") the corpus lacks, the adjectives of semi-modals ("able" of "be able to"), the
    catenative verbs the corpus lacks ("agree" of "agree to set up"), and the verb of a "how
    long has … been …ing" question."""
    question = _LASTING.sub(r"\1", _SEMI_MODAL.sub("", question))
    question = _CATENATIVE.sub(
        lambda m: m.group(0) if knows(m.group(1).lower()) else m.group(2), question
    )
    question = _HELD.sub(r"\1served", question)
    question = _MEASURE.sub(lambda m: m.group(0) if knows(m.group(1).lower()) else "how", question)
    return re.sub(
        r"[a-z]+",
        lambda m: " " if m.group(0) in _FRAMING and not knows(m.group(0)) else m.group(0),
        question,
    )
