"""INNOVIS: answers questions about press releases by quoting the sentences that answer them.

>>> import innovis
>>> assistant = innovis.Assistant()
>>> reply = assistant.ask("What is the San Tin Technopole?")
>>> reply.kind
'answer'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .assistant import Assistant, Conversation
from .errors import (
    CorpusNotFoundError,
    CorpusReadError,
    EmptyCorpusError,
    EvaluationFileError,
    InnovisError,
    InvalidArgumentError,
)
from .models import Document, Passage, Reply

try:
    __version__ = version("innovis")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "Assistant",
    "Conversation",
    "CorpusNotFoundError",
    "CorpusReadError",
    "Document",
    "EmptyCorpusError",
    "EvaluationFileError",
    "InnovisError",
    "InvalidArgumentError",
    "Passage",
    "Reply",
    "__version__",
]
