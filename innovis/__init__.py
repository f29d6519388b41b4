"""INNOVIS: answers questions about press releases by quoting the sentences that answer them.

>>> import innovis
>>> assistant = innovis.Assistant()
>>> reply = assistant.ask("What is the San Tin Technopole?")
>>> reply.kind
'answer'
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .assistant import Assistant, Conversation
    from .errors import (
        CorpusNotFoundError,
        CorpusReadError,
        EmptyCorpusError,
        EvaluationFileError,
        IndexFormatError,
        IndexWriteError,
        InnovisError,
        InvalidArgumentError,
        QuestionLogError,
    )
    from .models import Document, Passage, Reply

# The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"

# The module each public name comes from. They are imported when first asked for (PEP 562), not
# with the package: so `innovis` the command can set up its process before the library loads
# (see `terminal/launch.py`). `innovis.Assistant` and `from innovis import Assistant` work as
# plain names do.
_HOMES = {
    "Assistant": "assistant",
    "Conversation": "assistant",
    "Document": "models",
    "Passage": "models",
    "Reply": "models",
    **dict.fromkeys(
        (
            "CorpusNotFoundError",
            "CorpusReadError",
            "EmptyCorpusError",
            "EvaluationFileError",
            "IndexFormatError",
            "IndexWriteError",
            "InnovisError",
            "InvalidArgumentError",
            "QuestionLogError",
        ),
        "errors",
    ),
}

__all__ = [
    "Assistant",
    "Conversation",
    "CorpusNotFoundError",
    "CorpusReadError",
    "Document",
    "EmptyCorpusError",
    "EvaluationFileError",
    "IndexFormatError",
    "IndexWriteError",
    "InnovisError",
    "InvalidArgumentError",
    "Passage",
    "QuestionLogError",
    "Reply",
    "__version__",
]


def __getattr__(name: str) -> Any:
    """Return the public name `name`, imported from its module the first time."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'innovis' has no attribute {name!r}")
    __import__(f"{__name__}.{home}")  # importlib's import_module would cost importing importlib
    value = getattr(sys.modules[f"{__name__}.{home}"], name)
    globals()[name] = value  # the next lookup finds it without this function
    return value


def __dir__() -> list[str]:
    """Return the package's names, the public ones not yet imported among them."""
    return sorted({*globals(), *_HOMES})
