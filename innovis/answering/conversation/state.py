"""What a conversation remembers between turns, and its plain-data form.

The memory is small: the last question, how far down its ranking "more" has gone, the spans
quoted for it, the spans the last reply quoted (what "when?", "source" and "tell me more"
refer to), and whether it fell back. As data, spans are (document id, start, end) character
offsets, so a saved state means the same thing to any index of the same corpus, and a state
whose spans a changed corpus no longer has simply forgets them.
"""

from __future__ import annotations

from ...errors import InvalidArgumentError
from ...tuples import NamedTuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Protocol

    class Spans(Protocol):
        """Turns spans into document offsets and back (a Retriever does)."""

        def offsets(self, span: Span) -> tuple[str, int, int]:
            """Return (document id, start, end) of a span."""
            ...

        def span_at(self, doc_id: str, start: int, end: int) -> Span | None:
            """Return the span with these offsets, or None when the corpus has none."""
            ...


STATE_VERSION = 1

# A quoted passage: the numbers of its first and last sentences.
Span = tuple[int, int]


class Turn(NamedTuple):
    """What a conversation remembers of its last question.

    `shown` counts the ranked hits "more" has gone past; `quoted` holds every span quoted for
    the question and `last` those of the last reply; `fell_back` is set when the question got
    no answer; `confidence` is that of the last answer, which "tell me more" widens and so
    keeps.
    """

    question: str
    shown: int = 0
    quoted: tuple[Span, ...] = ()
    last: tuple[Span, ...] = ()
    fell_back: bool = False
    confidence: float = 1.0

    @property
    def covered(self) -> frozenset[int]:
        """Return the sentences quoted for the question so far."""
        return frozenset(s for first, last in self.quoted for s in range(first, last + 1))


def to_data(turn: Turn | None, spans: Spans) -> dict[str, Any]:
    """Return `turn` as JSON-ready data (an empty memory when None)."""
    if turn is None:
        return {"version": STATE_VERSION, "question": None}
    return {
        "version": STATE_VERSION,
        "question": turn.question,
        "shown": turn.shown,
        "quoted": [list(spans.offsets(span)) for span in turn.quoted],
        "last": [list(spans.offsets(span)) for span in turn.last],
        "fell_back": turn.fell_back,
        "confidence": turn.confidence,
    }


def from_data(data: object, spans: Spans) -> Turn | None:
    """Return the Turn that `to_data` gave as `data`.

    Raises InvalidArgumentError when `data` is not such data.
    """
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        raise _bad(f"a dict with version {STATE_VERSION}")
    question = data.get("question")
    if question is None:
        return None
    shown, fell_back = data.get("shown", 0), data.get("fell_back", False)
    if not isinstance(question, str) or not isinstance(fell_back, bool):
        raise _bad("a question string and a true/false fell_back")
    if isinstance(shown, bool) or not isinstance(shown, int) or shown < 0:
        raise _bad("shown as a whole number of at least 0")
    confidence = data.get("confidence", 1.0)
    if isinstance(confidence, bool) or not isinstance(confidence, int | float):
        raise _bad("confidence as a number from 0 to 1")
    if not 0.0 <= confidence <= 1.0:
        raise _bad("confidence as a number from 0 to 1")
    return Turn(
        question,
        shown,
        _spans(data.get("quoted", []), spans),
        _spans(data.get("last", []), spans),
        fell_back,
        float(confidence),
    )


def _spans(items: object, spans: Spans) -> tuple[Span, ...]:
    if not isinstance(items, list):
        raise _bad("quoted and last as lists of [document id, start, end]")
    found: list[Span] = []
    for item in items:
        if not (
            isinstance(item, list | tuple)
            and len(item) == 3
            and isinstance(item[0], str)
            and all(isinstance(n, int) and not isinstance(n, bool) for n in item[1:])
        ):
            raise _bad("quoted and last as lists of [document id, start, end]")
        span = spans.span_at(item[0], item[1], item[2])
        if span is not None:
            found.append(span)
    return tuple(found)


def _bad(wanted: str) -> InvalidArgumentError:
    return InvalidArgumentError(
        f"This is not a conversation state: expected {wanted}, as Conversation.state() "
        "returns. Start a new conversation instead."
    )
