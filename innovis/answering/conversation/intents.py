"""Telling small talk, follow-ups and questions apart, by the whole message.

A message is read as a run of phrases. Small-talk phrases (greetings, thanks, acknowledgements,
farewells, requests for help) are taken off its start, one after another, and thanks and
farewells off its end too; each phrase is matched whole, the longest that fits, so "thanks for
the help" is thanks (not a question about help) and "no thanks" a polite close. What is left is
a follow-up (`followups.py`: "when?", "source", "tell me more", "and the GBA?"), a request for
more passages, or a question; when nothing with content is left, the message was small talk
and the kind that answers it is the first of `_PRECEDENCE` among its phrases.
"""

from __future__ import annotations

from collections.abc import Callable

from ...text.analysis import normalise
from ...text.patterns import Pattern
from ...tuples import NamedTuple
from .followups import FollowUp, read_follow_up

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    IntentKind = Literal[
        "greeting",
        "thanks",
        "acknowledgement",
        "farewell",
        "help",
        "more",
        "when",
        "source",
        "context",
        "question",
    ]
    SmallTalk = Literal["greeting", "thanks", "acknowledgement", "farewell", "help"]


_END = r"(?=$|[\s,.!?;:)-])"
_POLITE = r"(?: (?:so|very|really|so very) much| a lot| a ton| again| heaps| loads| kindly)?"
_THING = (
    r"(?:help|helping(?: me)?|info|information|answers?|repl(?:y|ies)|time|assistance"
    r"|explanation|quick (?:reply|answer)|that|this|everything)"
)
_VERY = r"(?:very |really |so |super |extremely |quite )?"
_GOOD = _VERY + (
    r"(?:helpful|useful|great|perfect|informative|clear|interesting"
    r"|what i (?:needed|wanted|was looking for))"
)


class _Talk(NamedTuple):
    """One kind of small talk: the phrases that make it, as a pattern; the text that each of
    them opens with; and for thanks and farewells, which also close a question, the text that
    each ends with. A message that opens (ends) with none of these is not tried against the
    pattern, which is compiled only when first tried (tests/test_small_talk.py checks both
    lists against the pattern)."""

    kind: SmallTalk
    pattern: str
    openings: tuple[str, ...]
    closings: tuple[str, ...] = ()


_POLITE_ENDS = "much|lot|ton|again|heaps|loads|kindly"


def _either(alternatives: str) -> tuple[str, ...]:
    """Return the `|`-separated strings of `alternatives`."""
    return tuple(alternatives.split("|"))


_TALK = (
    _Talk(
        "farewell",
        r"bye(?:[\s-]bye)?(?: for now)?|good[\s-]?bye|see (?:you|ya)(?: later| soon| around)?"
        r"|farewell|good night|take care|have a (?:nice|good|great) (?:day|one|evening|night)"
        r"|that'?s (?:all|it)(?: for (?:now|today))?|that is (?:all|it)|i'?m (?:done|all set)"
        r"|quit|exit|nothing(?: else)?(?: for now)?|not (?:now|really|today)"
        r"|no(?:pe|ne)?(?:,? thanks?(?: you)?" + _POLITE + r")?(?:,? i'?m (?:good|fine|ok(?:ay)?))?"
        r"|(?:i'?m|i am) (?:good|fine|ok(?:ay)?),? thanks?(?: you)?",
        _either(
            "bye|good|see |farewell|take care|have a |that's |thats |that is |i'm |im |i am "
            "|quit|exit|no"
        ),
        _either(
            "bye|now|you| ya|later|soon|around|farewell|night|care|day|one|evening|all|it"
            "|done|set|quit|exit|nothing|else|really|no|nope|thank|thanks|good|fine|ok|okay|"
            + _POLITE_ENDS
        ),
    ),
    _Talk(
        "greeting",
        r"hi+|hello+|hey+|hiya|howdy|greetings|yo|good (?:morning|afternoon|evening|day)"
        r"|how are you(?: doing)?(?: today)?|how'?s it going|nice to meet you|hi there",
        _either("hi|hello|hey|howdy|greetings|yo|good |how are you|how's it|hows it|nice to meet"),
    ),
    _Talk(
        "thanks",
        r"(?:many |big |a lot of )?(?:thanks?|thank u|thx|ty|tysm|cheers)(?: (?:you|u|ya))?"
        + _POLITE
        + rf"(?: for (?:all )?(?:the |your |that |this )?{_THING})?"
        r"|much appreciated|(?:i )?(?:really )?appreciate (?:it|that|this|(?:the|your) help)"
        rf"|(?:that|this|it)(?:'s| is| was| has been) {_GOOD}"
        r"|(?:that|this|it) help(?:s|ed)(?: (?:a lot|me|a bit|lots|loads))?"
        r"|(?:that|this|it) (?:answers|answered|solves|solved) (?:it|that|my question|everything)"
        r"|(?:you'?ve|you have|you were|you are|you'?re) (?:been )?(?:very |really |so |a )?"
        r"(?:helpful|great|a (?:big |great )?help|(?:a )?star)"
        rf"|{_VERY}(?:helpful|useful)|(?:great|big) help|(?:good|great|nice) (?:job|work|answer)",
        _either(
            "many |big |a lot of |thank|thx|ty|cheers|much appreciated|i appreciate"
            "|i really appreciate|really |appreciate |you|very |so |super |extremely |quite "
            "|helpful|useful|great |good |nice |that's |that is |that was |that has been "
            "|that help|that answer|that solve|this's |this is |this was |this has been "
            "|this help|this answer|this solve|it's |it is |it was |it has been |it help"
            "|it answer|it solve"
        ),
        _either(
            "help|helping|me|info|information|answer|answers|reply|replies|time|assistance"
            "|explanation|that|this|everything|you| u| ya|thank|thanks|thx|ty|tysm|cheers"
            "|appreciated|it|helpful|useful|great|perfect|informative|clear|interesting"
            "|needed|wanted|for|helps|helped|bit|lots|question|star|job|work|" + _POLITE_ENDS
        ),
    ),
    _Talk(
        "acknowledgement",
        r"ok(?:ay)?|k|kk|cool|great|awesome|perfect|excellent|nice|sure|alright|all right"
        r"|right|fine|good|got it|gotcha|understood|i see|noted|makes sense|fair enough"
        r"|good to know|interesting|wow|oh|ah|aha|yes|yeah|yep|sounds good|i understand",
        _either(
            "ok|k|cool|great|awesome|perfect|excellent|nice|sure|alright|all right|right"
            "|fine|good|got|understood|i see|noted|makes sense|fair enough|interesting|wow"
            "|oh|ah|yes|yeah|yep|sounds good|i understand"
        ),
    ),
    _Talk(
        "help",
        r"help(?: me)?|(?:i )?need (?:some )?help|(?:can|could|would) you help(?: me)?"
        r"|what can you do|what do you do|what can i ask(?: you)?|what should i ask"
        r"|what do you know|who are you|what are you|how do(?:es)? (?:this|it|you) work"
        r"|what topics|menu|options|(?:i'?m|i am) (?:lost|confused|stuck)"
        r"|i don'?t know what to ask|where do i start",
        _either(
            "help|i need|need |can you help|could you help|would you help|what can "
            "|what do you|what should i|what are you|what topics|who are you|how do|menu"
            "|options|i'm |im |i am |i don|where do i"
        ),
    ),
)
_STARTS = tuple((talk, Pattern(rf"(?:{talk.pattern}){_END}")) for talk in _TALK)
# Only thanks and farewells close a question ("What is HKSTP? Thanks!"): a trailing "help"
# or "great" is more often part of the question.
_ENDS = tuple(
    (talk, Pattern(rf"(?:^|(?<=[\s,.!?;:]))(?:{talk.pattern})$")) for talk in _TALK if talk.closings
)
# Longer than any closing phrase: only this much of a message's end can hold one.
_ENDS_REACH = 200
_MORE = Pattern(
    r"(?:(?:show|give) me )?(?:some |any )?more(?: please)?|(?:anything|something) else"
    r"|what else|next|go on|continue|other (?:results|answers|passages)|more passages",
    needles="more|else|next|go on|continue|other",
)
_FILLER_WORDS = "innovis|please|pls|there|so|again|then|now|sir|mate"
_FILLER = Pattern(rf"\b(?:{_FILLER_WORDS})\b", needles=_FILLER_WORDS)
_SEPARATORS = " \t\n,.!?;:-)("
# When several kinds of small talk come together, the one to answer is the first listed here.
_PRECEDENCE: tuple[SmallTalk, ...] = ("farewell", "help", "thanks", "acknowledgement", "greeting")


class Intent(NamedTuple):
    """What a message asks for.

    `question` holds the text to search when kind is "question"; `subject` is set when the
    question is a follow-up that names a new subject for the last question ("and the GBA?").
    `small_talk` lists the small-talk phrases the message opened or closed with.
    """

    kind: IntentKind
    question: str = ""
    small_talk: tuple[SmallTalk, ...] = ()
    subject: str | None = None

    @property
    def greeted(self) -> bool:
        """Return whether the message greeted."""
        return "greeting" in self.small_talk

    @property
    def thanked(self) -> bool:
        """Return whether the message thanked."""
        return "thanks" in self.small_talk


def _longest_start(text: str, at: int) -> tuple[SmallTalk, int] | None:
    """Return the kind and end of the longest small-talk phrase at `text[at:]`."""
    best: tuple[SmallTalk, int] | None = None
    for talk, pattern in _STARTS:
        if not text.startswith(talk.openings, at):
            continue
        match = pattern.match(text, at)
        if match and match.end() > at and (best is None or match.end() > best[1]):
            best = (talk.kind, match.end())
    return best


def _strip_small_talk(text: str) -> tuple[str, list[SmallTalk]]:
    """Return `text` without the small-talk phrases it opens and closes with, and their kinds.

    Linear in the text, however many phrases it holds: phrases are found by position rather
    than by cutting the text again after each, and fillers are taken out once (none can appear
    later), and a closing phrase is looked for only in the last _ENDS_REACH characters.
    """
    rest = text.strip(_SEPARATORS)
    kinds: list[SmallTalk] = []
    at = 0
    while found := _longest_start(rest, at):
        kinds.append(found[0])
        if len(kinds) == 1:
            rest, at = _FILLER.sub(" ", rest[found[1] :]).strip(_SEPARATORS), 0
        else:
            at = found[1]
            while at < len(rest) and rest[at] in _SEPARATORS:
                at += 1
    end, stripped = len(rest), True
    while stripped and at < end:
        stripped = False
        for talk, pattern in _ENDS:
            # rest[end - 1] is no separator, so `$` can only match at `end`: the phrase ends
            # the text, and so does one of its closings.
            if not rest.endswith(talk.closings, at, end):
                continue
            if match := pattern.search(rest, max(at, end - _ENDS_REACH), end):
                kinds.append(talk.kind)
                end = match.start()
                while end > at and rest[end - 1] in _SEPARATORS:
                    end -= 1
                stripped = True
                break
    return rest[at:end], kinds


def classify(text: str, has_content: Callable[[str], bool]) -> Intent:
    """Return the intent of one message; `has_content` tells whether text has words to search."""
    rest, kinds = _strip_small_talk(normalise(text))
    talk = tuple(kinds)
    follow_up: FollowUp | None = read_follow_up(rest, has_content)
    if follow_up is not None:
        if follow_up.kind == "subject":
            return Intent("question", rest, talk, follow_up.subject)
        return Intent(follow_up.kind, rest, talk)
    if _MORE.fullmatch(rest):
        return Intent("more", small_talk=talk)
    if has_content(_FILLER.sub(" ", rest)):
        return Intent("question", rest, talk)
    for kind in _PRECEDENCE:
        if kind in kinds:
            return Intent(kind, small_talk=talk)
    return Intent("question", rest, talk)
