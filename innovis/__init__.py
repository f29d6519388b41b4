"""INNOVIS: answers questions about press releases by quoting the sentences that answer them.

>>> import innovis
>>> assistant = innovis.Assistant()
>>> reply = assistant.ask("What is the San Tin Technopole?")
>>> reply.kind
'answer'
"""

from __future__ import annotations

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
