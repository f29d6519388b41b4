"""One turn of a web conversation: the reply to a message given the state a token carried, and
the state to carry on. The state is plain JSON data, so a token can hold it.

The state is the dialogue's memory of the last question (its `Turn`: the question as the index
read it, and how many passages were shown), which is itself plain data; nothing is re-read or
re-ranked to restore it.
"""

from __future__ import annotations

from typing import Any

from ..answering.dialogue import Turn
from ..answering.query import Query
from ..assistant import Assistant
from ..models import Reply


def _pairs(value: Any) -> tuple[tuple[str, str], ...]:
    return tuple((str(a), str(b)) for a, b in value)


def state_of(turn: Turn | None) -> Any:
    """Return `turn` as JSON-ready data (None for no turn)."""
    if turn is None:
        return None
    query = turn.query
    return {
        "q": [
            list(query.terms),
            query.wanted,
            [list(pair) for pair in query.corrections],
            list(query.words),
            list(query.stems),
            query.counted,
        ],
        "n": turn.shown,
    }


def turn_of(state: Any) -> Turn | None:
    """Return the Turn that `state_of` wrote, or None for no state or a state not of that shape
    (an older server's tokens, say: the conversation then starts afresh)."""
    if not isinstance(state, dict):
        return None
    try:
        terms, wanted, corrections, words, stems, counted = state["q"]
        shown = state["n"]
        query = Query(
            tuple(map(str, terms)),
            wanted,
            _pairs(corrections),
            tuple(map(str, words)),
            tuple(map(str, stems)),
            counted,
        )
    except (KeyError, TypeError, ValueError):
        return None
    if not isinstance(shown, int) or shown < 0:
        return None
    return Turn(query, shown)


def respond(assistant: Assistant, text: str, state: Any, k: int | None) -> tuple[Reply, Any]:
    """Return the reply to `text` in a conversation at `state`, and the state after it.

    Raises InvalidArgumentError for a bad k, as `Assistant.ask` does.
    """
    # The Assistant's dialogue is stateless and shared; only the Turn is per conversation.
    reply, turn = assistant._dialogue.respond(text, turn_of(state), k)
    return reply, state_of(turn)
