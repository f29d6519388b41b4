"""Follow-ups: messages that only make sense after an answer.

* "when?", "when was that?", "what date was it published?": the date of the release last quoted;
* "source", "where is that from?", "link": its title, date and web address;
* "tell me more (about that)", "elaborate": the sentences around the one quoted;
* "and the GBA?", "what about Shenzhen?": the last question asked again of a new subject.

They are told apart by their words: a follow-up about the last quote has no content words
beyond those that refer back to it ("happen", "published", "release"), so "when did the lab
open?" stays a question of its own. `reframe` puts a new subject into the last question.
"""

from __future__ import annotations

from collections.abc import Callable

from ...text.analysis import content_words, normalise
from ...text.patterns import Pattern
from ...tuples import NamedTuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    FollowUpKind = Literal["when", "source", "context", "subject"]


# Words that point back at the last quote rather than name something new.
_REFERS = frozenset(
    """
    happen happened happens happening take took taken place publish published release released
    releases announce announced announcement say said saying written write issued issue come
    came out one made quote quoted sentence statement news info information exactly again
    actually originally first give show send share want need see open have provide
    """.split()
)
_WHEN_WORDS = frozenset({"date", "dated", "day", "year", "month", "time"})
# A question word that asks for something other than a time: "how many came to the open
# day?" counts people, though "day" and "came" are words a "when?" follow-up may use.
_ASKS_OTHER = Pattern(r"(?:how|who|whom|whose|where|why)\b")
_SOURCE_NAMES = frozenset(
    {"source", "sources", "link", "links", "url", "urls", "reference", "references"}
    | {"citation", "cite", "website", "webpage", "site", "web", "page"}
)
_SOURCE_WORDS = _SOURCE_NAMES | frozenset(
    """
    press article document doc story original full read get got find found comes title called
    named name whole rest
    """.split()
)
# Not "news": "any news?" asks for the newest releases, not for the source of the last quote.
_RELEASE_WORDS = frozenset({"release", "releases", "announcement", "statement"})
_CONNECTOR = Pattern(
    r"(?:(?:and|also|but|so|then|ok(?:ay)?)\b[\s,]*)+",
    needles="and|also|but|so|then|ok",
)
_CONTEXT = Pattern(
    r"(?:(?:can|could|would) you )?(?:tell|give|show) me (?:a (?:bit|little) )?more"
    r"(?: (?:about|on|of) (?:that|it|this|them|those|this one|that one))?"
    r"|(?:say |tell me )?more (?:about|on|of) (?:that|it|this|them|those)"
    r"|(?:(?:give me |tell me )?(?:some )?more |in more )?(?:details?|context)"
    r"|more info(?:rmation)?"
    r"|(?:(?:can|could|would) you )?(?:elaborate|expand|explain)(?: (?:on|upon))?"
    r"(?: (?:that|it|this))?(?: (?:more|further|a bit|a little))?"
    r"|(?:what|how) about (?:that|it|this|them)|why(?: (?:is|was|did|does|would) (?:that|it|this))?"
    r"(?: so)?|what else does it say|go into (?:more )?detail|(?:what|anything) (?:comes? )?"
    r"(?:before|after) (?:that|it)|(?:the )?(?:whole|full) (?:paragraph|passage|context)",
    needles="more|detail|context|elaborate|expand|explain|about|why|else|before|after|paragraph"
    "|passage",
)


def _asks_when(plain: str, first: str, words: set[str]) -> bool:
    """Return whether a message with content `words` asks for a time: it opens with "when",
    or names a time ("date?", "what day was it?") without opening with a question word that
    asks for something else ("how many", "who", "where")."""
    if first == "when":
        return True
    if not words & _WHEN_WORDS or _ASKS_OTHER.match(plain.lower()):
        return False
    if first in ("what", "which"):
        # "what date was it?" asks for the date; "what happened that day?" does not.
        second = plain.split()[1:2]
        return bool(second) and second[0].strip(_SEPARATORS) in _WHEN_WORDS
    return True


_NEW_SUBJECT = Pattern(
    r"(?:(?:and|but|also|so) )?(?:what|how) about (?P<a>.+)|and (?P<b>.+)",
    needles="about |and ",
)
_ASKS = Pattern(
    r"(?:what|what's|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did"
    r"|will|can|could|should|would|has|have|had|tell|show|give|list)\b"
)
_FILLER = Pattern(r"\b(?:please|pls|innovis)\b", needles="please|pls|innovis")
_SEPARATORS = " \t\n,.!?;:-)("


class FollowUp(NamedTuple):
    """A follow-up's kind, and for "subject" the new subject it names."""

    kind: FollowUpKind
    subject: str | None = None


def read_follow_up(text: str, has_content: Callable[[str], bool]) -> FollowUp | None:
    """Return the follow-up a normalised message makes, or None when it is not one.

    `has_content` tells whether text has words to search.
    """
    rest = _FILLER.sub(" ", text).strip(_SEPARATORS)
    plain = " ".join(_CONNECTOR.sub("", rest, count=1).split()).strip(_SEPARATORS)
    if not plain:
        return None
    words = set(content_words(plain))
    first = plain.split()[0].strip(_SEPARATORS)
    if _asks_when(plain, first, words) and words <= _REFERS | _WHEN_WORDS:
        return FollowUp("when")
    if words <= _REFERS | _SOURCE_WORDS and (
        words & (_SOURCE_WORDS | _RELEASE_WORDS) or first == "where" or (first == "who" and words)
    ):
        return FollowUp("source")
    if _CONTEXT.fullmatch(plain):
        return FollowUp("context")
    match = _NEW_SUBJECT.fullmatch(" ".join(rest.split()))
    if match:
        subject = (match.group("a") or match.group("b")).strip(_SEPARATORS)
        if not _ASKS.match(subject) and has_content(subject):
            return FollowUp("subject", subject)
    return None


_WH = Pattern(
    r"(?:what|which|who|whom|whose|when|where|why|how(?: (?:many|much|long|often|far|big|old))?)"
    r"\b"
)
_AUX = frozenset("is are was were does do did will can could should would has have had".split())
_BE = frozenset("is are was were".split())
_PREPOSITIONS = frozenset(
    "for in to with about on at by from into during after before under over between through"
    " since until near".split()
)


def reframe(question: str, subject: str) -> str:
    """Return `question` asked of `subject` instead ("When did the lab open?" and "the park"
    give "when did the park open").

    The question's opening (question word, what it asks for, auxiliary verb) is kept. The
    subject it replaces runs from there to the first preposition, less its last word after
    "did", "will" and the like (the verb: "open", "cost") or a participle after "is" ("located");
    after "is" and "of" the subject is what follows "of" ("the budget of the park"). The rest
    of the question is kept ("in June"). A question of another shape keeps the words before
    its first content word ("tell me about").
    """
    words = [w for w in (w.strip(_SEPARATORS) for w in normalise(question).split()) if w]
    head: list[str] = []
    if words and words[0] in _AUX:
        head = words[:1]
    elif words and _WH.fullmatch(words[0]):
        for position in range(1, min(len(words), 5)):
            if words[position] in _AUX:
                head = words[: position + 1]
                break
    if not head:
        for word in words:
            if content_words(word):
                break
            head.append(word)
        while head and head[-1] in ("the", "a", "an"):
            head.pop()  # the subject brings its own article, or needs none
        return " ".join([*head, subject])
    after = words[len(head) :]
    if head[-1] in _BE and "of" in after[1:]:
        return " ".join([*head, *after[: after.index("of", 1) + 1], subject])
    cut = next((i for i, w in enumerate(after) if i and w in _PREPOSITIONS), len(after))
    phrase, rest = after[:cut], after[cut:]
    verb = phrase[-1:] if len(phrase) >= 2 else []
    if head[-1] in _BE and not (verb and verb[0].endswith("ed")):
        verb = []
    return " ".join([*head, subject, *verb, *rest])
