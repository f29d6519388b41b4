"""One turn of a web conversation: the reply to a message given the state a token carried, and
the state to carry on. The state is the library's own (`Conversation.state()`): plain JSON
data, small enough for a token.
"""

from __future__ import annotations

from typing import Any

from ..assistant import Assistant
from ..errors import InvalidArgumentError
from ..models import Reply


def respond(assistant: Assistant, text: str, state: Any, k: int | None) -> tuple[Reply, Any]:
    """Return the reply to `text` in a conversation at `state`, and the state after it.

    A state that is not one (an older server's tokens, say) starts the conversation afresh.
    Raises InvalidArgumentError for a bad k, as `Assistant.ask` does.
    """
    try:
        conversation = assistant.conversation(state if isinstance(state, dict) else None)
    except InvalidArgumentError:
        conversation = assistant.conversation()
    reply = conversation.ask(text, k)
    return reply, conversation.state()
