"""The library's front door: an Assistant over a corpus, and Conversations with it."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from .dialogue import FALLBACK_THRESHOLD, Dialogue, Turn
from .errors import InvalidArgumentError
from .models import Document, Passage, Reply
from .readers import load_corpus
from .retrieval import Retriever


def bundled_corpus() -> Path:
    """Return the folder of press releases that ships with INNOVIS."""
    try:
        return Path(str(resources.files("innovis.corpus")))
    except ModuleNotFoundError:  # a source checkout run without installing: the top-level folder
        return Path(__file__).resolve().parent.parent / "corpus"


def _checked_threshold(threshold: float | None) -> float:
    if threshold is None:
        return FALLBACK_THRESHOLD
    if isinstance(threshold, bool) or not isinstance(threshold, int | float):
        raise InvalidArgumentError(f"threshold must be a number from 0 to 1, not {threshold!r}.")
    if not 0 <= threshold <= 1:
        raise InvalidArgumentError(f"threshold must be from 0 to 1, not {threshold}.")
    return float(threshold)


def _check_k(k: int | None) -> None:
    if k is not None and (isinstance(k, bool) or not isinstance(k, int) or k < 1):
        raise InvalidArgumentError(f"k must be a whole number of at least 1, not {k!r}.")


class Assistant:
    """Answers questions about a corpus of press releases by quoting their sentences.

    Building one reads and indexes the corpus; after that it never changes, so one Assistant
    may serve many threads at once.
    """

    def __init__(
        self, documents: Iterable[Document] | None = None, *, threshold: float | None = None
    ) -> None:
        """Index `documents`, or the bundled corpus when None.

        `threshold` (0..1) is the confidence below which INNOVIS says it has no answer; the
        default suits most corpora (`innovis eval` finds the best one for yours).
        Raises EmptyCorpusError when there is nothing to answer from, InvalidArgumentError when
        two documents share an id or the threshold is out of range, and the errors of
        `from_path` for the bundled corpus.
        """
        corpus = load_corpus(bundled_corpus()) if documents is None else list(documents)
        self._retriever = Retriever(corpus)
        self._dialogue = Dialogue(self._retriever, _checked_threshold(threshold))

    @classmethod
    def from_path(cls, path: str | Path, *, threshold: float | None = None) -> Assistant:
        """Return an Assistant over a press release file or a folder of them.

        Raises CorpusNotFoundError, CorpusReadError or EmptyCorpusError.
        """
        return cls(load_corpus(path), threshold=threshold)

    @classmethod
    def from_documents(
        cls, documents: Iterable[Document], *, threshold: float | None = None
    ) -> Assistant:
        """Return an Assistant over `documents`. Raises EmptyCorpusError when there are none."""
        return cls(list(documents), threshold=threshold)

    @property
    def threshold(self) -> float:
        """Return the confidence below which this assistant says it has no answer."""
        return self._dialogue.threshold

    def with_threshold(self, threshold: float) -> Assistant:
        """Return an Assistant over the same index that falls back below another threshold."""
        other = object.__new__(Assistant)
        other._retriever = self._retriever
        other._dialogue = Dialogue(self._retriever, _checked_threshold(threshold))
        return other

    @property
    def documents(self) -> tuple[Document, ...]:
        """Return the documents this assistant answers from."""
        return self._retriever.documents

    def search(self, query: str, k: int = 5) -> list[Passage]:
        """Return up to `k` sentences that best match `query`, best first (retrieval only).

        Raises InvalidArgumentError when k is not a whole number of at least 1.
        """
        _check_k(k)
        hits = self._retriever.hits(self._retriever.read(query), k)
        return [self._retriever.passage(hit) for hit in hits]

    def ask(self, text: str, k: int | None = None) -> Reply:
        """Return INNOVIS's reply to one message, with no memory of earlier ones.

        `k` caps the passages an answer quotes; by default INNOVIS quotes the best one, and a
        close runner-up from another release. Raises InvalidArgumentError for a bad k.
        """
        _check_k(k)
        reply, _ = self._dialogue.respond(text, None, k)
        return reply

    def conversation(self) -> Conversation:
        """Return a new conversation, which remembers its last question (for "more")."""
        return Conversation(self._dialogue)


class Conversation:
    """A chat with an Assistant. Safe to share between threads; turns are taken one at a time."""

    def __init__(self, dialogue: Dialogue) -> None:
        self._dialogue = dialogue
        self._last: Turn | None = None
        self._lock = threading.Lock()

    def ask(self, text: str, k: int | None = None) -> Reply:
        """Return the reply to `text`; "more" shows the next passages for the last question."""
        _check_k(k)
        with self._lock:
            reply, self._last = self._dialogue.respond(text, self._last, k)
        return reply
