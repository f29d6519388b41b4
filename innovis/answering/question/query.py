"""Reading a question: its terms, spelling mended and clipped words read whole against the
corpus, acronyms expanded."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property

from ...text.acronyms import Acronyms
from ...text.analysis import content_words, is_stopword, normalise, stem
from ...text.patterns import Pattern
from ...text.spelling import Speller, edit_distance
from ...tuples import NamedTuple
from ..kinds.cues import answer_type, counted_deed, counted_word, members_asked
from ..kinds.descriptions import asks_description
from ..kinds.measures import asked_measure, without_measure_word
from ..kinds.places import asks_place
from ..kinds.succession import asks_background, asks_movement, asks_origin, asks_succession
from ..kinds.targets import asks_target
from ..kinds.times import asks_when_one_may
from ..words.specific import (
    RARE_ZIPF,
    commonness,
    inflections,
    is_framing,
    is_specific,
    own_commonness,
    uninflected,
    zipf,
)
from .focus import focus, keyword_focus
from .predicates import asked_doing

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..kinds.cues import AnswerType
    from ..kinds.succession import Movement

# The most distinct unknown words one question has looked up for their spelling.
MAX_MENDED = 32
# The shortest clipped word read as the word it shortens ("exec"), and the fewest letters a
# clipping drops (a syllable or more: "grad" of "graduate"; "direct" is no clipping of
# "director", nor "robot" of "robotics").
CLIPPING_LEAST = 4
CLIPPING_DROPS = 3
# The shortest contraction read as the word it contracts ("yrs" of "years"), and the Zipf
# frequency below which one that keeps a vowel is no English word ("bday" but not "rent").
CONTRACTION_LEAST = 3
CONTRACTION_ZIPF = 3.0


class Query(NamedTuple):
    """A question as the index sees it.

    `terms` are what the index matches, acronyms expanded; `words` are the question's content
    words as typed (misspellings mended), in order, and `stems` their terms, unexpanded: the
    evidence that reorders the best sentences (evidence.py) compares them with a sentence's.
    `corrections` pairs each misspelt or clipped word of the question with the corpus word read
    instead.
    `counted` is the term of what a "how many" question counts. `unknown_weight` is how many
    more times the weight of a term no text holds the question's unknown words count for in its
    confidence, beyond once each (see `specific.unknown_weight`). `measure` is the kind of
    measure a "how tall", "how long" or "how much" question asks for (`measures.py`). `asked`
    is the word the question asks for (`focus.focus`), as the corpus writes it, when it tells;
    `succession` whether it asks who came before or after someone, `movement` whether it asks
    who left or who joined, `target` whether it asks for a plan or a target (`targets.py`),
    `one_may` whether it asks when one may do a thing ("can I apply anytime?": `times.py`),
    `background` what someone did before, `origin` about the first of something
    (`succession.py`), `place` whether it asks where (`places.py`), `description` whether it
    asks what something is (`descriptions.py`); `kind` the term of the kind of thing a "what
    N"/"which N" question asks one or more of ("what sectors ...?": sector); `members` how many
    members of a set it asks to be named ("which four firms …?": 4), when it asks that;
    `deed` the word after what a "how many" question counts, unless an auxiliary
    ("how many institutes moved in?": moved; `cues.counted_deed`).
    `alternatives` are groups of terms among `terms` any one of which answers for the group:
    a visitor's word and the release's ("replace", "succeed"). `event` are the terms of a
    clause that says when by an event ("who was chairman when Mr Leung toured the park?"):
    they tell which release answers, not which of its sentences. `names` are the names of
    several capitalised words the question writes as a release does ("Limited Partnership
    Fund", the long form of a visitor's "LPF": `named.written_names`). `sort` is the term of
    the category a "what kind (type, sort) of N" question asks for: an answer gives one of
    it ("a statutory body" for "what kind of entity"), seldom the word.
    """

    terms: tuple[str, ...]
    wanted: AnswerType | None = None
    corrections: tuple[tuple[str, str], ...] = ()
    words: tuple[str, ...] = ()
    stems: tuple[str, ...] = ()
    counted: str | None = None
    unknown_weight: float = 0.0
    measure: str | None = None
    asked: str | None = None
    succession: bool = False
    movement: Movement | None = None
    target: bool = False
    one_may: bool = False
    background: bool = False
    origin: bool = False
    place: bool = False
    description: bool = False
    alternatives: tuple[tuple[tuple[str, ...], ...], ...] = ()
    doing: str | None = None
    event: tuple[str, ...] = ()
    kind: str | None = None
    names: tuple[str, ...] = ()
    sort: str | None = None
    members: int | None = None
    deed: str | None = None

    def keeping(self, terms: tuple[str, ...]) -> Query:
        """Return the query of `terms` (some of its own), with the alternatives of each group
        whose terms it keeps: a group of which one alternative is left ("launch" for "start")
        still answers for the visitor's word."""
        kept = Counter(terms)
        groups = []
        for group in self.alternatives:
            left = tuple(a for a in group if all(kept[t] >= a.count(t) for t in a))
            if len(left) > 1:
                groups.append(left)
        return self._replace(terms=terms, alternatives=tuple(groups))

    def with_alternatives(self, terms: Iterable[str]) -> frozenset[str]:
        """Return `terms` with those of every group of alternatives that holds one of them:
        the release's words for the visitor's ("partnership": "collaboration", "mou")."""
        asked = frozenset(terms)
        found = set(asked)
        for group in self.alternatives:
            said = {t for alternative in group for t in alternative}
            if said & asked:
                found |= said
        return frozenset(found)

    @property
    def counting(self) -> frozenset[str]:
        """Return the terms a number may count to answer a "how many" question: what it counts
        (`counted`) and the release's words for it (`alternatives`), so that "how many firms"
        is answered by "the number of Park companies"; empty when it counts nothing."""
        counted = self.counted
        if counted is None:
            return frozenset()
        said = {counted}
        for group in self.alternatives:
            if (counted,) in group:
                said.update(a[0] for a in group if len(a) == 1)
        return frozenset(said)

    def corrected(self, question: str) -> str | None:
        """Return `question` with its misspelt words mended, or None when none were."""
        if not self.corrections:
            return None
        meant_for = dict(self.corrections)

        def mend(match: re.Match[str]) -> str:
            typed = match.group(0)
            meant = meant_for.get(normalise(typed))
            return typed if meant is None else _same_case(typed, meant)

        # One pass over the question, however many words were mended (and however often).
        return _WORD.sub(mend, question)


_HOW = Pattern(r"\bhow\b", needles="how")
# Misspelt words are whole alphabetic words (see Speller.correct), so \w+ finds each.
_WORD = Pattern(r"\w+")


def _same_case(typed: str, meant: str) -> str:
    """Return `meant` in the case of the typed word (Shenzen → Shenzhen, GOVERMENT → GOVERNMENT)."""
    if typed.isupper() and len(typed) > 1:
        return meant.upper()
    if typed[:1].isupper():
        return meant[:1].upper() + meant[1:]
    return meant


# The words questions open with, which a visitor in a hurry mistypes ("wen did …", "hw many").
_QUESTION_WORDS = ("what", "when", "where", "who", "whom", "whose", "which", "why", "how")
_OPENING = Pattern(r"\s*([^\W\d_]{2,5})\b")
_CONSONANTS = Pattern(r"[aeiou]")


def question_word_mended(question: str, uses: Callable[[str], bool]) -> str:
    """Return `question` with its first word read as the question word it mistypes, one edit
    away ("wen": "when", "hw": "how"), or written without its vowels ("whn": "when"), when it
    is no word `uses` tells the corpus uses, no stopword, and mistypes only one of them ("ho"
    could be "who" or "how": left alone)."""
    match = _OPENING.match(question)
    if match is None:
        return question
    typed = match.group(1).lower()
    if typed in _QUESTION_WORDS or is_stopword(typed) or uses(typed):
        return question
    # Chat drops the vowels ("whn", "wht", "hw"): the question word whose consonants they are.
    meant = [word for word in _QUESTION_WORDS if typed == _CONSONANTS.sub("", word)]
    if not meant:
        meant = [word for word in _QUESTION_WORDS if edit_distance(typed, word, 1) <= 1]
    if len(meant) != 1:
        return question
    mended = _same_case(match.group(1), meant[0])
    return question[: match.start(1)] + mended + question[match.end(1) :]


class QueryReader:
    """Turns questions into Queries for one corpus."""

    def __init__(
        self,
        knows: Callable[[str], bool],
        words: Callable[[], Counter[str]],
        acronyms: Acronyms,
        stems: Callable[[], Mapping[str, str]],
    ) -> None:
        """`knows` tells whether the corpus has a term; `words` returns the count of each of its
        (content) words and `stems` the stem of each; both are called on first need."""
        self._knows = knows
        self._words = words
        self._acronyms = acronyms
        self._stems = stems

    @cached_property
    def _counts(self) -> Counter[str]:
        return self._words()

    @cached_property
    def _speller(self) -> Speller:
        # Built on the first unknown word: most questions never need it.
        return Speller(self._counts)

    @cached_property
    def _known_stems(self) -> Mapping[str, str]:
        return self._stems()

    def corpus_words(self) -> Iterable[str]:
        """Return the (normalised, content) words the corpus writes."""
        return self._known_stems.keys()

    def uses(self, word: str) -> bool:
        """Return whether the corpus writes a (normalised, content) word as it is."""
        return word in self._known_stems

    def _unwritten(self, word: str) -> bool:
        """Return whether `word` is a name-like word (`specific.is_specific`) of which the
        corpus writes no form (`specific.inflections`), though it may have its stem: "innocel"
        stems as "InnoCell" does, and misspells it. (A common word the corpus writes in another
        form, "playing" of "played", is left as it is: it is no misspelling.)"""
        known = self._known_stems
        return (
            word.isalpha()
            and not any(form in known for form in inflections(word))
            and is_specific(word)
        )

    def spelled_out(self, terms: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
        """Return (acronym term, long-form terms) for each long form of an acronym the corpus
        defines that `terms` spell out."""
        return self._acronyms.spelled_out(terms)

    def term(self, word: str) -> str:
        """Return the term of a normalised content word: its stem, looked up when the corpus
        has the word, so that NLTK is only loaded for words the corpus never used."""
        known = self._known_stems.get(word)
        return known if known is not None else stem(word)

    def _correct(self, word: str, mended: dict[str, str | None]) -> str | None:
        """Return the corpus word `word` misspells, or None; `mended` holds the words of this
        question looked up so far. Past MAX_MENDED of them, words are taken as typed: a
        question never needs more, and each costs a pass over similar corpus words."""
        if word not in mended:
            if len(mended) >= MAX_MENDED:
                return None
            mended[word] = (
                # A word of English ("speed") is no slip for a corpus word ("seed").
                self._speller.correct(word, misspelt=zipf(word) < RARE_ZIPF)
                or self._unclipped(word)
                or self._contracted(word)
            )
        return mended[word]

    def _unclipped(self, word: str) -> str | None:
        """Return the corpus word that `word`, a word the corpus never uses, clips, or None.

        Back-clipping shortens a word to its first syllables ("grads" of "graduates", "exec"
        of "executive", "admin" of "administration"), and visitors type the short form where
        a release writes the word out. `word` (without a plural -s) is read as the commonest
        corpus word it starts, three letters or more shorter, when all such words are forms of
        one (they share a stem: "graduate", "graduation") that the short form cuts inside (a
        suffix dropped, "instruct" of "instruction", is derivation), and when the short form
        is the rarer in English, each word counted by its commonest form: a word as common as
        its longer neighbour is a word of its own ("fails", a form of "fail" as common as
        "failure").

        A clipping inflects as the word it clips: a plural ("grads") is read as a plural the
        corpus writes ("graduates", not "graduation"), and is no clipping of a word it never
        writes with an -s ("interns" of the adjective "international")."""
        plural = word.endswith("s") and not word.endswith("ss")
        base = word[:-1] if plural else word
        if not base.isalpha() or len(base) < CLIPPING_LEAST:
            return None
        known = self._known_stems
        longer = [other for other in known if other.startswith(base)]
        # A syllable of the word, not of its ending: "crow" clips no "crowned", nor "count"
        # "countries".
        longer = [
            other for other in longer if len(uninflected(other)) >= len(base) + CLIPPING_DROPS
        ]
        if plural:
            longer = [other for other in longer if other.endswith("s")]
        stems = {known[other] for other in longer}
        # One word's forms, whose stem the short form does not end: a stem of no more than
        # `base` ("instruct" of "instruction") makes the longer word a derivation, not a clipping.
        if len(stems) != 1 or len(next(iter(stems))) <= len(base):
            return None
        meant = max(longer, key=lambda other: (self._counts[other], other))
        return meant if own_commonness(word) < commonness(meant) else None

    def _contracted(self, word: str) -> str | None:
        """Return the corpus word that `word`, a word the corpus never uses, contracts, or None.

        A contraction keeps a word's first and last letters and some between, in order, the
        vowels first dropped ("bldgs" of "buildings", "yrs" of "years", "bday" of "birthday"):
        how visitors type on a phone. `word` is read as the corpus word it contracts when that
        word is the only one it can contract, is longer by half again or more, and is commoner
        in English: a contraction is rare, as a word of its own is not."""
        if not (word.isalpha() and word.isascii() and len(word) >= CONTRACTION_LEAST):
            return None
        vowels = sum(letter in "aeiou" for letter in word[1:])
        if vowels > 1 or (vowels and zipf(word) >= CONTRACTION_ZIPF):
            # A contraction drops the vowels first; one that keeps a vowel is no word of its
            # own ("bday", not "rent", which may be all the corpus has of "represent").
            return None
        found = [
            other
            for other in self._known_stems
            if other[0] == word[0]
            and other[-1] == word[-1]
            and 2 * len(other) >= 3 * len(word)
            and _keeps_in_order(word, other)
        ]
        if len({self._known_stems[other] for other in found}) != 1:
            return None
        meant = max(found, key=lambda other: (self._counts[other], other))
        return meant if zipf(word) < commonness(meant) else None

    def read(self, question: str) -> Query:
        """Return the Query of `question`."""
        words: list[str] = []
        terms: list[str] = []
        corrections: list[tuple[str, str]] = []
        mended: dict[str, str | None] = {}  # a word repeated is looked up once
        for word in content_words(without_measure_word(question)):
            term = self.term(word)
            if (not self._knows(term) or self._unwritten(word)) and (
                meant := self._correct(word, mended)
            ):
                corrections.append((word, meant))
                word, term = meant, self.term(meant)
            words.append(word)
            terms.append(term)
        return Query(
            terms=tuple(self._acronyms.expand(terms)),
            wanted=answer_type(question),
            corrections=tuple(corrections),
            words=tuple(words),
            stems=tuple(terms),
            counted=None
            if (counted := counted_word(question)) is None
            else self._counted(counted, corrections),
            measure=asked_measure(question),
            succession=asks_succession(question),
            movement=asks_movement(question),
            target=asks_target(question),
            one_may=asks_when_one_may(question),
            background=asks_background(question),
            origin=asks_origin(question),
            place=asks_place(question),
            description=asks_description(question),
            doing=asked_doing(question),
            kind=self._kind(question),
            members=members_asked(question),
            deed=counted_deed(question),
        )

    def _counted(self, word: str, corrections: list[tuple[str, str]]) -> str:
        """Return the term of the word a "how many" question counts, as mended ("yrs" is
        "years")."""
        return self.term(dict(corrections).get(word, word))

    def _kind(self, question: str) -> str | None:
        """Return the term of the kind of thing a "what N"/"which N" question asks one or more
        of ("what sectors does the fund invest in?": sector; "does it have labs?": lab), or
        None."""
        found = focus(question)
        if found is None:
            # Keywords ending in a plural ("fund focus sectors") ask which ones, as "what
            # sectors" does.
            head = keyword_focus(question)
            if head is None or not _PLURAL_HEAD.search(head) or is_framing(head):
                return None
            return self.term(head)
        if is_framing(found.word):
            return None
        if found.named:
            # "Does HKSTP have programmes for students?", "are there any labs?": a plural
            # had or offered asks which ones there are, as "what programmes" does.
            if _ASKS_WHETHER.search(question) and _PLURAL_HEAD.search(found.word):
                return self.term(found.word)
            return None
        if _HOW.search(question):
            return None  # "how many N" counts them (`Query.counted`)
        return self.term(found.word)


# A question of yes or no ("does it have ...", "is there ...", "are there any ...").
_ASKS_WHETHER = Pattern(
    r"^\W*(?:(?:so|and|but)\s+)?(?:does|do|did|will)\b|\b(?:is|are)\s+there\b",
    re.IGNORECASE,
    needles="do|did|will|there",
)
# A plural noun: "sectors", "companies", not "business" or "campus".
_PLURAL_HEAD = Pattern(r"[^su]s$")


def _keeps_in_order(short: str, long: str) -> bool:
    """Return whether the letters of `short` are letters of `long`, in the same order."""
    letters = iter(long)
    return all(letter in letters for letter in short)
