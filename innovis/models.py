"""The values the library hands out: documents in, passages and replies out.

All are typed named tuples: immutable and quick to define, which keeps `innovis ask` starting
fast. (A frozen dataclass costs about seven times as much to define, and importing dataclasses
takes nearly as long as Python's own start-up.)
"""

from __future__ import annotations

import datetime

from .errors import InvalidArgumentError
from .tuples import NamedTuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Literal

    ReplyKind = Literal[
        "answer", "source", "greeting", "thanks", "acknowledgement", "farewell", "help", "fallback"
    ]


class _DocumentFields(NamedTuple):
    id: str
    text: str
    title: str | None = None
    date: datetime.date | None = None
    url: str | None = None
    lang: str | None = None


class Document(_DocumentFields):
    """One press release: `text` is its body; `title`, `date`, `url` and `lang` (the language
    its page declares, such as `en` or `zh-hk`) describe it.

    Fields are checked as the document is built: `id` and `text` are strings, `title`, `url`
    and `lang` strings or None, `date` a `datetime.date` (a datetime gives its date), an ISO
    `YYYY-MM-DD` string (converted) or None. Raises InvalidArgumentError otherwise.
    """

    __slots__ = ()

    def __new__(
        cls,
        id: str,
        text: str,
        title: str | None = None,
        date: datetime.date | str | None = None,
        url: str | None = None,
        lang: str | None = None,
    ) -> Document:
        for name, value, optional in (
            ("id", id, False),
            ("text", text, False),
            ("title", title, True),
            ("url", url, True),
            ("lang", lang, True),
        ):
            if not (isinstance(value, str) or (optional and value is None)):
                kind = "a string or None" if optional else "a string"
                raise InvalidArgumentError(
                    f"Document {name} must be {kind}, not {type(value).__name__} {value!r:.60}."
                )
        return super().__new__(cls, id, text, title, _checked_date(date), url, lang)


def _checked_date(date: object) -> datetime.date | None:
    """Return a document's date as a `datetime.date`. Raises InvalidArgumentError."""
    if date is None or type(date) is datetime.date:
        return date
    if isinstance(date, datetime.datetime):
        return date.date()
    if isinstance(date, datetime.date):
        return datetime.date(date.year, date.month, date.day)
    if isinstance(date, str) and len(date) == 10 and date[4] == date[7] == "-":
        try:
            return datetime.date.fromisoformat(date)
        except ValueError:
            pass
    raise InvalidArgumentError(
        "Document date must be a datetime.date or an ISO date string such as '2022-01-12', "
        f"not {type(date).__name__} {date!r:.60}."
    )


class Passage(NamedTuple):
    """A span of a document that matches a query: one sentence, or in a reply the sentence with
    the one before it when it leans on that one ("This will …").

    `document.text[start:end] == text`, and in a reply `text` is exactly what is quoted;
    `score` is the ranking score (higher is better); `url` is the document's, if it has one.
    """

    doc_id: str
    title: str | None
    date: datetime.date | None
    text: str
    start: int
    end: int
    score: float
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the passage as JSON-ready data (the date as ISO 8601)."""
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "score": self.score,
            "url": self.url,
        }


class Reply(NamedTuple):
    """What INNOVIS says to one message.

    `text` is plain text for a person; `passages` (best first) are the quoted passages of an
    "answer", exactly as quoted, or for a "source" reply (to "when?", "source", "link") the
    passages last quoted, whose release it describes; they are empty for other kinds;
    `confidence` runs from 0 (no idea) to 1 (sure).
    `suggestion` is the question as INNOVIS read it when it mended its spelling ("Did you
    mean …?"), else None.
    """

    kind: ReplyKind
    text: str
    passages: tuple[Passage, ...] = ()
    confidence: float = 1.0
    suggestion: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the reply as JSON-ready data."""
        return {
            "kind": self.kind,
            "text": self.text,
            "passages": [p.to_dict() for p in self.passages],
            "confidence": self.confidence,
            "suggestion": self.suggestion,
        }
