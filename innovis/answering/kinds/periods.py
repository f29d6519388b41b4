"""Reading the time a question asks about: a period, and whether it wants the newest or oldest.

Press rooms publish the same kinds of release year after year (appointments, annual figures,
programme intakes), so "who is the chairman?" and "who was chairman in 2014?" have different
answers in one archive. This module only reads the question; `dialogue.py` turns what it reads
into a choice of releases:

* a period ("in 2014", "in March 2023", "last year", "since 2020", "before 2019", "between 2015
  and 2018") keeps the answer to releases dated within it; a question about a state of affairs
  ("who was chairman in 2019?") may fall back to the newest release before the period's end,
  which still says who held the post then (`TimeFrame.as_of`);
* "latest", "current", "now", and present-tense questions about facts releases update (who
  holds a post, how many, how much) prefer the newest release that answers; "first",
  "earliest", "originally", "before <someone>" the oldest;
* a year that modifies a name ("the 2016 policy address", "its 2023 graduation party") names
  that thing, which a release of another year may speak of ("in my 2016 Policy Address"): the
  year stays a word to search, and releases of that year are preferred, not kept to: a
  sentence of another year's release that names that year, and no other, answers too
  (`TimeFrame.named`);
* "what's new?", "latest news", "news from 2024", "list the releases" ask for a list of
  releases, not a quotation (`TimeFrame.listing`).

Relative expressions are read against `today`, which the caller supplies (so tests can fix it).
The words that only say when are taken out of the question (`TimeFrame.rest`): they tell which
releases to read, not which sentence answers.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from ...reading.dates import MONTH_PATTERN
from ...text.analysis import content_words, is_stopword
from ...text.patterns import Pattern
from ...tuples import NamedTuple
from ..words.roles import post_words

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    Order = Literal["newest", "oldest"]


_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
_MONTH = rf"(?P<month>{MONTH_PATTERN})"
_YEAR = r"(?P<year>(?:19[5-9]|20\d)\d)(?!\d|/\d)"
_SINGLE = rf"(?:{_MONTH}\.?\s+)?{_YEAR}(?:'s)?"
# "back in 2013" says when as "in 2013" does: "back" is no word to search for.
_IN = r"(?:(?:(?:way\s+)?back\s+)?(?:in|during|of|for|from|throughout)\s+(?:the\s+year\s+)?)"
_SINCE = r"(?:since|after|starting(?:\s+in)?)"
_BEFORE = r"(?:before|prior\s+to|until|till|up\s+to|by)"
# Every year these read begins so.
_CENTURIES = "19|20"
# "the 2016 policy address": a determiner before the year, a word of the name after it.
_DETERMINER = Pattern(r"\b(?:the|a|an|this|that|its|their|his|her|our|my|your)\s+$")
_NEXT_WORD = Pattern(r"\s+([a-z][\w&-]*)")
_BETWEEN = Pattern(
    r"\b(?:between|from)\s+(?P<first>(?:19[5-9]|20\d)\d)\s+(?:and|to|until|-)\s+"
    r"(?P<last>(?:19[5-9]|20\d)\d)\b",
    needles=_CENTURIES,
)
_BOUNDED = Pattern(rf"\b(?P<bound>{_SINCE}|{_BEFORE})\s+{_SINGLE}\b", needles=_CENTURIES)
_PLAIN = Pattern(rf"(?:\b{_IN})?\b{_SINGLE}\b", needles=_CENTURIES)
_RELATIVE = Pattern(
    r"\b(?:(?:in|during|of|from|for)\s+)?(?P<which>last|this|past|previous|current)\s+"
    r"(?P<unit>year|month)(?:'s)?\b"
    r"|\b(?:in\s+)?the\s+(?:past|last)\s+(?P<count>\d+|two|three|four|five|few)\s+"
    r"(?P<units>years|months)\b"
    r"|\b(?P<ago>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago\b",
    needles="year|month",
)
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "few": 3,
}
# Words that only ask for the newest or the oldest; taken out of the question.
_NEWEST = Pattern(
    r"\b(?:latest|newest|most\s+recent(?:ly)?|recent(?:ly)?|current(?:ly)?|right\s+now|now"
    r"|nowadays|today|at\s+present|presently|at\s+the\s+moment|these\s+days|up[\s-]to[\s-]date"
    r"|(?:the\s+)?last\s+time)\b",
    needles="latest|newest|recent|current|now|today|present|moment|days|date|last",
)
_OLDEST = Pattern(
    r"\b(?:earliest|oldest|originally|initially|at\s+first|in\s+the\s+beginning)\b",
    needles="earliest|oldest|originally|initially|first|beginning",
)
# Words that ask for the oldest but also say what the sentence holds ("the first intake").
_FIRST = Pattern(
    r"\b(?:first|founding|inaugural|original)\b", needles="first|founding|inaugural|original"
)
# "Who succeeded Mr X?": the release that names his successor is newer than his own.
_AFTER_SOMEONE = Pattern(
    rf"\b(?:succeed(?:ed|s)?|replac(?:ed|es)|successor|after)\b(?!\s+{_SINGLE})",
    needles="succeed|replac|successor|after",
)
_BEFORE_SOMEONE = Pattern(
    rf"\b(?:before|preceded|predecessor|prior\s+to)\b(?!\s+{_SINGLE})",
    needles="before|preceded|predecessor|prior",
)
# Present-tense questions about who holds a post or how many there are: facts a newer
# release updates.
_UPDATED_FACT = Pattern(
    r"^\s*(?:who|how\s+(?:many|much|big|large)|what\s+(?:is|are)\s+the\s+(?:number|size|total|figures?))\b",
    needles="who|how|number|size|total|figure",
)
_PRESENT = Pattern(r"\b(?:is|are|'s|has|have|do|does|holds?|leads?|runs?|heads?|chairs?)\b")
# A past auxiliary, or a verb in -ed ("joined", "opened"): the question asks about an event.
_PAST = Pattern(r"\b(?:was|were|did|had|used\s+to|been|won|began|became|\w{3,}ed)\b")
_STATE = Pattern(r"\b(?:is|are|was|were|'s|been)\b")
_EVENT_AUX = Pattern(r"\b(?:did|do|does)\b")
# A question put as a few words ("hkstp chairman 2019"): no question word or verb opens it.
_ASKING = Pattern(
    r"^\s*(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|do|does|did|can"
    r"|could|will|would|has|have|had|tell|show|list|give)\b",
    needles="who|what|when|where|which|why|how|is|are|was|were|do|did|can|could|will|would"
    "|has|have|had|tell|show|list|give",
)
_LIST_WORDS = (
    r"(?:new|news|newest|latest|recent|press\s+releases?|releases?|announcements?|updates?"
    r"|headlines|stories)"
)
# The whole question (its time words taken out) asks for releases, not for a fact in them.
_LISTING = Pattern(
    r"(?:(?:please|can\s+you|could\s+you|hi|hello)\s+)*"
    r"(?:what(?:'?s|\s+is|\s+was)\s+new|anything\s+new|any\s+news|what(?:\s+has)?\s+happened"
    r"|what'?s\s+happening"
    r"|(?:(?:what|which)(?:'s|\s+is|\s+are|\s+were)?\s+)?"
    r"(?:(?:list|show|give|tell)(?:\s+me)?\s+)?(?:the\s+|all\s+(?:the\s+)?|any\s+|some\s+)?"
    rf"{_LIST_WORDS}(?:\s+{_LIST_WORDS})?"
    r"(?:\s+(?:are\s+there|do\s+you\s+have|is\s+there|you\s+have|have\s+you\s+got))?)"
    r"(?:\s+(?:please|there|here))?\s*[?.!]*",
    needles="new|happen|latest|recent|release|announcement|update|headline|stories",
)


class TimeFrame(NamedTuple):
    """What a question says about time.

    `start` and `end` bound the release dates it asks about (inclusive; None: open);
    `order` says whether the newest or the oldest release that answers should be quoted;
    `as_of` that the question asks how things stood in the period, so the newest release
    before its end also answers; `named` that the year only modifies a name ("the 2016 policy
    address"), so releases of the period are preferred, not kept to; `listing` that it asks
    for a list of releases; `rest` is the question without the words that only say when;
    `period` names the period for a person.
    """

    start: datetime.date | None = None
    end: datetime.date | None = None
    order: Order | None = None
    as_of: bool = False
    listing: bool = False
    rest: str = ""
    period: str = ""
    named: bool = False

    @property
    def bounded(self) -> bool:
        """Return whether the question names a period."""
        return self.start is not None or self.end is not None

    @property
    def year(self) -> int | None:
        """Return the year the period is, when it is one whole calendar year ("in 2018")."""
        start, end = self.start, self.end
        if (
            start is None
            or end is None
            or (start.month, start.day, end.month, end.day)
            != (
                1,
                1,
                12,
                31,
            )
        ):
            return None
        return start.year if start.year == end.year else None

    @property
    def month(self) -> tuple[int, int] | None:
        """Return (year, month) when the period is one whole calendar month ("in July 2013")."""
        start, end = self.start, self.end
        if (
            start is None
            or end is None
            or start.day != 1
            or (start.year, start.month)
            != (
                end.year,
                end.month,
            )
        ):
            return None
        return (start.year, start.month) if end == _month_span(start.year, start.month)[1] else None

    def holds(self, date: datetime.date | None) -> bool:
        """Return whether a release of `date` lies in the period (undated ones never do)."""
        if date is None:
            return False
        return (self.start is None or date >= self.start) and (self.end is None or date <= self.end)


def _year_span(year: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def _month_span(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    first = datetime.date(year, month, 1)
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return first, following - datetime.timedelta(days=1)


def _month_number(word: str) -> int:
    return next(n for n, name in enumerate(_MONTH_NAMES, start=1) if name.startswith(word[:3]))


def _single(match: re.Match[str]) -> tuple[datetime.date, datetime.date, str]:
    year = int(match.group("year"))
    if match.group("month"):
        number = _month_number(match.group("month"))
        start, end = _month_span(year, number)
        return start, end, f"{_MONTH_NAMES[number - 1].title()} {year}"
    start, end = _year_span(year)
    return start, end, str(year)


def _years_back(today: datetime.date, years: int) -> datetime.date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _relative(
    match: re.Match[str], today: datetime.date
) -> tuple[datetime.date, datetime.date, str]:
    if ago := match.group("ago"):
        year = today.year - (_NUMBERS.get(ago) or int(ago))
        start, end = _year_span(year)
        return start, end, str(year)
    if count := match.group("count"):
        number = _NUMBERS.get(count) or int(count)
        if match.group("units") == "years":
            return _years_back(today, number), today, f"the past {number} years"
        months_back = today.month - number
        year, month = today.year + (months_back - 1) // 12, (months_back - 1) % 12 + 1
        return datetime.date(year, month, 1), today, f"the past {number} months"
    which, unit = match.group("which"), match.group("unit")
    back = 1 if which in ("last", "previous", "past") else 0
    if unit == "year":
        start, end = _year_span(today.year - back)
        return start, end, str(today.year - back)
    month, year = today.month - back, today.year
    if month == 0:
        month, year = 12, year - 1
    start, end = _month_span(year, month)
    return start, end, f"{_MONTH_NAMES[month - 1].title()} {year}"


def _cut(text: str, match: re.Match[str]) -> str:
    return text[: match.start()] + " " + text[match.end() :]


def _modifies_name(
    text: str, match: re.Match[str], names: Callable[[str, str], bool] | None = None
) -> bool:
    """Return whether the year `match` found in `text` modifies the name that follows it ("the
    2016 policy address") rather than saying when ("in 2016", "the budget of 2016").

    Visitors drop the article ("in 2016 policy address"): a year the corpus writes before the
    same word (`names(year, word)`: "in my 2016 Policy Address") names a thing too."""
    if match.group("month"):
        return False
    following = _NEXT_WORD.match(text, match.end())
    if following is None or is_stopword(following.group(1)):
        return False
    bare = match.group(0)[:1].isdigit()  # no "in", "during" before it
    if bare and _DETERMINER.search(text[: match.start()]) is not None:
        return True
    return names is not None and names(match.group("year"), following.group(1))


_ANY_YEAR = Pattern(r"(?<![\d/])(?:19[5-9]|20\d)\d(?![\d/])", needles=_CENTURIES)


def month_name(month: int) -> str:
    """Return the (lower-case) name of a month, 1 to 12."""
    return _MONTH_NAMES[month - 1]


def names_month(sentence: str, year: int, month: int) -> bool:
    """Return whether `sentence` names a day or the whole of a month of a year: "from July 1,
    2013", "on 1 July 2013", "in July 2013"."""
    name = _MONTH_NAMES[month - 1]
    spelled = rf"(?:{name}|{name[:3]}\.?)"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    pattern = rf"\b(?:{spelled}(?:\s+{day})?,?|{day}\s+{spelled},?)\s+{year}\b"
    return re.search(pattern, sentence, re.IGNORECASE) is not None


def names_only(sentence: str, year: int, as_time: bool = False) -> bool:
    """Return whether `sentence` names `year` and no other: "in my 2016 Policy Address" speaks
    of the 2016 one, "Summit 2018 drew twice the visitors of the 2016 summit" of another.

    With `as_time`, the year must say when what the sentence tells was so ("around 600 in
    2018") or is planned for ("500 by 2022-23"), not when a state began or ended ("a member
    since 2018")."""
    if {int(found) for found in _ANY_YEAR.findall(sentence)} != {year}:
        return False
    return not as_time or re.search(rf"\b(?:in|during|of|by)\s+{year}\b", sentence) is not None


def read_time(
    question: str, today: datetime.date, names: Callable[[str, str], bool] | None = None
) -> TimeFrame:
    """Return what `question` (normalised: lower case, plain quotes) says about time;
    `names(year, word)` tells whether the corpus writes a year before a word, as part of a
    name ("2016 Policy Address")."""
    text = original = question.lower()
    start = end = None
    period = ""
    bounded = named = False
    if match := _BETWEEN.search(text):
        start = _year_span(int(match.group("first")))[0]
        end = _year_span(int(match.group("last")))[1]
        period, bounded = f"{match.group('first')}–{match.group('last')}", True
        text = _cut(text, match)
    elif match := _BOUNDED.search(text):
        first, last, name = _single(match)
        bound = match.group("bound")
        if bound.startswith(("since", "from", "starting")):
            start, period = first, f"{name} on"
        elif bound == "after":
            start, period = last + datetime.timedelta(days=1), f"after {name}"
        elif bound == "before":
            end, period = first - datetime.timedelta(days=1), f"before {name}"
        else:
            end, period = last, f"up to {name}"
        bounded = True
        text = _cut(text, match)
    elif match := _PLAIN.search(text):
        start, end, period = _single(match)
        # The year of "the 2016 policy address" is part of the name: it stays to be searched.
        named = _modifies_name(text, match, names)
        text = text if named else _cut(text, match)
    elif match := _RELATIVE.search(text):
        start, end, period = _relative(match, today)
        text = _cut(text, match)
    if start is not None and start > today:
        # "the 2030 blueprint": a year still to come names a plan, not releases of that year.
        start = end = None
        period, bounded, named, text = "", False, False, original
    order: Order | None = None
    if _NEWEST.search(text):
        order = "newest"
        text = _NEWEST.sub(" ", text)
    elif _OLDEST.search(text):
        order = "oldest"
        text = _OLDEST.sub(" ", text)
    elif _FIRST.search(text):
        order = "oldest"
        text = _FIRST.sub(" ", text)
    elif _BEFORE_SOMEONE.search(text):
        order = "oldest"
    elif _AFTER_SOMEONE.search(text):
        order = "newest"
    listing = bool(_LISTING.fullmatch(_squash(text)))
    if named:
        return TimeFrame(start, end, order, False, listing, _squash(text), period, named=True)
    if order is None and start is None and end is None:
        if _UPDATED_FACT.match(text) and (_PRESENT.search(text) or not _PAST.search(text)):
            order = "newest"
    elif order is None and start is None and end is not None:
        # "before 2019", "until 2019": how things stood last before then.
        order = "newest"
    elif order is None and start is not None and not bounded:
        # "who was chairman in 2019": the newest release up to the period's end tells. Only
        # for facts releases update: "what was the theme of the 2019 summit?" is not answered
        # by the 2018 summit's theme.
        as_of = bool(_UPDATED_FACT.match(text) and _STATE.search(text)) and not _EVENT_AUX.search(
            text
        )
        # So for a few words that name a post and a year ("hkstp chairman 2019"): they ask
        # who held it then.
        as_of = as_of or (_keywords(text) and bool(post_words(content_words(text))))
        order = "newest" if as_of else None
        return TimeFrame(start, end, order, as_of, listing, _squash(text), period)
    return TimeFrame(start, end, order, False, listing, _squash(text), period)


def _keywords(text: str) -> bool:
    """Return whether a question is put as a few words: no question word opens it and no verb
    of being or past tense is in it."""
    return not _ASKING.search(text) and not _STATE.search(text) and not _PAST.search(text)


def _squash(text: str) -> str:
    return re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s+", " ", text)).strip(" ,")
