"""Posts over time: who held a post before or after someone, and what someone did before.

"Who was chairman before Dr Chai?", "who did Dr Yiu replace?", "who succeeded Mr Wong?" are
answered by the sentence that tells the handover ("He will succeed the incumbent Chairman, Mrs
Law", "succeeding Mr Hsia"), not by the one that announces the appointment, though that one
repeats the question's words more often. The release is chosen by its date (`periods.py`:
"before" someone prefers the older release); within the releases, a sentence that tells a
succession is the evidence of an answer (`evidence.py`).

"Who was the first chairman?" is answered by the sentence that tells the founding ("Mr X
succeeds Mrs Y, who has chaired the board since the Corporation was set up"), or that says
"first" itself ("welcomed eighteen startups to its first intake").

"Who left the board in 2023?" is answered by the sentence that tells a departure in the
release's own words ("the tenure of Ms A and Mr B will end today", "the outgoing members",
"retires", "steps down"), "who joined the board?" by the one that tells an arrival ("are
appointed as new members", "we welcome"), not by the sentence that repeats "board" most:
a board release tells both, and the visitor's verb ("left", "joined") is seldom the
release's. Such a sentence reaches the question's confidence without the verb
(`dialogue.py`), and earns the evidence of an answer (`evidence.py`).

"How long was Mr Ma CEO?" is answered by the sentence that tells a tenure and its length
("his three-year tenure draws to a close", "who served four years", "during the past four
years, Mrs Law steered the board"), which need not name the post.

"What did Mr Wong do before HKSTP?" is answered the same way by the sentence that tells
someone's earlier career ("Prior to joining HKSTP, he spent 15 years at ...", "previously").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...text.analysis import content_words
from ...text.patterns import Pattern
from .measures import measures

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    Movement = Literal["arrival", "departure"]


_ASKS = Pattern(
    r"\b(?:before|after|preceded|predecessors?|successors?|succe(?:ed|eds|eded|eding)"
    r"|replac(?:e|es|ed|ing))\s+(?!(?:the\s+)?(?:19|20)\d\d\b)"
    r"|\b(?:predecessors?|successors?|replace|succeed)\s*[?.!]*\s*$",
    re.IGNORECASE,
    needles="before|after|preceded|predecessor|successor|succe|replac",
)
_HOLDER = Pattern(r"^\s*who\b|\bwhom?\b", re.IGNORECASE, needles="who")
_TELLS = Pattern(
    r"\b(?:succe(?:ed|eds|eded|eding)|successors?|succession|predecessors?"
    r"|replac(?:e|es|ed|ing)|incumbent|preceded|in\s+place\s+of"
    r"|t(?:ake|akes|aking|ook)\s+over)\b",
    re.IGNORECASE,
)


def asks_succession(question: str) -> bool:
    """Return whether `question` asks who came before or after someone ("who was chairman
    before Dr Chai?", "who did she replace?"), not before or after a year."""
    return bool(_HOLDER.search(question) and _ASKS.search(question))


# "He succeeds Professor X", "he will succeed the incumbent Chairman, Mrs X": the one named
# after the verb held the post before the subject.
_SUCCEEDS_WHOM = Pattern(
    r"\b(?:succe(?:ed|eds|eded|eding)|replac(?:e|es|ed|ing)|t(?:ake|akes|aking|ook)\s+over\s+from"
    r"|in\s+place\s+of)\s+((?:\S+\s+){0,7}\S+)",
    re.IGNORECASE,
)


_PREDECESSOR_OF = Pattern(
    r"\b(?:before|preceded|predecessors?\s+of|prior\s+to)\s+(.+?)\s*(?:\bas\b|\bin\b|[?.!]|$)",
    re.IGNORECASE,
    needles="before|preceded|predecessor|prior",
)


# Titles a name may be asked with, and written without.
_TITLES = frozenset("mr mrs ms miss dr prof professor ir sir dame hon".split())
# "Who did Ms Quill replace?": the subject is the one whose predecessor is asked.
_SUCCESSOR_ASKS = Pattern(
    r"\bwho(?:m)?\s+(?:did|does|will)\s+(.+?)\s+(?:replace|succeed|take\s+over\s+from)\b",
    re.IGNORECASE,
    needles="replace|succeed|take",
)


def predecessor_of(question: str) -> list[str]:
    """Return the content words naming the one a succession `question` asks the predecessor
    of ("who was chairman before Dr Ada Quill?", "who did Ms Quill replace?": "ada", "quill"),
    or [] when it asks who came after someone."""
    match = _PREDECESSOR_OF.search(question) or _SUCCESSOR_ASKS.search(question)
    if match is None:
        return []
    return [word for word in content_words(match.group(1)) if word not in _TITLES]


def follows(sentence: str, name: set[str], term: Callable[[str], str]) -> bool:
    """Return whether `sentence` tells that someone succeeds the person of the terms `name`
    ("He succeeds Professor Marisa Okonjo-Vale"): it tells who came after them, not before."""
    for match in _SUCCEEDS_WHOM.finditer(sentence):
        if name <= {term(word) for word in content_words(match.group(1))}:
            return True
    return False


def tells_succession(sentence: str) -> bool:
    """Return whether `sentence` tells that someone succeeds (replaces, takes over from) someone."""
    return _TELLS.search(sentence) is not None


_ASKS_BACKGROUND = Pattern(
    r"\b(?:what|where)\s+did\s+.+?\s+(?:do|work)\s+(?:before|previously|earlier)\b"
    r"|\bbefore\s+(?:joining|(?:he|she|they)\s+joined)\b"
    r"|\b(?:previous|former|earlier|past)\s+(?:jobs?|roles?|posts?|positions?|career|experience"
    r"|employers?)\b|\bbackground\b|\bever\s+(?:work|worked|served)\b"
    r"|\b(?:jobs?|roles?|posts?|positions?)\s+before\b",
    re.IGNORECASE,
    needles="before|previous|earlier|former|past|background|ever",
)
_TELLS_BACKGROUND = Pattern(
    r"\b(?:prior\s+to|before\s+joining|before\s+(?:he|she|they)\s+joined|previously|formerly"
    r"|most\s+recently|(?:is|was)\s+currently|earlier\s+in\s+(?:his|her|their)\s+career|spent\s+(?:\w+\s+){1,3}"
    r"(?:years?|decades?)|has\s+held|held\s+(?:senior|various|several|key|a\s+number)"
    r"|served\s+as|worked\s+(?:at|for|as|in)"
    r"|(?:rich|extensive|wide|broad|solid|years\s+of)\s+experience"
    r"|most\s+recent\s+(?:role|post|position|job))\b",
    re.IGNORECASE,
    needles="prior|before|previously|formerly|recent|currently|earlier|spent|held|served|worked"
    "|experience",
)
# The post held just before: "Prior to joining, ...", "Most recently, he led ...", "She is
# currently Head of ..." (in the release that announces her new post).
_TELLS_PREVIOUS = Pattern(
    r"\b(?:prior\s+to|before\s+joining|before\s+(?:he|she|they)\s+joined|most\s+recently"
    r"|(?:is|was)\s+currently|until\s+recently|most\s+recent\s+(?:role|post|position|job))\b",
    re.IGNORECASE,
    needles="prior|before|recent|currently",
)


# The words that only say a question asks for someone's earlier career ("previous job",
# "former role", "background"): the sentence that tells it need not hold them.
BACKGROUND_WORDS = frozenset(
    """
    previous previously former earlier past job jobs role roles post posts position positions
    career experience employer employers background
    """.split()
)


def asks_background(question: str) -> bool:
    """Return whether `question` asks what someone did before ("what did Mr Wong do before
    joining?", "what was her previous job?", "did the new CEO ever work for a railway?")."""
    return _ASKS_BACKGROUND.search(question) is not None


def tells_previous_post(sentence: str) -> bool:
    """Return whether `sentence` tells the post someone held just before ("Most recently, he
    led ...", "Prior to joining, ...", "She is currently Head of ...")."""
    return _TELLS_PREVIOUS.search(sentence) is not None


def tells_background(sentence: str) -> bool:
    """Return whether `sentence` tells someone's earlier career ("Prior to joining, he spent 15
    years at ...", "previously", "has held senior roles")."""
    return _TELLS_BACKGROUND.search(sentence) is not None


# "The first chairman", "the founding CEO"; not "what was the grant originally?", which asks
# for the oldest figure, said anywhere.
_ASKS_ORIGIN = Pattern(
    r"\b(?:first|founding|inaugural)\b", re.IGNORECASE, needles="first|founding|inaugural"
)
_TELLS_ORIGIN = Pattern(
    r"\b(?:first|founding|inaugural|original(?:ly)?|initial(?:ly)?|maiden)\b"
    r"|\bsince\s+(?:\w+\s+){0,4}?(?:was\s+|were\s+)?(?:set\s+up|founded|established|created"
    r"|launched|inception|founding|establishment)\b"
    r"|\bfrom\s+(?:its|the|their)\s+(?:inception|founding|establishment|start|beginning)\b",
    re.IGNORECASE,
)


def asks_origin(question: str) -> bool:
    """Return whether `question` asks about the first of something ("who was the first
    chairman?", "how many joined the first intake?")."""
    return _ASKS_ORIGIN.search(question) is not None


def tells_origin(sentence: str) -> bool:
    """Return whether `sentence` tells of a first ("its first intake") or a founding ("who has
    chaired the board since the Corporation was set up")."""
    return _TELLS_ORIGIN.search(sentence) is not None


_ASKS_DEPARTURE = Pattern(
    r"\b(?:left|leav(?:e|es|ing)|depart(?:s|ed|ing|ure)?|quit(?:s|ting)?"
    r"|resign(?:s|ed|ing|ation)?|retir(?:e|es|ed|ing|ement)|step(?:s|ped)?\s+down"
    r"|stood\s+down|outgoing)\b",
    re.IGNORECASE,
    needles="left|leav|depart|quit|resign|retir|down|outgoing",
)
_ASKS_ARRIVAL = Pattern(
    r"\b(?:join(?:s|ed|ing)?|newcomers?|new(?:ly\s+appointed)?\s+(?:\w+\s+)?(?:members?"
    r"|directors?))\b",
    re.IGNORECASE,
    needles="join|new",
)
# "What did she do before joining?" asks of a time, not who joined.
_SINCE_JOINING = Pattern(
    r"\b(?:before|prior\s+to|after|since|upon|on)\s+(?:\w+\s+)?join", re.IGNORECASE, needles="join"
)
# The visitor's words for coming and going, which the release may not use: a sentence that
# tells the movement in its own words answers without them.
_MOVEMENT_WORDS: dict[Movement, frozenset[str]] = {
    "departure": frozenset(
        """
        left leave leaves leaving depart departs departed departing departure quit quits
        quitting resign resigns resigned resigning resignation retire retires retired retiring
        retirement step steps stepped stood outgoing
        """.split()
    ),
    "arrival": frozenset("join joins joined joining newcomer newcomers".split()),
}
_TELLS_DEPARTURE = Pattern(
    r"\b(?:tenure|terms?|service)\b[^;]{0,200}?\b(?:end|ends|ended|ending|expir(?:e|es|ed|ing)"
    r"|conclud(?:e|es|ed|ing)|(?:draws?|drew|drawing)\s+to\s+a\s+close"
    r"|(?:comes?|came|coming)\s+to\s+an\s+end)\b"
    r"|\b(?:outgoing|retir(?:e|es|ed|ing|ement)|step(?:s|ped|ping)?\s+down|stood\s+down"
    r"|resign(?:s|ed|ing|ation)?|leav(?:e|es|ing)|depart(?:s|ed|ing|ure)|farewell"
    r"|succe(?:ed|eds|eded|eding)|replac(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)
# "Re-appointed" members stay: an appointment tells an arrival only without "re". "Join" is
# the visitor's own word, which the search matches as written: it is no sign of its own
# ("graduates to join Kestrel Bay's robotics sector" tells no one joined the board).
_TELLS_ARRIVAL = Pattern(
    r"(?<!re-)\b(?:appoint(?:s|ed|ing|ment)|welcom(?:e|es|ed|ing)"
    r"|new(?:ly)?\s+(?:appointed\s+)?(?:\w+\s+)?(?:members?|directors?)|elected|named\s+as"
    r"|succe(?:ed|eds|eded|eding)|t(?:ake|akes|aking|ook)\s+over)\b",
    re.IGNORECASE,
)


def asks_movement(question: str) -> Movement | None:
    """Return whether `question` asks who left ("who left the board?", "which director
    retired?") or who joined ("who joined the board?", "who are the new members?"); None when
    it asks neither, or both."""
    departure = _ASKS_DEPARTURE.search(question) is not None
    arrival = _ASKS_ARRIVAL.search(question) is not None and not _SINCE_JOINING.search(question)
    if departure == arrival:
        return None
    return "departure" if departure else "arrival"


def movement_words(movement: Movement) -> frozenset[str]:
    """Return the words a visitor asks of a `movement` with ("left", "joined")."""
    return _MOVEMENT_WORDS[movement]


def tells_movement(movement: Movement, sentence: str) -> bool:
    """Return whether `sentence` tells that someone left (their "tenure will end", "the
    outgoing members", "retires") or, for an arrival, came ("are appointed as new members",
    "joins"; not "re-appointed")."""
    told = _TELLS_DEPARTURE if movement == "departure" else _TELLS_ARRIVAL
    return told.search(sentence) is not None


_TELLS_TENURE = Pattern(
    r"\b(?:tenure|terms?|served|serving|service|helm|office|steer(?:s|ed|ing)?|chair(?:s|ed|ing)"
    r"|led|leading|headed|presided|(?:years?|months?)\s+as)\b",
    re.IGNORECASE,
)


def tells_tenure(sentence: str) -> bool:
    """Return whether `sentence` tells how long someone held a post: a tenure, service or
    leadership, and a length of time ("his three-year tenure", "served four years", "after
    three years as CEO")."""
    return _TELLS_TENURE.search(sentence) is not None and measures("length", sentence)
