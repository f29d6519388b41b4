"""The exceptions INNOVIS raises. Every message says what went wrong and how to put it right."""

from __future__ import annotations


class InnovisError(Exception):
    """Base class of every error the library raises on purpose."""


class CorpusNotFoundError(InnovisError):
    """The corpus path does not exist."""


class CorpusReadError(InnovisError):
    """A corpus file exists but cannot be read or decoded."""


class EmptyCorpusError(InnovisError):
    """The corpus holds no text to answer from."""


class InvalidArgumentError(InnovisError, ValueError):
    """An argument passed to the library is out of its range."""


class EvaluationFileError(InnovisError):
    """A file of evaluation questions cannot be read or is not in the expected form."""


class IndexFormatError(InnovisError):
    """A saved index is damaged, truncated, foreign or of another version."""


class IndexWriteError(InnovisError):
    """An index cannot be written where asked: the folder holds files INNOVIS did not write,
    is a file, or cannot be written."""


class QuestionLogError(InnovisError):
    """The question log cannot be written or read."""
