"""The library's front door: an Assistant over a corpus, and Conversations with it."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from pathlib import Path

from .answering.conversation.dialogue import FALLBACK_THRESHOLD, Dialogue
from .answering.conversation.state import Turn, from_data, to_data
from .answering.ranking.retrieval import Retriever
from .errors import InvalidArgumentError
from .index.corpus_index import CorpusIndex
from .index.ranking import RankingConfig
from .models import Document, Passage, Reply

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

Progress = Callable[[int, int, int], None]
# The date "last year" and "now" are read against: a fixed date, a function returning the
# date, or None for the system clock's.
Today = datetime.date | Callable[[], datetime.date] | None


def bundled_corpus() -> Path:
    """Return the folder of press releases that ships with INNOVIS.

    Installed, it is the package's `corpus` folder; in a source checkout (or an editable
    install) it is the top-level `corpus/` the package is built from.
    """
    package = Path(__file__).resolve().parent
    installed = package / "corpus"
    return installed if installed.is_dir() else package.parent / "corpus"


def _checked_threshold(threshold: float | None) -> float:
    if threshold is None:
        return FALLBACK_THRESHOLD
    if isinstance(threshold, bool) or not isinstance(threshold, int | float):
        raise InvalidArgumentError(f"threshold must be a number from 0 to 1, not {threshold!r}.")
    if not 0 <= threshold <= 1:
        raise InvalidArgumentError(f"threshold must be from 0 to 1, not {threshold}.")
    return float(threshold)


def _clock(today: Today) -> Callable[[], datetime.date] | None:
    if today is None or callable(today):
        return today
    if not isinstance(today, datetime.date):
        raise InvalidArgumentError(
            f"today must be a date or a function returning one, not {today!r}."
        )
    return lambda: today


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise InvalidArgumentError(f"A question must be a string, not {type(text).__name__}.")


def _check_k(k: int | None) -> None:
    if k is not None and (isinstance(k, bool) or not isinstance(k, int) or k < 1):
        raise InvalidArgumentError(f"k must be a whole number of at least 1, not {k!r}.")


def _build(documents: list[Document], bm25: str, progress: Progress | None = None) -> CorpusIndex:
    from .index.build import build_index  # numpy and NLTK: only when an index is built

    return build_index(documents, RankingConfig.for_bm25(bm25), progress)


class Assistant:
    """Answers questions about a corpus of press releases by quoting their sentences.

    Building one reads and indexes the corpus; after that it never changes, so one Assistant
    may serve many threads at once.
    """

    def __init__(
        self,
        documents: Iterable[Document] | None = None,
        *,
        threshold: float | None = None,
        bm25: str = "BM25Okapi",
        today: Today = None,
    ) -> None:
        """Index `documents`, or the bundled corpus when None.

        `threshold` (0..1) is the confidence below which INNOVIS says it has no answer; the
        default suits most corpora (`innovis eval` finds the best one for yours). `bm25` names
        the scoring as rank-bm25 names its classes: "BM25Okapi", "BM25L" or "BM25Plus".
        `today` (a date, or a function returning one) is the date that "last year" and "now" in a
        question are read against; the system clock's by default.
        Raises EmptyCorpusError when there is nothing to answer from, InvalidArgumentError when
        two documents share an id or the threshold is out of range, and the errors of
        `from_path` for the bundled corpus.
        """
        from .reading.readers import load_corpus

        corpus = load_corpus(bundled_corpus()) if documents is None else list(documents)
        self._setup(_build(corpus, bm25), _checked_threshold(threshold), _clock(today))

    def _setup(
        self, index: CorpusIndex, threshold: float, today: Callable[[], datetime.date] | None
    ) -> None:
        self._index = index
        self._retriever = Retriever(index)
        self._dialogue = Dialogue(self._retriever, threshold, today)

    @classmethod
    def _over(cls, index: CorpusIndex, threshold: float | None, today: Today = None) -> Assistant:
        assistant = object.__new__(cls)
        assistant._setup(index, _checked_threshold(threshold), _clock(today))
        return assistant

    @classmethod
    def from_path(
        cls,
        path: str | Path,
        *,
        threshold: float | None = None,
        cache_dir: str | Path | None = None,
        progress: Progress | None = None,
        warn: Callable[[str], None] | None = None,
        bm25: str = "BM25Okapi",
        today: Today = None,
    ) -> Assistant:
        """Return an Assistant over a press release file, a folder of them, or a saved index.

        With `cache_dir`, the index is kept there and reused while the corpus is unchanged;
        `warn` hears of files or records of the corpus that could not be read and were left
        out (one message each, then a count), and of a cache that had to be rebuilt or could
        not be written. `progress` is
        called with (documents done, documents in all, sentences so far) while indexing.
        `bm25` and `today` are as for the constructor; a saved index keeps the scoring it was
        built with.
        Raises CorpusNotFoundError, CorpusReadError, EmptyCorpusError, or IndexFormatError
        for a saved index that cannot be used.
        """
        from .index.store import is_index, load

        path = Path(path)
        if is_index(path):
            return cls._over(load(path), threshold, today)
        if cache_dir is not None:
            from .index.cache import cached_index

            config = RankingConfig.for_bm25(bm25)
            index = cached_index(path, Path(cache_dir), config, progress, warn)
            return cls._over(index, threshold, today)
        from .reading.readers import load_corpus

        return cls._over(_build(load_corpus(path, warn), bm25, progress), threshold, today)

    @classmethod
    def from_documents(
        cls,
        documents: Iterable[Document],
        *,
        threshold: float | None = None,
        bm25: str = "BM25Okapi",
        today: Today = None,
    ) -> Assistant:
        """Return an Assistant over `documents`. Raises EmptyCorpusError when there are none."""
        return cls(list(documents), threshold=threshold, bm25=bm25, today=today)

    @classmethod
    def load(
        cls, folder: str | Path, *, threshold: float | None = None, today: Today = None
    ) -> Assistant:
        """Return the Assistant over an index saved with `save`. Raises IndexFormatError."""
        from .index.store import load

        return cls._over(load(Path(folder)), threshold, today)

    def save(self, folder: str | Path) -> None:
        """Write this assistant's index to `folder` (replaced only once complete)."""
        from .index.store import save

        save(self._index, Path(folder))

    @property
    def documents(self) -> tuple[Document, ...]:
        """Return the documents this assistant answers from."""
        return tuple(self._retriever.documents)

    @property
    def sentence_count(self) -> int:
        """Return how many sentences this assistant can quote."""
        return self._retriever.n_sentences

    @property
    def threshold(self) -> float:
        """Return the confidence below which this assistant says it has no answer."""
        return self._dialogue.threshold

    def with_threshold(self, threshold: float) -> Assistant:
        """Return an Assistant over the same index that falls back below another threshold."""
        return Assistant._over(self._index, threshold, self._dialogue.today)

    def search(self, query: str, k: int = 5) -> list[Passage]:
        """Return up to `k` sentences that best match `query`, best first (retrieval only).

        Raises InvalidArgumentError when k is not a whole number of at least 1.
        """
        _check_text(query)
        _check_k(k)
        hits = self._retriever.hits(self._retriever.read(query), k)
        return [self._retriever.passage(hit) for hit in hits]

    def ask(self, text: str, k: int | None = None) -> Reply:
        """Return INNOVIS's reply to one message, with no memory of earlier ones.

        `k` caps the passages an answer quotes; by default INNOVIS quotes the best one, and a
        close runner-up from another release. Raises InvalidArgumentError for a bad k.
        """
        _check_text(text)
        _check_k(k)
        reply, _ = self._dialogue.respond(text, None, k)
        return reply

    def conversation(self, state: dict[str, Any] | None = None) -> Conversation:
        """Return a conversation, new or carried on from a `Conversation.state()`.

        A conversation remembers its last question and what it quoted, for "more", "when?",
        "source", "tell me more" and "and the GBA?". A state whose passages this corpus no
        longer has forgets them. Raises InvalidArgumentError when `state` is not a state.
        """
        conversation = Conversation(self._dialogue)
        if state is not None:
            conversation._last = from_data(state, self._retriever)
        return conversation


class Conversation:
    """A chat with an Assistant. Safe to share between threads; turns are taken one at a time."""

    def __init__(self, dialogue: Dialogue) -> None:
        # Imported here: a one-question `innovis ask` never needs it, and starts faster without.
        import threading

        self._dialogue = dialogue
        self._last: Turn | None = None
        self._lock = threading.Lock()

    def ask(self, text: str, k: int | None = None) -> Reply:
        """Return the reply to `text`, read in the light of the conversation so far: "more"
        shows the next passages for the last question, "when?" and "source" describe the
        release last quoted, "tell me more" quotes the sentences around it, and "and the GBA?"
        asks the last question of a new subject."""
        _check_text(text)
        _check_k(k)
        with self._lock:
            reply, self._last = self._dialogue.respond(text, self._last, k)
        return reply

    def state(self) -> dict[str, Any]:
        """Return what the conversation remembers as JSON-ready data (small: the last
        question, and the document offsets of what was quoted for it), which
        `Assistant.conversation(state)` carries on from."""
        with self._lock:
            return to_data(self._last, self._dialogue.retriever)
