"""Answer-type cues: what kind of answer a question wants, and which sentences hold one.

A "when" question is better answered by a sentence with a year, a month or a century; a
"how many" question by one with a number; a "who" question by one that names someone or
something the question does not. A "how many universities" question is best answered by a
sentence that counts them: "two universities". Measured on SQuAD articles held out from tuning,
the cues add about 0.005 to MRR@10 (see scripts/README.md); they only reorder sentences that
already match the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...reading.dates import MONTH_PATTERN
from ...text.analysis import content_words, is_stopword, normalise, stem
from ...text.patterns import Pattern

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    AnswerType = Literal["when", "number", "who"]


# "Can I apply anytime?" asks when one may, as "when can I apply?" does.
_WHEN = Pattern(
    r"\b(?:when|what (?:year|date|month|day|century|decade|time|period)"
    r"|which (?:year|date|month|century|decade)|how long ago|anytime)\b",
    needles="when|year|date|month|day|century|decade|time|period|ago",
)
_NUMBER = Pattern(
    r"\bhow (?:many|much|long|far|old|large|big|tall|high|often|fast)\b"
    r"|\bwhat (?:percentage|percent|number|amount|proportion|share)\b"
    r"|\b(?:attendance|turnout|headcount)\b",
    needles="how |percent|number|amount|proportion|share|attendance|turnout|headcount",
)
_WHO = Pattern(r"\bwho(?:m|se)?\b", needles="who")
_DATE = Pattern(
    r"\b(?:1[0-9]{3}|20[0-9]{2})s?\b|\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july"
    r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\bcentur",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    "|hundreds?|thousands?|millions?|billions?|dozens?"
)
_QUANTITY = Pattern(rf"\b\d[\d,.]*\b|\b(?:{_NUMBER_WORDS}|half|percent)\b", re.IGNORECASE)
_COUNTED = Pattern(r"\bhow (?:many|much) (\w+)", needles="how many|how much")
_PLURAL = Pattern(r"[^s']s$|people$|staff$")
# A number as one content word (a word of `analysis.content_words`: lower case, no commas).
_COUNT = Pattern(rf"\d[\d.]*|{_NUMBER_WORDS}|several")
# How many words may come between a number and what it counts ("two public universities").
_COUNT_REACH = 3
# "The number of companies ... rose to 1,150": the count follows what it counts.
_TOTAL = frozenset({"number", "total"})
_TOTAL_REACH = 12
_YEAR = Pattern(r"(?:1[89]|20)\d{2}")
_MONTH_WORD = Pattern(MONTH_PATTERN)
_NAME = Pattern(r"(?<=\s)[A-Z][\w&'’-]*")
# A person named with a title: "Ms Jennifer Chan", "Dr. Lee", "Professor Sun".
_PERSON = Pattern(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Ir|Sir|Dame)\.?\s+[A-Z]")


# "graduation 2024 number of startups": a query of keywords asks a count by naming it, unless
# it asks another thing ("when did the number of companies pass 1,000?").
_NUMBER_OF = Pattern(r"\b(?:number|total|no\.?|count) of (\w+)", needles=" of ")
_OTHER_ASKED = Pattern(r"\b(?:when|where|who|whom|whose|why|which|what (?:year|date|month|day))\b")
_AMOUNT_ASKED = Pattern(
    r"\bhow (?:many|much)\b|\bwhat (?:percentage|percent|number|amount)\b"
    r"|\b(?:attendance|turnout|headcount)\b",
    needles="how many|how much|percent|number|amount|attendance|turnout|headcount",
)
_MONTHS = MONTH_PATTERN + r"\.?"
# Dates and years, which hold numbers but count nothing: "8 April 2025", "June 30", "2019".
_DATES = Pattern(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:,?\s+\d{{4}})?"
    rf"|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
    r"|\b(?:1[89]|20)\d{2}(?:/\d{2,4})?\b|\b\d{1,2}:\d{2}\b",
    re.IGNORECASE,
)


def asks_amount(question: str) -> bool:
    """Return whether `question` asks how many or how much ("what percentage" too, "the
    number of" what nothing else is asked of, and the "attendance" or "turnout" of an
    event)."""
    lowered = question.lower()
    return _AMOUNT_ASKED.search(lowered) is not None or _count_named(lowered) is not None


def _count_named(lowered: str) -> re.Match[str] | None:
    """Return the match of "number of N", N a noun phrase of a plural ("number of incubation
    graduates"), in a (lower-case) question that asks nothing else ("when", "who", "which
    year" ...), or None."""
    match = _NUMBER_OF.search(lowered)
    if match is None or _OTHER_ASKED.search(lowered):
        return None
    phrase: list[str] = []
    for word in re.findall(r"[\w&'-]+", lowered[match.start(1) :]):
        if is_stopword(word) or len(phrase) == _COUNT_REACH:
            break
        phrase.append(word)
    if not any(_PLURAL.search(word) for word in phrase):
        return None  # "the phone number of HKSTP" counts nothing
    return match


# Numbers that name rather than count: "Phase 2 of the Science Park", "Tower 1", "No. 3".
_LABELS = Pattern(
    r"\b(?:phase|stage|tower|block|building|level|floor|wing|zone|lot|gate|hall|room|chapter"
    r"|section|article|part|round|batch|cohort|season|version|grade|class|type|generation|no\."
    r"|pier|terminal|route|line|platform|exit|site|district)\s+\d+[a-z]?\b(?![.,]\d)",
    re.IGNORECASE,
)


def labels(text: str) -> set[tuple[str, str]]:
    """Return the (kind, number) of each number of `text` that names rather than counts
    ("Phase 2": ("phase", "2"))."""
    found = set()
    for match in _LABELS.finditer(text):
        kind, _, number = match.group(0).lower().rpartition(" ")
        found.add((kind.split()[-1], number))
    return found


def names_another_label(text: str, asked: set[tuple[str, str]]) -> bool:
    """Return whether `text` names a thing of a kind `asked` labels ("Phase 3" for the asked
    "Phase 2") by another number only: it is about another phase."""
    told = labels(text)
    return any(
        (kind, number) not in told and any(k == kind for k, _ in told) for kind, number in asked
    )


def numbers_a_thing(text: str, end: int) -> bool:
    """Return whether the number of `text` that ends at `end` names rather than counts
    ("Phase 2")."""
    return any(match.end() == end for match in _LABELS.finditer(text))


# A number of things: the number, up to two lower-case words, a lower-case plural ("over 300
# marine engineers", "a thousand students"); not "two Kestrel Medal winners", a name's.
_THINGS_NUMBERED = Pattern(
    rf"(?:\b\d[\d,.]*\+?|\b(?:{_NUMBER_WORDS}))\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*[^s'\W]s\b",
    re.IGNORECASE,
)


def gives_number_of_things(sentence: str) -> bool:
    """Return whether `sentence` states a number of some things, written in lower case ("over
    800 world-class academics"), other than a date or a year: what "how many attended?"
    asks, which names no thing it counts."""
    text = _LABELS.sub(" ", _DATES.sub(" ", sentence))
    return any(_lower_tail(match.group(0)) for match in _THINGS_NUMBERED.finditer(text))


def _lower_tail(found: str) -> bool:
    """Return whether the words after the number of `found` are written in lower case."""
    return all(word[:1].islower() for word in found.split()[1:])


def gives_amount(sentence: str) -> bool:
    """Return whether `sentence` states a number other than a date, a year or a label
    ("Phase 2")."""
    return _QUANTITY.search(_LABELS.sub(" ", _DATES.sub(" ", sentence))) is not None


def answer_type(question: str) -> AnswerType | None:
    """Return the kind of answer `question` asks for, or None when it says nothing of it."""
    lowered = question.lower()
    if _WHEN.search(lowered):
        return "when"
    if _NUMBER.search(lowered) or _count_named(lowered):
        return "number"
    if _WHO.search(lowered):
        return "who"
    return None


def counted_word(question: str) -> str | None:
    """Return the word a "how many" question counts ("universities"), or None.

    That is the head of the words between "how many" and the next stopword: the first plural
    among them, which ends the noun phrase ("how many climate companies are there" counts
    companies, "how many schools join pathfinder camps" schools, not what they join; of
    plurals side by side the last, graduates of "how many kestrel bay labs graduates"), or the
    first word when none looks plural ("how many people came").
    """
    found = _counted(question)
    return None if found is None else found[0]


def counted_deed(question: str) -> str | None:
    """Return the word right after what a "how many" question counts ("moved" of "how many
    institutes moved in?"), the verb of what they did when it is one; None when there is no
    such word, or when an auxiliary comes first: a passive ("how many players were awarded
    …", "have been involved") describes the things counted, in words an answer need not
    repeat."""
    found = _counted(question)
    after = None if found is None else found[1]
    return None if after is None or is_stopword(after) else after


def _counted(question: str) -> tuple[str, str | None] | None:
    """Return the word a "how many" question counts (`counted_word`) and the word after it,
    or None when it counts nothing."""
    text = normalise(question)
    match = _COUNTED.search(text) or _count_named(text)
    if not match or is_stopword(match.group(1)):
        return None
    words = re.findall(r"[\w&'-]+", text[match.start(1) :])
    phrase = []
    for word in words:
        if is_stopword(word):
            break
        phrase.append(word)
    at = next((i for i, word in enumerate(phrase) if _PLURAL.search(word)), None)
    if at is None:
        return match.group(1), words[1] if len(words) > 1 else None
    while at + 1 < len(phrase) and _PLURAL.search(phrase[at + 1]):
        at += 1
    return phrase[at], words[at + 1] if at + 1 < len(words) else None


def counts(words: list[str], terms: list[str], counted: str | frozenset[str]) -> bool:
    """Return whether a sentence of content `words` (and their `terms`) gives a number of the
    term `counted` (see `count_strength`)."""
    return count_strength(words, terms, counted) > 0


def count_strength(words: list[str], terms: list[str], counted: str | frozenset[str]) -> int:
    """Return how surely a sentence of content `words` (and their `terms`) tells how many of the
    term `counted` (or of any of a set of terms: a visitor's word and the release's) there are:
    2 when it gives "the number (total) of" them, then a number within `_TOTAL_REACH` words
    ("the number of companies rose to 1,150"); 1 when a number stands at most `_COUNT_REACH`
    words before it ("two universities", which may count only some of them); 0 when neither.
    A day of a month ("August 1") counts nothing, nor does a year after "the number of" ("the
    number of companies in 2019")."""
    strength = 0
    kinds = frozenset((counted,)) if isinstance(counted, str) else counted
    for at, term in enumerate(terms):
        if term not in kinds:
            continue
        start = max(0, at - _COUNT_REACH)
        before = words[start:at]
        after = range(at + 1, min(len(words), at + 1 + _TOTAL_REACH))
        if _TOTAL.intersection(before) and any(
            _is_count(words, n) and not _YEAR.fullmatch(words[n]) for n in after
        ):
            return 2
        if any(_is_count(words, n) for n in range(start, at)):
            strength = 1
    return strength


def _is_count(words: list[str], at: int) -> bool:
    """Return whether the content word at `at` is a number, and not the day of a month."""
    if not _COUNT.fullmatch(words[at]):
        return False
    return not (at > 0 and _MONTH_WORD.fullmatch(words[at - 1]))


def names_person(sentence: str) -> bool:
    """Return whether `sentence` names a person by a title ("Ms Jennifer Chan", "Dr Lee"):
    the surest answer to "who", where a capitalised word may name a body or a place."""
    return _PERSON.search(sentence) is not None


def holds(
    kind: AnswerType, sentence: str, asked: set[str], term: Callable[[str], str] = stem
) -> bool:
    """Return whether `sentence` holds an answer of `kind` to a question of terms `asked`.

    For "who", that is a capitalised word (the first word excepted) the question lacks; `term`
    gives the term of a word.
    """
    if kind == "when":
        return bool(_DATE.search(sentence))
    if kind == "number":
        return bool(_QUANTITY.search(sentence))
    return not asked.issuperset(map(term, content_words(" ".join(_NAME.findall(sentence)))))


# Small numbers spelled out, two to twelve: how many members a visitor asks to be named
# ("which four firms", "the 3 platforms"), and the numbers `wordings` reads either way.
SMALL_NUMBERS = "two three four five six seven eight nine ten eleven twelve".split()
# "Which four firms …?", "who are the three partners?", "name the two initiatives": a question
# that asks for the members of a set of so many, the number right after its question word
# (and an article or a possessive); not one whose number tells a length ("which five year
# plan") or is part of a name ("which group headlined Super Bowl 50?"), nor "how many". (A
# number word may come with its figure, as the question is searched: "two 2 partners".)
_MEMBERS = Pattern(
    r"(?:\b(?:which|what)|(?:\b(?:which|what)\s+(?:are|were|is|was)|\bwho\s+(?:are|were))"
    r"\s+(?:the|all|its|their|(?:the\s+)?[\w&-]+['’]s)|\b(?:name|list)(?:\s+(?:the|all|its|their))?)"
    r"\s+"
    rf"(\d{{1,2}}|{'|'.join(SMALL_NUMBERS)})(?:\s+\d{{1,2}})?\s+"
    r"(?!(?:years?|months?|weeks?|days?|hours?|minutes?|times?|per\s*cent|percent)\b)[a-z]",
    needles="which|what|who|name|list",
)
# What sets the members of a list apart: a comma, a semicolon, "and", "or", "&"; a colon
# after the number of them opens the list.
_SEPARATOR = Pattern(r",|;|&|\band\b|\bor\b|\bas well as\b", re.IGNORECASE)
# How many words after a number may tell what it counts ("four strategic partners").
_MEMBERS_REACH = 3


def members_asked(question: str) -> int | None:
    """Return how many members a question asks to be named ("which four firms …?": 4), or
    None when it asks for no members of a set of two or more."""
    lowered = normalise(question)
    if _AMOUNT_ASKED.search(lowered):
        return None
    match = _MEMBERS.search(lowered)
    if match is None:
        return None
    number = match.group(1)
    value = int(number) if number.isdigit() else SMALL_NUMBERS.index(number) + 2
    return value if 2 <= value <= len(SMALL_NUMBERS) + 1 else None


def only_counts(
    sentence: str, members: int, asked: set[str], term: Callable[[str], str] = stem
) -> bool:
    """Return whether `sentence` says there are `members` of what a question of terms `asked`
    asks to be named ("revealing four partners") without naming them: after the number and
    what it counts, fewer items than that are set apart ("four partners: A, B, C and D",
    "three platforms, namely X, Y and Z" name them), and no colon opens a list. A sentence
    that never writes the number tells nothing of it here."""
    numbers = {str(members), SMALL_NUMBERS[members - 2]} if members <= 12 else {str(members)}
    words = list(re.finditer(r"[\w&'’-]+|:", sentence))
    restated = False
    for at, word in enumerate(words):
        if word.group(0).lower() not in numbers:
            continue
        reach = words[at + 1 : at + 1 + _MEMBERS_REACH]
        # What the number counts: the last of the question's words just after it ("four
        # strategic partners"), else the word after it (the release's word for the visitor's:
        # "four partners" for "which four firms").
        counted = [w for w in reach if w.group(0) != ":" and term(w.group(0).lower()) in asked]
        counted = counted or reach[:1]
        if not counted or counted[-1].group(0) == ":":
            continue
        rest = sentence[counted[-1].end() :]
        if ":" in rest or len(_SEPARATOR.findall(rest)) >= members - 1:
            return False
        restated = True
    return restated
